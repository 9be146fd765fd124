"""Bylines, datelines and post metadata (HTML), found by a class/id vocabulary.

What they say is reported before any DOM plugin cuts, by ``meta_byline``.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says. Bylines are short (``max_chars``); an author box with its biography
is named by its own vocabulary and may be longer (``max_box_chars``).
"""
from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import label_of, remove_labelled, vocabulary

KIND = "byline"
TOKENS = (
    'byline\\w*',
    'by-?line',
    'author\\w*',
    'dateline',
    'date',
    'dates',
    'time',
    'timestamp',
    'published\\w*',
    'pubdate',
    'post-?date',
    'entry-?date',
    'post-?meta',
    'entry-?meta',
    'article-?meta',
    'meta-?data',
    'meta',
    'posted-?on',
    'reading-?time',
    'read-?time',
    'autor\\w*',
    'datum',
    'updated\\w*',
    'auteur\\w*',
    'autore',
    'autoria',
    'fecha(?:-\\w+)?',
    'datum-?\\w+',
    'veroeffentlicht\\w*',
    'lesezeit',
    'lese-?dauer',
    'leestijd',
    'temps-?de-?lecture',
    'tiempo-?de-?lectura',
    'tempo-?(?:di-?)?lettura',
    'tempo-?de-?leitura',
)
PATTERN = vocabulary(*TOKENS)
# Author boxes under the article: a name, a photo and a biography, longer than a byline
# (``max_box_chars``): "Über den Autor", "Autorenbox", "À propos de l'auteur", "Sobre o autor".
BOXES = vocabulary(
    'author-?(?:box|bio\\w*|info|card|profile|details|about)', 'about-?(?:the-?)?author', 'autor(?:en)?-?(?:box|info|bio\\w*|profil)',
    'autorenbox\\w*', 'ueber-?(?:den-?)?autor\\w*', 'auteur-?(?:bio|info|box)', 'a-?propos-?(?:de-?)?l?-?auteur',
    'autore-?(?:bio|info|box)', 'sobre-?(?:el-?|o-?)?autor', 'over-?de-?auteur', 'auteur-?blok',
)


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "bylines, datelines and post metadata by class/id (HTML)"}


@hookimpl
def default_options():
    return {"max_prose_share": 0.4, "max_chars": 400, "max_box_chars": 1500}


@hookimpl
def find_dom_edits(dom, options):
    # one pass (every author-box name holds a byline token: "author", "autor", "auteur"); what is
    # longer than a byline stays unless an author-box name is there too
    found = remove_labelled(dom, PATTERN, kind=KIND, reason="byline or post metadata", rule="dom_byline.class",
                            max_prose_share=options["max_prose_share"],
                            max_chars=max(options["max_chars"], options["max_box_chars"]))
    out = []
    for r in found:
        if dom.text_length(r.element) <= options["max_chars"]:
            out.append(r)
        elif m := BOXES.search(label_of(r.element)):
            out.append(Remove(r.element, kind=KIND, reason=f"author box (class/id '{m.group(0)}')",
                              rule="dom_byline.author_box"))
    return out

