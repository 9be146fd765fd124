"""Main content: keep the article's container (and its headline), drop everything around it.

Every text block still on the page is weighed: prose (long, sentence-like,
few links) counts for its containers, link-heavy and short blocks count
against them. The container with the best balance — ``prose - penalty *
other text`` — is the article; class/id hints (``article``, ``content``,
``post``, ``story``, ``entry``, ``text``, ``body``) and ``<article>``/``<main>``
tags give a small bonus. The ``<h1>`` just before the container stays with
it when it belongs to the article (nothing but a little text between them).

A page whose best container holds little prose spread over many separate
link-headed teasers (section fronts, tag and index pages, galleries) is not an
article: it is flagged ``not_article`` and left uncut.
"""
from normalizer import hookimpl
from normalizer.dom import Flag, KeepOnly

from ._dom import blocks, is_prose, vocabulary

HINTS = vocabulary("article\\w*", "content\\w*", "post\\w*", "story\\w*", "entry\\w*", "text", "body",
                   "main", "artikel\\w*", "beitrag\\w*", "inhalt\\w*", "news-?text", "rich-?text", "prose")
CANDIDATE_TAGS = frozenset({"div", "article", "section", "main", "td", "body", "form", "span", "center",
                            "blockquote", "font"})


@hookimpl
def plugin_info():
    return {"phase": "content", "kinds": ["boilerplate"],
            "description": "keep the article container and its headline; flag pages that are not articles (HTML)"}


@hookimpl
def default_options():
    return {"penalty": 0.6, "hint_bonus": 0.1, "min_prose": 250, "headline_gap": 400,
            "teaser_share": 0.5}


def _score_containers(dom, options):
    good, other, prose_blocks = {}, {}, {}
    for b in blocks(dom):
        prose = is_prose(b)
        weight = len(b.text)
        el = b.element
        while el is not None:
            if prose:
                good[el] = good.get(el, 0) + weight
                prose_blocks[el] = prose_blocks.get(el, 0) + 1
            else:
                other[el] = other.get(el, 0) + weight
            el = el.getparent()
    return good, other, prose_blocks


@hookimpl
def find_dom_edits(dom, options):
    good, other, prose_blocks = _score_containers(dom, options)
    best, best_score = None, 0.0
    for el, g in good.items():
        if el.tag not in CANDIDATE_TAGS and el.tag != "html":
            continue
        score = g - options["penalty"] * other.get(el, 0)
        label = (el.get("class") or "") + " " + (el.get("id") or "")
        if el.tag in ("article", "main") or HINTS.search(label.lower()):
            score += options["hint_bonus"] * g
        if score > best_score:
            best, best_score = el, score
    if best is None or good.get(best, 0) < options["min_prose"]:
        detail = f"{good.get(best, 0) if best is not None else 0} characters of prose"
        return [Flag("not_article", f"no article container found ({detail})")]
    if _teasers(dom, best, options):
        return [Flag("not_article", "the page is a list of teasers (section front, index or gallery)")]
    keep = [best]
    headline = _headline(dom, best, options)
    if headline is not None:
        keep.append(headline)
    label = best.tag + "".join(f".{c}" for c in (best.get("class") or "").split()[:2])
    return [KeepOnly(tuple(keep), kind="boilerplate",
                     reason=f"outside the article container <{label}> "
                            f"({good[best]} characters of prose)", rule="main_content.container")]


def _headline(dom, container, options):
    """The last <h1> before the container, if little text lies between them."""
    span = dom.span(container)
    candidate = None
    for h in dom.body.iter("h1"):
        s = dom.span(h)
        if s is None or not dom.text_length(h):
            continue
        if s[0] >= span[0]:
            break
        candidate = h
    if candidate is None:
        return None
    gap = sum(len(c.text) for c in dom.chunks() if dom.span(candidate)[1] <= c.index < span[0])
    return candidate if gap <= options["headline_gap"] else None


def _teasers(dom, container, options) -> bool:
    """Most of the container's prose follows a linked heading: a list of teasers, not an article."""
    bs = blocks(dom, container)
    prose_chars = teaser_chars = 0
    headed = False
    teasers = 0
    for b in bs:
        heading = b.element.tag in ("h2", "h3", "h4") and b.link_density > 0.5
        if heading:
            headed = True
            teasers += 1
            continue
        if is_prose(b):
            prose_chars += len(b.text)
            if headed:
                teaser_chars += len(b.text)
            headed = False
    return teasers >= 5 and prose_chars > 0 and teaser_chars >= options["teaser_share"] * prose_chars
