"""How the review report scales: build it for N documents and compare with the run that made them.

    python benchmarks/report_scale.py [N] [--inputs DIR]

Makes N documents from the seeds (or the .txt files in DIR), each with its own key and a line of
its own, runs `normalizer run` on them (the anchor, same process, same machine), then builds the
report. Prints both times, their ratio, and the sizes that matter for opening the report: the
index page, the largest row chunk, all chunks, and the mean document page.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalizer.cli import main as cli  # noqa: E402
from normalizer.report import build_report  # noqa: E402


def make_inputs(n: int, sources: list[Path], dest: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for i in range(n):
        sub = dest / f"part{i // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc{i:05d}.txt").write_text(f"Document number {i} of the benchmark.\n\n{texts[i % len(texts)]}",
                                             encoding="utf-8")


def size(paths) -> int:
    return sum(p.stat().st_size for p in paths)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=10_000)
    ap.add_argument("--inputs", type=Path, default=ROOT / "seeds")
    args = ap.parse_args()
    sources = sorted(p for p in args.inputs.glob("*.txt"))
    work = Path(tempfile.mkdtemp(prefix="report-bench-"))
    try:
        make_inputs(args.n, sources, work / "in")
        t0 = time.perf_counter()
        cli(["run", str(work / "in"), "-o", str(work / "out"), "-q", "--no-diff"])
        t_run = time.perf_counter() - t0
        t0 = time.perf_counter()
        rep = build_report(work / "out")
        t_rep = time.perf_counter() - t0
        chunks = list((rep / "data").glob("rows-*.js"))
        pages = list((rep / "docs").glob("*.html"))
        print(f"documents            {args.n:>10,}   (from {len(sources)} texts in {args.inputs})")
        print(f"normalizer run       {t_run:>10.1f} s  (anchor)")
        print(f"normalizer report    {t_rep:>10.1f} s  = {t_rep / t_run:.2f} x the run")
        print(f"index.html           {size([rep / 'index.html']) / 1024:>10.1f} KiB")
        print(f"row chunks           {len(chunks):>10}    largest {max(size([c]) for c in chunks) / 1024:.1f} KiB, "
              f"all {size(chunks) / 1024:.1f} KiB")
        print(f"document pages       {len(pages):>10,}    mean {size(pages) / len(pages) / 1024:.1f} KiB "
              f"(inputs mean {size(list((work / 'in').rglob('*.txt'))) / args.n / 1024:.1f} KiB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
