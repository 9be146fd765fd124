"""Main content: keep the article's container (and its headline), drop everything around it.

Every text block still on the page is weighed: prose (long, sentence-like,
few links) counts for its containers, link-heavy and short blocks count
against them. The container with the best balance — ``prose - penalty *
other text`` — is the article; class/id hints (``article``, ``content``,
``post``, ``story``, ``entry``, ``text``, ``body``) and ``<article>``/``<main>``
tags give a small bonus. The ``<h1>`` just before the container stays with
it when it belongs to the article (nothing but a little text between them).
Prose is measured by :func:`_dom.weight`: a Chinese or Japanese character
counts as much as three Latin ones.

With the container stay the parts of the article beside it: siblings of much
prose, elements of the same class a few levels up (a body cut by ads), the
blocks of paragraphs after it of other names, what lies between the parts
(subheadings, lists, quotes), and the lead between the ``<h1>`` and the body
(or just above the body on a page without an ``<h1>``, or just above the ``<h1>``), when it is a paragraph
of prose, not a one-line dek or a dateline.

A page whose best container holds almost no prose, or whose prose is spread
over many link-headed teasers with no long run of prose anywhere (section
fronts, tag and index pages, galleries), is not an article: it is flagged
``not_article`` and left uncut, unless the teasers follow an article in the
same container (an unlinked ``<h1>`` and some prose before the first linked
heading: a short news item above "Weitere Nachrichten"): then the article is kept.
"""
import re
from urllib.parse import urlsplit

from normalizer import hookimpl
from normalizer.dom import Flag, KeepOnly

from ._facts import same_title
from ._dom import (attached, blocks, host_of, internal_headings, is_prose, post_markers,
                   teaser_list, vocabulary, weighed, weighed_in)

HINTS = vocabulary("article\\w*", "content\\w*", "post\\w*", "story\\w*", "entry\\w*", "text", "body",
                   "main", "artikel\\w*", "beitrag\\w*", "inhalt\\w*", "news-?text", "rich-?text", "prose")
# the body of a blog post (WordPress, Blogger), where editors nest paragraphs unevenly; not a news
# site's "article-body" or itemprop="articleBody", which often wrap the teaser, the captions and the
# "PDF version" links as well
BLOG_BODY = frozenset({"entry-content", "post-body", "post-content"})
SENTENCE_END = re.compile(r"[.!?…。！？][\"'“”„»«’)]*\s*$")
FLOW = frozenset({"p", "ul", "ol", "dl", "blockquote"})
SUBHEADS = frozenset({"h2", "h3", "h4", "h5", "h6"})
TEXTUAL = SUBHEADS | {"li", "dt", "dd", "blockquote", "td", "th"}
CANDIDATE_TAGS = frozenset({"div", "article", "section", "main", "td", "body", "form", "span", "center",
                            "blockquote", "font"})


@hookimpl
def plugin_info():
    return {"phase": "content", "kinds": ["boilerplate"],
            "description": "keep the article container and its headline; flag pages that are not articles (HTML)"}


@hookimpl
def default_options():
    # min_lead/max_lead: a lead beside the body is prose of this many characters (a one-line dek is not)
    return {"hint_bonus": 0.1, "sibling_share": 0.2, "cousin_levels": 5, "min_cousin_prose": 80, "min_prose": 150,
            "headline_gap": 400, "min_lead": 160, "max_lead": 1000,
            "teaser_share": 0.5, "article_run": 600, "min_head_prose": 250, "max_post_links": 0.3}


WEIGHTS = (1.0, 1.0, 0.5, 0.25)  # credit of a prose block to itself, its parent, grandparent ...


def _score_containers(dom):
    """``local``: prose credited to the few containers right above it (teaser cards each get
    their own); ``good``/``other``: prose and other text in the whole subtree."""
    local, good, other = {}, {}, {}
    for b, weight, prose in weighed(dom):
        el, depth = b.element, 0
        while el is not None:
            if prose:
                good[el] = good.get(el, 0) + weight
                if depth < len(WEIGHTS):
                    local[el] = local.get(el, 0) + weight * WEIGHTS[depth]
            else:
                other[el] = other.get(el, 0) + weight
            el = el.getparent()
            depth += 1
    return local, good, other


