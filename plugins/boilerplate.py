"""Generic boilerplate classifier for text dumps of sites no plugin knows.

It runs in the ``statistic`` phase, after the phrase and site plugins, so the
noise they removed cannot vouch for its neighbours. Steps:

1. Features per non-blank line (``_linefeatures``): words, characters, share
   of function words in the document's language, sentence end, title shape,
   links, dates, legal vocabulary, rows of numbers, runs of short menu-like
   lines.
2. Each line gets a class: ``good`` (prose), ``near`` (shorter prose),
   ``short`` (undecided), ``table`` (a row of numbers) or ``bad`` (legal line,
   link, menu run, no words, HTML markup, dateline, teaser, the lines of an author box: a
   name over a short bio, the name in a byline or opening the bio).
3. The article core is the stretch of lines with the highest score (prose
   words count for it, boilerplate lines against it, table rows neither): a
   maximum-sum run, as body-text extraction does. A line echoing the page
   title anchors it. Across a short gap (an ad, a caption, a widget) the core
   takes in runs of prose lines close to each other: parts of the article the
   gap's score kept apart.
4. The structure around the core: a comment thread (name and date heads), a
   run of teasers (prose lines standing apart) or little prose past a run of
   boilerplate lines (an author box, an appeal; a post embedded in the article
   is no such run) ends it early; a short last sentence, or one going on over
   comma-ended lines, the last line of the core's block read as prose without
   its full stop, or a sentence of short prose under a label (a picture's
   caption) stays; one headline
   right before it stays (bylines under it are the metadata's); the article
   header between headline and byline/dateline (deck, kicker, caption) goes.
5. Inside the core, short lines are judged by their neighbours as jusText
   does: between two prose lines a short line stays (intertitle, quote, list
   item), a title-shaped line or a line ending in ':' right before prose
   stays (heading), others go; a line ending in ':' keeps the list or table
   it introduces (a line ending in '?' the list under it); a post embedded
   in the article ("— Name (@handle) date" under its text) stays; lists of
   short items between commas above its first prose line (categories, tags)
   go. A long prose line printed twice is a teaser only away from prose: the
   copy between two prose lines is the article's.

Outside the core everything goes. Every removal names the features that
decided it. A document with no prose line is left alone: the classifier
cannot tell where its article is.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain, compress, groupby, repeat
from math import ceil
from operator import and_, ge, le, not_

from normalizer import Edit, hookimpl

from . import _linefeatures as lf
from ._linefeatures import CLOSERS
from ._facts import same_title

GOOD, NEAR, SHORT, BAD, TABLE, ITEM = "good", "near", "short", "bad", "table", "item"
# The signature under an embedded post ("— Jane Doe (@janedoe) November 18, 2019"): the embed's own text.
EMBED_SIGNATURE = re.compile(r"[—–-]+\s*[^\n]{1,80}\(@\w{1,30}\)\s+\S")
# A line that is only a name: two to four capitalised words, a particle ("von", "de") between them.
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
NAME = re.compile(rf"{_CAP}(?:\s+(?:(?:von|van|de|der|den|di|da|du|del|dos|zu|le|la)\s+)?{_CAP}){{1,3}}")
BYLINE_BEFORE = re.compile(r"(?:^|\W)(?:von|by|par|por|door|autor|autorin|author)\W{1,3}$", re.IGNORECASE)
COMMAS = (",", "、", "，", "،")  # a line ending in one goes on in the next
# A line of HTML left in the text (a tag opening it, a tag closing it, an attribute or an end tag in it):
# no article text. "<Jane> said hi to <Joe>" is no markup.
MARKUP = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>(?:.*>)?|<!--.*-->")
MARKUP_SIGN = re.compile(r"""\s[\w:-]+=["']|</|<!--|/>""")
RULE = "_-–—=*~·•. "  # the characters of a drawn rule
TITLE_PARTS = re.compile(r"\s+[|–—:·»-]{1,2}\s+")  # "Headline | Site", "Headline - Section - Site"
# The credit line closing an article: "Reporting by …; Editing by …", "Contributing: …", "Mitarbeit: …"
CREDIT = re.compile(r"(?:additional\s+)?(?:reporting|writing|editing|contributing|compiled)(?:\s+(?:by|from)\s|\s*:)"
                    r"|(?:redaktionelle\s+)?mitarbeit(?:\s+von\s|\s*:)|mit\s+material\s+(?:von|der|des)\s"
                    r"|con\s+informaci[oó]n\s+de\s", re.IGNORECASE)


@hookimpl
def plugin_info():
    return {"phase": "statistic", "kinds": ["boilerplate"],
            "description": "generic classifier: menus, footers, teasers and labels around the article core"}


@hookimpl
def applies_to(document, options):
    # HTML pages have had their article container chosen on the DOM (main_content) already.
    return document.format != "html" or options["html"]


