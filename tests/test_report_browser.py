"""The review report in a real headless Chromium: it renders from disk, highlights carry their plugin,
keys step through the edits, decisions export as JSON, and that JSON becomes regression cases that
fail with the mistaken pipeline and pass with the right one."""
import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from normalizer import regressions
from normalizer.cli import main
from normalizer.config import load_config
from normalizer.pipeline import Pipeline
from normalizer.report import build_report

CHROMIUM = os.environ.get("NORMALIZER_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "build" / "screenshots"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - CI installs it with the test extra
    if os.environ.get("CI"):
        raise
    pytest.skip("playwright is not installed: pip install '.[test]'", allow_module_level=True)
if not Path(CHROMIUM).exists():  # pragma: no cover - CI installs it (.ci/run)
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: apt-get install chromium")
    pytest.skip("Chromium is not installed: apt-get install chromium", allow_module_level=True)

STORY = """City council approves new bike lanes
Advertisement
The council voted 7 to 2 on Tuesday to add protected bike lanes on Main Street, after two years of debate.
Mayor Jane Doe said the lanes would make the street safer for children, cyclists and drivers alike.
One commenter typed <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned=2"> into the form.
Work starts in March and should be finished before the end of the year, the city said.
Riders at the meeting were cheering loudly.
Photo: Reuters
"""

# A throwaway plugin with a real mistake: it removes every line that mentions a mayor.
OVEREAGER = """from normalizer import Edit, hookimpl

@hookimpl
def find_edits(document):
    return [Edit(l.start, l.stop, kind="other", reason="line about a mayor", rule="overeager.mayor")
            for l in document.lines if "Mayor" in l.text]
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("browser")
    inputs = base / "in"
    shutil.copytree(SEEDS, inputs, ignore=shutil.ignore_patterns("gold"))
    (inputs / "story.txt").write_text(STORY, encoding="utf-8")
    plugins = base / "throwaway"
    plugins.mkdir()
    (plugins / "overeager.py").write_text(OVEREAGER)
    out = base / "out"
    # The mistaken pipeline: the throwaway plugin on, the ads plugin and the generic classifier off
    # (so "Advertisement" stays).
    assert main(["run", str(inputs), "-o", str(out), "-q", "--plugins-dir", str(plugins),
                 "--disable", "ads", "--disable", "boilerplate"]) == 0
    build_report(out, chunk_rows=2, page_rows=2)  # 6 documents, 3 chunks, 3 pages: loading on demand
    return {"out": out, "report": out / "report", "plugins": plugins, "base": base}


@pytest.fixture(scope="module")
def browser_context(site, tmp_path_factory):
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=CHROMIUM, args=ARGS, headless=True,
            viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        yield ctx
        ctx.close()


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    page.set_default_timeout(5000)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: errors.append(f"network request: {r.url}")
            if not r.url.startswith(("file:", "blob:", "data:")) else None)
    yield page
    page.close()
    assert not errors, errors


def loaded_chunks(page):
    return sorted(page.evaluate("[...document.querySelectorAll('script[src*=\"rows-\"]')]"
                                ".map(s => s.getAttribute('src'))"))


def test_index_renders_the_corpus_picture_and_loads_rows_on_demand(site, page):
    page.goto((site["report"] / "index.html").as_uri())
    page.wait_for_selector("#rows tr")
    assert page.locator("table.plugins tr[data-plugin='overeager']").count() == 1
    assert page.locator("svg.chart .bar[data-plugin='captions']").count() == 1
    assert page.locator("svg.hist .bin").count() == 12
    # unfiltered, largest share first: the first page needs the first chunk only
    assert page.locator("#rows tr").count() == 2
    assert loaded_chunks(page) == ["data/rows-0000.js"]
    first = [float(t.split()[-1].rstrip("%")) for t in page.locator("#rows td.share-cell").all_inner_texts()]
    assert first == sorted(first, reverse=True) and first[0] > 50
    page.click("#pager button:has-text('next')")
    page.wait_for_function("document.querySelector('#pager span').textContent.includes('page 2 of 3')")
    assert loaded_chunks(page) == ["data/rows-0000.js", "data/rows-0001.js"]
    # a filter needs every row: all chunks load
    page.select_option("#f-plugin", label="overeager")
    page.wait_for_function("document.querySelectorAll('#rows tr').length === 1")
    assert page.locator("#rows tr a").inner_text() == "story"
    assert len(loaded_chunks(page)) == 3
    page.select_option("#f-plugin", label="any plugin")
    page.fill("#q", "3e767a")
    page.wait_for_function("document.querySelectorAll('#rows tr').length === 1")
    assert "003_3e767a28963ffa53" in page.locator("#rows").inner_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.fill("#q", "")
    page.screenshot(path=str(SHOTS / "report-index.png"), full_page=True)


def test_smallest_removals_first_needs_only_the_last_chunk(site, page):
    page.goto((site["report"] / "index.html").as_uri() + "#sort=share-asc")
    page.wait_for_selector("#rows tr")
    assert loaded_chunks(page) == ["data/rows-0002.js"]
    shares = [float(t.split()[-1].rstrip("%")) for t in page.locator("#rows td.share-cell").all_inner_texts()]
    assert shares == sorted(shares) and shares[0] < 5


def test_document_page_marks_each_cut_with_its_plugin_and_escapes_text(site, page):
    page.goto((site["report"] / "docs" / "story.html").as_uri())
    mayor = page.locator("#original del.cut[data-plugin='overeager']")
    assert mayor.count() == 1 and "Mayor Jane Doe" in mayor.inner_text()
    assert "line about a mayor" in mayor.get_attribute("title")
    # the scraped text is shown, never run
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>window.__pwned = 1</script>" in page.locator("#L5").inner_text()
    # keyboard: j steps to the first edit and the info line names its plugin and reason
    current = page.locator("#original .current")
    page.keyboard.press("j")
    assert current.get_attribute("data-plugin") == "overeager"
    assert "line about a mayor" in page.locator("#info").inner_text()
    page.keyboard.press("j")
    assert current.get_attribute("data-plugin") == "captions" and "Photo: Reuters" in current.inner_text()
    assert "captions" in page.locator("#info").inner_text()
    page.keyboard.press("k")
    assert current.get_attribute("data-plugin") == "overeager"
    assert page.locator("#edits li.current b").inner_text() == "overeager"


def test_seed_page_highlights_match_the_edit_list(site, page):
    page.goto((site["report"] / "docs" / "003_3e767a28963ffa53.html").as_uri())
    assert page.locator("#L4 del.cut").get_attribute("data-plugin") == "promos"  # "Get more with myNEWS"
    assert page.locator("#L7 del.cut").get_attribute("data-plugin") == "captions"  # "... Photo: AFP"
    # every highlight carries the plugin its entry in the edit list names
    pairs = page.locator("#original [data-e]").evaluate_all(
        "els => els.map(e => [e.dataset.plugin, document.querySelector('#x' + e.dataset.e + ' b').textContent])")
    assert pairs and all(a == b for a, b in pairs)
    video = page.locator("#original del.cut[data-plugin='video']").first
    tags = page.locator("#original del.cut[data-plugin='tags']").first
    assert video.evaluate("e => getComputedStyle(e).backgroundColor") != \
        tags.evaluate("e => getComputedStyle(e).backgroundColor")
    assert page.locator("#edits li.ed").count() == page.locator("#original [data-e]").evaluate_all(
        "els => new Set(els.map(e => e.dataset.e)).size")


def test_marking_two_mistakes_exports_decisions_that_become_failing_then_passing_tests(site, page):
    page.goto((site["report"] / "docs" / "story.html").as_uri())
    page.evaluate("window.NRReview.clear()")
    # mistake 1: the overeager plugin cut a real sentence -> "keep this"
    page.locator("#original del.cut[data-plugin='overeager']").click()
    page.keyboard.press("x")
    # mistake 2: "Advertisement" was left in -> click its line number: "should go"
    page.locator("#L2 .n").click()
    assert page.locator("#L2.dec-drop").count() == 1
    assert page.locator("#original .dec-keep").count() >= 1
    assert "2 decision(s) on this document" in page.locator("#review-count").inner_text()
    page.screenshot(path=str(SHOTS / "report-document.png"))
    with page.expect_download() as dl:
        page.click("#export")
    exported = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert exported["format"] == "normalizer.review/1"
    assert [(d["decision"], d["line"], d["text"]) for d in exported["decisions"]] == [
        ("drop", 2, "Advertisement"),
        ("keep", 4, STORY.split("\n")[3]),
    ]
    keep = exported["decisions"][1]
    assert (keep["plugin"], keep["rule"], keep["reason"]) == ("overeager", "overeager.mayor", "line about a mayor")
    assert exported["documents"]["story"]["original"] == STORY
    # the decisions survive a reload (localStorage)
    page.reload()
    assert page.locator("#L2.dec-drop").count() == 1

    decisions = site["base"] / "decisions.json"
    decisions.write_text(json.dumps(exported), encoding="utf-8")
    cases = site["base"] / "regressions"
    assert main(["review", "apply", str(decisions), "--tests", str(cases)]) == 0
    [case] = regressions.load_cases(cases)
    assert case.input == STORY and case.key == "story"
    mistaken = Pipeline(load_config(), plugins_dirs=[site["plugins"]], disable=["ads", "boilerplate"])
    found = regressions.run_case(case, mistaken)
    assert len(found) == 2
    assert any("should stay but was removed: 'Mayor Jane Doe" in f and "overeager" in f for f in found)
    assert any("should go but is still there: 'Advertisement'" in f for f in found)
    assert regressions.run_case(case, Pipeline(load_config())) == []  # the fixed pipeline passes