def _siblings(dom, best, good, options, host):
    """Siblings of the container that carry article prose too (a body split by an ad slot)."""
    parent = best.getparent()
    if parent is None:
        return []
    out = []
    floor = options["sibling_share"] * good.get(best, 0)
    for sib in parent:
        if sib is best or not isinstance(sib.tag, str):
            continue
        g = good.get(sib, 0)
        paragraph = sib.tag == "p" and g  # a prose paragraph right beside the container
        if g and (g >= floor or paragraph) and dom.link_length(sib) <= 0.25 * dom.text_length(sib) \
                and not teaser_list(dom, sib, options["teaser_share"], host):
            out.append(sib)
    return out


def _continued(dom, best, keep):
    """The rest of a body cut by ads or widgets into blocks of different names (``text first`` and
    ``text``; ``paragraphs`` and ``paragraphs-more``), or ending in a subheading and a list or quote
    beside it: the siblings after the container that are of its tag and made of paragraphs of prose
    and unlinked subheadings and nothing else (no box around them: a boxed question or quote beside
    the body is not its rest), or are unlinked lists, quotes and paragraphs, with the subheadings before
    them (a paragraph only when it is prose: not "Mehr zum Thema:"); past text that is no prose (an
    ad's label, an embed), up to the first other text of prose. (Not before it: a disclaimer above
    the body, "This post contains affiliate links.", is no part of it.)"""
    out, heads = [], []
    sib = best.getnext()
    while sib is not None:
        if isinstance(sib.tag, str) and dom.text_length(sib):
            unlinked = dom.link_length(sib) <= 0.1 * dom.text_length(sib)
            if sib.tag in SUBHEADS:
                if unlinked:
                    heads.append(sib)
                else:
                    heads = []
            elif sib.tag in FLOW and unlinked and (sib.tag != "p" or any(is_prose(b) for b in blocks(dom, sib))):
                out += heads + [sib]
                heads = []
            else:
                bl = blocks(dom, sib)
                prose = sum(1 for b in bl if is_prose(b))
                if prose:  # (an ad, an embed, a label: look past it)
                    n_heads = sum(1 for b in bl if b.element.tag in SUBHEADS and not b.links)
                    if sib.tag != best.tag or prose + n_heads < len(bl) or not unlinked \
                            or any(b.element.getparent() is not sib for b in bl):
                        break
                    out += heads + [sib]
                    heads = []
        sib = sib.getnext()
    return [el for el in out if all(el is not k for k in keep)]


def _between(dom, keep, options, host):
    """What lies between the parts of a body kept apart (a subheading, a list, a quote between two
    ``text`` blocks; the rows of a layout grid between body rows): the outermost elements there that
    earlier rules left on the page that are all article text (:func:`_textual`), unless they are
    mostly links or a list of teasers."""
    if len(keep) < 2:
        return []
    spans = [dom.span(el) for el in keep]
    if any(sp is None for sp in spans):
        return []
    first, stop = min(sp[0] for sp in spans), max(sp[1] for sp in spans)
    common = set(keep[0].iterancestors())
    for el in keep[1:]:
        common &= set(el.iterancestors())
    lca = next((a for a in keep[0].iterancestors() if a in common), None)
    if lca is None:
        return []
    kept = set(keep)
    out = []
    for el in _parts(lca, first, stop, dom):
        if el in kept or any(a in kept for a in el.iterancestors()):
            continue
        chars = dom.text_length(el)
        if chars and dom.link_length(el) <= 0.5 * chars and all(map(_textual, blocks(dom, el))) \
                and not teaser_list(dom, el, options["teaser_share"], host):
            out.append(el)
    return out


def _textual(b) -> bool:
    """A block of article text: prose, a subheading, a list item, a quote or a table cell (not a
    dateline "18. März 2024" or a "Reload" button's label)."""
    return b.element.tag in TEXTUAL or is_prose(b) or next(b.element.iterancestors("blockquote"), None) is not None


