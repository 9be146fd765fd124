"""Per-line features for the generic boilerplate classifier (plugins/boilerplate.py).

Every feature carries across sites and languages: length in words and
characters, share of function words (``_stopwords``), sentence-final
punctuation, capitalised-title shape, digits/dates/URLs/e-mails, copyright and
legal vocabulary, and the run of short menu-like lines a line sits in.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import _stopwords

WORD = re.compile(r"\w+")
# Sentence ends, allowing closing quotes/brackets after the mark; CJK full stops too.
TERMINAL = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*\s*$")
LINK = re.compile(r"https?://|www\.\w|\b[\w.+-]+@[\w-]+\.\w{2,}\b|\b\w[\w-]*\.(?:com|org|net|de|uk|fr|es|it|nl|io)\b",
                  re.IGNORECASE)
_MONTH = (r"(?:jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
          r"|august|september|october|november|december|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember"
          r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo"
          r"|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile"
          r"|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|oktober|janeiro"
          r"|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)")
# A date or a time: "12:04", "18.11.2019", "Nov. 18, 2019", "18 novembre 2019", "2019-11-18".
STAMP = re.compile(rf"\b\d{{1,2}}:\d{{2}}\b|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b"
                   rf"|\b{_MONTH}\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:\.|º|er)?\s+(?:de\s+)?{_MONTH}\b",
                   re.IGNORECASE)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
LEGAL = re.compile(
    r"©|\(c\)\s*\d|\bcopyright\b|\ball rights reserved\b|\bprivacy (?:policy|notice|statement|settings)\b"
    r"|\bterms (?:of|and) (?:use|service|conditions)\b|\bcookie (?:policy|settings)\b|\bimpressum\b"
    r"|\bdatenschutz\w*|\bnutzungsbedingungen\b|\bagb\b|\balle rechte vorbehalten\b|\bmentions légales\b"
    r"|\bpolitique de confidentialité\b|\btous droits réservés\b|\baviso legal\b|\bpolítica de privacidad\b"
    r"|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\bnote legali\b"
    r"|\balle rechten voorbehouden\b|\balgemene voorwaarden\b|\btodos os direitos reservados\b"
    r"|\bpolítica de privacidade\b|\btermos de uso\b|\bsitemap\b",
    re.IGNORECASE)
# An all-caps dateline inside a line ("... NEW DELHI: ...", "... (AP) — ..."): a teaser glued to its title.
INNER_DATELINE = re.compile(r"\S\s+(?:[A-ZÀ-Þ]{2,}[ ,.]+){0,3}[A-ZÀ-Þ]{3,}\s*(?::|\((?:AP|AFP|dpa|Reuters)\))\s")
BULLET = re.compile(r"^\s*(?:[•·▪►▸◦‣*–—-]|\d{1,2}[.)])\s")


@dataclass(slots=True)
class LineFeatures:
    """What the classifier knows about one non-blank line (``index`` into ``document.lines``)."""

    index: int
    block: int          # blank-line separated block number
    words: int
    chars: int
    stops: int          # function words of the document's language
    terminal: bool      # ends like a sentence
    title: bool         # most content words capitalised, no sentence end
    legal: bool         # copyright / legal / policy vocabulary
    link: bool          # URL or e-mail address
    stamp: bool         # date or time
    digits: float       # share of digits among word characters
    bullet: bool
    teaser: bool = False  # a title-case headline glued to the start of the line, or an inner dateline
    repeats: int = 1    # how often the same line occurs in the document
    menu_run: int = 0   # length of the run of menu-like lines it is in (0: not menu-like)
    list_run: int = 0   # length of the run of unpunctuated lines in its block (0: punctuated)

    @property
    def stop_share(self) -> float:
        return self.stops / self.words if self.words else 0.0


def language(text: str) -> tuple[str | None, frozenset]:
    """Guess the document's language from its function words (None if no list fits)."""
    return _stopwords.guess(Counter(WORD.findall(text.lower())))


def extract(lines, stopwords: frozenset, *, menu_words: int, list_words: int = 25) -> list[LineFeatures]:
    """Features of every non-blank line.

    ``menu_run`` counts runs of short unpunctuated lines across blank lines;
    ``list_run`` counts unpunctuated lines of up to ``list_words`` words that
    follow each other without a blank line (link lists, teaser headlines),
    bulleted prose items excepted.
    """
    out: list[LineFeatures] = []
    seen: dict[str, list[LineFeatures]] = {}
    block, was_blank = 0, True
    for line in lines:
        raw = line.text
        text = raw.strip()
        if not text:
            if not was_blank:
                block += 1
            was_blank = True
            continue
        was_blank = False
        toks = WORD.findall(text)
        n = len(toks)
        if text[0] >= "\u3040" or n < len(text) // 12:  # maybe CJK: two characters make a word
            n += len(CJK.findall(text)) // 2
        low = text.lower()
        stops = sum(1 for w in WORD.findall(low) if w in stopwords) if stopwords else 0
        terminal = TERMINAL.search(text) is not None
        wordchars = sum(len(t) for t in toks) or 1
        digits = sum(c.isdigit() for c in text) / wordchars
        f = LineFeatures(
            line.number, block, n, len(text), stops, terminal,
            _title(toks, stopwords) and not terminal,
            LEGAL.search(text) is not None, LINK.search(text) is not None,
            STAMP.search(text) is not None, digits, BULLET.match(raw) is not None)
        f.teaser = _teaser(toks, stopwords, text)
        out.append(f)
        seen.setdefault(" ".join(low.split()), []).append(f)
    for same in seen.values():
        for f in same:
            f.repeats = len(same)
    _runs(out, lambda f: f.words <= menu_words and not f.terminal, "menu_run", same_block=False)
    _runs(out, lambda f: f.words <= list_words and not f.terminal and not (f.bullet and f.stops >= 3),
          "list_run", same_block=True)
    return out


def _title(toks: list[str], stopwords: frozenset) -> bool:
    content = [t for t in toks if t[0].isalpha() and t.lower() not in stopwords]
    if not content:
        return False
    return sum(t[0].isupper() for t in content) >= 0.7 * len(content)


def _teaser(toks: list[str], stopwords: frozenset, text: str) -> bool:
    """A headline glued before a description: "Customers Leave Without Paying At Troy Steakhouse A party ..."."""
    if len(toks) < 8:
        return False
    head = toks[:12]
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
