"""South China Morning Post layout: related-story headlines inserted between paragraphs.

SCMP dumps carry headlines of other stories as standalone lines between body
paragraphs. Applies to scmp.com documents, or to dumps without URL that carry
SCMP's "myNEWS" promo; for those it also names the site (``find_metadata``).
"""
import re

from normalizer import Fact, hookimpl
from normalizer.textutils import ends_sentence, remove, word_count

FINGERPRINT = re.compile(r"^[^\w\n]*Get more with myNEWS[^\w\n]*$", re.MULTILINE)


@hookimpl
def plugin_info():
    return {"phase": "site", "kinds": ["related"],
            "description": "scmp.com: inline related-story headlines"}


@hookimpl
def default_options():
    return {"min_words": 4, "max_words": 20, "body_words": 12}


@hookimpl
def applies_to(document):
    return document.on_site("scmp.com") or ("myNEWS" in document.original
                                             and FINGERPRINT.search(document.original) is not None)


@hookimpl
def find_metadata(document):
    if document.url is None and "myNEWS" in document.original and FINGERPRINT.search(document.original):
        return [Fact("site", "scmp.com", source="content fingerprint (SCMP's \"Get more with myNEWS\" promo)",
                     confidence=0.7)]
    return None


@hookimpl
def find_edits(document, options):
    lines = document.lines
    body = [not l.blank and word_count(l.text) >= options["body_words"] and ends_sentence(l.text) for l in lines]
    out = []
    for i, line in enumerate(lines):
        if line.blank or body[i] or line.text.lstrip().startswith(("•", "-", "*")):
            continue
        if not (options["min_words"] <= word_count(line.text) <= options["max_words"]) or ends_sentence(line.text):
            continue
        standalone = (i == 0 or lines[i - 1].blank) and (i + 1 >= len(lines) or lines[i + 1].blank)
        prev_body = any(body[:i])
        next_body = next((body[j] for j in range(i + 1, len(lines)) if not lines[j].blank), False)
        if standalone and prev_body and next_body:
            out += remove([line], kind="related", reason="related-story headline between paragraphs",
                          rule="scmp.inline_headline")
    return out