def _lead(dom, headline, first, min_lead):
    """The standfirst between the headline and the container (``<p class="lead">`` in the article's
    header, a ``summary`` beside the body): the blocks of prose there of ``min_lead`` characters or
    more that end a sentence, each whole within the gap; not a one-line dek under the headline
    ("Why the council chose wood.") nor a dateline ("18. Mai 2024, 10:01 Uhr, Ort")."""
    start, stop = dom.span(headline)[1], dom.span(first)[0]
    out = []
    for b in blocks(dom):
        if b.first < start or not is_prose(b, min_lead) or not SENTENCE_END.search(b.text):
            continue
        if b.stop > stop:
            break
        s = dom.span(b.element)
        if s is not None and start <= s[0] and s[1] <= stop:
            out.append(b.element)
    return out


def _lead_above(dom, first, options, levels=3):
    """On a page without an ``<h1>`` before the article (a blog's ``<h2>`` title), the lead just above
    the body; on a page with one, the lead just above the ``<h1>`` (a header that puts the
    standfirst first and the headline under it): the first element with text before ``first`` or
    one of its ``levels`` nearest ancestors, when it is all prose of ``min_lead`` to ``max_lead``
    characters that ends a sentence and is no link text."""
    el = first
    for _ in range(levels):
        sib = el.getprevious()
        while sib is not None and (not isinstance(sib.tag, str) or not dom.text_length(sib)):
            sib = sib.getprevious()
        if sib is not None:
            bl = blocks(dom, sib)
            chars = dom.text_length(sib)
            if bl and chars <= options["max_lead"] and dom.link_length(sib) <= 0.1 * chars \
                    and all(is_prose(b, options["min_lead"]) and SENTENCE_END.search(b.text) for b in bl):
                return [sib]
            return []
        el = el.getparent()
        if el is None or el is dom.body:
            return []
    return []


def _cousins(dom, best, good, options):
    """Elements like the container (same tag and class) a few levels up: an article body cut
    into several blocks with ads or pull quotes between them.

    "Same class": the same first class, and all of the container's classes (``block-text`` and
    ``block-text initial-letter``), so a grid utility class shared by every cell of the layout
    (``cell auto article`` vs ``cell small-7 row-desc``) does not make a teaser a cousin, nor does
    a plainer block after the body (``text-copy`` after ``text-copy body-copy``)."""
    classes = (best.get("class") or "").split()
    cls = classes[:1]
    if not cls:
        return []
    mine = set(classes)
    span = dom.span(best)
    anc = best
    for _ in range(options["cousin_levels"]):
        anc = anc.getparent()
        if anc is None:
            return []
        found = []
        for el in anc.iter(best.tag):
            theirs = (el.get("class") or "").split()
            if el is best or theirs[:1] != cls or not mine <= set(theirs):
                continue
            s = dom.span(el)
            if s is None or span[0] <= s[0] < span[1]:
                continue
            chars = dom.text_length(el)
            if good.get(el, 0) >= options["min_cousin_prose"] and dom.link_length(el) <= 0.3 * chars:
                found.append(el)
        if found:
            return found
    return []


