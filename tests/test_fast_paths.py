"""The fast paths give the same results as the plain way of doing the same thing.

The helpers (``textutils.scan``, grouped alternations, ``Document.folded``,
the line helpers, ``line_edits(within=...)``) are checked against what they
stand for; the plugins whose loops became candidate scans are checked against
their former line-by-line code (kept here as the reference), on generated
documents made of the lines they react to.
"""
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import Document, Edit
from normalizer.document import fold, iter_lines, split_lines
from normalizer.edits import apply
from normalizer.textutils import (DECOR, WS, alternation, ends_sentence, glued, line_at, line_edits, line_edits_each,
                                  line_edits_for, line_pattern, lines_at, matches, matches_each, next_line, norm,
                                  prefix_pattern, prev_line, remove, remove_run, scan, scan_each, word_count)
from normalizer.fastre import _after_newline, _joint, grouped
from plugins import attribution, captions, comments, cookies, meta_text, promos, social, tags, video, whitespace

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines the reworked plugins react to, and lines they must leave alone.
PIECES = [
    "Advertisement", "Learn more", "Get more with myNEWS", "Sign up now", "Download the app today", "02:10",
    "▶ 1:02:10", "Watch video", "Video: the match", "Taliban says war is over", "Tags", "Tags:", "Tags: a, b", "Themen :", "Themen",
    "Politics", "Afghanistan", "World News", "Share", "Share on Facebook", "Email", "Print", "X", "12K views",
    "Follow us on Twitter", "Leave a Reply", "Comments", "3 Comments", "Name *", "Email *", "44", "7",
    "Your email address will not be published.", "We use cookies on this site.", "Accept all", "Reject", "OK",
    "We use cookies.\nAccept all\n\nReject\nOK", "Photo: AFP", "The minister in Kabul. Photo: AFP", "Die Minister in Berlin. (Foto: dpa)",
    "Rathaus am Markt / dpa", "A view of the port (Getty Images)", "Image 1 of 23", "telephoto: x", "Top: the team",
    "The minister said the talks would continue next week in the capital, officials confirmed on Monday.",
    "Both sides agreed that further sanctions were not on the table for the time being, he added today.",
    "Short line", "short words here", "A headline without a full stop", "", "", "", " ", "\u00a0", "  - ",
]
LINES = st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet="aB1 .:/(©)|-\n", max_size=12)),
                 max_size=30)


def _text(lines, end):
    return "\n".join(lines) + end


TEXTS = st.builds(_text, LINES, st.sampled_from(["", "\n", "\n\n", " "]))


def ci(pattern):
    """A lower-case pattern made to ignore case on the text itself: what the plugins did before."""
    return re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)


def spans(edits):
    return sorted((e.start, e.end, e.replacement, e.kind, e.reason, e.rule) for e in edits)


# -- helpers ---------------------------------------------------------------------------------------

PATTERNS = [
    promos.CTA, promos.LEAD, tags.LISTS, tags.HEADER, video.STAMP, video.LABELS, video.PREFIX, social.BUTTONS,
    social.COUNTER, social.WEAK, comments.HEADERS, comments.FORM, whitespace.BLANK_RUN, whitespace.TIDY_RUN,
    captions.PREFIX, captions.COUNTER,
    re.compile(r"^[^\w\n]*(?:sources?|quellen?)\s*:\s*\S", re.MULTILINE),  # \s runs over line ends
    re.compile(r"^a|b", re.MULTILINE),  # a top-level alternation: not anchored, searched plainly
    re.compile(r"^(?:x|)", re.MULTILINE),  # empty matches
    re.compile(r"^\n*\S", re.MULTILINE),  # a match that ends at a line start
    attribution.PRINT, attribution.ORIGINAL, attribution.SOURCES,  # written by hand: regrouped for the scan
    re.compile(r"^[^\w\n]*(?:ab|(?:x)?ac|a\(b|(c)d|(?:é|a)?d|ad|\(c)", re.MULTILINE),
    re.compile(r"^-*(?:(?:x|short)? ?line|Aa|a(?=b)|(?:a\.)+b)", re.MULTILINE | re.IGNORECASE),
    re.compile(r"^ *(?:[-▶] ?)?(?:(?:photo|short|a)\s?)?(?:\d:)?\d", re.MULTILINE | re.IGNORECASE),  # optional first
]


