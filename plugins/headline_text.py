"""The headline of a text dump, removed in body-only mode (``--body-only``).

After the generic classifier (``boilerplate``) a cleaned dump starts with the
headline it kept above the article. In body-only mode this plugin removes that
first line when it reads like a headline: short, no sentence-final full stop,
and prose right after it. HTML pages get theirs removed on the DOM
(``headline``), so this plugin leaves them alone.
"""
import re

from normalizer import Edit, hookimpl

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


@hookimpl
def find_edits(document, options):
    content = [l for l in document.lines if not l.blank][:2]
    if len(content) < 2:
        return []
    head, nxt = content
    words = len(_WORD.findall(head.text))
    if not 0 < words <= options["max_words"] or head.text.rstrip().endswith("."):
        return []
    if len(_WORD.findall(nxt.text)) < options["prose_words"]:
        return []
    return [Edit(head.start, head.stop, kind="title", rule="headline_text.first_line",
                 reason=f"the headline ({words} words, followed by the article; body-only output)")]
