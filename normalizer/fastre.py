"""Regex machinery that gives the same matches as the plain way, with less work.

``scan`` jumps from line start to line start for patterns anchored there
(searching with the pattern's alternation regrouped, for patterns written by
hand), ``scan_each`` does so for several patterns with one search, and
``grouped`` writes an alternation so that ``re`` tries one item per first
character instead of every item; ``lines_holding`` finds the lines holding any
of many words in one Aho-Corasick pass. ``tests/test_fast_paths*.py`` check them
against the plain forms.
"""
from __future__ import annotations

import re

from .regexshape import confined

_SPECIAL = frozenset(".^$*+?{}[]\\|()")


def grouped(items: list[str], ignorecase: bool) -> str:
    """``"|".join(items)`` with the items that start with the same literal
    character (an ASCII one when ignoring case) pulled together: ``a(?:d|ds)|s(?:ave|hare)``. ``re`` tries the
    items of an alternation one by one; this way it tries one per first
    character. The same matches, in the same order of preference: items with
    different first characters never match at the same place, an item that
    opens with a group of alternatives counts as those alternatives, each
    followed by the rest (``(?:a|b)c`` is ``ac|bc``, ``(?:a)?c`` is ``ac|c``),
    and the other items (those with capturing groups among them) stay where
    they are."""
    out, run = [], {}

    def flush():
        for members in run.values():
            rests = _expanded([m[1:] for m in members])  # an already grouped "a(?:b|c)" opens with a group
            out.append(members[0][0] + (f"(?:{'|'.join(rests)})" if rests != [""] else ""))
        run.clear()

    for item in _expanded(items):
        first = item[:1]
        if (not first or first in _SPECIAL or (ignorecase and not first.isascii())
                or item[1:2] in ("*", "+", "?", "{")
                or _captures(item) or _top_level_branch(item)):
            flush()
            out.append(item)
        else:
            run.setdefault(first.lower() if ignorecase else first, []).append(item)
    flush()
    return "|".join(out)


def _expanded(items: list[str]) -> list[str]:
    """``(?:a|b)c`` as ``ac``, ``bc`` and ``(?:a)?c`` as ``ac``, ``c`` (in that order), for items
    with no capturing group."""
    out = []
    for item in items:
        parts = _leading_group(item) if not _captures(item) else None
        out += _expanded(parts) if parts else [item]
    return out


def _leading_group(item: str) -> list[str] | None:
    """The alternatives of the group ``item`` opens with, each followed by the rest, and the rest
    alone after them when the group is optional (a greedy ``?``); None when it opens with none, or
    the group has another quantifier, or one alternative and no ``?``."""
    group = _first_group(item) if item.startswith("(?:") and not _top_level_branch(item) else None
    if group is None:
        return None
    _, bars, end = group
    optional = item[end + 1:end + 2] == "?" and item[end + 2:end + 3] not in ("?", "+")
    if not (bars or optional) or (item[end + 1:end + 2] in _QUANTIFIERS and not optional):
        return None
    rest = item[end + 1 + optional:]
    bounds = [2] + bars + [end]
    return [item[a + 1:b] + rest for a, b in zip(bounds, bounds[1:])] + ([rest] if optional else [])


def _captures(source: str) -> bool:
    """True when ``source`` has a group that is not a plain ``(?:...)``, a lookaround or atomic
    (a capturing group, a named one, inline flags...), outside escapes and classes."""
    return any(c == "(" and not source.startswith(_PLAIN_GROUPS, i) for i, c, _ in _marks(source))


_QUANTIFIERS = ("*", "+", "?", "{")
_PLAIN_GROUPS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>")