@FAST
@given(TEXTS)
def test_scan_finds_what_finditer_finds(text):
    for pattern in PATTERNS:
        for haystack in (text, fold(text)):
            assert [m.span() for m in scan(haystack, pattern)] == [m.span() for m in pattern.finditer(haystack)]


@FAST
@given(TEXTS)
def test_scan_forms_match_on_the_lines_their_patterns_match(text):
    """The "\\n..." form ``scan`` searches with finds the very lines the pattern matches (a line it
    finds that the pattern does not match would send ``scan`` back to a plain search)."""
    for pattern in PATTERNS:
        fast = _after_newline(pattern)
        if fast is None:
            continue
        for haystack in (text, fold(text)):
            starts = [i + 1 for i, c in enumerate(haystack) if c == "\n"]
            assert [s for s in starts if fast.match(haystack, s - 1)] == [s for s in starts if pattern.match(haystack, s)]


# Patterns searched together by the plugins, and sets that must not share a search or that test it hard.
PATTERN_SETS = [
    (video.STAMP, video.LABELS, video.PREFIX), (comments.HEADERS, comments.FORM), (promos.CTA, promos.LEAD),
    (captions.PREFIX, captions.COUNTER), (tags.LISTS, tags.HEADER), (attribution.PRINT, attribution.ORIGINAL),
    (attribution.SOURCES, re.compile(r"^\n*\S", re.MULTILINE)),  # matches that run over line ends
    (re.compile(r"^(?:x|)", re.MULTILINE), promos.CTA),  # empty matches
    (re.compile(r"^[^\w\n]*a", re.MULTILINE), re.compile(r"^[^\w\n]*(?:a|ab)", re.MULTILINE),
     re.compile(r"^-*(a)(b)?", re.MULTILINE)),  # the same lines (overlapping candidates), groups
    (re.compile(r"^a|b", re.MULTILINE), promos.LEAD),  # not anchored: scanned one by one
    (re.compile(r"b\n", re.MULTILINE), re.compile(r"^b", re.MULTILINE)),  # not anchored
    (social.COUNTER, social.BUTTONS),  # different flags
    (re.compile(r"^(a)\1", re.MULTILINE), re.compile(r"^(?P<x>b)", re.MULTILINE)),  # references, names
    (re.compile(r"^a", re.MULTILINE), re.compile(r"^b")),  # not MULTILINE
    (promos.CTA,), (),
]


def plain_matches(text, pattern):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@FAST
@given(TEXTS)
def test_scan_each_finds_what_scanning_each_pattern_finds(text):
    for patterns in PATTERN_SETS:
        for haystack in (text, fold(text)):
            found = scan_each(haystack, patterns)
            assert [[(m.span(), m.groups()) for m in ms] for ms in found] == [
                plain_matches(haystack, p) for p in patterns], patterns


@FAST
@given(TEXTS)
def test_joint_searches_find_the_lines_one_of_their_patterns_matches(text):
    for patterns in PATTERN_SETS[:9]:
        joint = _joint(tuple(patterns))
        for haystack in (text, fold(text)):
            starts = [i + 1 for i, c in enumerate(haystack) if c == "\n"]
            assert [s for s in starts if joint.match(haystack, s - 1)] == [
                s for s in starts if any(p.match(haystack, s) for p in patterns)], patterns


def test_scan_each_shares_a_search_only_where_it_may():
    shared = [s for s in PATTERN_SETS if _joint(tuple(s)) is not None]
    assert shared == PATTERN_SETS[:9]


@FAST
@given(st.lists(st.lists(st.sampled_from(["ad", "ads", "a(b)", r"(?:x|y)?s", "ab|cd", r"\d+ views", "é", r"(?:ab)?c",
                                          r"a\n?b", r"(?:)", "s", r"x(?=y)", r"\(c\)", "[ab]+", "b*"]),
                         min_size=1, max_size=4), min_size=1, max_size=4),
       st.lists(st.sampled_from(["ad", "Ads", "- ads -", "a(b)", "ys", "s", "12 views", "ab", "cd", "abc", "é", "",
                                 "(c)", "xy", "a", "b", "aab", "bbb", " s", "x"]), max_size=10), st.booleans())