@hookimpl
def find_dom_edits(document, dom, options):
    local, good, other = _score_containers(dom)
    host = host_of(document.url or dom.canonical_url() or "")
    best = _best(dom, local, options)
    if best is not None:
        best = _in_post(dom, best, local, good, other, options)
        best, own = _titled_article(dom, best, local, good, options, document.url or dom.canonical_url() or "")
    if best is None or good.get(best, 0) < options["min_prose"]:
        detail = f"{good.get(best, 0) if best is not None else 0} characters of prose"
        return [Flag("not_article", f"no article container found ({detail})")]
    if _teasers(dom, best, options):
        head = _article_above_teasers(dom, best, options, host)
        if head:
            return [KeepOnly(tuple(head), kind="boilerplate",
                             reason="teasers after the article in its container", rule="main_content.article_head")]
        return [Flag("not_article", "the page is a list of teasers (section front, index or gallery)")]
    keep = [best] + _siblings(dom, best, good, options, host) + _cousins(dom, best, good, options)
    keep += _continued(dom, best, keep)
    keep += _between(dom, keep, options, host)
    if own is not None:  # nothing of the next stories
        keep = [el for el in keep if el is own or own in el.iterancestors()]
    first = keep[0] if len(keep) == 1 else min(keep, key=lambda e: dom.span(e)[0])
    headline, lead = _headline(dom, first, options)
    if headline is not None:
        keep += [headline, *lead, *_lead_above(dom, headline, options, levels=2)]
    else:
        keep += _lead_above(dom, first, options)
    label = best.tag + "".join(f".{c}" for c in (best.get("class") or "").split()[:2])
    return [KeepOnly(tuple(keep), kind="boilerplate",
                     reason=f"outside the article container <{label}> "
                            f"({good[best]} characters of prose)", rule="main_content.container")]


def _best(dom, local, options, within=None):
    """The candidate with the best score (``within`` an element's subtree when given), or None."""
    best, best_score = None, 0.0
    for el, score in local.items():
        if el.tag not in CANDIDATE_TAGS or within is not None and el is not within \
                and within not in el.iterancestors():
            continue
        chars = dom.text_length(el)
        score *= 1 - (dom.link_length(el) / chars if chars else 0)
        label = (el.get("class") or "") + " " + (el.get("id") or "")
        if el.tag in ("article", "main") or HINTS.search(label.lower()):
            score *= 1 + options["hint_bonus"]
        if score > best_score:
            best, best_score = el, score
    return best


def _in_post(dom, best, local, good, other, options):
    """The container the theme marks as the post (:func:`post_markers`), when it disagrees with the best
    of the page: the best container inside the post when the best of the page lies outside it and the
    post holds ``min_prose`` characters of prose (a long text widget in the sidebar is not the
    article); the blog post's body itself when the best lies inside it, the body is not mostly links and
    what it adds is ``min_prose`` characters of prose or more, and more prose than other text
    (paragraphs nested one ``<div>`` deeper made a part of the body look best; a body that only adds
    a link line, a "Text size" button or a "Latest stories" label is not taken)."""
    markers = [(m, token) for m, token in post_markers(dom) if attached(dom, m)]
    if not markers:
        return best
    ancestors = set(best.iterancestors())
    for m, token in markers:
        if m in ancestors and token in BLOG_BODY and m.tag in CANDIDATE_TAGS \
                and dom.link_length(m) <= options["max_post_links"] * dom.text_length(m):
            more_prose = good.get(m, 0) - good.get(best, 0)
            more_other = other.get(m, 0) - other.get(best, 0)
            if more_prose >= options["min_prose"] and more_prose >= more_other:
                return m
    if any(m is best or m in ancestors or best in m.iterancestors() for m, _ in markers):
        return best
    post = max((m for m, _ in markers), key=lambda m: good.get(m, 0))
    if good.get(post, 0) < options["min_prose"]:
        return best
    inside = _best(dom, local, options, within=post)
    return best if inside is None else inside


def _titled_article(dom, best, local, good, options, url):
    """On a page of several ``<article>`` s in a row, each with ``min_prose`` of prose (a site that
    appends the next stories as the reader scrolls), the article is the page's own one, not the
    longest: the one whose attributes hold the last part of the page's URL (``id="bridge-repair"``,
    ``data-path=".../bridge-repair"``) or whose first heading is the page's title (``og:title``,
    ``<title>``). ``(container, article)``: the best container inside it and the article, which
    the parts kept with the container must lie in; ``(best, None)`` on other pages."""
    art = best if best.tag == "article" else next(best.iterancestors("article"), None)
    parent = art.getparent() if art is not None else None
    if parent is None:
        return best, None
    rows = [a for a in parent if a.tag == "article" and good.get(a, 0) >= options["min_prose"]]
    if len(rows) < 2:
        return best, None
    path = urlsplit(url).path.rstrip("/")
    slug = path.rsplit("/", 1)[-1].lower()
    slug = slug if len(slug) >= 8 else ""
    titles = [t for t in (dom.meta("og:title", "twitter:title"), dom.title) if t]

    def own(a) -> bool:
        if slug and any(slug in v.lower() for v in a.attrib.values()):
            return True
        h = next((h for h in a.iter("h1", "h2", "h3") if dom.text_length(h)), None)
        return h is not None and any(same_title(dom.text(h), t) for t in titles)
    if own(art):
        return best, art
    match = next((a for a in rows if own(a)), None)
    inside = _best(dom, local, options, within=match) if match is not None else None
    return (best, None) if inside is None else (inside, match)


