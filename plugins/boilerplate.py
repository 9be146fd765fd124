"""Generic boilerplate classifier for text dumps of sites no plugin knows.

It runs in the ``statistic`` phase, after the phrase and site plugins, so the
noise they removed cannot vouch for its neighbours. Steps:

1. Features per non-blank line (``_linefeatures``): words, characters, share
   of function words in the document's language, sentence end, title shape,
   links, dates, legal vocabulary, runs of short menu-like lines.
2. Each line gets a class: ``good`` (prose), ``near`` (shorter prose),
   ``short`` (undecided) or ``bad`` (legal line, link, menu run, no words).
3. The article core is the stretch of lines with the highest score (prose
   words count for it, boilerplate lines against it): a maximum-sum run, as
   body-text extraction does. Outside it everything goes, except a headline
   right before it.
4. Inside the core, short lines are judged by their neighbours as jusText
   does: between two prose lines a short line stays (intertitle, quote, list
   item), a title-shaped line or a line ending in ':' right before prose
   stays (heading), others go.

Every removal names the features that decided it. A document with no prose
line is left alone: the classifier cannot tell where its article is.
"""
from __future__ import annotations

from normalizer import Edit, hookimpl

from . import _linefeatures as lf
from ._facts import same_title

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"


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
        "repeat_min_words": 3,
        "teasers": True,          # lines starting with a title-case headline or holding an inner dateline    # a line this long that occurs twice in the document is a caption/teaser
        "prose_offset": 8,        # a prose line counts (words - this) for the core ...
        "bad_weight": 1.0,        # ... a boilerplate line this much per word against it
        "short_weight": 2.0,      # ... an undecided line this much against it
        "headline_lines": 2,      # title-shaped lines kept right before the core
        "title_echo": 0.6,        # a line repeating this share of the first line's words is the headline ...
        "title_bonus": 40,        # ... and counts this much for a core that starts at it
    }


def classify(f: lf.LineFeatures, known_language: bool, o: dict) -> tuple[str, str]:
    """(class, the features that decided) for one line."""
    share_ok = not known_language or f.stop_share >= o["stop_share"]
    if f.rights or (f.legal and f.words <= o["legal_max_words"]):
        return BAD, "copyright/legal vocabulary"
    if f.words == 0:
        return BAD, "no words"
    if f.link and f.words <= o["near_words"] * 2 and not f.terminal:
        return BAD, "URL or e-mail"
    if f.repeats > 1 and f.words >= o["repeat_min_words"]:
        return BAD, f"occurs {f.repeats} times in the document"
    if f.teaser and o["teasers"]:
        return BAD, "a headline glued to a description (teaser)"
    if f.stamp and f.words <= o["stamp_max_words"] and not f.terminal:
        return BAD, "dateline or byline"
    if f.words >= o["good_words"] and (f.terminal or f.words >= o["long_words"]) and share_ok:
        return GOOD, "prose"
    if f.menu_run >= o["menu_run"]:
        return BAD, f"in a run of {f.menu_run} menu-like lines"
    if f.list_run >= o["list_run"]:
        return BAD, f"in a list of {f.list_run} lines without sentence ends"
    if f.words >= o["near_words"] and f.terminal and share_ok:
        return NEAR, "short prose"
    if f.words >= o["good_words"] and share_ok and not f.title:
        return NEAR, "prose without a sentence end"
    return SHORT, "short"


def describe(f: lf.LineFeatures, known_language: bool, text: str) -> str:
    parts = [f"{f.words} word{'s' if f.words != 1 else ''}"]
    if known_language:
        parts.append("no stopwords" if not f.stops else f"stopwords {f.stop_share:.0%}")
    if not f.terminal:
        parts.append("no sentence end")
    if f.title:
        parts.append("title case")
    if f.stamp:
        parts.append("date/time")
    if lf.digit_share(text) >= 0.3:
        parts.append("mostly digits")
    return ", ".join(parts)


def title_echo(lines, feats, o) -> int | None:
    """Index (into feats) of the headline: a later line repeating the first line (the page title)."""
    if len(feats) < 3 or not o["title_echo"]:
        return None
    first = lines[feats[0].index].text
    head = set(lf.WORD.findall(first.lower()))
    if len(head) < 3:
        return None
    for i in range(1, len(feats)):
        f = feats[i]
        if 3 <= f.words <= len(head) + 2:
            words = set(lf.WORD.findall(lines[f.index].text.lower()))
            if len(words & head) >= o["title_echo"] * len(head) and len(words - head) <= 2:
                return i
    return None


def core_span(classes, feats, o, echo=None) -> tuple[int, int] | None:
    """Indices (into feats) of the maximum-score run of lines, or None without prose."""
    best, best_span = 0.0, None
    run, start = 0.0, 0
    for i, (cls, f) in enumerate(zip(classes, feats)):
        if i == echo:
            s = o["title_bonus"]
        elif cls == GOOD:
            s = f.words - o["prose_offset"]
        elif cls == NEAR:  # short prose never counts against the core
            s = max((f.words - o["prose_offset"]) / 2, 0.5)
        elif cls == BAD:
            s = -o["bad_weight"] * max(f.words, 1)
        else:
            s = -o["short_weight"]
        if run <= 0:
            run, start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (start, i)
    if best_span is None or not any(c == GOOD for c in classes[best_span[0]:best_span[1] + 1]):
        return None
    return best_span