def test_scan_each_finds_what_scan_finds_for_random_patterns(item_lists, lines, prefix):
    """Random line and prefix patterns (some matching empty strings, some running over a line end)."""
    text = "\n".join(lines)
    make = prefix_pattern if prefix else line_pattern
    patterns = [make(items, flags=re.IGNORECASE) for items in item_lists]
    found = scan_each(text, patterns)
    assert [[(m.span(), m.groups()) for m in ms] for ms in found] == [plain_matches(text, p) for p in patterns]


@FAST
@given(TEXTS, st.booleans())
def test_line_edits_each_is_line_edits_for_each_spec(text, folded):
    doc = Document(text)
    specs = [dict(pattern=captions.PREFIX, kind="caption", reason="r", rule="a", max_words=4),
             dict(pattern=captions.COUNTER, kind="caption", reason="s", rule="b"),
             dict(pattern=re.compile(r"^\s*\S", re.MULTILINE), kind="k", reason="t", rule="c", max_words=2)]
    assert line_edits_each(doc, specs, folded=folded) == [line_edits(doc, folded=folded, **s) for s in specs]
    for s in specs:
        kw = {k: v for k, v in s.items() if k != "pattern"}
        assert line_edits_for(doc, matches(doc, s["pattern"], folded=folded), **kw) == line_edits(
            doc, s["pattern"], folded=folded, **kw)
    found = matches_each(doc, [s["pattern"] for s in specs], folded=folded)
    assert [[m.span() for m in ms] for ms in found] == [
        [m.span() for m in matches(doc, s["pattern"], folded=folded)] for s in specs]


ITEMS = st.lists(st.one_of(st.sampled_from(["ad", "ads", "Ad", "advert", "sponsored", "save", "s", "x", "é",
                                            r"\d+ views", r"(?:a|b)c", "a?b", "ab|cd", r"\(c\)", "a{2}b",
                                            "share", "Share on", r"share[^\S\n]+on", r"(?:share|save)(?: on)? x",
                                            r"(?:a|(?:b|é)d|)c", r"(?:s|\()a", r"(?:ab)+c", r"(?:x|y)?s",
                                            "ébc", "über", "übrigens", "É", r"(?:ab)?c", r"(?:x)?", r"a\(b\)",
                                            r"a(?=b)", r"(?:a|é)?d", r"(a)b", r"(?:s)??a", r"(?:a)?a?", r"(?:ab)?a"]),
                           st.text(alphabet="asdx -", min_size=1, max_size=4).map(re.escape)),
                 min_size=1, max_size=12)


@FAST
@given(ITEMS, st.lists(st.sampled_from(["ad", "Ads", "- save -", "x", "é", "12 views", "ac", "bc", "b", "abcd",
                                        "(c) 2024", "aab", "share on", "Share   on", "sponsored!", "s", "as",
                                        "share x", "save on x", "c", "bdc", "édc", "(a", "ababc", "ys", "s",
                                        "ébc", "ÉBC", "über", "Übrigens", "übrigens x", "abc", "a(b)", "ad", "aa", "aba", "ab"]),
                       max_size=8), st.booleans())
def test_grouped_alternations_match_alike(items, lines, ignorecase):
    text = "\n".join(lines)
    flags = re.IGNORECASE if ignorecase else 0
    plain_line = re.compile(rf"^{WS}*{DECOR}(?:{alternation(items)}){DECOR}{WS}*$", re.MULTILINE | flags)
    plain_prefix = re.compile(rf"^{WS}*{DECOR}(?:{alternation(items)})", re.MULTILINE | flags)
    for grouped, plain in ((line_pattern(items, flags=flags), plain_line),
                           (prefix_pattern(items, flags=flags), plain_prefix)):
        assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)]


