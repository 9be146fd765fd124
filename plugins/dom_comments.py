"""Comment sections (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says.
"""
from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import remove_labelled, vocabulary

KIND = "comments"
TOKENS = (
    'comment\\w*',
    'disqus\\w*',
    'respond',
    'reply',
    'replies',
    'discussion\\w*',
    'kommentar\\w*',
    'commentaires?',
    'comentarios?',
    'commenti',
    'reacties',
    'talk-?stream',
    'coral\\w*',
    'fb-?comments',
    'livefyre\\w*',
    'user-?comments?',
    'reader-?comments?',
    'commento',
    'reacties?-?\\w*',
    'comentario-?\\w+',
)
PATTERN = vocabulary(*TOKENS)


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "comment sections by class/id (HTML)"}


@hookimpl
def default_options():
    return {"max_prose_share": 0.4}


@hookimpl
def find_dom_edits(dom, options):
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="comment section", rule="dom_comments.class",
                          max_prose_share=options["max_prose_share"])
    return out
