"""Finding input files and turning them into documents.

A folder is walked recursively (sorted, symlinked folders not followed); each
supported file becomes one document whose *key* is its path relative to the
folder without the extension (``DIR/sub/name.txt`` -> ``sub/name``,
``DIR/a.html.gz`` -> ``a``). ``NAME.gz`` is read as ``NAME`` decompressed, for
any supported ``NAME``. With
several inputs, each folder's keys are prefixed with the folder's name. A
``.normalizerignore`` file in a folder lists glob patterns of files (and, with a
trailing ``/``, folders) to skip, as .gitignore does. Readers
for more formats register in ``READERS`` by suffix.
"""
from __future__ import annotations

import codecs
import gzip
import io
import os
import stat
import zlib
from fnmatch import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .document import Document

TEXT_SUFFIXES = (".txt", ".text")


@dataclass
class InputItem:
    """One unit of work: a file (or a record in one) and the key its outputs get."""

    path: Path
    key: str
    data: bytes | None = None  # the content, when a wrapper (gzip) already read it
    limit: int | None = None  # the largest document to read, in bytes (None: no limit)

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        with open_input(self.path, self.limit) as fh:
            data = fh.read(self.limit + 1) if self.limit else fh.read()
        check_size(len(data), self.limit)
        return data


class InputError(Exception):
    """A document could not be read; the message says why."""


def open_input(path: Path, limit: int | None = None):
    """Open an input file for reading (binary); never for writing.

    Only regular files (or symlinks to them) are read: a FIFO, a device such as
    /dev/zero or a folder would block or never end. ``limit``: refuse files
    larger than that many bytes before reading any of them.
    """
    st = os.stat(path)  # follows symlinks: dangling links and loops raise OSError here
    if not stat.S_ISREG(st.st_mode):
        kind = ("folder" if stat.S_ISDIR(st.st_mode) else "FIFO" if stat.S_ISFIFO(st.st_mode)
                else "device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
                else "socket" if stat.S_ISSOCK(st.st_mode) else "special file")
        raise InputError(f"not a regular file ({kind})")
    check_size(st.st_size, limit)
    return open(path, "rb")


def check_size(size: int, limit: int | None, what: str = "document") -> None:
    if limit and size > limit:
        raise InputError(too_large(size, limit, what))


def too_large(size: int, limit: int, what: str = "document") -> str:
    return (f"{what} too large: {'over ' if size == limit + 1 else ''}{_mb(size)} > max_document_size "
            f"{_mb(limit)} ([normalizer.input] max_document_size, --max-document-size)")


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n} bytes"


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE starts like UTF-16 LE
# Bytes that never occur in text: C0 controls other than tab, LF, VT, FF, CR and ESC.
_BINARY = bytes(c for c in range(32) if c not in (9, 10, 11, 12, 13, 27))


