"""The report site as files: what it writes, that nothing of the text is lost or run, and its size."""
import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SEEDS
from normalizer.cli import main
from normalizer.report import build_report
from normalizer.report.html import hue, page_name, script_json
from normalizer.rundata import iter_run


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("rep") / "out"
    assert main(["run", str(SEEDS), "-o", str(out), "-q", "--report"]) == 0
    return out


class _Original(HTMLParser):
    """The text of #original as a reader would copy it: no line numbers, ⏎ marks or inserted text."""

    SKIP = {"n", "nl"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.depth, self.skip, self.inside = [], 0, 0, False
        self.stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id") == "original":
            self.inside = True
            self.stack = []
            return
        if not self.inside:
            return
        cls = set((a.get("class") or "").split())
        skip = bool(cls & self.SKIP) or tag == "ins"
        self.stack.append(skip)
        if skip:
            self.skip += 1
        if "l" in cls and tag == "div":
            self.lines.append("")

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if not self.stack:
            self.inside = False
            return
        if self.stack.pop():
            self.skip -= 1

    def handle_data(self, data):
        if self.inside and not self.skip and self.lines:
            self.lines[-1] += data


def original_text_of(page: Path) -> str:
    p = _Original()
    p.feed(page.read_text(encoding="utf-8"))
    return "\n".join(p.lines)


def test_report_has_index_pages_chunks_and_assets(seed_report):
    rep = seed_report / "report"
    names = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert sorted(p.stem for p in (rep / "docs").glob("*.html")) == names
    assert sorted(p.name for p in (rep / "assets").iterdir()) == ["doc.js", "index.js", "report.css", "review.js"]
    chunk = (rep / "data" / "rows-0000.js").read_text()
    rows = json.loads(re.fullmatch(r"NR\.chunk\(0,(.*)\);\n", chunk, re.S).group(1))
    assert [r[0] for r in rows][:1] == ["001_3ff398139fc4a08a"]  # largest share removed first
    assert [r[3] for r in rows] == sorted((r[3] for r in rows), reverse=True)
    index = (rep / "index.html").read_text()
    assert 'data-plugin="related"' in index and "Largest removals" in index and "Smallest removals" in index
    assert not re.search(r"(src|href)=\"(https?:)?//", index), "no network resources"


def test_marked_original_holds_exactly_the_original(seed_report):
    for doc in iter_run(seed_report):
        page = seed_report / "report" / "docs" / page_name(doc.key)
        assert original_text_of(page) == doc.original.rstrip("\n").replace("\r", "")


def test_nested_edits_belong_to_the_plugin_that_removed_the_text(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("Real text of the story goes here.\nAdvertisement&nbsp;\n\n\n\nMore real text follows here.\n")
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "-q", "--report"]) == 0
    html = (out / "report" / "docs" / "in.html").read_text()
    line2 = re.search(r'<div class="l" id="L2".*?</div>', html).group(0)
    assert re.search(r'<del class="cut" data-e="\d+" data-plugin="ads"', line2)
    assert 'class="also"' in line2 and "encoding" in line2  # the entity fix inside it shows as well
    assert 'data-plugin="whitespace"' in html and 'class="ws"' in html


def test_scraped_markup_is_escaped_everywhere(tmp_path):
    evil = '</script><script>alert(1)</script> <img src=x onerror=alert(2)> "quoted" & more'
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "evil<x-key>.txt").write_text(f"{evil}\nAdvertisement\nA real sentence of the article, long enough.\n")
    out = tmp_path / "out"
    assert main(["run", str(inp), "-o", str(out), "-q", "--report"]) == 0
    [page] = (out / "report" / "docs").glob("*.html")
    assert page.name == page_name("evil<x-key>") and "<" not in page.name
    html = page.read_text()
    assert "<script>alert" not in html and "<img src=x" not in html and "<x-key>" not in html
    assert "evil&lt;x-key&gt;" in html
    assert html.count("</script>") == html.count("<script")  # only our own script tags close
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in html
    data = re.search(r'<script type="application/json" id="doc-data">(.*?)</script>', html, re.S).group(1)
    assert json.loads(data)["original"].startswith(evil)
    index = (out / "report" / "index.html").read_text() + (out / "report" / "data" / "rows-0000.js").read_text()
    assert "<x-key>" not in index and "<script>alert" not in index and "<img" not in index


def test_script_json_cannot_close_its_tag():
    s = script_json({"t": "</script><!-- \u2028 & >"})
    assert "<" not in s and ">" not in s and "&" not in s
    assert json.loads(s) == {"t": "</script><!-- \u2028 & >"}


def test_page_names_are_safe_and_unique():
    assert page_name("003_abc") == "003_abc.html"
    names = {page_name(k) for k in ("a/b", "a_b", "a b", "../x", "x" * 300, "é")}
    assert len(names) == 6
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+\.html", n) and not n.startswith(".") and len(n) < 120 for n in names)


def test_plugin_colours_are_stable_and_differ():
    assert hue("ads") == hue("ads") and 0 <= hue("ads") < 360
    assert len({hue(n) for n in ("ads", "captions", "related", "video", "tags")}) == 5


def test_index_is_split_into_small_chunks(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(23):
        (inp / f"d{i:02d}.txt").write_text(f"Story number {i} has a sentence.\n" + "Advertisement\n" * (i % 4))
    out = tmp_path / "out"
    assert main(["run", str(inp), "-o", str(out), "-q"]) == 0
    build_report(out, chunk_rows=5)
    chunks = sorted((out / "report" / "data").glob("rows-*.js"))
    assert len(chunks) == 5
    rows = [r for c in chunks for r in json.loads(c.read_text()[len("NR.chunk(0,"):-3])]
    assert len(rows) == 23 and len({r[0] for r in rows}) == 23
    manifest = json.loads(unescape(re.search(r'id="manifest">(.*?)</script>',
                                             (out / "report" / "index.html").read_text(), re.S).group(1)))
    assert manifest["count"] == 23 and manifest["chunks"] == 5 and manifest["chunk_rows"] == 5


def test_report_replaces_an_old_one_whole(seed_report, tmp_path):
    stale = seed_report / "report" / "docs" / "gone.html"
    stale.write_text("old")
    build_report(seed_report)
    assert not stale.exists()
    assert not [p for p in seed_report.iterdir() if p.name.startswith(".report")]


def test_report_of_a_folder_that_is_no_run_fails_clearly(tmp_path):
    with pytest.raises(FileNotFoundError, match="no edit logs"):
        build_report(tmp_path)
    assert not (tmp_path / "report").exists()


def test_report_command_writes_where_asked(seed_report, tmp_path, capsys):
    assert main(["report", str(seed_report), "--to", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "index.html").as_uri() in capsys.readouterr().out
    assert main(["report", str(tmp_path / "nothing-here")]) == 2
