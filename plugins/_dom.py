"""Helpers shared by the DOM plugins: class/id vocabularies, text blocks, prose.

No noise rules here: the vocabularies live in the plugin modules as named
tuples of regex fragments; this module only matches them.
"""
from __future__ import annotations

import re
from itertools import accumulate
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from normalizer.dom import Remove
from normalizer.textutils import alternation

from ._facts import same_title

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")  # (a hyphen put there: "shareBar" -> "share-Bar")
_JOINER = re.compile(r"__+|--+|_-|-_")  # BEM joints: "teaser__title", "teaser--inline" -> "teaser-title"
_TERMINAL = re.compile(r"[.!?…。:;！？]")
# scripts written without spaces between words, where a character carries what a word of a spaced
# script does: each of its characters weighs as much as WIDE characters of Latin text (a paragraph
# of 60 Chinese characters says what 180 English ones do), Hangul (spaced, but a syllable per
# character) as much as two
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
WIDE = 3


def weight(text: str) -> int:
    """The length of ``text`` in characters of a spaced script: CJK characters count ``WIDE`` times,
    Hangul syllables twice, so prose thresholds hold for every script."""
    if text.isascii() or max(text) < "\u3040":  # (no CJK nor Hangul)
        return len(text)
    return len(text) + (WIDE - 1) * len(_WIDE.findall(text)) + len(_HANGUL.findall(text))


# a token naming the state of a container, not the container (``has-sidebar``, ``no-ads``,
# ``noAds``, ``ohne-werbung``, ``ad-free``, ``comments-disabled``): the page's layout or the
# article's settings
STATES = ("has", "with", "no", "without", "hide", "ohne", "sans", "sin", "senza")
_STATE_AFTER = "(?!-(?:free|disabled|off)(?![a-z0-9]))"


def vocabulary(*tokens: str, states: tuple[str, ...] = (), state_suffixes: bool = True) -> re.Pattern:
    """A pattern matching any token at word boundaries of a class/id label.

    ``ad`` matches ``ad``, ``top-ad``, ``ad_slot`` and ``adSlot`` but not ``add``,
    ``adapt`` or ``header``. With ``states`` (prefixes such as :data:`STATES`) a token naming a
    state (``has-sidebar``, ``no-ads``; and with ``state_suffixes`` ``ad-free``,
    ``ads-disabled``) does not match. An empty vocabulary is an error (it would match everything).
    """
    if states:
        # (a whole word: "no-ads", not "piano-ad"; the tokens looked ahead for first, so the state
        # look-behinds run only where a token starts)
        before = "".join(f"(?:(?<!{w}-)|(?<=[a-z0-9]{w}-))" for w in states)
        after = _STATE_AFTER if state_suffixes else ""
        words = by_first_letter(tokens)
        return re.compile(rf"(?<![a-z0-9])(?=(?:{words})){before}(?:{words}){after}(?![a-z0-9])")
    return re.compile(rf"(?<![a-z0-9])(?:{by_first_letter(tokens)})(?![a-z0-9])")


def by_first_letter(tokens) -> str:
    """:func:`alternation` of ``tokens`` with the tokens of one first letter in one group
    (``a(?:ds|d)|b(?:ox)``): the same matches, the same one of them chosen (no two groups match at
    one place; in a group the order is kept), but one letter compared for each group, not for
    each token. The plain alternation when a token does not start with a letter that is sure to
    be there (``\\w+``, ``a?b``) or has a ``|`` of its own."""
    plain = alternation(tokens)
    words = sorted({t for t in tokens if t}, key=lambda t: (-len(t), t))
    if "|".join(words) != plain or any(not _one_word(w) or not (w[0].isascii() and w[0].isalnum())
                                       or w[1:2] in ("?", "*", "+", "{") for w in words):
        return plain
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


def _one_word(token: str) -> bool:
    """Whether a regex source has no ``|`` outside brackets and groups."""
    depth, escaped, in_set = 0, False, False
    for ch in token:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
    return True


