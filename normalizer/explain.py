"""``normalizer explain``: who removed or changed a piece of a document, why, and who left it alone."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .diffreport import line_starts
from .edits import AppliedEdit
from .rundata import LoadedDocument

MAX_HITS = 20


@dataclass
class Target:
    start: int
    end: int
    line: int
    label: str


def targets(original: str, *, line: int | None = None, grep: str | None = None) -> list[Target]:
    """The spans of the original to explain: one line, or every occurrence of a text."""
    starts = line_starts(original)
    if line is not None:
        count = len(starts) - (1 if original.endswith("\n") else 0)
        if not 1 <= line <= max(count, 1):
            raise ValueError(f"line {line} is out of range: the document has {count} lines")
        a = starts[line - 1]
        b = original.find("\n", a)
        b = len(original) if b == -1 else b
        return [Target(a, b, line, f"line {line}")]
    assert grep
    hits, haystack, needle = [], original, grep
    if grep not in original:
        haystack, needle = original.lower(), grep.lower()
    pos = haystack.find(needle)
    while pos != -1:
        n = bisect_right(starts, pos)
        hits.append(Target(pos, pos + len(needle), n, f"line {n}"))
        pos = haystack.find(needle, pos + max(len(needle), 1))
    return hits


def touching(doc: LoadedDocument, t: Target) -> list[AppliedEdit]:
    """The edits whose span in the original overlaps the target (an insertion touches its position)."""
    out = []
    for _, e in doc.edits_with_step():
        s, f = e.origin
        if (s < t.end and f > t.start) if s != f else (t.start <= s <= t.end):
            out.append(e)
    return out


def fate(doc: LoadedDocument, t: Target, edits: list[AppliedEdit]) -> str:
    cuts = [e for e in edits if not e.replacement]
    text = doc.original[t.start:t.end]
    covered = set()
    for e in cuts:
        covered.update(range(max(e.origin[0], t.start), min(e.origin[1], t.end)))
    visible = {i for i in range(t.start, t.end) if not doc.original[i].isspace()}
    if visible and visible <= covered:
        return "gone from the clean text"
    if covered & visible:
        return "partly removed"
    if any(e.replacement for e in edits):
        return "kept, with changes"
    return "kept as is" if text.strip() else "blank"


def _edit_line(e: AppliedEdit) -> str:
    verb = "changed" if e.replacement else "removed"
    rule = f" [{e.rule}]" if e.rule else ""
    change = f": {_short(e.removed)!r} -> {_short(e.replacement)!r}" if e.replacement else ""
    return f"  {verb} by {e.plugin} \u00b7 {e.kind} \u00b7 {e.reason}{rule}{change}"


def _short(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def explain(doc: LoadedDocument, *, line: int | None = None, grep: str | None = None,
            pipeline: list[str] | None = None) -> tuple[str, bool]:
    """A readable explanation; the flag says whether the target was found."""
    ran = doc.log.get("ran")
    skipped = {s["plugin"]: s.get("error", "") for s in doc.log.get("skipped") or []}
    out = []
    if ran is None:
        ran = list(pipeline or [])
        out.append("(this edit log does not record which plugins ran; assuming the whole pipeline did)")
    not_run = [p for p in (pipeline or []) if p not in ran]
    if line is None and grep is None:
        out.append(_overview(doc, ran, not_run, skipped))
        return "\n".join(out) + "\n", True
    found = targets(doc.original, line=line, grep=grep)
    if not found:
        out.append(f"{grep!r} does not occur in the original of {doc.key}")
        return "\n".join(out) + "\n", False
    for t in found[:MAX_HITS]:
        edits = touching(doc, t)
        text = doc.original[t.start:t.end]
        whole = _line_text(doc.original, t)
        out.append(f"{doc.key}, {t.label}: {_short(whole, 100)!r}"
                   + (f"  (match {_short(text, 40)!r})" if grep else ""))
        out += [_edit_line(e) for e in edits] or ["  no plugin edited it"]
        editors = {e.plugin for e in edits}
        left = [p for p in ran if p not in editors and p not in skipped]
        out.append(f"  looked and left it: {', '.join(left) if left else 'none'}")
        if not_run:
            out.append(f"  did not run on this document: {', '.join(not_run)}")
        for p, err in skipped.items():
            out.append(f"  failed and was skipped: {p} ({err})")
        out.append(f"  now: {fate(doc, t, edits)}")
    if len(found) > MAX_HITS:
        out.append(f"... and {len(found) - MAX_HITS} more occurrences")
    return "\n".join(out) + "\n", True


def _line_text(original: str, t: Target) -> str:
    a = original.rfind("\n", 0, t.start) + 1
    b = original.find("\n", t.end)
    return original[a: len(original) if b == -1 else b]


def _overview(doc: LoadedDocument, ran: list[str], not_run: list[str], skipped: dict) -> str:
    by_plugin: dict[str, list[AppliedEdit]] = {}
    for _, e in doc.edits_with_step():
        by_plugin.setdefault(e.plugin, []).append(e)
    starts = line_starts(doc.original)
    lines = [f"{doc.key}: {len(doc.original)} -> {len(doc.clean)} characters, "
             f"{float(doc.log.get('removed_share') or 0):.1%} removed"]
    for p in ran:
        edits = by_plugin.get(p)
        if not edits:
            lines.append(f"  {p}: looked, no edits" + (f" (failed: {skipped[p]})" if p in skipped else ""))
            continue
        where = sorted({bisect_right(starts, e.origin[0]) for e in edits})
        shown = ", ".join(map(str, where[:12])) + (" ..." if len(where) > 12 else "")
        reasons = sorted({e.reason for e in edits})
        lines.append(f"  {p}: {len(edits)} edits on lines {shown}: {'; '.join(reasons)}")
    if not_run:
        lines.append(f"  did not run on this document: {', '.join(not_run)}")
    lines.append("use --line N or --grep TEXT to explain one place")
    return "\n".join(lines)
