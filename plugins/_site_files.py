"""Reading and checking site rule files (``sites/*.toml``) for the ``site_rules`` plugin.

Every mistake raises ``ValueError`` with ``file:line``, the rule and the fix,
so a broken file stops the pipeline before the first document.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from normalizer.config import ConfigError, read_toml
from normalizer.document import site_of
from normalizer.textutils import WS

SECTIONS = ("lines", "regexes", "blocks", "selectors")
TOP_KEYS = ("match", "description") + SECTIONS
MATCH_KEYS = ("domains", "markers", "patterns")
COMMON = ("kind", "reason", "id")
RULE_KEYS = {
    "lines": COMMON + ("text", "texts", "ignore_case"),
    "regexes": COMMON + ("pattern", "ignore_case"),
    "blocks": COMMON + ("start", "start_pattern", "end", "end_pattern", "keep_end", "ignore_case"),
    "selectors": COMMON + ("css",),
}
KIND = re.compile(r"[a-z][a-z0-9_]*")
HOST = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")


@dataclass(frozen=True)
class Rule:
    """One compiled drop rule. ``first``/``last`` are line regexes (``last`` only for blocks)."""

    section: str
    rule: str  # stable id for the edit log: "<site>/<id>"
    kind: str
    reason: str
    first: re.Pattern | None = None
    last: re.Pattern | None = None
    keep_end: bool = False
    selector: object = None  # a compiled lxml CSSSelector


@dataclass(frozen=True)
class Site:
    name: str
    path: str
    domains: tuple[str, ...]
    markers: frozenset[str]
    patterns: tuple[re.Pattern, ...]
    rules: tuple[Rule, ...]


class SiteIndex:
    """Finds the sites a document belongs to without trying every site file in turn."""

    def __init__(self, sites: list[Site]):
        self.sites = tuple(sites)
        self.by_domain: dict[str, set[int]] = {}
        self.by_marker: dict[str, set[int]] = {}
        self.patterns: list[tuple[re.Pattern, int]] = []
        for i, site in enumerate(self.sites):
            for d in site.domains:
                self.by_domain.setdefault(d, set()).add(i)
            for m in site.markers:
                self.by_marker.setdefault(m, set()).add(i)
            self.patterns += [(p, i) for p in site.patterns]
        self.any_pattern = _union(p for p, _ in self.patterns)

    def matching(self, document) -> list[Site]:
        """The sites whose domain, marker line or pattern the document has, in name order."""
        hits: set[int] = set()
        labels = (document.site or "").split(".")
        for k in range(len(labels) - 1):  # the host and its parent domains
            hits |= self.by_domain.get(".".join(labels[k:]), set())
        if self.by_marker:
            for line in document.original.splitlines():
                hits |= self.by_marker.get(normalise(line), set())
        if self.patterns and (self.any_pattern is None or self.any_pattern.search(document.original)):
            for pattern, i in self.patterns:
                if i not in hits and pattern.search(document.original):
                    hits.add(i)
        return [self.sites[i] for i in sorted(hits)]


def _union(patterns) -> re.Pattern | None:
    """One regex that finds whether any of ``patterns`` occurs: a single scan instead of one per site."""
    sources = [f"(?:{p.pattern})" for p in patterns]
    try:
        return re.compile("|".join(sources), re.MULTILINE) if sources else re.compile(r"(?!)")
    except re.error:  # e.g. inline global flags inside a pattern: search them one by one
        return None


def normalise(line: str) -> str:
    return " ".join(line.split())


def load_sites(directories) -> list[Site]:
    """The site files in ``directories``, in order; a later file replaces an earlier one of the same name."""
    files: dict[str, Path] = {}
    for directory in directories:
        for path in sorted(Path(directory).glob("*.toml")):
            files[path.stem] = path
    return [load_site(path) for _, path in sorted(files.items())]


def load_site(path: Path) -> Site:
    try:
        data = read_toml(path)
    except ConfigError as e:
        hint = (" Write regexes in single quotes ('...') so backslashes stay as written."
                if "\\" in str(e) or "escape" in str(e).lower() else "")
        raise ValueError(f"{e}{hint}") from None
    checker = _Checker(path)
    checker.keys(data, TOP_KEYS, "the file", "")
    if not isinstance(data.get("description", ""), str):
        raise ValueError(f"{checker.where('description')}: description must be a string")
    match = data.get("match")
    if not isinstance(match, dict):
        raise ValueError(f"{path}: no [match] table; add one saying which documents the file is for, "
                         'e.g. [match] domains = ["example.com"]')
    checker.keys(match, MATCH_KEYS, "[match]", "match")
    domains = tuple(checker.domain(d) for d in checker.strings(match, "domains", "[match]", "match"))
    markers = frozenset(normalise(m) for m in checker.strings(match, "markers", "[match]", "match"))
    patterns = tuple(checker.regex(p, "[match] patterns", "match", re.MULTILINE)
                     for p in checker.strings(match, "patterns", "[match]", "match"))
    if not (domains or markers or patterns):
        raise ValueError(f"{checker.where('match')}: [match] is empty; give domains, markers (lines only "
                         "this site prints) or patterns (regexes searched in the text)")
    rules = []
    for section in SECTIONS:
        entries = data.get(section, [])
        if not (isinstance(entries, list) and all(isinstance(e, dict) for e in entries)):
            raise ValueError(f"{checker.where(section)}: '{section}' must be an array of tables; "
                             f"write each rule under its own [[{section}]] header")
        for n, entry in enumerate(entries, 1):
            rules.append(checker.rule(path.stem, section, n, entry))
    if not rules:
        raise ValueError(f"{path}: no rules; add at least one [[lines]], [[regexes]], [[blocks]] "
                         "or [[selectors]] table")
    return Site(path.stem, str(path), domains, markers, patterns, tuple(rules))


class _Checker:
    """Validation with messages that point into one file."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.source = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            self.source = []

    def where(self, section: str, n: int = 1) -> str:
        """``file:line`` of the n-th ``[section]`` or ``[[section]]`` header (best effort)."""
        header = re.compile(rf"^\s*\[\[?\s*{re.escape(section)}\s*\]\]?")
        seen = 0
        for i, line in enumerate(self.source, 1):
            if header.match(line):
                seen += 1
                if seen == n:
                    return f"{self.path}:{i}"
        return str(self.path)

    def keys(self, table: dict, known: tuple, label: str, section: str, n: int = 1) -> None:
        for key in table:
            if key not in known:
                at = self.where(section or key, n)
                raise ValueError(f"{at}: unknown key '{key}' in {label} (known keys: {', '.join(known)}); "
                                 f"{_fix(key, known)}")

    def strings(self, table: dict, key: str, label: str, section: str, n: int = 1) -> list[str]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not (isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)):
            raise ValueError(f"{self.where(section, n)}: {label} {key} must be a list of non-empty strings, "
                             f"not {value!r}")
        return value

    def domain(self, raw: str) -> str:
        host = site_of(raw) if ("/" in raw or ":" in raw) else raw.lower().strip()
        if not host or not HOST.fullmatch(host) or host != raw.strip().lower():
            hint = f"write '{host}'" if host and HOST.fullmatch(host) else "write a host name like 'example.com'"
            raise ValueError(f"{self.where('match')}: [match] domains: {raw!r} is not a bare host name; "
                             f"{hint} (subdomains match too)")
        return host[4:] if host.startswith("www.") else host

    def regex(self, source: str, label: str, section: str, flags: int = 0, n: int = 1) -> re.Pattern:
        try:
            return re.compile(source, flags)
        except re.error as e:
            raise ValueError(f"{self.where(section, n)}: {label}: bad regex {source!r}: {e}. Fix the pattern "
                             "(in TOML, write it in single quotes so backslashes stay as written)") from None

    def rule(self, site: str, section: str, n: int, entry: dict) -> Rule:
        label = f"[[{section}]] rule {n}" + (f" ({entry['id']!r})" if isinstance(entry.get("id"), str) else "")
        at = self.where(section, n)
        for key in entry:
            if key not in RULE_KEYS[section]:
                raise ValueError(f"{at}: {label}: unknown key '{key}' (known keys: "
                                 f"{', '.join(RULE_KEYS[section])}); {_fix(key, RULE_KEYS[section])}")
        kind = entry.get("kind")
        if not isinstance(kind, str) or not KIND.fullmatch(kind):
            fix = "add" if kind is None else "fix"
            raise ValueError(f"{at}: {label}: {'missing' if kind is None else 'bad'} 'kind' ({kind!r}); {fix} "
                             'the noise kind it removes, lower-case, e.g. kind = "promo"')
        for key in ("reason", "id"):
            if key in entry and not (isinstance(entry[key], str) and entry[key].strip()):
                raise ValueError(f"{at}: {label}: '{key}' must be a non-empty string")
        for key in ("ignore_case", "keep_end"):
            if key in entry and not isinstance(entry[key], bool):
                raise ValueError(f"{at}: {label}: '{key}' must be true or false")
        flags = re.IGNORECASE if entry.get("ignore_case") else 0
        rule_id = f"{site}/{entry.get('id') or f'{section}.{n}'}"
        make = {"lines": self._lines, "regexes": self._regexes, "blocks": self._blocks,
                "selectors": self._selectors}[section]
        return make(entry, label, at, section, n, flags, kind, rule_id)

    def _one(self, entry, keys, label, at, required=True):
        given = [k for k in keys if k in entry]
        if len(given) > 1 or (required and not given):
            raise ValueError(f"{at}: {label}: give exactly one of {' or '.join(repr(k) for k in keys)}")
        if given and not (isinstance(entry[given[0]], str) and entry[given[0]].strip()):
            raise ValueError(f"{at}: {label}: '{given[0]}' must be a non-empty string")
        return given[0] if given else None

    def _line_regex(self, entry, key, label, section, n, flags) -> re.Pattern:
        if key.endswith("pattern"):
            return self.regex(entry[key], f"{label} {key}", section, flags, n)
        return exact_line(entry[key], flags)

    def _lines(self, entry, label, at, section, n, flags, kind, rule_id):
        if ("text" in entry) == ("texts" in entry):
            raise ValueError(f"{at}: {label}: give exactly one of 'text' (a line) or 'texts' (a list of lines)")
        texts = self.strings(entry, "text" if "text" in entry else "texts", label, section, n)
        reason = entry.get("reason") or f"{rule_id.split('/')[0]}: listed line"
        return Rule(section, rule_id, kind, reason, exact_line(texts, flags))

    def _regexes(self, entry, label, at, section, n, flags, kind, rule_id):
        self._one(entry, ("pattern",), label, at)
        pattern = self.regex(entry["pattern"], f"{label} pattern", section, flags, n)
        reason = entry.get("reason") or f"{rule_id.split('/')[0]}: line matching {entry['pattern']!r}"
        return Rule(section, rule_id, kind, reason, pattern)

    def _blocks(self, entry, label, at, section, n, flags, kind, rule_id):
        start = self._one(entry, ("start", "start_pattern"), label, at)
        end = self._one(entry, ("end", "end_pattern"), label, at, required=False)
        if "keep_end" in entry and end is None:
            raise ValueError(f"{at}: {label}: 'keep_end' needs an 'end' or 'end_pattern'")
        first = self._line_regex(entry, start, label, section, n, flags)
        last = self._line_regex(entry, end, label, section, n, flags) if end else None
        until = f"'{entry[end]}'" if end else "the end of the document"
        reason = entry.get("reason") or f"{rule_id.split('/')[0]}: block from '{entry[start]}' to {until}"
        return Rule(section, rule_id, kind, reason, first, last, bool(entry.get("keep_end")))

    def _selectors(self, entry, label, at, section, n, flags, kind, rule_id):
        self._one(entry, ("css",), label, at)
        from cssselect import SelectorError
        from lxml.cssselect import CSSSelector  # the engine the DOM stage uses

        try:
            compiled = CSSSelector(entry["css"], translator="html")
        except SelectorError as e:
            first = str(e).splitlines()[0]
            raise ValueError(f"{at}: {label}: bad CSS selector {entry['css']!r}: {first}. "
                             "Fix the selector (CSS3 as lxml's cssselect supports it)") from None
        reason = entry.get("reason") or f"{rule_id.split('/')[0]}: element matching {entry['css']!r}"
        return Rule(section, rule_id, kind, reason, selector=compiled)


def _fix(key: str, known) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    return f"did you mean '{close[0]}'?" if close else "fix the spelling or remove it"


def exact_line(texts, flags: int = 0) -> re.Pattern:
    """A regex matching a whole line equal to one of ``texts``; runs of whitespace are flexible."""
    texts = [texts] if isinstance(texts, str) else texts
    parts = sorted({r"\s+".join(map(re.escape, t.split())) for t in texts}, key=lambda s: (-len(s), s))
    return re.compile(rf"^{WS}*(?:{'|'.join(parts)}){WS}*$", flags)