def _regrouped(source: str, ignorecase: bool) -> str:
    """``source`` with the alternatives of the group it opens with after a prefix holding no group
    (``[^\\w\\n]*(?:this|that|other)``) written with :func:`grouped`; when that group is optional,
    and the result not too long, the whole rest so written (``(?:a|b)?c`` as ``ac|bc|c``), as ``re``
    is slow at optional groups. The same matches."""
    group = _first_group(source)
    if group is None or not source.startswith("(?:", group[0]):
        return source
    start, bars, end = group
    if source[end + 1:end + 2] == "?":
        items = _expanded([source[start:]])
        if len(items) <= _MAX_ITEMS and sum(map(len, items)) <= _MAX_SIZE:
            return f"{source[:start]}(?:{grouped(items, ignorecase)})"
    if not bars:
        return source
    bounds = [start + 2] + bars + [end]
    return source[:start + 3] + grouped([source[a + 1:b] for a, b in zip(bounds, bounds[1:])], ignorecase) + source[end:]


_MAX_ITEMS, _MAX_SIZE = 64, 20000  # at most so many items, of so many characters in all, from a rest


def _first_group(source: str) -> tuple[int, list[int], int] | None:
    """For the group that ``source``'s first ``(``, ``)`` or ``|`` opens: where it starts, where its
    own ``|`` are and where it ends; None when that first mark is no ``(`` or the group is unclosed."""
    marks = _marks(source)
    start, c, _ = next(marks, (0, "", 0))
    if c != "(":
        return None
    bars = []
    for i, c, depth in marks:
        if c == ")" and depth == 1:
            return start, bars, i
        if c == "|" and depth == 1:
            bars.append(i)
    return None


def _top_level_branch(source: str) -> bool:
    """True when ``source`` has a ``|`` outside every group and character class."""
    return any(c == "|" and depth == 0 for _, c, depth in _marks(source))


def _marks(source: str):
    """``(position, character, depth before it)`` of each ``(``, ``)`` and ``|`` of ``source``
    outside escapes and character classes."""
    depth, i, n = 0, 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 2 if source.startswith("[^", i) else 1
            i += source[i:i + 1] == "]"  # a "]" first in a class is literal
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c in "()|":
            yield i, c, depth
            depth += (c == "(") - (c == ")")
        i += 1


# id(pattern) -> (pattern, _after_newline(pattern)). Not an lru_cache: hashing a compiled
# pattern hashes its whole code (8-25 µs for a phrase list), more than a scan of a page costs.
_AFTER_NEWLINE: dict[int, tuple] = {}


def _after_newline(pattern: re.Pattern) -> re.Pattern | None:
    """For a MULTILINE pattern whose every match starts at a line start (``^...``),
    the same pattern with ``\\n`` in place of ``^`` (and its first alternation
    regrouped, see ``_regrouped``): ``re`` then jumps from newline to newline
    instead of trying every position. None for other patterns."""
    known = _AFTER_NEWLINE.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    src, fast = pattern.pattern, None
    if _anchored(pattern):
        fast = re.compile(_newline(pattern) + _regrouped(src[1:], bool(pattern.flags & re.IGNORECASE)),
                          pattern.flags)
    if len(_AFTER_NEWLINE) >= 1024:
        _AFTER_NEWLINE.clear()
    _AFTER_NEWLINE[id(pattern)] = (pattern, fast)  # the entry keeps the pattern (and so its id) alive
    return fast


def _newline(*patterns: re.Pattern) -> str:
    """What a search for the line starts where ``patterns`` may match opens with: ``\n``, and ``(?!\n)``
    after it when none of them matches an empty line (a tenth of a search's time goes on them). That
    holds for a pattern that depends on its line alone (:func:`regexshape.confined`) and matches no
    empty string."""
    if all(confined(p) and p.match("") is None for p in patterns):
        return "\n(?!\n)"
    return "\n"


def scan(text: str, pattern: re.Pattern) -> list[re.Match]:
    """``list(pattern.finditer(text))``, several times faster for patterns anchored
    at line starts (``^`` first, MULTILINE, no top-level ``|``), such as those of
    :func:`line_pattern` and :func:`prefix_pattern`."""
    fast = _after_newline(pattern)
    if fast is None:
        return list(pattern.finditer(text))
    out, pos = [], 0
    match, search = pattern.match, fast.search
    while True:
        m = match(text, pos) if pos == 0 or text[pos - 1] == "\n" else None
        if m is None:
            hit = search(text, pos)
            if hit is None:
                return out
            m = match(text, hit.start() + 1)
        if m is None or m.end() == m.start():  # empty matches: leave re's own rules for them to re
            return list(pattern.finditer(text))
        out.append(m)
        pos = m.end()


