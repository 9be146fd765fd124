"""Byline and dateline lines, in the languages the phrase plugins cover (shared by the metadata plugins).

``byline("Von Max Muster, Berlin")`` gives ``(["Max Muster"], [])``;
``byline("By Jane Doe | November 18, 2019")`` gives ``(["Jane Doe"], [("published", "2019-11-18")])``;
``dateline("Mis à jour le 3 décembre 2026")`` gives ``[("modified", "2026-12-03")]``. Anything
else in the line (a sentence, a counter, a menu) makes it not a byline or dateline: None.
"""
import re

from normalizer.textutils import grouped, word_count

from ._dates import _CONNECTORS, REACH, WEEKDAYS, filler, find_date
from ._facts import AGENCY, BY, ROLE, authors

_LEADING = re.compile(r"^[\s\W_]*?(?=[\w\"'“‘«(])")  # decoration before the first word or quote
BYLINE = re.compile(rf"^{BY}\s+\S", re.IGNORECASE)
BYLINE_LEAD = re.compile(rf"^{BY}\s+", re.IGNORECASE)
BYLINE_ANYWHERE = re.compile(rf"(?:^|[|•·;–—-]\s*){BY}\s+\S", re.IGNORECASE)
# BYLINE_ANYWHERE as byline() runs it, faster: BYLINE at the start, or this (whose first character re looks for)
_AFTER_SEPARATOR = re.compile(rf"[|•·;–—-]\s*{BY}\s+\S", re.IGNORECASE)
LABELLED = re.compile(r"^[^\W\d_][\w ]{0,20}:\s*\S")  # "Categoria: Saúde", "Tags: ..."
PIECES = re.compile(r"\s*(?:[|•·;]|\s[–—-]\s|\s{3,})\s*")
_UPDATED = ("updated", "last updated", "modified", "aktualisiert", "zuletzt aktualisiert", "stand", "mis à jour",
            "actualizado", "actualización", "aggiornato", "bijgewerkt", "atualizado", "aktualisierung",
            "zuletzt geändert", "dernière mise à jour", "modifié", "ultimo aggiornamento", "aggiornamento",
            "laatste update", "laatst bijgewerkt", "atualização", "aktualizacja", "zaktualizowano")
_PUBLISHED = ("published", "publish date", "publish", "first published", "posted", "posted on", "publication date",
              "date", "dated", "veröffentlicht", "publiziert", "erschienen", "datum", "publié", "publication",
              "publicado", "publicação", "pubblicato", "gepubliceerd", "geplaatst", "fecha",
              "data publikacji", "data", "opublikowano", "publikacja")
UPDATED = re.compile(rf"\b(?:{'|'.join(_UPDATED)})\b", re.IGNORECASE)
PUBLISHED = re.compile(rf"\b(?:{'|'.join(_PUBLISHED)})\b", re.IGNORECASE)
# Labels and connectors around a date, grouped by first letter: re tries one group at each position, not all.
_AROUND = ("at", "on", "um", "uhr", "le", "el", "il", "op", "em", "am", "à", "às", "alle", "ore")
LABEL = re.compile(r"\b(?:" + grouped([*_UPDATED, *_PUBLISHED, r"(?-i:ET|PT|GMT|UTC)", *_AROUND], True) + r")\b",
                   re.IGNORECASE)
_RUN = re.compile(r"[^\W\d_]+")  # a run of letters
# The letter runs a dateline may hold beside its date and time: those of labels, weekdays and connectors.
_FILLER_RUNS = frozenset(run for w in (*_UPDATED, *_PUBLISHED, "et pt gmt utc", *_AROUND, *WEEKDAYS, *_CONNECTORS)
                         for run in _RUN.findall(w.lower()))
_DIGIT = re.compile(r"\d")
_LAST_DIGIT = re.compile(r".*\d", re.DOTALL)  # (matched, it ends after the last digit)
_YEAR = re.compile(r"(?:19|20)\d\d")  # every date form has one
# A piece that is a time alone ("12:40 h", "06:30 Uhr"), beside the date of a dateline: "… 2024 – 06:30 Uhr".
TIME_ALONE = re.compile(r"^\d{1,2}[:.h]\d\d(?:\s*(?:uhr|h|hs|horas|ore|godz\.?))?$", re.IGNORECASE)
TIMEISH = re.compile(r"^[\d/.:\s,-]+(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}\s*$", re.IGNORECASE)  # "11/19/19 06:56 AM EST"


def _core(text: str) -> str:
    """The line without its decoration: before the first word or quote, and a run of spaces, bars, bullets
    and dashes at its end (taken by rstrip, whitespace and "|•·–—-" in turn, rather than a regex)."""
    if not text[:1].isalnum():  # (a word character first: no decoration before it)
        text = _LEADING.sub("", text)
    while True:
        stripped = text.rstrip().rstrip("|•·–—-")
        if stripped == text:
            return text.strip()
        text = stripped


