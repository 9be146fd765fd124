"""Related, recommended and most-read lists (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says.

Boxes no class names are found by their label: an element whose text starts
with the header of a related block ("Lesen Sie auch", "Mehr zum Thema",
"Auch interessant", "Lire aussi", "Leggi anche", "Lees ook", "Leia também",
"Te puede interesar" ... the phrase list the text plugins use) and whose other
text is mostly links, small (``max_box_chars``), is removed with its label: an
inline teaser inside the article body. A header alone in its element goes with
the link list right after it. The outermost such element is taken, never one
holding prose or the article.

A box so named is removed even when it holds much of the page's prose if that
prose is the teaser text under linked headings that point into the site (a
"Weitere Artikel" grid under a short article).

Teaser cards no class names are found by their shape: a block (``div``,
``aside``, ``section``, ``figure``) whose text is all one link, of
headline size, with a picture in it, linking into the site: a teaser of another
article set into the body. A picture linking to its own larger version, or a
card linking to another site (a product, a partner), is not a teaser.
"""
import re

from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import (attached, host_of, internal, prose_counter, remove_labelled, short_lines,
                   teaser_list, vocabulary)
from ._related_headers import is_header

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
    'inline-?teaser\\w*',
    'teaser-?(?:box|inline|element|container|card|block|wrapper|group|row|grid)\\w*',
    'artikel-?teaser',
    'related-?teaser',
    'embed-?teaser',
    'schlagw(?:oe|o)rter',
    'stichw(?:oe|o)rter',
    'stichworte?',
    'mots-?cles',
    'etiquetas',
    'argomenti',
    'trefwoorden',
    'palavras-?chave',
    'kicker',
    'dachzeile',
    'spitzmarke',
    'topline',
    'overline',
    'roofline',
    'surtitre',
    'antetitulo',
    'occhiello',
    'chapeu',
    'weiterlesen',
    'lies-?auch',
    'lesen-?sie-?auch',
    'auch-?interessant',
    'czytaj-?\\w+',
    'przeczytaj-?\\w+',
    'zobacz-?(?:takze|tez|rowniez)',
    'polecamy',
    'podobne-?\\w*',
    'najczesciej-?\\w*',
    'tagi',
)
PATTERN = vocabulary(*TOKENS)


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "related, recommended and most-read lists by class/id (HTML)"}


@hookimpl
def default_options():
    # labelled boxes: the header phrase first, then text of which min_box_link_share is links
    # teaser cards: one link of min_card_chars..max_card_chars characters and a picture
    # teaser lists: named boxes of linked headings and their teaser texts, whatever prose they hold
    return {"max_prose_share": 0.4, "labelled_boxes": True, "max_box_chars": 500, "min_box_link_share": 0.6,
            "teaser_cards": True, "min_card_chars": 15, "max_card_chars": 200, "teaser_lists": True}


@hookimpl
def find_dom_edits(document, dom, options):
    guarded = []
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="related-content box", rule="dom_related.class",
                          max_prose_share=options["max_prose_share"], guarded=guarded, parts="between")
    if options["labelled_boxes"]:
        done = {r.element for r in out}
        out += [r for r in _labelled_boxes(dom, options) if r.element not in done]
    host = host_of(document.url or dom.canonical_url() or "")
    if options["teaser_lists"]:
        done = {r.element for r in out}
        out += _teaser_lists(dom, guarded, done, host)
    if options["teaser_cards"]:
        done = {r.element for r in out}
        out += [r for r in _teaser_cards(dom, options, host) if r.element not in done]
    return out


def _teaser_lists(dom, guarded, done, host):
    """Boxes named like related lists that the prose guard kept (``guarded``) because the prose
    they hold is the teaser text of the articles they link to: they go all the same."""
    out, covered = [], -1
    for el, token in guarded:
        if el in done or el.tag == "article":
            continue
        span = dom.span(el)
        if span is None or span[0] < covered or not teaser_list(dom, el, 0.5, host):
            continue
        covered = span[1]
        out.append(Remove(el, kind=KIND, reason=f"list of teasers linking into the site (class/id '{token}')",
                          rule="dom_related.teaser_list"))
    return out


CARD_TAGS = frozenset({"div", "aside", "section", "figure"})  # not <li>: a list of products is content
IMAGE_HREF = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)", re.I)


