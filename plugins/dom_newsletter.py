"""Newsletter, subscription and paywall boxes (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says.
"""
from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import remove_labelled, vocabulary

KIND = "subscription"
TOKENS = (
    'newsletter\\w*',
    'subscribe\\w*',
    'subscription\\w*',
    'signup\\w*',
    'sign-?up',
    'paywall\\w*',
    'optin\\w*',
    'opt-?in',
    'mailchimp\\w*',
    'mc4wp\\w*',
    'mc-?embedded\\w*',
    'abo-\\w+',  # not 'abo-?\\w+': that is "about", "above"
    'abo(?:box|teaser|banner|promo|hinweis|layer|wall|shop|angebot\\w*)',
    'abonnement\\w*',
    'piano-?\\w+',
    'regwall',
    'regist(?:er|ration)?',  # a call to register to read on ("Registrieren Sie sich ...")
    'meter-?\\w+',
    'premium-?(?:box|teaser|banner)',
    'nieuwsbrief\\w*',
    'boletin\\w*',
    'assinatura\\w*',
    'suscripcion\\w*',
    'abbonament\\w*',
    'prenumerat\\w*',
)
PATTERN = vocabulary(*TOKENS)


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "newsletter, subscription and paywall boxes by class/id (HTML)"}


@hookimpl
def default_options():
    return {"max_prose_share": 0.4}


@hookimpl
def find_dom_edits(dom, options):
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="newsletter or subscription box", rule="dom_newsletter.class",
                          max_prose_share=options["max_prose_share"])
    return out