@hookimpl
def default_options():
    return {
        "html": False,            # also run on the text of HTML pages (after the DOM stage)
        "good_words": 12,         # a prose line has at least this many words ...
        "long_words": 30,         # ... and ends a sentence, or has at least this many
        "near_words": 6,          # shorter prose: at least this many words and a sentence end
        "stop_share": 0.18,       # ... and this share of function words (when the language is known)
        "menu_words": 6,          # a menu-like line: at most this many words, no sentence end
        "menu_run": 3,            # this many menu-like lines in a row make a menu
        "list_words": 25,         # a link-list line: at most this many words, no sentence end ...
        "list_run": 3,            # ... and this many of them without a blank line between them
        "legal_max_words": 40,    # legal vocabulary condemns lines up to this length
        "stamp_max_words": 12,    # a line this short with a date or time is a dateline/byline
        "dateline_words": 20,     # a line this short with a date can end the article header
        "repeat_min_words": 3,    # a line this long that occurs twice in the document is a caption/teaser,
        "repeated_prose": True,   # ... but not a prose line of long_words or more between two prose lines
        "teasers": True,          # lines starting with a title-case headline or holding an inner dateline
        "prose_offset": 8,        # a prose line counts (words - this) for the core ...
        "bad_weight": 1.0,        # ... a boilerplate line this much per word against it
        "short_weight": 2.0,      # ... an undecided line this much against it
        "closing_stop_share": 0.09,  # a short last sentence after the core stays with the article: at least
                                     # this share of function words with near_words or more (names, results),
                                     # stop_share with fewer
        "headline_lines": 2,      # the headline stands at most this many lines before the core ...
        "headline_words": 3,      # ... and has at least this many words
        "header_lines": 6,        # a byline/dateline this near the core's start ends the article header ...
        "header_prose": 2,        # ... (deck, kicker, caption) if it holds at most this many prose lines
        "meta_lists": 3,          # a list of this many short items between commas above the article's first prose
                                  # line is its categories or tags (0: off)
        "author_box_from": 0.4,   # a name over a short bio past this share of the text is an author box (0: off) ...
        "author_bio_words": 150,  # ... with a bio of at most this many words
        "embeds": True,           # keep posts embedded in the core (a "— Name (@handle) date" line under the text)
        "colon_lists": True,      # keep the list or table that a kept line ending in ':' (or '?' over a list) introduces
        "comment_heads": 2,       # this many name-and-date lines in the core's tail start a comment thread
        "teaser_units": 3,        # this many prose lines in the core's tail, each after ...
        "teaser_gap": 2,          # ... this many other lines (title, kicker, source), are teasers
        "title_echo": 0.6,        # a line repeating this share of the first line's words is the headline ...
        "title_bonus": 40,        # ... and counts this much for a core that starts at it; inside the core,
        "headline_gap": 3,        # this many boilerplate lines in the header_lines before it start the article at it
        "list_items": 5,          # a numbered list (1, 2, 3 ... in one block) this long right under the
                                  # headline, or under a line of near_words or more ending in ':' ...
        "item_weight": 3.0,       # ... counts this much per item for the core (it may be the whole article) ...
        "list_gap": 3,            # ... and when it outweighs the prose before it, this many boilerplate lines
                                  # after it end the article
        "part_gap": 6,            # the core spans gaps of at most this many lines (an ad, a caption, a widget) ...
        "part_prose": 2,          # ... to runs beyond them with this many prose lines (0 lines: off)
        "gap_lines": 6,           # this many boilerplate lines between two prose lines of the core end the
        "gap_share": 0.33,        # article when the prose after them holds at most this share of the prose
                                  # before (a sidebar, an author box, an appeal past a menu); 0 lines: off
    }


def classify(F: lf.Features, o: dict) -> tuple[list[str], list[str]]:
    """The class of every line and the code of the feature that decided it (see ``REASONS``).

    Rules apply from the weakest to the strongest, each overriding the ones before.
    """
    n = len(F)
    words, term, stops = F.words, F.terminal, F.stops
    cls, why = [SHORT] * n, ["short"] * n
    share = o["stop_share"] if F.lang is not None else 0.0
    good, near, long, list_run = o["good_words"], o["near_words"], o["long_words"], o["list_run"]
    for j in compress(range(n), map(le, repeat(near), words)):
        w = words[j]
        if stops.get(j, 0) < share * w - 1e-9:
            continue
        if w >= good and (term[j] or w >= long):
            cls[j], why[j] = GOOD, "prose"
        elif term[j]:
            cls[j], why[j] = NEAR, "short_prose"
        elif good <= w and F.list_run[j] < list_run and not F.title(j):
            cls[j], why[j] = NEAR, "prose_noend"
        elif F.list_run[j] >= list_run:
            cls[j], why[j] = BAD, "list"
    for j in compress(range(n), map(le, repeat(list_run), F.list_run)):
        if cls[j] == SHORT:
            cls[j], why[j] = BAD, "list"
    menu_run = o["menu_run"]
    for j in compress(range(n), map(le, repeat(menu_run), F.menu_run)):
        if cls[j] != GOOD:
            cls[j], why[j] = BAD, "menu"
    for j in F.table:  # rows of a table: neither prose nor boilerplate
        cls[j], why[j] = TABLE, "table"
    # a long paragraph of prose printed twice (a summary above, the full text below) is judged by its place
    prose_twice = [j for j in F.repeats if cls[j] == GOOD and words[j] >= long] if o["repeated_prose"] else ()
    rules = [
        ("stamp", (j for j in F.stamp if words[j] <= o["stamp_max_words"] and not term[j] and j not in F.table)),
        ("teaser", F.teaser if o["teasers"] else ()),
        ("repeats", (j for j in F.repeats if words[j] >= o["repeat_min_words"])),
        ("link", (j for j in F.link if words[j] <= 2 * near and not term[j])),
        ("nowords", compress(range(n), map(not_, words))),
        ("markup", (j for j in compress(range(n), map(str.startswith, F.text, repeat("<"))) if MARKUP.fullmatch(F.text[j]) and MARKUP_SIGN.search(F.text[j]))),
        ("legal", chain(F.rights, (j for j in F.legal if words[j] <= o["legal_max_words"]))),
    ]
    for code, found in rules:
        for j in found:
            cls[j], why[j] = BAD, code
    for j in prose_twice:  # the copy between two prose lines is the article's
        if why[j] == "repeats" and 0 < j < n - 1 and cls[j - 1] == GOOD == cls[j + 1]:
            cls[j], why[j] = GOOD, "prose"
    return cls, why


