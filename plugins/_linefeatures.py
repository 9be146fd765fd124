"""Per-line features for the generic boilerplate classifier (plugins/boilerplate.py).

Every feature carries across sites and languages: length in words (a word
keeps its combining marks; in scripts without spaces between words, Thai,
Burmese, Khmer, and in CJK, words are counted from characters) and
characters, share of function words (``_stopwords``), sentence-final
punctuation, capitalised-title shape, digits/dates/URLs/e-mails, copyright and
legal vocabulary, and the run of short menu-like lines a line sits in.

Features are columns (one list per feature, one entry per non-blank line):
whole-text searches and C-level ``map`` calls instead of a Python pass per
line and feature, so the classifier costs a few microseconds per line.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate, chain, compress, groupby, islice, repeat
from operator import add, and_, contains, ge, getitem, itemgetter, le, lt, mul, ne, not_, or_, sub

from . import _stopwords

def _mark_ranges() -> str:
    """The combining marks of the Basic Multilingual Plane (vowel signs, viramas, harakat) as a
    character class body: ``\\w`` holds none of them, so Devanagari, Arabic with harakat, Burmese or
    Khmer words would fall apart at every vowel sign."""
    import unicodedata
    marks = [c for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")]
    ranges, first = [], marks[0]
    for a, b in zip(marks, marks[1:] + [-1]):
        if b != a + 1:
            ranges.append(f"\\u{first:04x}" + (f"-\\u{a:04x}" if a > first else ""))
            first = b
    return "".join(ranges)


MARKS = _mark_ranges()
WORD = re.compile(rf"\w[\w{MARKS}]*")  # a word keeps its combining marks
CLOSERS = "\"'”’“‘»«›‹)]*_ "
# Sentence ends: Latin, CJK (full and half width), Devanagari and Bengali dandas, Burmese, Ethiopic,
# Armenian, Arabic question mark and Urdu full stop.
ENDS = frozenset(".!?…。！？:;｡．।॥။።։؟۔")
_MONTH = (r"(?:jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
          r"|august|september|october|november|december|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember"
          r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo"
          r"|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile"
          r"|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janeiro"
          r"|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia"
          r"|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)")
# Dates and times, checked around each run of digits of the lower-cased text:
# "12:04", "18.11.2019", "2019-11-18", "nov. 18", "18 novembre", "18 de mayo".
DIGITS = re.compile(r"[0-9]{1,4}")
STAMP_AFTER = re.compile(rf"(?::[0-9]{{2}}|[./-][0-9]{{1,2}}[./-][0-9]{{2,4}}|(?:\.|º|er)? +(?:de +)?{_MONTH}(?![a-zà-ÿ]))")
NUMERIC_STAMP = re.compile(r"[0-9](?::[0-9]{2}|[./-][0-9]{1,2}[./-][0-9]{2,4})")  # the same without months
MONTHS = frozenset(_MONTH[3:-1].split("|"))
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
# Scripts written without spaces between words (Thai, Lao, Tibetan, Burmese, Khmer): a line's words are
# counted as NOSPACE_CHARS characters (marks included) each, as spaces only part its phrases.
NOSPACE = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]")
NOSPACE_RUN = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]+")
NOSPACE_CHARS = 5
CJK_LEADS = tuple(b"\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xef")  # the first UTF-8 byte of every CJK character
# An all-caps dateline inside a line ("... NEW DELHI: ...", "... (AP) — ..."): a teaser glued to its title.
# The caps must follow a word that is not in caps: a line starting with its dateline is no teaser.
INNER_DATELINE = re.compile(r"[^\sA-ZÀ-Þ]\s+(?:[A-ZÀ-Þ]{2,}[ ,.]+){0,3}[A-ZÀ-Þ]{3,}\s*(?::|\((?:AP|AFP|dpa|Reuters)\))\s")
# Four words that do not start with a lower-case letter (a prefilter for title-case headlines).
CAPITALISED_START = re.compile(r"\W*(?:[^\W_a-zß-ÿ]\w*\W+){3}[^\W_a-zß-ÿ]")
# "By Jane Doe", "Von Hans Muster", "Par Jean Dupont": a byline.
BYLINE = re.compile(r"(?:by|von|par|por|door)\s+[^\W\d_]", re.IGNORECASE)
# "By" on a line of its own, the name on the next (a byline split by the page's markup).
BARE_BYLINE = re.compile(r"(?:by|von|par|por|door):?", re.IGNORECASE)
BULLET = re.compile(r"\s*(?:[•·▪►▸◦‣*–—-]|\d{1,2}[.)])\s")
# The number an item of a numbered list starts with: "3. ", "3) ", "3a etapa", "3º", "3rd", "3 Name 120 ...";
# not a time or a date ("12:04", "18.11.2019", "3/4"), nor a number with decimals or thousands.
ITEM_NUMBER = re.compile(r"\W{0,2}([0-9]{1,3})(?:[.)]|[^\W\d_]{1,2}\.?|[º°ª])?(?=\s)")
# Words (and characters) one of which each phrase above holds: only lines with one are searched.
NONWORD_TRIGGERS = frozenset("©@")
LANGUAGE_LINES, LANGUAGE_WORDS = 8, 16  # the language is guessed from the first words of the longest lines
LEGAL_TRIGGERS = frozenset("© c copyright rights privacy terms cookie impressum datenschutz nutzungsbedingungen agb "
                           "vorbehalten légales confidentialité réservés legal privacidad reservados riservati legali "
                           "voorbehouden voorwaarden privacidade termos sitemap".split())
LINK_TRIGGERS = frozenset("http https www com org net uk de io @".split())
TRIGGERS = (LEGAL_TRIGGERS | LINK_TRIGGERS) - NONWORD_TRIGGERS


class Features:
    """The features of the non-blank lines of a text, one list per feature.

    Entry ``j`` of every list describes the ``j``-th non-blank line: ``number``
    is its line number, ``start``/``stop`` its span in the text (``stop`` with
    the newline), ``text`` the line stripped, ``tokens`` its lower-cased words.
    Sets (``legal``, ``rights``, ``link``, ``stamp``, ``teaser``, ``table``) hold the
    indices ``j`` that have the feature; ``stops`` (function words, for lines
    of 3 words or more) and ``repeats`` (lines occurring more than once) map
    indices to counts. ``menu_run`` is the length of the run of short
    unpunctuated lines (across blank lines) a line is in, 0 when it is not
    menu-like; ``list_run`` the same for unpunctuated lines of one block.
    ``numbered`` maps the first line of each numbered list (lines of one block
    counting 1, 2, 3 ... or on from any number) to the list's length.
    """

    __slots__ = ("lang", "stopwords", "number", "start", "stop", "text", "tokens", "block", "words", "stops",
                 "terminal", "legal", "rights", "link", "stamp", "teaser", "repeats", "menu_run",
                 "list_run", "table", "numbered", "_titles")

    def __len__(self) -> int:
        return len(self.words)

    def stop_share(self, j: int) -> float:
        return self.stops.get(j, 0) / self.words[j] if self.words[j] else 0.0

    def title(self, j: int) -> bool:
        """Capitalised-title shape: most content words capitalised, no sentence end (computed once)."""
        t = self._titles.get(j)
        if t is None:
            t = self._titles[j] = (not self.terminal[j] and self.words[j] <= 30
                                   and _title(WORD.findall(self.text[j]), self.stopwords))
        return t

    def bullet(self, j: int) -> bool:
        return BULLET.match(self.text[j]) is not None


def byline(line: str) -> bool:
    """Whether a (stripped) line starts like a byline."""
    return BYLINE.match(line) is not None and line[:1].isupper()


def bare_byline(line: str) -> bool:
    """Whether a (stripped) line is only the word that opens a byline ("By", "Von:"), the name
    on the next line."""
    return BARE_BYLINE.fullmatch(line) is not None and line[:1].isupper()


def lines_of(text: str) -> list[str]:
    """The lines of ``text`` as ``Document.lines`` counts them (a final newline starts none)."""
    parts = text.split("\n")
    if len(parts) > 1 and not parts[-1]:
        parts.pop()
    return parts


def extract(text: str, *, menu_words: int, list_words: int = 25, stamp_words: int = 12,
            table_run: int = 3, folded: str | None = None) -> Features:
    """The document's language and the features of every non-blank line of ``text``.

    ``menu_run`` counts runs of short unpunctuated lines across blank lines;
    ``list_run`` counts unpunctuated lines of up to ``list_words`` words that
    follow each other without a blank line (link lists, teaser headlines),
    bulleted prose items excepted. Dates and times are looked for in lines of
    up to ``stamp_words`` words. ``table_run`` rows of numbers in one block make a table.
    ``folded`` is ``text`` lower-cased offset for offset (``Document.folded``), if at hand.
    """
    F = Features()
    raw = lines_of(text)
    offsets = list(accumulate(map(add, map(len, raw), repeat(1)), initial=0))
    offsets[-1] = min(offsets[-1], len(text))  # the last line may have no newline
    stripped = list(map(str.strip, raw))
    number = F.number = list(compress(range(len(raw)), stripped))
    texts = F.text = list(map(stripped.__getitem__, number))
    F.start = list(map(offsets.__getitem__, number))
    F.stop = list(map(offsets[1:].__getitem__, number))
    F.block = list(accumulate(map(ne, map(sub, number[1:], number), repeat(1)), initial=0))
    if folded is not None and len(folded) == len(text):
        low = list(map(str.strip, map(folded.split("\n").__getitem__, number)))
    else:
        low = list(map(str.lower, texts))
    tokens, data = _split_words(low)
    F.tokens = tokens
    words = F.words = list(map(len, tokens))
    n = len(words)
    F.lang, F.stopwords = _guess_language(tokens, words)
    # lines that start with kana or ideographs, or have few words for their length
    if any(map(data.__contains__, CJK_LEADS)) and _maybe_cjk(texts):
        for j in compress(range(n), map(or_, map(ge, texts, repeat("\u3040")),
                                        map(lt, map(mul, repeat(12), words), map(len, texts)))):
            words[j] += len(CJK.findall(texts[j])) // 2  # two characters make a word
    if not data.isascii() and NOSPACE.search("\n".join(texts)):  # Thai, Lao, Tibetan, Burmese, Khmer
        for j in compress(range(n), map(NOSPACE.search, texts)):
            words[j] = max(words[j], sum(map(len, NOSPACE_RUN.findall(texts[j]))) // NOSPACE_CHARS)
    counted = list(compress(range(n), map(lt, repeat(2), words)))  # shorter lines: no share
    if F.stopwords:
        is_stop = F.stopwords.__contains__
        F.stops = dict(zip(counted, map(sum, map(map, repeat(is_stop), map(tokens.__getitem__, counted)))))
    else:
        F.stops = {}
    last = map(getitem, map(str.rstrip, texts, repeat(CLOSERS)), repeat(slice(-1, None)))  # "" if none
    F.terminal = list(map(ENDS.__contains__, last))
    marked = _marked_lines(text, F.start, NONWORD_TRIGGERS)
    candidates = marked.union(compress(range(n), map(not_, map(TRIGGERS.isdisjoint, tokens))))
    F.legal = {j for j in candidates if any(map(low[j].__contains__, LEGAL_WORDS))}
    F.rights = {j for j in F.legal if any(map(low[j].__contains__, RIGHTS_WORDS))}
    F.link = {j for j in candidates if any(map(low[j].__contains__, LINK_WORDS))}
    marks = _marks(data) if n else []
    numeric = _numeric(tokens, data, marks)
    F.stamp = _stamps(low, tokens, words, numeric, stamp_words)
    F.teaser = _teasers(F)
    F.repeats = _repeats(low, counted)
    unended = list(map(not_, F.terminal))
    F.menu_run = _runs(list(map(and_, map(ge, repeat(menu_words), words), unended)))
    listed = list(map(and_, map(ge, repeat(list_words), words), unended))
    wordy = map(le, repeat(3), map(F.stops.get, range(n), repeat(0)))
    for j in compress(range(n), map(and_, listed, wordy)):
        if BULLET.match(texts[j]):
            listed[j] = False  # a bulleted prose item
    F.list_run = _runs(listed, F.block)
    F.table = _table_rows(F, tokens, numeric, table_run, marks)
    F.numbered = _numbered(texts, numeric, F.block, table_run)
    F._titles = {}
    return F


# ASCII characters that are not word characters (\w) as spaces, the rest (and every byte of a
# non-ASCII character) as it is: ``str.split`` then cuts an ASCII line into its words.
_ASCII_WORDS = bytes(c if chr(c).isalnum() or chr(c) in "_\n" or c >= 128 else 32 for c in range(256))
# Common non-ASCII characters that are not word characters: made spaces before that, so that most
# non-ASCII lines split into their words too.
_PUNCTUATION = "’‘“”«»„–—…•·©®°€£\u200b"
assert not any(c.isalnum() or c.isspace() for c in _PUNCTUATION)


def _tokens(low: list[str]) -> list[list[str]]:
    """``WORD.findall`` of every line: one byte-table pass and ``str.split``. A line that splits
    into words some of which are not all word characters (other punctuation) is searched."""
    return _split_words(low)[0]


def _split_words(low: list[str]) -> tuple[list[list[str]], bytes]:
    """``_tokens(low)``, and the lines' UTF-8 bytes (to test for kana and ideographs)."""
    if not low:
        return [], b""
    joined = "\n".join(low)
    if not joined.isascii():
        for c in _PUNCTUATION:
            if c in joined:
                joined = joined.replace(c, " ")
    data = joined.encode("utf-8", "surrogatepass")
    decoded = data.translate(_ASCII_WORDS).decode("utf-8", "surrogatepass")
    spaced = decoded.split("\n")
    tokens = list(map(str.split, spaced))
    if decoded.isascii():  # every line split into its words
        return tokens, data
    others = list(compress(range(len(spaced)), map(not_, map(str.isascii, spaced))))
    for j in compress(others, map(not_, map(str.isalnum, map("".join, map(tokens.__getitem__, others))))):
        tokens[j] = WORD.findall(low[j])
    return tokens, data


