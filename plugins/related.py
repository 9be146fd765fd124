"""Related-story blocks: "Related articles", "Editor's choice", "Most read" and their teasers.

A block header in the tail of the article starts a block that runs to the end:
what follows such a header is teasers, lists and footers. "In the tail" means
that most of the prose lies before it, not counting after it the teaser
paragraphs (prose right after a short unpunctuated title line). A header
earlier in the text, or one ending in ':' (it introduces what follows, which
may be the article's own list), only takes the teaser lines right after it: up
to the first prose line, and up to the end of the first block of several lines.

A box set inside the article (a header such as "Related links" or "Mehr zum
Thema" and a few link lines, before the article's last paragraphs) looks like a
tail block. So a tail header takes only its box (rule ``related.box``: the
header and its short lines, as a header earlier in the text takes them) when
the first prose line after it goes on with the article instead of being a
teaser: either more prose follows right after that line, and after it the real
prose outweighs the teaser paragraphs; or it is the article's last paragraph:
the last prose line, longer than a teaser (``max_teaser_words``), not cut short
('…'), with a prose line right before the header; the block then runs on to the
end from after that paragraph. The box's lines are only walked when the prose
after it goes on with the article.

Headers are found by the phrase pattern, run from line start to line start
over the lower-cased text (``scan``), and confirmed by a set lookup of the line
stripped of its decoration; the text is split into lines only on pages with a
header, and word counts are only taken of lines that end a sentence.
"""
from bisect import bisect_right
from itertools import accumulate, compress, repeat
from operator import add

from normalizer import Edit, hookimpl
from normalizer.textutils import TERMINAL, line_pattern, phrases, scan, word_count

from ._related_headers import PHRASES, is_header

# Lower-cased: matched against lower-cased lines, which is faster than ignoring case.
HEADERS = line_pattern(phrases(*(p.lower() for p in PHRASES)), flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["related"],
            "description": "related / editor's choice / most-read blocks and their teasers"}


@hookimpl
def default_options():
    return {"tail_share": 0.5, "min_prose_words": 12, "max_teaser_words": 20, "teaser_block": True}


def _heads(low: str) -> list[int]:
    """The numbers of the header lines of the lower-cased text ``low``."""
    heads, number, counted = [], 0, 0
    for m in scan(low, HEADERS):  # whole lines (the pattern spans no line end)
        start = m.start()
        if is_header(low[start:m.end()]):
            number += low.count("\n", counted, start)
            counted = start
            heads.append(number)
    return heads


def _prose_words(raw: list[str], min_words: int) -> dict[int, int]:
    """{line number: words} of the lines that end a sentence and have ``min_words`` words or more."""
    ends = compress(range(len(raw)), map(str.endswith, map(str.rstrip, raw), repeat(TERMINAL)))
    shortest = 2 * min_words - 1  # n words take 2n - 1 characters at least
    counted = ((i, word_count(raw[i])) for i in ends if len(raw[i]) >= shortest)
    return {i: w for i, w in counted if w >= min_words}


def _real_prose(raw: list[str], prose: dict[int, int]) -> dict[int, int]:
    """The prose lines that are no teasers (prose right after a short unpunctuated title line)."""
    real = {}
    for i, w in prose.items():
        j = i - 1
        while j >= 0 and not raw[j].strip():
            j -= 1
        if j < 0 or j in prose or raw[j].rstrip().endswith(TERMINAL):
            real[i] = w
    return real


def _teasers(raw: list[str], i: int, prose: dict[int, int], options) -> tuple[list[int], int]:
    """The header line ``i`` and its teaser lines; and the line they stop at (``len(raw)`` at the end)."""
    block, run = [i], 0
    for j in range(i + 1, len(raw)):
        if not raw[j].strip():
            if run > 1 and options["teaser_block"]:
                return block, j  # a block of teasers (a list) ends the header's teasers
            run = 0
            continue
        run += 1
        if j in prose or word_count(raw[j]) > options["max_teaser_words"]:
            return block, j
        block.append(j)
    return block, len(raw)


def _article_goes_on(raw: list[str], i: int, p: int, prose: dict[int, int], real: dict[int, int],
                     options) -> int:
    """Whether the prose line ``p`` after the box of header ``i`` (its short link lines) goes on with the article.

    1 if it does with several paragraphs: the next line is prose too, and after ``p`` the real
    prose (prose after prose) outweighs the teasers; -1 if ``p`` is the article's last paragraph:
    the box sits in prose (a prose line right before the header), and ``p`` is the last prose line,
    longer than a teaser and not cut short ('…'); 0 if it is a teaser.
    """
    j = _next_filled(raw, p)
    if _short_sentence(raw, j, prose, options):
        j = _next_filled(raw, j)  # a paragraph of one short sentence between two of prose
    long = 1.5 * options["max_teaser_words"]  # longer than teasers: article prose, even after an intertitle
    if j in prose or (_heading(raw, j, prose) and prose.get(_next_filled(raw, j), 0) > long):
        teasers = sum(w for k, w in prose.items() if k > p and k not in real and w <= long)
        return 1 if sum(w for k, w in prose.items() if k > p and (k in real or w > long)) >= teasers else 0
    if p != next(reversed(prose)) or prose[p] <= options["max_teaser_words"] or raw[p].rstrip().endswith(("…", "...")):
        return 0
    j = i - 1
    while j >= 0 and not raw[j].strip():
        j -= 1
    return -1 if j in prose else 0