def _teaser_cards(dom, options, host):
    """Blocks whose text is one link of headline size, with a picture: teasers of other articles."""
    prose = prose_counter(dom)
    out, covered = [], -1
    for img in dom.body.iter("img", "picture"):
        # from the picture up to the smallest element with text: the card if that text is one link
        el, depth = img.getparent(), 0
        while el is not None and el.tag not in STOP_TAGS and not dom.text_length(el) and depth < 4:
            el, depth = el.getparent(), depth + 1
        if el is None or el.tag in STOP_TAGS or not dom.text_length(el):
            continue
        n = dom.text_length(el)
        span = dom.span(el)
        if n < options["min_card_chars"] or n > options["max_card_chars"] or span[0] < covered \
                or dom.link_length(el) != n:
            continue
        inner = [x for x in el.iter("a") if dom.text_length(x)]  # (el itself when it is the link)
        a = inner[0] if len(inner) == 1 else None if inner else next(el.iterancestors("a"), None)
        if a is None:
            continue
        href = (a.get("href") or "").strip()
        if IMAGE_HREF.search(href) or not internal(href, host):
            continue
        while (parent := el.getparent()) is not None and parent.tag not in STOP_TAGS \
                and dom.text_length(parent) == n:
            el = parent
        if el.tag not in CARD_TAGS or prose(el):
            continue
        covered = dom.span(el)[1]
        out.append(Remove(el, kind=KIND, reason=f"teaser card: a picture and one link ({n} characters)",
                          rule="dom_related.card"))
    return out


STOP_TAGS = frozenset({"html", "body", "article", "main"})
# Headers of related boxes in languages the text plugins' phrase list (``_related_headers``) does
# not cover yet: Polish, Czech, Swedish, Danish, Norwegian.
MORE_HEADERS = frozenset((
    "czytaj także", "czytaj też", "czytaj również", "przeczytaj także", "przeczytaj też", "przeczytaj również",
    "zobacz także", "zobacz też", "zobacz również", "polecamy", "podobne artykuły", "najczęściej czytane",
    "čtěte také", "čtěte též", "související články", "mohlo by vás zajímat",
    "läs också", "läs även", "läs mer", "relaterade artiklar", "læs også", "læs mere", "relaterede artikler",
    "les også", "les mer", "relaterte artikler",
))
DECORATION = " \t\u00a0!#$%&*+,-./:;<=>?@\\^_`{|}~»›•·▪►▶▸◦‣→←↑↓▼▲■□●○◆◇★☆–—…"


def _labelled_boxes(dom, options):
    """Small boxes of links headed by a related-block phrase ("Lesen Sie auch", "Lire aussi" ...)."""
    prose = prose_counter(dom)
    out, covered = [], -1
    for c in short_lines(dom):
        if c.index < covered or len(c.text) > 60:
            continue
        line = " ".join(c.text.lower().split())
        if not is_header(line) and line.strip(DECORATION) not in MORE_HEADERS or not attached(dom, c.block):
            continue
        box = _box(dom, c, options, prose)
        if box is None:
            continue
        label = " ".join(c.text.split()).strip(" :")
        for el in box:
            out.append(Remove(el, kind=KIND, reason=f"related links headed '{label}'", rule="dom_related.labelled"))
        covered = dom.span(box[-1])[1]
    return out


def _box(dom, chunk, options, prose):
    """The outermost element starting with ``chunk`` whose other text is mostly links; or the
    header element and the link list right after it; None when there is neither."""
    label = len(chunk.text)
    best, el = None, chunk.block
    while el is not None and el.tag not in STOP_TAGS:
        s = dom.span(el)
        if s is None or s[0] != chunk.index:
            break
        n = dom.text_length(el)
        if n > options["max_box_chars"] or prose(el):
            break
        rest = n - label
        if rest > 0 and dom.link_length(el) >= options["min_box_link_share"] * rest:
            best = el
        elif best is None and rest <= 2:
            header = el  # the label alone: the box may be the link list after it
            nxt = header.getnext()
            while nxt is not None and not isinstance(nxt.tag, str):
                nxt = nxt.getnext()
            if nxt is not None and (m := dom.text_length(nxt)) and m <= options["max_box_chars"] \
                    and not prose(nxt) and dom.link_length(nxt) >= options["min_box_link_share"] * m:
                return [header, nxt]
        el = el.getparent()
    return [best] if best is not None else None