REASONS = {
    "legal": lambda F, j: "copyright/legal vocabulary",
    "nowords": lambda F, j: "no words",
    "markup": lambda F, j: "HTML markup",
    "link": lambda F, j: "URL or e-mail",
    "repeats": lambda F, j: f"occurs {F.repeats[j]} times in the document",
    "teaser": lambda F, j: "a headline glued to a description (teaser)",
    "stamp": lambda F, j: "dateline or byline",
    "prose": lambda F, j: "prose",
    "menu": lambda F, j: f"in a run of {F.menu_run[j]} menu-like lines",
    "list": lambda F, j: f"in a list of {F.list_run[j]} lines without sentence ends",
    "short_prose": lambda F, j: "short prose",
    "prose_noend": lambda F, j: "prose without a sentence end",
    "short": lambda F, j: "short",
    "table": lambda F, j: "a row of a table",
    "author_box": lambda F, j: "an author box (a name over a short bio, the name in a byline or opening the bio)",
    "item": lambda F, j: "an item of a numbered list under the headline or a line ending in ':'",
}


def describe(F: lf.Features, j: int) -> str:
    w = F.words[j]
    parts = [f"{w} word{'s' if w != 1 else ''}"]
    low = F.text[j].lower()
    if F.lang is not None:
        stops = sum(map(F.stopwords.__contains__, lf.WORD.findall(low)))
        parts.append("no stopwords" if not stops else f"stopwords {stops / max(w, 1):.0%}")
    if not F.terminal[j]:
        parts.append("no sentence end")
    if F.title(j):
        parts.append("title case")
    if j in F.stamp or lf._stamp(low):
        parts.append("date/time")
    if lf.digit_share(F.text[j]) >= 0.3:
        parts.append("mostly digits")
    return ", ".join(parts)


def title_echo(F: lf.Features, o) -> int | None:
    """Index of the headline: a later line repeating the first line (the page title) or its longest
    part ("Headline | Site"), the closest repeat first, the earliest of equals."""
    if len(F) < 3 or not o["title_echo"]:
        return None
    parts = [lf.WORD.findall(p.lower()) for p in TITLE_PARTS.split(F.text[0])]
    head = set(max(parts, key=len))
    if len(head) < 2:
        return None
    need, most = o["title_echo"] * len(head), len(head) + 2
    # a line shares at most as many words as it has: shorter lines than ``need`` cannot echo
    sizes = frozenset(range(max(2, ceil(need)), most + 1))
    sized = list(compress(range(1, len(F)), map(sizes.__contains__, F.words[1:])))
    sized = list(compress(sized, map(not_, map(head.isdisjoint, map(F.tokens.__getitem__, sized)))))
    shared = map(len, map(head.intersection, map(F.tokens.__getitem__, sized)))
    best, best_score = None, 0
    for i in compress(sized, map(le, repeat(need), shared)):
        if i:
            words = set(F.tokens[i])
            common, extra = len(words & head), len(words - head)
            if common >= need and extra <= 2 and (len(head) > 2 or extra == 0) and common - extra > best_score:
                best, best_score = i, common - extra
    return best


def core_span(classes, F: lf.Features, o, echo=None) -> tuple[int, int] | None:
    """Indices of the maximum-score run of lines, or None without prose (or a list article's items)."""
    runs = _kadane(_scores(classes, F, o, echo))
    best = max(runs, default=0)
    if best <= 0:
        return None
    b = runs.index(best)
    # the run starts after the last line before b where the sum fell to 0 or below
    a = next(compress(range(b - 1, -1, -1), map(le, reversed(runs[:b]), repeat(0))), -1) + 1
    if GOOD not in classes[a:b + 1] and ITEM not in classes[a:b + 1]:
        return None
    return a, b


def _scores(classes, F: lf.Features, o, echo=None) -> list:
    """Each line's score for the core: prose words for it, boilerplate lines against it."""
    offset, bad, short, item = o["prose_offset"], o["bad_weight"], o["short_weight"], o["item_weight"]
    scores = [-bad * (w or 1) if c == BAD else w - offset if c == GOOD else -short if c == SHORT
              else max((w - offset) / 2, 0.5) if c == NEAR else 0 if c == TABLE else item  # the commonest first
              for c, w in zip(classes, F.words)]
    if echo is not None:
        scores[echo] = o["title_bonus"]
    return scores


def _parts(classes, F: lf.Features, o, a, b, echo=None) -> tuple[int, int]:
    """The core ``[a, b]`` widened over short gaps (an ad, a caption, a widget, an embed: at most
    ``part_gap`` lines, none a comment head, a copyright line or a drawn rule) to the best runs beyond
    them that hold ``part_prose`` or more prose lines close to each other: parts of the article the
    gap's score kept apart."""
    gap, least = o["part_gap"], o["part_prose"]
    if not gap:
        return a, b
    scores = _scores(classes, F, o, echo)
    n = len(F)
    while b + 1 < n:
        part = _best_run(scores, classes, b + 1, min(n, b + 2 + gap + 40))
        part = part and _close_prose(classes, *part)
        if part is None or part[0] - b - 1 > gap or not _parts_gap(F, classes, b + 1, part[0]) \
                or sum(1 for c in classes[part[0]:part[1] + 1] if c == GOOD) < least:
            break
        b = part[1]
    while a > 0:
        part = _best_run(scores, classes, max(0, a - 1 - gap - 40), a)
        part = part and _close_prose(classes, *part, forward=False)
        if part is None or a - 1 - part[1] > gap or not _parts_gap(F, classes, part[1] + 1, a) \
                or sum(1 for c in classes[part[0]:part[1] + 1] if c == GOOD) < least:
            break
        a = part[0]
    return a, b


