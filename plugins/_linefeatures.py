"""Per-line features for the generic boilerplate classifier (plugins/boilerplate.py).

Every feature carries across sites and languages: length in words and
characters, share of function words (``_stopwords``), sentence-final
punctuation, capitalised-title shape, digits/dates/URLs/e-mails, copyright and
legal vocabulary, and the run of short menu-like lines a line sits in.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import chain
from dataclasses import dataclass

from . import _stopwords

WORD = re.compile(r"\w+")
CLOSERS = "\"'”’»)]*_ "
ENDS = frozenset(".!?…。！？:;")
_MONTH = (r"(?:jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
          r"|august|september|october|november|december|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember"
          r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo"
          r"|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile"
          r"|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janeiro"
          r"|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)")
# Dates and times, checked around each run of digits of the lower-cased text:
# "12:04", "18.11.2019", "2019-11-18", "nov. 18", "18 novembre", "18 de mayo".
DIGITS = re.compile(r"[0-9]{1,4}")
STAMP_AFTER = re.compile(rf"(?::[0-9]{{2}}|[./-][0-9]{{1,2}}[./-][0-9]{{2,4}}|(?:\.|º|er)? +(?:de +)?{_MONTH}(?![a-zà-ÿ]))")
STAMP_BEFORE = re.compile(rf"(?:^|[^a-zà-ÿ]){_MONTH}\.? +$")
# Copyright, legal and policy vocabulary (found with str.find in the lower-cased text).
LEGAL_WORDS = ("©", "(c) ", "copyright", "all rights reserved", "privacy policy", "privacy notice", "terms of use",
               "terms of service", "terms and conditions", "cookie policy", "impressum", "datenschutz",
               "nutzungsbedingungen", " agb", "alle rechte vorbehalten", "mentions légales",
               "politique de confidentialité", "tous droits réservés", "aviso legal", "política de privacidad",
               "todos los derechos reservados", "tutti i diritti riservati", "note legali",
               "alle rechten voorbehouden", "algemene voorwaarden", "todos os direitos reservados",
               "política de privacidade", "termos de uso", "sitemap")
# Rights notices: a line holding one is a footer whatever its length.
RIGHTS_WORDS = ("©", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
                "todos los derechos reservados", "tutti i diritti riservati", "alle rechten voorbehouden",
                "todos os direitos reservados")
LINK_WORDS = ("http://", "https://", "www.", ".com", ".org", ".net", ".co.uk", ".de/", ".io", "@")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# An all-caps dateline inside a line ("... NEW DELHI: ...", "... (AP) — ..."): a teaser glued to its title.
INNER_DATELINE = re.compile(r"\S\s+(?:[A-ZÀ-Þ]{2,}[ ,.]+){0,3}[A-ZÀ-Þ]{3,}\s*(?::|\((?:AP|AFP|dpa|Reuters)\))\s")
BULLET = re.compile(r"\s*(?:[•·▪►▸◦‣*–—-]|\d{1,2}[.)])\s")


@dataclass(slots=True)
class LineFeatures:
    """What the classifier knows about one non-blank line (``index`` into ``document.lines``)."""

    index: int
    block: int          # blank-line separated block number
    words: int
    chars: int
    stops: int          # function words of the document's language
    terminal: bool      # ends like a sentence
    legal: bool         # copyright / legal / policy vocabulary
    rights: bool        # a rights notice ("©", "All rights reserved")
    link: bool          # URL or e-mail address
    stamp: bool         # date or time
    bullet: bool
    teaser: bool = False  # a title-case headline glued to the start of the line, or an inner dateline
    repeats: int = 1    # how often the same line occurs in the document
    menu_run: int = 0   # length of the run of menu-like lines it is in (0: not menu-like)
    list_run: int = 0   # length of the run of unpunctuated lines in its block (0: punctuated)
    text: str = ""      # the line, stripped
    stopset: frozenset = frozenset()
    _title: bool | None = None

    @property
    def title(self) -> bool:
        """Capitalised-title shape: most content words capitalised, no sentence end (computed once)."""
        if self._title is None:
            self._title = not self.terminal and self.words <= 30 and _title(WORD.findall(self.text), self.stopset)
        return self._title

    @property
    def stop_share(self) -> float:
        return self.stops / self.words if self.words else 0.0


def extract(text: str, lines, *, menu_words: int, list_words: int = 25
            ) -> tuple[str | None, frozenset, list[LineFeatures]]:
    """The document's language, its stopwords, and the features of every non-blank line.

    ``lines`` are ``document.lines`` of ``text``. ``menu_run`` counts runs of
    short unpunctuated lines across blank lines; ``list_run`` counts
    unpunctuated lines of up to ``list_words`` words that follow each other
    without a blank line (link lists, teaser headlines), bulleted prose
    items excepted. Costly checks run once over the whole lower-cased text.
    """
    low = text.lower()
    low_lines = low.split("\n")
    if len(low_lines) != len(lines):  # a final newline starts no line
        low_lines = low_lines[:len(lines)]
    starts, pos = [], 0
    for l in low_lines:
        starts.append(pos)
        pos += len(l) + 1
    legal = _hits(low, LEGAL_WORDS, starts)
    rights = _hits(low, RIGHTS_WORDS, starts)
    link = _hits(low, LINK_WORDS, starts)
    stamp = _stamps(low, starts)
    tokens = [WORD.findall(l) for l in low_lines]
    lang, stopwords = _stopwords.guess(Counter(chain.from_iterable(tokens)))
    is_stop = stopwords.__contains__
    out: list[LineFeatures] = []
    seen: dict[str, list[LineFeatures]] = {}
    block, was_blank = 0, True
    for line, toks, low_line in zip(lines, tokens, low_lines):
        raw = line.text
        if not toks and not raw.strip():
            if not was_blank:
                block += 1
            was_blank = True
            continue
        was_blank = False
        stripped = raw.strip()
        n = len(toks)
        if stripped[0] >= "\u3040" or n < len(stripped) // 12:  # maybe CJK: two characters make a word
            n += len(CJK.findall(stripped)) // 2
        stops = sum(map(is_stop, toks)) if stopwords else 0
        end = stripped.rstrip(CLOSERS)
        terminal = bool(end) and end[-1] in ENDS
        f = LineFeatures(line.number, block, n, len(stripped), stops, terminal,
                         line.number in legal, line.number in rights, line.number in link, line.number in stamp,
                         BULLET.match(raw) is not None, text=stripped, stopset=stopwords)
        if n >= 8:
            f.teaser = _teaser(stripped, stopwords)
        out.append(f)
        seen.setdefault(" ".join(low_line.split()), []).append(f)
    for same in seen.values():
        if len(same) > 1:
            for f in same:
                f.repeats = len(same)
    _runs(out, lambda f: f.words <= menu_words and not f.terminal, "menu_run", same_block=False)
    _runs(out, lambda f: f.words <= list_words and not f.terminal and not (f.bullet and f.stops >= 3),
          "list_run", same_block=True)
    return lang, stopwords, out


def _line_of(starts: list[int], pos: int) -> int:
    return bisect_right(starts, pos) - 1


def _hits(low: str, words, starts) -> set[int]:
    """Numbers of the lines holding any of ``words`` (plain substring search, fast)."""
    found = set()
    for w in words:
        i = low.find(w)
        while i != -1:
            found.add(_line_of(starts, i))
            i = low.find(w, i + 1)
    return found


def _stamps(low: str, starts) -> set[int]:
    """Numbers of the lines holding a date or a time."""
    found = set()
    for m in DIGITS.finditer(low):
        a, b = m.span()
        if STAMP_AFTER.match(low, b) or STAMP_BEFORE.search(low[max(0, a - 12):a]):
            found.add(_line_of(starts, a))
    return found


def digit_share(text: str) -> float:
    chars = sum(len(t) for t in WORD.findall(text)) or 1
    return sum(len(t) for t in DIGITS.findall(text)) / chars


def _title(toks: list[str], stopwords: frozenset) -> bool:
    content = [t for t in toks if t[0].isalpha() and t.lower() not in stopwords]
    if not content:
        return False
    return sum(t[0].isupper() for t in content) >= 0.7 * len(content)


def _teaser(text: str, stopwords: frozenset) -> bool:
    """A headline glued before a description: "Customers Leave Without Paying At Troy Steakhouse A party ..."."""
    head = WORD.findall(text, 0, 100)[:12]
    if all(t[0].isupper() or t[0].isdigit() for t in head[:4]):
        caps_stop = sum(1 for t in head[1:] if t[0].isupper() and t.lower() in stopwords)
        if caps_stop >= 2:
            return True
    return INNER_DATELINE.search(text, 0, 160) is not None and not INNER_DATELINE.match(text)


def _runs(feats: list[LineFeatures], member, attr: str, *, same_block: bool) -> None:
    """Set ``attr`` of each member line to the length of the run of members it is in."""
    i, n = 0, len(feats)
    while i < n:
        if not member(feats[i]):
            i += 1
            continue
        j = i
        while (j + 1 < n and member(feats[j + 1])
               and (not same_block or feats[j + 1].index == feats[j].index + 1)):
            j += 1
        for k in range(i, j + 1):
            setattr(feats[k], attr, j - i + 1)
        i = j + 1
