"""The article's headline, removed in body-only mode (``--body-only``).

Body-only output is the article body without its title. The headline is the
first ``<h1>`` left on the page when it matches the page's ``og:title`` /
``<title>`` or when it is the first text left; in a text dump nothing is
removed yet.
"""
import re

from normalizer import hookimpl
from normalizer.dom import Remove

_WORD = re.compile(r"\w+")


@hookimpl
def plugin_info():
    return {"phase": "site", "kinds": ["title"], "modes": ["body_only"],
            "description": "the article's headline (body-only mode, HTML)"}


def _words(s):
    return _WORD.findall((s or "").casefold())


def _matches(headline, title) -> bool:
    h, t = _words(headline), _words(title)
    if not h or not t:
        return False
    if " ".join(h) in " ".join(t):
        return True
    common = len(set(h) & set(t))
    return common >= 0.6 * len(set(h))


@hookimpl
def find_dom_edits(dom):
    titles = [t for t in (dom.meta("og:title", "twitter:title"), dom.title) if t]
    first = dom.chunks()[:1]
    for h in dom.body.iter("h1"):
        text = dom.text(h)
        if not text:
            continue
        s = dom.span(h)
        at_start = bool(first) and first[0].index == s[0]
        if at_start or any(_matches(text, t) for t in titles):
            return [Remove(h, kind="title", reason="the article's headline (body-only output)",
                           rule="headline.h1")]
        break
    return []
