"""One document's page: the original with every edit marked in its plugin's colour, the list of
edits with their reasons, the clean text, and the data the review buttons need."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..diffreport import line_starts
from ..rundata import LoadedDocument
from .html import esc, hue, safe_href, script_json, shell, swatch

NL = '<span class="nl">\u23ce</span>'


@dataclass
class Mark:
    """An edit placed on the original: its origin span and how to show it."""

    index: int  # position in origin order; the page's id for it
    step: int
    plugin: str
    kind: str
    reason: str
    rule: str
    start: int
    end: int
    replacement: str
    removed: str  # the text this edit took out of the text its plugin saw
    cls: str  # "cut" (removed), "fix" (repaired/replaced) or "ws" (whitespace tidied)
    lines: tuple[int, int]

    def title(self) -> str:
        t = f"{self.plugin} \u00b7 {self.kind} \u00b7 {self.reason}" + (f" [{self.rule}]" if self.rule else "")
        return t + (f" \u2192 {visible(self.replacement)}" if self.cls == "fix" else "")

    def attrs(self) -> str:
        return (f'data-e="{self.index}" data-plugin="{esc(self.plugin)}" data-kind="{esc(self.kind)}" '
                f'data-rule="{esc(self.rule)}" title="{esc(self.title())}" style="--h:{hue(self.plugin)}"')


def visible(s: str) -> str:
    """Show invisible characters (in a replacement, or a removal of nothing visible)."""
    if not s:
        return "(nothing)"
    if not s.strip():
        return "".join(WS_NAMES.get(c, f"<U+{ord(c):04X}>") for c in s)
    return "".join(c if c.isprintable() or c in "\n\t" else f"<U+{ord(c):04X}>" for c in s)


WS_NAMES = {"\n": "\u23ce", " ": "\u2423", "\u00a0": "\u237d", "\t": "\u21e5", "\r": "\u240d"}


def _classify(removed: str, replacement: str) -> str:
    """cut: visible text removed; fix: text replaced or invisible characters dropped; ws: whitespace only."""
    if not removed.strip() and not replacement.strip():
        return "ws"
    if replacement or not any(c.isprintable() and not c.isspace() for c in removed):
        return "fix"
    return "cut"


def marks_for(doc: LoadedDocument) -> list[Mark]:
    starts = line_starts(doc.original)
    raw = []
    for step, e in doc.edits_with_step():
        a, b = e.origin
        cls = _classify(e.removed, e.replacement)
        first = bisect_right(starts, a)
        last = bisect_right(starts, max(b - 1, a))
        raw.append((a, b, step, e, cls, (first, last)))
    raw.sort(key=lambda r: (r[0], -r[1], r[2]))
    return [Mark(i, step, e.plugin, e.kind, e.reason, e.rule, a, b, e.replacement, e.removed, cls, lines)
            for i, (a, b, step, e, cls, lines) in enumerate(raw)]


def primary(cover: list[Mark]) -> Mark:
    """The edit that decided the fate of characters covered by several (nested) edits.

    The first removal in run order took them out (a later edit that spans them only
    removed what was left around them); text that was only replaced belongs to the
    last replacement. The other edits show as an inner underline.
    """
    for m in cover:
        if not m.replacement:
            return m
    return cover[-1]


def render_original(original: str, marks: list[Mark]) -> tuple[str, dict[int, list[int]]]:
    """The original, one <div> per line, each edited stretch wrapped in an element of its edit.

    Also returns, per edit, the lines where it decided the fate of visible text.
    """
    starts, ends, inserts = defaultdict(list), defaultdict(list), defaultdict(list)
    bounds = set(line_starts(original)) | {0, len(original)}
    for m in marks:
        if m.start == m.end:
            inserts[m.start].append(m)
            continue
        starts[m.start].append(m)
        ends[m.end].append(m)
        bounds.update((m.start, m.end))
    bounds = sorted(bounds)
    last_piece: dict[int, int] = {}
    own: dict[int, list[int]] = defaultdict(list)
    pieces = []  # (line number, covering marks, deciding mark, text, inserted mark)
    active: dict[int, Mark] = {}
    line = 1
    for p, q in zip(bounds, bounds[1:] + [None]):
        for m in ends[p]:
            active.pop(m.index, None)
        for m in starts[p]:
            active[m.index] = m
        for m in inserts[p]:
            pieces.append((line, [], None, "", m))
        if q is None:
            break
        cover = sorted(active.values(), key=lambda m: m.step)
        top = primary(cover) if cover else None
        text = original[p:q]
        if top is not None:
            last_piece[top.index] = len(pieces)
            if text.strip() and (not own[top.index] or own[top.index][-1] != line):
                own[top.index].append(line)
        pieces.append((line, cover, top, text, None))
        if text.endswith("\n"):
            line += 1
    kept_lines = {ln for ln, _, top, text, _ in pieces if text.strip() and (top is None or top.cls == "fix")}
    by_line = defaultdict(list)
    for i, piece in enumerate(pieces):
        by_line[piece[0]].append((i, piece))
    n_lines = max(1, len(line_starts(original)) - (1 if original.endswith("\n") else 0),
                  max((p[0] for p in pieces), default=1))
    out = []
    for ln in range(1, n_lines + 1):
        kept = ' data-kept="1"' if ln in kept_lines else ""
        out.append(f'<div class="l" id="L{ln}"{kept}><span class="n" data-n="{ln}">{ln}</span>'
                   f'<span class="t">{_line_html(by_line.get(ln, []), last_piece)}</span></div>')
    return "".join(out), dict(own)


def _line_html(pieces, last_piece) -> str:
    html, group, cur = [], [], None

    def flush():
        if not group:
            return
        if cur is None:
            html.append("".join(_text(t, False) for _, _, t in group))
            return
        inner = "".join(_piece(cover, t, cur) for _, cover, t in group)
        if cur.cls == "fix":
            ins = ""
            if any(last_piece.get(cur.index) == i for i, _, _ in group):
                ins = f'<ins>{esc(visible(cur.replacement))}</ins>'
            html.append(f'<span class="fix" {cur.attrs()}><s>{inner}</s>{ins}</span>')
        else:
            html.append(f'<del class="{cur.cls}" {cur.attrs()}>{inner}</del>')

    for i, (_, cover, top, text, ins) in pieces:
        if ins is not None:
            flush()
            group, cur = [], None
            html.append(f'<ins class="fix add" {ins.attrs()}>{esc(visible(ins.replacement))}</ins>')
            continue
        if top is not cur:
            flush()
            group, cur = [], top
        group.append((i, cover, text))
    flush()
    return "".join(html)


def _piece(cover, text, primary) -> str:
    inner = _text(text, True)
    others = [m for m in cover if m is not primary]
    if not others:
        return inner
    title = "also: " + "; ".join(m.title() for m in others)
    return (f'<span class="also" data-also="{",".join(str(m.index) for m in others)}" '
            f'title="{esc(title)}" style="--h:{hue(others[-1].plugin)}">{inner}</span>')


def _text(text: str, marked: bool) -> str:
    nl = text.endswith("\n")
    body = text[:-1] if nl else text
    if marked and not body.isprintable():  # label invisible characters, keep them in the text
        body_html = "".join(f'<span class="inv" data-c="U+{ord(c):04X}">{c}</span>'
                            if not (c.isprintable() or c.isspace()) else esc(c) for c in body)
    else:
        body_html = esc(body)
    return body_html + (NL if nl and marked else "")


def render_edit_list(marks: list[Mark]) -> str:
    items = []
    for m in marks:
        first, last = m.lines
        where = f"line {first}" if first == last else f"lines {first}\u2013{last}"
        taken = m.removed
        shown = taken if len(taken) <= 600 else taken[:600] + " \u2026"
        change = (f'<div class="what"><s>{esc(visible(shown))}</s> \u2192 '
                  f'<ins>{esc(visible(m.replacement))}</ins></div>' if m.cls != "cut"
                  else f'<div class="what"><del>{esc(shown)}</del></div>')
        button = ('<button type="button" class="keep-btn" title="this removal is wrong: the text should '
                  'stay (key x)">keep this</button>' if m.cls == "cut" else "")
        items.append(
            f'<li class="ed {m.cls}" id="x{m.index}" data-e="{m.index}" style="--h:{hue(m.plugin)}">'
            f'<div class="hd">{swatch(m.plugin)}<b>{esc(m.plugin)}</b> \u00b7 {esc(m.kind)} \u00b7 '
            f'<a href="#L{first}" class="where">{where}</a> <code>{esc(m.rule)}</code>{button}</div>'
            f'<div class="why">{esc(m.reason)}</div>{change}</li>')
    return "\n".join(items) if items else '<li class="none">no edits: the pipeline kept every character</li>'


def render(doc: LoadedDocument, *, report_id: str, prev: tuple | None, next_: tuple | None,
           position: tuple[int, int]) -> str:
    """The HTML of the document's page (``prev``/``next_`` are (key, page) neighbours)."""
    marks = marks_for(doc)
    marked, own = render_original(doc.original, marks)
    log = doc.log
    counts = Counter(m.plugin for m in marks if m.cls != "ws")
    legend = " ".join(f'<span class="lg" data-plugin="{esc(p)}">{swatch(p)}{esc(p)} <small>{n}</small></span>'
                      for p, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    url = log.get("url")
    href = safe_href(url)
    url_html = f'<a href="{href}" rel="noreferrer">{esc(url)}</a>' if href else esc(url or "")
    share = float(log.get("removed_share") or 0)
    flags = "".join(f'<div class="flag">{esc(f)}</div>' for f in log.get("flags") or [])
    nav = ['<a href="../index.html">\u2190 index</a>']
    if prev:
        nav.append(f'<a href="{esc(prev[1])}" rel="prev" title="{esc(prev[0])}">\u2190 previous</a>')
    nav.append(f'<span class="pos">{position[0]} of {position[1]} by share removed</span>')
    if next_:
        nav.append(f'<a href="{esc(next_[1])}" rel="next" title="{esc(next_[0])}">next \u2192</a>')
    removed = sum(len(m.removed) for m in marks if m.cls == "cut")
    site = esc(log.get("site") or "\u2014")
    data = {
        "key": doc.key, "source": log.get("source"), "url": url, "site": log.get("site"),
        "original_sha256": log.get("original_sha256"), "original": doc.original,
        "edits": [{"plugin": m.plugin, "kind": m.kind, "reason": m.reason, "rule": m.rule,
                   "origin": [m.start, m.end], "lines": list(m.lines), "own": own.get(m.index, []),
                   "cls": m.cls,
                   "replacement": m.replacement} for m in marks],
    }
    body = f"""<header class="top">
<nav class="docnav">{' '.join(nav)}</nav>
<h1>{esc(doc.key)}</h1>
<div class="meta"><span>source: {esc(log.get("source") or "")}</span> <span>{url_html}</span>
<span>site: {site}</span></div>
<div class="stats"><span class="share" style="--s:{share:.4f}"><i></i></span> <b>{share:.1%}</b> of the text
removed \u00b7 {sum(1 for m in marks if m.cls == "cut")} removals ({removed} characters),
{sum(1 for m in marks if m.cls == "fix")} repairs, {sum(1 for m in marks if m.cls == "ws")} whitespace edits
\u00b7 {len(doc.original)} \u2192 {len(doc.clean)} characters</div>
{flags}
<div class="legend">{legend}</div>
<div class="toolbar"><span class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous edit \u00b7
<kbd>x</kbd> keep this \u00b7 <kbd>d</kbd> selected text should go \u00b7
click a line number: that line should go \u00b7 <kbd>v</kbd> side by side</span>
<label><input type="checkbox" id="show-ws"> step through whitespace edits too</label>
<label><input type="checkbox" id="side"> side by side with the clean text</label>
<button type="button" id="mark-sel" title="mark the selected text as noise that should go (key d)">selection should go</button></div>
<div id="info" class="info" aria-live="polite">Hover or step (j/k) through the edits to see which plugin made them, and why.</div>
</header>
<main class="doc">
<section class="pane orig"><h2>Original, with every edit marked</h2><div id="original" class="text">
{marked}</div></section>
<section class="pane clean"><h2>Clean text</h2><pre id="clean" class="text">{esc(doc.clean)}</pre></section>
<aside class="pane edits"><h2>Edits ({len(marks)}) in document order</h2><ol id="edits">
{render_edit_list(marks)}
</ol></aside>
</main>
<footer id="review" class="review"></footer>
<script type="application/json" id="doc-data">{script_json(data)}</script>"""
    return shell(f"{doc.key} \u2014 normalizer review", body, root="../", report_id=report_id,
                 page="doc", scripts=("doc.js",))
