"""What many site rule files cost: the default pipeline with 0 and with N site files, same run.

    python benchmarks/site_rules.py [--sites 1000] [--rounds 20]

N synthetic site files (a domain, a marker line, a pattern for one in ten, three
rules each) go into a temporary plugins folder. The seed documents are cleaned
as plain dumps (no URL: every marker and pattern is looked for) and as pages of
one of the sites (its rules run). Printed: ms per document for the default
pipeline alone (the anchor) and with the site files (rounds interleaved), their
ratio, and the share of the time spent in site_rules. Loading and compiling the files is timed apart.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalizer import Document  # noqa: E402
from normalizer.config import load_config  # noqa: E402
from normalizer.pipeline import Pipeline  # noqa: E402

SITE = """\
[match]
domains = ["site{i}.example"]
markers = ["Site {i} — the news of the valley"]
{pattern}
[[lines]]
texts = ["Get the Site {i} app", "Site {i} newsletter"]
kind = "promo"

[[regexes]]
pattern = '^Photo: .+ / Site {i}$'
kind = "caption"

[[blocks]]
start = "More from Site {i}"
kind = "related"
"""


def write_sites(folder: Path, n: int) -> None:
    (folder / "sites").mkdir(parents=True)
    for i in range(n):
        pattern = f"patterns = ['^© \\\\d{{4}} Site {i} Media$']" if i % 10 == 0 else ""
        (folder / "sites" / f"site{i}.example.toml").write_text(SITE.format(i=i, pattern=pattern))


def one_round(pipeline: Pipeline, docs: list[tuple[str, str | None]]) -> tuple[float, float]:
    """Seconds for all documents, and the share of it spent in site_rules."""
    t0, in_rules = time.perf_counter(), 0.0
    for text, url in docs:
        r = pipeline.run(Document(text, url=url))
        in_rules += r.timings.get("site_rules", 0.0)
    took = time.perf_counter() - t0
    return took, in_rules / took


def per_doc(pipelines: list[Pipeline], docs, rounds: int) -> list[tuple[float, float]]:
    """Best-of-rounds ms per document (and site_rules' share) for each pipeline, rounds interleaved."""
    best = [(float("inf"), 0.0)] * len(pipelines)
    for _ in range(rounds):
        for k, pipeline in enumerate(pipelines):
            best[k] = min(best[k], one_round(pipeline, docs))
    return [(took * 1000 / len(docs), share) for took, share in best]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs = [(t, None) for t in seeds] + [(t, "https://www.site7.example/a") for t in seeds]
    with tempfile.TemporaryDirectory() as tmp:
        write_sites(Path(tmp), args.sites)
        anchor = Pipeline(load_config())
        t0 = time.perf_counter()
        loaded = Pipeline(load_config(), plugins_dirs=[tmp])
        load_ms = (time.perf_counter() - t0) * 1000
        (base, base_share), (with_sites, share) = per_doc([anchor, loaded], docs, args.rounds)
    print(f"{len(docs)} documents (5 seeds without URL, 5 as pages of site7.example), best of {args.rounds} interleaved rounds")
    print(f"default pipeline (anchor)        {base:7.3f} ms/doc   site_rules {base_share:5.1%}")
    print(f"with {args.sites} site files       {with_sites:7.3f} ms/doc   site_rules {share:5.1%}")
    print(f"ratio                            {with_sites / base:7.2f}x")
    print(f"loading and compiling {args.sites} files: {load_ms:.0f} ms once per pipeline")


if __name__ == "__main__":
    main()
