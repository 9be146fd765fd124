"""Figure captions and photo credits (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says.
"""
from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import remove_labelled, vocabulary

KIND = "caption"
TOKENS = (
    'caption\\w*',
    'figcaption',
    'wp-?caption-?text',
    'image-?credit\\w*',
    'photo-?credit\\w*',
    'credits?',
    'copyright',
    'bildunterschrift',
    'bildnachweis',
    'legende',
    'img-?desc\\w*',
    'image-?desc\\w*',
    'media-?caption',
    'legenda',
    'bildtext',
    'pie-?de-?foto',
    'didascalia',
    'onderschrift',
    'bijschrift\\w*',
    'foto-?bijschrift',
    'bu',
    'bild-?quelle',
    'foto-?quelle',
    'bild-?rechte',
    'foto-?nachweis',
    'foto-?credits?',
    'bild-?credits?',
    'fotograf',
    'urheber\\w*',
    'credito\\w*',
    'pie-?(?:de-?)?(?:foto|imagen)',
    'epigrafe',
    'legenda-?(?:foto|imagem)',
    'foto-?legenda',
    'podpis\\w*',
)
PATTERN = vocabulary(*TOKENS)


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "figure captions and photo credits by class/id (HTML)"}


@hookimpl
def default_options():
    return {"max_prose_share": 0.4, "max_chars": 400}


@hookimpl
def find_dom_edits(dom, options):
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="figure caption or photo credit", rule="dom_captions.class",
                          max_prose_share=options["max_prose_share"], max_chars=options["max_chars"])
    out += [Remove(el, kind=KIND, reason="<figcaption> element", rule="dom_captions.figcaption")
            for el in dom.body.iter("figcaption") if dom.text_length(el)]
    return out