def test_grouped_alternations_keep_the_order_of_preference():
    """Where two items match at one place, the one listed first wins, as in the plain alternation."""
    cases = [([r"(?:a)?a?"], "aa"), ([r"(?:ab)?a", r"(?:ab|a)b?"], "aba\nabb"), ([r"(?:s)??a", "sa"], "sa"),
             ([r"x(?:y)?", r"(?:xy)?z", "xyz"], "xyz"), ([r"(?:a|b)?(?:a|b)?"], "ab\nba"),
             ([r"(b)?a", "b(a)", r"b\(", r"(?:b)c", "c"], "ba\nbc\nb(\nc"),
             (["ab", "x(y)", "a(c)", r"x\(", r"a\)"], "ac\nxy\nx(\na)")]  # capturing groups keep their numbers
    for items, text in cases:
        for ignorecase in (False, True):
            flags = re.IGNORECASE if ignorecase else 0
            plain = re.compile(rf"^{WS}*{DECOR}(?:{'|'.join(items)})", re.MULTILINE | flags)
            fast = re.compile(rf"^{WS}*{DECOR}(?:{grouped(items, ignorecase)})", re.MULTILINE | flags)
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)], items


@FAST
@given(TEXTS, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40), st.sampled_from(["", "X", "Σ", "İ"])),
                       max_size=6))
def test_folded_text_follows_the_edits(text, raw):
    doc = Document(text)
    assert doc.folded == fold(text) and len(fold(text)) == len(text)
    assert "\u0130" in text or fold(text) == text.lower()
    for start, length, replacement in raw:
        start = min(start, len(doc.text))
        edits = [Edit(start, min(start + length, len(doc.text)), replacement)]
        doc.folded  # cached, so the next step updates it
        doc._set_text(apply(doc.text, edits), edits)
        assert doc.folded == fold(doc.text)
        assert len(doc.folded) == len(doc.text)


@FAST
@given(TEXTS)
def test_line_helpers_agree_with_split_lines(text):
    lines = split_lines(text)
    for i, line in enumerate(lines):
        assert line_at(text, line.start) == line == line_at(text, line.end)
        assert next_line(text, line) == (lines[i + 1] if i + 1 < len(lines) else None)
        assert prev_line(text, line) == (lines[i - 1] if i else None)
    assert lines_at(text, [l.end for l in lines[::2]] + [l.start for l in lines[::3]]) == sorted(
        set(lines[::2] + lines[::3]))
    assert list(iter_lines(text)) == lines


@FAST
@given(TEXTS, st.booleans())
def test_line_edits_within_words_equals_searching_everything(text, folded):
    pattern = re.compile(r"(?:sign up|share)\b.{0,20}\b(?:now|facebook)|^[^\w\n]*photo\b", re.MULTILINE
                         | (0 if folded else re.IGNORECASE))
    doc = Document(text)
    kw = dict(kind="k", reason="r", rule="x", max_words=6, folded=folded)
    assert line_edits(doc, pattern, within=("sign up", "share", "photo"), **kw) == line_edits(doc, pattern, **kw)


# -- plugins against their former line-by-line code -----------------------------------------------

def old_promos(document, options):
    lines, edits, taken = document.lines, [], -1
    cta, lead = ci(promos.CTA), ci(promos.LEAD)

    def short(line):
        return not line.blank and word_count(line.text) <= options["max_lead_words"] and not ends_sentence(line.text)
    for i, line in enumerate(lines):
        if i <= taken or line.blank:
            continue
        if cta.fullmatch(line.text):
            first = i
            while i - first < options["max_lead_lines"] and first - 1 > taken and short(lines[first - 1]):
                first -= 1
            reason = "call-to-action promo box" if first < i else "call-to-action line"
            edits.append(remove_run(lines[first], line, kind="promo", reason=reason, rule="promos.cta"))
            taken = i
        elif lead.match(line.text) and word_count(line.text) <= options["max_lead_words"]:
            last = i
            while (last + 1 < len(lines) and last + 1 - i <= options["max_lead_lines"]
                   and short(lines[last + 1])):
                last += 1
                if cta.fullmatch(lines[last].text):
                    break
            edits.append(remove_run(line, lines[last], kind="promo", reason="promo line", rule="promos.lead"))
            taken = last
    return edits