# tuple of ids of patterns -> (patterns, their joint search or None). Built on first use (compiling
# one costs a fifth more than the patterns' own scan forms, which it spares), kept like _AFTER_NEWLINE.
_JOINT: dict[tuple, tuple] = {}


def _anchored(pattern: re.Pattern) -> bool:
    """True for the patterns :func:`scan` jumps from line start to line start for."""
    src = pattern.pattern
    return (isinstance(src, str) and src.startswith("^") and bool(pattern.flags & re.MULTILINE)
            and not pattern.flags & re.VERBOSE and not _top_level_branch(src))


def _joint(patterns: tuple) -> re.Pattern | None:
    """One search finding every line end after which one of ``patterns`` (anchored, with the same
    flags) matches: ``\\n`` then their regrouped forms after ``^`` as one alternation (see
    :func:`_by_lead`), compiled on first use and cached. None when they cannot share a search."""
    key = tuple(map(id, patterns))
    known = _JOINT.get(key)
    if known is not None and all(a is b for a, b in zip(known[0], patterns)):
        return known[1]
    joint = None
    if (len(patterns) > 1 and all(_anchored(p) and _movable(p) for p in patterns)
            and len({p.flags for p in patterns}) == 1):
        flags = patterns[0].flags
        bodies = [_regrouped(p.pattern[1:], bool(flags & re.IGNORECASE)) for p in patterns]
        try:
            joint = re.compile(f"{_newline(*patterns)}(?:{_by_lead(bodies, bool(flags & re.IGNORECASE))})", flags)
        except re.error:  # e.g. inline flags, which must open a pattern
            joint = None
    if len(_JOINT) >= 256:
        _JOINT.clear()
    _JOINT[key] = (patterns, joint)  # the entry keeps the patterns (and so their ids) alive
    return joint


def _movable(pattern: re.Pattern) -> bool:
    """True when ``pattern``'s source means the same inside a bigger pattern: no named groups, no
    references to groups by number (their numbers move)."""
    return not pattern.groupindex and re.search(r"\\[1-9]|\(\?\(", pattern.pattern) is None


def _by_lead(bodies: list[str], ignorecase: bool) -> str:
    """``"|".join(bodies)`` (as to where it matches), with the bodies that open with the same part
    before their first group (a decoration like ``[^\\w\\n]*``) written after it once, and the
    alternatives of their first groups pulled together by first character (see :func:`_by_first`)."""
    rests: dict[str, list[str]] = {}
    for body in bodies:
        first = next(_marks(body), None)
        cut = first[0] if first is not None and first[1] == "(" else 0
        rests.setdefault(body[:cut], []).append(body[cut:])
    return "|".join(f"{lead}(?:{_by_first(items, ignorecase)})" for lead, items in rests.items())


def _by_first(rests: list[str], ignorecase: bool) -> str:
    """``"|".join(rests)`` (as to where it matches) for rests of the form ``(?:a1|a2...)tail``
    written as ``x(?:(?:...)tail1|(?:...)tail2)|y(?:...)``: each alternative of a rest's first group
    with that rest's tail, those with the same literal first character together, so that ``re``
    tries one group per first character for all the rests instead of one per rest. Only the first
    character is taken out: the tails are written once per character, not once per alternative."""
    out, run = [], {}
    for rest in rests:
        for alt, tail in _first_alternatives(rest):
            first = alt[:1]
            if (not first or first in _SPECIAL or (ignorecase and not first.isascii())
                    or alt[1:2] in _QUANTIFIERS):
                out.append(f"(?:{alt}){tail}")
            else:
                run.setdefault(first.lower() if ignorecase else first, []).append(f"(?:{alt[1:]}){tail}")
    out += [f"{first}(?:{'|'.join(members)})" for first, members in run.items()]
    return "|".join(out)


