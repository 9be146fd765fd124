"""Helpers shared by the metadata plugins: names in bylines, titles and their site affixes.

No facts are found here; the plugins decide what a page states. These only
tidy what was read: ``authors("By TOM SMITH and Jane Doe, Reuters")`` gives
``["Tom Smith", "Jane Doe"]``, ``strip_site("Title | Site", ["Site"])`` gives
``"Title"``, ``same_title(a, b)`` compares two titles by their words.
"""
from __future__ import annotations

import html
import re

from normalizer.textutils import grouped

from ._dates import WEEKDAYS as _WEEKDAYS

WEEKDAYS = frozenset(w for w in _WEEKDAYS if len(w) >= 5)  # "Wednesday", "Mittwoch"; not "Di", "Fr"
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# A byline's lead-in word, in the languages the phrase plugins cover.
BY = (r"(?:by|written by|story by|words by|posted by|"
      r"(?:ein|eine) (?:artikel|beitrag|kommentar|gastbeitrag|analyse|reportage|kolumne) von|"
      r"un (?:article|artículo|reportaje|articolo) (?:de|di)|een (?:artikel|column) van|von|text(?:e)?\s*:|autor(?:in)?\s*:|author\s*:|par|por|di|door|"
      r"av|af|текст\s*:|автор\s*:|(?:publicado|escrito|publié|écrit|pubblicato|scritto|veröffentlicht|geschrieben)"
      r"\s+(?:por|par|da|von)\s*:?)")
_LEAD = re.compile(rf"^\s*{BY}\s+", re.IGNORECASE)
# Words that join several names.
AND = re.compile(r"(\s*[,;]\s*)|\s*&\s*|\s+(?:and|und|et|en|och|og)\s+|\s+(?-i:e|y)\s+", re.IGNORECASE)
# What follows a name in a byline and is not a name: roles, desks and agencies.
_ROLES = ("writer", "editor", "correspondent", "contributor", "contributing", "reporter", "staff", "columnist",
          "producer", "journalist", "senior", "chief", "deputy", "associate", "freelance", "photographer", "analyst",
          "news", "desk", "team", "redaktion", r"redakteur(?:in)?", r"korrespondent(?:in)?", "journaliste",
          "rédacteur", "rédactrice", "correspondant", "correspondante", "envoyé spécial", "periodista", "redactor",
          "redactora", "corresponsal", "giornalista", "redattore", "redattrice", "corrispondente", "verslaggever",
          "redacteur", "correspondent", "repórter", "jornalista", "colunista")
# (grouped by first letter: re tries one group of words at each position, not every word)
ROLE = re.compile(rf"\b(?:{grouped(list(_ROLES), True)})\b", re.IGNORECASE)
# News agencies: after a person's name they say who distributed the story, not who wrote it.
_AGENCIES = (r"Reuters|AP|The Associated Press|Associated Press|AFP|Agence France-Presse|dpa|"
             r"Bloomberg|EFE|ANSA|Xinhua|PTI|IANS|ANI|APA|KNA|epd|SDA|Belga|ANP|Europa Press|Lusa|"
             r"Kyodo|Yonhap|TASS|Interfax|CNN|BBC")
AGENCY = re.compile(rf"^(?:{_AGENCIES})$", re.IGNORECASE)
# "with"/"avec"/"mit" an agency at a byline's end: "Par Jean Dupont avec AFP".
_WITH_AGENCY = re.compile(rf"\s+(?:with|avec|mit|con|com|met|z)\s+(?:{_AGENCIES})\W*$", re.IGNORECASE)
# Particles inside names ("Ursula von der Leyen", "Luiz Inácio da Silva").
PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le", "la",
             "bin", "al", "el", "ibn", "ter", "ten", "zu", "y", "e"}
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[A-Z]\.)$")


def clean(s: str | None) -> str:
    """Entities decoded, whitespace collapsed."""
    return _SPACE.sub(" ", html.unescape(s or "")).strip()


def is_name(s: str, max_words: int = 5) -> bool:
    """A person's name as bylines write it: 1-5 capitalised words, particles allowed."""
    words = s.split()
    if not words or len(words) > max_words or ROLE.search(s):
        return False
    caps = 0
    for w in words:
        if w.lower() in PARTICLES:
            continue
        if w.lower().strip(".,") in WEEKDAYS:
            return False
        if not _NAME_WORD.match(w) or not (w[0].isupper() or w.isupper()):
            return False
        caps += 1
    return caps >= 1


def _title_case(name: str) -> str:
    """``TOM SMITH`` -> ``Tom Smith`` (names written in capitals only)."""
    if name.isupper() and len(name.split()) >= 2 and all(len(w) >= 2 for w in name.split()):
        return " ".join(w if len(w) <= 2 and w.endswith(".") else w.capitalize() for w in name.split())
    return name


