"""The edit model: validation, overlap rule, application, origins and reconstruction."""
import pytest
from hypothesis import given, settings, strategies as st

from normalizer import Edit, reconstruct
from normalizer.edits import EditError, EditLog, apply, resolve_overlaps, validate


def test_validate_stamps_plugin_and_drops_noops():
    out = validate([Edit(0, 3, "abc"), Edit(1, 2, kind="ad")], "abcdef", "ads")
    assert [(e.start, e.end, e.plugin) for e in out] == [(1, 2, "ads")]


@pytest.mark.parametrize("bad", [Edit(-1, 2), Edit(3, 2), Edit(0, 99), Edit(0, 1, replacement=None)])
def test_validate_rejects_bad_edits_naming_the_plugin(bad):
    with pytest.raises(EditError, match="'site_x'"):
        validate([bad], "abcdef", "site_x")


def test_validate_rejects_non_edits():
    with pytest.raises(EditError, match="expected normalizer.Edit"):
        validate([(0, 1)], "abc", "p")


def test_overlaps_earliest_then_longest_wins():
    edits = [Edit(5, 8, rule="c"), Edit(0, 4, rule="a"), Edit(0, 6, rule="b"), Edit(6, 9, rule="d")]
    kept, dropped = resolve_overlaps(edits)
    assert [e.rule for e in kept] == ["b", "d"]
    assert dropped == 2


def test_insertions_inside_a_removal_are_dropped_but_after_it_kept():
    kept, dropped = resolve_overlaps([Edit(2, 5), Edit(3, 3, "x"), Edit(5, 5, "y"), Edit(5, 5, "z")])
    assert [(e.start, e.end, e.replacement) for e in kept] == [(2, 5, ""), (5, 5, "y")]
    assert dropped == 2


def test_apply_and_reconstruct_two_steps():
    text = "Ad\nHello wor1d\nShare\n"
    log = EditLog(text)
    step1 = [Edit(0, 3, kind="advertisement", plugin="ads")]
    log.record("ads", text, step1)
    t1 = apply(text, step1)
    step2 = [Edit(9, 10, "l", plugin="fix"), Edit(12, 18, plugin="social")]
    log.record("fix", t1, step2)
    t2 = apply(t1, step2)
    assert t2 == "Hello world\n"
    assert reconstruct(t2, log) == text
    origins = [e.origin for e in log.edits]
    assert origins == [(0, 3), (12, 13), (15, 21)]
    assert text[15:21] == "Share\n"


def _random_steps(draw, text):
    steps = []
    for _ in range(draw(st.integers(0, 4))):
        n = len(text)
        raw = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, 6), st.text("xyé\n", max_size=3)),
                            max_size=6))
        edits = [Edit(min(a, n), min(a + k, n), rep) for a, k, rep in raw]
        edits = validate(edits, text, f"p{len(steps)}")
        kept, _ = resolve_overlaps(edits)
        steps.append((text, kept))
        text = apply(text, kept)
    return steps, text


@st.composite
def documents_and_steps(draw):
    original = draw(st.text(alphabet=st.sampled_from("ab \n\u00a0é€\r"), max_size=60))
    steps, clean = _random_steps(draw, original)
    return original, steps, clean


@settings(max_examples=400, deadline=None)
@given(documents_and_steps())
def test_original_is_always_reconstructible(case):
    original, steps, clean = case
    log = EditLog(original)
    for text, kept in steps:
        log.record(kept[0].plugin if kept else "p", text, kept)
    assert reconstruct(clean, log) == original
    # and through the JSON form written to OUT/edits
    assert reconstruct(clean, EditLog.from_json(log.to_json())) == original


@settings(max_examples=300, deadline=None)
@given(documents_and_steps())
def test_origins_of_pure_removals_point_at_the_removed_text(case):
    original, steps, _ = case
    log = EditLog(original)
    removal_only = True
    for text, kept in steps:
        removal_only = removal_only and all(not e.replacement for e in kept)
        log.record("p", text, kept)
    if removal_only:  # the origin span holds the removed text, plus what earlier steps removed inside it
        for e in log.edits:
            span = original[e.origin[0]:e.origin[1]]
            assert span[:1] == e.removed[:1] and span[-1:] == e.removed[-1:] and len(span) >= len(e.removed)
            it = iter(span)
            assert all(c in it for c in e.removed)  # a subsequence
    for e in log.edits:
        assert 0 <= e.origin[0] <= e.origin[1] <= len(original)
