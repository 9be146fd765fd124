"""Helpers for plugin authors: phrase patterns, line shapes, and line edits.

These hold no noise rules; they make rules short to write::

    MARKERS = phrases("Advertisement", "Anzeige")
    PATTERN = line_pattern(MARKERS)

    @hookimpl
    def find_edits(document):
        return line_edits(document, PATTERN, kind="advertisement", reason="ad marker line",
                          rule="ads.marker")

They are also what keeps a plugin fast: regexes that find the few lines worth a
look (``matches``, ``line_edits``; ``folded=True`` to ignore case on
``document.folded``, ``within=`` for patterns not anchored at a line start;
``matches_each``, ``line_edits_each`` for several patterns searched together,
``line_edits_for`` to make line edits of matches already found, ``matches_at``
to match an anchored pattern only at line starts found by another search),
and the lines around a hit without splitting the text (``line_at``,
``lines_at``, ``next_line``, ``prev_line``).
"""
from __future__ import annotations

import re
from typing import Iterable

from .document import Line, fold
from .edits import Edit
from .fastre import grouped, matches_at, scan, scan_each  # noqa: F401  (part of the helpers)

WS = r"[^\S\n]"  # whitespace inside a line
DECOR = r"[^\w\n\"'“”‘’«»„(\[]*"  # bullets, arrows, dashes, pipes around a marker
TERMINAL = (".", "!", "?", "…", '"', "”", "’", "»", "“", ")", ":")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# word_count(): ASCII word characters (\w) as "a", the joiners "-" and "'" as "j", the rest as " ";
# common non-ASCII characters that are neither word characters nor joiners.
_WORD_BYTES = bytes(97 if chr(c).isalnum() or c == 95 else 106 if chr(c) in "-'" else 32
                    for c in range(128)) + bytes(128)
_SPACED = "“”«»„–—…•·©®°€£\u200b"


def alternation(items: Iterable[str]) -> str:
    """``a|b|c`` from regex sources, longest first; refuses an empty list (it would match everything)."""
    return "|".join(_sorted(items))


def _sorted(items: Iterable[str]) -> list[str]:
    items = [i for i in items if i]
    if not items:
        raise ValueError("empty alternation: a pattern list must not be empty")
    return sorted(set(items), key=lambda s: (-len(s), s))


def phrases(*words: str) -> list[str]:
    """Regex sources for literal phrases; a space matches any run of in-line whitespace."""
    return [re.escape(w).replace(r"\ ", WS + "+") for w in words]


def line_pattern(items: Iterable[str], *, prefix: str = DECOR, suffix: str = DECOR,
                 flags: int = re.IGNORECASE) -> re.Pattern:
    """A MULTILINE regex matching whole lines made of one item plus decoration."""
    # DECOR matches the spaces WS does: "WS* DECOR" would try every split of a long run of
    # spaces (quadratic: a line of 16k spaces took a minute), "DECOR" alone matches the same lines.
    lead = "" if prefix == DECOR else f"{WS}*"
    trail = "" if suffix == DECOR else f"{WS}*"
    return re.compile(rf"^{lead}{prefix}(?:{grouped(_sorted(items), flags & re.IGNORECASE)}){suffix}{trail}$",
                      re.MULTILINE | flags)