@hookimpl
def find_edits(document, options):
    lines = document.lines
    lang, _, feats = lf.extract(document.text, lines, menu_words=options["menu_words"],
                                list_words=options["list_words"])
    known = lang is not None
    if not feats:
        return []
    decided = [classify(f, known, options) for f in feats]
    classes = [c for c, _ in decided]
    echo = title_echo(lines, feats, options)
    span = core_span(classes, feats, options, echo)
    if span is None:
        return []
    a, b = span
    closing = set()
    while b + 1 < len(feats) and _closing_sentence(feats[b + 1], classes[b + 1], known, options):
        b += 1  # a short last sentence stays with the article
        closing.add(b)
    verdicts: list[tuple[str, str] | None] = [None] * len(feats)  # (rule, reason) for removals
    stated = document.facts.get("headline")  # found by an earlier plugin (meta_text), bylines between
    for i, f in enumerate(feats):
        cls, why = decided[i]
        if i < a or i > b:
            if i < a and a - i <= options["headline_lines"] and _headline(feats, i, cls, why):
                continue  # headline right before the article
            if i < a and a - i <= options["headline_lines"] + 3 and stated is not None and same_title(
                    f.text, stated.value, share=0.9):
                continue  # the headline the metadata found, above a byline and a dateline
            where = "before" if i < a else "after"
            verdicts[i] = ("boilerplate.outside_core", f"{where} the article core: {why}")
        elif i == echo and _prose_within(classes, i, options["headline_lines"]):
            continue  # the headline, right before the article
        elif cls == BAD:
            verdicts[i] = ("boilerplate.bad_line", why)
        elif cls == SHORT and i not in closing and not _kept_by_context(i, classes, feats, a, b):
            verdicts[i] = ("boilerplate.short_line", "not between prose lines nor heading one")
    return _edits(lines, feats, verdicts, known)


def _closing_sentence(f, cls, known, o) -> bool:
    return (cls == SHORT and f.terminal and f.words >= 3 and not f.title
            and (not known or f.stop_share >= o["stop_share"]))


def _headline(feats, i, cls, why) -> bool:
    """A line right before the core that can be its headline: unpunctuated or title-shaped,
    and boilerplate at most for standing in a list or (a block of its own) next to a menu."""
    f = feats[i]
    if not (f.title or not f.terminal):
        return False
    if cls != BAD:
        return True
    if why.startswith("in a list of"):  # masthead, headline and byline glued together
        return True
    alone = ((i == 0 or feats[i - 1].block != f.block)
             and (i + 1 == len(feats) or feats[i + 1].block != f.block))
    return alone and why.startswith("in a run of") and "menu" in why


def _prose_within(classes, i, n) -> bool:
    return any(c in (GOOD, NEAR) for c in classes[i + 1:i + 1 + n])


def _kept_by_context(i, classes, feats, a, b) -> bool:
    """jusText-style smoothing of an undecided line inside the core."""
    prev = next((classes[j] for j in range(i - 1, a - 1, -1) if classes[j] != SHORT), None)
    nxt_j = next((j for j in range(i + 1, b + 1) if classes[j] != SHORT), None)
    nxt = classes[nxt_j] if nxt_j is not None else None
    prose = (GOOD, NEAR)
    if prev in prose and nxt in prose:
        return True
    f = feats[i]
    heading = f.title or feats[i].terminal
    return nxt in prose and heading and nxt_j - i <= 2


def _edits(lines, feats, verdicts, known: bool) -> list[Edit]:
    """One edit per run of consecutive removed lines with the same rule (blank lines inside go too)."""
    out: list[Edit] = []
    i, n = 0, len(feats)
    while i < n:
        if verdicts[i] is None:
            i += 1
            continue
        rule, reason = verdicts[i]
        j = i
        while j + 1 < n and verdicts[j + 1] is not None and verdicts[j + 1][0] == rule:
            j += 1
        first, last = lines[feats[i].index], lines[feats[j].index]
        if j > i:
            reason = _summary(feats[i:j + 1], [v[1] for v in verdicts[i:j + 1]])
        else:
            reason = f"{reason}; {describe(feats[i], known, first.text)}"
        out.append(Edit(first.start, last.stop, kind="boilerplate", reason=reason, rule=rule))
        i = j + 1
    return out


def _summary(feats, reasons) -> str:
    words = sorted(f.words for f in feats)
    ends = sum(f.terminal for f in feats)
    head = reasons[0].split(":", 1)[0] if reasons[0].startswith(("before", "after")) else ""
    parts = [f"{len(feats)} lines" + (f" {head}" if head else ""),
             (f"{words[0]} word{'s' if words[0] != 1 else ''} each" if words[0] == words[-1]
              else f"{words[0]}-{words[-1]} words (median {words[len(words) // 2]})"),
             f"{ends} ending a sentence"]
    menus = max((f.menu_run for f in feats), default=0)
    if menus:
        parts.append(f"menu-like runs up to {menus} lines")
    legal = sum(f.legal for f in feats)
    if legal:
        parts.append(f"{legal} with legal vocabulary")
    return ", ".join(parts)
