"""The byline and date the page shows above its first paragraph (HTML), read before any cut.

Elements named like bylines (the ``dom_byline`` vocabulary: ``byline``,
``author``, ``date``, ``meta`` ...) that lie before the page's first paragraph
of prose are read as a byline line ("Von Max Muster publiziert am 25.
September 2018", "By Jane Doe | Nov. 18, 2019"), an author link
(``<a class="author">Jane Doe</a>``) or a ``<time datetime>``. Confidence: a
byline line 0.75 (above ``<meta name=author>``, often the site's owner, below
JSON-LD), a bare author link or a date 0.6.
Runs in the ``markup`` phase, right after ``meta_html``, because the DOM
plugins remove bylines as boilerplate.
"""
from normalizer import Fact, hookimpl

from ._bylines import byline
from ._dates import parse_date
from ._dom import blocks, is_prose, labels
from ._facts import is_name
from .dom_byline import PATTERN


@hookimpl
def plugin_info():
    return {"phase": "markup", "kinds": [], "description": "the byline and date shown above the article (HTML)"}


@hookimpl
def find_metadata(dom):
    if dom is None:
        return None
    first = _first_prose(dom)
    names = dated = None
    for el, label in labels(dom):
        m = PATTERN.search(label)
        s = dom.span(el)
        if m is None or s is None or s[0] >= first:
            continue
        block = dom.rendering.blocks[s[0]]
        text = dom.text(block if dom.span(block) and dom.span(block)[1] >= s[1] else el)
        found = byline(text)
        if found:
            names, dated = (found[0], text), (found[1][:1] or dated)
        elif m.group(0).startswith(("author", "autor", "byline", "by-line")) and is_name(dom.text(el), 4):
            names = names or ([dom.text(el)], dom.text(el))
        for t in el.iter("time"):
            iso = parse_date(t.get("datetime") or "")
            if iso:
                dated = dated or [("published", iso)]
    facts = []
    if names:
        facts.append(Fact("authors", names[0], source="byline element", confidence=0.75 if names[1] != names[0][0] else 0.6,
                          evidence=names[1] if names[1] != names[0][0] else ""))
    for name, iso in dated or ():
        facts.append(Fact(name, iso, source="byline element", confidence=0.6))
    return facts


def _first_prose(dom) -> int:
    """The chunk where the page's first paragraph of prose starts (cached per page)."""
    if "first_prose" not in dom.memo:
        dom.memo["first_prose"] = next((b.first for b in blocks(dom) if is_prose(b, 150)), len(dom.rendering.starts))
    return dom.memo["first_prose"]