# Of the UTF-8 bytes of the lines: ASCII digits and "_" as "1", bytes of other characters as "2", newlines
# as they are; the rest goes.
_MARKS = bytes(49 if chr(c) in "0123456789_" else 50 if c >= 128 else c for c in range(256))
_UNMARKED = bytes(c for c in range(128) if chr(c) not in "0123456789_\n")


def _marks(data: bytes) -> list[bytes]:
    """The marks of each line's digits (and "_") and non-ASCII characters (``_MARKS``)."""
    return data.translate(_MARKS, _UNMARKED).split(b"\n")


def _numeric(tokens: list[list[str]], data: bytes, marks: list[bytes] | None = None) -> list[bool]:
    """For each line, ``not "".join(words).isalpha()``: whether its words hold a digit (or "_"),
    or it has none. Only lines with non-ASCII characters (maybe "²", "½") join their words.
    ``marks`` are ``_marks(data)``, if at hand."""
    if marks is None:
        marks = _marks(data) if tokens else []
    numeric = list(map(or_, map(contains, marks, repeat(49)), map(not_, tokens)))
    if data.isascii():
        return numeric
    for j in compress(range(len(marks)), map(contains, marks, repeat(50))):
        numeric[j] = not "".join(tokens[j]).isalpha()
    return numeric


