"""Corpus counts for two-pass runs: how many documents of a site share a key.

Pass 1 (``count``) asks every plugin that implements the ``corpus_keys`` hook
for the keys of each document (for example its normalised lines) and counts,
per plugin and per site, in how many documents each key occurs. Pass 2 hands
each plugin's ``find_edits`` a :class:`CorpusView` of those counts for the
document's site.

``count`` is a pure function of the documents and returns a :class:`Counts`;
``Counts.merge`` adds two of them, so pass 1 runs as map-reduce over shards.
The result does not depend on the order of documents or shards.

Bounded memory: keys are stored as 64-bit hashes, and each (plugin, site)
table holds at most ``max_keys`` of them. A table that would grow past that
keeps only the keys whose hash lies below a limit, halving the limit until it
fits (hash-range sampling). Counts of the keys kept stay exact, and which keys
are kept depends only on the set of keys, never on their order; a key that was
sampled out counts as unknown (``None``), so a plugin treats it as unseen and
removes nothing because of it. The default cap is 200,000 keys per site
(about 20 MB); a site with more distinct lines is mined on a sample of them.
"""
from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

FULL = 1 << 64
DEFAULT_MAX_KEYS = 200_000


def key_hash(key: str) -> int:
    """A stable 64-bit hash of a key (the same in every process and run)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def site_key(document) -> str:
    """The site a document is counted under: its ``site``, else the folder its file sits in."""
    if document.site:
        return document.site
    if document.source:
        return str(Path(document.source).parent)
    return ""


@dataclass
class SiteTable:
    """Document frequencies of the key hashes of one plugin on one site."""

    documents: int = 0
    counts: dict = field(default_factory=dict)  # key hash -> number of documents
    limit: int = FULL                           # only hashes below this are kept

    def shrink(self, max_keys: int) -> None:
        while len(self.counts) > max_keys:
            self.limit //= 2
            self.counts = {h: n for h, n in self.counts.items() if h < self.limit}


class Counts:
    """Mergeable per-plugin, per-site document frequencies (see the module doc)."""

    def __init__(self, max_keys: int = DEFAULT_MAX_KEYS):
        if max_keys < 1:
            raise ValueError("max_keys must be at least 1")
        self.max_keys = max_keys
        self.tables: dict[tuple[str, str], SiteTable] = {}

    def add(self, plugin: str, site: str, keys: Iterable[str]) -> None:
        """Count one document: each distinct key once."""
        table = self.tables.setdefault((plugin, site), SiteTable())
        table.documents += 1
        counts, limit = table.counts, table.limit
        for h in {key_hash(k) for k in keys}:
            if h < limit:
                counts[h] = counts.get(h, 0) + 1
        if len(counts) > self.max_keys:
            table.shrink(self.max_keys)

    def merge(self, other: "Counts") -> "Counts":
        """Add ``other`` into this object and return it (map-reduce's reduce step)."""
        for key, theirs in other.tables.items():
            mine = self.tables.get(key)
            if mine is None:
                mine = self.tables[key] = SiteTable()
            limit = min(mine.limit, theirs.limit)
            if limit < mine.limit:
                mine.counts = {h: n for h, n in mine.counts.items() if h < limit}
            counts = mine.counts  # added to in place: merging many shards stays linear
            for h, n in list(theirs.counts.items()) if theirs is mine else theirs.counts.items():
                if h < limit:
                    counts[h] = counts.get(h, 0) + n
            mine.documents += theirs.documents
            mine.limit = limit
            mine.shrink(min(self.max_keys, other.max_keys))
        self.max_keys = min(self.max_keys, other.max_keys)
        return self

    def frozen(self) -> "Counts":
        """A read-only copy for pass 2 whose tables take 12 bytes a key instead of ~100
        (each worker process holds one)."""
        out = Counts(self.max_keys)
        out.tables = {key: SiteTable(t.documents, FrozenCounts(t.counts), t.limit)
                      for key, t in self.tables.items()}
        return out

    def view(self, plugin: str, site: str) -> "CorpusView":
        return CorpusView(site, self.tables.get((plugin, site)) or SiteTable())

    def stats(self) -> dict:
        """What pass 1 counted, for the run summary."""
        sites = {s for _, s in self.tables}
        return {"sites": len(sites), "tables": len(self.tables),
                "keys": sum(len(t.counts) for t in self.tables.values()),
                "sampled_tables": sum(t.limit < FULL for t in self.tables.values()),
                "max_keys": self.max_keys}

    def __eq__(self, other) -> bool:
        return isinstance(other, Counts) and self.tables == other.tables


class FrozenCounts:
    """A read-only ``{key hash: count}`` in two sorted arrays (``get`` by binary search)."""

    __slots__ = ("hashes", "values")

    def __init__(self, counts: dict):
        items = sorted(counts.items())
        self.hashes = array("Q", [h for h, _ in items])
        self.values = array("I", [n for _, n in items])

    def get(self, h: int, default=None):
        i = bisect_left(self.hashes, h)
        return self.values[i] if i < len(self.hashes) and self.hashes[i] == h else default

    def items(self):
        return zip(self.hashes, self.values)

    def __len__(self) -> int:
        return len(self.hashes)

    def __eq__(self, other) -> bool:
        return dict(self.items()) == (dict(other.items()) if hasattr(other, "items") else other)


@dataclass(frozen=True)
class CorpusView:
    """What ``find_edits`` sees of the corpus: one plugin's counts for the document's site."""

    site: str
    table: SiteTable

    @property
    def documents(self) -> int:
        """How many documents of this site were counted."""
        return self.table.documents

    @property
    def sampled(self) -> bool:
        """True when the site outgrew the table and only a sample of keys is known."""
        return self.table.limit < FULL

    def count(self, key: str) -> int | None:
        """In how many of the site's documents ``key`` occurs; None if it was sampled out."""
        h = key_hash(key)
        if h >= self.table.limit:
            return None
        return self.table.counts.get(h, 0)


def count(pipeline, documents: Iterable) -> Counts:
    """Pass 1 over ``documents``: the corpus counts of every plugin of ``pipeline``."""
    return pipeline.count(documents)