def old_tags(document, options):
    lines = document.lines
    edits = line_edits(document, ci(tags.LISTS), kind="navigation", reason="tag/topic list", rule="tags.list",
                       max_words=options["max_words"])
    done = {e.start for e in edits}
    header = ci(tags.HEADER)

    def kicker(i):
        text = lines[i].text.strip()
        if (not text or not text[0].isupper() or len(text) > 60 or word_count(text) > options["kicker_max_words"]
                or ends_sentence(text) or any(c.isdigit() for c in text) or text.startswith(("•", "-", "*"))):
            return False
        up, down = glued(lines, i)
        if up is None and down is None:
            return False
        return all(n is None or word_count(n.text) >= options["long_line_words"] for n in (up, down))
    for i, line in enumerate(lines):
        listed = line.start in done
        if line.blank or (listed and not (header.fullmatch(line.text) and line.text.rstrip().endswith(":"))):
            continue
        if header.fullmatch(line.text):
            run = [line]
            for nxt in lines[i + 1:]:
                if nxt.blank or word_count(nxt.text) > 4:
                    break
                run.append(nxt)
            if len(run) > 1:
                edits += remove(run[1:] if listed else run, kind="navigation", reason="tag list",
                                rule="tags.header_list")
                done.update(l.start for l in run)
        elif options["kickers"] and kicker(i):
            edits += remove([line], kind="navigation", reason="section/topic label glued to the text",
                            rule="tags.kicker")
    return edits


def old_video(document, options):
    lines, out, taken = document.lines, [], -1
    stamp, labels, prefix = ci(video.STAMP), ci(video.LABELS), ci(video.PREFIX)

    def titles(i, is_video):
        following = [l for l in lines[i + 1:i + 6] if not l.blank][:2]
        if (not following or word_count(following[0].text) > options["max_title_words"]
                or stamp.match(following[0].text)):
            return []
        first = following[0]
        if len(following) > 1 and norm(following[1].text) == norm(first.text):
            return following
        return [first] if is_video or video.VIDEO_WORD.search(first.text) else []
    for i, line in enumerate(lines):
        if i <= taken or line.blank:
            continue
        if stamp.match(line.text):
            block = [line] + titles(i, bool(video.VIDEO_WORD.search(line.text)))
            out += remove(block, kind="video", reason="video block: duration stamp and title", rule="video.stamp")
            taken = block[-1].number
        elif labels.fullmatch(line.text):
            out += remove([line], kind="video", reason="video player label", rule="video.label")
        elif prefix.match(line.text) and word_count(line.text) <= options["max_title_words"]:
            out += remove([line], kind="video", reason="'Watch:'/'Video:' link line", rule="video.prefix")
    return out


def old_social(document, options):
    lines, hits = document.lines, set()
    buttons, weak = ci(social.BUTTONS), ci(social.WEAK)
    for line in lines:
        if line.blank or len(line.text) > 300:
            continue
        if ((buttons.fullmatch(line.text) or social.COUNTER.match(line.text))
                and word_count(line.text) <= options["max_words"]):
            hits.add(line.number)
    for line in lines:
        if line.number not in hits and weak.fullmatch(line.text) and {line.number - 1, line.number + 1} & hits:
            hits.add(line.number)
    return remove([lines[i] for i in sorted(hits)], kind="social", reason="share/follow button or social counter",
                  rule="social.button")


def old_comments(document, options):
    lines, out, in_widget = document.lines, [], False
    headers, form = ci(comments.HEADERS), ci(comments.FORM)
    for line in lines:
        if line.blank:
            continue
        if headers.fullmatch(line.text):
            out += remove([line], kind="comments", reason="comment section header", rule="comments.header")
            in_widget = True
        elif form.fullmatch(line.text) and (in_widget or word_count(line.text) > 2):
            out += remove([line], kind="comments", reason="comment form line", rule="comments.form")
        elif in_widget and comments.COUNTER.match(line.text):
            out += remove([line], kind="comments", reason="comment counter", rule="comments.counter")
        else:
            in_widget = in_widget and word_count(line.text) <= options["max_form_words"]
    last = next((l for l in reversed(lines) if not l.blank), None)
    if last is not None and comments.COUNTER.match(last.text) and not any(e.start == last.start for e in out):
        out += remove([last], kind="comments", reason="trailing comment/share counter at the end",
                      rule="comments.trailing_counter")
    return out