def dateline(text: str, day_first: bool | None = None):
    """``[(name, iso)]`` when the line states a date and little else; name is published or modified."""
    if not ("19" in text or "20" in text) or not _YEAR.search(text):
        return None  # every date form has a year
    found = []
    pieces = PIECES.split(_core(text))
    for i, piece in enumerate(pieces):
        if not piece.strip():
            continue
        if TIME_ALONE.match(piece.strip()) or (i == 0 and len(pieces) > 1 and _place(piece) and not _DIGIT.search(piece)):
            continue  # the time after a date's piece, a place before it ("Murcia | Actualizado: 21/04/2024")
        # Digits only in the date and its time (filler() takes none, and labels hold none): a piece
        # with digits farther apart than a date reaches is no dateline, nor one with digits but no date.
        digit = _DIGIT.search(piece)
        if digit is not None:
            last = _LAST_DIGIT.match(piece).end()
            if last - digit.start() > REACH:
                return None
            # the date and its time lie within REACH of every digit: a word farther away is outside them
            if _odd_word(piece, 0, last - REACH) or _odd_word(piece, digit.start() + REACH, len(piece)):
                return None
        hit = find_date(piece, day_first) if digit is not None else None  # (a date has digits)
        if hit is None:
            if digit is None and filler(LABEL.sub(" ", piece)):
                continue
            return None
        iso, start, end = hit
        rest = piece[:start] + " " + piece[end:]
        if _DIGIT.search(rest) or not filler(LABEL.sub(" ", rest)):
            return None
        found.append(("modified" if UPDATED.search(rest) else "published", iso))
    return found or None


def _odd_word(piece: str, lo: int, hi: int) -> bool:
    """Whether ``piece[lo:hi]`` holds a whole word (of ASCII letters) that no label, weekday or connector
    has: outside its date such a word makes a piece no dateline (LABEL.sub() leaves it, filler() refuses it)."""
    for m in _RUN.finditer(piece, lo, hi) if 0 <= lo < hi else ():
        if (m.start() == lo > 0) or (m.end() == hi < len(piece)):
            continue  # cut at an end of the range: maybe part of a longer word
        word = m.group()
        if word.isascii() and word.lower() not in _FILLER_RUNS:
            return True
    return False


def byline(text: str, max_words: int = 18, day_first: bool | None = None):
    """``(names, dates)`` when the line is a byline: names after "By", "Von", "Par", "Publicado por" ...,
    with dates, places, agencies and "Label: value" pieces around them."""
    core = _core(text)
    if not (BYLINE.match(core) or _AFTER_SEPARATOR.search(core)) or word_count(core) > max_words:
        return None
    pieces = [p for p in PIECES.split(core) if p.strip()]
    at = next((i for i, p in enumerate(pieces) if BYLINE.match(p)), None)
    if at is None:
        return None
    head = pieces[at]
    dates = []
    hit = find_date(head, day_first)
    if hit:
        dates.append(("modified" if UPDATED.search(head[:hit[1]]) else "published", hit[0]))
        head = head[:hit[1]]
    lead = len(BYLINE_LEAD.match(head).group(0))
    label = LABEL.search(head, lead)
    if label and label.start() > lead:  # "Von Max Muster publiziert am", "By Jane Doe on" (not "Par Le Figaro")
        head = head[:label.start()]
    names = authors(head)
    if not names:
        return None
    rest = head
    for n in names:  # what the names leave must be connectors, roles, agencies or a place
        rest = re.sub(re.escape(n), " ", rest, flags=re.IGNORECASE)
    rest = BYLINE_LEAD.sub(" ", rest)
    if _DIGIT.search(rest):
        return None  # "by India Post 0 Comments"
    leftover = [w for w in re.findall(r"[^\W\d_]+", ROLE.sub(" ", rest))
                if w.lower() not in ("and", "und", "et", "y", "e", "en", "och", "og", "with", "avec", "mit", "con", "com", "met")
                and not AGENCY.match(w) and not w[0].isupper()]
    if leftover:
        return None
    for piece in pieces[:at] + pieces[at + 1:]:
        d = dateline(piece, day_first)
        if d:
            dates += d
        elif not (AGENCY.match(piece.strip()) or ROLE.search(piece) or _place(piece) or TIMEISH.match(piece)
                  or LABELLED.match(piece)):
            return None
    return names, dates


def _place(piece: str) -> bool:
    ws = piece.split()
    return 0 < len(ws) <= 3 and all(w[0].isupper() for w in ws)
