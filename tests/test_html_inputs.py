"""Reading HTML pages: encodings found as browsers do, .html/.htm/.gz readers, the edit log."""
import gzip
import json
from pathlib import Path

from normalizer.cli import main
from normalizer.htmldecode import decode_html
from normalizer.inputs import discover, html_document

PAGE = "<html><head>{head}</head><body><p>Café crème – naïve façade, Größe: 3 €.</p></body></html>"
TEXT = "Café crème – naïve façade, Größe: 3 €."


def page(head: str, encoding: str) -> bytes:
    return PAGE.format(head=head).encode(encoding)


def test_meta_charset_latin1_is_read_as_windows_1252():
    doc = html_document(page('<meta charset="iso-8859-1">', "cp1252"))
    assert doc.original == TEXT
    assert doc.meta["decoding"] == {"encoding": "cp1252", "source": "meta", "declared": "iso-8859-1"}


def test_http_equiv_and_header_and_bom_order():
    latin = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252")
    assert html_document(latin).original == TEXT
    # the HTTP header beats the page's own declaration
    koi = PAGE.format(head='<meta charset="utf-8">').replace(TEXT, "Привет, мир").encode("koi8-r")
    doc = html_document(koi, headers={"Content-Type": "text/html; charset=KOI8-R"})
    assert "Привет, мир" in doc.original and doc.meta["decoding"]["source"] == "http-header"
    # a BOM beats everything
    bom = b"\xef\xbb\xbf" + page('<meta charset="iso-8859-1">', "utf-8")
    doc = html_document(bom, headers={"content-type": "text/html; charset=iso-8859-1"})
    assert doc.original == TEXT and doc.meta["decoding"] == {"encoding": "utf-8", "source": "bom"}
    doc = html_document(b"\xff\xfe" + page("", "utf-16-le"))
    assert doc.original == TEXT and doc.meta["decoding"]["encoding"] == "utf-16-le"


def test_wrong_declarations_are_overruled_by_the_bytes():
    said_latin = html_document(page('<meta charset="latin1">', "utf-8"))
    assert said_latin.original == TEXT
    assert said_latin.meta["decoding"]["source"] == "detected" and "valid UTF-8" in said_latin.meta["decoding"]["note"]
    said_utf8 = html_document(page('<meta charset="utf-8">', "cp1252"))
    assert said_utf8.original == TEXT and said_utf8.meta["decoding"]["encoding"] == "cp1252"
    unknown = html_document(page('<meta charset="no-such-charset">', "utf-8"))
    assert unknown.original == TEXT and unknown.meta["decoding"]["source"] == "detected"
    undeclared = html_document(page("", "cp1252"))
    assert undeclared.original == TEXT and undeclared.meta["decoding"]["encoding"] == "cp1252"
    assert decode_html(b"<p>plain ascii</p>")[1] == {"encoding": "utf-8", "source": "default"}


def test_readers_keys_and_gzip(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.html").write_bytes(page("", "utf-8"))
    (src / "sub" / "b.htm").write_bytes(page("", "utf-8"))
    (src / "c.html.gz").write_bytes(gzip.compress(page("", "utf-8")))
    (src / "d.txt.gz").write_bytes(gzip.compress("Advertisement\nPlain text dump line.\n".encode()))
    (src / "e.tar.gz").write_bytes(gzip.compress(b"not an input"))
    broken = gzip.compress(page("", "utf-8") * 50)
    (src / "f.html.gz").write_bytes(broken[: len(broken) // 2])
    assert [i.key for i in discover([src])] == ["a", "c", "d", "f", "sub/b"]
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "-q"]) == 1, "one input failed, the others are written"
    for key in ("a", "c", "sub/b"):
        assert (out / "clean" / f"{key}.txt").read_text(encoding="utf-8") == TEXT + "\n"
    assert (out / "clean" / "d.txt").read_text(encoding="utf-8") == "Plain text dump line.\n"
    failed = [json.loads(line) for line in (out / "failed.jsonl").read_text().splitlines()]
    assert [f["key"] for f in failed] == ["f"] and "truncated" in failed[0]["reason"]
    log = json.loads((out / "edits" / "c.json").read_text(encoding="utf-8"))
    assert log["doc_format"] == "html" and log["meta"]["decoding"]["encoding"] == "utf-8"


def test_html_run_diff_and_body_only_flag(tmp_path):
    fixture = Path(__file__).parent / "fixtures" / "html" / "article.html"
    out = tmp_path / "out"
    assert main(["run", str(fixture), "-o", str(out), "-q", "--body-only"]) == 0
    clean = (out / "clean" / "article.txt").read_text(encoding="utf-8")
    assert clean.startswith("The small harbour town")
    diff = (out / "diff" / "article.diff").read_text(encoding="utf-8")
    assert "dom_share/social" in diff and "-Share on Facebook Share on X Email" in diff
    summary = json.loads((out / "summary.json").read_text())
    assert summary["plugins"]["dom_layout"]["chars_removed"] > 0 and summary["plugins"]["headline"]["edits"] == 1
