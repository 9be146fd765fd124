"""Regression tests for crashes and silent losses found by the hostile corpus, the fuzz targets and the
property tests, one per bug."""
import codecs
import gzip
import io
import json

import pytest

from normalizer import Document, normalize, reconstruct
from normalizer.config import INPUT_DEFAULTS
from normalizer.dom import Dom, Remove
from normalizer.htmldecode import decode_html
from normalizer.inputs import InputError, InputItem, decode, html_document, read_gzip
from normalizer.records import Record, safe_key


def test_removing_an_element_whose_tail_holds_a_control_character():
    # found by the property test: lxml refused to move the tail "\x08tail" (not XML) -> the document failed
    dom = Dom.from_html("<html><body><div class='ad'>Ad</div>\x08tail\x0cend<p>Text</p></body></html>")
    edits, _ = dom.apply([Remove(dom.select("div.ad")[0])], "p")
    assert edits and "\x08" not in dom.rendering.text and "tail end" in dom.rendering.text


def test_a_junk_or_unicode_host_in_a_url_does_not_fail_the_document():
    # found by fuzzing: a canonical link to "https://;ews.example.com/" made meta_url return a bad fact
    page = b'<html><head><link rel="canonical" href="https://;ews.example.com/x"></head><body><p>Text here.</p></body></html>'
    result = normalize(html_document(page).original, url="https://;ews.example.com/x")
    assert result.document.site is None
    # an IDN host (German sites!) used to fail the same way; the fact is its punycode form
    result = normalize("Some text here.\n", url="https://www.m\u00fcnchen.de/2020/01/02/a")
    assert result.document.site == "m\u00fcnchen.de" and result.metadata.get("site").value == "xn--mnchen-3ya.de"


def test_text_decoding_fallbacks():
    assert decode(codecs.BOM_UTF32_LE + "Grüße".encode("utf-32-le"))[0] == "Grüße"  # was read as UTF-16
    assert decode(codecs.BOM_UTF32_BE + "Grüße".encode("utf-32-be"))[0] == "Grüße"
    text, info = decode("A plain UTF-16 text without a mark.".encode("utf-16-le"))
    assert text.startswith("A plain") and info["encoding"] == "utf-16-le"
    text, info = decode("Caf\u00e9 \u2014 \u201cS\u00fc\u00df\u201d ok \xff".encode()[:-2] + b"\xff")
    assert text.startswith("Café — “Süß”") and info["encoding"] == "utf-8" and "replaced" in info["note"]
    assert decode("café".encode("cp1252"))[1]["encoding"] == "cp1252"
    assert decode(b"Some text with one stray \x00 byte.\n")[0].startswith("Some text")
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 4)


def test_html_binary_and_non_text_charsets():
    with pytest.raises(InputError, match="binary"):
        html_document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 3)
    # found by the long fuzz run: a NUL in the declared label made codecs.lookup raise ValueError
    assert "Grüße" in decode_html('<meta charset="utf\x00-8"><p>Grüße</p>'.encode())[0]
    for label in ("base64", "rot13", "zlib", "utf-7", "hex", "unicode_escape"):
        text, info = decode_html(f'<meta charset="{label}"><p>Grüße</p>'.encode())
        assert "Grüße" in text and info["encoding"] == "utf-8", label


def test_deep_nesting_of_any_tag_keeps_the_text():
    # libxml2 stops at depth 2048; only container tags used to be flattened, so the rest was lost
    for tag in ("blockquote", "ul", "table", "font"):
        page = f"<html><body>{f'<{tag}>' * 5000}deep{f'</{tag}>' * 5000}<p>The article after it.</p></body></html>"
        assert "The article after it." in html_document(page.encode()).original, tag


def test_gzip_bomb_stops_at_the_size_limit():
    bomb = gzip.compress(b"a" * (8 << 20))
    with pytest.raises(InputError, match="too large"):
        list(read_gzip(InputItem(__import__("pathlib").Path("x.txt.gz"), "x", bomb, limit=1 << 20)))


def test_jsonl_lone_surrogates_and_huge_lines():
    from normalizer import readers_jsonl
    from normalizer.records import BadRecord

    data = (json.dumps({"id": "s", "text": "a \ud800 b"}) + "\n" + json.dumps({"id": "big", "text": "x" * 5000}) +
            "\n" + json.dumps({"id": "after", "text": "ok"}) + "\n").encode()
    recs = list(readers_jsonl.records(InputItem(__import__("pathlib").Path("d.jsonl"), "d"),
                                      dict(INPUT_DEFAULTS, max_document_size=1000), io.BytesIO(data)))
    assert [type(r).__name__ for r in recs] == ["Record", "BadRecord", "Record"]
    assert "too large" in recs[1].reason and recs[2].text == "ok"
    doc = recs[0].document()
    assert doc.original == "a \ufffd b" and "surrogate" in doc.meta["decoding"]["note"]
    doc.original.encode("utf-8")  # storable


def test_jsonl_output_lines_escape_line_separators():
    from normalizer.runner import jsonl_line

    line = jsonl_line({"reason": "a\u2028b\u2029c\x85d"})
    assert len(line.splitlines()) == 1 and json.loads(line)["reason"] == "a\u2028b\u2029c\x85d"


def test_windows_device_names_are_escaped():
    assert [safe_key(i) for i in ("CON", "nul.txt", "Lpt1", "CONSOLE")] == ["%43ON", "%6Eul.txt", "%4Cpt1", "CONSOLE"]


def test_record_html_with_control_characters_and_surrogates():
    doc = Record("s", 1, html="<html><body><p>x\x01y \ud800 z</p></body></html>").document()
    result = normalize(doc.original)
    assert reconstruct(result.text, result.log) == doc.original
    assert isinstance(Document(doc.original), Document)


def test_deeply_nested_json_fails_its_line_and_the_file_goes_on():
    # json.loads raises RecursionError (not ValueError): the reader stopped and the rest of the file was lost
    from normalizer import readers_jsonl

    data = b"[" * 100_000 + b"\n" + json.dumps({"id": "next", "text": "ok"}).encode() + b"\n"
    recs = list(readers_jsonl.records(InputItem(__import__("pathlib").Path("d.jsonl"), "d"), dict(INPUT_DEFAULTS),
                                      io.BytesIO(data)))
    assert "nested too deeply" in recs[0].reason and recs[1].text == "ok"