def _best_run(scores, classes, i, j) -> tuple[int, int] | None:
    """The maximum-score run of lines ``i`` to ``j`` (exclusive) that starts and ends with prose."""
    runs = _kadane(scores[i:j])
    best = max(runs, default=0)
    if best <= 0:
        return None
    e = runs.index(best)
    s = next(compress(range(e - 1, -1, -1), map(le, reversed(runs[:e]), repeat(0))), -1) + 1
    return i + s, i + e


def _parts_gap(F, classes, i, j) -> bool:
    """Whether lines ``i`` to ``j`` (exclusive) can part an article: no copyright line, no comment head
    (a name line over a date line)."""
    for k in range(i, j):
        if k in F.rights or (k in F.stamp and k > i and F.words[k - 1] <= 4 and not F.terminal[k - 1]) or (
                len(F.text[k]) >= 10 and not F.text[k].strip(RULE)):  # a drawn rule ("_____") ends the article
            return False
    return True


def _close_prose(classes, c, d, forward=True) -> tuple[int, int]:
    """The run ``[c, d]`` cut at its first gap of three lines or more between prose lines, counted
    from the side of the core."""
    prose = [k for k in range(c, d + 1) if classes[k] == GOOD]
    if not forward:
        prose.reverse()
    for p, q in zip(prose, prose[1:]):
        if abs(q - p) > 3:
            return (c, p) if forward else (p, d)
    return c, d


def _kadane(scores: list) -> list:
    """For each line, the highest score of a run of lines ending at it (Kadane)."""
    runs, run = [], 0
    append = runs.append
    for s in scores:
        run = run + s if run > 0 else s
        append(run)
    return runs


@hookimpl
def find_edits(document, options):
    F = lf.extract(document.text, menu_words=options["menu_words"], list_words=options["list_words"],
                   stamp_words=options["dateline_words"], folded=document.folded)
    if not len(F):
        return []
    classes, why = classify(F, options)
    echo = title_echo(F, options)
    if options["list_items"] and F.numbered:
        items, heads = _list_articles(F, classes, echo, options)
        for i in heads:  # the head row of a table between the line ending in ':' and its items
            classes[i], why[i] = TABLE, "table"
        for i in items:
            classes[i], why[i] = ITEM, "item"
    if options["author_box_from"]:
        for i in _author_boxes(F, document, options):
            classes[i], why[i] = BAD, "author_box"
    span = core_span(classes, F, options, echo)
    if span is None:
        return []
    a, b = _parts(classes, F, options, *span, echo)
    n = len(F)
    before_echo = _before_headline(classes, a, b, echo, options)
    if before_echo is not None:
        a = echo
    thread = _comment_thread(F, classes, a, b, options)
    if thread is not None:
        b = thread[0] - 1
    teasers = _teaser_tail(classes, a, b, options)
    if teasers is not None:
        b = teasers[0] - 1
    notes, after_list = _list_end(F, classes, a, b, options) if ITEM in classes[a:b + 1] else ((), None)
    if after_list is not None:
        b = after_list[0] - 1
    embedded = frozenset(_embedded_posts(F, why, a, b)) if options["embeds"] else frozenset()
    after_gap = _after_gap(F, classes, a, b, options, embedded)
    if after_gap is not None:
        b = after_gap[0] - 1
    closing = set(notes)  # notes under the list stay with it
    while b + 1 < n and (thread is None or b + 1 < thread[0]):
        if _closing_sentence(F, b + 1, classes[b + 1], options) or _unended_last(F, b + 1, classes[b + 1], b, options):
            b += 1  # a short last sentence stays with the article
            closing.add(b)
            continue
        if _credit(F, b + 1, why[b + 1], options):
            b += 1  # the credit line under the article ("Additional reporting by …")
            closing.add(b)
            continue
        e = _data_section(F, why, b, options)
        if e is not None:
            closing.update(range(b + 1, e + 1))  # a closing section: a heading over a list of facts
            b = e
            continue
        if _closing_after_label(F, classes, b, options):
            closing.update((b + 1, b + 2))  # a short last sentence under a label (a picture's caption)
            b += 2
            continue
        e = _sentence_over_lines(F, classes, why, b)
        if e is None:
            break
        closing.update(range(b + 1, e + 1))  # a sentence going on over the lines of the last block
        b = e
    outside = ("boilerplate.outside_core", "before"), ("boilerplate.outside_core", "after")
    verdicts: list[tuple[str, str] | None] = [outside[0]] * a + [None] * (b + 1 - a) + [outside[1]] * (n - b - 1)
    if thread is not None:
        verdicts[thread[0]:thread[1] + 1] = [("boilerplate.comments", "comments")] * (thread[1] + 1 - thread[0])
    if teasers is not None:
        verdicts[teasers[0]:teasers[1] + 1] = [("boilerplate.teasers", "teasers")] * (teasers[1] + 1 - teasers[0])
    if before_echo is not None:
        verdicts[before_echo[0]:before_echo[1] + 1] = [("boilerplate.before_headline", "before_headline")] * (
            before_echo[1] + 1 - before_echo[0])
    if after_list is not None:
        verdicts[after_list[0]:after_list[1] + 1] = [("boilerplate.after_list", "after_list")] * (
            after_list[1] + 1 - after_list[0])
    if after_gap is not None:
        verdicts[after_gap[0]:after_gap[1] + 1] = [("boilerplate.after_gap", "after_gap")] * (
            after_gap[1] + 1 - after_gap[0])
    stated = document.facts.get("headline")  # found by an earlier plugin (meta_text), bylines between
    head = _headline_before(F, classes, why, a, echo, options, stated and stated.value)
    if head is not None:
        verdicts[head] = None  # the headline, right before the article
        for i in range(head + 1, a):
            if lf.byline(F.text[i]) and i not in F.stamp:
                verdicts[i] = None  # a byline under it: the metadata's (meta_lines, body-only mode)
    core_start = a
    zone = _header_zone(F, classes, a, b, echo, options) if head is not None or echo == a else None
    if zone is not None:
        for i in range(*zone):
            verdicts[i] = ("boilerplate.header", "header")
        a = zone[1]
    context = _context(classes, a, b)
    for i in range(a, b + 1):
        cls = classes[i]
        if i == echo and (i == core_start or _prose_within(classes, i, options["headline_lines"])):
            continue  # the headline, at the top of the article or right before prose
        if cls == BAD and i not in closing:
            verdicts[i] = ("boilerplate.bad_line", "")
        elif cls == SHORT and i not in closing and not context(i, F):
            verdicts[i] = ("boilerplate.short_line", "")
    if options["meta_lists"]:
        for i in _meta_lists(F, classes, a, b, options["meta_lists"]):
            verdicts[i] = ("boilerplate.meta_list", "")
    if options["embeds"]:
        for i in _embedded_posts(F, why, a, b):
            verdicts[i] = None
    if options["colon_lists"]:
        for i in _introduced_lists(F, classes, verdicts, why, a, b, options["list_run"]):
            verdicts[i] = None
    return _edits(F, verdicts, why)