def decode(data: bytes) -> tuple[str, dict]:
    """Decode bytes: a BOM decides first, then UTF-8, then cp1252; say what was used.

    Binary data (many NUL or other control bytes in the first 8 KiB) raises
    :class:`InputError`; UTF-16 without a BOM is recognised by its NUL bytes.
    A few stray NUL bytes in text are kept (the ``encoding`` plugin removes them).
    Mostly valid UTF-8 with a few bad bytes is read as UTF-8 with those replaced.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), {"encoding": enc, "source": "bom"}
    head = data[:8192]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16:
            return data.decode(utf16, errors="replace"), {
                "encoding": utf16, "source": "detected", "note": "no byte-order mark; NUL bytes say UTF-16"}
    check_not_binary(head)
    try:
        return data.decode("utf-8"), {"encoding": "utf-8", "source": "default"}
    except UnicodeDecodeError as e:
        bad = e.start
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")  # good non-ASCII characters
    if valid >= 4 * replaced:  # UTF-8 with a few stray bytes, not a legacy encoding
        return text, {"encoding": "utf-8", "source": "fallback",
                      "note": f"{replaced} invalid UTF-8 byte sequence(s) replaced (first at offset {bad})"}
    return data.decode("cp1252", errors="replace"), {
        "encoding": "cp1252", "source": "fallback",
        "note": f"not valid UTF-8 (first bad byte at offset {bad}); decoded as cp1252"}


def check_not_binary(data: bytes) -> None:
    """Raise :class:`InputError` when the first 8 KiB of ``data`` hold NUL and other control bytes."""
    head = data[:8192]
    if b"\x00" in head and len(head) - len(head.translate(None, _BINARY)) > max(8, len(head) // 100):
        raise InputError("binary file (NUL and control bytes), not text")


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"-be" when every other byte is NUL (mostly ASCII text in UTF-16)."""
    even, odd = head[0::2], head[1::2]
    n = min(len(even), len(odd))
    if n < 4:
        return None
    if odd.count(0) > 0.9 * n and even.count(0) < 0.1 * n:
        return "utf-16-le"
    if even.count(0) > 0.9 * n and odd.count(0) < 0.1 * n:
        return "utf-16-be"
    return None


def read_text_file(item: InputItem) -> Iterator[Document]:
    data = item.read_bytes()
    text, encoding = decode(data)
    yield Document(text, source=str(item.path), format="text", id=item.key,
                   meta={"decoding": encoding})


def html_document(data: bytes | str, *, source: str | None = None, url: str | None = None,
                  id: str | None = None, headers: dict | None = None) -> Document:
    """A Document for one HTML page; readers of any container (files, JSONL, WARC) call this.

    ``data`` is the raw page (bytes: the encoding is found as browsers do, from
    the BOM, ``headers``' Content-Type, ``<meta charset>``, then detection; str:
    already decoded). The page is parsed once; ``original`` is the text of the
    whole page, ``dom`` the tree the DOM-stage plugins work on, and
    ``meta["decoding"]`` says which encoding was used and why.
    """
    from .dom import Dom
    from .htmldecode import decode_html

    if isinstance(data, bytes):
        if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            check_not_binary(data)
        text, decoding = decode_html(data, headers)
    else:
        text, decoding = data, {"encoding": "unicode", "source": "caller"}
    dom = Dom.from_html(text)
    meta = {"decoding": decoding}
    if url is None:
        url = dom.canonical_url()
        if url:
            meta["url_from"] = "page"
    return Document(dom.rendering.text, source=source, url=url, format="html", id=id, meta=meta, dom=dom)


def read_html_file(item: InputItem) -> Iterator[Document]:
    yield html_document(item.read_bytes(), source=str(item.path), id=item.key)


def read_gzip(item: InputItem) -> Iterator[Document]:
    """``NAME.gz``: decompress, then read as ``NAME`` (truncated or corrupt files fail clearly).

    Decompression stops past the size limit, so a small file that expands to
    gigabytes (a "gzip bomb") fails without filling the memory.
    """
    inner, _ = reader_for(Path(item.path.name[:-3]))
    if inner is None or inner is read_gzip:
        raise InputError(f"no reader for the file inside {item.path.name}")
    try:
        with (io.BytesIO(item.data) if item.data is not None else open_input(item.path)) as fh, \
                gzip.GzipFile(fileobj=fh) as raw:
            data = raw.read(item.limit + 1) if item.limit else raw.read()
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise InputError(f"corrupt or truncated gzip file ({type(e).__name__}: {e})") from None
    check_size(len(data), item.limit, "document (decompressed)")
    yield from inner(InputItem(item.path, item.key, data, item.limit))


HTML_SUFFIXES = (".html", ".htm")
READERS: dict[str, Callable[[InputItem], Iterator[Document]]] = {
    **{s: read_text_file for s in TEXT_SUFFIXES}, **{s: read_html_file for s in HTML_SUFFIXES}}
