"""Share bars and follow buttons (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says.
"""
from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import remove_labelled, vocabulary

KIND = "social"
TOKENS = (
    'share\\w*',
    'sharing',
    'social\\w*',
    'sociable',
    'addthis\\w*',
    'addtoany',
    'a2a\\w*',
    'shariff\\w*',
    'follow-?us',
    'follow-?buttons?',
    'like-?button\\w*',
    'tweet-?button',
    'fb-?like',
    'print-?button',
    'email-?share',
    'st-?btn\\w*',
    'sharethis\\w*',
    'teilen',
    'partage\\w*',
    'compartir',
    'compartilh\\w*',
    'partilh\\w*',
    'condivid\\w*',
    'delen',
)
PATTERN = vocabulary(*TOKENS)


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "share bars and follow buttons by class/id (HTML)"}


@hookimpl
def default_options():
    # share bars hold buttons and links, never prose: an embedded post ("social-embed") is content
    return {"max_prose_share": 0.4, "max_prose": 0}


@hookimpl
def find_dom_edits(dom, options):
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="share or follow widget", rule="dom_share.class",
                          max_prose_share=options["max_prose_share"], max_prose=options["max_prose"])
    return out
