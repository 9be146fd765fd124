"""More fast paths against the plain code they replace (kept here or beside them as the reference).

``fastre.lines_holding`` (one Aho-Corasick pass for many words) gives what one ``str.find`` pass per
word gives, on texts of overlapping words, line ends and characters outside the BMP; ``Edit``'s own
``__init__`` builds what the generated frozen one built; ``captions`` finds the same credit suffixes
searching from each mark's first occurrence.
"""
from dataclasses import FrozenInstanceError, dataclass, fields, replace

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import Document, fastre
from normalizer.edits import Edit
from normalizer.textutils import word_count
from plugins import captions

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["abo", "abonn", "bo", "newsletter", "letter", "sign up", "a", "ü", "日本", "😀x"]
PIECES = st.sampled_from(WORDS + ["\n", " ", "b", "n", "sign", "up", "é", "😀", "\n\n", "xyz", "\ud800"])
TEXTS = st.builds("".join, st.lists(PIECES, max_size=40))


@FAST
@given(TEXTS, st.lists(st.sampled_from(WORDS), min_size=1, max_size=6, unique=True))
def test_lines_holding_is_one_find_pass_per_word(text, words):
    assert fastre.lines_holding(text, words) == fastre.lines_holding_plain(text, words)


@FAST
@given(st.text(alphabet="ab\nü😀\udc80", max_size=60), st.lists(st.text(alphabet="ab ü😀", min_size=1, max_size=3),
                                                          min_size=1, max_size=5))
def test_lines_holding_on_random_words(text, words):
    assert fastre.lines_holding(text, words) == fastre.lines_holding_plain(text, words)


def test_lines_holding_finds_each_line_once_with_all_its_words():
    text = "Sign up for the newsletter\nno match here\nabonnieren Sie\n"
    assert fastre.lines_holding(text.lower(), ["sign up", "newsletter", "abonn", "abo"]) == {
        (0, 26): {"sign up", "newsletter"}, (41, 55): {"abonn", "abo"}}


# -- Edit's own __init__ against the one dataclass writes --------------------------------------------

@dataclass(frozen=True)
class PlainEdit:
    start: int
    end: int
    replacement: str = ""
    kind: str = "other"
    reason: str = ""
    rule: str = ""
    plugin: str = ""


@FAST
@given(st.integers(0, 9), st.integers(0, 9), st.dictionaries(
    st.sampled_from(["replacement", "kind", "reason", "rule", "plugin"]), st.text(max_size=3)), st.booleans())
def test_edit_is_built_as_the_generated_init_builds_it(start, end, extra, by_keyword):
    made = Edit(start=start, end=end, **extra) if by_keyword else Edit(start, end, **extra)
    assert vars(made) == vars(PlainEdit(start, end, **extra))
    assert made == Edit(start, end, **extra) and hash(made) == hash(Edit(start, end, **extra))
    assert replace(made, plugin="p") == Edit(start, end, **{**extra, "plugin": "p"})


def test_edit_stays_frozen_and_keeps_its_signature():
    with pytest.raises(FrozenInstanceError):
        Edit(1, 2).start = 3
    with pytest.raises(TypeError):
        Edit(1)
    assert [f.name for f in fields(Edit)] == [f.name for f in fields(PlainEdit)]
    assert repr(Edit(1, 2, kind="caption")) == "Edit(start=1, end=2, replacement='', kind='caption', reason='', rule='', plugin='')"


# -- captions: the credit-suffix marks searched from their first occurrence -------------------------

CAPTION_LINES = ["Rescue workers at the scene. Photo: Jane Roe/AFP", "Die Feuerwehr vor Ort. (Foto: dpa)",
                 "A view of the harbour | Reuters", "© EFE/Max Muster", "Er sagte: (mehr dazu)", "a/b/c.", "x | y",
                 "Eine ganz normale Zeile mit einem Satz.", "", "(AP) The council met on Monday."]


def plain_credit_suffixes(document, max_words):
    """``captions._credit_suffixes`` as it was: each mark's pattern searched over the whole text."""
    text, low, n = document.text, document.folded, len(document.text)

    def agency(at, end):
        return captions.AGENCY_NAMES.search(low, at, end) or captions.AGENCY_ACRONYMS.search(text, at, end)

    candidates = set(captions._colons_after_labels(low))
    for _, mark in captions._MARKS_AT_END:
        candidates.update(m.start() for m in mark.finditer(text) if agency(max(0, m.start() - 14), m.end()))
    for m in captions._CLOSING.finditer(text):
        paren = text.rfind("(", text.rfind("\n", 0, m.start()) + 1, m.start())
        if paren != -1 and (low.startswith(captions.LABELS, paren + 1) or agency(paren, m.start())):
            candidates.add(paren)
    out, last = [], -1
    for pos in sorted(candidates):
        start = text.rfind("\n", 0, pos) + 1
        if start == last:
            continue
        last, end = start, text.find("\n", pos)
        end = n if end == -1 else end
        if (captions.SUFFIX.search(text, max(end - captions.TAIL, start), end) is not None
                and word_count(text[start:end]) <= max_words):
            out.append((start, end + 1 if end < n else end))
    return out


@FAST
@given(st.lists(st.sampled_from(CAPTION_LINES), max_size=12), st.sampled_from([3, 80]))
def test_credit_suffixes_are_found_as_by_whole_text_searches(lines, max_words):
    doc = Document("\n".join(lines))
    found = [(e.start, e.end) for e in captions._credit_suffixes(doc, max_words)]
    assert found == plain_credit_suffixes(doc, max_words)


def test_lines_holding_takes_lone_surrogates():
    text = "sign up\ud800 now\nnothing\nnewsletter"
    assert fastre.lines_holding(text, ["sign up", "newsletter"]) == {(0, 12): {"sign up"}, (21, 31): {"newsletter"}}