def labels(dom) -> list[tuple[object, str]]:
    """``(element, label)`` for every body element with a class or id and some text; the label is
    ``"class id"`` lower-cased with camelCase split (``shareBar`` -> ``share-bar``) and BEM joints made
    one hyphen (``teaser--inline``, ``teaser__title`` -> ``teaser-inline``, ``teaser-title``). Cached per page
    (an element without text when the index is built never gets any, so it is left out)."""
    out = dom.memo.get("labels")
    if out is None:
        out = []
        text_length = dom.text_length
        for el in dom.body.iterdescendants(etree.Element):  # (as ".//*[@class or @id]", faster)
            cls, ident = el.get("class"), el.get("id")
            if cls is None and ident is None or not text_length(el):
                continue
            ident = ident or ""
            if ident and el.tag in TEXT_TAGS and ident.count("-") + ident.count("_") >= 3 \
                    and _slug_of_text(ident, dom.text(el)):
                ident = ""
            raw = (cls or "") + " " + ident
            label = raw.lower()
            if label != raw:  # (no capital letter: no camelCase to split)
                label = _CAMEL.sub("-", raw).lower()
            if "_" in label or "--" in label:
                label = _JOINER.sub("-", label)
            out.append((el, label))  # (label_of, inlined: this runs for every element)
        dom.memo["labels"] = out
    return out


# blocks of one text (a heading, a paragraph, a quote) whose id may be an anchor made of that text;
# not containers, whose heading may repeat their name ("More from this section")
TEXT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote", "li", "dt", "dd", "figcaption"})
_SLUG_WORD = re.compile(r"[a-z]{2,}")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "ê": "e", "à": "a", "ç": "c"})
_FOLD_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})  # German slugs: "gespraeche" for "gespräche"


def _slug_of_text(ident: str, text: str) -> bool:
    """Whether an id is an anchor made of the element's own words (``nav_was_bleibt_uebrig__1`` on the
    heading "Was bleibt übrig", ``change-is-about-...`` on a quote): such an id names
    the text, not the element's role, so it is no class/id hint. Three or more of its words, and
    three in four of them in the text (accents folded: slugs drop them)."""
    words = _SLUG_WORD.findall(ident.lower())
    if len(words) < 3:
        return False
    low = " ".join(text.lower().split())
    folded, folded_e = low.translate(_FOLD), low.translate(_FOLD_E).translate(_FOLD)
    return sum(w in folded or w in folded_e for w in words) >= 0.75 * len(words)


def matches(dom, pattern: re.Pattern) -> list[tuple[object, str, str]]:
    """``(element, label, token)`` for the elements of :func:`labels` whose label ``pattern``
    matches, in order; ``token`` is the first match's text. Each distinct label of the page is
    looked up once (in :data:`_SEEN`, a bounded memo of searches shared by the pages a process
    sees: themes repeat their names; strings only, which the garbage collector does not walk).
    Cached per page and pattern."""
    key = ("matches", pattern)
    out = dom.memo.get(key)
    if out is None:
        seen = _SEEN.get(pattern)
        if seen is None or len(seen) > _SEEN_MAX:
            seen = _SEEN[pattern] = {}
        hits = []
        for label, where in _distinct_labels(dom).items():
            token = seen.get(label, False)
            if token is False:
                m = pattern.search(label)
                token = seen[label] = m.group(0) if m is not None else None
            if token is not None:
                hits += [(i, token) for i in where]
        hits.sort(key=_first)
        index = labels(dom)
        out = dom.memo[key] = [(*index[i], token) for i, token in hits]
    return out


_SEEN: dict[re.Pattern, dict[str, str | None]] = {}
_SEEN_MAX = 5_000  # labels per pattern before the memo starts again (a few MB at most)


def _first(t):
    return t[0]


