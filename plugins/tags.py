"""Tag lists and topic labels: "Tags: a, b, c", "Themen:", and one-word section kickers; reading-time
lines ("Lesezeit: 3 Min.", "Temps de lecture : 3 min", "3 min read"); in Chinese and Japanese text, a
line of short words parted by spaces (a script that parts no words so: a keyword list).

A kicker is a line of one or two capitalised words glued (no blank line) to a
long line, with no other short line next to it: the section label a page prints
above its headline or between summary and body.
"""
from itertools import accumulate

from normalizer import Line, hookimpl
from normalizer.textutils import (WS, ends_sentence, line_edits_for, line_pattern, lines_at, matches_each, next_line,
                                  prefix_pattern, remove, word_count)

# Lower case, matched on the lower-cased text (folded=True).
LISTS = prefix_pattern([
    r"(?:tags|tagged|tagged with|topics|filed under|categories|category|keywords|related topics|"
    r"schlagworte|schlagwörter|stichworte|stichwörter|themen in diesem artikel|themen|mots-clés|mots clés|"
    r"étiquettes|etiquetas|temas|argomenti|trefwoorden|onderwerpen|assuntos|"
    r"kategorien|kategorie|weitere themen|catégories|catégorie|sujets|palabras clave|categorías|categoría|"
    r"parole chiave|categorie|categoria|tag|categorieën|categorie|palavras-chave|categorias|tópicos|tagi|tematy|"
    r"emner|ämnen|nyckelord|stikkord|nøgleord|štítky|témata|klíčová slova|tēmas|atslēgvārdi|tagit|aiheet)" + WS + r"*:",
    # a blog's post line: "This entry was posted in News and tagged …", "Dieser Beitrag wurde veröffentlicht in …"
    r"(?:this (?:entry|post) was posted in|dieser (?:beitrag|eintrag) wurde veröffentlicht in|"
    r"cette entrée a été publiée dans)" + WS],
    flags=0)
HEADER = line_pattern([r"(?:tags|topics|themen|schlagworte|schlagwörter|stichworte|mots-clés|mots clés|étiquettes|"
                       r"etiquetas|temas|palabras clave|argomenti|parole chiave|trefwoorden|onderwerpen|assuntos|"
                       r"palavras-chave|tagi|tematy)"], flags=0)
# A reading-time line alone: "Lesezeit: 3 Min.", "Lesedauer ca. 5 Minuten", "3 min read", "Leestijd 2 minuten".
# (a line that starts with the minutes opens with one of ten digits, so that the phrases of a joint
# search are tried by first character; "\d" would be tried at every line)
_COUNT = (r"(?:0|1|2|3|4|5|6|7|8|9)\d{0,2}(?:" + WS + r"*[-–]" + WS + r"*\d{1,3})?" + WS + r"*"
          r"(?:min(?:utes?|uten?|uti|utos|ut[ay]?)?|mins)\.?")
_MINUTES = r"(?:ca\.|circa|approx\.|about|environ|unos|cerca di|ongeveer|cerca de|około|~)?" + WS + r"*" + _COUNT
READING_TIME = line_pattern([
    r"(?:lesezeit|lesedauer|lesezeit ca\.|temps de lecture|durée de lecture|lecture|tiempo de lectura|"
    r"tiempo estimado de lectura|lectura|tempo di lettura|tempo de leitura|leitura|leestijd|leesduur|"
    r"czas czytania|czas lektury|reading time|read time|estimated reading time|time to read)" + WS + r"*:?" + WS + r"*"
    + _MINUTES,
    _COUNT + WS + r"*(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|"
    r"czytania|lektury)"], flags=0)


# A keyword line of Chinese or Japanese text: at least CJK_WORDS words of at most CJK_WORD_CHARS
# characters, parted by spaces, no punctuation, mostly CJK characters.
CJK_WORDS, CJK_WORD_CHARS = 5, 12
_CJK_PUNCT = frozenset("。、，！？：；「」『』（）()【】［］…/|:,.!?0123456789０１２３４５６７８９")


