"""The long fuzz run: every target of tests/fuzz_targets.py, in turns, for --minutes.

    python benchmarks/fuzz.py --minutes 20

Each turn gives one target a fresh random batch of --batch inputs (hypothesis,
no example database, so turns never repeat each other). A crash is any
exception other than the per-document errors the targets allow; hypothesis
shrinks it to a small input, which is printed (and written to --crashes) so it
can become a regression test. Prints the inputs tried per target and the crashes.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--batch", type=int, default=200, help="inputs per target per turn")
    parser.add_argument("--crashes", default="fuzz-crashes.jsonl", help="where shrunk crashing inputs go")
    args = parser.parse_args(argv)

    from hypothesis import HealthCheck, given, settings

    import fuzz_targets

    stop = time.monotonic() + args.minutes * 60
    crashes, turns = [], 0
    t0 = time.monotonic()
    while time.monotonic() < stop:
        for name, (target, strategy) in fuzz_targets.TARGETS.items():
            if time.monotonic() >= stop:
                break
            run = settings(max_examples=args.batch, deadline=None, database=None,
                           suppress_health_check=list(HealthCheck))(given(strategy)(target))
            try:
                run()
            except Exception as e:  # a crash: hypothesis re-raises it for the shrunk input
                crashes.append({"target": name, "error": f"{type(e).__name__}: {e}"[:2000],
                                "trace": traceback.format_exc()[-4000:]})
                print(f"CRASH in {name}: {type(e).__name__}: {str(e)[:300]}", flush=True)
                with open(args.crashes, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps(crashes[-1]) + "\n")
        turns += 1
        done = dict(fuzz_targets.COUNT)
        print(f"{(time.monotonic() - t0) / 60:5.1f} min: {sum(done.values())} inputs tried "
              f"({', '.join(f'{k} {v}' for k, v in sorted(done.items()))}), crashes: {len(crashes)}", flush=True)
    total = sum(fuzz_targets.COUNT.values())
    minutes = (time.monotonic() - t0) / 60
    print(f"\n| target | inputs tried |\n|---|---|")
    for name, n in sorted(fuzz_targets.COUNT.items()):
        print(f"| {name} | {n:,} |")
    print(f"| all | {total:,} in {minutes:.1f} min, {turns} turns; crashes: {len(crashes)} |")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
