"""More unseen pages: the saved test pages of newspaper4k, with the article text they should give.

newspaper4k 0.9.6's source release ships saved news pages (English, Arabic, Chinese, Japanese,
Korean, Thai, Burmese, Latvian, Spanish ...) in ``tests/data/html`` and the article text its own
extractor gives for them in ``tests/data/txt``. This script fetches that release from PyPI into a
cache folder (``pip download``; nothing of it is committed), pairs each page with its text, and
scores with the dev benchmark's metric (``benchmarks/metric.py``), in one run:

- HTML: normalizer (``--body-only`` and default) against readability-lxml, trafilatura and
  boilerpy3 (newspaper itself is not run: the texts are its output, it would meet them by design);
- text dumps: each page rendered as the dev dumps were (html-text), then normalizer against the
  untouched dump and the C4-style line filter.

The metric's tokens are runs of word characters, so in Chinese, Japanese or Thai a token is a
whole run of text between punctuation: those pages score coarsely, all systems alike. These pages
were used for tuning in the session that added this script (see the README), so they show that
fixes hold, not that they generalise; ``benchmarks/realworld.py --half check`` is the held-out set.

    pip install -e '.[bench]'
    python benchmarks/newspaper.py [--cache DIR] [--tracks html text] [--pages]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

RELEASE = "newspaper4k==0.9.6"
SDIST = "newspaper4k-0.9.6.tar.gz"
DEFAULT_CACHE = HERE / ".cache" / "newspaper"


def fetch(cache: Path) -> Path:
    """The unpacked ``tests/data`` folder of the release, downloaded on first use."""
    data = cache / "data"
    if (data / "html").is_dir() and (data / "txt").is_dir():
        return data
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / SDIST
    if not archive.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", RELEASE, "--no-binary", ":all:", "--no-deps",
                        "--quiet", "-d", str(cache)], check=True)
    prefix = SDIST[:-len(".tar.gz")] + "/tests/data/"
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.startswith(prefix)
                   and m.name.count("/") == prefix.count("/") + 1 and m.name.split("/")[-2] in ("html", "txt")]
        for m in members:
            m.name = m.name[len(prefix):]
        tar.extractall(data, members=members, filter="data")
    return data


def pairs(data: Path) -> dict[str, tuple[bytes, str]]:
    """{page name: (html bytes, expected text)} for the pages that have both."""
    out = {}
    for html in sorted((data / "html").glob("*.html")):
        txt = data / "txt" / (html.stem + ".txt")
        if txt.exists():
            out[html.stem] = (html.read_bytes(), txt.read_text(encoding="utf-8"))
    return out


def text_systems():
    from textdump import c4_lines, normalizer_pipeline, untouched

    return [("untouched dump", untouched), ("C4 line filter", c4_lines),
            ("normalizer --body-only", normalizer_pipeline(body_only=True)),
            ("normalizer (default)", normalizer_pipeline())]


def page_f1(predicted: str, gold: str) -> float:
    from metric import page_counts

    tp, fp, fn = page_counts(predicted, gold)
    return tp / (tp + (fp + fn) / 2) if tp else 0.0


def main(argv=None) -> int:
    from metric import score
    from realworld import dump, extractor_systems, run_all

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where the release is downloaded to")
    ap.add_argument("--tracks", nargs="+", default=["html", "text"], choices=["html", "text"])
    ap.add_argument("--pages", action="store_true", help="also print each page's F1 per system")
    args = ap.parse_args(argv)
    pages = pairs(fetch(args.cache))
    print(f"{len(pages)} pages of {RELEASE}'s tests with their expected text")
    for track in args.tracks:
        if track == "text":
            try:
                inputs = {p: dump(html) for p, (html, _) in pages.items()}
            except ImportError:
                print("text: html-text is not installed (pip install -e '.[bench]')")
                continue
            systems = text_systems()
        else:
            inputs, systems = {p: html for p, (html, _) in pages.items()}, extractor_systems()
        outputs, seconds = run_all(systems, inputs)
        print(f"{track}:")
        print(f"  {'system':<30} {'F1':>6} {'P':>6} {'R':>6} {'CPU s':>6}")
        for name, _ in systems:
            s = score([(outputs[name][p], gold) for p, (_, gold) in pages.items()])
            print(f"  {name:<30} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} {seconds[name]:6.2f}")
        if args.pages:
            names = [n for n, _ in systems]
            print("  page F1: " + " | ".join(names))
            for p, (_, gold) in pages.items():
                print(f"  {p:<24} " + " ".join(f"{page_f1(outputs[n][p], gold):5.2f}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