def _distinct_labels(dom) -> dict[str, list[int]]:
    """Each distinct label of :func:`labels` and the positions it has there. Once per page."""
    out = dom.memo.get("distinct_labels")
    if out is None:
        out = {}
        for i, (_, label) in enumerate(labels(dom)):
            where = out.get(label)
            if where is None:
                out[label] = [i]
            else:
                where.append(i)
        dom.memo["distinct_labels"] = out
    return out


def label_of(el) -> str:
    """One element's label, as :func:`labels` gives it."""
    label = _CAMEL.sub("-", (el.get("class") or "") + " " + (el.get("id") or "")).lower()
    if "_" in label or "--" in label:
        label = _JOINER.sub("-", label)
    return label


class Block(NamedTuple):
    """Consecutive chunks of text under one block element: a paragraph, a list item, a heading ..."""

    element: object
    first: int  # index of the first chunk
    stop: int  # index after the last chunk
    text: str
    links: int  # characters of link text

    @property
    def link_density(self) -> float:
        return self.links / len(self.text) if self.text else 0.0

    @property
    def weight(self) -> int:
        """The text's length in characters of a spaced script (:func:`weight`)."""
        return weight(self.text)


def blocks(dom, element=None) -> list[Block]:
    """The text blocks still on the page (or inside ``element``), in order. The page's list is
    cached per state of the page (shared: not to be modified)."""
    if element is None:
        memo = dom.memo.get("blocks")
        if memo is None or memo[0] != dom.version:
            memo = dom.memo["blocks"] = (dom.version, _blocks(dom, None))
        return memo[1]
    return _blocks(dom, element)


def _blocks(dom, element) -> list[Block]:
    out, cur, parts, links, first, last = [], None, [], 0, 0, 0
    for index, text, block, link in dom.chunks(element):  # (unpacked: no field look-ups)
        if block is not cur or index != last + 1:
            if parts:
                out.append(Block(cur, first, last + 1, " ".join(parts), links))
            cur, parts, links, first = block, [], 0, index
        parts.append(text)
        if link:
            links += len(text)
        last = index
    if parts:
        out.append(Block(cur, first, last + 1, " ".join(parts), links))
    return out


def short_lines(dom, max_chars: int = 80) -> list:
    """The page's short runs of text that are not links (``Chunk``), as the first plugin asking saw
    the page: candidates for headings and labels ("Kommentare (3)", "Lesen Sie auch"). Plugins
    check that what they match is still on the page (:func:`attached`)."""
    out = dom.memo.get("short_lines")
    if out is None:
        out = dom.memo["short_lines"] = [c for c in dom.chunks() if not c.link and len(c.text) <= max_chars]
    return out


def attached(dom, element) -> bool:
    """Whether ``element`` is still in the page's tree (no plugin removed it or an ancestor)."""
    for anc in element.iterancestors():
        if anc is dom.root:
            return True
    return element is dom.root


def is_prose(block: Block, min_chars: int = 80) -> bool:
    """Sentence-like text: long enough (:func:`weight`), mostly not links, with sentence punctuation."""
    return block.weight >= min_chars and block.link_density < 0.3 and bool(_TERMINAL.search(block.text))


def weighed(dom) -> list[tuple[Block, int, bool]]:
    """``(block, weight, prose)`` for the text blocks still on the page: :attr:`Block.weight` and
    :func:`is_prose` measured once per block. Cached per state of the page (not to be modified)."""
    memo = dom.memo.get("weighed")
    if memo is None or memo[0] != dom.version:
        out = []
        for b in blocks(dom):
            w = weight(b.text)
            out.append((b, w, w >= 80 and b.link_density < 0.3 and bool(_TERMINAL.search(b.text))))
        memo = dom.memo["weighed"] = (dom.version, out)
    return memo[1]


