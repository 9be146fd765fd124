"""Text-dump benchmark: normalizer against the anchors, on the ScrapingHub dev dumps.

Scores, in the same run and with the same metric (benchmarks/metric.py):
untouched input, jusText on the dump (each blank-line block wrapped as <p>),
a C4-style line filter (lines ending in terminal punctuation with >= 5 words),
and normalizer (default config, and ``--body-only``, which also drops the
headline the reference bodies leave out) — F1, precision, recall and MB/s — on the
full-page dumps (``text/``) and the article-region dumps (``region/``).
``--halves`` also scores the two halves of the pages (split by key) to show
whether the figures hold on pages the thresholds were not looked at with.

    python benchmarks/textdump.py [--bench DIR] [--tracks text region] [--halves] [--no-anchors] [--repeat N]
                                  [--timings]

``--timings`` also prints the milliseconds per pass over a track of the slowest
plugins of the default pipeline (``Result.timings``, best of ``--repeat`` passes)
and their share of the whole text stage.

jusText is optional (``pip install '.[bench]'``); without it its row is skipped.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from metric import score  # noqa: E402

DEFAULT_BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "scrapinghub-dev"
C4_END = ('.', '?', '!', '"', '”')
C4_WORD = re.compile(r"\w+")
BLOCKS = re.compile(r"\n[^\S\n]*\n")


def untouched(text: str) -> str:
    return text


def c4_lines(text: str) -> str:
    """C4's line rule: keep lines ending in terminal punctuation (not '...') with >= 5 words."""
    keep = []
    for line in text.split("\n"):
        s = line.strip()
        if s.endswith(C4_END) and not s.endswith("...") and len(C4_WORD.findall(s)) >= 5:
            keep.append(s)
    return "\n".join(keep)


def justext_blocks():
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext.get_stoplist("English")

    def run(text: str) -> str:
        blocks = [b for b in BLOCKS.split(text) if b.strip()]
        page = "<html><body>" + "".join(f"<p>{html.escape(b)}</p>" for b in blocks) + "</body></html>"
        return "\n".join(p.text for p in justext.justext(page.encode("utf-8"), stoplist)
                         if not p.is_boilerplate)
    return run


def normalizer_pipeline(**core):
    from normalizer import Document
    from normalizer.config import load_config
    from normalizer.pipeline import Pipeline

    pipeline = Pipeline(load_config(overrides={"normalizer": core}) if core else None)
    return lambda text: pipeline.run(Document(text)).text


def load(bench: Path, track: str):
    gold = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {p.stem: p.read_text(encoding="utf-8") for p in sorted((bench / track).glob("*.txt"))}
    return pages, {k: gold[k]["articleBody"] for k in pages}


def measure(fn, pages: dict, gold: dict, keys=None, repeat: int = 1) -> dict:
    """Score ``fn`` on the pages; its speed is the best of ``repeat`` timed runs."""
    keys = sorted(pages) if keys is None else keys
    seconds = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = {k: fn(pages[k]) for k in keys}
        seconds = min(seconds, time.perf_counter() - t0)
    mb = sum(len(pages[k].encode("utf-8")) for k in keys) / 1e6
    s = score([(out[k], gold[k]) for k in keys])
    s["mb_s"] = mb / seconds if seconds else float("inf")
    return s


def plugin_ms(pages: dict, repeat: int) -> tuple[dict, float]:
    """{plugin: ms per pass} of the default pipeline, and the ms of the whole pass (best of ``repeat``)."""
    from normalizer import Document
    from normalizer.pipeline import Pipeline

    pipeline, best, total = Pipeline(), {}, float("inf")
    for _ in range(repeat):
        t0, spent = time.perf_counter(), {}
        for text in pages.values():
            for name, secs in pipeline.run(Document(text)).timings.items():
                spent[name] = spent.get(name, 0.0) + secs
        total = min(total, time.perf_counter() - t0)
        for name, secs in spent.items():
            best[name] = min(best.get(name, float("inf")), secs)
    return {k: v * 1000 for k, v in best.items()}, total * 1000


def row(name: str, s: dict) -> str:
    return (f"  {name:<22} F1 {s['f1']:.3f} ±{s.get('std', 0):.3f}   P {s['precision']:.3f}   "
            f"R {s['recall']:.3f}   {s['mb_s']:7.2f} MB/s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--tracks", nargs="+", default=["text", "region"])
    ap.add_argument("--halves", action="store_true", help="also score each half of the pages")
    ap.add_argument("--no-anchors", action="store_true", help="score normalizer only")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per system; the best counts (default 3)")
    ap.add_argument("--timings", action="store_true", help="ms per pass of the slowest plugins (default config)")
    args = ap.parse_args(argv)
    systems = [("normalizer --body-only", normalizer_pipeline(body_only=True)),
               ("normalizer (default)", normalizer_pipeline())]
    if not args.no_anchors:
        jt = justext_blocks()
        systems = ([("untouched", untouched)] + ([("jusText (blocks as <p>)", jt)] if jt else [])
                   + [("C4 line filter", c4_lines)] + systems)
        if jt is None:
            print("(jusText not installed: pip install '.[bench]' for its row)")
    for track in args.tracks:
        pages, gold = load(args.bench, track)
        print(f"{track}/: {len(pages)} pages, {sum(len(t.encode()) for t in pages.values()) / 1e6:.2f} MB")
        speeds = {}
        for name, fn in systems:
            fn(next(iter(pages.values())))  # warm-up: imports, compiled patterns
            s = measure(fn, pages, gold, repeat=args.repeat)
            speeds[name] = s["mb_s"]
            print(row(name, s))
        if "jusText (blocks as <p>)" in speeds:
            print(f"  speed ratio normalizer / jusText: {speeds[systems[-1][0]] / speeds['jusText (blocks as <p>)']:.2f}x "
                  f"(target: 5 MB/s where jusText does ~1.2, i.e. ~4.2x)")
        if args.timings:
            ms, total = plugin_ms(pages, args.repeat)
            top = sorted(ms.items(), key=lambda kv: -kv[1])[:6]
            print(f"  ms per pass over the {len(pages)} pages (default pipeline, whole pass {total:.0f} ms): "
                  + ", ".join(f"{k} {v:.1f} ({v / total:.0%})" for k, v in top))
            for name in ("boilerplate", "related"):
                if name in ms and name not in dict(top):
                    print(f"    {name} {ms[name]:.1f} ms ({ms[name] / total:.0%})")
        if args.halves:
            for half in (0, 1):
                keys = [k for k in sorted(pages) if int(k[:8], 16) % 2 == half]
                print(f"  half {half} ({len(keys)} pages):")
                for name, fn in systems[-2:]:
                    print("  " + row(name, measure(fn, pages, gold, keys)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
