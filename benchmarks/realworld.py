"""Real pages nobody tuned on: trafilatura's "real world" test pages, mostly German.

trafilatura 1.0.0's source release ships 110 saved pages (blogs, news, shops,
associations, public bodies; about two thirds German, the rest English and
French) and ``tests/realworld_tests.py``, which says per page which strings
the article text must hold ("Das Bukett präsentiert sich") and which it must
not ("Kunden kauften auch", "Impressum"). This script fetches that release
from PyPI into a cache folder (``pip download``; nothing of it is committed),
reads those checks from the test file's syntax tree, and scores in one run:

- HTML: normalizer (default and ``--body-only``) against readability-lxml,
  trafilatura (the installed release: the checks were written for its 1.0.0
  ancestor, so it has a home advantage), jusText (with the stoplist of the
  page's language, as a user would set it) and boilerpy3;
- text dumps: each page rendered as the dev benchmark's dumps were
  (``html_text.extract_text(html, guess_layout=True)``, runs of 3+ newlines
  collapsed), then normalizer against the untouched dump, the C4-style line
  filter and jusText.

For each system: the share of "must hold" checks met (kept), of "must not
hold" checks met (removed), and both (all). trafilatura keeps reader comments
(its ``include_comments`` is on by default), normalizer removes them by design:
a "must hold" string that trafilatura's output holds only with comments on is a
comment check, counted apart (``comments kept``) and left out of the others.
``--failures NAME`` lists the checks a system misses. Each system's CPU time for
the pages is printed too (one pass, the systems taking turns page by page).

The pages are split in two halves by a hash of their file name: ``--half tune``
is the half rules may be looked at with, ``--half check`` the half kept for
checking that they generalise (the default scores both, and all).

    pip install -e '.[bench]'
    python benchmarks/realworld.py [--cache DIR] [--tracks html text] [--half tune|check|all]
                                   [--failures normalizer] [--only-pages GLOB]
"""
from __future__ import annotations

import argparse
import ast
import fnmatch
import re
import subprocess
import sys
import tarfile
import time
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

RELEASE = "trafilatura==1.0.0"
SDIST = "trafilatura-1.0.0.tar.gz"
DEFAULT_CACHE = HERE / ".cache" / "realworld"
NEWLINES = re.compile(r"\n{3,}")


def fetch(cache: Path) -> Path:
    """The unpacked tests folder of the release, downloaded on first use."""
    tests = cache / "tests"
    if (tests / "realworld_tests.py").exists():
        return tests
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / SDIST
    if not archive.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", RELEASE, "--no-binary", ":all:", "--no-deps",
                        "--quiet", "-d", str(cache)], check=True)
    with tarfile.open(archive) as tar:
        prefix = SDIST[:-len(".tar.gz")] + "/tests/"
        members = [m for m in tar.getmembers() if m.name.startswith(prefix) and m.isfile()
                   and (m.name.endswith("realworld_tests.py") or "/cache/" in m.name)]
        for m in members:
            m.name = m.name[len(prefix):]
        tar.extractall(tests, members=members, filter="data")
    return tests


def checks(test_file: Path) -> dict[str, list[tuple[str, bool]]]:
    """{page file: [(string, must it be there), ...]} from ``assert 'x' in result and 'y' not in result``
    statements after ``result = load_mock_page(URL, ...)``. Asserts of other shapes are skipped."""
    tree = ast.parse(test_file.read_text(encoding="utf-8"))
    pages = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "MOCK_PAGES":
            pages = ast.literal_eval(node.value)
    found: dict[str, list[tuple[str, bool]]] = {}
    for func in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        current = None
        for node in _in_order(func.body):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                    and getattr(node.value.func, "id", None) == "load_mock_page":
                url = node.value.args[0]
                current = pages.get(url.value) if isinstance(url, ast.Constant) else None
            elif isinstance(node, ast.Assert) and current is not None:
                parts = node.test.values if isinstance(node.test, ast.BoolOp) and isinstance(
                    node.test.op, ast.And) else [node.test]
                for part in parts:
                    pair = _membership(part)
                    if pair is not None and pair not in found.setdefault(current, []):
                        found[current].append(pair)
    return found


def _in_order(body):
    for node in body:
        yield node
        for field in ("body", "orelse"):
            yield from _in_order(getattr(node, field, []) or [])