def _first_alternatives(rest: str) -> list[tuple[str, str]]:
    """``(alternative, tail)`` for each alternative of the group ``rest`` opens with (not quantified),
    or ``[(rest, "")]``."""
    group = _first_group(rest) if rest.startswith("(?:") else None
    if group is None or rest[group[2] + 1:group[2] + 2] in _QUANTIFIERS:
        return [(rest, "")]
    _, bars, end = group
    bounds = [2] + bars + [end]
    return [(rest[a + 1:b], rest[end + 1:]) for a, b in zip(bounds, bounds[1:])]


def scan_each(text: str, patterns) -> list[list[re.Match]]:
    """``[scan(text, p) for p in patterns]``, with one search for all: for patterns anchored at line
    starts (``^`` first, MULTILINE, no top-level ``|``) with the same flags, one search finds the
    line starts where any of them matches, and each pattern is then matched only there. Other
    patterns (and any that meets an empty match) are scanned one by one."""
    patterns = tuple(patterns)
    joint = _joint(patterns)
    if joint is None:
        return [scan(text, p) for p in patterns]
    starts = [0]
    search, at = joint.search, 0
    while (hit := search(text, at)) is not None:
        at = hit.start() + 1
        starts.append(at)
    return [matches_at(text, p, starts) for p in patterns]


def matches_at(text: str, pattern: re.Pattern, starts: list[int]) -> list[re.Match]:
    """``list(pattern.finditer(text))`` for an anchored pattern whose matches all start at one of
    ``starts`` (line starts, in order)."""
    out, pos, match = [], 0, pattern.match
    for at in starts:
        if at < pos:
            continue
        m = match(text, at)
        if m is None:
            continue
        if m.end() == at:  # empty matches: leave re's own rules for them to re
            return list(pattern.finditer(text))
        out.append(m)
        pos = m.end()
    return out


try:  # one pass in compiled code for many literal words; the plain loop below gives the same
    from ahocorasick_rs import AhoCorasick as _AhoCorasick
except ImportError:  # pragma: no cover - the dependency is declared; this keeps a stripped install working
    _AhoCorasick = None

# tuple of words -> their automaton (built on first use)
_AUTOMATA: dict[tuple, object] = {}


def lines_holding(text: str, words) -> dict[tuple[int, int], set[str]]:
    """``{(start, end) of a line: the words it holds}`` for the lines of ``text`` holding any of
    ``words`` (literal strings without a newline; ``end`` is the line's newline or ``len(text)``).
    One Aho-Corasick pass over the text for all the words (``ahocorasick_rs``), where the plain way
    (:func:`lines_holding_plain`) makes one ``str.find`` pass per word."""
    words = tuple(words)
    if _AhoCorasick is None or not all(words):
        return lines_holding_plain(text, words)
    automaton = _AUTOMATA.get(words)
    if automaton is None:
        if len(_AUTOMATA) >= 256:
            _AUTOMATA.clear()
        automaton = _AUTOMATA[words] = _AhoCorasick(list(words))
    try:
        hits = automaton.find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:  # lone surrogates (it searches UTF-8)
        return lines_holding_plain(text, words)
    found, start, end, n = {}, 0, -1, len(text)
    for k, i, _ in hits:
        if not start <= i <= end:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            end = n if end == -1 else end
            held = found.setdefault((start, end), set())
        held.add(words[k])
    return found


def lines_holding_plain(text: str, words) -> dict[tuple[int, int], set[str]]:
    """:func:`lines_holding` with one ``str.find`` pass per word."""
    found, n = {}, len(text)
    for w in words:
        i = text.find(w) if w else -1
        while i != -1:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i + len(w))
            end = n if end == -1 else end
            found.setdefault((start, end), set()).add(w)
            i = text.find(w, end)
    return found
