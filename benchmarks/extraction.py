"""Article extraction from HTML: normalizer against trafilatura, readability-lxml, jusText, boilerpy3.

    pip install -e '.[bench]'
    python benchmarks/extraction.py [--pages DIR] [--repeat 3] [--only NAME ...] [--per-page FILE]

Every extractor gets the same 70 dev pages in the same run and is scored with
the benchmark's metric (``metric.py``). Speed is pages per second on one core,
the best of ``--repeat`` timed passes, the extractors interleaved page by page
so that load from other work hits all alike (gzip and reading files excluded; the
others get the page decoded as UTF-8, normalizer gets the bytes and finds the
encoding itself). The reference article bodies exclude the headline, so the
headline row is normalizer with ``--body-only``; the default configuration
(headline kept) is printed too.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from metric import score  # noqa: E402

DEFAULT_PAGES = HERE.parent.parent / "shared" / "bench" / "scrapinghub-dev"


def load(folder: Path):
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((folder / "html").glob("*.html.gz")):
        key = path.name[: -len(".html.gz")]
        if key in gold:
            pages.append((key, gzip.decompress(path.read_bytes()), gold[key]))
    return pages


def normalizer_extractor(body_only: bool):
    from normalizer.config import load_config
    from normalizer.inputs import html_document
    from normalizer.pipeline import Pipeline

    pipeline = Pipeline(load_config(overrides={"normalizer": {"body_only": body_only}}))

    def run(key, data, url):
        return pipeline.run(html_document(data, url=url, id=key)).text
    return run


def trafilatura_extractor():
    import trafilatura

    return lambda key, data, url: trafilatura.extract(data.decode("utf-8", "replace"), url=url) or ""


def readability_extractor():
    from readability import Document

    from normalizer.htmltext import parse, render

    def run(key, data, url):
        summary = Document(data.decode("utf-8", "replace")).summary(html_partial=True)
        return render(parse(summary)).text
    return run


def justext_extractor():
    import justext

    stoplist = justext.get_stoplist("English")

    def run(key, data, url):
        paragraphs = justext.justext(data.decode("utf-8", "replace"), stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return run


def boilerpy3_extractor():
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor(raise_on_failure=False)
    return lambda key, data, url: extractor.get_content(data.decode("utf-8", "replace")) or ""


EXTRACTORS = {
    "normalizer --body-only": lambda: normalizer_extractor(True),
    "normalizer (default)": lambda: normalizer_extractor(False),
    "trafilatura": trafilatura_extractor,
    "readability-lxml": readability_extractor,
    "jusText (English stoplist)": justext_extractor,
    "boilerpy3 (ArticleExtractor)": boilerpy3_extractor,
}


def measure(names, pages, repeat):
    """Run every extractor on every page, interleaved page by page, so that a change in the
    machine's load hits all of them alike; speed is the best of ``repeat`` passes."""
    runners, results = {}, {}
    for name in names:
        try:
            runners[name] = EXTRACTORS[name]()
        except ImportError as e:
            results[name] = {"name": name, "error": f"not installed ({e.name}); pip install -e '.[bench]'"}
    outputs = {n: {} for n in runners}
    errors = {n: 0 for n in runners}
    best = {n: float("inf") for n in runners}
    for _ in range(repeat):
        spent = {n: 0.0 for n in runners}
        for key, data, gold in pages:
            for name, run in runners.items():
                t0 = time.perf_counter()
                try:
                    outputs[name][key] = run(key, data, gold.get("url"))
                except Exception:  # an extractor crashing on a page scores it empty
                    errors[name] += 1
                    outputs[name][key] = ""
                spent[name] += time.perf_counter() - t0
        for name in runners:
            best[name] = min(best[name], spent[name])
    for name in runners:
        result = score([(outputs[name][k], g["articleBody"]) for k, _, g in pages])
        result.update(name=name, pages_per_s=len(pages) / best[name], errors=errors[name] // repeat,
                      outputs=outputs[name])
        results[name] = result
    return [results[n] for n in names]


def table(results) -> str:
    ours = next(r for r in results if r["name"] == "normalizer --body-only" and "error" not in r)
    rows = [("extractor", "F1", "±std", "precision", "recall", "pages/s", "normalizer speed ×")]
    for r in results:
        if "error" in r:
            rows.append((r["name"], "-", "-", "-", "-", "-", r["error"]))
            continue
        rows.append((r["name"], f"{r['f1']:.3f}", f"{r['std']:.3f}", f"{r['precision']:.3f}",
                     f"{r['recall']:.3f}", f"{r['pages_per_s']:.1f}",
                     f"{ours['pages_per_s'] / r['pages_per_s']:.2f}"
                     + (f"  ({r['errors']} pages failed)" if r["errors"] else "")))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="benchmark folder (html/, ground-truth.json)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per extractor (best counts)")
    ap.add_argument("--only", action="append", help="run only extractors whose name starts with this")
    ap.add_argument("--per-page", type=Path, help="write per-page outputs and scores as JSON here")
    args = ap.parse_args(argv)
    pages = load(args.pages)
    names = [n for n in EXTRACTORS if not args.only or any(n.startswith(o) for o in args.only)]
    if "normalizer --body-only" not in names:
        names.insert(0, "normalizer --body-only")
    results = measure(names, pages, args.repeat)
    print(f"{len(pages)} pages from {args.pages}; speed = pages/s on one core, best of {args.repeat}")
    print(table(results))
    if args.per_page:
        from metric import page_counts

        dump = {r["name"]: {k: {"text": r["outputs"][k],
                                "counts": page_counts(r["outputs"][k], g["articleBody"])}
                            for k, _, g in pages} for r in results if "error" not in r}
        args.per_page.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