def _short_sentence(raw: list[str], j: int, prose: dict[int, int], options) -> bool:
    """Whether line ``j`` is a short paragraph that ends a sentence ("The ministry declined to comment.")."""
    return (j < len(raw) and j not in prose and raw[j].rstrip().endswith(TERMINAL)
            and word_count(raw[j]) <= options["max_teaser_words"])


def _link_lines(raw: list[str], i: int, p: int, options) -> bool:
    """Whether the lines between header ``i`` and prose line ``p`` are all short lines that end no
    sentence nor are cut short (the box's link titles and their labels, in several blocks; no teasers)."""
    lines = [t.rstrip() for t in raw[i + 1:p] if t.strip()]
    return bool(lines) and not any(t.endswith(TERMINAL) or t.rstrip("])").endswith(("…", "..."))
                                   or word_count(t) > options["max_teaser_words"] for t in lines)


def _next_filled(raw: list[str], i: int) -> int:
    """The number of the first non-blank line after line ``i`` (``len(raw)`` at the end)."""
    i += 1
    while i < len(raw) and not raw[i].strip():
        i += 1
    return i


def _heading(raw: list[str], j: int, prose: dict[int, int]) -> bool:
    """Whether line ``j`` is an intertitle: a short line that ends no sentence."""
    return j < len(raw) and j not in prose and not raw[j].rstrip().endswith(TERMINAL) and word_count(raw[j]) <= 12


def _intertitle_after_box(raw: list[str], i: int, p: int, prose: dict[int, int]) -> int:
    """Where the box of header ``i`` ends, ``p`` being the prose it goes on with: at an intertitle standing
    alone right before ``p`` when the header has its links glued under it (they end at a blank line)."""
    h = p - 1
    while h > i and not raw[h].strip():
        h -= 1
    glued = i + 1 < len(raw) and raw[i + 1].strip()
    return h if glued and h > i + 1 and not raw[h - 1].strip() and _heading(raw, h, prose) else p


@hookimpl
def find_edits(document, options):
    text = document.text
    heads = _heads(document.folded)
    if not heads:
        return []
    raw = text.split("\n")
    if len(raw) > 1 and not raw[-1]:
        raw.pop()  # a final newline starts no line
    offsets = list(accumulate(map(add, map(len, raw), repeat(1)), initial=0))
    offsets[-1] = min(offsets[-1], len(text))
    prose = _prose_words(raw, options["min_prose_words"])
    real = _real_prose(raw, prose)
    edits, taken = [], -1
    for i in heads:
        if i <= taken:
            continue
        header = raw[i].strip()
        # the prose up to the header, and the real prose after it (a few lines each: sums, not prefix sums)
        before = sum(w for j, w in prose.items() if j <= i)
        after = sum(w for j, w in real.items() if j > i)
        if before and before >= options["tail_share"] * (before + after) and not header.endswith(":"):
            # a box inside the article? the first prose line after the header, if it goes on with the article
            # and the header's short lines (to the end of their first block of several) lead to it
            lines = list(prose)  # in line order
            k = bisect_right(lines, i)
            goes_on = _article_goes_on(raw, i, lines[k], prose, real, options) if k < len(lines) else 0
            box_end = lines[k] if k < len(lines) else len(raw)
            if goes_on:
                p = lines[k]
                stop = _teasers(raw, i, prose, options)[1]
                while stop < len(raw) and not raw[stop].strip():
                    stop += 1
                if stop != p and _heading(raw, stop, prose) and _next_filled(raw, stop) == p:
                    box_end, stop = stop, p  # an intertitle between the box and the prose it goes on with
                elif stop == p:
                    box_end = _intertitle_after_box(raw, i, p, prose)
                elif goes_on > 0 and _link_lines(raw, i, p, options):
                    stop = p  # a box of several blocks of link titles (title, label, author) before the prose
                goes_on = goes_on if stop == p else 0
            if not goes_on:
                edits.append(Edit(offsets[i], offsets[-1], kind="related", rule="related.tail_block",
                                  reason=f"related block after header '{header}': "
                                         f"{before / (before + after):.0%} of the article's prose is before it"))
                break
            edits.append(Edit(offsets[i], offsets[box_end], kind="related", rule="related.box",
                              reason=f"related box '{header}' inside the article: article prose goes on after it"))
            if goes_on < 0:  # the article's last paragraph: what follows it is the block's rest
                if p + 1 < len(raw):
                    edits.append(Edit(offsets[p + 1], offsets[-1], kind="related", rule="related.tail_block",
                                      reason=f"related block after header '{header}' and the article's "
                                             f"last paragraph"))
                break
            taken = p
            continue
        block = _teasers(raw, i, prose, options)[0]
        taken = block[-1]
        edits += [Edit(offsets[j], offsets[j + 1], kind="related", rule="related.header_teasers",
                       reason=f"related header '{header}' and its teaser lines") for j in block]
    return edits
