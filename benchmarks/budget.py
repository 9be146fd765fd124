"""What the time budget costs, and how long the largest allowed document takes.

With a budget (the default) documents are cleaned in worker processes the
parent watches (normalizer.supervise), even with -j 1; with --time-budget 0,
-j 1 runs in the parent and -j N in a plain process pool. This script runs the
same inputs both ways, taking turns, and prints the best wall time of
--repeat runs and the ratio (budget / no budget), for a small and a large run
and -j 1 / -j 2. It then times one document of max_document_size (16 MiB of
prose on one line and on many lines) against the default budget (60 s).

    python benchmarks/budget.py [--copies 10] [--repeat 3]
"""
from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "scrapinghub-dev" / "text"


def make_inputs(folder: Path, copies: int) -> int:
    sources = sorted(BENCH.glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    n = 0
    for c in range(copies):
        for p in sources:
            (folder / f"{c:03d}-{p.name}").write_bytes(p.read_bytes())
            n += 1
    return n


def run(inputs: Path, jobs: int, budget: str | None) -> float:
    out = Path(tempfile.mkdtemp(prefix="budget-out-"))
    cmd = [sys.executable, "-m", "normalizer", "run", str(inputs), "-o", str(out / "o"), "-q", "-j", str(jobs),
           "--no-resume"] + (["--time-budget", budget] if budget is not None else [])
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - t0
    shutil.rmtree(out)
    return seconds


def max_size_document() -> list[tuple[str, float, float]]:
    from normalizer import Document
    from normalizer.config import INPUT_DEFAULTS
    from normalizer.pipeline import Pipeline

    size = INPUT_DEFAULTS["max_document_size"]
    rng = random.Random(1)
    words = ("the of and to in a is that for it as was with be by on not he this are or his from at which "
             "council budget schools roads money year members agreed would more than before").split()
    parts, n = [], 0
    while n < size:
        w = rng.choice(words)
        parts.append(w)
        n += len(w) + 1
    one_line = " ".join(parts)[:size]
    many = one_line.replace(" the ", ". The\n")
    pipeline = Pipeline()
    out = []
    for name, text in (("one line", one_line), ("many lines", many)):
        t0 = time.perf_counter()
        pipeline.run(Document(text))
        out.append((name, time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=10, help="copies of the dev dumps in the large run")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="budget-in-"))
    small, large = tmp / "small", tmp / "large"
    small.mkdir()
    large.mkdir()
    n_small, n_large = make_inputs(small, 0) or 0, make_inputs(large, args.copies)
    for p in sorted((ROOT / "seeds").glob("*.txt"))[:3]:
        (small / p.name).write_bytes(p.read_bytes())
        n_small += 1
    print(f"| run | documents | -j | no budget (s) | budget 60 s (s) | ratio |\n|---|---|---|---|---|---|")
    for name, folder, n in (("small", small, n_small), ("large", large, n_large)):
        for jobs in (1, 2):
            best = {"0": float("inf"), None: float("inf")}
            for _ in range(args.repeat):
                for budget in ("0", None):  # take turns: load from other work hits both alike
                    best[budget] = min(best[budget], run(folder, jobs, budget))
            print(f"| {name} | {n} | {jobs} | {best['0']:.2f} | {best[None]:.2f} | {best[None] / best['0']:.2f} |",
                  flush=True)
    shutil.rmtree(tmp)
    for name, seconds, rss in max_size_document():
        print(f"max_document_size (16 MiB) of prose on {name}: {seconds:.1f} s "
              f"({seconds / 60:.0%} of the default budget), peak RSS {rss:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
