"""The core's fast paths give what the plain code they replace gives (kept here as the reference).

``OriginMap.spans_then_advance`` is ``span`` for every edit and then ``advance``, in one
walk over the pieces; ``resolve_overlaps`` skips its sort when the edits come in order.
Both are run against the plain forms on random texts and random steps of random edits
(removals, replacements, insertions, overlapping or not, in order or not). The safety valve's
shortcut is checked against counting both texts, and the line searches that skip empty lines
(for patterns ``regexshape.confined`` says depend on their line alone) against ``finditer``.
"""
from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import Edit
from normalizer.edits import OriginMap, apply, resolve_overlaps

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

RAW_EDITS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), st.sampled_from(["", "", "x", "yz", "\n"])),
                     max_size=8)
STEPS = st.lists(RAW_EDITS, max_size=6)


def plain_resolve(edits):
    """``resolve_overlaps`` as it was: always sorted."""
    ordered = sorted(enumerate(edits), key=lambda ie: (ie[1].start, ie[1].start - ie[1].end, ie[0]))
    accepted, last_end, last_insert = [], -1, -1
    for _, e in ordered:
        if e.start < last_end or (e.start == e.end == last_insert):
            continue
        accepted.append(e)
        if e.start == e.end:
            last_insert = e.start
        else:
            last_end = e.end
    return accepted, len(edits) - len(accepted)


def edits_for(text, raw):
    return [Edit(min(s, len(text)), min(s + n, len(text)), r, reason=str(i)) for i, (s, n, r) in enumerate(raw)]


@FAST
@given(st.integers(0, 80), STEPS, st.booleans())
def test_one_walk_over_the_pieces_is_span_then_advance(length, steps, in_order):
    text = "a" * length
    plain, fast = OriginMap(length), OriginMap(length)
    for raw in steps:
        edits = edits_for(text, raw)
        if in_order:
            edits.sort(key=lambda e: (e.start, e.start - e.end))
        accepted, _ = resolve_overlaps(edits)
        origins = [plain.span(e.start, e.end) for e in accepted]
        plain.advance(accepted, origins)
        assert fast.spans_then_advance(accepted) == origins
        assert (fast.pieces, fast.starts) == (plain.pieces, plain.starts)
        text = apply(text, accepted)


@FAST
@given(st.text(alphabet="ab\n", max_size=60), RAW_EDITS, st.booleans())
def test_edits_in_order_are_resolved_as_sorted_ones(text, raw, in_order):
    edits = edits_for(text, raw)
    if in_order:
        edits.sort(key=lambda e: (e.start, e.start - e.end))
    assert resolve_overlaps(edits) == plain_resolve(edits)


def test_resolving_keeps_the_first_of_equal_edits_and_the_longest_at_a_start():
    a, b, c = Edit(0, 2, reason="a"), Edit(0, 2, reason="b"), Edit(0, 5, reason="c")
    assert resolve_overlaps([a, b]) == ([a], 1)
    assert resolve_overlaps([a, c]) == ([c], 1)  # out of order: sorted, the longer first
    assert resolve_overlaps([c, a]) == ([c], 1)


def plain_flags(base, text, limit):
    """The safety valve's flag as it was: both texts counted."""
    before = len(base) - sum(base.count(c) for c in " \n\t\r\u00a0")
    after = len(text) - sum(text.count(c) for c in " \n\t\r\u00a0")
    share = 0.0 if not before else max(0.0, 1 - after / before)
    if share > limit and base.strip():
        return [f"excess_removal: {share:.0%} of the text removed (limit {limit:.0%})"]
    return []


@FAST
@given(st.text(alphabet="ab \n\t\u00a0", max_size=80), st.text(alphabet="ab \n", max_size=80),
       st.sampled_from([0.0, 0.1, 0.5, 0.9, 0.95, 1.0]))