def _meta_lists(F, classes, a, b, least):
    """Lines above the first prose line of the core ``[a, b]`` that are lists of ``least`` or more short
    items (one to three words each) between commas, without a sentence end: the post's categories
    and tags ("Politik, Region, Termine")."""
    for i in range(a, b + 1):
        if classes[i] in (GOOD, NEAR):
            return
        t = F.text[i]
        if classes[i] != SHORT or F.terminal[i] or t.count(",") < least - 1:
            continue
        items = t.split(",")
        if all(1 <= len(lf.WORD.findall(item)) <= 3 for item in items):
            yield i


def _author_boxes(F, document, o) -> list[int]:
    """Lines of author boxes without a header: a line that is only a name (two to four capitalised
    words) over one block of sentences of 8 to ``author_bio_words`` words, with no legal line, past
    ``author_box_from`` of the text, when a byline elsewhere names that person ("By Jane Doe", "von
    Jane Doe", the metadata's authors) or the block starts with the name ("Jane Doe is a reporter …")
    and no other such pair is there (several are a list of people)."""
    text, words, block, n = document.text, F.words, F.block, len(F)
    first = bisect_left(F.start, int(len(text) * o["author_box_from"]))
    sized = words[first:n - 1]
    boxes = []
    for j in compress(range(first, n - 1), map(and_, map(le, repeat(2), sized), map(ge, repeat(4), sized))):
        k = j + 1
        if words[k] < 5:
            continue
        name = F.text[j]
        if NAME.fullmatch(name) is None or name.isupper():
            continue
        bio = [k]
        while bio[-1] + 1 < n and block[bio[-1] + 1] == block[k]:
            bio.append(bio[-1] + 1)
        if not 8 <= sum(words[i] for i in bio) <= o["author_bio_words"] or not any(F.terminal[i] for i in bio) \
                or not F.legal.isdisjoint(bio):
            continue
        authors = document.facts.get("authors")
        bylined = (authors is not None and name in (authors.value or ())) or _bylined(
            text, name, F.start[j], F.stop[bio[-1]])
        boxes.append(([j, *bio], bylined, F.text[k].startswith(name)))
    alike = sum(1 for *_, named in boxes if named)
    return [i for lines, bylined, named in boxes if bylined or (named and alike == 1) for i in lines]


def _bylined(text, name, start, stop) -> bool:
    """Whether a byline outside ``[start, stop)`` names ``name`` ("von Jane Doe", "By: Jane Doe")."""
    i = text.find(name)
    while i != -1:
        if not start <= i < stop and BYLINE_BEFORE.search(text, max(0, i - 12), i):
            return True
        i = text.find(name, i + len(name))
    return False


def _embedded_posts(F, why, a, b):
    """Lines of posts embedded in the core ``[a, b]``: the signature line ("— Name (@handle) date")
    and the block of the post's text right above it (its own block when the signature stands
    apart). Only copyright and legal lines in them still go."""
    for i in range(a + 1, b + 1):
        if F.words[i] > 20 or EMBED_SIGNATURE.match(F.text[i]) is None:
            continue
        block = F.block[i - 1]
        j = i - 1
        while j >= a and F.block[j] == block and i - j <= 10:
            j -= 1
        yield from (k for k in range(j + 1, i + 1) if why[k] != "legal")


def _has_list(F, i, j, run) -> bool:
    """Whether lines ``i`` to ``j`` (exclusive) hold a block of ``run`` or more lines."""
    return any(len(list(g)) >= run for _, g in groupby(F.block[i:j]))


def _introduced_lists(F, classes, verdicts, why, a, b, run):
    """Lines of a list or table that a line ending in ':' introduces. Inside the core, the line
    and all lines up to the next prose line (headings and lists of a section); at the core's end,
    if the line is kept, the block after it (or the rest of its own block) and further blocks
    that go on with the same bullets or numbers. A line ending in '?' does the same inside the core
    when a block of ``run`` or more lines (a list) comes before the next prose line ("What's new?").
    Only copyright and legal lines in them still go."""
    n = len(F)
    for i in range(a, min(b + 1, n - 1)):
        if F.words[i] < 2 or not F.text[i].endswith((":", "?")) or classes[i] not in (GOOD, NEAR, SHORT):
            continue
        nxt = next((k for k in range(i + 1, b + 1) if classes[k] in (GOOD, NEAR)), None)
        if F.text[i].endswith("?") and (nxt is None or not _has_list(F, i + 1, nxt, run)):
            continue  # a question heading inside the core keeps a list (a block of list_run lines) up to the next prose
        if nxt is not None:  # a section inside the article: its heading line stays too
            yield from (k for k in range(i, nxt) if why[k] != "legal")
            continue
        if verdicts[i] is not None:
            continue
        j = i + 1
        bulleted = F.bullet(j)
        while j < n:
            block = F.block[j]
            while j < n and F.block[j] == block:
                if why[j] != "legal":
                    yield j
                j += 1
            if not (bulleted and j < n and F.number[j] - F.number[j - 1] <= 2
                    and any(F.bullet(k) for k in range(j, min(j + 3, n)))):
                break  # the list goes on when one of the next lines is an item again


