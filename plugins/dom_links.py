"""Link lists: blocks that are mostly links (menus, teaser lists, tag clouds, "more" links).

An element whose text is mostly link text and that holds several links is a
list of pointers to other pages, not article text. Only the outermost such
element is removed; elements holding much of the page's prose are kept. A
paragraph whose own text (outside its links) is a sentence is not a link list
even when an inline pop-up of links makes most of its text: the link-dense
parts inside it are judged on their own.

A list split into one wrapper per link (``<ul><li><a>..</a></li></ul>`` three
times over, or a run of link-only paragraphs) is a link list too: a run of
``min_split_links`` or more adjacent sibling elements that are each one link
and nothing else, with no text between them, is removed element by element.

A list that follows a paragraph or heading of the text and links only to other sites, with
titles for link texts (a deals post's products, a blog's book tips, sources), is what the text
recommends or cites, not the site's navigation: it stays.

Tag lists are also found by their markup: links marked ``rel="tag"`` point to
topic pages. The smallest element holding two or more of them is removed when
those links make most of its text (``Tags: a, b, c``), whatever its tag name
(``<strong>``, ``<span>``, ``<p>``); a tag link inside a paragraph of prose stays.
"""
import re

from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import host_of, internal, prose_counter

TERMINAL = re.compile(r"[.!?…。]")

CONTAINERS = ("div", "ul", "ol", "dl", "section", "table", "p", "li", "span", "header", "article")
SINGLES = CONTAINERS + ("h2", "h3", "h4", "h5", "h6")


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": ["navigation"],
            "description": "blocks made mostly of links: menus, teaser lists, tag clouds (HTML)"}


@hookimpl
def default_options():
    # tag_lists: rel="tag" links, with the same density and count thresholds
    # sentence_chars: a <p> with this much text outside its links, with sentence punctuation, is not a link list
    # split_lists: runs of min_split_links or more adjacent one-link siblings count as one link list
    # outbound_lists: a list after a paragraph, of links to other sites with titles of min_outbound_chars stays
    return {"min_link_density": 0.6, "min_links": 2, "max_prose_share": 0.25, "tag_lists": True,
            "sentence_chars": 80, "split_lists": True, "min_split_links": 3, "outbound_lists": True,
            "min_outbound_chars": 25}


@hookimpl
def find_dom_edits(document, dom, options):
    prose = prose_counter(dom)
    total = prose()
    host = host_of(document.url or dom.canonical_url() or "")
    split = options["split_lists"]
    out, covered = [], -1
    singles, single_cover = [], -1  # one-link elements (outermost), for split lists
    for el in dom.body.iter(*(SINGLES if split else CONTAINERS)):
        span = dom.span(el)
        if span is None or span[0] < covered:
            continue
        chars = dom.text_length(el)
        if not chars:
            continue
        link_chars = dom.link_length(el)
        density = link_chars / chars
        if density < options["min_link_density"]:
            continue
        links = sum(1 for a in el.iter("a") if dom.text_length(a))
        if links < options["min_links"]:
            if split and links == 1 and link_chars == chars and span[0] >= single_cover \
                    and not _holds_prose(prose(el), total, options):
                single_cover = span[1]
                singles.append(el)
            continue
        if el.tag not in CONTAINERS or _holds_prose(prose(el), total, options):
            continue
        if el.tag == "p" and _has_sentence(dom, el, chars - link_chars, options["sentence_chars"]):
            continue
        if options["outbound_lists"] and _outbound_list(dom, el, host, options["min_outbound_chars"]):
            covered = span[1]
            continue
        covered = span[1]
        out.append(Remove(el, kind="navigation",
                          reason=f"link list: {links} links, {density:.0%} of its text is links",
                          rule="dom_links.link_dense"))
    if split:
        out += _split_lists(singles, options["min_split_links"])
    if options["tag_lists"]:
        out += _tag_lists(dom, options, prose, total)
    return out


def _outbound_list(dom, el, host, min_chars) -> bool:
    """A list in the article's text of links to other sites, each a title of ``min_chars`` or more
    on average ("Ein USB-Stick mit 64 Gigabyte für 16 Euro", a book, a source): the
    things the text recommends or cites, not the site's own menu or teasers. It follows a
    paragraph or heading that is not itself links, and the page's host is known."""
    if el.tag not in ("ul", "ol") or not host:
        return False
    links = [a for a in el.iter("a") if dom.text_length(a)]
    if not links or any(internal(a.get("href"), host) or "://" not in (a.get("href") or "") for a in links):
        return False
    if sum(map(dom.text_length, links)) < min_chars * len(links):
        return False
    before = el.getprevious()
    while before is not None and (not isinstance(before.tag, str) or not dom.text_length(before)):
        before = before.getprevious()
    return before is not None and before.tag in LEAD_TAGS and dom.link_length(before) < 0.5 * dom.text_length(before)


LEAD_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def _holds_prose(held, total, options) -> bool:
    return held > 200 and held >= options["max_prose_share"] * total


def _split_lists(singles, min_run):
    """Runs of adjacent sibling elements that are each one link (and nothing else)."""
    out, run = [], []
    for el in singles + [None]:
        if el is not None and run and _adjacent(run[-1], el):
            run.append(el)
            continue
        if len(run) >= min_run:
            out += [Remove(e, kind="navigation", reason=f"link list split into {len(run)} one-link <{e.tag}> elements",
                           rule="dom_links.split_list") for e in run]
        run = [el]
    return out


def _adjacent(a, b) -> bool:
    """``b`` is the next element sibling of ``a``, with only whitespace (or comments) between them."""
    nxt = a.getnext()
    text = a.tail or ""
    while nxt is not None and not isinstance(nxt.tag, str):  # comments, processing instructions
        text += nxt.tail or ""
        nxt = nxt.getnext()
    return nxt is b and not text.strip()


def _has_sentence(dom, el, own_chars, min_chars):
    """Whether the text of ``el`` outside its links is a sentence of ``min_chars`` or more."""
    if own_chars < min_chars:
        return False
    own = " ".join(c.text for c in dom.chunks(el) if not c.link)
    return len(own) >= min_chars and bool(TERMINAL.search(own))


def _tag_lists(dom, options, prose, total):
    """The smallest elements holding ``min_links`` or more rel="tag" links that make most of their text."""
    count, chars, firsts = {}, {}, []
    for a in dom.body.iter("a"):
        if "tag" not in (a.get("rel") or "").lower().split():
            continue
        n = dom.text_length(a)
        if not n:
            continue
        for anc in a.iterancestors():
            count[anc] = count.get(anc, 0) + 1
            chars[anc] = chars.get(anc, 0) + n
            if anc is dom.body:
                break
        firsts.append(a)
    out, chosen = [], set()
    for a in firsts:
        for anc in a.iterancestors():
            if anc is dom.body or anc.tag in ("html", "article", "main"):
                break
            if count.get(anc, 0) >= options["min_links"]:
                if id(anc) not in chosen:
                    chosen.add(id(anc))
                    size = dom.text_length(anc)
                    held = prose(anc)
                    if size and chars[anc] / size >= options["min_link_density"] \
                            and not (held > 200 and held >= options["max_prose_share"] * total):
                        out.append(Remove(anc, kind="navigation",
                                          reason=f'tag list: {count[anc]} rel="tag" links, '
                                                 f'{chars[anc] / size:.0%} of its text',
                                          rule="dom_links.tags"))
                break
    return out
