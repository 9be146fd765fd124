"""benchmarks/newspaper.py unpacks the release's test pages and pairs each page with its expected text."""
import io
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import newspaper  # noqa: E402


def _sdist(path: Path, files: dict[str, str]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, text in files.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_pages_are_paired_with_their_text_and_other_files_are_left_out(tmp_path):
    root = newspaper.SDIST[:-len(".tar.gz")] + "/tests/data/"
    _sdist(tmp_path / newspaper.SDIST, {
        root + "html/a.html": "<p>Erster Artikel</p>",
        root + "txt/a.txt": "Erster Artikel",
        root + "html/b.html": "<p>ohne Text</p>",  # no expected text: not scored
        root + "txt/c.txt": "ohne Seite",
        root + "metadata/a.json": "{}",
        root + "html/deeper/d.html": "<p>nested</p>",
        "other/tests/data/html/e.html": "<p>another package</p>",
    })
    data = newspaper.fetch(tmp_path)  # the archive is there: no download
    assert sorted(p.name for p in (data / "html").iterdir()) == ["a.html", "b.html"]
    assert newspaper.pairs(data) == {"a": (b"<p>Erster Artikel</p>", "Erster Artikel")}
    assert newspaper.fetch(tmp_path) == data  # unpacked once


def test_page_f1_is_the_metric_on_one_page():
    assert newspaper.page_f1("eins zwei drei vier", "eins zwei drei vier") == 1.0
    assert newspaper.page_f1("", "eins zwei drei vier") == 0.0
    half = newspaper.page_f1("a b c d e f g", "a b c d")
    assert 0.0 < half < 1.0
