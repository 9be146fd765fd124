"""Headline, byline and dateline lines at the top of the text, as facts (``meta_lines`` removes them).

Looks at the lines before the first paragraph of prose (and the three lines
after it, where bylines often follow a standfirst), after the phrase plugins
removed ads, promos and captions:

* **byline**: a short line led by "By", "Von", "Par", "Por", "Di", "Door",
  "Text:", "Autor:" ... and names ("By Jane Doe and John Roe | Reuters",
  "Von Max Muster, Berlin"); a date on the same line counts too;
* **dateline**: a line that is a date and little else ("Published 23. November
  2026", "23.11.2026, 14:05 Uhr", "Mis à jour le 3 décembre 2026"); an
  "Updated" line gives the ``modified`` fact;
* **headline**: the line equal to a title the page's metadata states; in a
  text dump without metadata, the title-like line (short, no full stop) right
  before the first paragraph, passing over bylines, datelines and bullets.

Facts come with their line ("text line 3"). Confidence: a byline 0.75 (a
name after "By" beats a ``<meta name=author>``, often the site's owner, but
not JSON-LD), a matched headline 0.7, a date 0.55, a headline guessed from its
shape 0.5. Runs in the ``site`` phase, on the text the phrase plugins
cleaned and before the generic classifier cuts; in body-only mode
``meta_lines`` removes the same lines after the classifier. Datelines inside a
paragraph ("BERLIN (dpa) - ...") are article text and stay.
"""
import re

from normalizer import Fact, Line, hookimpl
from normalizer.textutils import word_count

from ._bylines import byline, dateline
from ._dates import find_date
from ._facts import AGENCY, ROLE, authors, same_title

# Not a headline: addresses and the labels of page widgets.
NOT_TITLE = re.compile(r"@|https?:|www\.|\b(?:share|print|e-?mail|follow|subscribe|newsletter|comments?|"
                       r"min(?:ute)?s? read|sign in|log ?in|whatsapp|facebook|twitter|teilen|drucken|"
                       r"partager|compartir|condividi|delen)\b", re.IGNORECASE)
BULLET = re.compile(r"^\s*[•·▪►*–-]\s")
_DIGIT = re.compile(r"\d")


@hookimpl
def plugin_info():
    return {"phase": "site", "kinds": [],
            "description": "headline, byline and dateline lines at the top of the text (facts)"}


@hookimpl
def default_options():
    return {"prose_words": 12, "max_byline_words": 18, "headline_min_words": 4, "headline_max_words": 24,
            "head_lines": 6, "after_prose": 3}


SENTENCE_END = re.compile(r"[.!?…。](?:[\"'”’»)]*)(?:\s|$)")


def _is_prose(text: str, options, ends_sentence: bool = False) -> bool:
    """A sentence end (``ends_sentence``: known to be there) and ``prose_words`` words or more."""
    least = options["prose_words"]
    # n words take 2n - 1 characters at least (a word, then something that is not a word character)
    return (len(text) >= 2 * least - 1 and (ends_sentence or SENTENCE_END.search(text) is not None)
            and word_count(text) >= least)


def _title_like(text: str, options) -> bool:
    """Short, no full stop, a capital first: and not a date, a name, an address or a UI label."""
    core = text.strip()
    n = word_count(core)
    if not options["headline_min_words"] <= n <= options["headline_max_words"] or len(core) > 250:
        return False
    if core.endswith((".", ":", ",", ";", ")", "]")) and not core.endswith(("...", "…")):
        return False
    first = core.lstrip("\"'“‘«¿¡[(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if NOT_TITLE.search(core) or find_date(core) or len(_DIGIT.findall(core)) > 0.3 * len(core.replace(" ", "")):
        return False
    names = authors(core)
    if not names:
        return True
    rest = core
    for name in names:
        rest = re.sub(re.escape(name), " ", rest, flags=re.IGNORECASE)
    left = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in ("and", "und", "et", "y", "e")]
    if any(len(n.split()) > 3 for n in names):
        return True  # "Donald Trump Says No" is a title in title case, not a name
    return bool(left) and not ROLE.search(rest) and not AGENCY.match(" ".join(left))