GZIP_SUFFIX = ".gz"


def reader_for(path: Path):
    """The reader and the full suffix it claims (``.html.gz`` for a gzipped page)."""
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):  # containers claim their own .gz suffixes
        if name.endswith(suffix):
            return READERS[suffix], suffix
    if name.endswith(GZIP_SUFFIX):
        inner, suffix = reader_for(Path(name[: -len(GZIP_SUFFIX)]))
        return (read_gzip, suffix + GZIP_SUFFIX) if inner is not None else (None, None)
    return None, None


def strip_suffix(rel: str) -> str:
    _, suffix = reader_for(Path(rel))
    return rel[: -len(suffix)] if suffix else rel


def discover(paths: list[str | Path]) -> Iterator[InputItem]:
    """Yield the supported files under ``paths`` with their output keys, in a stable order."""
    paths = [Path(p) for p in paths]
    prefix = len(paths) > 1
    for root in paths:
        if root.is_dir():
            base = root.resolve().name if prefix else ""
            for path in _walk(root):
                rel = path.relative_to(root).as_posix()
                yield InputItem(path, "/".join(p for p in (base, strip_suffix(rel)) if p))
        elif root.exists():
            yield InputItem(root, strip_suffix(root.name))
        else:
            raise FileNotFoundError(f"input not found: {root}")


IGNORE_FILE = ".normalizerignore"


def _ignore_rules(directory: Path) -> list[str]:
    """Glob patterns from ``directory/.normalizerignore`` (one per line, # comments)."""
    try:
        raw = (directory / IGNORE_FILE).read_text(encoding="utf-8")
    except OSError:
        return []
    return [l.strip() for l in raw.splitlines() if l.strip() and not l.lstrip().startswith("#")]


def _ignored(rel: str, is_dir: bool, rules: list[tuple[str, str]]) -> bool:
    for base, pattern in rules:
        if base and not rel.startswith(base + "/"):
            continue
        sub = rel[len(base) + 1:] if base else rel
        if pattern.endswith("/"):
            if is_dir and (fnmatch(sub, pattern[:-1]) or fnmatch(sub.rsplit("/", 1)[-1], pattern[:-1])):
                return True
        elif fnmatch(sub, pattern) or fnmatch(sub.rsplit("/", 1)[-1], pattern):
            return True
    return False


def _walk(root: Path) -> Iterator[Path]:
    """Supported files under ``root``, sorted, skipping what .normalizerignore files name."""
    rules: list[tuple[str, str]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        rel_dir = here.relative_to(root).as_posix()
        rel_dir = "" if rel_dir == "." else rel_dir
        rules += [(rel_dir, p) for p in _ignore_rules(here)]
        dirnames[:] = sorted(d for d in dirnames
                             if not _ignored(f"{rel_dir}/{d}".lstrip("/"), True, rules))
        for name in sorted(filenames):
            path = here / name
            if reader_for(path)[0] is not None and not _ignored(f"{rel_dir}/{name}".lstrip("/"), False, rules):
                yield path


def container_reader(records):
    """A READERS entry for a container format from its ``records(item, options, raw)`` function.

    Called directly it yields the documents with the default input options (as
    ``normalizer diff`` does); runs call ``.records`` to read records lazily and
    parse them where they are cleaned.
    """
    def read(item: InputItem) -> Iterator[Document]:
        from .config import INPUT_DEFAULTS
        from .records import BadRecord

        with open_input(item.path) as raw:
            for rec in records(item, dict(INPUT_DEFAULTS), raw):
                if isinstance(rec, BadRecord):
                    raise InputError(rec.reason)
                yield rec.document()
    read.records = records
    return read


def _register_containers() -> None:
    from . import readers_jsonl, readers_warc

    for module in (readers_jsonl, readers_warc):
        for suffix in module.SUFFIXES:
            READERS[suffix] = container_reader(module.records)


_register_containers()
