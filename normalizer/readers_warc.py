"""WARC files (``.warc``, ``.warc.gz``, Common Crawl ``.warc.wet.gz``), read with warcio.

``response`` records with a 2xx status and ``resource`` records become
documents when their payload is HTML (parsed with ``html_document``, with the
HTTP headers) or plain text; ``conversion`` records (WET) are text. Other
records (requests, metadata, images, redirects...) are skipped. warcio decodes
chunked transfer and gzip/deflate/brotli content encodings.

A record that is cut short or cannot be parsed is reported on its own; the
reader then looks for the next record start (a gzip member, or a ``WARC/1.``
line) and goes on, so one bad record does not lose the rest of the file.
"""
from __future__ import annotations

import functools
from typing import Iterator

from .records import BadRecord, Record

SUFFIXES = (".warc", ".warc.gz", ".warc.wet", ".warc.wet.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_SCAN = 1 << 20


def records(item, options: dict, raw) -> Iterator[Record | BadRecord]:
    _QuietIterator = _quiet_iterator()
    source = str(item.path)
    gz = raw.read(2) == b"\x1f\x8b"
    pos = 0
    while pos is not None:
        raw.seek(pos)
        it = _QuietIterator(raw)
        last_end = pos
        try:
            for rec in it:
                out = _record(rec, source, it, options)
                last_end = it.get_record_offset() + it.get_record_length()
                if out is not None:
                    yield out
        except Exception as e:  # warcio raises many kinds on damaged input
            last_end = _skip_blank(raw, last_end)
            yield BadRecord(source, last_end, f"offset {last_end}: bad WARC record "
                                              f"({type(e).__name__}: {_printable(str(e)[:200])}); skipped to the next record")
        else:
            # warcio ends quietly at a record whose header is cut off: check that the file was used up
            end = _skip_blank(raw, last_end)
            if end < raw.seek(0, 2):
                yield BadRecord(source, end, f"offset {end}: WARC record cut short at the end of the file")
            return
        pos = _next_start(raw, last_end + 1, gz)


@functools.lru_cache(maxsize=None)
def _quiet_iterator():
    from warcio.archiveiterator import ArchiveIterator

    class Quiet(ArchiveIterator):
        INC_RECORD = ""  # warcio writes this warning to stderr; the run reports bad records itself

    return Quiet


def _record(rec, source: str, it, options: dict) -> Record | BadRecord | None:
    kind = rec.rec_type
    headers = rec.rec_headers
    if kind is None or headers.get_header("Content-Length") is None:
        return BadRecord(source, it.get_record_offset(), "truncated or invalid WARC record header")
    if kind not in ("response", "resource", "conversion"):
        return None
    http = rec.http_headers if kind == "response" else None
    if kind == "response":
        if http is None or not str(http.get_statuscode() or "").startswith("2"):
            return None
        ctype = http.get_header("Content-Type") or ""
    else:
        ctype = headers.get_header("Content-Type") or ""
    mime = ctype.split(";")[0].strip().lower()
    is_html = mime in HTML_TYPES
    if not is_html and not (mime == "text/plain" or kind == "conversion"):
        return None
    limit = options.get("max_document_size") or 0
    payload = rec.content_stream().read(limit + 1) if limit else rec.content_stream().read()
    offset = it.get_record_offset()  # (reads the record to its end: after the payload)
    if limit and len(payload) > limit:
        from .inputs import too_large

        return BadRecord(source, offset, f"offset {offset}: {too_large(len(payload), limit, 'record')}; skipped")
    missing = getattr(rec.raw_stream, "limit", 0)
    if missing:
        return BadRecord(source, offset, f"offset {offset}: WARC record cut short ({missing} bytes missing)")
    rid = (headers.get_header("WARC-Record-ID") or "").strip("<>")
    meta = {"warc_record_id": rid, "warc_date": headers.get_header("WARC-Date"), "offset": offset}
    rid = rid[len("urn:uuid:"):] if rid.startswith("urn:uuid:") else rid
    url = headers.get_header("WARC-Target-URI") or None
    if is_html:
        return Record(source, offset, rid or None, url, html=payload,
                      headers=dict(http.headers) if http is not None else {"Content-Type": ctype}, meta=meta)
    from .inputs import decode

    text, decoding = decode(payload)
    return Record(source, offset, rid or None, url, text=text, meta={**meta, "decoding": decoding})


def _printable(text: str) -> str:
    """``text`` with control and other unprintable characters escaped (error messages quote raw bytes)."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _skip_blank(raw, pos: int) -> int:
    """The offset of the first byte after ``pos`` that is not a record separator (CR, LF)."""
    raw.seek(pos)
    head = raw.read(64)
    return pos + len(head) - len(head.lstrip(b"\r\n"))


def _next_start(raw, start: int, gz: bool) -> int | None:
    """The offset of the next thing that looks like a record start, or None at the end."""
    marker = b"\x1f\x8b\x08" if gz else b"WARC/1."
    raw.seek(start)
    carry = b""
    base = start
    while True:
        chunk = raw.read(_SCAN)
        if not chunk:
            return None
        data = carry + chunk
        i = data.find(marker)
        while i >= 0 and not gz and i > 0 and data[i - 1:i] != b"\n":
            i = data.find(marker, i + 1)
        if i >= 0:
            return base - len(carry) + i
        carry = data[-(len(marker)):]
        base += len(chunk)