def test_the_safety_valve_flags_what_counting_both_texts_flags(base, text, limit):
    from types import SimpleNamespace

    from normalizer.edits import EditLog
    from normalizer.pipeline import Pipeline, Result
    from normalizer import Document

    result = Result(Document(base), text, EditLog(base))
    pipeline = SimpleNamespace(config=SimpleNamespace(core={"max_removed_share": limit, "on_excess": "flag"}))
    Pipeline._safety_valve(pipeline, result)
    assert result.flags == plain_flags(base, text, limit)


# -- line searches that skip empty lines --------------------------------------------------------------

import re  # noqa: E402

from normalizer.fastre import _after_newline, _joint, scan, scan_each  # noqa: E402
from normalizer.regexshape import confined  # noqa: E402

M = re.MULTILINE
CONFINED = [r"^[^\w\n]*(?:tags|topics)[^\S\n]*:", r"^a.b$", r"^\bword\b", r"^(?:x|y)?z(?=[^\n]*!)", r"^[^\n]*\d",
            r"^(?:ab|a)c", r"^\d+(?!\w)", r"^[^\S\n]*$", r"^$", r"^(?:x|)"]
NOT_CONFINED = [r"^a\s*b", r"^\W*\w", r"^a\nb", r"^a.b", r"^a[^x]b", r"^\Ax", r"^x\Z", r"^(?<=\n)x", r"^(a)\1",
                r"^(?s:a.b)", r"^(?i:a)b", r"^a(?=\n)", r"^[\x00-\x20]x", r"^\Dx", r"^(a)?(?(1)c|d)"]
FLAGS = {r"^a.b": M | re.DOTALL}


def test_confined_patterns_are_told_from_those_that_look_past_their_line():
    assert [p for p in CONFINED if not confined(re.compile(p, FLAGS.get(p, M)))] == []
    assert [p for p in NOT_CONFINED if confined(re.compile(p, FLAGS.get(p, M)))] == []
    assert not confined(re.compile(r"^a", 0))  # ^ at the text's start only


@FAST
@given(st.lists(st.sampled_from(["", "", " ", "tags: a", "x", "a b", "word!", "12 x", "z!", "yz", "abc", "ac",
                                 "\t", "é"]), max_size=12), st.sampled_from(["", "\n"]))
def test_a_confined_pattern_matches_at_a_line_start_as_on_the_line_alone(lines, end):
    text = "\n".join(lines) + end
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for source in CONFINED:
        pattern = re.compile(source, FLAGS.get(source, M))
        for s in starts:
            line = text[s:].split("\n", 1)[0]
            here, alone = pattern.match(text, s), pattern.match(line)
            assert (here and here.span()) == (alone and (alone.start() + s, alone.end() + s)), (source, text, s)


@FAST
@given(st.lists(st.sampled_from(["", "", "", " ", "tags: a", "x", "a b", "word!", "12 x", "z!", "abc", "é"]),
                max_size=14), st.sampled_from(["", "\n", "\n\n"]))
def test_searches_that_skip_empty_lines_find_what_finditer_finds(lines, end):
    text = "\n".join(lines) + end
    patterns = [re.compile(p, M) for p in CONFINED + NOT_CONFINED[:3]]
    for pattern in patterns:
        assert [m.span() for m in scan(text, pattern)] == [m.span() for m in pattern.finditer(text)], pattern
    found = scan_each(text, patterns[:4])
    assert [[m.span() for m in ms] for ms in found] == [[m.span() for m in p.finditer(text)] for p in patterns[:4]]


def test_only_patterns_that_cannot_match_an_empty_line_skip_them():
    skip = "\n(?!\n)"
    assert _after_newline(re.compile(r"^[^\w\n]*(?:tags|topics)[^\S\n]*:", M)).pattern.startswith(skip)
    assert not _after_newline(re.compile(r"^[^\S\n]*$", M)).pattern.startswith(skip)  # matches an empty line
    assert not _after_newline(re.compile(r"^a\s*b", M)).pattern.startswith(skip)  # looks past its line
    assert _joint((re.compile(r"^ab", M), re.compile(r"^cd", M))).pattern.startswith(skip)
    assert not _joint((re.compile(r"^ab", M), re.compile(r"^(?:x|)", M))).pattern.startswith(skip)
