"""Facts the page states about itself (HTML): JSON-LD, ``<meta>``, microdata, ``<html lang>``.

Runs first, on the untouched page. Each source gets a confidence (what wins
when sources disagree):

* JSON-LD of the article (``NewsArticle``, ``BlogPosting``, any ``...Article``):
  headline 0.8, a Person author 0.85 (an Organization 0.6), datePublished /
  dateModified 0.9, inLanguage 0.55;
* ``<meta>``: ``article:published_time`` and its kin 0.85 / 0.8, ``author``-like
  names 0.7, ``og:title`` 0.7 (other titles 0.6, ``<title>`` 0.4, all with a
  site name before or after them cut off), ``og:site_name`` 0.8,
  ``content-language`` / ``og:locale`` 0.45;
* microdata (``itemprop``), read when the above leave a fact open: author
  0.75, datePublished 0.8, headline 0.75; ``<time pubdate>`` 0.75;
* ``<html lang>`` 0.5.

Values that are not what the field promises (a URL as author, a date that does
not parse) are skipped, never repaired into something the page did not say.
"""
import json
import re

from lxml import etree

from normalizer import Fact, hookimpl

from ._dates import parse_date
from ._facts import authors, clean, host_names, strip_site

ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Posting|Report)$")
META_TITLES = (("og:title", 0.7), ("twitter:title", 0.6), ("twitter:text:title", 0.6), ("dc.title", 0.6),
               ("dcterms.title", 0.6), ("sailthru.title", 0.6), ("parsely-title", 0.6), ("headline", 0.6))
META_AUTHORS = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl", "citation_author", "article_author", "twitter:data1")
META_PUBLISHED = (("article:published_time", 0.85), ("og:published_time", 0.8), ("datepublished", 0.8),
                  ("article.published", 0.8), ("publish-date", 0.8), ("publishdate", 0.8),
                  ("publish_date", 0.8), ("pubdate", 0.8), ("pub_date", 0.8), ("dc.date", 0.75),
                  ("dc.date.issued", 0.75), ("dcterms.date", 0.75), ("dcterms.issued", 0.75),
                  ("dcterms.created", 0.7), ("sailthru.date", 0.75), ("parsely-pub-date", 0.8),
                  ("citation_publication_date", 0.75), ("date", 0.6), ("datecreated", 0.6))
META_MODIFIED = (("article:modified_time", 0.85), ("datemodified", 0.8), ("og:updated_time", 0.8),
                 ("article.updated", 0.8), ("dcterms.modified", 0.75), ("last-modified", 0.6))
META_LANGUAGE = ("content-language", "og:locale", "dc.language", "language", "inlanguage")
LANGUAGE_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{2,8})*$")


@hookimpl
def plugin_info():
    return {"phase": "markup", "kinds": [],
            "description": "facts from JSON-LD, <meta>, microdata and <html lang> (HTML)"}


@hookimpl
def find_metadata(document):
    dom = document.dom
    if dom is None:
        return None
    metas, scripts = [], []
    for el in dom.root.iter("meta", "script"):
        (metas if el.tag == "meta" else scripts).append(el)
    metas = _metas(metas)
    names = [v for k, v in metas if k == "og:site_name"] + host_names(document.site)
    ld = _json_ld(scripts)
    names += [n for n in (_name(o.get("publisher")) for o in ld) if n]
    facts = _ld_facts(ld, names)
    facts += _meta_facts(dom, metas, names)
    if not {"authors", "published", "headline"} <= {f.name for f in facts}:
        facts += _microdata(MICRODATA_XPATH(dom.body))
    lang = _language(dom.root.get("lang") or dom.root.get("xml:lang"))
    if lang:
        facts.append(Fact("language", lang, source="<html lang>", confidence=0.5, evidence=dom.root.get("lang") or ""))
    return facts


MICRODATA = frozenset({"author", "datePublished", "dateModified", "headline"})
# Microdata is read only when JSON-LD and <meta> leave a fact open: walking the body costs time.
MICRODATA_XPATH = etree.XPath(".//*[@itemprop or @pubdate]")
NOT_ARTICLE = re.compile(r"Comment|Review|Answer|Question|Rating", re.IGNORECASE)  # items inside an article
WANTED = frozenset([k for k, _ in META_TITLES] + list(META_AUTHORS) + [k for k, _ in META_PUBLISHED]
                   + [k for k, _ in META_MODIFIED] + list(META_LANGUAGE) + ["og:site_name", "application-name"])


def _metas(elements) -> list[tuple[str, str]]:
    """``(name, content)`` of every ``<meta>`` with content, names lower-cased."""
    out = []
    for el in elements:
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        key = key.strip().lower() if key else ""
        if key in WANTED:
            value = clean(el.get("content"))
            if value:
                out.append((key, value))
    return out


def _json_ld(scripts) -> list[dict]:
    """The article objects of the page's JSON-LD, in page order."""
    found = []
    for el in scripts:
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text.strip().rstrip(";"), strict=False)
        except ValueError:
            continue
        for obj in _objects(data):
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and ARTICLE_TYPE.search(t) for t in types):
                found.append(obj)
    return found


def _objects(data, depth=0):
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict):
            yield main


def _name(value) -> str:
    if isinstance(value, dict):
        value = value.get("name")
    return clean(value) if isinstance(value, str) else ""