def _cjk_keyword_lines(text):
    """The keyword lines of a text in Chinese or Japanese (one that holds "。")."""
    if "。" not in text:
        return []
    out, start = [], 0
    for part in text.split("\n"):
        stop = start + len(part) + 1
        words = part.split()
        if (len(words) >= CJK_WORDS and all(len(w) <= CJK_WORD_CHARS for w in words)
                and _CJK_PUNCT.isdisjoint(part)
                and sum(ord(c) >= 0x2E80 for c in part) * 4 >= 3 * (len(part) - part.count(" "))):
            out.append(Line(0, start, start + len(part), min(stop, len(text)), part))
        start = stop
    return out


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["navigation"],
            "description": "tag lists, Chinese and Japanese keyword lines and one-word topic/section labels"}


@hookimpl
def default_options():
    return {"max_words": 40, "kickers": True, "kicker_max_words": 2, "long_line_words": 12}


def _kickers(text, options):
    """The lines that are one- or two-word labels glued to long lines."""
    max_words, long_words = options["kicker_max_words"], options["long_line_words"]
    parts = text.split("\n")
    if len(parts) > 1 and not parts[-1]:
        parts.pop()  # as split_lines: a final newline does not start a line
    sizes = list(map(len, map(str.strip, parts)))  # 0: blank
    long = max(2 * long_words - 1, 1)  # the fewest characters a line of long_words words has
    # the cheap part of the test, on every line: at most 60 characters, neighbours blank or long
    around = [0] + sizes + [0]
    maybe = [i for i, size in enumerate(sizes) if 0 < size <= 60 and (around[i] or around[i + 2])
             and (not around[i] or around[i] >= long) and (not around[i + 2] or around[i + 2] >= long)]
    out = []
    for i in maybe:
        label = parts[i].strip()
        if (not label[0].isupper() or word_count(label) > max_words or ends_sentence(label)
                or any(map(str.isdigit, label)) or label.startswith(("•", "-", "*"))):
            continue
        glued = [parts[j] for j in (i - 1, i + 1) if 0 <= j < len(parts) and sizes[j]]
        if all(word_count(n) >= long_words for n in glued):
            out.append(i)
    if not out:
        return []
    starts = list(accumulate(map(len, parts), initial=0))
    lines = []
    for i in out:
        start = starts[i] + i  # the characters of the lines before, and their newlines
        end = start + len(parts[i])
        lines.append(Line(i, start, end, end + 1 if end < len(text) else end, parts[i]))
    return lines


@hookimpl
def find_edits(document, options):
    text = document.text
    lists, header_matches, reading = matches_each(document, (LISTS, HEADER, READING_TIME), folded=True)
    edits = line_edits_for(document, lists, kind="navigation", reason="tag/topic list", rule="tags.list",
                           max_words=options["max_words"])
    edits += line_edits_for(document, reading, kind="navigation", reason="reading-time line",
                            rule="tags.reading_time")
    done = {e.start for e in edits}
    headers = set()
    for line in lines_at(text, [m.start() for m in header_matches]):
        headers.add(line.start)
        listed = line.start in done  # "Tags:" alone went as a tag list: the tags under it go with it
        if listed and not line.text.rstrip().endswith(":"):
            continue
        run = [line]
        nxt = next_line(text, line)
        while nxt is not None and not nxt.blank and word_count(nxt.text) <= 4:
            run.append(nxt)
            nxt = next_line(text, nxt)
        if len(run) > 1:
            edits += remove(run[1:] if listed else run, kind="navigation", reason="tag list", rule="tags.header_list")
            done.update(l.start for l in run)
    edits += remove([l for l in _cjk_keyword_lines(text) if l.start not in done], kind="navigation",
                    reason="keyword list (Chinese or Japanese)", rule="tags.cjk_keywords")
    if options["kickers"]:
        edits += remove([l for l in _kickers(text, options) if l.start not in done and l.start not in headers],
                        kind="navigation", reason="section/topic label glued to the text", rule="tags.kicker")
    return edits
