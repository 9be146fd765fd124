"""Finding an HTML page's encoding the way browsers do, and saying where it came from.

Order: a byte-order mark, then the HTTP ``Content-Type`` charset (when a reader
has the headers), then ``<meta charset>`` / ``http-equiv`` in the page, then
detection. Labels are mapped as the WHATWG Encoding standard does
(``iso-8859-1`` and ``ascii`` mean windows-1252). One departure from browsers,
measured to be right far more often than wrong: bytes that are valid UTF-8 with
non-ASCII sequences are UTF-8 even when the page declares a single-byte legacy
encoding (legacy text is almost never valid UTF-8 by chance); the note says so.
"""
from __future__ import annotations

import codecs
import re

from bs4.dammit import EncodingDetector

# WHATWG: these labels decode as windows-1252.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii",
                 "cp819", "ibm819", "iso-ir-100", "csisolatin1", "iso_8859-1", "windows-1252", "cp1252"}
_SINGLE_BYTE = re.compile(r"^(?:windows-125\d|cp125\d|iso-?8859-\d+|koi8-[ru]|macintosh|mac-?roman)$")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_NOT_WEB = {"utf-7", "idna", "punycode", "raw-unicode-escape", "unicode-escape", "raw_unicode_escape",
            "unicode_escape", "undefined", "mbcs", "oem", "charmap"}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _normal(label: str | None) -> str | None:
    """A Python codec name for an encoding label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    if label in ("utf8", "unicode-1-1-utf-8", "x-unicode20utf8"):
        return "utf-8"
    if label in ("x-sjis", "shift-jis", "ms_kanji"):
        label = "shift_jis"
    if label == "gb2312":
        label = "gbk"  # WHATWG decodes gb2312 as gbk
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a NUL in the label
        return None
    name = info.name
    # Only text encodings a browser knows: not base64/rot13/zlib codecs, not UTF-7 or escapes.
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_WEB:
        return None
    return {"utf-16": "utf-16-le", "utf-16-be": "utf-16-be"}.get(name, name)


def header_charset(headers: dict | None) -> str | None:
    """The charset label of a ``Content-Type`` header, if any (header names are case-insensitive)."""
    for key, value in (headers or {}).items():
        if str(key).lower() == "content-type" and value:
            m = _CHARSET.search(str(value))
            if m:
                return m.group(1)
    return None


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(data: bytes) -> bool:
    """True when nearly all non-ASCII sequences are valid UTF-8 (a few stray bytes)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return bad <= 0.05 * sum(1 for c in text if ord(c) > 127)


def decode_html(data: bytes, headers: dict | None = None) -> tuple[str, dict]:
    """Decode an HTML page; return the text and ``{"encoding", "source", ...}`` for the edit log."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), {"encoding": enc, "source": "bom"}
    declared = [("http-header", header_charset(headers))]
    meta = EncodingDetector.find_declared_encoding(data[:65536], is_html=True)
    declared.append(("meta", meta))
    ascii_only = data.isascii()
    for source, label in declared:
        enc = _normal(label)
        if label and enc is None:
            continue  # an unknown label is ignored, as browsers do
        if enc is None:
            continue
        info = {"encoding": enc, "source": source, "declared": label}
        if enc.startswith("utf-16"):
            enc = info["encoding"] = "utf-8"  # a page without BOM that says utf-16 is ASCII-compatible
            info["note"] = f"declared {label!r} without a byte-order mark; read as utf-8"
        if enc != "utf-8" and not ascii_only and _SINGLE_BYTE.match(enc) and _valid_utf8(data):
            return data.decode("utf-8"), {"encoding": "utf-8", "source": "detected", "declared": label,
                                          "note": f"declared {label!r} ({source}) but the bytes are valid "
                                                  "UTF-8; read as utf-8"}
        if enc == "utf-8" and not _valid_utf8(data) and not _mostly_utf8(data):
            text = data.decode("cp1252", errors="replace")
            return text, {"encoding": "cp1252", "source": "detected", "declared": label,
                          "note": f"declared {label!r} ({source}) but the bytes are not valid UTF-8; "
                                  "read as windows-1252"}
        return data.decode(enc, errors="replace"), info
    if _valid_utf8(data):
        return data.decode("utf-8"), {"encoding": "utf-8", "source": "detected" if not ascii_only else "default"}
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), {
            "encoding": "utf-8", "source": "detected", "note": "UTF-8 with a few invalid bytes (replaced)"}
    return data.decode("cp1252", errors="replace"), {
        "encoding": "cp1252", "source": "detected",
        "note": "no declaration and not valid UTF-8; read as windows-1252"}
