"""The held-out multilingual probe pages: normalizer against the anchors, per language.

The dev bench is mostly English; the product is also judged on pages in German and
other languages from sites nobody wrote a plugin for. ``tests/fixtures/multilingual_html``
(HTML pages) and ``tests/fixtures/multilingual`` (text dumps) hold such pages, written for
this project (invented articles in the markup and wording of German, French, Spanish,
Italian, Dutch, Portuguese and Polish news sites and blogs), each with its article text.
This script scores every system on them with the benchmark's metric, overall and per
language (the file name's prefix). They were written while the rules were being made, so
they show coverage of what those sites print, not an unbiased test set.

    python benchmarks/probes.py [--only html|text]
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from extraction import EXTRACTORS  # noqa: E402
from metric import score  # noqa: E402
from textdump import c4_lines, normalizer_pipeline, untouched  # noqa: E402

FIXTURES = HERE.parent / "tests" / "fixtures"


def _pages(folder: Path, suffix: str) -> list[tuple[str, object, str]]:
    out = []
    for p in sorted(folder.glob(f"*{suffix}")):
        gold = p.with_name(p.name[: -len(suffix)] + ".clean.txt")
        if gold.exists():
            data = p.read_bytes() if suffix == ".html" else p.read_text(encoding="utf-8")
            out.append((p.name[: -len(suffix)], data, gold.read_text(encoding="utf-8")))
    return out


def _report(title: str, systems: list, pages: list) -> None:
    print(f"\n{title}: {len(pages)} pages")
    langs = sorted({name.split("_")[0] for name, _, _ in pages})
    print(f"  {'system':<28} {'all':>6}  " + "  ".join(f"{lang:>5}" for lang in langs))
    for label, run in systems:
        if run is None:
            print(f"  {label:<28} not installed (pip install -e '.[bench]')")
            continue
        outs = [(name, run(name, data), gold) for name, data, gold in pages]
        by_lang = defaultdict(list)
        for name, out, gold in outs:
            by_lang[name.split("_")[0]].append((out, gold))
        cells = "  ".join(f"{score(by_lang[lang], bootstrap=0)['f1']:5.3f}" for lang in langs)
        print(f"  {label:<28} {score([(o, g) for _, o, g in outs], bootstrap=0)['f1']:6.3f}  {cells}")


def _html_systems() -> list:
    out = []
    for name in ("normalizer --body-only", "normalizer (default)", "trafilatura", "readability-lxml",
                 "boilerpy3 (ArticleExtractor)"):
        try:
            run = EXTRACTORS[name]()
            out.append((name, lambda key, data, run=run: run(key, data, None)))
        except ImportError:
            out.append((name, None))
    out.append(("jusText (page's stoplist)", _justext_by_language()))
    return out


STOPLISTS = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
             "pt": "Portuguese", "pl": "Polish", "en": "English"}


def _justext_text():
    """jusText on the dump, each block wrapped as a paragraph (as benchmarks/textdump.py), with the stoplist
    of the page's language."""
    html_run = _justext_by_language()
    if html_run is None:
        return None
    from html import escape

    from textdump import BLOCKS

    def run(key, text):
        blocks = [b for b in BLOCKS.split(text) if b.strip()]
        page = "<html><body>" + "".join(f"<p>{escape(b)}</p>" for b in blocks) + "</body></html>"
        return html_run(key, page.encode("utf-8"))
    return run


def _justext_by_language():
    """jusText with the stoplist of the page's language (the file name's prefix), as a user would set it."""
    try:
        import justext
    except ImportError:
        return None

    def run(key, data):
        stoplist = justext.get_stoplist(STOPLISTS.get(key.split("_")[0], "English"))
        paragraphs = justext.justext(data.decode("utf-8", "replace"), stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return run


def _text_systems() -> list:
    body = normalizer_pipeline(body_only=True)
    default = normalizer_pipeline()
    return [("untouched", lambda k, t: untouched(t)), ("C4 line filter", lambda k, t: c4_lines(t)),
            ("jusText (page's stoplist)", _justext_text()),
            ("normalizer --body-only", lambda k, t: body(t)), ("normalizer (default)", lambda k, t: default(t))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=("html", "text"), help="one kind of probe only")
    args = ap.parse_args(argv)
    if args.only != "text":
        _report("HTML probe pages (tests/fixtures/multilingual_html), F1", _html_systems(),
                _pages(FIXTURES / "multilingual_html", ".html"))
    if args.only != "html":
        pages = _pages(FIXTURES / "multilingual", ".txt")
        pages = [p for p in pages if not p[0].endswith(".clean")]
        if pages:
            _report("text-dump probes (tests/fixtures/multilingual), F1", _text_systems(), pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