def _membership(node) -> tuple[str, bool] | None:
    if (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str) and getattr(node.comparators[0], "id", None) == "result"
            and isinstance(node.ops[0], (ast.In, ast.NotIn))):
        return node.left.value, isinstance(node.ops[0], ast.In)
    return None


def decoded(data: bytes) -> str:
    from normalizer.htmldecode import decode_html

    return decode_html(data)[0]


def html_systems(stoplists: dict):
    systems = extractor_systems()
    jt = justext_by_language(stoplists)
    if jt is not None:
        systems.append(("jusText (page's stoplist)", lambda data: jt(decoded(data), data)))
    return systems


def extractor_systems():
    """The extractors on a page's bytes: normalizer's two configs, readability-lxml, trafilatura, boilerpy3."""
    from extraction import EXTRACTORS

    systems = []
    for name in ("normalizer --body-only", "normalizer (default)", "readability-lxml", "trafilatura",
                 "boilerpy3 (ArticleExtractor)"):
        try:
            run = EXTRACTORS[name]()
        except ImportError:
            print(f"  {name}: not installed (pip install -e '.[bench]')")
            continue
        raw = name.startswith("normalizer")  # it finds the encoding itself; the others get UTF-8
        systems.append((name, lambda data, run=run, raw=raw: run("page", data if raw else decoded(data).encode("utf-8"),
                                                                 None)))
    return systems


def page_stoplists(pages: dict[str, bytes]) -> dict[bytes, frozenset]:
    """{page bytes: the jusText stoplist of its language}: the one of German, English and French
    that holds the most words of the page's text (the pages are in these three, but one in Chinese).
    Chosen before the timed runs, as a user would set it."""
    try:
        import justext
    except ImportError:
        return {}
    from normalizer.htmltext import parse, render

    lists = [justext.get_stoplist(lang) for lang in ("German", "English", "French")]
    out = {}
    for data in pages.values():
        words = re.findall(r"\w+", render(parse(decoded(data))).text.lower())
        out[data] = max(lists, key=lambda stops: sum(map(stops.__contains__, words)))
    return out


def justext_by_language(stoplists: dict):
    """jusText on (html, the page's bytes) with the stoplist chosen for the page."""
    try:
        import justext
    except ImportError:
        return None

    def run(html: str, page: bytes) -> str:
        paragraphs = justext.justext(html, stoplists[page])
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return run


def text_systems(stoplists: dict, dumps: dict):
    from textdump import c4_lines, normalizer_pipeline, untouched

    systems = [("untouched dump", untouched), ("C4 line filter", c4_lines)]
    jt = justext_by_language(stoplists)
    if jt is not None:
        systems.append(("jusText (page's stoplist)", lambda text: jt(_as_paragraphs(text), dumps[text])))
    systems += [("normalizer --body-only", normalizer_pipeline(body_only=True)),
                ("normalizer (default)", normalizer_pipeline())]
    return systems


def _as_paragraphs(text: str) -> str:
    """The dump's blank-line blocks as ``<p>`` elements (as benchmarks/textdump.py gives jusText a dump)."""
    from html import escape

    from textdump import BLOCKS

    return "<html><body>" + "".join(f"<p>{escape(b)}</p>" for b in BLOCKS.split(text) if b.strip()) + "</body></html>"


def dump(data: bytes) -> str:
    import html_text

    return NEWLINES.sub("\n\n", html_text.extract_text(decoded(data), guess_layout=True))


def comment_checks(pages: dict[str, bytes], wanted) -> set[tuple[str, str]]:
    """The "must hold" checks that trafilatura meets only with reader comments included."""
    try:
        import trafilatura
    except ImportError:
        return set()
    found = set()
    for p, cs in wanted.items():
        html = decoded(pages[p])
        without = trafilatura.extract(html, include_comments=False) or ""
        with_comments = trafilatura.extract(html, include_comments=True) or ""
        found.update((p, s) for s, present in cs if present and _has(with_comments, s) and not _has(without, s))
    return found


def half(page: str) -> str:
    return "tune" if zlib.crc32(page.encode("utf-8")) % 2 == 0 else "check"