_last = (None, None, None)  # (document, text, scan): find_metadata and find_edits see the same text


def scan(document, options) -> dict:
    """What the top of the text holds: ``{"headline": line, "bylines": [...], "datelines": [...]}``."""
    global _last
    if _last[0] is document and _last[1] is document.text:
        return _last[2]
    found = _scan(document, options)
    _last = (document, document.text, found)
    return found


def _scan(document, options) -> dict:
    out, top = _meta_lines(document.text, document, options)
    meta = {l.number for l, _ in out["bylines"] + out["datelines"]}
    known = [f.value for f in document.facts.all("headline")][:4]
    if known:
        for line in top.top(60):
            if line.number not in meta and any(same_title(line.text, k, share=0.9) for k in known):
                out["headline"] = (line, "matches the page's title")
                break
    elif document.dom is None and top.at != -1:
        rest = (l for l in top.top() if l.number not in meta)
        first = next(rest, None)  # (the bullets first: most tops fail there, and they are cheaper to check)
        if first and all(BULLET.match(l.text) for l in rest) and _title_like(first.text, options):
            out["headline"] = (first, "title-like first line, right above the first paragraph")
    return out


def _meta_lines(text, document, options):
    """Bylines and datelines right above the first paragraph of prose (and just below it)."""
    top = _Top(text, options)
    if top.at == -1:  # no prose: the first lines
        head, after, end = list(top.top()), [], None
    else:
        head = top.last_above(options["head_lines"])  # bylines and datelines sit right above the text ...
        after = top.below(options["after_prose"])  # ... or below a standfirst
        # "end": where the lines looked at end, when the text goes on after them
        last = after[-1] if after else top.prose_line()
        end = last.stop if last.stop < len(text) else None
    out = {"headline": None, "bylines": [], "datelines": [], "end": end}
    lang = document.facts.value("language")
    day_first = None if lang in (None, "en") else True  # "05/10/2018" is 5 October outside English
    reads = _reads_of(document)
    for line in [*head, *after]:
        key = (line.text, options["max_byline_words"], day_first)
        b, d = reads[key] if key in reads else reads.setdefault(key, _read(*key))
        if b:
            out["bylines"].append((line, b))
        elif d:
            out["datelines"].append((line, d))
    stated = {iso for _, ds in out["datelines"] for name, iso in ds if name == "published"}
    if len(stated) > 1:  # several dates above the text: a list of dated teasers, not the article's own
        out["datelines"] = []
    return out, top


_reads = (None, {})  # (document, {(line text, max words, day first): _read(...)})


def _reads_of(document) -> dict:
    """What lines read as, kept for one document: the original's top (read when the text's has no
    byline) shares most of its lines with the text's."""
    global _reads
    if _reads[0] is not document:
        _reads = (document, {})
    return _reads[1]


def _read(text: str, max_words: int, day_first):
    """``(byline, None)`` for a byline, else ``(None, dateline)`` (either may be None)."""
    b = byline(text, max_words, day_first)
    return (b, None) if b else (None, dateline(text, day_first))


def _first_prose(text: str, options) -> int:
    """Where the first line of prose (``_is_prose``) starts, or -1: the lines that hold a sentence end."""
    search, pos = SENTENCE_END.search, 0
    while True:
        m = search(text, pos)
        if m is None:
            return -1
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end == -1 else end
        if _is_prose(text[start:end], options, ends_sentence=True):  # (m is in the line)
            return start
        pos = end + 1


def _lines_to_prose(text: str, options):
    """The non-blank lines of ``text`` (``Line``s) up to ``after_prose`` after the first line of
    prose, and that line's index among them (None without prose: then all of them). What ``_Top``
    walks to, as one list (for the tests)."""
    top = _Top(text, options)
    if top.at == -1:
        return list(top.above()), None
    above = list(top.above())
    return [*above, top.prose_line(), *top.below(options["after_prose"])], len(above)


