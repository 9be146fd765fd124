"""Fuzz targets over the readers and the text and HTML pipelines, and the inputs to feed them.

Each target takes raw bytes as a file of its kind would hold them and must
either give a clear per-document error (``InputError``, a ``BadRecord``) or a
result whose edit log rebuilds the original; any other exception is a crash.
``tests/test_fuzz.py`` runs them for a few seconds in CI, ``benchmarks/fuzz.py
--minutes N`` for as long as asked. ``COUNT`` counts the inputs tried.
"""
from __future__ import annotations

import codecs
import gzip
import io
from collections import Counter
from pathlib import Path

from hypothesis import strategies as st

from normalizer import reconstruct
from normalizer.config import INPUT_DEFAULTS
from normalizer.edits import EditLog
from normalizer.inputs import InputError, InputItem, decode, html_document
from normalizer.pipeline import Pipeline
from normalizer.records import BadRecord, Record

ROOT = Path(__file__).resolve().parent.parent
COUNT: Counter = Counter()
_PIPELINE = None


def pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    return _PIPELINE


def _check(document) -> None:
    result = pipeline().run(document)
    assert reconstruct(result.text, result.log) == document.original
    assert reconstruct(result.text, EditLog.from_json(result.log.to_json())) == document.original
    assert "\r" not in result.text


def text_target(data: bytes) -> None:
    """A .txt file's bytes: decoded (or refused as binary), then cleaned."""
    COUNT["text"] += 1
    from normalizer import Document

    try:
        text, decoding = decode(data)
    except InputError:
        return
    _check(Document(text, meta={"decoding": decoding}))


def html_target(data: bytes) -> None:
    """An .html file's bytes: decoded as browsers do, parsed, rendered, cleaned (DOM and text stages)."""
    COUNT["html"] += 1
    try:
        document = html_document(data, source="fuzz.html")
    except InputError:
        return
    _check(document)


def _records(module, name: str, data: bytes) -> None:
    options = dict(INPUT_DEFAULTS, max_document_size=1 << 20)
    for rec in module.records(InputItem(Path(name), "k"), options, io.BytesIO(data)):
        assert isinstance(rec, (Record, BadRecord))
        if isinstance(rec, Record):
            try:
                document = rec.document()
            except InputError:
                continue
            _check(document)


def jsonl_target(data: bytes) -> None:
    COUNT["jsonl"] += 1
    from normalizer import readers_jsonl

    _records(readers_jsonl, "dump.jsonl", data)


def warc_target(data: bytes) -> None:
    COUNT["warc"] += 1
    from normalizer import readers_warc

    _records(readers_warc, "crawl.warc", data)


def gzip_target(data: bytes) -> None:
    """A .txt.gz file: decompressed with the size limit, then read as text."""
    COUNT["gzip"] += 1
    from normalizer.inputs import read_gzip

    try:
        for document in read_gzip(InputItem(Path("x.txt.gz"), "x", data, 1 << 20)):
            _check(document)
    except InputError:
        pass


# -- inputs ----------------------------------------------------------------------------------------

def _seeds() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))]
    dumps = [p.read_bytes()[:6000] for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return pages + dumps


SEEDS = _seeds()
TAGS = [b"<div>", b"</div>", b"<p>", b"</p>", b"<li>", b"<table><tr><td>", b"<script>", b"</script>", b"<!--",
        b"-->", b"<meta charset=\"shift_jis\">", b"<meta charset=\"utf-16\">", b"&amp;", b"&#0;", b"&#xD800;",
        b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\r", b"\r\n", b"\xe2\x80\xa8", b"\xc3", b"\xa0", b"<br>", b"<", b">",
        b"\"", b"<![CDATA[", b"<?xml version='1.0'?>", b"<svg><p>", b"<template>", b"\x1b[31m", "\u200b".encode()]


@st.composite
def mutated(draw, seeds=SEEDS) -> bytes:
    """A real page or dump with random cuts, splices, repeated chunks and inserted markup or bytes."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["insert", "delete", "replace", "repeat", "truncate", "splice"]))
        at = draw(st.integers(0, len(data)))
        if op == "insert":
            data[at:at] = draw(st.one_of(st.sampled_from(TAGS), st.binary(max_size=16)))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 200))]
        elif op == "replace":
            chunk = draw(st.binary(min_size=1, max_size=8))
            data[at:at + len(chunk)] = chunk
        elif op == "repeat":
            data[at:at] = bytes(data[at:at + draw(st.integers(1, 40))]) * draw(st.integers(2, 50))
        elif op == "truncate":
            del data[at:]
        else:
            other = draw(st.sampled_from(seeds))
            data[at:at] = other[: draw(st.integers(0, len(other)))]
    return bytes(data)


@st.composite
def encoded(draw) -> bytes:
    """Generated text in a random encoding, with or without a BOM or a (possibly wrong) declaration."""
    text = draw(st.text(max_size=300))
    enc = draw(st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "shift_jis",
                                "koi8-r", "gbk"]))
    data = text.encode(enc, errors="replace")
    if draw(st.booleans()):
        bom = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
        data = bom.get(enc, b"") + data
    if draw(st.booleans()):
        label = draw(st.sampled_from(["utf-8", "iso-8859-1", "shift_jis", "utf-16", "base64", "bogus", "utf-7"]))
        data = f'<html><head><meta charset="{label}"></head><body><p>'.encode() + data + b"</p></body></html>"
    return data


BYTES = st.one_of(st.binary(max_size=2000), mutated(), encoded())


@st.composite
def jsonl_bytes(draw) -> bytes:
    import json

    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["text", "html", "junk", "object"]))
        if kind == "text":
            lines.append(json.dumps({"id": draw(st.text(max_size=30)), "text": draw(st.text(max_size=300))}).encode())
        elif kind == "html":
            lines.append(json.dumps({"id": draw(st.integers()), "html": draw(mutated()).decode("utf-8", "replace")}).encode())
        elif kind == "object":
            lines.append(json.dumps(draw(st.dictionaries(st.text(max_size=5), st.one_of(st.none(), st.integers(),
                                                                                       st.text(max_size=20))))).encode())
        else:
            lines.append(draw(st.binary(max_size=100)))
    data = b"\n".join(lines)
    return data


def warc_bytes_base() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i, page in enumerate(SEEDS[:4]):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html" if i % 2 == 0 else "text/plain")],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://ex.org/{i}", "response", payload=io.BytesIO(page),
                                                      http_headers=http))
    return buf.getvalue()


WARC_BASE = warc_bytes_base()
WARC_BYTES = st.one_of(mutated([WARC_BASE]), st.binary(max_size=500))
GZIP_BYTES = st.one_of(BYTES.map(gzip.compress), mutated([gzip.compress(s) for s in SEEDS[:3]]))

TARGETS = {
    "text": (text_target, BYTES),
    "html": (html_target, BYTES),
    "jsonl": (jsonl_target, jsonl_bytes()),
    "warc": (warc_target, WARC_BYTES),
    "gzip": (gzip_target, GZIP_BYTES),
}
