"""Dump readers: JSONL (plain, gzip, zstd), WARC (plain, gzip), bad records, safe keys."""
import gzip
import io
import json

import pytest

from normalizer.cli import main
from normalizer.config import INPUT_DEFAULTS
from normalizer.inputs import InputItem, html_document, reader_for
from normalizer.records import BadRecord, Record, safe_key
from normalizer.shards import Plan


def html_supported() -> bool:
    try:
        html_document(b"<html><body><p>x</p></body></html>")
    except NotImplementedError:
        return False
    return True


def records_of(path, **options):
    reader, _ = reader_for(path)
    with open(path, "rb") as raw:
        return list(reader.records(InputItem(path, "k"), {**INPUT_DEFAULTS, **options}, raw))


def write_jsonl(path, rows):
    data = "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows).encode()
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        import zstandard
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", ["d.jsonl", "d.jsonl.gz", "d.jsonl.zst"])
def test_jsonl_reads_text_records_and_reports_broken_lines(tmp_path, name):
    path = write_jsonl(tmp_path / name, [
        {"id": "a", "url": "https://www.example.com/x", "text": "First.\n"},
        "{not json",
        "",
        "[1, 2]",
        {"id": 7, "body": "no text field"},
        {"text": "No id.\n"},
    ])
    recs = records_of(path)
    assert [type(r).__name__ for r in recs] == ["Record", "BadRecord", "BadRecord", "BadRecord", "Record"]
    good, bad_json, not_object, no_text, no_id = recs
    assert (good.id, good.url, good.text, good.position) == ("a", "https://www.example.com/x", "First.\n", 1)
    assert good.document().site == "example.com"
    assert "line 2: invalid JSON" in bad_json.reason
    assert "not an object" in not_object.reason and not_object.position == 4
    assert no_text.id == "7" and "no string field 'text' or 'html'" in no_text.reason
    assert no_id.id is None and no_id.position == 6


def test_jsonl_field_names_and_dotted_paths(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [{"doc_id": "x1", "meta": {"url": "https://a.org/"},
                                               "content": "Body text.\n", "text": "ignored"}])
    (rec,) = records_of(path, id_field="doc_id", url_field="meta.url", text_field="content")
    assert (rec.id, rec.url, rec.text) == ("x1", "https://a.org/", "Body text.\n")


def test_jsonl_html_field_goes_through_html_document(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [{"id": "h", "html": "<html><body><p>Hello there.</p></body></html>"}])
    (rec,) = records_of(path)
    assert rec.html.startswith("<html>") and rec.text is None
    if not html_supported():
        with pytest.raises(NotImplementedError):
            rec.document()
        pytest.skip("html_document is not implemented on this branch yet (HTML stage issue)")
    doc = rec.document()
    assert doc.format == "html" and "Hello there." in doc.original


def test_truncated_gzip_keeps_the_records_before_and_reports_the_rest(tmp_path):
    rows = [{"id": str(i), "text": f"Document number {i} " * 50} for i in range(50)]
    full = write_jsonl(tmp_path / "full.jsonl.gz", rows).read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(full[: len(full) // 2])
    recs = records_of(cut)
    assert isinstance(recs[-1], BadRecord) and "the rest of the file is lost" in recs[-1].reason
    assert all(isinstance(r, Record) for r in recs[:-1]) and len(recs) > 2


def test_safe_key_never_leaves_its_folder():
    for raw in ["../../etc/passwd", "/abs/path", "a/../../b", "..", ".", "", "C:\\win\\x", "x\x00y",
                ".hidden", "a" * 500, "%2E%2E", "ünï cödé/ß"]:
        key = safe_key(raw)
        assert "/" not in key and "\\" not in key and "\x00" not in key
        assert key not in ("", ".", "..") and not key.startswith(".")
        assert len(key.encode()) <= 120
    assert safe_key("ünïcödé") == "ünïcödé" and safe_key("doc-1_a.b") == "doc-1_a.b"
    ids = ["a/b", "a%2Fb", "a b", "a+b", "..", "%2E%2E", "a" * 300, "a" * 301]
    assert len({safe_key(i) for i in ids}) == len(ids), "different ids give different keys"


def test_hostile_ids_are_written_inside_out_and_duplicates_are_reported(tmp_path):
    ids = ["../../escape", "/etc/passwd", "..", "sub/../../x", "dup", "dup", "ok"]
    write_jsonl(tmp_path / "in" / "dump.jsonl" if (tmp_path / "in").mkdir() is None else None,
                [{"id": i, "text": f"Text of {i}.\n"} for i in ids])
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "1"]) == 1
    written = sorted(p for p in tmp_path.rglob("*.txt") if "in" not in p.relative_to(tmp_path).parts[:1])
    assert written and all((out / "clean" / "dump") in p.parents for p in written)
    assert len(written) == 6
    failed = [json.loads(l) for l in (out / "failed.jsonl").read_text().splitlines()]
    assert len(failed) == 1 and "already used" in failed[0]["reason"] and failed[0]["position"] == 6
    assert (out / "clean" / "dump" / "dup.txt").read_text() == "Text of dup.\n"


