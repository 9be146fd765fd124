"""The DOM stage: the parsed page that DOM plugins see, and how their removals become edits.

An HTML page is parsed once (lxml) and rendered once to text
(:mod:`normalizer.htmltext`); that text is the document's ``original``. DOM
plugins (hook ``find_dom_edits``) look at the tree and return

* :class:`Remove` — drop one element (with its text);
* :class:`KeepOnly` — drop everything outside the given elements (main content);
* :class:`Flag` — mark the document in the summary (e.g. ``not_article``).

The core turns each removal into ordinary :class:`normalizer.Edit`\\ s of the page
text, attributed to the plugin, and detaches the elements from the tree, so the
next plugin sees neither. After the DOM stage the text-stage plugins run on what
is left. Removing a run of text also removes the weaker of the two separators
around it, so paragraphs never get glued.

Why lxml and not a BeautifulSoup tree per page: parsing with bs4 runs at ~64
pages/s on one core, lxml at ~870; the whole HTML path must beat trafilatura
(~50 pages/s). Plugin authors who prefer bs4 ask for :meth:`Dom.soup`, a bs4
view built lazily of what survives, and map tags back with :meth:`Dom.element`.
:meth:`Dom.select` runs CSS selectors directly on the lxml tree.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from lxml import etree

from .edits import Edit
from .htmltext import SEPARATORS, Rendering, parse, render


@dataclass(frozen=True)
class Remove:
    """Remove ``element`` (an lxml element, or a bs4 tag from :meth:`Dom.soup`) and its text."""

    element: object
    kind: str = "other"
    reason: str = ""
    rule: str = ""


@dataclass(frozen=True)
class KeepOnly:
    """Remove all text outside ``elements`` (the article's container, its headline ...)."""

    elements: tuple
    kind: str = "boilerplate"
    reason: str = ""
    rule: str = ""


@dataclass(frozen=True)
class Flag:
    """Flag the document in the summary: ``name`` (e.g. ``not_article``) and a short detail."""

    name: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.name}: {self.detail}" if self.detail else self.name


class Chunk(NamedTuple):
    """One run of page text: its index, text, innermost block element, and whether it is link text."""

    index: int
    text: str
    block: object
    link: bool


_MARK = "data-normalizer-id"


