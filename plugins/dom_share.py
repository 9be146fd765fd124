"""Share bars and follow buttons (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says, and so is one holding a ``<blockquote>`` (an embedded post in a
``social-embed`` box, however short its text).

Share buttons a vocabulary cannot name (``class="wabtn"``) are found by where
they point: a link to a share endpoint (``whatsapp://send``,
``facebook.com/sharer``, ``twitter.com/intent/tweet``, ``mailto:?subject=`` ...)
with button-sized text is removed with the wrapper that holds only it. Links to
a post or a profile (``twitter.com/user/status/1``) are not share endpoints.
"""
import re

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
    'udostepnij\\w*',
)
PATTERN = vocabulary(*TOKENS)

# Share endpoints: the address a "share this" button opens, matched at the start of the href.
# Web endpoints, after "https://" and an optional "www.", "m.", "api." or "web.":
SHARE_SITES = (
    r'whatsapp\.com/send',
    r'wa\.me/\?',
    r'facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed|send))',
    r'(?:twitter|x)\.com/(?:intent/(?:tweet|post)|share\b|home\?status=)',
    r'linkedin\.com/(?:shareArticle|sharing/share)',
    r'pinterest\.[a-z.]+/pin/create',
    r'reddit\.com/submit',
    r'(?:t|telegram)\.me/share',
    r'xing\.com/(?:spi/shares|social/share|app/user\?op=share)',
    r'tumblr\.com/(?:share|widgets/share)',
    r'share\.flipboard\.com/',
)
# App links and e-mail without a recipient:
SHARE_SCHEMES = (
    r'whatsapp://send',
    r'fb-messenger://share',
    r'viber://forward',
    r'tg://msg',
    r'mailto:\?',
)
SHARE_HREF = re.compile(r"\s*(?:(?:https?:)?//(?:www\.|m\.|api\.|web\.)?(?:" + "|".join(SHARE_SITES) + ")|"
                        + "|".join(SHARE_SCHEMES) + ")", re.I)


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "share bars and follow buttons by class/id (HTML)"}


@hookimpl
def default_options():
    # share bars hold buttons and links, never prose: an embedded post ("social-embed") is content
    # share links: removed when their text is button-sized (an icon, "Share on WhatsApp", "Teilen")
    return {"max_prose_share": 0.4, "max_prose": 0, "share_links": True, "max_share_link_chars": 40}


@hookimpl
def find_dom_edits(dom, options):
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="share or follow widget", rule="dom_share.class",
                          max_prose_share=options["max_prose_share"], max_prose=options["max_prose"])
    # a share bar holds buttons, never a quotation: "social-media-embed" around a <blockquote> is an embedded post
    out = [r for r in out if r.element.find(".//blockquote") is None]
    if options["share_links"]:
        out += _share_links(dom, options["max_share_link_chars"])
    return out


def _share_links(dom, max_chars):
    """Links to a share endpoint, each with the outermost wrapper whose text is only that link."""
    out, seen = [], set()
    for a in dom.body.iter("a"):
        href = a.get("href")
        if not href or not SHARE_HREF.match(href):
            continue
        n = dom.text_length(a)
        if not n or n > max_chars:
            continue
        el = a
        parent = el.getparent()
        while parent is not None and parent is not dom.body and parent.tag not in ("article", "main") \
                and dom.text_length(parent) == n:
            el, parent = parent, parent.getparent()
        if id(el) in seen:
            continue
        seen.add(id(el))
        target = re.sub(r"^(?:https?:)?//(?:www\.)?", "", href.split("?")[0].strip())[:50]
        out.append(Remove(el, kind=KIND, reason=f"share link (to {target})", rule="dom_share.link"))
    return out