def authors(raw: str | None, *, strict: bool = True) -> list[str]:
    """The names in a byline or an author field, in order, without lead-in, roles or agencies.

    ``strict``: every part must look like a person's name (for text lines);
    otherwise a part that is not a name (an organisation, "The Water Coolest")
    is kept as it is, as metadata fields state it.
    """
    s = _WITH_AGENCY.sub("", _LEAD.sub("", clean(raw)))
    s = re.split(r"\s*[|•·]\s*|\s+[/–—-]\s+|\s*\(", s)[0]  # "Name | Agency", "Name - Role", "Name (Paris)"
    out = []
    pieces = AND.split(s)  # part, comma-or-None, part, ...
    for i in range(0, len(pieces), 2):
        part = pieces[i].strip(" ,:;")
        if not part:
            continue
        role = ROLE.search(part)
        if out and (role or AGENCY.match(part)):
            continue  # "Tom Smith, AP Auto Writer", "Jane Doe, Reuters"
        if out and pieces[i - 1] and len(part.split()) == 1:
            break  # "Max Muster, Berlin": a place after a comma, not a second author
        if role:  # "TOM KRISHER AP Auto Writer": keep the name before the role words
            part = _before_role(part[:role.start()])
        if not part:
            continue
        if is_name(part):
            out.append(_title_case(part))
        elif not strict and not part.startswith("http") and len(part) <= 80:
            out.append(part)
        elif strict:
            break  # "By John Smith, who covers ..." : stop at what is not a name
    return list(dict.fromkeys(out))


def _before_role(s: str) -> str:
    """Drop trailing words that belong to a role ("AP Auto" in "TOM KRISHER AP Auto Writer")."""
    words = s.split()
    if words and words[0].isupper() and len(words[0]) > 1:
        n = 0
        while n < len(words) and words[n].isupper():
            n += 1
        words = words[:n]
        while len(words) > 2 and len(words[-1]) <= 3:  # an agency after the name: "AP", "AFP"
            words.pop()
    return " ".join(words)


def words(s: str) -> list[str]:
    return _WORD.findall((s or "").casefold())


def same_title(a: str | None, b: str | None, share: float = 0.8) -> bool:
    """Two titles are the same when one's words contain the other's, or most words are shared."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    ja, jb = " ".join(wa), " ".join(wb)
    if ja == jb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= 3 and " ".join(short) in " ".join(long_):
        return len(short) >= 0.5 * len(long_)
    common = len(set(wa) & set(wb))
    return common >= share * max(len(set(wa)), len(set(wb)))


_SEP = re.compile(r"\s+[|–—·»:/-]\s+|\s*\|\s*|\s*[:»]\s+")


def strip_site(title: str | None, names) -> str:
    """``title`` without a leading or trailing site name ("Title | Site", "Site: Title")."""
    t = clean(title)
    keys = {"".join(words(p)) for n in names if n for p in [n, *_SEP.split(clean(n))] if words(p)}
    if not t or not keys:
        return t
    for _ in range(8):
        parts = _SEP.split(t)
        if len(parts) < 2:
            break
        seps = _SEP.findall(t)
        if _is_site(parts[-1], keys):
            t = t[: len(t) - len(parts[-1]) - len(seps[-1])].strip()
        elif _is_site(parts[0], keys):
            t = t[len(parts[0]) + len(seps[0]):].strip()
        else:
            lowered = t.casefold()
            for n in names:  # a site name that itself holds a separator ("Name | Slogan: Title")
                n = clean(n).casefold()
                if n and len(n) < len(lowered) and lowered.startswith(n) and _SEP.match(t, len(n)):
                    t = t[len(n) + len(_SEP.match(t, len(n)).group(0)):].strip()
                    break
                if n and len(n) < len(lowered) and lowered.endswith(n):
                    m = re.search(r"(?:\s+[|–—·»:/-]\s+|\s*\|\s*)$", t[: len(t) - len(n)])
                    if m:
                        t = t[: m.start()].strip()
                        break
            else:
                break
    return t


def _is_site(part: str, keys: set[str]) -> bool:
    key = "".join(words(part))
    return bool(key) and any(key == k or (len(k) >= 4 and k in key and len(k) >= 0.6 * len(key))
                             or (len(key) >= 4 and key in k and len(key) >= 0.6 * len(k)) for k in keys)


def host_names(host: str | None) -> list[str]:
    """Names a site may go by, from its host: ``www.thehill.com`` -> ``thehill.com``, ``thehill``."""
    if not host:
        return []
    host = host.lower().removeprefix("www.")
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac", "edu", "gob"):
        labels = labels[:-1]
    return [host, labels[-2] if len(labels) >= 2 else labels[0]]