def old_cookies(document, options):
    lines, text = document.lines, document.text
    notices = {text.count("\n", 0, m.start()) for m in ci(cookies.NOTICE).finditer(text)}
    out, until, buttons = [], -1, ci(cookies.BUTTONS)
    for line in lines:
        if line.blank:
            continue
        if line.number in notices and word_count(line.text) <= options["max_words"]:
            out += remove([line], kind="cookie", reason="cookie/consent notice", rule="cookies.notice")
            until = line.number + options["button_window"]
        elif line.number <= until and buttons.fullmatch(line.text):
            out += remove([line], kind="cookie", reason="consent button next to a cookie notice",
                          rule="cookies.button")
            until = line.number + options["button_window"]
        else:
            until = -1
    return out


def old_whitespace(document, options):
    lines, text, edits = document.lines, document.text, []
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].blank:
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].blank:
            j += 1
        start, stop = lines[i].start, lines[j].stop
        want = "" if i == 0 or j == n - 1 else "\n" * min(options["max_blank_lines"], j - i + 1)
        if text[start:stop] != want:
            edits.append(Edit(start, stop, want, kind="whitespace",
                              reason=f"{j - i + 1} blank or whitespace-only line(s) tidied",
                              rule="whitespace.blank_lines"))
        i = j + 1
    if text.strip() and not text.endswith("\n") and not (lines and lines[-1].blank):
        edits.append(Edit(len(text), len(text), "\n", kind="whitespace", reason="final newline added",
                          rule="whitespace.final_newline"))
    return edits


def old_credit_suffixes(document, options):
    out = []
    for line in document.lines:
        text = line.text
        if captions.SUFFIX.search(text, max(0, len(text) - captions.TAIL)) and word_count(text) <= options["max_words"]:
            out.append(Edit(line.start, line.stop, kind="caption", rule="captions.credit_suffix",
                            reason="caption ending in a photo credit"))
    return out


CASES = [
    (promos.find_edits, old_promos, [{"max_lead_lines": 2, "max_lead_words": 12},
                                     {"max_lead_lines": 0, "max_lead_words": 3}]),
    (tags.find_edits, old_tags, [{"max_words": 40, "kickers": True, "kicker_max_words": 2, "long_line_words": 12},
                                 {"max_words": 3, "kickers": True, "kicker_max_words": 1, "long_line_words": 1},
                                 {"max_words": 40, "kickers": True, "kicker_max_words": 0, "long_line_words": 0}]),
    (video.find_edits, old_video, [{"max_title_words": 25}, {"max_title_words": 2}]),
    (social.find_edits, old_social, [{"max_words": 12, "max_feedback_words": 30},
                                     {"max_words": 1, "max_feedback_words": 1}]),
    (comments.find_edits, old_comments, [{"max_form_words": 8, "max_policy_words": 60},
                                         {"max_form_words": 1, "max_policy_words": 1}]),
    (cookies.find_edits, old_cookies, [{"max_words": 80, "button_window": 4}, {"max_words": 3, "button_window": 1}]),
    (whitespace.find_edits, old_whitespace, [{"max_blank_lines": 1}, {"max_blank_lines": 0}, {"max_blank_lines": 3}]),
    (lambda d, o: captions._credit_suffixes(d, o["max_words"]), old_credit_suffixes, [{"max_words": 80},
                                                                                      {"max_words": 4}]),
]


@FAST
@given(TEXTS)
def test_plugins_do_what_their_line_by_line_code_did(text):
    for new, old, variants in CASES:
        for options in variants:
            found = [e for e in new(Document(text), options) if e.rule not in LATER_RULES]
            assert spans(found) == spans(old(Document(text), options)), (new, options)


# rules added after the line-by-line code: they take lines of their own, on top of it
LATER_RULES = {"comments.policy", "social.feedback", "tags.cjk_keywords"}


