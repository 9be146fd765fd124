"""Ad slots and sponsored boxes (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says.
"""
import re

from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import STATES, remove_labelled, vocabulary

KIND = "advertisement"
TOKENS = (
    'ad\\d*',
    'ads',
    'adv',
    'advert\\w*',
    'ad-?(?:slot|unit|container|wrapper|banner|box|block|zone|space|place\\w*|label|marker|area|col\\w*|top|bottom|leaderboard|sidebar|inline|content)\\w*',
    'adsbygoogle',
    'adsense',
    'dfp\\w*',
    'gpt-?ad\\w*',
    'google-?ad\\w*',
    'sponsor\\w*',
    'sponsored',
    'taboola\\w*',
    'outbrain\\w*',
    'teads',
    'plista',
    'anzeige\\w*',
    'werbung',
    'commercial',
    'publicite',
    'pub',
    'banner-?ads?',
    'native-?ad\\w*',
    'billboard',
    'leaderboard',
    'skyscraper',
    'superbanner',
    'affiliate\\w*',
    'partner-?box',
    'publicidad\\w*',
    'publicidade',
    'pubblicita',
    'reclame',
    'advertentie\\w*',
    'werbe-?\\w+',
    'annonce\\w*',
    'reklam[ae]?(?:-\\w+)?',
)
PATTERN = vocabulary(*TOKENS, states=STATES)
# names of boxes whose text is the ad itself (a sponsored story, a partner's offer): removed even when
# they read like a part of the article; any other ad name on a part of the article's text is an
# accident of the theme (a text block marked "no-ads", a wrapper of the body's second half)
BOXES = re.compile(r"(?:advert|sponsor|native|affiliate|partner|anzeige|werb|annonce|reklam|publicid|taboola|outbrain"
                   r"|plista|teads|commercial)[\w-]*")


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "ad slots and sponsored boxes by class/id (HTML)"}


@hookimpl
def default_options():
    return {"max_prose_share": 0.4}


@hookimpl
def find_dom_edits(dom, options):
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="ad slot or sponsored box", rule="dom_ads.class",
                          max_prose_share=options["max_prose_share"], parts="beside", boxes=BOXES)
    return out
