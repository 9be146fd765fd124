"""JSON Lines dumps: ``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``, one document per line.

Field names come from ``[normalizer.input]`` (``id_field``, ``url_field``,
``text_field``, ``html_field``; a dotted name such as ``meta.url`` reaches into
nested objects). A line with a text field is a text document; otherwise its
html field is parsed as HTML. Blank lines are skipped; a line that is not JSON,
not an object, or has neither field is reported on its own and the file goes on.
"""
from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from typing import Iterator

from .inputs import too_large
from .records import BadRecord, Record

SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst")
STREAM_ERRORS = (OSError, EOFError, zlib.error, ValueError)


def open_stream(raw, name: str):
    """A binary line stream over ``raw``, decompressed by the file's suffix."""
    name = name.lower()
    if name.endswith(".gz"):
        return io.BufferedReader(gzip.GzipFile(fileobj=raw, mode="rb"))
    if name.endswith(".zst"):
        if sys.version_info >= (3, 14):  # pragma: no cover - stdlib zstd
            from compression import zstd

            return io.BufferedReader(zstd.ZstdFile(raw))
        try:
            import zstandard
        except ImportError:  # pragma: no cover - zstandard is a dependency
            raise OSError("reading .zst files needs the zstandard package (pip install zstandard)") from None
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True))
    return raw


def field(record: dict, name: str):
    """``record[name]``, where a dotted name walks into nested objects; None when absent."""
    if not name:
        return None
    if name in record:
        return record[name]
    value = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def records(item, options: dict, raw) -> Iterator[Record | BadRecord]:
    source = str(item.path)
    limit = options.get("max_document_size") or 0
    n = 0
    try:
        for n, line in enumerate(_lines(open_stream(raw, item.path.name), limit), 1):
            if isinstance(line, int):
                yield BadRecord(source, n, f"line {n}: {too_large(line, limit, 'record')}; skipped")
                continue
            if not line.strip():
                continue
            yield parse_line(line, n, source, options)
    except STREAM_ERRORS as e:
        yield BadRecord(source, n + 1, f"line {n + 1}: unreadable, the rest of the file is lost: "
                                       f"{type(e).__name__}: {e}")


def _lines(stream, limit: int):
    """The lines of ``stream``; a line longer than ``limit`` bytes is skipped without
    being held in memory and given as its length (an int) instead."""
    if not limit:
        yield from stream
        return
    readline = stream.readline
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield size


def parse_line(line: bytes, n: int, source: str, options: dict) -> Record | BadRecord:
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError) as e:
        return BadRecord(source, n, f"line {n}: invalid JSON: {e}", size=len(line))
    except RecursionError:
        return BadRecord(source, n, f"line {n}: JSON nested too deeply to read", size=len(line))
    if not isinstance(data, dict):
        return BadRecord(source, n, f"line {n}: a JSON {type(data).__name__}, not an object", size=len(line))
    rid = field(data, options["id_field"])
    rid = None if rid is None or isinstance(rid, (dict, list)) else str(rid)
    url = field(data, options["url_field"])
    url = url if isinstance(url, str) and url else None
    meta = {"line": n}
    text = field(data, options["text_field"])
    if isinstance(text, str):
        return Record(source, n, rid, url, text=text, meta=meta)
    html = field(data, options["html_field"])
    if isinstance(html, str):
        return Record(source, n, rid, url, html=html, meta=meta)
    wanted = " or ".join(repr(f) for f in (options["text_field"], options["html_field"]) if f)
    return BadRecord(source, n, f"line {n}: no string field {wanted}", id=rid, size=len(line))
