"""Body-only mode: the headline, byline and dateline lines at the top of the text go.

The lines ``meta_text`` reads as facts (see there: a byline led by "By",
"Von", "Par" ..., a line that is a date, the line equal to the headline the
metadata found) are removed as edits of kind ``title``, ``byline`` and
``dateline``; they stay in ``OUT/meta``. Runs in the ``statistic`` phase,
after the generic classifier (``boilerplate``), so that removing them does not
change what the classifier sees as the article's start; before
``headline_text``, which then leaves a dump alone whose known headline is gone.
"""
from normalizer import Edit, hookimpl

from . import meta_text
from .meta_text import scan


@hookimpl
def plugin_info():
    return {"phase": "statistic", "kinds": ["title", "byline", "dateline"], "modes": ["body_only"],
            "description": "the headline, byline and dateline lines at the top (body-only mode)"}


@hookimpl
def default_options():
    return meta_text.default_options()


@hookimpl
def find_edits(document, options):
    found = scan(document, options)
    edits = []
    if found["headline"] and document.facts.get("headline") is not None:  # only a headline reported as a fact
        line, why = found["headline"]
        edits.append(_cut(document, line, "title", f"the article's headline ({why})", "meta_lines.headline"))
    for line, _ in found["bylines"]:
        edits.append(_cut(document, line, "byline", "byline: the author's name", "meta_lines.byline"))
    for line, _ in found["datelines"]:
        edits.append(_cut(document, line, "dateline", "dateline: the publication date", "meta_lines.dateline"))
    return edits


def _cut(document, line, kind, reason, rule) -> Edit:
    """The line and the blank lines after it (so no gap is left where it was)."""
    lines, end = document.lines, line.stop
    k = line.number + 1
    while k < len(lines) and lines[k].blank:
        end = lines[k].stop
        k += 1
    return Edit(line.start, end, kind=kind, reason=reason, rule=rule)
