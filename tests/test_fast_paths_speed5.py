"""More fast paths against the plain code they replace (kept here or beside them as the reference).

``fastre.lines_holding`` (one Aho-Corasick pass for many words) gives what one ``str.find`` pass per
word gives, on texts of overlapping words, line ends and characters outside the BMP.
"""
from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import fastre

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["abo", "abonn", "bo", "newsletter", "letter", "sign up", "a", "ü", "日本", "😀x"]
PIECES = st.sampled_from(WORDS + ["\n", " ", "b", "n", "sign", "up", "é", "😀", "\n\n", "xyz"])
TEXTS = st.builds("".join, st.lists(PIECES, max_size=40))


@FAST
@given(TEXTS, st.lists(st.sampled_from(WORDS), min_size=1, max_size=6, unique=True))
def test_lines_holding_is_one_find_pass_per_word(text, words):
    assert fastre.lines_holding(text, words) == fastre.lines_holding_plain(text, words)


@FAST
@given(st.text(alphabet="ab\nü😀", max_size=60), st.lists(st.text(alphabet="ab ü😀", min_size=1, max_size=3),
                                                          min_size=1, max_size=5))
def test_lines_holding_on_random_words(text, words):
    assert fastre.lines_holding(text, words) == fastre.lines_holding_plain(text, words)


def test_lines_holding_finds_each_line_once_with_all_its_words():
    text = "Sign up for the newsletter\nno match here\nabonnieren Sie\n"
    assert fastre.lines_holding(text.lower(), ["sign up", "newsletter", "abonn", "abo"]) == {
        (0, 26): {"sign up", "newsletter"}, (41, 55): {"abonn", "abo"}}
