"""A document: the original text, what is known about it, and the text as cleaned so far."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlsplit

from .metadata import Metadata

_NOT_HOST = re.compile(r"[^\w.-]")  # characters no host name holds (letters of any script are fine)


class Line(NamedTuple):
    """One line of the current text: ``text == doc.text[start:end]``, newline excluded.

    ``number`` counts from 0. ``stop`` is ``end`` plus the newline, if there is one,
    so ``Edit(line.start, line.stop)`` removes the whole line.
    """

    number: int
    start: int
    end: int
    stop: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    parts = text.split("\n")
    if len(parts) > 1 and not parts[-1]:
        parts.pop()  # a final newline does not start a new line
    n, pos, out = len(text), 0, []
    make, append = Line._make, out.append
    for i, raw in enumerate(parts):
        end = pos + len(raw)
        append(make((i, pos, end, end + 1 if end < n else end, raw)))
        pos = end + 1
    return out


def iter_lines(text: str):
    """The lines of ``split_lines(text)`` one by one, found as they are asked for.

    Cheaper than splitting the whole text when a caller stops early (the
    lines at the top of a document).
    """
    n, pos, number, find = len(text), 0, 0, text.find
    make = Line._make
    while True:
        end = find("\n", pos)
        if end == -1:
            if pos < n or number == 0:
                yield make((number, pos, n, n, text[pos:]))
            return
        yield make((number, pos, end, end + 1, text[pos:end]))
        pos, number = end + 1, number + 1


def fold(text: str) -> str:
    """``text`` lower-cased offset for offset (see :attr:`Document.folded`)."""
    # "İ" is the one character whose lower case is two characters long; re's
    # IGNORECASE takes it for "i" as well.
    return (text.replace("\u0130", "i") if "\u0130" in text else text).lower()


def site_of(url: str | None) -> str | None:
    """The host of ``url`` without a leading ``www.``, lower-cased."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:  # e.g. an invalid IPv6 literal: no site
        return None
    host = host[4:] if host.startswith("www.") else host
    return host if host and not _NOT_HOST.search(host) else None  # junk in a scraped URL: no site


@dataclass
class Document:
    """What plugins see.

    ``original`` is the input text and never changes. ``text`` is the text as left
    by the plugins that ran before the current one; ``lines`` splits it and
    ``folded`` lower-cases it (both cached).
    ``source`` is the input path, ``url``/``site`` are set when known, ``format``
    is ``"text"`` or ``"html"``. ``meta`` holds anything else a reader knows
    (JSON-serialisable: it goes into the edit log). ``dom`` is the parsed page
    (:class:`normalizer.dom.Dom`) for HTML documents, None for text. ``facts``
    (:class:`normalizer.metadata.Metadata`) holds the article facts the plugins
    before the current one found (``document.facts.get("headline")``).
    """

    original: str
    source: str | None = None
    url: str | None = None
    site: str | None = None
    format: str = "text"
    id: str | None = None
    meta: dict = field(default_factory=dict)
    dom: object = field(default=None, repr=False, compare=False)
    facts: Metadata = field(default_factory=Metadata, repr=False, compare=False)

    def __post_init__(self):
        if self.site is None:
            self.site = site_of(self.url)
        self._text = self.original
        self._lines: list[Line] | None = None
        self._folded: str | None = None
        self._origin = None  # maps positions of the current text to the original (set by the core)

    @property
    def text(self) -> str:
        return self._text

    def _set_text(self, text: str, edits=None) -> None:
        """Used by the core between plugins; plugins must not call it.

        ``edits``, when given, are the sorted edits that turned the current
        text into ``text``: a cached ``folded`` is then updated, not redone.
        """
        if text is not self._text:
            folded = self._folded
            self._text, self._lines, self._folded = text, None, None
            # lower() is context-free except for the Greek final sigma
            if folded is not None and edits is not None and "\u03a3" not in text:
                parts, pos = [], 0
                for e in edits:
                    parts += (folded[pos:e.start], fold(e.replacement) if e.replacement else "")
                    pos = e.end
                parts.append(folded[pos:])
                self._folded = "".join(parts)

    @property
    def lines(self) -> list[Line]:
        if self._lines is None:
            self._lines = split_lines(self._text)
        return self._lines

    def iter_lines(self):
        """``iter(self.lines)``, without splitting the whole text when it is not split yet:
        for plugins that look at the first lines only."""
        return iter(self._lines) if self._lines is not None else iter_lines(self._text)

    @property
    def folded(self) -> str:
        """``text`` lower-cased, offset for offset (cached until the text changes).

        Matching a lower-case pattern without IGNORECASE on it is several times
        faster than an IGNORECASE alternation on ``text``, and a match's span is
        the same in ``text``. (Python's IGNORECASE also equates σ and ς; this does not.)
        """
        if self._folded is None:
            self._folded = fold(self._text)
        return self._folded

    def original_line(self, pos: int) -> int:
        """The line number (from 1) in ``original`` of position ``pos`` of the current text."""
        at = self._origin.to_origin(pos) if self._origin is not None else pos
        return self.original.count("\n", 0, at) + 1

    def on_site(self, *domains: str) -> bool:
        """True when the document's site is one of ``domains`` or a subdomain of one."""
        site = self.site or ""
        return any(site == d or site.endswith("." + d) for d in domains)