def _before_headline(classes, a, b, echo, o) -> tuple[int, int] | None:
    """The lines of the core ``[a, b]`` before the title's echo when ``headline_gap`` or more of the
    ``header_lines`` lines right before it are boilerplate and prose follows it: teasers, a notice,
    a menu above the headline; the article starts at its headline."""
    if echo is None or not a < echo < b or not o["headline_gap"] or GOOD not in classes[echo + 1:b + 1]:
        return None
    if sum(1 for c in classes[max(a, echo - o["header_lines"]):echo] if c == BAD) < o["headline_gap"]:
        return None
    return a, echo - 1


def _list_articles(F, classes, echo, o) -> tuple[list[int], list[int]]:
    """Items of the numbered lists that can be the article, and the head rows of their tables:
    ``list_items`` or more lines counting up in one block, right under the headline (the title's
    echo, within ``header_lines`` lines and no prose between: a dateline, a share line may stand
    there) or under a line of ``near_words`` or more ending in ':' (a table's head row, not prose,
    may stand between) that goes on from the prose above it (no boilerplate line between) when the
    list holds more words than all that prose: a ranking, a calendar, standings, not a list of
    headlines after an article."""
    near = o["near_words"]
    items, heads = [], []
    for first, length in F.numbered.items():
        if length < o["list_items"]:
            continue
        anchored = echo is not None and echo < first <= echo + 1 + o["header_lines"] and not any(
            c in (GOOD, NEAR) for c in classes[echo + 1:first])
        for k in (first - 1, first - 2):
            if anchored or k < 0 or (k == first - 2 and (F.block[k + 1] != F.block[first]
                                                         or classes[k + 1] in (GOOD, NEAR))):
                break
            t = F.text[k]
            if (t.endswith(":") and F.words[k] >= near and classes[k] != BAD
                    and _intro(F, classes, k, sum(F.words[first:first + length]))):
                anchored = True
                if k == first - 2:
                    heads.append(k + 1)
        if anchored:
            items.extend(range(first, first + length))
    return items, heads


def _intro(F, classes, k, listed) -> bool:
    """Whether line ``k`` goes on from the prose above it (only undecided lines between) and the
    prose up to it holds fewer words than ``listed``."""
    j = k - 1
    while j >= 0 and classes[j] == SHORT:
        j -= 1
    if j >= 0 and classes[j] not in (GOOD, NEAR):
        return False
    return sum(F.words[i] for i in range(k) if classes[i] in (GOOD, NEAR)) < listed


def _list_end(F, classes, a, b, o):
    """The end of a list article in the core ``[a, b]``: after its last item, the lines up to the
    first boilerplate line are its notes; when the items outweigh the prose before them and
    ``list_gap`` or more boilerplate lines follow before any prose, the rest of the core is
    another block (teasers, a sidebar). Returns (short notes, the span cut or None)."""
    items = [j for j in range(a, b + 1) if classes[j] == ITEM]
    first, e = items[0], items[-1]
    while e < b and classes[e + 1] != BAD:
        e += 1
    notes = [j for j in range(items[-1] + 1, e + 1) if classes[j] == SHORT]
    prose = sum(F.words[j] for j in range(a, first) if classes[j] in (GOOD, NEAR))
    if e == b or sum(F.words[j] for j in items) <= prose:
        return notes, None
    gap = 0
    for j in range(e + 1, b + 1):
        if classes[j] in (GOOD, NEAR):
            break
        gap += classes[j] == BAD
    return notes, ((e + 1, b) if gap >= o["list_gap"] else None)


def _after_gap(F, classes, a, b, o, embedded=frozenset()) -> tuple[int, int] | None:
    """The rest of the core ``[a, b]`` from the first run of ``gap_lines`` or more boilerplate lines
    between prose lines after which the prose holds at most ``gap_share`` of the prose before it:
    a sidebar, an author box or an appeal past a menu, which outweighed the menu but is no article.
    Lines of a post embedded in the article (``embedded``) are no boilerplate there."""
    if not o["gap_lines"]:
        return None
    prose = [j for j in range(a, b + 1) if classes[j] in (GOOD, NEAR)]
    words = [F.words[j] for j in prose]
    total, before = sum(words), 0
    for k in range(1, len(prose)):
        before += words[k - 1]
        p, q = prose[k - 1], prose[k]
        if q - p > o["gap_lines"] and sum(1 for j in range(p + 1, q) if classes[j] == BAD and j not in embedded) \
                >= o["gap_lines"] \
                and total - before <= o["gap_share"] * before:
            return p + 1, b
    return None


def _sentence_over_lines(F, classes, why, b) -> int | None:
    """The line that ends a sentence which starts right after line ``b`` of the core and goes on
    over lines of ``b``'s block, each ending in a comma ("また、その他にも、" / "...を販売する行為や、"),
    or None. Those lines are no list nor menu, though they stand in a run of lines without a sentence end."""
    block, n = F.block[b], len(F)
    e = b + 1
    while e < n and F.block[e] == block and why[e] in ("short", "list", "menu") and F.text[e].endswith(COMMAS):
        e += 1
    if e == b + 1 or e >= n or F.block[e] != block or classes[e] == BAD or not F.terminal[e]:
        return None
    return e


