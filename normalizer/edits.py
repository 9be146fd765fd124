"""The edit model: plugins propose edits, the core checks, orders and applies them.

An :class:`Edit` replaces ``text[start:end]`` with ``replacement`` ("" removes).
Plugins run one after another; each sees the text left by the ones before it,
so the edits of one plugin form one *step*. The :class:`EditLog` keeps every
applied step with the text each edit took out, which is enough to rebuild the
original exactly (:func:`reconstruct`).

Overlap rule, within one step: edits are sorted by start, longer first at the
same start, then by the order the plugin returned them; an edit that overlaps
one already accepted is dropped (counted as ``superseded``). An insertion
(``start == end``) overlaps an accepted edit that covers its position
(its start included) or another insertion at the same position. Steps never overlap each other because they apply in turn.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Edit:
    """One proposed change: replace ``[start, end)`` of the text with ``replacement``.

    ``kind`` is the noise kind (``advertisement``, ``caption``, ``encoding`` ...),
    ``reason`` a short human sentence, ``rule`` a stable id of the rule that fired.
    ``plugin`` is stamped by the core; plugins leave it empty.
    """

    start: int
    end: int
    replacement: str = ""
    kind: str = "other"
    reason: str = ""
    rule: str = ""
    plugin: str = ""

    def __init__(self, start: int, end: int, replacement: str = "", kind: str = "other", reason: str = "",
                 rule: str = "", plugin: str = ""):
        # the generated frozen __init__ (one object.__setattr__ a field), twice as fast: plugins make many
        d = self.__dict__
        d["start"], d["end"], d["replacement"], d["kind"] = start, end, replacement, kind
        d["reason"], d["rule"], d["plugin"] = reason, rule, plugin


class EditError(ValueError):
    """A plugin returned an edit the core cannot apply."""


@dataclass
class AppliedEdit:
    """An edit as applied: where it was, what it took out, where that sits in the original."""

    start: int
    end: int
    removed: str
    replacement: str
    kind: str
    reason: str
    rule: str
    plugin: str
    origin: tuple[int, int] = (0, 0)

    def to_json(self) -> dict:
        return {
            "start": self.start, "end": self.end, "origin": list(self.origin),
            "removed": self.removed, "replacement": self.replacement,
            "kind": self.kind, "reason": self.reason, "rule": self.rule,
        }

    @classmethod
    def from_json(cls, data: dict, plugin: str) -> "AppliedEdit":
        return cls(data["start"], data["end"], data["removed"], data["replacement"],
                   data["kind"], data["reason"], data.get("rule", ""), plugin,
                   tuple(data.get("origin", (0, 0))))


@dataclass
class Step:
    plugin: str
    edits: list[AppliedEdit] = field(default_factory=list)
    superseded: int = 0


def validate(edits, text: str, plugin: str) -> list[Edit]:
    """Check types and bounds, stamp the plugin name, drop no-op edits."""
    out = []
    n = len(text)
    for e in edits or ():
        if not isinstance(e, Edit):
            raise EditError(f"plugin {plugin!r} returned {type(e).__name__}, expected normalizer.Edit")
        start, end, replacement = e.start, e.end, e.replacement
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n):
            raise EditError(f"plugin {plugin!r} returned an edit out of range: "
                            f"[{start}, {end}) for a text of {n} characters")
        if not isinstance(replacement, str):
            raise EditError(f"plugin {plugin!r} returned a non-string replacement")
        if (start == end) if not replacement else text[start:end] == replacement:
            continue
        out.append(_stamped(e, plugin) if e.plugin != plugin else e)
    return out


def _stamped(edit: Edit, plugin: str) -> Edit:
    """``dataclasses.replace(edit, plugin=plugin)``, four times faster (it runs for every edit)."""
    if type(edit) is not Edit:
        return replace(edit, plugin=plugin)
    new = object.__new__(Edit)
    new.__dict__.update(edit.__dict__, plugin=plugin)
    return new


def resolve_overlaps(edits: list[Edit]) -> tuple[list[Edit], int]:
    """Order edits deterministically and drop those that overlap an accepted one."""
    ordered, last_start, last_size = edits, -1, 0
    for e in edits:  # most plugins return their edits in that order already: no sort then
        start, size = e.start, e.end - e.start
        if start < last_start or (start == last_start and size > last_size):
            ordered = [e for _, e in sorted(enumerate(edits), key=lambda ie: (ie[1].start, ie[1].start - ie[1].end,
                                                                                ie[0]))]
            break
        last_start, last_size = start, size
    accepted: list[Edit] = []
    last_end, last_insert = -1, -1
    for e in ordered:
        if e.start < last_end or (e.start == e.end == last_insert):
            continue
        accepted.append(e)
        if e.start == e.end:
            last_insert = e.start
        else:
            last_end = e.end
    return accepted, len(edits) - len(accepted)


def apply(text: str, edits: list[Edit]) -> str:
    """Apply sorted, non-overlapping edits to ``text``."""
    parts, pos = [], 0
    for e in edits:
        parts.append(text[pos:e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


class OriginMap:
    """Maps positions in the current text back to the original text.

    The current text is a sequence of pieces, each either copied from the original
    (exact mapping) or inserted by a replacement (mapped to the span it replaced).
    """

    def __init__(self, length: int):
        self.starts = [0]
        self.pieces = [(0, length, 0, length, True)]  # cur_start, cur_end, orig_start, orig_end, exact

    def to_origin(self, pos: int, *, end: bool = False) -> int:
        i = bisect_right(self.starts, pos) - 1
        if end and i > 0 and self.pieces[i][0] == pos:
            i -= 1  # an end position belongs to the piece before
        cs, ce, os_, oe, exact = self.pieces[max(i, 0)]
        if exact:
            return os_ + min(max(pos - cs, 0), oe - os_)
        return oe if end and pos > cs else os_

    def span(self, start: int, end: int) -> tuple[int, int]:
        if start == end:
            p = self.to_origin(start)
            return p, p
        return self.to_origin(start), self.to_origin(end, end=True)

    def spans_then_advance(self, edits: list[Edit]) -> list[tuple[int, int]]:
        """``[self.span(e.start, e.end) for e in edits]``, then ``advance`` over the sorted ``edits``
        with those origins: in one walk over the pieces (a log records every step this way)."""
        pieces = self.pieces
        last = len(pieces) - 1
        new, origins = [], []
        add, note = new.append, origins.append
        j, pos, shift = 0, 0, 0  # j: the last piece starting at or before pos
        for e in edits:
            start, end = e.start, e.end
            if start > pos:
                _copy(pieces, j, pos, start, shift, add)
            while j < last and pieces[j + 1][0] <= start:
                j += 1
            cs, ce, os_, oe, exact = pieces[j]
            origin_start = os_ + min(max(start - cs, 0), oe - os_) if exact else os_
            if start == end:
                origin = (origin_start, origin_start)
            else:
                while j < last and pieces[j + 1][0] <= end:
                    j += 1
                cs, ce, os_, oe, exact = pieces[j - 1 if j > 0 and pieces[j][0] == end else j]
                origin = (origin_start, os_ + min(max(end - cs, 0), oe - os_) if exact
                          else oe if end > cs else os_)
            note(origin)
            replacement = e.replacement
            if replacement:
                s = start + shift
                add((s, s + len(replacement), origin[0], origin[1], False))
            shift += len(replacement) - (end - start)
            pos = end
        _copy(pieces, j, pos, pieces[-1][1], shift, add)
        self.pieces = new or [(0, 0, 0, 0, True)]
        self.starts = [p[0] for p in self.pieces]
        return origins

    def advance(self, edits: list[Edit], origins: list[tuple[int, int]]) -> None:
        """Rebuild the piece list after the sorted ``edits`` were applied."""
        new, pos, shift = [], 0, 0
        for e, o in zip(edits, origins):
            new += self._slice(pos, e.start, shift)
            if e.replacement:
                s = e.start + shift
                new.append((s, s + len(e.replacement), o[0], o[1], False))
            shift += len(e.replacement) - (e.end - e.start)
            pos = e.end
        new += self._slice(pos, self.pieces[-1][1], shift)
        self.pieces = new or [(0, 0, 0, 0, True)]
        self.starts = [p[0] for p in self.pieces]

    def _slice(self, a: int, b: int, shift: int) -> list[tuple]:
        """The pieces covering [a, b) of the current text, moved by ``shift``."""
        if b <= a:
            return []
        out, pieces = [], self.pieces
        i = bisect_right(self.starts, a) - 1
        i = i if i > 0 else 0
        while i < len(pieces) and pieces[i][0] < b:
            cs, ce, os_, oe, exact = pieces[i]
            lo = a if a > cs else cs
            hi = b if b < ce else ce
            if hi > lo:
                if exact:
                    out.append((lo + shift, hi + shift, os_ + lo - cs, os_ + hi - cs, True))
                else:
                    out.append((lo + shift, hi + shift, os_, oe, False))
            i += 1
        return out


def _copy(pieces: list[tuple], i: int, a: int, b: int, shift: int, add) -> None:
    """``OriginMap._slice(a, b, shift)`` from piece ``i`` on (the last one starting at or before ``a``), each
    piece handed to ``add``."""
    n = len(pieces)
    while i < n:
        cs, ce, os_, oe, exact = pieces[i]
        if cs >= b:
            return
        lo = a if a > cs else cs
        hi = b if b < ce else ce
        if hi > lo:
            add((lo + shift, hi + shift, os_ + lo - cs, os_ + hi - cs, True) if exact
                else (lo + shift, hi + shift, os_, oe, False))
        i += 1


class EditLog:
    """Every applied step of one document, in order."""

    def __init__(self, original: str):
        self.original_length = len(original)
        self.steps: list[Step] = []
        self.rejected: list[Step] = []  # steps the safety valve declined to apply
        self._map = OriginMap(len(original))

    def record(self, plugin: str, text: str, edits: list[Edit], superseded: int = 0) -> None:
        origins = self._map.spans_then_advance(edits)
        self.steps.append(Step(plugin, [AppliedEdit(e.start, e.end, text[e.start:e.end], e.replacement,
                                                    e.kind, e.reason, e.rule, e.plugin, o)
                                        for e, o in zip(edits, origins)], superseded))

    @property
    def edits(self) -> list[AppliedEdit]:
        return [e for s in self.steps for e in s.edits]

    @property
    def origin_map(self) -> OriginMap:
        """Where positions of the text after the recorded steps lie in the original."""
        return self._map

    def to_json(self) -> list[dict]:
        return [{"plugin": s.plugin, "superseded": s.superseded,
                 "edits": [e.to_json() for e in s.edits]} for s in self.steps]

    @classmethod
    def from_json(cls, steps: list[dict], original_length: int = 0) -> "EditLog":
        log = cls("")
        log.original_length = original_length
        log.steps = [Step(s["plugin"], [AppliedEdit.from_json(e, s["plugin"]) for e in s["edits"]],
                          s.get("superseded", 0)) for s in steps]
        return log


def reconstruct(clean: str, steps) -> str:
    """Rebuild the original text from the clean text and the applied steps."""
    if isinstance(steps, EditLog):
        steps = steps.steps
    text = clean
    for step in reversed(steps):
        edits = [e if isinstance(e, AppliedEdit) else AppliedEdit.from_json(e, "")
                 for e in (step.edits if isinstance(step, Step) else step["edits"])]
        parts, pos, shift = [], 0, 0
        for e in sorted(edits, key=lambda e: e.start):
            at = e.start + shift  # where the replacement sits in the text after the step
            parts.append(text[pos:at])
            parts.append(e.removed)
            pos = at + len(e.replacement)
            shift += len(e.replacement) - (e.end - e.start)
        parts.append(text[pos:])
        text = "".join(parts)
    return text
