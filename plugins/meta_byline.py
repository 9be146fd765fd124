"""The byline and date the page shows above its first paragraph (HTML), read before any cut.

Elements named like bylines (the ``dom_byline`` vocabulary: ``byline``,
``author``, ``date``, ``meta`` ...) that lie before the page's first paragraph
of prose are read as a byline line ("Von Max Muster publiziert am 25.
September 2018", "By Jane Doe | Nov. 18, 2019"), an author link
(``<a class="author">Jane Doe</a>``) or a ``<time datetime>``. Confidence: a
byline line 0.75 (above ``<meta name=author>``, often the site's owner, below
JSON-LD), a bare author link or a date 0.6.
Runs in the ``markup`` phase, right after ``meta_html``, because the DOM
plugins remove bylines as boilerplate; skipped when the page's structured data
already names the authors and the date (confidence 0.85 and more).
"""
import re

from lxml import etree

from normalizer import Fact, hookimpl

from ._bylines import byline
from ._dates import parse_date
from ._facts import is_name
from .dom_byline import PATTERN


@hookimpl
def plugin_info():
    return {"phase": "markup", "kinds": [], "description": "the byline and date shown above the article (HTML)"}


@hookimpl
def find_metadata(document, dom):
    if dom is None:
        return None
    facts = document.facts
    if all((f := facts.get(n)) is not None and f.confidence >= 0.85 for n in ("authors", "published")):
        return None  # the page's structured data names its authors and date: no need to read the byline
    first = _first_prose(dom)
    if first is None:
        return None
    names = dated = None
    r = dom.rendering
    for el in PRECEDING(r.blocks[first]):  # labelled elements before the first paragraph, in page order
        label = _CAMEL.sub(r"\1-\2", (el.get("class") or "") + " " + (el.get("id") or "")).lower()
        m = PATTERN.search(label)
        span = dom.span(el)
        if m is None or span is None or span[0] >= first:
            continue
        block = r.blocks[span[0]]
        outer = dom.span(block)
        text = dom.text(block if outer and outer[1] >= span[1] and outer[0] <= span[0] else el)
        found = byline(text)
        if found:
            names, dated = (found[0], text), (found[1][:1] or dated)
        elif m.group(0).startswith(("author", "autor", "byline", "by-line")) and is_name(dom.text(el), 4):
            names = names or ([dom.text(el)], dom.text(el))
        for t in el.iter("time"):
            iso = parse_date(t.get("datetime") or "")
            if iso:
                dated = dated or [("published", iso)]
    out = []
    if names:
        stated = names[1] != names[0][0]  # a byline line, not a bare name
        out.append(Fact("authors", names[0], source="byline element", confidence=0.75 if stated else 0.6,
                        evidence=names[1] if stated else ""))
    for name, iso in dated or ():
        out.append(Fact(name, iso, source="byline element", confidence=0.6))
    return out


PRECEDING = etree.XPath("preceding::*[@class or @id][position() <= 60]")  # the 60 nearest, in page order
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_TERMINAL = re.compile(r"[.!?…。:;]")


def _first_prose(dom, min_chars: int = 150) -> int | None:
    """The first chunk of the page's first paragraph of prose: a block of text of at least
    ``min_chars`` characters, mostly not links, with sentence punctuation."""
    r = dom.rendering
    n, k = len(r.starts), 0
    while k < n:
        block, j, chars, links = r.blocks[k], k, 0, 0
        while j < n and r.blocks[j] is block:
            chars += r.lengths[j]
            links += r.lengths[j] if r.links[j] else 0
            j += 1
        if chars >= min_chars and links < 0.3 * chars:
            text = r.text[r.starts[k]:r.starts[j - 1] + r.lengths[j - 1]]
            if _TERMINAL.search(text):
                return k
        k = j
    return None