def score(outputs: dict[str, str], wanted: dict[str, list[tuple[str, bool]]], comments=frozenset()) -> dict:
    kept = [(p, s) for p, cs in wanted.items() for s, present in cs if present and (p, s) not in comments]
    in_comments = [c for c in comments if c[0] in wanted]
    removed = [(p, s) for p, cs in wanted.items() for s, present in cs if not present]
    kept_ok = [c for c in kept if _has(outputs[c[0]], c[1])]
    removed_ok = [c for c in removed if not _has(outputs[c[0]], c[1])]
    missed = [(p, s, True) for p, s in kept if (p, s) not in kept_ok] + \
             [(p, s, False) for p, s in removed if (p, s) in removed and _has(outputs[p], s)]
    return {"kept": len(kept_ok) / len(kept), "removed": len(removed_ok) / len(removed),
            "all": (len(kept_ok) + len(removed_ok)) / (len(kept) + len(removed)),
            "comments": sum(_has(outputs[p], s) for p, s in in_comments) / max(len(in_comments), 1),
            "n_kept": len(kept), "n_removed": len(removed), "n_comments": len(in_comments), "missed": missed}


def run_all(systems: list, inputs: dict) -> tuple[dict, dict]:
    """Every system's output on every page, and its CPU seconds; the systems take turns page by
    page, so that load from other work hits them alike."""
    out = {name: {} for name, _ in systems}
    seconds = dict.fromkeys(out, 0.0)
    clock = time.process_time
    for name, run in systems:  # a first call compiles and loads what each system caches: not timed
        _safe(run, next(iter(inputs.values())))
    for p, x in inputs.items():
        for name, run in systems:
            t0 = clock()
            out[name][p] = _safe(run, x)
            seconds[name] += clock() - t0
    return out, seconds


def _safe(run, x) -> str:
    try:
        return run(x) or ""
    except Exception:  # an extractor crashing on a page scores it empty
        return ""


def _has(text: str, s: str) -> bool:
    """Whether ``text`` holds ``s``, whitespace runs counting as one space (renderers differ in them)."""
    return " ".join(s.split()) in " ".join(text.split())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where the release is downloaded to")
    ap.add_argument("--tracks", nargs="+", default=["html", "text"], choices=["html", "text"])
    ap.add_argument("--failures", metavar="NAME", help="list the checks missed by systems whose name starts so")
    ap.add_argument("--only-pages", metavar="GLOB", help="only the page files matching GLOB")
    ap.add_argument("--half", choices=["tune", "check", "all"], help="score only this half of the pages "
                    "(default: each half, then all)")
    args = ap.parse_args(argv)
    tests = fetch(args.cache)
    wanted = checks(tests / "realworld_tests.py")
    if args.only_pages:
        wanted = {p: c for p, c in wanted.items() if fnmatch.fnmatch(p, args.only_pages)}
    pages = {p: (tests / "cache" / p).read_bytes() for p in sorted(wanted) if (tests / "cache" / p).exists()}
    wanted = {p: c for p, c in wanted.items() if p in pages}
    n_checks = sum(map(len, wanted.values()))
    print(f"{len(pages)} pages of {RELEASE}'s real-world tests, {n_checks} checks")
    comments = comment_checks(pages, wanted)
    stoplists = page_stoplists(pages)
    halves = [args.half] if args.half else ["tune", "check", "all"]
    parts = {h: {p: c for p, c in wanted.items() if h == "all" or half(p) == h} for h in halves}
    for track in args.tracks:
        if track == "text":
            try:
                inputs = {p: dump(d) for p, d in pages.items()}
            except ImportError:
                print("text: html-text is not installed (pip install -e '.[bench]')")
                continue
            systems = text_systems(stoplists, {inputs[p]: pages[p] for p in inputs})
        else:
            inputs, systems = pages, html_systems(stoplists)
        print(f"{track}:")
        outputs, seconds = run_all(systems, inputs)
        print(f"  CPU seconds for the {len(inputs)} pages: " + ", ".join(f"{n} {t:.2f}" for n, t in seconds.items()))
        for h, part in parts.items():
            print(f"  {h} ({len(part)} pages)")
            print(f"  {'system':<30} {'kept':>6} {'removed':>8} {'all':>6} {'comments kept':>14}")
            for name, _ in systems:
                s = score(outputs[name], part, comments)
                print(f"  {name:<30} {s['kept']:6.3f} {s['removed']:8.3f} {s['all']:6.3f} {s['comments']:14.3f}")
                if args.failures and name.startswith(args.failures) and h != "all":
                    for p, string, present in s["missed"]:
                        print(f"      {p}: {'lost' if present else 'left'} {string!r}")
            print(f"  (of {s['n_kept']} strings to keep, {s['n_removed']} to remove, "
                  f"{s['n_comments']} in reader comments)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
