"""The sped-up tags kickers and social buttons against the code they replaced, on generated texts
(odd whitespace, long lines, lines right at the length limits)."""
from itertools import accumulate, compress, repeat
from operator import and_, ge, lt

from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import Document, Line
from normalizer.textutils import ends_sentence, lines_at, matches, next_line, prev_line, remove, word_count
from plugins import captions, social, tags

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "Politics", "World News", "Share", "Share on Facebook", "Email", "Print", "X", "12K views", "Follow us on Twitter",
    "Mehr", "copy", "  Link  ", "\tShare\r", "Tags", "Tags:", "Themen", "• Politics", "Sport 2",
    "The minister said the talks would continue next week in the capital, officials confirmed on Monday.",
    "Both sides agreed that further sanctions were not on the table for the time being, he added today",
    "A" * 60, " B" + "b" * 59 + " ", "C" * 61, "w " * 11 + "w", "w " * 12 + "w", "", "", " ", "\u00a0", "\u2028", "\x85",
]
LINES = st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet="aB1 .:\t\r\u00a0-x", max_size=25)), max_size=25)
TEXTS = st.builds(lambda lines, end: "\n".join(lines) + end, LINES, st.sampled_from(["", "\n", "\n\n", " "]))


def former_kickers(text, options):
    max_words, long_words = options["kicker_max_words"], options["long_line_words"]
    parts = text.split("\n")
    if len(parts) > 1 and not parts[-1]:
        parts.pop()
    sizes = list(map(len, map(str.strip, parts)))
    long = max(2 * long_words - 1, 1)
    around = [0] + sizes + [0]
    short = compress(range(len(sizes)), map(and_, map(lt, repeat(0), sizes), map(ge, repeat(60), sizes)))
    maybe = [i for i in short if (around[i] or around[i + 2]) and (not around[i] or around[i] >= long)
             and (not around[i + 2] or around[i + 2] >= long)]
    out = []
    for i in maybe:
        label = parts[i].strip()
        if (not label[0].isupper() or word_count(label) > max_words or ends_sentence(label)
                or any(map(str.isdigit, label)) or label.startswith(("•", "-", "*"))):
            continue
        glued = [parts[j] for j in (i - 1, i + 1) if 0 <= j < len(parts) and sizes[j]]
        if all(word_count(n) >= long_words for n in glued):
            out.append(i)
    starts = list(accumulate(map(len, parts), initial=0))
    lines = []
    for i in out:
        start = starts[i] + i
        end = start + len(parts[i])
        lines.append(Line(i, start, end, end + 1 if end < len(text) else end, parts[i]))
    return lines


def former_social(document, options):
    text, low = document.text, document.folded
    found = [m.start() for m in matches(document, social.BUTTONS, folded=True) + matches(document, social.COUNTER)]
    hits = {line.start: line for line in lines_at(text, found)
            if len(line.text) <= 300 and word_count(line.text) <= options["max_words"]}
    buttons = set(hits)

    def weak(line):
        return social.WEAK.fullmatch(low, line.start, line.end) is not None
    for start in sorted(buttons):
        up = prev_line(text, hits[start])
        if up is not None and up.start not in hits and weak(up):
            hits[up.start] = up
        down = next_line(text, hits[start])
        while down is not None and down.start not in buttons and weak(down):
            hits[down.start] = down
            down = next_line(text, down)
    return remove([hits[s] for s in sorted(hits)], kind="social",
                  reason="share/follow button or social counter", rule="social.button")


@FAST
@given(TEXTS, st.sampled_from([(2, 12), (1, 1), (0, 0), (3, 5)]))
def test_kickers_are_the_former_ones(text, sizes):
    options = {"kicker_max_words": sizes[0], "long_line_words": sizes[1]}
    assert tags._kickers(text, options) == former_kickers(text, options)


@FAST
@given(TEXTS, st.sampled_from([12, 1, 3]))
def test_social_finds_the_former_edits(text, max_words):
    new = social.find_edits(Document(text), {"max_words": max_words})
    assert list(map(repr, new)) == list(map(repr, former_social(Document(text), {"max_words": max_words})))


def test_caption_labels_hold_no_colon_and_end_in_no_space():
    # what lets captions find a label before a ":" by skipping all the spaces before it
    assert all(":" not in label and not label[-1].isspace() for label in captions.LABELS)
