"""The report's index: the corpus picture (per-plugin table and chart, the distribution of the share
removed, the outliers) and the document browser, whose rows load on demand from small chunks."""
from __future__ import annotations

from .corpus import SHARE_BINS, Corpus, Row
from .html import esc, hue, script_json, shell, swatch

CHUNK_ROWS = 500  # rows per data/rows-NNNN.js file
PAGE_ROWS = 50  # rows per page of the document browser
OUTLIERS = 15
MAX_SITES = 2000  # sites offered in the site filter (the most frequent)


def chunks(ordered: list[Row], corpus: Corpus, chunk_rows: int = CHUNK_ROWS) -> tuple[dict, list[str]]:
    """The manifest for the page and the chunk files' contents (rows in share-descending order)."""
    plugins = sorted(corpus.plugins)
    kinds = sorted(corpus.kinds)
    plugin_ids = {p: i for i, p in enumerate(plugins)}
    kind_ids = {k: i for i, k in enumerate(kinds)}
    files = []
    for n, at in enumerate(range(0, len(ordered), chunk_rows)):
        rows = [r.to_json(plugin_ids, kind_ids) for r in ordered[at:at + chunk_rows]]
        files.append(f"NR.chunk({n},{script_json(rows)});\n")
    sites = sorted(corpus.sites.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_SITES]
    manifest = {"count": len(ordered), "chunk_rows": chunk_rows, "chunks": len(files),
                "plugins": [[p, hue(p)] for p in plugins], "kinds": kinds,
                "sites": [s for s, _ in sorted(sites)],
                "bins": [[lo, hi, label] for lo, hi, label in SHARE_BINS]}
    return manifest, files


def plugin_chart(corpus: Corpus, n_docs: int) -> str:
    """Horizontal bars: characters removed (and repaired) per plugin, with documents touched."""
    items = sorted(corpus.plugins.items(), key=lambda kv: (-kv[1].removed - kv[1].changed, kv[0]))
    if not items:
        return '<p class="muted">No plugin edited any document.</p>'
    top = max(t.removed + t.changed for _, t in items) or 1
    label_w, bar_w, row_h = 130, 420, 26
    height = row_h * len(items) + 24
    parts = [f'<svg class="chart" role="img" aria-label="characters removed per plugin" '
             f'viewBox="0 0 {label_w + bar_w + 210} {height}" width="{label_w + bar_w + 210}" height="{height}">']
    for i, (name, t) in enumerate(items):
        y = 6 + i * row_h
        w_rem = bar_w * t.removed / top
        w_chg = bar_w * t.changed / top
        share = t.documents / n_docs if n_docs else 0
        parts.append(
            f'<g class="bar" data-plugin="{esc(name)}"><title>{esc(name)}: {t.removed} characters removed, '
            f'{t.changed} repaired, in {t.documents} documents</title>'
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{esc(name)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w_rem:.1f}" height="14" fill="hsl({hue(name)} 60% 55%)"/>'
            f'<rect x="{label_w + w_rem:.1f}" y="{y}" width="{w_chg:.1f}" height="14" '
            f'fill="hsl({hue(name)} 60% 55%)" fill-opacity="0.35" stroke="hsl({hue(name)} 60% 40%)" '
            f'stroke-dasharray="2 2"/>'
            f'<rect x="{label_w}" y="{y + 16}" width="{bar_w * share:.1f}" height="4" fill="#777"/>'
            f'<text x="{label_w + max(w_rem + w_chg, bar_w * share) + 6:.1f}" y="{y + 14}" class="num">'
            f'{t.removed:,} chars \u00b7 {t.documents} docs</text></g>')
    parts.append(f'<text x="{label_w}" y="{height - 4}" class="muted">coloured bar: characters removed '
                 f'(hatched: repaired) \u00b7 grey line: share of documents touched</text></svg>')
    return "".join(parts)