def _guess_language(tokens: list[list[str]], words: list[int]):
    """``_stopwords.guess`` on the first words of the longest lines: prose tells the language, menus do not."""
    if not words:
        return None, frozenset()
    least = sorted(words)[-min(LANGUAGE_LINES, len(words))]
    longest = compress(tokens, map(le, repeat(least), words))
    return _stopwords.guess(list(chain.from_iterable(map(islice, longest, repeat(LANGUAGE_WORDS)))))


def _marked_lines(text: str, starts: list[int], chars) -> set[int]:
    """Indices of the lines (starting at ``starts``) holding any of ``chars``."""
    found = set()
    for c in chars:
        i = text.find(c)
        while i != -1:
            found.add(bisect_right(starts, i) - 1)
            i = text.find(c, i + 1)
    return found


def _stamps(low: list[str], tokens, words, numeric, most: int) -> set[int]:
    """Indices of the lines of up to ``most`` words that hold a date or a time."""
    found = set()
    for j in compress(range(len(words)), map(and_, numeric, map(ge, repeat(most), words))):
        if MONTHS.isdisjoint(tokens[j]):
            if NUMERIC_STAMP.search(low[j]):
                found.add(j)
        elif _stamp(low[j]):
            found.add(j)
    return found


def _stamp(low: str) -> bool:
    """Whether a (lower-cased) line holds a date or a time."""
    for m in DIGITS.finditer(low):
        a, b = m.span()
        if STAMP_AFTER.match(low, b) or STAMP_BEFORE.search(low[max(0, a - 12):a]):
            return True
    return False


