"""Article metadata: the facts plugins find about a document, and where each came from.

Plugins implement the ``find_metadata`` hook and return :class:`Fact` objects
(headline, authors, publication date, language, site ...). The core stamps the
plugin's name on each, checks the well-known ones, keeps every candidate, and
picks one per name: the highest ``confidence``, then the first found (pipeline
order). A fact nobody found is absent — there is no default value.

The chosen facts go to ``OUT/meta/<key>.json`` (see :func:`metadata_json`) and
into JSONL rows (:meth:`Metadata.row`); the run summary counts them.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from datetime import datetime

FORMAT = "normalizer.meta/1"
# The well-known fact names and what their values look like.
FACTS = {
    "headline": "the article's title as the page states it (str)",
    "authors": "the author(s) named in the byline or the page's metadata (list of str)",
    "published": "publication date, ISO 8601: 2026-11-23 or 2026-11-23T09:30:00+01:00 (str)",
    "modified": "date of the last update, ISO 8601 (str)",
    "language": "ISO 639-1 code of the article's language, e.g. 'de' (str)",
    "site": "the site's host name without 'www.', e.g. 'example.com' (str)",
    "site_name": "the site's own name, e.g. 'The Guardian' (str)",
}
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")


class FactError(ValueError):
    """A plugin returned a fact the core cannot record."""


@dataclass(frozen=True)
class Fact:
    """One thing a plugin found out about the article.

    ``name`` is the fact (see :data:`FACTS`; other names are allowed and kept
    as they are), ``value`` what it is (a string; ``authors`` a list of
    strings), ``source`` where it was read: ``"json-ld NewsArticle.headline"``,
    ``"meta property=og:title"``, ``"<h1>"``, ``"text line 3"``, ``"url"``.
    ``confidence`` (0..1) ranks competing facts of one name; ``evidence`` is
    the raw text the value was read from when it differs from the value.
    ``plugin`` is stamped by the core.
    """

    name: str
    value: object
    source: str
    confidence: float = 0.5
    evidence: str = ""
    plugin: str = ""

    def to_json(self) -> dict:
        out = asdict(self)
        if not self.evidence:
            del out["evidence"]
        out["value"] = list(self.value) if isinstance(self.value, (list, tuple)) else self.value
        return out


def is_iso_date(value: str) -> bool:
    """``YYYY-MM-DD``, optionally with a time and a UTC offset (``Z`` or ``+01:00``)."""
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
                                                  r"(Z|[+-]\d{2}:\d{2})?)?$", value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def check(fact, plugin: str) -> Fact:
    """Validate one fact a plugin returned and stamp the plugin's name on it."""
    if not isinstance(fact, Fact):
        raise FactError(f"plugin {plugin!r} returned {type(fact).__name__}, expected normalizer.Fact")
    where = f"plugin {plugin!r} returned a {fact.name!r} fact"
    if not isinstance(fact.name, str) or not fact.name:
        raise FactError(f"plugin {plugin!r} returned a fact without a name")
    if not isinstance(fact.source, str) or not fact.source:
        raise FactError(f"{where} without a source")
    if not isinstance(fact.confidence, (int, float)) or not 0 <= fact.confidence <= 1:
        raise FactError(f"{where} with confidence {fact.confidence!r} (expected 0..1)")
    value = fact.value
    if fact.name == "authors":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)) or not value or not all(isinstance(v, str) and v.strip()
                                                                        for v in value):
            raise FactError(f"{where} whose value is not a list of names: {value!r}")
        value = tuple(value)
    elif not isinstance(value, str) or not value.strip():
        raise FactError(f"{where} whose value is not a non-empty string: {value!r}")
    if fact.name in ("published", "modified") and not is_iso_date(value):
        raise FactError(f"{where} that is not an ISO 8601 date: {value!r}")
    if fact.name == "language" and not _LANGUAGE.match(value):
        raise FactError(f"{where} that is not an ISO 639 code in lower case: {value!r}")
    if fact.name == "site" and not _HOST.match(value):
        raise FactError(f"{where} that is not a lower-case host name: {value!r}")
    return replace(fact, value=value, plugin=plugin, confidence=float(fact.confidence))


class Metadata:
    """Every fact found for one document, in the order found; :meth:`get` picks one per name."""

    def __init__(self):
        self.candidates: list[Fact] = []

    def add(self, facts, plugin: str) -> list[Fact]:
        checked = [check(f, plugin) for f in facts or ()]
        self.candidates += checked
        return checked

    def all(self, name: str) -> list[Fact]:
        """Every candidate for ``name``, best first."""
        found = [f for f in self.candidates if f.name == name]
        order = {id(f): i for i, f in enumerate(found)}
        return sorted(found, key=lambda f: (-f.confidence, order[id(f)]))

    def get(self, name: str) -> Fact | None:
        """The chosen fact for ``name``: the highest confidence, then the first found."""
        found = self.all(name)
        return found[0] if found else None

    def value(self, name: str):
        fact = self.get(name)
        if fact is None:
            return None
        return list(fact.value) if isinstance(fact.value, tuple) else fact.value

    def names(self) -> list[str]:
        """The names with a fact: the well-known ones first, in :data:`FACTS` order."""
        seen = list(dict.fromkeys(f.name for f in self.candidates))
        return [n for n in FACTS if n in seen] + [n for n in seen if n not in FACTS]

    def chosen(self) -> dict[str, Fact]:
        return {n: self.get(n) for n in self.names()}

    def row(self) -> dict:
        """The chosen values by name, and where each came from (``sources``): for JSONL rows."""
        chosen = self.chosen()
        out = {n: self.value(n) for n in chosen}
        out["sources"] = {n: f.source for n, f in chosen.items()}
        return out

    def to_json(self) -> dict:
        chosen = self.chosen()
        out = {n: self.value(n) for n in chosen}
        out["facts"] = {n: f.to_json() for n, f in chosen.items()}
        out["candidates"] = [f.to_json() for f in self.candidates]
        return out


def metadata_json(result, key: str) -> dict:
    """The sidecar ``OUT/meta/<key>.json`` of one document."""
    doc = result.document
    return {"format": FORMAT, "key": key, "source": doc.source, "url": doc.url,
            **result.metadata.to_json()}
