"""Corpus-mining benchmark: many documents of one site, template lines vs article lines.

For each of ``--sites`` dev pages, its full-page dump serves as a site template:
the lines before and after its article body (found with the gold
``articleBody``) are kept, and the body is replaced by the gold bodies of
``--docs`` other dev pages, one per generated document. So every site has
real template lines (menus, footers, promos) and varied real article bodies.
Pass 1 counts the corpus, pass 2 runs the ``repeated`` plugin alone; the
script reports how many template lines and how many article lines it removed.

    python benchmarks/corpus.py [--bench DIR] [--sites 10] [--docs 20]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "scrapinghub-dev"
WORD = re.compile(r"\w+")


def template(dump: str, body: str) -> tuple[list[str], list[str]] | None:
    """The lines of ``dump`` before and after its article body."""
    gold = " ".join(WORD.findall(body))
    lines = dump.split("\n")
    inside = [i for i, l in enumerate(lines) if len(WORD.findall(l)) >= 5 and " ".join(WORD.findall(l)) in gold]
    if not inside:
        return None
    return lines[:inside[0]], lines[inside[-1] + 1:]


def build(bench: Path, n_sites: int, n_docs: int):
    from normalizer import Document

    gold = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(p.stem for p in (bench / "text").glob("*.txt"))
    docs, labels = [], []
    for s, key in enumerate(keys[:n_sites]):
        parts = template((bench / "text" / f"{key}.txt").read_text(encoding="utf-8"), gold[key]["articleBody"])
        if parts is None:
            continue
        top, end = parts
        others = [k for k in keys if k != key]
        for d in range(n_docs):
            body = gold[others[(s * 7 + d) % len(others)]]["articleBody"].split("\n")
            lines = top + body + end
            kinds = ["template"] * len(top) + ["article"] * len(body) + ["template"] * len(end)
            docs.append(Document("\n".join(lines) + "\n", site=f"site{s}-{key[:8]}", source=f"{key}/{d}.txt"))
            labels.append(kinds)
    return docs, labels


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--sites", type=int, default=10)
    ap.add_argument("--docs", type=int, default=20)
    args = ap.parse_args(argv)

    from normalizer.config import load_config
    from normalizer.pipeline import Pipeline

    docs, labels = build(args.bench, args.sites, args.docs)
    pipeline = Pipeline(load_config(), only=["repeated"])
    mb = sum(len(d.original.encode()) for d in docs) / 1e6
    t0 = time.perf_counter()
    counts = pipeline.count(docs)
    t1 = time.perf_counter()
    totals = {"template": [0, 0], "article": [0, 0]}  # kind -> [lines, removed]
    per_site = {}
    for doc, kinds in zip(docs, labels):
        result = pipeline.run(doc, counts)
        removed = set()
        for e in result.edits:
            first = doc.original.count("\n", 0, e.origin[0])
            removed.update(range(first, first + max(e.removed.count("\n"), 1)))
        site = per_site.setdefault(doc.site, {"template": [0, 0], "article": [0, 0]})
        for i, (line, kind) in enumerate(zip(doc.original.split("\n"), kinds)):
            if not line.strip():
                continue
            for bucket in (totals[kind], site[kind]):
                bucket[0] += 1
                bucket[1] += i in removed
    t2 = time.perf_counter()
    print(f"{len(per_site)} sites x {args.docs} documents ({mb:.2f} MB); repeated: "
          f"min_documents={pipeline.stages[0].options['min_documents']}, "
          f"min_share={pipeline.stages[0].options['min_share']}")
    print(f"pass 1 (count) {mb / (t1 - t0):.2f} MB/s, pass 2 (repeated only) {mb / (t2 - t1):.2f} MB/s; "
          f"{counts.stats()}")
    for site, s in per_site.items():
        print(f"  {site:<20} template lines removed {s['template'][1]:>5}/{s['template'][0]:<5}  "
              f"article lines removed {s['article'][1]}/{s['article'][0]}")
    t, a = totals["template"], totals["article"]
    print(f"TOTAL template lines removed {t[1]}/{t[0]} ({t[1] / max(t[0], 1):.1%}); "
          f"article lines removed {a[1]}/{a[0]} ({a[1] / max(a[0], 1):.2%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
