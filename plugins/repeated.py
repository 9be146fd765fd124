"""Lines a site repeats across its documents (menus, footers, promos, section headers), CCNet-style.

Pass 1 (``corpus_keys``) hands the core each document's normalised lines:
stripped, lower-cased, digits made 0, punctuation dropped, as cc_net does, so
"Updated 12:04" and "Updated 09:31" are one line. The core counts per site in
how many documents each occurs. Pass 2 removes a line seen in at least
``min_documents`` documents and at least ``min_share`` of the site's
documents. A document made only of such lines is left whole: a line that is
the only text of its document is never removed. Without a corpus (one
``normalize(text)`` call) the plugin does nothing.
"""
from __future__ import annotations

import math
import re

from normalizer import Edit, hookimpl

_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]|_")


@hookimpl
def plugin_info():
    return {"phase": "statistic", "kinds": ["boilerplate"],
            "description": "lines repeated across many documents of a site (two-pass corpus mining)"}


@hookimpl
def default_options():
    return {"min_documents": 3, "min_share": 0.1}


def normalise(line: str) -> str:
    """cc_net's line normalisation: case, digits and punctuation do not count."""
    return " ".join(_PUNCT.sub(" ", _DIGIT.sub("0", line.lower())).split())


def normalised_lines(text: str) -> list[str]:
    """``[normalise(line) for line in text.split("\n")]``, the substitutions made once on the
    whole text (none of them crosses or makes a line end)."""
    return list(map(" ".join, map(str.split, _PUNCT.sub(" ", _DIGIT.sub("0", text.lower())).split("\n"))))


@hookimpl
def corpus_keys(document):
    keys = set(normalised_lines(document.text))
    keys.discard("")
    return keys


@hookimpl
def find_edits(document, options, corpus):
    if corpus is None or not corpus.documents:
        return []
    total = corpus.documents
    need = max(options["min_documents"], math.ceil(options["min_share"] * total))
    if total < need:
        return []
    text = document.text
    marked, content, start = [], 0, 0  # marked: (start, end) of a line, and its count
    for key, size in zip(normalised_lines(text), map(len, text.split("\n"))):
        if key:
            content += 1
            n = corpus.count(key)
            if n is not None and n >= need:
                marked.append((start, start + size, n))
        start += size + 1
    if not marked or len(marked) == content:
        return []  # nothing repeats, or nothing else is left: keep the document whole
    where = corpus.site or "this site"
    return [Edit(start, min(end + 1, len(text)), kind="boilerplate", rule="repeated.site_line",
                 reason=f"line repeated across the site: in {n} of {total} documents of {where} "
                        f"(threshold {need})")
            for start, end, n in marked]
