"""Text-dump benchmark: normalizer against the anchors, on the ScrapingHub dev dumps.

Scores, in the same run and with the same metric (benchmarks/metric.py):
untouched input, jusText on the dump (each blank-line block wrapped as <p>),
a C4-style line filter (lines ending in terminal punctuation with >= 5 words),
and normalizer (default config, and ``--body-only``, which also drops the
headline the reference bodies leave out) — F1, precision, recall and MB/s — on the
full-page dumps (``text/``) and the article-region dumps (``region/``).
``--halves`` also scores the two halves of the pages (split by key) to show
whether the figures hold on pages the thresholds were not looked at with.

MB/s is input megabytes per CPU second of this (single-threaded) process, the
best of ``--repeat`` rounds; the systems take turns page by page within each
round, so a busy machine slows them alike and the ratios hold. ``--timings`` adds where
normalizer's time goes: each plugin's share and the core's (applying and
logging edits, splitting lines) — the rest of the pipeline's time.

    python benchmarks/textdump.py [--bench DIR] [--tracks text region] [--halves] [--no-anchors] [--repeat N]
                                  [--timings]

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


def normalizer_pipeline(timings: dict | None = None, **core):
    """The pipeline as a function; ``timings`` (if given) sums each plugin's seconds."""
    from normalizer import Document
    from normalizer.config import load_config
    from normalizer.pipeline import Pipeline

    pipeline = Pipeline(load_config(overrides={"normalizer": core}) if core else None)
    if timings is None:
        return lambda text: pipeline.run(Document(text)).text

    def run(text: str) -> str:
        result = pipeline.run(Document(text))
        for name, seconds in result.timings.items():
            timings[name] = timings.get(name, 0.0) + seconds
        return result.text
    return run


def load(bench: Path, track: str):
    gold = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {p.stem: p.read_text(encoding="utf-8") for p in sorted((bench / track).glob("*.txt"))}
    return pages, {k: gold[k]["articleBody"] for k in pages}


def measure(systems: list, pages: dict, gold: dict, keys=None, repeat: int = 1) -> list[dict]:
    """Score each ``(name, fn)`` on the pages; its speed is its best of ``repeat`` rounds
    (CPU seconds of this process; within a round the systems take turns page by page, so that
    load from other work hits them alike)."""
    keys = sorted(pages) if keys is None else keys
    seconds = [float("inf")] * len(systems)
    outs = [{} for _ in systems]
    clock = time.process_time
    for _ in range(repeat):
        spent = [0.0] * len(systems)
        for k in keys:
            for i, (_, fn) in enumerate(systems):
                t0 = clock()
                outs[i][k] = fn(pages[k])
                spent[i] += clock() - t0
        seconds = list(map(min, seconds, spent))
    mb = sum(len(pages[k].encode("utf-8")) for k in keys) / 1e6
    scores = []
    for out, secs in zip(outs, seconds):
        s = score([(out[k], gold[k]) for k in keys])
        s["mb_s"] = mb / secs if secs else float("inf")
        s["seconds"] = secs
        scores.append(s)
    return scores


def row(name: str, s: dict) -> str:
    return (f"  {name:<22} F1 {s['f1']:.3f} ±{s.get('std', 0):.3f}   P {s['precision']:.3f}   "
            f"R {s['recall']:.3f}   {s['mb_s']:7.2f} MB/s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--tracks", nargs="+", default=["text", "region"])
    ap.add_argument("--halves", action="store_true", help="also score each half of the pages")
    ap.add_argument("--no-anchors", action="store_true", help="score normalizer only")
    ap.add_argument("--repeat", type=int, default=5, help="timed rounds; each system's best counts (default 5)")
    ap.add_argument("--timings", action="store_true", help="also print where normalizer's time goes")
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
        for _, fn in systems:
            fn(next(iter(pages.values())))  # warm-up: imports, compiled patterns
        speeds = {}
        for (name, _), s in zip(systems, measure(systems, pages, gold, repeat=args.repeat)):
            speeds[name] = s["mb_s"]
            print(row(name, s))
        ours = speeds[systems[-1][0]]
        print(f"  normalizer (default): {ours:.2f} MB/s on one core (target: 5 MB/s)"
              + (f", {ours / speeds['jusText (blocks as <p>)']:.2f}x jusText" if "jusText (blocks as <p>)" in speeds else ""))
        if args.halves:
            for half in (0, 1):
                keys = [k for k in sorted(pages) if int(k[:8], 16) % 2 == half]
                print(f"  half {half} ({len(keys)} pages):")
                for (name, _), s in zip(systems[-2:], measure(systems[-2:], pages, gold, keys)):
                    print("  " + row(name, s))
        if args.timings:
            print_timings(pages, args.repeat)
    return 0


def print_timings(pages: dict, repeat: int) -> None:
    """Each plugin's share of the default pipeline's time, and the core's (the rest); the fastest round."""
    best, best_timings = float("inf"), {}
    for _ in range(repeat):
        timings = {}
        run = normalizer_pipeline(timings)
        t0 = time.perf_counter()
        for text in pages.values():
            run(text)
        total = time.perf_counter() - t0
        if total < best:
            best, best_timings = total, timings
    parts = sorted(best_timings.items(), key=lambda kv: -kv[1])
    parts.append(("core (edits, logs, line splits, calls)", best - sum(best_timings.values())))
    print(f"  where the default pipeline's time goes ({best * 1000:.0f} ms a pass):")
    print("    " + ", ".join(f"{name} {secs / best:.0%}" for name, secs in parts if secs / best >= 0.005))


if __name__ == "__main__":
    sys.exit(main())