def weighed_in(dom, element) -> list[tuple[Block, int, bool]]:
    """:func:`weighed` for the blocks inside ``element`` (:func:`blocks`): a block the page has too
    (the same chunks) takes its measures from there."""
    memo = dom.memo.get("weighed_at")
    if memo is None or memo[0] != dom.version:
        memo = dom.memo["weighed_at"] = (dom.version, {(b.first, b.stop): (w, p) for b, w, p in weighed(dom)})
    at, out = memo[1], []
    for b in blocks(dom, element):
        known = at.get((b.first, b.stop))
        out.append((b, *known) if known is not None else (b, b.weight, is_prose(b)))
    return out


def _prose_chars(dom) -> list[int]:
    """Characters of prose by chunk (a CJK chunk weighed, :func:`weight`); a fresh list, built once
    per state of the page."""
    memo = dom.memo.get("prose_chars")
    if memo is None or memo[0] != dom.version:
        lengths = dom.rendering.lengths
        chars = [0] * len(dom.rendering.starts)
        for b, w, prose in weighed(dom):
            if prose:
                if w == len(b.text):  # (a spaced script: scale 1)
                    chars[b.first:b.stop] = lengths[b.first:b.stop]
                else:
                    scale = w / len(b.text)
                    for k in range(b.first, b.stop):
                        chars[k] = round(lengths[k] * scale)
        memo = dom.memo["prose_chars"] = (dom.version, chars)
    return list(memo[1])


def prose_counter(dom):
    """``prose(element)``: characters of prose inside an element, for guards; O(1) per call.

    Measured once per page, on the page as the first plugin asking for it saw it."""
    if "prose" not in dom.memo:
        dom.memo["prose"] = _prose_counter(dom)
    return dom.memo["prose"]


def _prose_counter(dom):
    prefix = [0, *accumulate(_prose_chars(dom))]

    def prose(element=None) -> int:
        if element is None:
            return prefix[-1]
        s = dom.span(element)
        return prefix[s[1]] - prefix[s[0]] if s else 0
    return prose


def _nested_article(el) -> bool:
    """An ``<article>`` inside another one: an embedded teaser or a comment, not the page's article."""
    return any(a.tag == "article" for a in el.iterancestors())


# class names themes give the one post of a post page (WordPress, Blogger, microformats): the whole
# post (headline, byline, body, footer) or its body; whole names only: not a menu's
# "menu-item-type-post_type" nor an "article__content-header"
WHOLE_POST = ("hentry", "h-entry", "type-post")
POST_BODY = ("entry-content", "post-body", "post-content", "article-body", "article-content", "story-body")
POST_MARKERS = vocabulary(*(t + "(?!-)" for t in WHOLE_POST + POST_BODY))


def post_markers(dom) -> list[tuple[object, str]]:
    """``(element, marker)`` for the elements a theme marks as the page's post: a post marker class
    (``hentry``, ``entry-content``, ``post-body`` ...) or ``itemprop="articleBody"`` (marker
    ``articlebody``) that only one element of the page carries (an index page or a box of related
    posts repeats it). Found once per page."""
    out = dom.memo.get("post_markers")
    if out is None:
        seen: dict[str, list] = {}
        bodies = [el for el in dom.body.iterdescendants(etree.Element)  # (as ".//*[@itemprop]", faster)
                  if (el.get("itemprop") or "").lower() == "articlebody"]
        if bodies:
            seen["articlebody"] = bodies
        for el, label in labels(dom):
            # (a substring test first: every marker holds one of these)
            if "entry" not in label and "post" not in label and "body" not in label and "content" not in label:
                continue
            for m in POST_MARKERS.finditer(label):
                found = seen.setdefault(m.group(0), [])
                if not found or found[-1] is not el:
                    found.append(el)
        out = dom.memo["post_markers"] = [(els[0], token) for token, els in seen.items() if len(els) == 1]
    return out


def main_post(dom) -> frozenset:
    """The page's post (:func:`post_markers`) and the elements around it: whatever these are called
    (Blogger's ``widget Blog``, WordPress's ``tag-x`` post classes on a ``<section>``), they are not
    page furniture. Empty when no marker is unique."""
    out = dom.memo.get("main_post")
    if out is None:
        keep = set()
        for el, _ in post_markers(dom):
            keep.add(el)
            keep.update(el.iterancestors())
        out = dom.memo["main_post"] = frozenset(keep)
    return out