class _Top:
    """The non-blank lines of a text around its first line of prose (which starts at ``at``, -1
    without one), walked to as asked for: the text above the prose may be long (a menu), and only
    its first and last lines are looked at."""

    def __init__(self, text: str, options):
        self.text, self.head_lines = text, options["head_lines"]
        self.at = _first_prose(text, options)

    def above(self, limit=None):
        """The non-blank lines above the prose line (all the text's without one), from the first on."""
        text, n, pos, number, left = self.text, len(self.text), 0, 0, limit
        last = n if self.at == -1 else self.at
        while pos < last and left != 0:
            end = text.find("\n", pos)
            end = n if end == -1 else end
            if text[pos:end].strip():
                yield Line(number, pos, end, min(end + 1, n), text[pos:end])
                left = None if left is None else left - 1
            pos, number = end + 1, number + 1

    def top(self, limit=None):
        """The lines above the prose line, or the first ``head_lines`` without one: ``limit`` at most."""
        if self.at == -1:
            limit = self.head_lines if limit is None else min(limit, self.head_lines)
        return self.above(limit)

    def last_above(self, k: int) -> list:
        """The last ``k`` non-blank lines above the prose line."""
        if k <= 0:
            return list(self.above())[-k:]  # (as a slice [-k:] of them)
        text, out = self.text, []
        number, end = text.count("\n", 0, self.at), self.at - 1  # (the newline ending the line above)
        while end >= 0 and len(out) < k:
            start = text.rfind("\n", 0, end) + 1
            number -= 1
            if text[start:end].strip():
                out.append(Line(number, start, end, end + 1, text[start:end]))
            end = start - 1
        return out[::-1]

    def prose_line(self) -> Line:
        text, n = self.text, len(self.text)
        end = text.find("\n", self.at)
        end = n if end == -1 else end
        return Line(text.count("\n", 0, self.at), self.at, end, min(end + 1, n), text[self.at:end])

    def below(self, k: int) -> list:
        """The first ``k`` non-blank lines below the prose line."""
        prose, text, n, out = self.prose_line(), self.text, len(self.text), []
        pos, number = prose.stop, prose.number + 1
        while pos < n and prose.end < n and len(out) < k:
            end = text.find("\n", pos)
            end = n if end == -1 else end
            if text[pos:end].strip():
                out.append(Line(number, pos, end, min(end + 1, n), text[pos:end]))
            pos, number = end + 1, number + 1
        return out


@hookimpl
def find_metadata(document, options):
    found = scan(document, options)
    where = lambda line: _where(document, line)  # noqa: E731
    end = found["end"]
    if (document.dom is None and not found["bylines"] and not found["datelines"] and document.text != document.original
            and not (end is not None and document.original.startswith(document.text[:end]))):
        # a phrase plugin may have taken a byline for a credit line ("By Jane Doe | Reuters"): read the original
        # (unless its top, up to the lines after its first prose line, is the text's: then it holds none either)
        original, _ = _meta_lines(document.original, document, options)
        found = {**found, "bylines": original["bylines"], "datelines": original["datelines"]}
        where = lambda line: f"text line {line.number + 1}"  # noqa: E731
    facts = []
    if found["headline"]:
        line, why = found["headline"]
        facts.append(Fact("headline", " ".join(line.text.split()), source=_where(document, line),
                          confidence=0.7 if why.startswith("matches") else 0.5))
    for line, (names, dates) in found["bylines"][:1]:
        facts.append(Fact("authors", names, source=where(line), confidence=0.75,
                          evidence=line.text.strip()))
    dated = [(line, d) for line, (_, ds) in found["bylines"] for d in ds] + [
        (line, d) for line, ds in found["datelines"] for d in ds]
    seen = set()
    for line, (name, iso) in dated:
        if name not in seen:
            seen.add(name)
            facts.append(Fact(name, iso, source=where(line), confidence=0.55,
                              evidence=line.text.strip()))
    return facts


def _where(document, line) -> str:
    """The line's number in the original (the page text, for HTML)."""
    return f"text line {document.original_line(line.start)}"