def _closing_sentence(F, j, cls, o) -> bool:
    return (cls == SHORT and F.terminal[j] and F.words[j] >= 3 and not F.title(j)
            and (F.lang is None or F.stop_share(j) >= (
                o["closing_stop_share"] if F.words[j] >= o["near_words"] else o["stop_share"])))


def _credit(F, j, why, o) -> bool:
    """Whether line ``j``, right after the core, is its credit line: it opens with the words that credit
    a report's reporters or editors ("Additional reporting by …", "Contributing: …"), at most
    ``long_words`` words, nothing else condemning it."""
    return (why in ("short", "menu", "list", "short_prose", "prose_noend") and F.words[j] <= o["long_words"]
            and CREDIT.match(F.text[j]) is not None)


def _data_section(F, why, b, o) -> int | None:
    """The last line of a closing section right after the core's last line ``b``: a heading of two to
    ``menu_words`` words alone in its block, over one block of ``list_run`` or more facts, each at most
    ``list_words`` words and all a label and a value of at most three words after a colon ("Einlass: 18 Uhr"),
    or all of at most ten words with a figure (times, prices, results). A list of headlines, links or a copyright line is no such section."""
    h, n = b + 1, len(F)
    if h + 1 >= n or F.block[h] == F.block[b] or F.block[h + 1] == F.block[h] or not 2 <= F.words[h] <= o["menu_words"] \
            or why[h] not in ("short", "menu") or (F.terminal[h] and not F.text[h].endswith(":")):
        return None
    e = h + 1
    while e + 1 < n and F.block[e + 1] == F.block[h + 1]:
        e += 1
    items = range(h + 1, e + 1)
    if len(items) < o["list_run"] or not _parts_gap(F, why, h, e + 1) or any(
            why[k] not in ("short", "list", "menu", "table", "stamp", "short_prose") or F.words[k] > o["list_words"]
            for k in items):
        return None
    text = F.text
    if all(0 < len(text[k].rstrip(":").rpartition(":")[2].split()) <= 3 and ":" in text[k].rstrip(":") for k in items) or all(
            F.words[k] <= 10 and any(map(str.isdigit, text[k])) for k in items):
        return e  # "Label: a short value" (no "Topic: a headline"), or short lines with figures
    return None


def _unended_last(F, j, cls, b, o) -> bool:
    """Whether line ``j``, right after the core's last line ``b``, is the last line of ``b``'s block and
    reads as prose though it has no sentence end: ``near_words`` or more, ``stop_share`` function words."""
    return (cls == SHORT and F.lang is not None and F.block[j] == F.block[b] and F.words[j] >= o["near_words"]
            and (j + 1 == len(F) or F.block[j + 1] != F.block[j]) and not F.title(j)
            and F.stop_share(j) >= o["stop_share"])


def _closing_after_label(F, classes, b, o) -> bool:
    """Whether a last sentence of short prose (``near_words`` or more, ending in '.' or '!', a block of its
    own) follows the core's last line ``b`` past one label of at most ``menu_words`` words without a
    sentence end (a picture's caption)."""
    j = b + 2
    if j >= len(F) or classes[b + 1] != SHORT or F.terminal[b + 1] or F.words[b + 1] > o["menu_words"]:
        return False
    alone = F.block[j] != F.block[b + 1] and (j + 1 == len(F) or F.block[j + 1] != F.block[j])
    return classes[j] == NEAR and alone and F.text[j].rstrip(CLOSERS)[-1:] in ".!"  # a paragraph, no heading, no question


def _comment_thread(F, classes, a, b, o) -> tuple[int, int] | None:
    """The comment thread at the end of the core: from the first of at least ``comment_heads``
    comment heads (a short name line over a date line) to the core's end. The article must come
    before it: two prose lines and a quarter of the core's prose at least."""
    heads = [j - 1 for j in range(a + 2, b + 1)
             if j in F.stamp and classes[j] == BAD and F.words[j - 1] <= 4 and not F.terminal[j - 1]
             and F.block[j - 1] == F.block[j]]
    if len(heads) < o["comment_heads"]:
        return None
    first = heads[0]
    before = [F.words[j] for j in range(a, first) if classes[j] == GOOD]
    if len(before) < 2 or sum(before) < 0.25 * sum(F.words[j] for j in range(a, b + 1) if classes[j] == GOOD):
        return None
    return first, b


def _teaser_tail(classes, a, b, o) -> tuple[int, int] | None:
    """The teasers at the end of the core: at least ``teaser_units`` prose lines each standing
    apart, with ``teaser_gap`` or more other lines (title, kicker, source) before it, after the
    article's last prose line that has prose close before it."""
    prose = [j for j in range(a, b + 1) if classes[j] in (GOOD, NEAR)]
    k = len(prose) - 1
    while k > 0 and prose[k] - prose[k - 1] - 1 >= o["teaser_gap"]:
        k -= 1
    if len(prose) - 1 - k < o["teaser_units"] or k < 0:
        return None
    return prose[k] + 1, b


def _header_zone(F, classes, a, b, echo, o) -> tuple[int, int] | None:
    """The lines between the headline (at or right before ``a``) and the byline or dateline that
    opens the article: a deck, a kicker, a caption. Only near the start of the core, with little
    prose in them and the article after them."""
    start = a + 1 if echo == a else a
    for i in range(start, min(b, start + o["header_lines"])):
        if (i in F.stamp and classes[i] in (BAD, SHORT)) or lf.byline(F.text[i]) or (
                lf.bare_byline(F.text[i]) and i + 1 < b and F.words[i + 1] <= 4):
            if i == start or GOOD not in classes[i + 1:b + 1]:
                return None
            if sum(1 for c in classes[start:i] if c in (GOOD, NEAR)) > o["header_prose"]:
                return None
            return start, i
    return None