def paragraph_style(dom, p) -> bool:
    """Whether the class of a ``<p>`` is a style of the article's paragraphs (``class="paywall"`` on
    the paragraphs a metered site locks): four or more paragraphs of prose on the page carry it, and
    one more beside this one. A box of its own ("Melden Sie sich für unseren Newsletter an ...") is one
    paragraph, or sits in a container named for it; a teaser card holds one paragraph."""
    cls = p.get("class")
    parent = p.getparent()
    if not cls or parent is None:
        return False
    styles = dom.memo.get("paragraph_styles")
    if styles is None:
        styles = {}
        for b, _, prose in weighed(dom):
            if prose and b.element.tag == "p" and b.element.get("class"):
                styles[b.element.get("class")] = styles.get(b.element.get("class"), 0) + 1
        dom.memo["paragraph_styles"] = styles
    return styles.get(cls, 0) >= 4 and sum(1 for sib in parent if sib.tag == "p" and sib.get("class") == cls) >= 2


CORE_TAGS = frozenset({"div", "article", "section", "main", "td", "span", "center", "blockquote", "font"})


def article_core(dom, min_prose: int = 400, margin: float = 1.5) -> frozenset:
    """The element holding the page's clear best run of prose, and the elements around it: a class
    name on it is an accident of the theme (``text has-ads``, ``kommentar-body`` on an opinion piece,
    ``story content-rail``), not a box. Prose of a paragraph counts for its parent and grandparent,
    less for the two above, less its link share (as :mod:`main_content` scores); the best needs
    ``min_prose`` characters of prose and ``margin`` times the score of the best element outside
    its line of ancestors. Empty when none is that clear. Found once per page."""
    out = dom.memo.get("article_core")
    if out is None:
        out = dom.memo["article_core"] = _article_core(dom, min_prose, margin)
    return out


def _article_core(dom, min_prose, margin) -> frozenset:
    local = {}
    for b, w, prose in weighed(dom):
        if not prose:
            continue
        el = b.element
        for share in (1.0, 1.0, 0.5, 0.25):
            if el is None:
                break
            local[el] = local.get(el, 0) + w * share
            el = el.getparent()
    scored = []
    for el, score in local.items():
        if el.tag in CORE_TAGS and score >= min_prose:
            chars = dom.text_length(el)
            scored.append((score * (1 - dom.link_length(el) / chars if chars else 0), el))
    if not scored:
        return frozenset()
    scored.sort(key=lambda t: t[0], reverse=True)
    top, best = scored[0]
    line = set(best.iterancestors())
    rival = next((sc for sc, el in scored[1:] if el not in line and best not in el.iterancestors()), 0)
    if top < margin * rival:
        return frozenset()
    dom.memo["article_core_best"] = best
    return frozenset(line | {best})


