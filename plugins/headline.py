"""The article's headline: reported always, removed in body-only mode (``--body-only``).

Body-only output is the article body without its title. The headline is the
first ``<h1>`` left on the page when it matches the page's ``og:title`` /
``<title>`` or when it is the first text left. Its text is reported as the
``headline`` fact (``<h1>``, confidence 0.9 when a title in the page's
metadata agrees, 0.6 otherwise); in body-only mode the element is removed.
Text dumps have no ``<h1>``: ``meta_text`` finds their headline line.
"""
from normalizer import Fact, hookimpl
from normalizer.dom import Remove

from ._facts import words


@hookimpl
def plugin_info():
    return {"phase": "site", "kinds": ["title"], "modes": ["body_only"],
            "description": "the article's headline: a fact always, removed in body-only mode (HTML)"}


def _titles(document):
    dom = document.dom
    found = [t for t in (dom.meta("og:title", "twitter:title"), dom.title) if t]
    return found + [f.value for f in document.facts.all("headline")]


def _matches(headline, title) -> bool:
    h, t = words(headline), words(title)
    if not h or not t:
        return False
    if " ".join(h) in " ".join(t):
        return True
    return len(set(h) & set(t)) >= 0.6 * len(set(h))


def _headline(document):
    """``(h1, agrees)``: the headline element and whether a metadata title agrees with it
    (found once per state of the page: find_metadata and find_dom_edits share it)."""
    dom = document.dom
    if dom is None:
        return None, False
    memo = dom.memo.get("headline")
    if memo is None or memo[0] != dom.version:
        memo = dom.memo["headline"] = (dom.version, _find(document))
    return memo[1]


def _find(document):
    dom = document.dom
    titles = _titles(document)
    first = dom.first_chunk()
    for h in dom.body.iter("h1"):
        text = dom.text(h)
        if not text:
            continue
        agrees = any(_matches(text, t) for t in titles)
        if agrees or first == dom.span(h)[0]:
            return h, agrees
        break
    return None, False


@hookimpl
def find_metadata(document):
    h1, agrees = _headline(document)
    if h1 is None:
        return None
    text = " ".join(document.dom.text(h1).split())
    return [Fact("headline", text, source="<h1>", confidence=0.9 if agrees else 0.6)]


@hookimpl
def find_dom_edits(document):
    h1, _ = _headline(document)
    if h1 is None:
        return []
    return [Remove(h1, kind="title", reason="the article's headline (body-only output)", rule="headline.h1")]