def _headline_before(F, classes, why, a, echo, o, stated=None) -> int | None:
    """The one line right before the core kept as its headline: the echo of the page title if
    it is there, else the headline the metadata found (``stated``, a byline and a dateline may
    stand between), else the nearest headline-shaped line, bylines and datelines skipped."""
    if echo is not None and a - o["headline_lines"] <= echo <= a:
        return echo if echo < a else None
    if stated:
        for i in range(a - 1, max(-1, a - 4 - o["headline_lines"]), -1):
            if same_title(F.text[i], stated, share=0.9):
                return i
    for i in range(a - 1, max(-1, a - 1 - o["headline_lines"]), -1):
        if _headline(F, i, classes[i], why[i], o):
            return i
        if not (i in F.stamp or F.words[i] < o["headline_words"] or i in F.link or lf.byline(F.text[i])):
            break  # only a byline or a dateline may stand between headline and article
    return None


def _headline(F, i, cls, why, o) -> bool:
    """A line that can be the headline: long enough, unpunctuated or title-shaped, no date, and
    boilerplate at most for standing in a list or (a block of its own) next to a menu."""
    if (F.words[i] < o["headline_words"] or i in F.stamp or not (F.title(i) or not F.terminal[i])
            or lf.byline(F.text[i])):
        return False
    if cls != BAD or why == "list":  # masthead, headline and byline glued together
        return True
    block = F.block
    alone = ((i == 0 or block[i - 1] != block[i]) and (i + 1 == len(F) or block[i + 1] != block[i]))
    return alone and why == "menu"


def _prose_within(classes, i, n) -> bool:
    return any(c in (GOOD, NEAR) for c in classes[i + 1:i + 1 + n])


def _context(classes, a, b):
    """jusText-style smoothing of an undecided line inside the core ``[a, b]``: a function of the line."""
    prev, nxt = [None] * len(classes), [None] * len(classes)
    last = None
    for j in range(a, b + 1):
        prev[j] = last
        if classes[j] != SHORT:
            last = classes[j]
    last_j = None
    for j in range(b, a - 1, -1):
        nxt[j] = last_j
        if classes[j] != SHORT:
            last_j = j
    prose = (GOOD, NEAR)

    def kept(i, F) -> bool:
        nj = nxt[i]
        if nj is None or classes[nj] not in prose:
            return False
        return prev[i] in prose or ((F.title(i) or F.terminal[i]) and nj - i <= 2)
    return kept


def _edits(F, verdicts, why) -> list[Edit]:
    """One edit per run of consecutive removed lines with the same rule (blank lines inside go too)."""
    out: list[Edit] = []
    i = 0
    for verdict, run in groupby(verdicts):
        j = i + len(list(run)) - 1
        if verdict is not None:
            rule, where = verdict
            if j > i:
                reason = _summary(F, i, j, where)
            else:
                reason = f"{_reason(F, i, rule, where, why[i])}; {describe(F, i)}"
            out.append(Edit(F.start[i], F.stop[j], kind="boilerplate", reason=reason, rule=rule))
        i = j + 1
    return out


FIXED_REASONS = {  # rule -> the reason of a single line it removes
    "boilerplate.short_line": "not between prose lines nor heading one",
    "boilerplate.comments": "comment thread after the article",
    "boilerplate.teasers": "teasers after the article",
    "boilerplate.before_headline": "before the headline (the title's echo), boilerplate lines between",
    "boilerplate.after_list": "after the list that is the article, boilerplate lines between",
    "boilerplate.after_gap": "after the article, past a run of boilerplate lines",
    "boilerplate.meta_list": "a list of short items between commas above the article (categories, tags)",
}


def _reason(F, i, rule, where, code) -> str:
    if rule in FIXED_REASONS:
        return FIXED_REASONS[rule]
    if rule == "boilerplate.header":
        return f"article header (deck, kicker, caption) between headline and byline/dateline: {REASONS[code](F, i)}"
    why = REASONS[code](F, i)
    return f"{where} the article core: {why}" if where else why


def _summary(F, i, j, where) -> str:
    words = sorted(F.words[i:j + 1])
    ends = sum(F.terminal[i:j + 1])
    label = ("the article header (deck, kicker, caption) between headline and byline/dateline"
             if where == "header" else "of a comment thread (name and date lines over text) after the article"
             if where == "comments" else "of teasers after the article (prose lines standing apart, "
             "each after a title, kicker or source line)" if where == "teasers"
             else "after the numbered list that is the article, past boilerplate lines (another block)"
             if where == "after_list" else "after the article, past a run of boilerplate lines, with little prose "
             "(a sidebar, an author box, an appeal)" if where == "after_gap" else "before the headline (the title's echo), past boilerplate lines "
             "(teasers, a notice, a menu)" if where == "before_headline" else f"{where} the article core" if where else "")
    parts = [f"{j - i + 1} lines" + (f" {label}" if label else ""),
             (f"{words[0]} word{'s' if words[0] != 1 else ''} each" if words[0] == words[-1]
              else f"{words[0]}-{words[-1]} words (median {words[len(words) // 2]})"),
             f"{ends} ending a sentence"]
    menus = max(F.menu_run[i:j + 1])
    if menus:
        parts.append(f"menu-like runs up to {menus} lines")
    legal = len(F.legal.intersection(range(i, j + 1)))
    if legal:
        parts.append(f"{legal} with legal vocabulary")
    return ", ".join(parts)