class Dom:
    """A parsed HTML page and its rendering, as DOM plugins see it.

    ``root`` is the ``<html>`` element (lxml.etree), ``body`` and ``head`` its parts.
    Elements removed by earlier plugins are no longer in the tree. Text measures
    (:meth:`text`, :meth:`text_length`, :meth:`link_length`) count only text that
    is still there and cost O(1) per element after a walk-free setup.
    """

    def __init__(self, root, rendering: Rendering):
        self.root = root
        self.rendering = rendering
        r = rendering
        n = len(r.starts)
        self._n = n
        self._plen = []
        for k in range(n):
            self._plen.append(r.lengths[k])
            self._plen.append(len(SEPARATORS[r.seps[k]]))
        self._alive = bytearray(b"\x01") * (2 * n)
        self._chunk_alive = bytearray(b"\x01") * n
        self._prefix = None
        self.memo: dict = {}  # per-document cache shared by plugins (e.g. a class/id index)
        self._soup = None
        self.version = 0  # bumped whenever elements are removed

    @classmethod
    def from_html(cls, html: str) -> "Dom":
        root = parse(html)
        return cls(root, render(root))

    @property
    def text_original(self) -> str:
        return self.rendering.text

    @property
    def body(self):
        body = self.root.find("body")
        return body if body is not None else self.root

    @property
    def head(self):
        return self.root.find("head")

    # -- what is left ---------------------------------------------------------------------------

    def span(self, element) -> tuple[int, int] | None:
        """The chunk range ``(first, stop)`` of ``element`` in the page text, or None if it has no text."""
        s = self.rendering.spans.get(element)
        return s if isinstance(s, tuple) else None

    def _prefixes(self):
        if self._prefix is None:
            r, alive = self.rendering, self._chunk_alive
            chars = [r.lengths[k] if alive[k] else 0 for k in range(self._n)]
            links = [c if r.links[k] else 0 for k, c in enumerate(chars)]
            self._prefix = ([0, *accumulate(chars)], [0, *accumulate(links)])
        return self._prefix

    def text_length(self, element) -> int:
        """Characters of text still inside ``element`` (separators not counted)."""
        s = self.span(element)
        if s is None:
            return 0
        chars = self._prefixes()[0]
        return chars[s[1]] - chars[s[0]]

    def link_length(self, element) -> int:
        """Characters of link text (inside ``<a>``) still inside ``element``."""
        s = self.span(element)
        if s is None:
            return 0
        links = self._prefixes()[1]
        return links[s[1]] - links[s[0]]

    def first_chunk(self) -> int | None:
        """The index of the first chunk of text still on the page (None when none is left)."""
        k = self._chunk_alive.find(1)
        return None if k < 0 else k

    def chunks(self, element=None) -> list[Chunk]:
        """The chunks of text still inside ``element`` (the whole page by default), in order."""
        r = self.rendering
        if element is None:
            first, stop = 0, self._n
        else:
            s = self.span(element)
            if s is None:
                return []
            first, stop = s
        text, alive = r.text, self._chunk_alive
        return [Chunk(k, text[r.starts[k]:r.starts[k] + r.lengths[k]], r.blocks[k], r.links[k])
                for k in range(first, stop) if alive[k]]

    def text(self, element=None) -> str:
        """The text still inside ``element`` (the whole page by default), rendered as in the page text."""
        s = (0, self._n) if element is None else self.span(element)
        if s is None:
            return ""
        r, out = self.rendering, []
        for p in range(2 * s[0], 2 * s[1] - 1):
            if self._alive[p]:
                k = p >> 1
                a = r.starts[k] + (r.lengths[k] if p & 1 else 0)
                out.append(r.text[a:a + self._plen[p]])
        return "".join(out).strip()

    def meta(self, *names: str) -> str | None:
        """The content of the first ``<meta name=...>`` or ``<meta property=...>`` among ``names``."""
        head = self.head
        for name in names:
            for el in (head if head is not None else self.root).iter("meta"):
                if name in (el.get("property"), el.get("name"), el.get("itemprop")):
                    value = (el.get("content") or "").strip()
                    if value:
                        return value
        return None

    def canonical_url(self) -> str | None:
        """The page's own URL if it declares one (``<link rel=canonical>``, ``og:url``)."""
        for el in self.root.iter("link"):
            if (el.get("rel") or "").lower() == "canonical" and (el.get("href") or "").startswith("http"):
                return el.get("href").strip()
        url = self.meta("og:url")
        return url if url and url.startswith("http") else None

    @property
    def title(self) -> str | None:
        el = self.root.find(".//title")
        text = " ".join("".join(el.itertext()).split()) if el is not None else ""
        return text or None

    def select(self, css: str) -> list:
        """Elements of the remaining tree matching a CSS selector (lxml + cssselect)."""
        from lxml.cssselect import CSSSelector

        return CSSSelector(css)(self.root)

    def soup(self):
        """A BeautifulSoup view of the remaining ``<body>``, built on first use.

        Tags carry a ``data-normalizer-id`` attribute: pass a tag to :class:`Remove`
        (or to :meth:`element`) and the core finds the lxml element behind it.
        The view is a snapshot: it does not follow later removals.
        """
        if self._soup is None:
            from bs4 import BeautifulSoup

            self._by_id = {}
            for i, el in enumerate(self.body.iter(tag=etree.Element)):
                el.set(_MARK, str(i))
                self._by_id[str(i)] = el
            markup = etree.tostring(self.body, encoding="unicode", method="html")
            for el in self._by_id.values():
                el.attrib.pop(_MARK, None)
            self._soup = BeautifulSoup(markup, "lxml")
        return self._soup

    def element(self, node):
        """The lxml element for ``node``: an lxml element itself, or a tag from :meth:`soup`."""
        if isinstance(node, etree._Element):
            return node
        attrs = getattr(node, "attrs", None)
        if attrs is not None and _MARK in attrs and self._soup is not None:
            return self._by_id.get(attrs[_MARK])
        raise TypeError(f"not an element of this page: {type(node).__name__}")

    # -- applying one plugin's output (core use) ------------------------------------------------

    def apply(self, results, plugin: str) -> tuple[list[Edit], list[str]]:
        """Turn one plugin's Remove/KeepOnly/Flag results into edits of the current text."""
        removals: list[tuple[int, int, object, object]] = []  # (first, stop, item, element)
        keeps, flags = [], []
        for item in results or ():
            if isinstance(item, Flag):
                flags.append(str(item))
            elif isinstance(item, Remove):
                el = self.element(item.element)
                s = self.span(el)
                removals.append((s[0] if s else -1, s[1] if s else -1, item, el))
            elif isinstance(item, KeepOnly):
                keeps.append(item)
            else:
                raise TypeError(f"plugin {plugin!r} returned {type(item).__name__}; "
                                "expected Remove, KeepOnly or Flag")
        before = self._positions()
        edits: list[Edit] = []
        removals.sort(key=lambda t: (t[0], -t[1]))
        for first, stop, item, el in removals:
            if first >= 0:
                edits += self._edits(self._kill(first, stop), before, item)
            _detach(el)
        for item in keeps:
            edits += self._keep_only(item, before)
        if edits or removals or keeps:
            self._prefix = None
            self.version += 1
        return edits, flags

    def _positions(self) -> list[int]:
        """Start of every piece in the current text (dead pieces get the position they would have)."""
        lens = [ln if a else 0 for ln, a in zip(self._plen, self._alive)]
        return [0, *accumulate(lens)]

    def _edits(self, killed: list[int], before: list[int], item) -> list[Edit]:
        out, cur = [], None
        for p in killed:
            a, b = before[p], before[p] + self._plen[p]
            if a == b:
                continue
            if cur and cur[1] == a:
                cur[1] = b
            else:
                cur = [a, b]
                out.append(cur)
        return [Edit(a, b, kind=item.kind, reason=item.reason, rule=item.rule) for a, b in out]

    def _kill(self, first: int, stop: int) -> list[int]:
        """Kill chunks ``first..stop-1`` and the weaker separator around them; return killed pieces."""
        alive = self._alive
        live = [k for k in range(first, stop) if self._chunk_alive[k]]
        if not live:
            return []
        a, b = live[0], live[-1]
        prev = 2 * a - 1
        while prev >= 0 and not alive[prev]:
            prev -= 1
        nxt = 2 * b + 1
        while nxt < len(alive) and not alive[nxt]:
            nxt += 1
        before = prev >= 0  # an alive separator before means an alive chunk before it
        after = nxt < len(alive) and any(self._chunk_alive[k] for k in range(b + 1, self._n))
        lo, hi = 2 * a, 2 * b
        if before and (not after or self._plen[prev] < self._plen[nxt]):
            lo = prev  # keep the stronger separator that follows
        elif nxt < len(alive):
            hi = nxt
        killed = [p for p in range(lo, hi + 1) if alive[p]]
        for p in killed:
            alive[p] = 0
            if not p & 1:
                self._chunk_alive[p >> 1] = 0
        return killed

    def _keep_only(self, item: KeepOnly, before: list[int]) -> list[Edit]:
        els = [self.element(e) for e in item.elements]
        spans = sorted(s for s in (self.span(e) for e in els) if s)
        kept, edits = [], []
        for s in spans:
            if kept and s[0] < kept[-1][1]:
                kept[-1] = (kept[-1][0], max(kept[-1][1], s[1]))
            else:
                kept.append(s)
        pos = 0
        for first, stop in kept + [(self._n, self._n)]:
            if first > pos:
                edits += self._edits(self._kill(pos, first), before, item)
            pos = max(pos, stop)
        _keep_in_tree(els)
        return edits


def _detach(el) -> None:
    """Take ``el`` out of the tree; its tail text stays where it was."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
        el.tail = None
    parent.remove(el)


def _keep_in_tree(els) -> None:
    """Detach everything outside ``els`` from the tree (their ancestors stay, emptied of other text)."""
    keep = set(els)
    path = {a for el in els for a in el.iterancestors()}
    for anc in path:
        anc.text = None
        for child in list(anc):
            if child in keep or child in path:
                child.tail = None
            else:
                anc.remove(child)


def dom_document_parts(html: str) -> tuple[str, Dom]:
    """Parse and render ``html``: the page text and its :class:`Dom`."""
    dom = Dom.from_html(html)
    return dom.rendering.text, dom
