"""The corpus picture: one small row per document and per-plugin totals, from the edit logs alone."""
from __future__ import annotations

from dataclasses import dataclass, field

SHARE_BINS = [(0, 0, "0%"), (0, .05, "<5%"), (.05, .1, "5\u201310%"), (.1, .2, "10\u201320%"),
              (.2, .3, "20\u201330%"), (.3, .4, "30\u201340%"), (.4, .5, "40\u201350%"),
              (.5, .6, "50\u201360%"), (.6, .7, "60\u201370%"), (.7, .8, "70\u201380%"),
              (.8, .9, "80\u201390%"), (.9, 1.0, "90\u2013100%")]


def share_bin(share: float) -> int:
    if share <= 0:
        return 0
    for i, (lo, hi, _) in enumerate(SHARE_BINS[1:], 1):
        if share <= hi:
            return i
    return len(SHARE_BINS) - 1


@dataclass
class Row:
    """What the index knows of one document."""

    key: str
    page: str
    site: str
    url: str
    share: float
    removed: int  # characters removed (not counting repairs)
    edits: int
    plugins: list[str]
    kinds: list[str]
    flagged: bool
    title: str
    length: int

    def to_json(self, plugin_ids: dict, kind_ids: dict) -> list:
        return [self.key, self.page, self.site, round(self.share, 4), self.removed, self.edits,
                [plugin_ids[p] for p in self.plugins], [kind_ids[k] for k in self.kinds],
                1 if self.flagged else 0, self.title, self.length, self.url]


@dataclass
class PluginTotals:
    documents: int = 0
    edits: int = 0
    removed: int = 0
    changed: int = 0
    kinds: dict = field(default_factory=dict)


@dataclass
class Corpus:
    rows: list[Row] = field(default_factory=list)
    plugins: dict[str, PluginTotals] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)
    sites: dict[str, int] = field(default_factory=dict)
    chars_in: int = 0
    chars_out: int = 0

    def add(self, log: dict, page: str, clean: str) -> None:
        plugins, kinds, removed, n = [], [], 0, 0
        for step in log.get("steps", []):
            edits = step["edits"]
            if not edits:
                continue
            st = self.plugins.setdefault(step["plugin"], PluginTotals())
            st.documents += 1
            plugins.append(step["plugin"])
            for e in edits:
                n += 1
                st.edits += 1
                st.kinds[e["kind"]] = st.kinds.get(e["kind"], 0) + 1
                if e["kind"] not in kinds:
                    kinds.append(e["kind"])
                if e["replacement"]:
                    st.changed += len(e["removed"])
                else:
                    st.removed += len(e["removed"])
                    removed += len(e["removed"])
        for k in kinds:
            self.kinds[k] = self.kinds.get(k, 0) + 1
        site = log.get("site") or ""
        if site:
            self.sites[site] = self.sites.get(site, 0) + 1
        self.chars_in += log.get("original_length", 0)
        self.chars_out += log.get("clean_length", 0)
        self.rows.append(Row(log["key"], page, site, log.get("url") or "", float(log.get("removed_share") or 0),
                             removed, n, sorted(set(plugins)), sorted(kinds), bool(log.get("flags")),
                             _title(clean), log.get("original_length", 0)))

    def ordered(self) -> list[Row]:
        """Largest share removed first (likeliest false positives), 0% last (likeliest misses)."""
        return sorted(self.rows, key=lambda r: (-r.share, -r.removed, r.key))

    def histogram(self) -> list[int]:
        counts = [0] * len(SHARE_BINS)
        for r in self.rows:
            counts[share_bin(r.share)] += 1
        return counts


def _title(clean: str) -> str:
    """A short label: the first non-blank line of the clean text."""
    for line in clean.split("\n", 20)[:20]:
        if line.strip():
            line = " ".join(line.split())
            return line if len(line) <= 100 else line[:99] + "\u2026"
    return ""