def make_warc(path, items, gz=True):
    """items: (kind, url, content type, body bytes, status) tuples; returns record start offsets."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = []
    for kind, url, ctype, body, status in items:
        offsets.append(buf.tell())
        if kind == "response":
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        else:
            rec = writer.create_warc_record(url, kind, payload=io.BytesIO(body),
                                            warc_content_type=ctype)
        writer.write_record(rec)
    offsets.append(buf.tell())
    path.write_bytes(buf.getvalue())
    return offsets


WARC_ITEMS = [
    ("response", "https://www.news.example/a", "text/plain; charset=utf-8", "Article one.\n".encode(), "200 OK"),
    ("request", "https://www.news.example/a", "application/http", b"GET /a HTTP/1.1\r\n\r\n", None),
    ("response", "https://www.news.example/img", "image/png", b"\x89PNG....", "200 OK"),
    ("response", "https://www.news.example/old", "text/plain", b"Moved", "301 Moved Permanently"),
    ("conversion", "https://www.news.example/b", "text/plain", "Article twö.\n".encode(), None),
    ("response", "https://www.news.example/c", "text/html; charset=utf-8", b"<html><body><p>Three</p></body></html>", "200 OK"),
    ("response", "https://www.news.example/d", "text/plain", b"Article four.\n", "200 OK"),
]


@pytest.mark.parametrize("gz", [True, False])
def test_warc_reads_text_and_html_payloads_and_skips_the_rest(tmp_path, gz):
    path = tmp_path / ("x.warc.gz" if gz else "x.warc")
    make_warc(path, WARC_ITEMS, gz)
    recs = records_of(path)
    assert [(r.url, r.text) for r in recs if r.text is not None] == [
        ("https://www.news.example/a", "Article one.\n"), ("https://www.news.example/b", "Article twö.\n"),
        ("https://www.news.example/d", "Article four.\n")]
    (html,) = [r for r in recs if r.html is not None]
    assert html.html.startswith(b"<html>") and html.headers["Content-Type"].startswith("text/html")
    assert all(isinstance(r, Record) and r.id and r.meta["warc_record_id"].startswith("urn:uuid:") for r in recs)


@pytest.mark.parametrize("gz", [True, False])
def test_bad_and_truncated_warc_records_are_reported_and_reading_goes_on(tmp_path, gz):
    items = [("response", f"https://ex.org/{i}", "text/plain", f"Document {i}.\n".encode(), "200 OK")
             for i in range(5)]
    path = tmp_path / ("x.warc.gz" if gz else "x.warc")
    offs = make_warc(path, items, gz)
    data = path.read_bytes()
    garbage = b"\x00this is not a WARC record\r\n" * 4
    broken = tmp_path / ("broken.warc.gz" if gz else "broken.warc")
    broken.write_bytes(data[:offs[2]] + garbage + data[offs[3]:])
    recs = records_of(broken)
    texts = [r.text for r in recs if isinstance(r, Record)]
    assert texts == ["Document 0.\n", "Document 1.\n", "Document 3.\n", "Document 4.\n"]
    (bad,) = [r for r in recs if isinstance(r, BadRecord)]
    assert bad.position == offs[2] and "bad WARC record" in bad.reason
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: offs[4] + (offs[5] - offs[4]) // 2])
    recs = records_of(cut)
    assert [r.text for r in recs[:4]] == [f"Document {i}.\n" for i in range(4)]
    assert isinstance(recs[-1], BadRecord) and recs[-1].position == offs[4]


def test_plan_cuts_containers_into_parts_independent_of_workers(tmp_path):
    write_jsonl(tmp_path / "dump.jsonl", [{"id": str(i), "text": "x\n"} for i in range(7)])
    (tmp_path / "a.txt").write_text("a\n")
    units = list(Plan([tmp_path], batch_size=3, options=dict(INPUT_DEFAULTS)).units())
    assert [u.name for u in units] == ["dump.00000", "dump.00001", "dump.00002", "part-00000"]
    assert [r.key for r in units[1].records] == ["dump/3", "dump/4", "dump/5"]
    whole = list(Plan([tmp_path], batch_size=3, options=dict(INPUT_DEFAULTS)).units(split=False))
    assert [u.name for u in whole] == ["dump", "part-00000"] and whole[0].whole_container
