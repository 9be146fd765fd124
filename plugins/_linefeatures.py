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
    repeats: int = 1    # how often the same line occurs in the document
    menu_run: int = 0   # length of the run of menu-like lines it is in (0: not menu-like)

    @property
    def stop_share(self) -> float:
        return self.stops / self.words if self.words else 0.0


def language(text: str) -> tuple[str | None, frozenset]:
    """Guess the document's language from its function words (None if no list fits)."""
    return _stopwords.guess(Counter(WORD.findall(text.lower())))


def extract(lines, stopwords: frozenset, *, menu_words: int) -> list[LineFeatures]:
    """Features of every non-blank line; ``menu_run`` counts runs across blank lines."""
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
        out.append(f)
        seen.setdefault(" ".join(low.split()), []).append(f)
    for same in seen.values():
        for f in same:
            f.repeats = len(same)
    _menu_runs(out, menu_words)
    return out


def _title(toks: list[str], stopwords: frozenset) -> bool:
    content = [t for t in toks if t[0].isalpha() and t.lower() not in stopwords]
    if not content:
        return False
    return sum(t[0].isupper() for t in content) >= 0.7 * len(content)


def menu_like(f: LineFeatures, menu_words: int) -> bool:
    return f.words <= menu_words and not f.terminal


def _menu_runs(feats: list[LineFeatures], menu_words: int) -> None:
    i, n = 0, len(feats)
    while i < n:
        if not menu_like(feats[i], menu_words):
            i += 1
            continue
        j = i
        while j + 1 < n and menu_like(feats[j + 1], menu_words):
            j += 1
        for k in range(i, j + 1):
            feats[k].menu_run = j - i + 1
        i = j + 1
