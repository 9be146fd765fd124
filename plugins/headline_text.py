"""The headline of a text dump, removed in body-only mode (``--body-only``).

After the generic classifier (``boilerplate``) a cleaned dump starts with the
headline it kept above the article. In body-only mode this plugin removes that
first line when it reads like a headline: short, no sentence-final full stop,
and prose right after it. HTML pages get theirs removed on the DOM
(``headline``), so this plugin leaves them alone. When an earlier plugin
already knows the headline (``meta_text`` reads it off the top of the dump and
removes it in body-only mode), only a first line equal to it is the headline;
otherwise the line found here is reported as the ``headline`` fact.
"""
import re
from itertools import islice

from normalizer import Edit, Fact, hookimpl

from ._facts import same_title

_WORD = re.compile(r"\w+")


@hookimpl
def plugin_info():
    return {"phase": "statistic", "kinds": ["title"], "modes": ["body_only"],
            "description": "the headline of a text dump (body-only mode)"}


@hookimpl
def default_options():
    return {"max_words": 25, "prose_words": 12}


@hookimpl
def applies_to(document):
    return document.format != "html"


def _headline(document, options):
    """``(line, words)`` of the headline at the top, or None."""
    content = list(islice((l for l in document.iter_lines() if not l.blank), 2))
    if len(content) < 2:
        return None
    head, nxt = content
    known = document.facts.get("headline")
    if known is not None and not same_title(head.text, known.value, share=0.9):
        return None  # the headline is known and this is not it (already removed, or lower down)
    words = len(_WORD.findall(head.text))
    if not 0 < words <= options["max_words"] or head.text.rstrip().endswith("."):
        return None
    if len(_WORD.findall(nxt.text)) < options["prose_words"]:
        return None
    return head, words


@hookimpl
def find_metadata(document, options):
    found = _headline(document, options)
    if found is None or document.facts.get("headline") is not None:
        return None
    line = found[0]
    return [Fact("headline", " ".join(line.text.split()), confidence=0.5,
                 source=f"text line {document.original_line(line.start)}")]


@hookimpl
def find_edits(document, options):
    found = _headline(document, options)
    if found is None:
        return []
    head, words = found
    return [Edit(head.start, head.stop, kind="title", rule="headline_text.first_line",
                 reason=f"the headline ({words} words, followed by the article; body-only output)")]