def plugin_table(corpus: Corpus, pipeline: list[str], n_docs: int) -> str:
    names = list(pipeline) + sorted(set(corpus.plugins) - set(pipeline))
    rows = []
    for name in names:
        t = corpus.plugins.get(name)
        if t is None:
            rows.append(f'<tr class="idle"><td>{swatch(name)}{esc(name)}</td><td>0</td><td>0</td><td>0</td>'
                        f'<td>0</td><td class="muted">ran, never edited</td></tr>')
            continue
        kinds = ", ".join(f"{esc(k)} {n}" for k, n in sorted(t.kinds.items(), key=lambda kv: -kv[1]))
        pct = f" ({t.documents / n_docs:.0%})" if n_docs else ""
        rows.append(f'<tr data-plugin="{esc(name)}"><td>{swatch(name)}<a href="#plugin={esc(name)}">{esc(name)}</a>'
                    f'</td><td>{t.documents}{pct}</td><td>{t.edits}</td><td>{t.removed:,}</td>'
                    f'<td>{t.changed:,}</td><td>{kinds}</td></tr>')
    return ('<table class="grid plugins"><thead><tr><th>plugin</th><th>documents touched</th><th>edits</th>'
            '<th>characters removed</th><th>characters repaired</th><th>kinds</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


def histogram(corpus: Corpus) -> str:
    counts = corpus.histogram()
    top = max(counts) or 1
    bar_w, gap, h = 52, 6, 150
    width = len(counts) * (bar_w + gap)
    parts = [f'<svg class="chart hist" role="img" aria-label="documents by share removed" '
             f'viewBox="0 0 {width} {h + 40}" width="{width}" height="{h + 40}">']
    for i, (n, (_, _, label)) in enumerate(zip(counts, SHARE_BINS)):
        x = i * (bar_w + gap)
        bh = h * n / top
        cls = "hi" if i >= len(SHARE_BINS) - 3 else ("zero" if i == 0 else "")
        parts.append(f'<a href="#share={i}" class="bin {cls}"><title>{n} documents with {label} removed</title>'
                     f'<rect x="{x}" y="{h - bh + 14:.1f}" width="{bar_w}" height="{max(bh, 1):.1f}"/>'
                     f'<text x="{x + bar_w / 2}" y="{h - bh + 10:.1f}" text-anchor="middle" class="num">{n}</text>'
                     f'<text x="{x + bar_w / 2}" y="{h + 30}" text-anchor="middle">{label}</text></a>')
    parts.append("</svg>")
    return "".join(parts)


def doc_list(rows: list[Row]) -> str:
    if not rows:
        return '<p class="muted">none</p>'
    items = [f'<li><a href="docs/{esc(r.page)}"><b>{r.share:.1%}</b> {esc(r.key)}</a> '
             f'<span class="muted">{esc(r.site)} {r.removed:,} chars \u00b7 {esc(r.title[:70])}</span></li>'
             for r in rows]
    return "<ol class=\"docs\">" + "".join(items) + "</ol>"


def render(corpus: Corpus, ordered: list[Row], manifest: dict, *, out: str, summary: dict,
           failures: list[dict], report_id: str, version: str) -> str:
    n = len(ordered)
    share = 1 - corpus.chars_out / corpus.chars_in if corpus.chars_in else 0
    flagged = [r for r in ordered if r.flagged]
    least = sorted(ordered, key=lambda r: (r.share, r.removed, r.key))[:OUTLIERS]
    failed = "".join(f'<li><b>{esc(f.get("key"))}</b> {esc(f.get("input"))}: {esc(f.get("reason"))}</li>'
                     for f in failures[:100])
    failed_html = (f'<section id="failed"><h2>Failed inputs ({len(failures)})</h2><ul class="docs">{failed}</ul>'
                   '</section>') if failures else ""
    flagged_html = (f'<section id="flagged"><h2>Flagged ({len(flagged)})</h2>{doc_list(flagged[:50])}</section>'
                    if flagged else "")
    body = f"""<header class="top">
<h1>normalizer review</h1>
<div class="meta">run: <code>{esc(out)}</code> \u00b7 normalizer {esc(version)} \u00b7 config {esc(summary.get("config", "?"))}</div>
<div class="stats"><b>{n:,}</b> documents{f", {len(failures)} failed" if failures else ""}, {len(flagged)} flagged \u00b7
<b>{share:.1%}</b> of {corpus.chars_in:,} characters removed</div>
</header>
<main class="index">
<section id="plugins"><h2>What each plugin did</h2>{plugin_chart(corpus, n)}
{plugin_table(corpus, summary.get("pipeline") or [], n)}</section>
<section id="shares"><h2>Share of the document removed</h2>
<p class="muted">A document that lost most of its text is the likeliest false positive; one that lost nothing the
likeliest miss. Click a bar to list those documents.</p>{histogram(corpus)}</section>
<section id="outliers" class="cols">
<div><h2>Largest removals</h2>{doc_list(ordered[:OUTLIERS])}</div>
<div><h2>Smallest removals</h2>{doc_list(least)}</div>
</section>
{flagged_html}{failed_html}
<section id="browse"><h2>All documents</h2>
<form id="filters" class="filters" onsubmit="return false">
<input type="search" id="q" placeholder="search key, site, url, title" aria-label="search">
<select id="f-plugin" aria-label="plugin"><option value="">any plugin</option></select>
<select id="f-kind" aria-label="kind"><option value="">any kind</option></select>
<input id="f-site" list="sites" placeholder="any site" aria-label="site"><datalist id="sites"></datalist>
<select id="f-share" aria-label="share removed"><option value="">any share removed</option></select>
<label><input type="checkbox" id="f-flagged"> flagged only</label>
<select id="sort" aria-label="order"><option value="share-desc">largest share removed first</option>
<option value="share-asc">smallest share removed first</option><option value="removed-desc">most characters removed</option>
<option value="key">by key</option></select>
</form>
<div id="status" class="muted"></div>
<table class="grid docs-table"><thead><tr><th>removed</th><th>document</th><th>site</th><th>chars removed</th>
<th>edits</th><th>plugins</th></tr></thead><tbody id="rows"></tbody></table>
<nav id="pager" class="pager"></nav>
<noscript><p>The document browser needs JavaScript; the lists above work without it.</p></noscript>
</section>
</main>
<footer id="review" class="review"></footer>
<script type="application/json" id="manifest">{script_json(manifest)}</script>"""
    return shell("normalizer review", body, root="", report_id=report_id, page="index", scripts=("index.js",))