def article_part(dom, el, mode: str = "between", pattern: re.Pattern | None = None) -> bool:
    """Whether a class-matched element is a part of the article's text, not a box: mostly prose
    (a paragraph of 150 characters between the article's; beside them 250 in two paragraphs or
    one long one: one short paragraph there is a notice, a disclosure), few links, no linked
    headings of teasers, with more of the article's prose around it within three levels up.

    ``mode`` says where: ``"between"``, the article goes on before and after it, outside elements
    ``pattern`` names (a paragraph wrapped in a styled div, a fact box among the paragraphs; not a
    box of prose after the article, an appeal for donations, nor a sidebar between the article
    and a footer), or it holds 250 characters of prose and is one of siblings of one class holding
    prose (a page builder's text blocks; not a sidebar's small modules); ``"thread"`` (comments),
    the same without siblings (a thread's comments sit beside each other, after the article);
    ``"beside"``, before or after it (an ad name on the body's second half: an ad slot holds no
    paragraphs of its own). In every mode a block of the class of
    the page's best block of prose (:func:`article_core`) is a part of it (an opinion piece's
    ``kommentar-text`` blocks split by an ad)."""
    prose = prose_counter(dom)
    held = prose(el)
    if not _mostly_prose(dom, el, mode, held):
        return False
    own = blocks(dom, el)
    if any(b.element.tag in ("h2", "h3", "h4", "h5") and b.link_density > 0.5 for b in own):
        return False
    paragraphs = [b.weight for b in own if is_prose(b)]
    if mode == "beside" and len(paragraphs) < 2 and max(paragraphs, default=0) < 400:
        return False
    if mode == "between" and held >= 250 and (_in_series(el, prose) or _in_series(el.getparent(), prose)):
        return True
    core = dom.memo.get("article_core_best") if article_core(dom) else None
    if core is not None and core.get("class") and core.get("class") == el.get("class"):
        return True  # another block of the class of the page's best block of prose: its next part
    skip = article_core(dom) | main_post(dom)
    prefix = _free_prose(dom, None if mode == "beside" else pattern, skip)
    start, stop = dom.span(el)
    anc = el
    for _ in range(3):
        anc = anc.getparent()
        if anc is None or anc.tag in ("html", "body"):
            return False
        a_start, a_stop = dom.span(anc)
        before, after = prefix[start] - prefix[a_start], prefix[a_stop] - prefix[stop]
        if before >= 80 and after >= 80 or mode == "beside" and max(before, after) >= 80:
            return True
    return False


def _mostly_prose(dom, el, mode, held) -> bool:
    """:func:`article_part`'s first test: ``held`` characters of prose, half the element's text, few links."""
    chars = dom.text_length(el)
    return not (held < (250 if mode == "beside" else 150) or held < 0.5 * chars or dom.link_length(el) > 0.2 * chars)


def _in_series(el, prose) -> bool:
    """Whether a sibling of ``el`` has its class and prose: one of a series of text blocks (the
    text widgets of a page builder, each in a wrapper)."""
    cls = el.get("class") if el is not None else None
    parent = el.getparent() if cls else None
    return parent is not None and any(sib is not el and sib.get("class") == cls and prose(sib) >= 80
                                      for sib in parent)


def _free_prose(dom, pattern, skip) -> list[int]:
    """Prefix sums by chunk of the prose still on the page, without the prose inside elements
    ``pattern`` names that a class rule would remove (not those in ``skip``, the page's post or
    best block of prose, nor those holding much of the page's prose). Found once per state of the
    page and pattern."""
    key = ("free_prose", pattern.pattern if pattern is not None else None)
    memo = dom.memo.get(key)
    if memo is not None and memo[0] == dom.version:
        return memo[1]
    chars = _prose_chars(dom)
    if pattern is not None:
        prose = prose_counter(dom)
        total = prose()
        for el, _, _ in matches(dom, pattern):
            if el in skip:
                continue
            held = prose(el)
            span = dom.span(el)
            if span is None or not held or held > 200 and held >= 0.4 * total:
                continue
            chars[span[0]:span[1]] = [0] * (span[1] - span[0])
    out = [0, *accumulate(chars)]
    dom.memo[key] = (dom.version, out)
    return out


def headline_holders(dom) -> frozenset:
    """The page's headline (an ``<h1>`` whose text is the page's title: ``og:title`` or ``<title>``)
    and the elements around it: a box holding it (``article-masthead``, ``billboard``,
    ``kommentar-header`` on an opinion piece) is the article's head, with its lead. Found once per
    page."""
    out = dom.memo.get("headline_holders")
    if out is None:
        titles = [t for t in (dom.meta("og:title", "twitter:title"), dom.title) if t]
        out = set()
        for h in dom.body.iter("h1"):
            if dom.text_length(h) and any(same_title(dom.text(h), t) for t in titles):
                out.add(h)
                out.update(h.iterancestors())
        out = dom.memo["headline_holders"] = frozenset(out)
    return out


