"""Encoding repair: mojibake (with ftfy), HTML entities, line endings, invisible characters.

Repair is only worth its cost where text is broken, so cheap patterns find the
suspect lines first and ftfy only sees those. Correct text ("Nicolás", "für")
never matches the mojibake pattern. Every fix carries ftfy's own explanation.
"""
import html
import re

from normalizer import Edit, hookimpl
from normalizer.textutils import lines_at

# A UTF-8 lead byte followed by a continuation byte, both read as cp1252/latin-1.
_LEADS = "".join(map(chr, range(0xc2, 0xf5)))
_CONTS = "".join(map(chr, range(0x80, 0xc0))) + "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160" \
         "\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
MOJIBAKE = re.compile(f"[{_LEADS}][{_CONTS}]")
# The same pairs in the UTF-8 bytes of a text, a cheap test first: every lead
# character is encoded as \xc3 and one more byte, which re finds at memchr speed.
_MOJIBAKE_UTF8 = re.compile(b"(?:%s)(?:%s)" % tuple(b"|".join(re.escape(c.encode()) for c in chars)
                                                   for chars in (_LEADS, _CONTS)))
ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# Each looked for with str.__contains__ (memchr) before the scan, which is slower.
_CONTROLS = "".join(map(chr, [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f])) + "\u200b\u2060\ufeff\u00ad\ufffe"
CONTROL = re.compile(f"[{re.escape(_CONTROLS)}]+")
NEWLINE = re.compile("\r\n?")


def _ftfy_config():
    from ftfy import TextFixerConfig

    # Only what repairs broken text; nothing that alters legitimate text
    # (quotes, widths, ligatures, Unicode normalisation stay as they are).
    return TextFixerConfig(
        unescape_html=False,  # entities are fixed one by one below
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )


_CONFIG = None


@hookimpl
def plugin_info():
    return {"phase": "repair", "kinds": ["encoding", "entity", "control", "newline"],
            "description": "fix mojibake (ftfy), HTML entities, CR/CRLF line ends, invisible characters"}


@hookimpl
def default_options():
    return {"mojibake": True, "entities": True, "controls": True, "newlines": True}


@hookimpl
def find_edits(document, options):
    text = document.text
    edits = []
    if options["newlines"] and "\r" in text:
        edits += [Edit(m.start(), m.end(), "\n", kind="newline", reason="CR/CRLF line end made LF",
                       rule="encoding.newline") for m in NEWLINE.finditer(text)]
    if options["controls"] and any(c in text for c in _CONTROLS):
        edits += [Edit(m.start(), m.end(), "", kind="control",
                       reason=f"invisible or control character(s) {_names(m.group())} removed",
                       rule="encoding.control") for m in CONTROL.finditer(text)]
    if options["entities"] and "&" in text:
        for m in ENTITY.finditer(text):
            fixed = html.unescape(m.group())
            if fixed != m.group():
                edits.append(Edit(m.start(), m.end(), fixed, kind="entity",
                                  reason=f"HTML entity {m.group()} decoded", rule="encoding.entity"))
    if options["mojibake"] and not text.isascii() and _MOJIBAKE_UTF8.search(text.encode("utf-8", "surrogatepass")):
        edits += _mojibake(document, options["newlines"])
    return edits


def _mojibake(document, newlines: bool):
    global _CONFIG
    import ftfy

    if _CONFIG is None:
        _CONFIG = _ftfy_config()
    out = []
    for line in lines_at(document.text, [m.start() for m in MOJIBAKE.finditer(document.text)]):
        fixed, plan = ftfy.fix_and_explain(line.text, _CONFIG)
        if newlines:  # this edit may cover a CR whose own edit it supersedes
            fixed = NEWLINE.sub("\n", fixed)
        if fixed == line.text:
            continue
        a, b = _common_affixes(line.text, fixed)
        steps = ", ".join(f"{op} {arg}" for op, arg in plan or ())
        out.append(Edit(line.start + a, line.end - b, fixed[a:len(fixed) - b], kind="encoding",
                        reason=f"mojibake repaired by ftfy ({steps})", rule="encoding.ftfy"))
    return out


def _common_affixes(old: str, new: str) -> tuple[int, int]:
    a = 0
    while a < min(len(old), len(new)) and old[a] == new[a]:
        a += 1
    b = 0
    while b < min(len(old), len(new)) - a and old[-1 - b] == new[-1 - b]:
        b += 1
    return a, b


def _names(chars: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(chars))