def old_lines_to_prose(text, options):
    """meta_text's former walk over every line up to the first line of prose."""
    lines, prose = [], None
    for line in split_lines(text):
        if line.text and not line.text.isspace():
            if prose is None and (word_count(line.text) >= options["prose_words"]
                                  and re.search(r"[.!?…。](?:[\"'”’»)]*)(?:\s|$)", line.text)):
                prose = len(lines)
            lines.append(line)
            if prose is not None and len(lines) > prose + options["after_prose"]:
                break
    return lines, prose


@FAST
@given(TEXTS, st.integers(0, 3), st.integers(1, 14))
def test_meta_text_finds_the_lines_to_the_first_prose_as_its_loop_did(text, after, words):
    options = {**meta_text.default_options(), "after_prose": after, "prose_words": words}
    lines, prose = meta_text._lines_to_prose(text, options)
    assert (list(lines), prose) == old_lines_to_prose(text, options)


@FAST
@given(st.lists(st.text(max_size=40).map(lambda s: s.replace("\n", " ")), max_size=20))
def test_line_tokens_are_the_words_re_finds(lines):
    from plugins import _linefeatures
    assert _linefeatures._tokens(lines) == [_linefeatures.WORD.findall(l) for l in lines]
    lines += ["Ünïcode—words’ and_snake 12,5 x² «ça» €5", "\ud800 lone surrogate", "ascii, words; here.", "",
              "l’été — “quoted” … ½ • naïve"]
    assert _linefeatures._tokens(lines) == [_linefeatures.WORD.findall(l) for l in lines]


@FAST
@given(st.text(alphabet=st.sampled_from(list("ab1_ -'’\"“”«»–—…•·©é²\u0130\u00a0\t.,!?/(")), max_size=40)
       | st.text(max_size=40))
def test_word_count_is_the_number_of_words_re_finds(text):
    from normalizer.textutils import _WORD
    assert word_count(text) == len(_WORD.findall(text))
    for s in ("a-b-c", "a--b", "-a'", "l’été — “x” … y", "it's a 'test'", "\ud800 x", "x__y 2-3"):
        assert word_count(s) == len(_WORD.findall(s))


@FAST
@given(st.lists(st.sampled_from(["23", "3.", "1st", " ", ", ", "de ", "del ", "Nov", "nov.", "NOVEMBER", "März",
                                 "mär", "Sept", "sep", "set", "févr", "Février", "2026", "1999", "-", "/", "x", "é"]),
                max_size=12))
def test_month_names_grouped_match_as_the_plain_alternation(pieces):
    from plugins import _dates
    plain = "(?P<month>" + "|".join(sorted((re.escape(m) for m in _dates.MONTHS), key=len, reverse=True)) + r")\.?"
    text = "".join(pieces)
    for form in _dates.DATE_FORMS[:2]:
        old = re.compile(form.pattern.replace(_dates._MONTH, plain), form.flags)
        assert old.pattern != form.pattern
        assert ([(m.span(), m.groupdict()) for m in form.finditer(text)]
                == [(m.span(), m.groupdict()) for m in old.finditer(text)])


@FAST
@given(st.text(alphabet=st.sampled_from(list("ab_1² ½.éΣ\u0307İ-\n")), max_size=40) | st.text(max_size=40),
       st.integers(-1, 25))
def test_enough_letters_is_counting_the_letters(text, n):
    from plugins import language
    assert (language._letters(n).match(text) is not None) == (len(re.findall(r"[^\W\d_]", text)) >= n)


@FAST
@given(st.lists(st.sampled_from(["Photo", "photos", "PIC", "Image credit", "crédit photo", "Top", "above", ":", " ",
                                 "(", ")", "/", "|", "AFP", "Getty Images", "dpa", "x", "The view.", "Foto", "é"]),
                max_size=10))
def test_caption_labels_grouped_match_as_the_plain_alternation(pieces):
    plain = re.compile(captions.SUFFIX.pattern.replace(captions._LABELS, captions.LABEL), captions.SUFFIX.flags)
    assert plain.pattern != captions.SUFFIX.pattern
    text = "".join(pieces)
    assert [m.span() for m in captions.SUFFIX.finditer(text)] == [m.span() for m in plain.finditer(text)]


