"""Output snapshot: prove a speed change leaves every output as it was.

Runs the default pipeline and ``--body-only`` over the seeds, the dev text
dumps, the region dumps and the dev HTML pages — each set once as single
documents (as ``normalize()`` and benchmarks/textdump.py do) and once as a
two-pass run (corpus counted first, as ``normalizer run`` does) — and stores,
per document, the clean text, the flags, every fact found (the metadata
sidecar's candidates), every applied edit (plugin, rule,
kind, reason, span, origin span, replacement) and the overlapping edits
each step dropped.

    python benchmarks/snapshot.py save [FILE]     # before a change (default out/snapshot.json.gz)
    python benchmarks/snapshot.py check [FILE]    # after it: lists every document that differs

``check`` exits 1 when anything differs and prints, per document, what changed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalizer.config import load_config  # noqa: E402
from normalizer.inputs import discover, reader_for  # noqa: E402
from normalizer.pipeline import Pipeline  # noqa: E402

BENCH = (ROOT.parent / "shared" / "bench" / "scrapinghub-dev").resolve()
SETS = {"seeds": ROOT / "seeds", "text": BENCH / "text", "region": BENCH / "region", "html": BENCH / "html"}
DEFAULT_FILE = ROOT / "out" / "snapshot.json.gz"


def documents(folder: Path):
    for item in discover([folder]):
        reader, _ = reader_for(item.path)
        for doc in reader(item):
            yield doc.id or item.key, doc


def record(result) -> dict:
    return {
        "text": result.text,
        "flags": result.flags,
        "facts": result.metadata.to_json()["candidates"],  # every fact found, as the sidecar has it
        "superseded": [[s.plugin, s.superseded] for s in result.log.steps if s.superseded],
        "edits": [[s.plugin, e.rule, e.kind, e.reason, e.start, e.end, list(e.origin), e.replacement]
                  for s in result.log.steps for e in s.edits],
    }


def take(sets) -> dict:
    out = {}
    for body_only in (False, True):
        pipeline = Pipeline(load_config(overrides={"normalizer": {"body_only": body_only}}))
        mode = "body_only" if body_only else "default"
        for name in sets:
            corpus = pipeline.count(doc for _, doc in documents(SETS[name]))
            for run, counts in (("single", None), ("corpus", corpus)):
                docs = list(documents(SETS[name]))  # fresh: the DOM stage changes a page's tree
                t0 = time.perf_counter()
                for key, doc in docs:
                    out[f"{mode}/{run}/{name}/{key}"] = record(pipeline.run(doc, counts))
                print(f"  {mode:<9} {run:<6} {name:<6} {len(docs):3d} documents "
                      f"{time.perf_counter() - t0:6.2f}s", file=sys.stderr)
    return out


def compare(old: dict, new: dict) -> list[str]:
    problems = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if a is None or b is None:
            problems.append(f"{key}: {'new' if a is None else 'missing'} document")
            continue
        what = [f for f in ("text", "flags", "facts", "superseded") if a.get(f) != b.get(f)]
        ea, eb = [tuple(map(str, e)) for e in a["edits"]], [tuple(map(str, e)) for e in b["edits"]]
        lost = [e for e in ea if e not in eb]
        gained = [e for e in eb if e not in ea]
        lines = [f"{key}: differs in {', '.join(what) or 'edits'}"]
        lines += [f"    - {' | '.join(e[:4])} {e[6]}" for e in lost[:5]]
        lines += [f"    + {' | '.join(e[:4])} {e[6]}" for e in gained[:5]]
        problems.append("\n".join(lines))
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=["save", "check"])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    args = ap.parse_args(argv)
    snap = take(args.sets)
    if args.action == "save":
        args.file.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(args.file, "wt", encoding="utf-8") as fh:
            json.dump(snap, fh, ensure_ascii=False)
        print(f"{len(snap)} documents saved to {args.file}")
        return 0
    with gzip.open(args.file, "rt", encoding="utf-8") as fh:
        old = json.load(fh)
    old = {k: v for k, v in old.items() if k.split("/")[2] in args.sets}
    problems = compare(old, snap)
    for p in problems:
        print(p)
    print(f"{len(snap)} documents checked: {len(problems)} differ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