def _headline(dom, container, options):
    """The last <h1> before the container, if little text lies between them besides the lead
    (:func:`_lead`, up to ``max_lead`` characters), and that lead: ``(h1, [lead elements])``, or
    ``(None, [])``."""
    span = dom.span(container)
    candidate = None
    for h in dom.body.iter("h1"):
        s = dom.span(h)
        if s is None or not dom.text_length(h):
            continue
        if s[0] >= span[0]:
            break
        candidate = h
    if candidate is None:
        return None, []
    lead = _lead(dom, candidate, container, options["min_lead"])
    lead_chars = sum(dom.text_length(el) for el in lead)
    if lead_chars > options["max_lead"]:
        lead, lead_chars = [], 0
    gap = sum(len(c.text) for c in dom.chunks() if dom.span(candidate)[1] <= c.index < span[0]) - lead_chars
    return (candidate, lead) if gap <= options["headline_gap"] else (None, [])


def _article_above_teasers(dom, container, options, host):
    """A short article and the teasers of other articles in one container: the elements from its
    ``<h1>`` to its last paragraph before the first linked heading, when that is an unlinked
    ``<h1>`` and ``min_head_prose`` characters of prose; else None (a section front)."""
    bl = blocks(dom, container)
    linked = [i for i, b in enumerate(bl) if b.element.tag in ("h2", "h3", "h4") and b.link_density > 0.5]
    if not linked or not internal_headings([bl[i].element for i in linked], host):
        return None  # a list article: its items link to other sites
    head = bl[:linked[0]]
    h1 = next((i for i, b in enumerate(head) if b.element.tag == "h1" and b.link_density < 0.5), None)
    if h1 is None:
        return None
    prose = [b for b in head[h1:] if is_prose(b)]
    if sum(b.weight for b in prose) < options["min_head_prose"]:
        return None
    return _parts(container, head[h1].first, prose[-1].stop, dom)


def _parts(el, first, stop, dom):
    """The outermost elements inside ``el`` whose text lies within chunks ``first..stop-1``."""
    out = []
    for child in el:
        if not isinstance(child.tag, str):
            continue
        s = dom.span(child)
        if s is None or s[1] <= first or s[0] >= stop:
            continue
        if first <= s[0] and s[1] <= stop:
            out.append(child)
        else:
            out += _parts(child, first, stop, dom)
    return out


def _teasers(dom, container, options) -> bool:
    """Most of the container's prose follows linked headings, one text per heading, with no
    long run of prose anywhere: a list of teasers, not an article (which may have a few
    related-story headlines between its paragraphs)."""
    prose_chars = teaser_chars = run = longest = 0
    headed = False
    segments = []  # text blocks after each linked heading
    for b, weight, prose in weighed_in(dom, container):
        if b.element.tag in ("h2", "h3", "h4") and b.link_density > 0.5:
            headed = True
            segments.append(0)
            run = 0
            continue
        if segments:
            segments[-1] += 1
        if prose:
            prose_chars += weight
            run += weight
            longest = max(longest, run)
            if headed:
                teaser_chars += weight
        headed = False
    if len(segments) < 5 or not prose_chars:
        return False
    one_each = sorted(segments)[len(segments) // 2] <= 1
    return one_each and teaser_chars >= options["teaser_share"] * prose_chars and longest < options["article_run"]
