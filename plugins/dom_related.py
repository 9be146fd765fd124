"""Related, recommended and most-read lists (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says.
"""
from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import remove_labelled, vocabulary

KIND = "related"
TOKENS = (
    'related\\w*',
    'recommend\\w*',
    'recirc\\w*',
    'more-?(?:stories|articles|news|from|on|in)\\w*',
    'read-?more\\w*',
    'readmore',
    'read-?next',
    'read-?also',
    'also-?read',
    'more-?to-?read',
    'up-?next',
    'most-?(?:read|popular|viewed|shared|commented)\\w*',
    'popular\\w*',
    'trending\\w*',
    'further-?reading',
    'see-?also',
    'yarpp\\w*',
    'jp-?relatedposts\\w*',
    'crp\\w*',
    'you-?may-?like',
    'you-?might-?like',
    'mehr-?zum-?thema',
    'weitere\\w*',
    'lesetipps?',
    'empfehlung\\w*',
    'teaser-?list',
    'article-?list',
    'post-?list',
    'story-?list',
    'headlines',
    'next-?(?:post|article|story)',
    'prev(?:ious)?-?(?:post|article|story)',
    'post-?navigation',
    'nav-?links',
    'tags?',
    'tag-?(?:list|cloud|links)',
    'topics?',
    'keywords',
    'themen',
    'schlagworte?',
    'categories',
    'cat-?links',
    'entry-?tags',
    'post-?tags',
    'relacionad\\w*',
    'correlat[io]',
    'gerelateerd\\w*',
    'aehnliche\\w*',
    'verwandte\\w*',
    'meistgelesen\\w*',
    'lire-?aussi',
    'a-?lire',
    'leggi-?anche',
    'lees-?ook',
    'leia-?tambem',
    'veja-?tambem',
    'mais-?lidas?',
    'mas-?leidas?',
    'piu-?lett[ie]',
    'plus-?lus',
)
PATTERN = vocabulary(*TOKENS)


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "related, recommended and most-read lists by class/id (HTML)"}


@hookimpl
def default_options():
    return {"max_prose_share": 0.4}


@hookimpl
def find_dom_edits(dom, options):
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="related-content box", rule="dom_related.class",
                          max_prose_share=options["max_prose_share"])
    return out