def prefix_pattern(items: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern:
    """A regex matching lines that start with one item (after decoration)."""
    return re.compile(rf"^{DECOR}(?:{grouped(_sorted(items), flags & re.IGNORECASE)})", re.MULTILINE | flags)


def line_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole line(s) around ``[start, end)``, with the final newline."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, (len(text) if le == -1 else le + 1)


def folded_matches(text: str, pattern: re.Pattern):
    """Matches of ``pattern`` (written in lower case, compiled without IGNORECASE) in ``text``, ignoring case.

    Case-insensitive alternations are slow in Python's ``re``; lower-casing the
    text once and matching case-sensitively is several times faster. In a
    plugin, prefer :func:`matches` with ``folded=True``: it reuses the
    document's cached :attr:`~normalizer.Document.folded` text.
    """
    return scan(fold(text), pattern)


def matches(document, pattern: re.Pattern, *, folded: bool = False) -> list[re.Match]:
    """Every match of ``pattern`` in ``document.text`` (see :func:`scan`).

    ``folded=True``: ``pattern`` is lower case, compiled without IGNORECASE,
    and matched on ``document.folded``, which ignores case fast; leave ``\\b``
    off the front of alternations there too, as it stops ``re`` from skipping
    ahead quickly. Spans are the same in ``document.text``.
    """
    return scan(document.folded if folded else document.text, pattern)


def matches_each(document, patterns, *, folded: bool = False) -> list[list[re.Match]]:
    """``[matches(document, p, folded=folded) for p in patterns]``: the same matches, found with one
    search for the line-anchored patterns (see :func:`scan_each`), which is faster than a scan per
    pattern when a plugin looks for several kinds of lines."""
    return scan_each(document.folded if folded else document.text, patterns)


def lines_with(document, words: Iterable[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of the document that holds one of ``words``
    (lower case, no newline; found in ``document.folded``), in text order."""
    low = document.folded
    n = len(low)
    found = set()
    for w in words:
        i = low.find(w)
        while i != -1:
            start = low.rfind("\n", 0, i) + 1
            end = low.find("\n", i + len(w))
            end = n if end == -1 else end
            found.add((start, end))
            i = low.find(w, end)
    return sorted(found)


def line_edits(document, pattern: re.Pattern, *, kind: str, reason: str, rule: str,
               max_words: int | None = None, folded: bool = False,
               within: Iterable[str] | None = None) -> list[Edit]:
    """Remove every line that ``pattern`` matches (search within the line).

    ``folded=True``: ``pattern`` is lower case and matched ignoring case, fast
    (see :func:`matches`). ``within``: lower-case words of which every match
    holds one and never crosses a line end; only the lines holding one are
    searched (see :func:`lines_with`), which is much faster for patterns that
    are not anchored at the line start.
    """
    text = document.text
    out = []
    if within is not None:
        haystack = document.folded if folded else text
        for start, end in lines_with(document, within):
            if pattern.search(haystack, start, end) is None:
                continue
            stop = end + 1 if end < len(text) else end
            if max_words is None or word_count(text[start:stop]) <= max_words:
                out.append(Edit(start, stop, kind=kind, reason=reason, rule=rule))
        return out
    return line_edits_for(document, matches(document, pattern, folded=folded), kind=kind, reason=reason, rule=rule,
                          max_words=max_words)


def line_edits_each(document, specs: Iterable[dict], *, folded: bool = False) -> list[list[Edit]]:
    """``[line_edits(document, folded=folded, **spec) for spec in specs]``, the patterns (each
    spec's ``pattern``) searched together (see :func:`matches_each`). Specs hold ``pattern``,
    ``kind``, ``reason``, ``rule`` and optionally ``max_words`` (not ``within``)."""
    specs = list(specs)
    found = matches_each(document, [s["pattern"] for s in specs], folded=folded)
    return [line_edits_for(document, ms, kind=s["kind"], reason=s["reason"], rule=s["rule"],
                           max_words=s.get("max_words")) for s, ms in zip(specs, found)]


def line_edits_for(document, found: Iterable[re.Match], *, kind: str, reason: str, rule: str,
                   max_words: int | None = None) -> list[Edit]:
    """The edits :func:`line_edits` makes of the matches ``found`` (in text order, as from
    :func:`matches_each`): one per match, removing the whole line(s) it covers (from its first
    line that is not empty), unless that starts in a line already taken or holds more than
    ``max_words`` words."""
    text, out, seen = document.text, [], -1
    for m in found:
        first = m.start()
        while first < m.end() and text[first] == "\n":  # a pattern that ran over a line end
            first += 1
        start, stop = line_span(text, first, max(first, m.end()))
        if start <= seen:
            continue
        if max_words is not None and word_count(text[start:stop]) > max_words:
            continue
        seen = start
        out.append(Edit(start, stop, kind=kind, reason=reason, rule=rule))
    return out


def line_at(text: str, pos: int, number: int | None = None) -> Line:
    """The line of ``text`` holding position ``pos``, as in ``split_lines(text)``.

    Counting the lines before it is the slow part: pass ``number`` when known.
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    if number is None:
        number = text.count("\n", 0, start)
    return Line(number, start, end, end + 1 if end < len(text) else end, text[start:end])


def lines_at(text: str, positions: Iterable[int]) -> list[Line]:
    """The lines of ``text`` holding ``positions``, each once, in order (numbers counted once)."""
    out, number, counted = [], 0, 0
    for pos in sorted(positions):
        start = text.rfind("\n", 0, pos) + 1
        if out and start == out[-1].start:
            continue
        number += text.count("\n", counted, start)
        counted = start
        out.append(line_at(text, pos, number))
    return out


def next_line(text: str, line: Line) -> Line | None:
    """The line after ``line`` (None at the end), without splitting the whole text."""
    if line.stop == line.end:
        return None
    start = line.stop
    if start == len(text):
        return None
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return Line(line.number + 1, start, end, end + 1 if end < len(text) else end, text[start:end])


def prev_line(text: str, line: Line) -> Line | None:
    """The line before ``line`` (None at the start), without splitting the whole text."""
    if line.start == 0:
        return None
    end = line.start - 1
    start = text.rfind("\n", 0, end) + 1
    return Line(line.number - 1, start, end, end + 1, text[start:end])


def remove(lines: Iterable[Line], *, kind: str, reason: str, rule: str) -> list[Edit]:
    """One edit per line, each removing the line with its newline."""
    return [Edit(l.start, l.stop, kind=kind, reason=reason, rule=rule) for l in lines]


def remove_run(first: Line, last: Line, *, kind: str, reason: str, rule: str) -> Edit:
    """One edit removing the lines from ``first`` to ``last`` inclusive."""
    return Edit(first.start, last.stop, kind=kind, reason=reason, rule=rule)


def words(s: str) -> list[str]:
    return _WORD.findall(s)


def word_count(s: str) -> int:
    """``len(words(s))``. Lines of ASCII (once the common curly quotes, dashes and bullets are
    spaces, ’ an apostrophe) are counted in bytes: word characters made ``a``, joiners ``j``."""
    if not s.isascii():
        if "’" in s:
            s = s.replace("’", "'")
        for c in _SPACED:
            if c in s:
                s = s.replace(c, " ")
        if not s.isascii():
            return len(_WORD.findall(s))
    b = s.encode().translate(_WORD_BYTES)
    if b"j" in b:
        while b"aja" in b:  # a joiner between word characters: one word
            b = b.replace(b"aja", b"aaa")
        b = b.replace(b"j", b" ")
    return b.count(b" a") + b.startswith(b"a")


def ends_sentence(s: str) -> bool:
    return s.rstrip().endswith(TERMINAL)


def neighbours(lines: list[Line], i: int) -> tuple[Line | None, Line | None]:
    """The nearest non-blank lines before and after ``lines[i]``."""
    before = next((lines[j] for j in range(i - 1, -1, -1) if not lines[j].blank), None)
    after = next((lines[j] for j in range(i + 1, len(lines)) if not lines[j].blank), None)
    return before, after


def glued(lines: list[Line], i: int) -> tuple[Line | None, Line | None]:
    """The lines directly above and below ``lines[i]`` when they are not blank."""
    up = lines[i - 1] if i > 0 and not lines[i - 1].blank else None
    down = lines[i + 1] if i + 1 < len(lines) and not lines[i + 1].blank else None
    return up, down


def norm(s: str) -> str:
    """Whitespace-collapsed, case-folded text, for comparing lines."""
    return " ".join(s.split()).casefold()
