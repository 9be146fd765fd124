"""Throughput and memory of `normalizer run` on a synthetic dump, with anchors from the same run.

Builds a dump of varied documents (slices of the seeds and of the dev full-page
dumps, each document different) as gzipped JSONL shards of 10k documents, then
measures, all on this machine and in this run:

* `normalizer run -j 1` and `-j 2` (JSONL output): documents/s, MB/s, the ratio;
* peak RSS of the whole process tree (parent + workers) at two dump sizes;
* the I/O floor: reading the same shards and writing the text back, no cleaning;
* trafilatura (pip install '.[bench]') on the dev HTML pages, and normalizer
  on the same pages when the HTML stage is there.

Targets: -j 2 >= 1.8x -j 1; peak RSS at the large size <= 1.2x the small one.
The machine is shared: the load average before and after is printed, and only
ratios between figures of the same run are meant to be compared.

    python benchmarks/throughput.py            # 10k docs for speed, RSS at 10k and 100k (~10 min on a free machine)
    python benchmarks/throughput.py --quick    # 3k docs for speed, RSS at 2k and 20k (~2 min)
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this checkout's normalizer, here and in the runs below
BENCH = ROOT.parent / "shared" / "bench" / "scrapinghub-dev"
SHARD = 10_000


def pages() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((BENCH / "text").glob("*.txt"))
    if not files:
        sys.exit("no seeds or dev pages found")
    return [p.read_text(encoding="utf-8") for p in files]


def synthetic(i: int, texts: list[str]) -> str:
    """Document i: mostly a short excerpt of a page (a news item, a teaser page), one in five a
    longer slice, with a few lines of another page mixed in; every document differs."""
    rng = random.Random(i)
    lines = texts[i % len(texts)].splitlines(keepends=True)
    n = len(lines)
    share = rng.uniform(0.33, 1.0) if rng.random() < 0.2 else rng.uniform(0.08, 0.25)
    size = max(3, int(n * share))
    start = rng.randrange(0, max(1, n - size + 1))
    body = lines[start:start + size]
    other = texts[rng.randrange(len(texts))].splitlines(keepends=True)
    if other:
        k = rng.randrange(len(other))
        body[rng.randrange(len(body) + 1):0] = other[k:k + rng.randrange(1, 6)]
    return "".join(body)


def build_dump(folder: Path, n: int, texts: list[str]) -> int:
    """Write n documents as dump-NNN.jsonl.gz shards; return the UTF-8 bytes of their text."""
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for shard in range(0, n, SHARD):
        with gzip.open(folder / f"dump-{shard // SHARD:03d}.jsonl.gz", "wt", encoding="utf-8", compresslevel=1) as fh:
            for i in range(shard, min(n, shard + SHARD)):
                text = synthetic(i, texts)
                size += len(text.encode("utf-8"))
                fh.write(json.dumps({"id": f"doc-{i}", "url": f"https://site{i % 97}.example/a/{i}",
                                     "text": text}) + "\n")
    return size


def tree_rss(pid: int, cpu: dict | None = None) -> tuple[int, int]:
    """Resident memory (bytes) of a process and all its descendants, and of the process alone.
    ``cpu`` collects each process's CPU seconds so far (utime + stime)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, root, todo = 0, 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/statm") as fh:
                rss = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            if cpu is not None:
                with open(f"/proc/{p}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                cpu[p] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            continue
        total += rss
        root = rss if p == pid else root
    return total, root


def run_cli(inputs: Path, out: Path, jobs: int, *extra: str) -> tuple[float, tuple[int, int], dict]:
    """Run the command; return wall seconds, peak RSS (process tree, parent alone) and the summary
    (with ``cpu_seconds``: the CPU time of the process tree, sampled every 0.1 s)."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "normalizer.cli", "run", str(inputs), "-o", str(out), "-q",
           "-j", str(jobs), "--output-format", "jsonl", *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    peak = parent = 0
    cpu: dict = {}
    while proc.poll() is None:
        total, root = tree_rss(proc.pid, cpu)
        peak, parent = max(peak, total), max(parent, root)
        time.sleep(0.1)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"normalizer run failed ({proc.returncode}): {' '.join(cmd)}")
    summary = json.loads((out / "summary.json").read_text())
    summary["cpu_seconds"] = sum(cpu.values())
    return seconds, (peak, parent), summary


def io_floor(inputs: Path, out: Path) -> float:
    """Seconds to read the shards and write the texts back as JSONL, without cleaning."""
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    for shard in sorted(inputs.glob("*.jsonl.gz")):
        with gzip.open(shard, "rb") as src, open(out / shard.name.replace(".gz", ""), "w", encoding="utf-8") as dst:
            for line in src:
                rec = json.loads(line)
                dst.write(json.dumps({"id": rec["id"], "url": rec["url"], "text": rec["text"]},
                                     ensure_ascii=False) + "\n")
    return time.perf_counter() - t0


def html_anchors(n: int, work: Path) -> list[str]:
    files = sorted((BENCH / "html").glob("*.html.gz"))
    if not files:
        return ["html: no dev HTML pages found"]
    html = [gzip.decompress(p.read_bytes()) for p in files]
    docs = [html[i % len(html)] for i in range(n)]
    mb = sum(map(len, docs)) / 1e6
    lines = []
    try:
        import trafilatura
    except ImportError:
        lines.append("trafilatura: not installed (pip install '.[bench]')")
    else:
        t0 = time.perf_counter()
        for d in docs:
            trafilatura.extract(d.decode("utf-8", "replace"))
        s = time.perf_counter() - t0
        lines.append(f"trafilatura.extract, 1 process   {n / s:8.1f} docs/s  {mb / s:6.2f} MB/s (HTML)")
    from normalizer.inputs import html_document
    try:
        html_document(html[0])
    except NotImplementedError:
        lines.append("normalizer on HTML: n/a (html_document is not implemented on this branch)")
        return lines
    folder = work / "html-in"
    folder.mkdir()
    with open(folder / "pages.jsonl", "w", encoding="utf-8") as fh:
        for i, d in enumerate(docs):
            fh.write(json.dumps({"id": str(i), "html": d.decode("utf-8", "replace")}) + "\n")
    s, _, summary = run_cli(folder, work / "html-out", 1)
    lines.append(f"normalizer -j 1 on the same HTML  {summary['clean'] / s:8.1f} docs/s  {mb / s:6.2f} MB/s (HTML)"
                 f"  ({summary['failed']} failed)")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller sizes (about two minutes)")
    ap.add_argument("--speed-docs", type=int, help="documents for the -j 1 / -j 2 runs")
    ap.add_argument("--rss-docs", type=int, nargs=2, metavar=("SMALL", "LARGE"), help="dump sizes for peak RSS")
    ap.add_argument("--repeat", type=int, default=2, help="runs of -j 1 and -j 2 each (the best counts)")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep it")
    args = ap.parse_args()
    speed_n = args.speed_docs or (3000 if args.quick else 10_000)
    small, large = args.rss_docs or ((2000, 20000) if args.quick else (10_000, 100_000))
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="normalizer-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    texts = pages()
    try:
        print(f"machine: {os.cpu_count()} cores, load average before {load_before[0]:.2f}")
        speed_mb = build_dump(work / "speed", speed_n, texts) / 1e6
        rates, cpu = {1: 0.0, 2: 0.0}, {1: float("inf"), 2: float("inf")}
        for attempt in range(args.repeat):  # -j 1 and -j 2 alternate; the best of each counts
            for jobs in (1, 2):
                s, _, summary = run_cli(work / "speed", work / f"out-j{jobs}", jobs)
                rates[jobs] = max(rates[jobs], summary["documents"] / s)
                cpu[jobs] = min(cpu[jobs], summary["cpu_seconds"] / summary["documents"])
                print(f"normalizer -j {jobs}, {speed_n} docs  {summary['documents'] / s:8.1f} docs/s  "
                      f"{speed_mb / s:6.2f} MB/s  ({s:.1f}s wall, {summary['cpu_seconds']:.1f}s CPU, "
                      f"{summary['failed']} failed, load {os.getloadavg()[0]:.2f})")
        floor = io_floor(work / "speed", work / "floor")
        print(f"I/O floor (read + write, no cleaning) {speed_n / floor:8.1f} docs/s  {speed_mb / floor:6.2f} MB/s")
        print(f"ratio -j 2 / -j 1 (best of {args.repeat} each): {rates[2] / rates[1]:.2f}x wall-clock  (target >= 1.8x)")
        print(f"CPU per document -j 1 / -j 2: {cpu[1] / cpu[2]:.2f} (1.00 = no parallel overhead; "
              f"with two free cores -j 2 reaches at most {2 * cpu[1] / cpu[2]:.2f}x)")
        print(f"I/O floor / -j 1: {speed_n / floor / rates[1]:.0f}x (reading and writing is "
              f"{floor * rates[1] / speed_n:.1%} of a -j 1 run)")
        for n in (small, large):
            build_dump(work / f"rss-{n}", n, texts)
        # The default pipeline has a two-pass plugin (`repeated`) whose pass-1 counts grow with the
        # distinct lines per site (capped by corpus_max_keys); one pass shows the streaming alone.
        for label, extra in (("default pipeline", ()), ("one pass, --disable repeated", ("--disable", "repeated"))):
            peaks = {}
            for n in (small, large):
                s, (peak, parent), summary = run_cli(work / f"rss-{n}", work / f"rss-out-{n}", 2, *extra)
                peaks[n] = peak
                shutil.rmtree(work / f"rss-out-{n}", ignore_errors=True)
                print(f"peak RSS, -j 2, {n:>6} docs, {label}: {peak / 2**20:7.1f} MiB, parent alone "
                      f"{parent / 2**20:.1f} MiB  ({summary['documents'] / s:.1f} docs/s)")
            print(f"RSS ratio {large} / {small} docs, {label}: {peaks[large] / peaks[small]:.2f}x  (target <= 1.2x)")
        for line in html_anchors(140 if args.quick else 350, work):
            print(line)
        load_after = os.getloadavg()
        busy = max(load_before[0], load_after[0]) > (os.cpu_count() or 2) + 0.5
        print(f"load average after {load_after[0]:.2f}" + ("  (the machine was busy with other work: "
                                                           "absolute figures are low, compare ratios)" if busy else ""))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