def _repeats(low: list[str], counted: list[int]) -> dict[int, int]:
    """{j: how often line j occurs in the text} for lines (of ``counted``) that occur more than once."""
    keys = list(map(low.__getitem__, counted))
    counts = Counter(keys)
    if len(counts) == len(keys):
        return {}
    return dict(compress(zip(counted, map(counts.__getitem__, keys)), map(lt, repeat(1), map(counts.__getitem__, keys))))


def digit_share(text: str) -> float:
    chars = sum(map(len, WORD.findall(text))) or 1
    return sum(map(len, DIGITS.findall(text))) / chars


def _title(toks: list[str], stopwords: frozenset) -> bool:
    """Most content words (not function words, not numbers) capitalised."""
    firsts = list(map(itemgetter(0), toks))
    content = list(compress(firsts, map(and_, map(str.isalpha, firsts),
                                        map(not_, map(stopwords.__contains__, map(str.lower, toks))))))
    if not content:
        return False
    return sum(map(str.isupper, content)) >= 0.7 * len(content)


def _teasers(F: Features) -> set[int]:
    """Indices of lines of 8 words or more that start with a title-case headline glued to a
    description ("Customers Leave Without Paying At Troy Steakhouse A party ..."), or that
    hold an all-caps dateline after their start ("... NEW DELHI: ...")."""
    found = set()
    stopwords, texts = F.stopwords, F.text
    long = list(compress(range(len(F.words)), map(le, repeat(8), F.words)))
    # a headline must hold two capitalised function words: none without a language
    for j in compress(long, map(CAPITALISED_START.match, map(texts.__getitem__, long))) if stopwords else ():
        s = texts[j]
        head = list(islice(WORD.finditer(s, 0, 100), 12))
        if (all(m.group()[0].isupper() or m.group()[0].isdigit() for m in head[:4])
                and sum(1 for m in head[1:] if _headline_cap(s, m, stopwords)) >= 2):
            found.add(j)
    colon = map(str.find, map(texts.__getitem__, long), repeat(":"), repeat(0), repeat(160))
    paren = map(str.find, map(texts.__getitem__, long), repeat("("), repeat(0), repeat(160))
    # (colon & paren) is -1 only when both are: lines with ':' or '(' near their start.
    for j in compress(long, map(ne, map(and_, colon, paren), repeat(-1))):
        s = texts[j]
        if j not in found and _caps_before(s) and INNER_DATELINE.search(s, 0, 160):
            found.add(j)
    return found


