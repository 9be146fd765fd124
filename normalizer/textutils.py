"""Helpers for plugin authors: phrase patterns, line shapes, and line edits.

These hold no noise rules; they make rules short to write::

    MARKERS = phrases("Advertisement", "Anzeige")
    PATTERN = line_pattern(MARKERS)

    @hookimpl
    def find_edits(document):
        return line_edits(document, PATTERN, kind="advertisement", reason="ad marker line",
                          rule="ads.marker")
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .document import Line
from .edits import Edit

WS = r"[^\S\n]"  # whitespace inside a line
DECOR = r"[^\w\n\"'“”‘’«»„(\[]*"  # bullets, arrows, dashes, pipes around a marker
TERMINAL = (".", "!", "?", "…", '"', "”", "’", "»", "“", ")", ":")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def alternation(items: Iterable[str]) -> str:
    """``a|b|c`` from regex sources; refuses an empty list (it would match everything)."""
    items = [i for i in items if i]
    if not items:
        raise ValueError("empty alternation: a pattern list must not be empty")
    return "|".join(sorted(set(items), key=lambda s: (-len(s), s)))


def phrases(*words: str) -> list[str]:
    """Regex sources for literal phrases; a space matches any run of in-line whitespace."""
    return [re.escape(w).replace(r"\ ", WS + "+") for w in words]


def line_pattern(items: Iterable[str], *, prefix: str = DECOR, suffix: str = DECOR,
                 flags: int = re.IGNORECASE) -> re.Pattern:
    """A MULTILINE regex matching whole lines made of one item plus decoration."""
    return re.compile(rf"^{WS}*{prefix}(?:{alternation(items)}){suffix}{WS}*$", re.MULTILINE | flags)


def prefix_pattern(items: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern:
    """A regex matching lines that start with one item (after decoration)."""
    return re.compile(rf"^{WS}*{DECOR}(?:{alternation(items)})", re.MULTILINE | flags)


def line_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole line(s) around ``[start, end)``, with the final newline."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, (len(text) if le == -1 else le + 1)


@lru_cache(maxsize=256)
def _ignorecase(pattern: re.Pattern) -> re.Pattern:
    return re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)


def folded_matches(text: str, pattern: re.Pattern):
    """Matches of ``pattern`` (written in lower case, compiled without IGNORECASE) in ``text``, ignoring case.

    Case-insensitive alternations are slow in Python's ``re``; lower-casing the
    text once and matching case-sensitively is several times faster. When
    lower-casing would move offsets (a few rare characters change length),
    the pattern runs with IGNORECASE on the text itself.
    """
    low = text.lower()
    if len(low) == len(text):
        return pattern.finditer(low)
    return _ignorecase(pattern).finditer(text)


def line_edits(document, pattern: re.Pattern, *, kind: str, reason: str, rule: str,
               max_words: int | None = None, folded: bool = False) -> list[Edit]:
    """Remove every line that ``pattern`` matches (search within the line).

    ``folded=True``: ``pattern`` is lower case and matched ignoring case, fast
    (see :func:`folded_matches`); leave ``\\b`` off the front of alternations
    there too, as it stops ``re`` from skipping ahead quickly.
    """
    text = document.text
    out = []
    seen = -1
    for m in (folded_matches(text, pattern) if folded else pattern.finditer(text)):
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


def remove(lines: Iterable[Line], *, kind: str, reason: str, rule: str) -> list[Edit]:
    """One edit per line, each removing the line with its newline."""
    return [Edit(l.start, l.stop, kind=kind, reason=reason, rule=rule) for l in lines]


def remove_run(first: Line, last: Line, *, kind: str, reason: str, rule: str) -> Edit:
    """One edit removing the lines from ``first`` to ``last`` inclusive."""
    return Edit(first.start, last.stop, kind=kind, reason=reason, rule=rule)


def words(s: str) -> list[str]:
    return _WORD.findall(s)


def word_count(s: str) -> int:
    return len(_WORD.findall(s))


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