def remove_labelled(dom, pattern: re.Pattern, *, kind: str, reason: str, rule: str,
                    max_prose_share: float = 0.4, max_chars: int | None = None,
                    max_prose: int | None = None, guarded: list | None = None,
                    parts: str | None = None, boxes: re.Pattern | None = None) -> list[Remove]:
    """Remove elements whose class/id matches ``pattern``, unless they hold much of the page's prose
    (a container named ``article has-comments`` is the article, not a comment box). ``<article>``
    elements are never matched (WordPress names its posts ``tag-x category-y``) unless they sit
    inside another ``<article>`` (a teaser or a comment set into it), nor is the page's post or an
    element around it (:func:`main_post`), nor the element of its clear best run of prose
    (:func:`article_core`), nor one holding its headline (:func:`headline_holders`). With
    ``parts`` (a mode of :func:`article_part`) a part of the article's text is kept too, unless its
    token matches ``boxes`` (an advertorial has prose of its own). The elements the prose guard
    kept are appended to ``guarded`` as ``(element, token)`` when it is given."""
    prose = prose_counter(dom)
    total = prose()
    post = main_post(dom) | article_core(dom) | headline_holders(dom)
    out, gone = [], set()
    for el, label, token in matches(dom, pattern):
        if not dom.text_length(el):
            continue
        if el.tag in ("html", "body", "main") or el.tag == "article" and not _nested_article(el) \
                or el in post:
            continue
        if max_chars is not None and dom.text_length(el) > max_chars:
            continue
        if el.tag == "p" and paragraph_style(dom, el):
            continue
        held = prose(el)
        if held > 200 and held >= max_prose_share * total or max_prose is not None and held > max_prose:
            if guarded is not None:
                guarded.append((el, token))
            continue
        if parts and not (boxes is not None and boxes.fullmatch(token)) and _mostly_prose(dom, el, parts, held) \
                and not any(a in gone for a in el.iterancestors()) and article_part(dom, el, parts, pattern):
            if guarded is not None:
                guarded.append((el, token))
            continue
        gone.add(el)  # (what lies inside goes with it: a thread's comments are not weighed one by one)
        out.append(Remove(el, kind=kind, reason=f"{reason} (class/id '{token}')", rule=rule))
    return out


# -- links into the site, teaser lists --------------------------------------------------------------

def host_of(url: str) -> str:
    """The host of a URL without "www." ("" when there is none)."""
    try:
        h = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return h[4:] if h.startswith("www.") else h


def internal(href: str, host: str) -> bool:
    """A link into this site: relative, or to the page's host (a subdomain of it, or it of the link's)."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    if "://" not in href and not href.startswith("//"):
        return True
    target = host_of(href)
    return bool(host and target) and (target == host or target.endswith("." + host) or host.endswith("." + target))


def internal_headings(headings, host) -> bool:
    """Whether most linked headings point into this site."""
    inside = 0
    for h in headings:
        a = h.find(".//a[@href]")
        if a is None:
            a = next((x for x in h.iterancestors("a") if x.get("href")), None)
        if a is not None and internal(a.get("href"), host):
            inside += 1
    return inside >= 0.6 * len(headings)


def teaser_list(dom, element, share: float, host: str) -> bool:
    """Two or more linked headings, each with its teaser text, holding ``share`` or more of the
    element's prose and linking into the site: a list of teasers of other articles ("Weitere
    Artikel"), not article text (a list article's items link to other sites)."""
    headed = prose = teaser = 0
    linked = []
    for b in blocks(dom, element):
        if b.element.tag in ("h2", "h3", "h4", "h5") and b.link_density > 0.5:
            linked.append(b.element)
            headed = True
            continue
        if is_prose(b):
            prose += len(b.text)
            if headed:
                teaser += len(b.text)
        headed = False
    return len(linked) >= 2 and teaser >= share * prose and internal_headings(linked, host)
