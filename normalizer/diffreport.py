"""Diff reports: a unified diff labelled with plugins and reasons, and a terminal view."""
from __future__ import annotations

import difflib
from bisect import bisect_right

from .edits import AppliedEdit

COLOURS = {"red": "\033[31m", "green": "\033[32m", "yellow": "\033[33m", "cyan": "\033[36m",
           "dim": "\033[2m", "bold": "\033[1m", "reset": "\033[0m"}


def line_starts(text: str) -> list[int]:
    """Offsets of the lines of ``text`` (the first is 0)."""
    starts, pos = [0], text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def label(e: AppliedEdit) -> str:
    return f"{e.plugin}/{e.kind}: {e.reason}" if e.reason else f"{e.plugin}/{e.kind}"


def unified(original: str, clean: str, edits: list[AppliedEdit], name: str = "document") -> str:
    """A unified diff whose hunk headers name the plugins and reasons behind each hunk."""
    a = original.splitlines(keepends=True)
    b = clean.splitlines(keepends=True)
    starts = line_starts(original)
    spans = sorted((e.origin[0], e.origin[1], label(e), e.kind == "whitespace") for e in edits)
    out = [f"--- {name} (original)\n", f"+++ {name} (clean)\n"]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(1):
        i1, i2 = group[0][1], group[-1][2]
        j1, j2 = group[0][3], group[-1][4]
        lo = starts[i1] if i1 < len(starts) else len(original)
        hi = starts[i2] if i2 < len(starts) else len(original)
        why = []
        for s, e, text, tidy in spans:
            if s > hi:
                break
            if ((s < hi and e > lo) or (s == e and lo <= s <= hi)) and (tidy, text) not in why:
                why.append((tidy, text))
        why = [t for tidy, t in why if not tidy] or [t for _, t in why]
        out.append(f"@@ -{_range(i1, i2)} +{_range(j1, j2)} @@ {'; '.join(why)}\n")
        for tag, x1, x2, y1, y2 in group:
            if tag == "equal":
                out += [" " + _nl(line) for line in a[x1:x2]]
                continue
            out += ["-" + _nl(line) for line in a[x1:x2]]
            out += ["+" + _nl(line) for line in b[y1:y2]]
    return "".join(out) if len(out) > 2 else ""


def _range(lo: int, hi: int) -> str:
    n = hi - lo
    return f"{lo + 1 if n else lo},{n}"


def _nl(line: str) -> str:
    return line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"


def terminal(original: str, edits: list[AppliedEdit], *, colour: bool, context: int = 0,
             title: str = "") -> str:
    """Every edit in original order: where, which plugin, why, and the text it took out."""
    c = COLOURS if colour else {k: "" for k in COLOURS}
    starts = line_starts(original)
    lines = original.split("\n")
    out = [f"{c['bold']}{title}{c['reset']}"] if title else []
    for e in sorted(edits, key=lambda e: (e.origin[0], e.origin[1])):
        first = bisect_right(starts, e.origin[0])
        last = bisect_right(starts, max(e.origin[1] - 1, e.origin[0]))
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        out.append(f"{c['cyan']}── {e.plugin} · {e.kind} · {where}{c['reset']} {e.reason}"
                   + (f" {c['dim']}[{e.rule}]{c['reset']}" if e.rule else ""))
        for n in range(max(1, first - context), first):
            out.append(f"{c['dim']}  {lines[n - 1]}{c['reset']}")
        if e.replacement or not e.removed.strip():
            out.append(f"{c['yellow']}~ {_show(e.removed)} → {_show(e.replacement)}{c['reset']}")
        else:
            for piece in e.removed.rstrip("\n").split("\n"):
                out.append(f"{c['red']}- {piece}{c['reset']}")
        for n in range(last + 1, min(len(lines), last + context) + 1):
            out.append(f"{c['dim']}  {lines[n - 1]}{c['reset']}")
    if not edits:
        out.append("no edits")
    return "\n".join(out) + "\n"


def _show(s: str) -> str:
    """Make invisible characters visible in a one-line rendering."""
    if s.strip() and s.isprintable():
        return s
    return repr(s)[1:-1] if s else "(nothing)"