def _ld_facts(objects: list[dict], site_names) -> list[Fact]:
    facts = []
    for obj in objects[:1]:  # the page's own article comes first; later ones are often teasers
        kind = obj.get("@type") if isinstance(obj.get("@type"), str) else "Article"
        headline = strip_site(_name(obj.get("headline")) or _name(obj.get("name")), site_names)
        if headline:
            facts.append(Fact("headline", headline, source=f"json-ld {kind}.headline", confidence=0.8))
        people, orgs = [], []
        raw = obj.get("author") or obj.get("creator")
        for a in raw if isinstance(raw, list) else [raw]:
            name = _name(a)
            if not name:
                continue
            org = isinstance(a, dict) and "organization" in str(a.get("@type", "")).lower()
            (orgs if org else people).extend(authors(name, strict=False))
        if people:
            facts.append(Fact("authors", people, source=f"json-ld {kind}.author", confidence=0.85))
        elif orgs:
            facts.append(Fact("authors", orgs, source=f"json-ld {kind}.author (organization)", confidence=0.6))
        for key, name in (("datePublished", "published"), ("dateModified", "modified")):
            value = obj.get(key)
            iso = parse_date(value) if isinstance(value, str) else None
            if iso:
                facts.append(Fact(name, iso, source=f"json-ld {kind}.{key}", confidence=0.9,
                                  evidence=value if value != iso else ""))
        lang = _language(_name(obj.get("inLanguage")))
        if lang:
            facts.append(Fact("language", lang, source=f"json-ld {kind}.inLanguage", confidence=0.55))
    return facts


def _meta_facts(dom, metas, site_names) -> list[Fact]:
    facts, by_key = [], {}
    for key, value in metas:
        by_key.setdefault(key, value)  # the first of repeated tags
    # one fact per family: the first key present in priority order (the others repeat it)
    for key, conf in META_TITLES:
        if key in by_key:
            facts.append(Fact("headline", strip_site(by_key[key], site_names), source=f"meta {key}",
                              confidence=conf, evidence=by_key[key]))
            break
    else:
        if dom.title:
            title = strip_site(dom.title, site_names)
            if title:
                facts.append(Fact("headline", title, source="<title>", confidence=0.4, evidence=dom.title))
    site_keys = {"".join(c for c in n.casefold() if c.isalnum()) for n in site_names}
    for key in META_AUTHORS:
        value = by_key.get(key, "")
        if not value or value.startswith(("http", "@", "/")) or "".join(
                c for c in value.casefold() if c.isalnum()) in site_keys:
            continue  # a profile URL, a handle, or the site itself
        names = authors(value, strict=False)
        if names:
            facts.append(Fact("authors", names, source=f"meta {key}", confidence=0.7,
                              evidence=value if names != [value] else ""))
            break
    for fact_name, table in (("published", META_PUBLISHED), ("modified", META_MODIFIED)):
        for key, conf in table:
            iso = parse_date(by_key[key]) if key in by_key else None
            if iso:
                facts.append(Fact(fact_name, iso, source=f"meta {key}", confidence=conf,
                                  evidence=by_key[key] if by_key[key] != iso else ""))
                break
    for key in META_LANGUAGE:
        lang = _language(by_key.get(key))
        if lang:
            facts.append(Fact("language", lang, source=f"meta {key}", confidence=0.45, evidence=by_key[key]))
            break
    if "og:site_name" in by_key:
        facts.append(Fact("site_name", by_key["og:site_name"], source="meta og:site_name", confidence=0.8))
    elif "application-name" in by_key:
        facts.append(Fact("site_name", by_key["application-name"], source="meta application-name",
                          confidence=0.5))
    return facts


def _microdata(elements) -> list[Fact]:
    facts = []
    for el in elements:
        props = (el.get("itemprop") or "").split()
        prop = next((p for p in props if p in MICRODATA), None) or ("pubdate" if el.get("pubdate") is not None else None)
        if prop is None or any(NOT_ARTICLE.search(a.get("itemtype") or "") for a in el.iterancestors()):
            continue  # another property, or a comment's author and date
        if prop == "author":
            inner = el.xpath(".//*[@itemprop='name']")
            raw = (inner[0].get("content") if inner else None) or el.get("content") or _text(inner[0] if inner else el)
            names = authors(raw, strict=False) if raw and not raw.startswith("http") else []
            if names:
                facts.append(Fact("authors", names, source="microdata itemprop=author", confidence=0.75,
                                  evidence=clean(raw) if names != [clean(raw)] else ""))
        elif prop == "headline":
            text = _text(el)
            if text:
                facts.append(Fact("headline", text, source="microdata itemprop=headline", confidence=0.75))
        else:
            raw = el.get("datetime") or el.get("content") or _text(el)
            iso = parse_date(raw)
            if iso:
                name = "modified" if prop == "dateModified" else "published"
                source = "<time pubdate>" if prop == "pubdate" else f"microdata itemprop={prop}"
                facts.append(Fact(name, iso, source=source, confidence=0.75 if prop == "pubdate" else 0.8,
                                  evidence=clean(raw) if clean(raw) != iso else ""))
    return facts


def _text(el) -> str:
    return clean(" ".join(el.itertext()))[:300]


def _language(value: str | None) -> str | None:
    """The primary language subtag of a tag such as ``en-US`` or ``pt_BR``, lower-cased."""
    m = LANGUAGE_TAG.match((value or "").strip())
    return m.group(1).lower() if m else None
