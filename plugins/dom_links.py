"""Link lists: blocks that are mostly links (menus, teaser lists, tag clouds, "more" links).

An element whose text is mostly link text and that holds several links is a
list of pointers to other pages, not article text. Only the outermost such
element is removed; elements holding much of the page's prose are kept.
"""
from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import prose_counter

CONTAINERS = ("div", "ul", "ol", "dl", "section", "table", "p", "li", "span", "header", "article")


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": ["navigation"],
            "description": "blocks made mostly of links: menus, teaser lists, tag clouds (HTML)"}


@hookimpl
def default_options():
    return {"min_link_density": 0.6, "min_links": 2, "max_prose_share": 0.25}


@hookimpl
def find_dom_edits(dom, options):
    prose = prose_counter(dom)
    total = prose()
    out, covered = [], -1
    for el in dom.body.iter(*CONTAINERS):
        span = dom.span(el)
        if span is None or span[0] < covered:
            continue
        chars = dom.text_length(el)
        if not chars:
            continue
        density = dom.link_length(el) / chars
        if density < options["min_link_density"]:
            continue
        links = sum(1 for a in el.iter("a") if dom.text_length(a))
        if links < options["min_links"]:
            continue
        held = prose(el)
        if held > 200 and held >= options["max_prose_share"] * total:
            continue
        covered = span[1]
        out.append(Remove(el, kind="navigation",
                          reason=f"link list: {links} links, {density:.0%} of its text is links",
                          rule="dom_links.link_dense"))
    return out
