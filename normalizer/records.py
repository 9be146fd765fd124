"""Documents inside container files (a JSONL line, a WARC record) and their output keys.

A container reader yields :class:`Record` objects (cheap to read, parsed later
where the document is cleaned) or :class:`BadRecord` objects for records it
cannot read; the run reports a bad record and goes on. The key of a record is
``<container key>/<safe id>``: ids come from the data, so :func:`safe_key`
makes sure no key can write outside the output folder.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from .document import Document

# Characters kept as they are in a key component; everything else is %-escaped
# (UTF-8 bytes), "%" included, so different ids always give different keys.
_SAFE = "-_.~@+=,"
_MAX_COMPONENT = 120
# Device names Windows will not create files under (with any extension).
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
_SURROGATES = re.compile("[\ud800-\udfff]")


def safe_key(raw: str) -> str:
    """One path component made from an id: no "/", "\\", "..", NUL or control characters.

    Letters and digits of any script are kept. Long ids are cut and end in a
    hash of the whole id, so keys stay unique and file names stay short.
    """
    raw = str(raw)
    out = "".join(c if (c.isalnum() or c in _SAFE) and c.isprintable() else quote(c, safe="")
                  for c in raw)
    if out.split(".", 1)[0].upper() in _RESERVED:
        out = f"%{ord(out[0]):02X}{out[1:]}"  # CON -> %43ON
    if out in ("", ".", ".."):
        out = {"": "%00empty", ".": "%2E", "..": "%2E%2E"}[out]
    elif out.startswith("."):
        out = "%2E" + out[1:]  # no hidden files
    if len(out.encode("utf-8")) > _MAX_COMPONENT:
        digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        cut = out.encode("utf-8")[: _MAX_COMPONENT - 17].decode("utf-8", "ignore")
        out = f"{cut}~{digest}"
    return out


@dataclass
class Record:
    """One document inside a container, not parsed yet.

    ``position`` says where it is (a line number, a byte offset); ``text`` or
    ``html`` holds the payload. ``key`` is set by the run when it cuts the
    container into parts.
    """

    source: str
    position: int
    id: str | None = None
    url: str | None = None
    text: str | None = None
    html: bytes | str | None = None
    headers: dict | None = None
    meta: dict = field(default_factory=dict)
    key: str = ""

    @property
    def size(self) -> int:
        payload = self.text if self.text is not None else self.html
        return len(payload or "")

    def document(self) -> Document:
        """The Document for this record (HTML payloads go through ``html_document``)."""
        html, text, fixed = self.html, self.text, 0
        if isinstance(html, str):
            html, fixed = _no_surrogates(html)
        elif text is not None:
            text, fixed = _no_surrogates(text)
        if html is not None:
            from .inputs import html_document

            doc = html_document(html, source=self.source, url=self.url, id=self.id,
                                headers=self.headers)
        else:
            doc = Document(text, source=self.source, url=self.url, id=self.id, format="text")
        doc.meta.update(self.meta)
        if fixed:
            doc.meta["decoding"] = {**doc.meta.get("decoding", {}), "note": f"{fixed} lone surrogate(s) "
                                    "(invalid \\uD800-\\uDFFF escapes in the JSON) replaced with U+FFFD"}
        return doc


def _no_surrogates(text: str) -> tuple[str, int]:
    """JSON may hold lone surrogates, which no file can store: replace them with U+FFFD."""
    if text.isascii() or not _SURROGATES.search(text):
        return text, 0
    return _SURROGATES.subn("\ufffd", text)


@dataclass
class BadRecord:
    """A record that could not be read: where it was and why."""

    source: str
    position: int
    reason: str
    id: str | None = None
    key: str = ""
    size: int = 0