def _headline_cap(s: str, m, stopwords) -> bool:
    """Whether the word ``m`` of line ``s`` is a function word capitalised as in a headline: not one
    always written so ("I", German "Sie"), nor one after a colon or an opening quote (capitalised as
    a sentence's or a title's first word: „Frage 3: Welchen …", “The Crown”)."""
    t = m.group()
    if not t[0].isupper() or t.lower() not in stopwords or t.lower() in ALWAYS_CAPITALISED:
        return False
    return s[:m.start()].rstrip()[-1:] not in AFTER_CAPITAL


ALWAYS_CAPITALISED = frozenset("i sie ihr ihre ihrer ihren ihrem ihres ihnen".split())
AFTER_CAPITAL = frozenset(":\"'“”„«»‹›‘’")


def _caps_before(s: str) -> bool:
    """Whether a ':' or an agency's '(' in the first 160 characters follows a word in caps."""
    i = s.find(":", 0, 160)
    while i != -1:
        if s[:i].rstrip()[-3:].isupper():
            return True
        i = s.find(":", i + 1, 160)
    i = s.find("(", 0, 160)
    while i != -1:
        if s.startswith(("AP)", "AFP)", "dpa)", "Reuters)"), i + 1) and s[:i].rstrip()[-3:].isupper():
            return True
        i = s.find("(", i + 1, 160)
    return False


