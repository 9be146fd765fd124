"""Cookie and consent banners (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says.
"""
from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import remove_labelled, vocabulary

KIND = "cookie"
TOKENS = (
    'cookie\\w*',
    'consent\\w*',
    'gdpr\\w*',
    'cmp\\w*',
    'onetrust\\w*',
    'ot-?sdk\\w*',
    'cc-?banner',
    'cc-?window',
    'privacy-?(?:banner|notice|bar|popup)',
    'truste\\w*',
    'didomi\\w*',
    'usercentrics\\w*',
    'sp-?message\\w*',
    'rodo\\w*',
)
PATTERN = vocabulary(*TOKENS)


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "cookie and consent banners by class/id (HTML)"}


@hookimpl
def default_options():
    return {"max_prose_share": 0.4}


@hookimpl
def find_dom_edits(dom, options):
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="cookie or consent banner", rule="dom_cookies.class",
                          max_prose_share=options["max_prose_share"])
    return out
