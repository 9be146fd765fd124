"""False positives of the phrase rules: what they remove from pure article text.

Runs the default pipeline over texts that are article and nothing else: the
``articleBody`` of every page of the dev set's ``ground-truth.json`` and the
seed gold (``seeds/gold/*.clean.txt``). Every non-blank line an edit of a
phrase-phase plugin (``ads``, ``captions``, ``related`` …) takes out of such a
text is a false positive; each is printed with its plugin and rule, then the
count per rule and in all.

    python benchmarks/phrase_fp.py [--bench DIR] [--no-seeds] [--width N] [--quiet]

The exit status is 0 whatever is found: this is a report to compare before and
after a change of the phrase lists, not a gate.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

DEFAULT_BENCH = HERE.parent.parent / "shared" / "bench" / "scrapinghub-dev"
SEED_GOLD = HERE.parent / "seeds" / "gold"


def texts(bench: Path, seeds: bool):
    """``(name, text, url)`` of every pure article text."""
    gold = bench / "ground-truth.json"
    if gold.exists():
        for key, page in sorted(json.loads(gold.read_text(encoding="utf-8")).items()):
            yield f"dev:{key[:12]}", page.get("articleBody") or "", page.get("url")
    if seeds:
        for path in sorted(SEED_GOLD.glob("*.clean.txt")):
            yield f"seed:{path.name[: -len('.clean.txt')]}", path.read_text(encoding="utf-8"), None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--no-seeds", action="store_true", help="leave out the seed gold")
    ap.add_argument("--width", type=int, default=110, help="print at most this many characters of a line")
    ap.add_argument("--quiet", action="store_true", help="print the counts only")
    args = ap.parse_args(argv)

    from normalizer import Document
    from normalizer.pipeline import Pipeline

    pipeline = Pipeline(entrypoints=False)
    phrase = {s.name for s in pipeline.stages if s.phase == "phrase"}
    per_rule, docs, total_lines = Counter(), 0, 0
    for name, text, url in texts(args.bench, not args.no_seeds):
        docs += 1
        total_lines += sum(1 for line in text.split("\n") if line.strip())
        result = pipeline.run(Document(text, url=url, id=name))
        for e in result.edits:
            if e.plugin not in phrase:
                continue
            for line in e.removed.split("\n"):
                if not line.strip():
                    continue
                per_rule[e.rule or e.plugin] += 1
                if not args.quiet:
                    shown = line.strip()
                    shown = shown if len(shown) <= args.width else shown[: args.width - 1] + "…"
                    print(f"{name:<24} {e.rule or e.plugin:<30} {shown}")
    print(f"\n{docs} texts, {total_lines} non-blank lines; phrase plugins: {', '.join(sorted(phrase))}")
    for rule, n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:5d}  {rule}")
    print(f"false positives (lines removed by phrase rules): {sum(per_rule.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
