"""Tag lists and topic labels: "Tags: a, b, c", "Themen:", and one-word section kickers.

A kicker is a line of one or two capitalised words glued (no blank line) to a
long line, with no other short line next to it: the section label a page prints
above its headline or between summary and body.
"""
from normalizer import hookimpl
from normalizer.textutils import WS, ends_sentence, glued, line_edits, line_pattern, prefix_pattern, remove, word_count

LISTS = prefix_pattern([
    r"(?:tags|tagged|tagged with|topics|filed under|categories|category|keywords|related topics|"
    r"schlagworte|schlagwörter|stichworte|themen|mots-clés|mots clés|étiquettes|etiquetas|temas|argomenti|"
    r"trefwoorden|onderwerpen|assuntos)" + WS + r"*:"])
HEADER = line_pattern([r"(?:tags|topics|themen|schlagworte|mots-clés|etiquetas|temas)"])


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["navigation"],
            "description": "tag lists and one-word topic/section labels"}


@hookimpl
def default_options():
    return {"max_words": 40, "kickers": True, "kicker_max_words": 2, "long_line_words": 12}


def _kicker(lines, i, options):
    line = lines[i]
    text = line.text.strip()
    if (not text or not text[0].isupper() or len(text) > 60 or word_count(text) > options["kicker_max_words"]
            or ends_sentence(text) or any(c.isdigit() for c in text) or text.startswith(("•", "-", "*"))):
        return False
    up, down = glued(lines, i)
    if up is None and down is None:
        return False
    long_enough = options["long_line_words"]
    return all(n is None or word_count(n.text) >= long_enough for n in (up, down))


@hookimpl
def find_edits(document, options):
    lines = document.lines
    edits = line_edits(document, LISTS, kind="navigation", reason="tag/topic list",
                       rule="tags.list", max_words=options["max_words"])
    done = {e.start for e in edits}
    for i, line in enumerate(lines):
        if line.start in done or line.blank:
            continue
        if HEADER.fullmatch(line.text):
            run = [line]
            for nxt in lines[i + 1:]:
                if nxt.blank or word_count(nxt.text) > 4:
                    break
                run.append(nxt)
            if len(run) > 1:
                edits += remove(run, kind="navigation", reason="tag list", rule="tags.header_list")
                done.update(l.start for l in run)
        elif options["kickers"] and _kicker(lines, i, options):
            edits += remove([line], kind="navigation", reason="section/topic label glued to the text",
                            rule="tags.kicker")
    return edits