PLAIN_UPDATED = (r"\b(?:updated|last updated|modified|aktualisiert|zuletzt aktualisiert|stand|mis à jour|actualizado|"
                 r"actualización|aggiornato|bijgewerkt|atualizado)\b")
PLAIN_PUBLISHED = (r"\b(?:published|publish date|publish|first published|posted|posted on|publication date|date|dated|"
                   r"veröffentlicht|publiziert|erschienen|datum|publié|publication|publicado|publicação|pubblicato|"
                   r"gepubliceerd|geplaatst)\b")
PLAIN_LABEL = (PLAIN_UPDATED + "|" + PLAIN_PUBLISHED
               + r"|\b(?-i:ET|PT|GMT|UTC)\b|\b(?:at|on|um|uhr|le|el|il|op|em|am|à|às|alle|ore)\b")
PLAIN_ROLE = (r"\b(?:writer|editor|correspondent|contributor|contributing|reporter|staff|columnist|producer|journalist|"
              r"senior|chief|deputy|associate|freelance|photographer|analyst|news|desk|team|redaktion|redakteur(?:in)?|"
              r"korrespondent(?:in)?|journaliste|rédacteur|rédactrice|correspondant|correspondante|envoyé spécial|"
              r"periodista|redactor|redactora|corresponsal|giornalista|redattore|redattrice|corrispondente|"
              r"verslaggever|redacteur|correspondent|repórter|jornalista|colunista)\b")


@FAST
@given(st.lists(st.sampled_from(["Updated", "last updated", "Stand", "mis à jour", "Published", "publish", "Date",
                                 "dated", "ET", "et", "GMT", "Utc", "at", "À", "às", "alle", "ore", "Uhr", "Writer",
                                 "editors", "Redakteurin", "envoyé spécial", "news", " ", ", ", "1", "x", "-"]),
                max_size=10))
def test_label_and_role_words_grouped_match_as_the_plain_alternations(pieces):
    from plugins import _bylines, _facts
    text = "".join(pieces)
    for grouped_form, plain in ((_bylines.LABEL, PLAIN_LABEL), (_bylines.UPDATED, PLAIN_UPDATED),
                                (_bylines.PUBLISHED, PLAIN_PUBLISHED), (_facts.ROLE, PLAIN_ROLE)):
        plain = re.compile(plain, re.IGNORECASE)
        assert [m.span() for m in grouped_form.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert grouped_form.sub(" ", text) == plain.sub(" ", text)


@FAST
@given(st.text(alphabet=st.sampled_from(list("a_ •·–—-|\"'“‘«(#\u2009\t.xB’\n\u3000")), max_size=14)
       | st.text(max_size=14))
def test_byline_core_is_the_decoration_stripped_by_the_regex(text):
    from plugins import _bylines
    decor = re.compile(r"^[\s\W_]*?(?=[\w\"'“‘«(])|[\s|•·–—-]+$")  # what _core did
    assert _bylines._core(text) == decor.sub("", text).strip()


@FAST
@given(st.lists(st.integers(0, 3), max_size=30), st.booleans())
def test_runs_of_lines_are_counted_as_groupby_counts_them(keys, with_blocks):
    from itertools import groupby
    from plugins import _linefeatures
    member = [k % 2 == 1 for k in keys]
    block = [k // 2 for k in keys] if with_blocks else None
    expected = []
    for (b, m), run in groupby(zip(block or [0] * len(member), member)):
        size = len(list(run))
        expected += [size if m else 0] * size
    assert _linefeatures._runs(member, block) == expected


@FAST
@given(st.lists(st.sampled_from(["The", "the", "Of", "of", "War", "war", "2019", "Über", "über", "ÉTÉ", "_x", "A1"]),
                max_size=12))
def test_title_shape_is_what_the_word_loop_said(words):
    from plugins import _linefeatures, _stopwords
    stopwords = _stopwords.STOPWORDS["en"]
    content = [t for t in words if t[0].isalpha() and t.lower() not in stopwords]
    expected = bool(content) and sum(t[0].isupper() for t in content) >= 0.7 * len(content)
    assert _linefeatures._title(words, stopwords) == expected
