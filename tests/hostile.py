"""A hostile-input corpus: every kind of broken, odd or dangerous input a scraped dump holds.

``build(root)`` writes the corpus under ``root/in`` and returns the expected
outcome of every document: ``{key: ("clean", check) | ("failed", reason_part)}``
where ``check`` is None or a function of the clean text; a key starting with
"!" is a failure listed beside a clean document of the same key, and
``"crawl/*": ("warc", clean, failed)`` counts the WARC records (their keys are
random record ids). ``plugins(root)`` writes plugins that misbehave on marked
documents. Used by
tests/test_hostile.py (the run must account for every document) and by
benchmarks/fuzz.py.
"""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import zlib
from pathlib import Path

from normalizer.records import safe_key

HUGE = 200 * 1024 * 1024  # a single 200 MiB line


_WORDS = ("schools roads budget mayor river bridge library harbour museum station parks water market "
          "teachers nurses tram bus rail housing taxes farmers weather storm festival court police").split()
_rng = random.Random(7)


def article() -> str:
    """Two short paragraphs about the council, different each time (the ``repeated`` plugin
    would rightly remove a text every document shares)."""
    pick = lambda n: " ".join(_rng.choice(_WORDS) for _ in range(n))  # noqa: E731
    return (f"The council met on Tuesday to discuss {pick(6)} and the coming year.\n\n"
            f"Members agreed that {pick(5)} would get more money than {pick(4)} before.\n")


# Plugins that misbehave on documents holding their marker (tests/test_hostile.py loads them).
PLUGINS = {
    "runaway": ("import re\nfrom normalizer import hookimpl\n\n"
                "@hookimpl\ndef find_edits(document):\n"
                "    if 'RUNAWAY-MARKER' in document.original:\n"
                "        re.search(r'(a+)+$', 'a' * 64 + 'b')  # catastrophic backtracking: hours\n"
                "    return []\n"),
    "boom": ("from normalizer import hookimpl\n\n@hookimpl\ndef find_edits(document):\n"
             "    if 'BOOM-MARKER' in document.original:\n        raise RuntimeError('kaboom')\n    return []\n"),
    "sloppy": ("from normalizer import Edit, hookimpl\n\n@hookimpl\ndef find_edits(document):\n"
               "    if 'SLOPPY-MARKER' in document.original:\n        return [Edit(0, 10 ** 9)]\n    return []\n"),
}


def plugins(root: Path) -> Path:
    folder = Path(root) / "badplugins"
    folder.mkdir()
    for name, code in PLUGINS.items():
        (folder / f"{name}.py").write_text(code)
    return folder


def _no_cr(text: str) -> bool:
    return "\r" not in text and "council" in text


def _has(*parts):
    return lambda text: all(p in text for p in parts)