def _table_rows(F: Features, tokens, numeric, least: int, marks: list[bytes] | None = None) -> set[int]:
    """Indices of the rows of tables: ``least`` or more lines in a row, in one block, of three
    words or more, two in five of them numbers. With the lines' ``marks`` (``_marks``), lines
    with too few digits and other characters for that many numbers are not looked into."""
    lines = list(compress(range(len(tokens)), map(and_, numeric, map(le, repeat(3), F.words))))
    if marks is not None:  # each number holds a digit or a non-ASCII character ("²"): a mark
        sizes = map(len, map(tokens.__getitem__, lines))
        lines = list(compress(lines, map(ge, map(mul, repeat(5), map(len, map(marks.__getitem__, lines))),
                                         map(mul, repeat(2), sizes))))
    toks = list(map(tokens.__getitem__, lines))
    digits = map(sum, map(map, repeat(str.isdigit), toks))
    rows = list(compress(lines, map(ge, map(mul, repeat(5), digits), map(mul, repeat(2), map(len, toks)))))
    found: set[int] = set()
    first = 0  # the start (in rows) of the run of rows in one block that ends at row k
    for k in range(1, len(rows) + 1):
        if k == len(rows) or rows[k] != rows[k - 1] + 1 or F.block[rows[k]] != F.block[rows[k - 1]]:
            if k - first >= least:
                found.update(rows[first:k])
            first = k
    return found


def _numbered(texts: list[str], numeric: list[bool], block: list[int], least: int) -> dict[int, int]:
    """{first line: length} of the runs of ``least`` or more lines of one block that start with
    numbers counting up by one ("1a etapa: ...", "2a etapa: ..."; "1 Name 5040 5", "2 Name 5035 7")."""
    found: dict[int, int] = {}
    first, last, count = -1, None, 0
    lines = list(compress(range(len(texts)), numeric))  # lines with digits
    starts = list(map(ITEM_NUMBER.match, map(texts.__getitem__, lines)))
    for j, m in compress(zip(lines, starts), starts):  # a line without a number ends a run: skipped
        k = int(m.group(1))
        if count and j == first + count and block[j] == block[first] and k == last + 1:
            count += 1
        else:
            if count >= least:
                found[first] = count
            first, count = j, 1
        last = k
    if count >= least:
        found[first] = count
    return found


def _runs(member: list[bool], block: list[int] | None = None) -> list[int]:
    """For each line, the length of the run of member lines it is in (within a block if given), else 0."""
    n = len(member)
    if block is None:  # the runs of member lines: a regular expression finds them
        out = [0] * n
        for m in _MEMBER_RUN.finditer(bytes(member)):
            a, b = m.span()
            out[a:b] = [b - a] * (b - a)
        return out
    keys = list(map(add, map(mul, block, repeat(2)), member))
    starts = [0, *compress(range(1, n), map(ne, keys[1:], keys)), n] if n else [0]
    lengths = list(map(sub, starts[1:], starts[:-1]))
    kinds = map(and_, map(keys.__getitem__, starts[:-1]), repeat(1))
    return list(chain.from_iterable(map(repeat, map(mul, lengths, kinds), lengths)))


_MEMBER_RUN = re.compile(rb"\x01+")


def _maybe_cjk(texts: list[str]) -> bool:
    """Whether the longest lines hold kana or ideographs (then the document may be CJK)."""
    if not texts:
        return False
    lengths = list(map(len, texts))
    least = sorted(lengths)[-min(LANGUAGE_LINES, len(lengths))]
    return any(map(CJK.search, compress(texts, map(le, repeat(least), lengths))))