def _huge_gzip(path: Path) -> None:
    """A gzip file holding one line of HUGE bytes (a gzip bomb of sorts: ~200 KB on disk)."""
    comp = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = b"a" * (1 << 20)
    with open(path, "wb") as fh:
        for _ in range(HUGE // len(block)):
            fh.write(comp.compress(block))
        fh.write(comp.flush())


def _deep(tag: str, n: int, inner: str = "deep text") -> str:
    return ("<html><body>" + f"<{tag}>" * n + inner + f"</{tag}>" * n +
            "<p>" + article().replace("\n", " ") + "</p></body></html>")


def _warc(path: Path, items, gz: bool = True) -> list[int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = []
    for url, ctype, body in items:
        offsets.append(buf.tell())
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    offsets.append(buf.tell())
    path.write_bytes(buf.getvalue())
    return offsets


def build(root: Path, huge: bool = True) -> dict:
    """Write the corpus to ``root/in``; return the expected outcome per output key."""
    src = Path(root) / "in"
    src.mkdir(parents=True)
    expect: dict = {}
    rng = random.Random(5)

    def put(name: str | bytes, data: bytes, outcome):
        path = os.path.join(os.fsencode(src), name if isinstance(name, bytes) else os.fsencode(name))
        with open(path, "wb") as fh:
            fh.write(data)
        key = os.fsdecode(name).rsplit(".", 1)[0]
        if key.endswith(".html") or key.endswith(".txt"):
            key = key.rsplit(".", 1)[0]
        expect[key] = outcome

    # -- bytes that are not text, or text in odd encodings -------------------------------------
    put("binary.txt", bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 64, ("failed", "binary"))
    put("png.html", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(2000)),
        ("failed", "binary"))
    put("stray-nul.txt", article().encode().replace(b"council", b"coun\x00cil", 1), ("clean", _has("budget")))
    put("latin1.txt", ("Caf\u00e9 M\u00fcller: " + article()).encode("latin-1"), ("clean", _has("Café Müller")))
    put("mostly-utf8.txt", ("Caf\u00e9 \u2014 \u201cS\u00fc\u00df\u201d " + article()).encode() + b"stray \xff byte\n", ("clean", _has("Café —")))
    put("wrong-charset.html", b'<html><head><meta charset="utf-8"></head><body><p>Caf\xe9 ' + article().encode() + b"</p></body></html>",
        ("clean", _has("Café")))
    for label in ("base64", "rot13", "zlib", "utf-7", "hex", "x-user-defined", "bogus-\u00e9"):
        put(f"charset-{label.encode('ascii', 'replace').decode()}.html",
            f'<html><head><meta charset="{label}"></head><body><p>{article()}</p></body></html>'.encode(),
            ("clean", _has("council")))
    for bom, enc, name in ((codecs.BOM_UTF8, "utf-8", "bom-utf8"), (codecs.BOM_UTF16_LE, "utf-16-le", "bom-utf16le"),
                           (codecs.BOM_UTF16_BE, "utf-16-be", "bom-utf16be"), (codecs.BOM_UTF32_LE, "utf-32-le", "bom-utf32le"),
                           (codecs.BOM_UTF32_BE, "utf-32-be", "bom-utf32be")):
        put(f"{name}.txt", bom + article().encode(enc), ("clean", lambda t: t.startswith("The council")))
    put("utf16-nobom.txt", article().encode("utf-16-le"), ("clean", _has("council")))
    # -- empty, blank, huge -------------------------------------------------------------------
    put("empty.txt", b"", ("failed", "empty"))
    put("blank.txt", b"  \n\t\r\n \xc2\xa0\n", ("failed", "empty"))
    put("empty-page.html", b"<html><head><title>t</title></head><body><script>x()</script></body></html>",
        ("failed", "empty"))
    if huge:
        with open(src / "huge-line.txt", "wb") as fh:
            block = b"word " * (1 << 18)
            for _ in range(HUGE // len(block)):
                fh.write(block)
        expect["huge-line"] = ("failed", "too large")
        _huge_gzip(src / "huge-bomb.txt.gz")
        expect["huge-bomb"] = ("failed", "too large")
    # -- line endings, scripts, invisible characters -------------------------------------------
    put("cr.txt", article().encode().replace(b"\n", b"\r"), ("clean", _no_cr))
    put("crlf.txt", article().encode().replace(b"\n", b"\r\n"), ("clean", _no_cr))
    put("rtl.txt", "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645. \u05e9\u05dc\u05d5\u05dd "
        "\u05e2\u05d5\u05dc\u05dd.\n\u200f\u202e\u0627\u0644\u0646\u0635 \u0627\u0644\u0639\u0631\u0628\u064a.\n".encode(),
        ("clean", _has("\u0645\u0631\u062d\u0628\u0627")))
    # a run of spaces made every phrase pattern quadratic (a line of 16k spaces took 80 s): the budget catches a relapse
    put("long-spaces.txt", (article() + " " * 100_000 + "\n" + "\u00a0\t" * 50_000 + "\n" + article()).encode(),
        ("clean", _has("council")))
    put("cjk.txt", "\u4eca\u65e5\u306f\u826f\u3044\u5929\u6c17\u3067\u3059\u3002\u5e02\u8b70\u4f1a\u306f\u4e88\u7b97\u3092"
        "\u627f\u8a8d\u3057\u305f\u3002\n\ud55c\uad6d\uc5b4 \ubb38\uc7a5\uc785\ub2c8\ub2e4.\n".encode(),
        ("clean", _has("\u4eca\u65e5")))
    put("invisible.txt", ("The\u200b council\u200d met\u2060 on\ufeff Tuesday\x07 to\x1b[31m discuss\x0b the\x0c budget"
                          "\u00ad.\n\u202e\u2066hidden\u2069\n").encode(), ("clean", _has("council")))
    # -- HTML that is broken or built to hurt --------------------------------------------------
    put("malformed.html", b"<html><body><p>Unclosed <b>bold <i>italic <div>" + article().encode() + b"</p></span></table>"
        b"<p <p>>>< <!-- never closed <script>if (a < b) {</script><![CDATA[ x ]]>&bogus; &#xD800; &#1114112;",
        ("clean", _has("council")))
    put("deep-div.html", _deep("div", 100_000).encode(), ("clean", _has("council")))
    put("deep-blockquote.html", _deep("blockquote", 100_000).encode(), ("clean", _has("council")))
    put("deep-list.html", ("<html><body>" + "<ul><li>" * 50_000 + "item" + "</li></ul>" * 50_000 +
                           f"<p>{article()}</p></body></html>").encode(), ("clean", _has("council")))
    put("deep-table.html", ("<html><body>" + "<table><tr><td>" * 30_000 + "cell" + "</td></tr></table>" * 30_000 +
                            f"<p>{article()}</p></body></html>").encode(), ("clean", _has("council")))
    put("deep-unclosed.html", ("<html><body>" + "<span><b><i>" * 40_000 + article()).encode(), ("clean", _has("council")))
    # libxml2 checks attributes for duplicates pair by pair: 200k attributes take minutes to parse
    put("many-attrs.html", ("<html><body><p " + " ".join(f"a{i}='{i}'" for i in range(200_000)) + f">{article()}</p>"
                            "</body></html>").encode(), ("failed", "time budget exceeded"))
    # -- gzip ---------------------------------------------------------------------------------------
    whole = gzip.compress(f"<html><body><p>{article()}</p></body></html>".encode())
    (src / "page.html.gz").write_bytes(whole)
    expect["page"] = ("clean", _has("council"))
    (src / "truncated.html.gz").write_bytes(whole[: len(whole) // 2])
    expect["truncated"] = ("failed", "gzip")
    (src / "not-gzip.txt.gz").write_bytes(article().encode())
    expect["not-gzip"] = ("failed", "gzip")
    # -- unreadable: not a file, gone, looping -------------------------------------------------
    os.symlink(src / "nowhere.txt", src / "dangling.txt")
    expect["dangling"] = ("failed", "")
    os.symlink(src / "loop-b.txt", src / "loop-a.txt")
    os.symlink(src / "loop-a.txt", src / "loop-b.txt")
    expect["loop-a"] = expect["loop-b"] = ("failed", "")
    os.mkfifo(src / "fifo.txt")
    expect["fifo"] = ("failed", "not a regular file")
    os.symlink("/dev/zero", src / "devzero.txt")
    expect["devzero"] = ("failed", "not a regular file")
    (src / "folder.txt").mkdir()  # a folder with a file suffix is walked as a folder
    (src / "folder.txt" / "inner.txt").write_bytes(article().encode())
    expect["folder.txt/inner"] = ("clean", _has("council"))
    (src / "sub").mkdir()
    os.symlink("..", src / "sub" / "up")  # a folder loop: not followed
    os.symlink(src, src / "sub" / "self")
    (src / "sub" / "ok.txt").write_bytes(article().encode())
    expect["sub/ok"] = ("clean", _has("council"))
    # -- odd file names ------------------------------------------------------------------------
    for name in ("with space.txt", "\u00fcn\u00efc\u00f6d\u00e9 \u65e5\u672c.txt", "new\nline.txt", "-leading-dash.txt",
                 "--help.txt", "tab\there.txt", "quote'\"`$(x).txt", "back\\slash.txt", "CON.txt", "x" * 240 + ".txt"):
        put(name, article().encode(), ("clean", _has("council")))
    put(b"bad-\xff\xfe-bytes.txt", article().encode(), ("clean", _has("council")))
    put("y" * 251 + ".txt", article().encode(), ("failed", "File name too long"))  # OUT/edits/yyy….json: 256 bytes
    # -- documents a plugin misbehaves on (the plugins of plugins()) -----------------------------
    put("runaway.txt", (article() + "RUNAWAY-MARKER\n").encode(), ("failed", "time budget exceeded"))
    put("boom.txt", (article() + "BOOM-MARKER\n").encode(), ("failed", "kaboom"))
    put("sloppy.txt", (article() + "SLOPPY-MARKER\n").encode(), ("failed", "out of range"))
    # -- JSONL: broken lines, hostile ids and texts ------------------------------------------------
    rows = [
        json.dumps({"id": "good", "text": article()}),
        "{broken json",
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "body": "x"}),
        json.dumps({"id": "../../../etc/escape", "text": article()}),
        json.dumps({"id": "/etc/passwd", "text": article()}),
        json.dumps({"id": "nul\u0000id", "text": article()}),
        json.dumps({"id": "L" * 5000, "text": article()}),
        json.dumps({"id": "CON", "text": article()}),
        json.dumps({"id": "aux.txt", "text": article()}),
        json.dumps({"id": "surrogate", "text": "Lone \ud800 surrogate. " + article()}),
        json.dumps({"id": "empty-text", "text": ""}),
        json.dumps({"id": "deep-html", "html": _deep("div", 20_000)}),
        json.dumps({"id": "runaway", "text": article() + "RUNAWAY-MARKER\n"}),
        json.dumps({"id": "dup", "text": article()}),
        json.dumps({"id": "dup", "text": article()}),
        json.dumps({"id": {"nested": 1}, "text": article()}),
        "\x00\x01\x02 binary line",
        json.dumps({"url": "https://evil.example/../../x?a=/etc/passwd", "text": article()}),
        "[" * 100_000,
        json.dumps({"id": "last", "text": article()}),
    ]
    (src / "dump.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8", errors="surrogatepass")
    for key, outcome in {
        "good": ("clean", None), "2": ("failed", "invalid JSON"), "3": ("failed", "not an object"),
        "no-text": ("failed", "no string field"), safe_key("../../../etc/escape"): ("clean", None),
        safe_key("/etc/passwd"): ("clean", None), safe_key("nul\0id"): ("clean", None), safe_key("CON"): ("clean", None),
        safe_key("aux.txt"): ("clean", None),
        "surrogate": ("clean", _has("Lone")), "empty-text": ("failed", "empty"), "deep-html": ("clean", _has("council")),
        "runaway": ("failed", "time budget exceeded"),
        "dup": ("clean", None), "17": ("clean", None), "18": ("failed", "invalid JSON"), "19": ("clean", None),
        "20": ("failed", "nested too deeply"), "last": ("clean", None),
    }.items():
        expect[f"dump/{key}"] = outcome
    expect["dump/" + safe_key("L" * 5000)] = ("clean", None)  # cut, with a hash
    expect["!dump/dup"] = ("failed", "already used")  # "!": a failure listed beside a clean document
    if huge:
        with open(src / "huge.jsonl", "wb") as fh:
            fh.write(json.dumps({"id": "before", "text": article()}).encode() + b"\n")
            fh.write(b'{"id": "huge", "text": "')
            block = b"word " * (1 << 18)
            for _ in range(HUGE // len(block)):
                fh.write(block)
            fh.write(b'"}\n')
            fh.write(json.dumps({"id": "after", "text": article()}).encode() + b"\n")
        expect["huge/before"] = expect["huge/after"] = ("clean", None)
        expect["huge/2"] = ("failed", "too large")
    # -- WARC: a good record, a damaged one, a cut-short end ---------------------------------------
    items = [(f"https://news.example/{i}", "text/html; charset=utf-8",
              f"<html><body><p>Story {i}. {article()}</p></body></html>".encode()) for i in range(4)]
    items.insert(2, ("https://news.example/../../../../etc/passwd", "text/plain", article().encode()))
    offs = _warc(src / "crawl.warc.gz", items)
    data = (src / "crawl.warc.gz").read_bytes()
    damaged = data[: offs[1]] + b"\x1f\x8b\x08garbage, not a record" + data[offs[2]:offs[4] + 40]
    (src / "crawl.warc.gz").write_bytes(damaged)
    expect["crawl/*"] = ("warc", 3, 2)  # 3 good records (0, the passwd one, 2); 2 bad: damaged, cut short
    return expect
