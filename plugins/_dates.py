"""Dates as pages state them, turned into ISO 8601 (shared by the metadata plugins).

``parse_date(s)`` reads a whole value (a ``<meta>`` content, a JSON-LD
``datePublished``, a ``<time datetime>``): ISO 8601 in its common web
variants, or a written date. ``find_date(line)`` finds a written date (and a
time after or before it) in a line of text and says where it is.

Written dates: "23. November 2026", "23 novembre 2026", "23 de noviembre de
2026", "November 23, 2026", "Nov. 23, 2026", "23.11.2026", "2026-11-23",
"23/11/2026" (only when the day is > 12, so the order is certain). Month names
and abbreviations in English, German, French, Spanish, Italian, Dutch and
Portuguese (and Polish genitives: "18 marca 2024"). Two-digit years are not read: "11/13/19" says too little.

Output: ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS`` with ``+HH:MM`` when the
zone is stated (a zone abbreviation such as ``EST`` or ``CET`` counts; ``ET``
does not, it may be EST or EDT).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from normalizer.textutils import grouped

MONTHS = {}
for _n, _names in enumerate((
        "january jan januar jänner janvier janv enero ene gennaio gen januari janeiro",
        "february feb februar février fevrier févr fevr febrero febbraio februari fevereiro fev",
        "march mar märz maerz mär mrz mars marzo maart mrt março marco",
        "april apr avril avr abril abr aprile",
        "may mai mayo maggio mag mei maio",
        "june jun juni juin junio giugno giu junho",
        "july jul juli juillet juil julio luglio lug julho",
        "august aug août aout agosto ago augustus",
        "september sep sept septembre septiembre setiembre settembre set setembro",
        "october oct oktober okt octobre octubre ottobre ott outubro out",
        "november nov novembre noviembre novembro",
        "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro"), 1):
    for _name in _names.split():
        MONTHS[_name] = _n
for _n, _names in enumerate((  # Polish, in the genitive of written dates ("18 marca 2024")
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia"), 1):
    for _name in _names.split():
        MONTHS[_name] = _n
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat "
            "sun montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so "
            "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles jueves "
            "viernes sábado sabado domingo lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi "
            "venerdì venerdi sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
            "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira").split()
# Fixed offsets of zone abbreviations, in hours (ambiguous ones such as IST, ET, PT are left out).
ZONES = {"gmt": 0, "utc": 0, "z": 0, "bst": 1, "cet": 1, "mez": 1, "cest": 2, "mesz": 2, "eet": 2,
         "eest": 3, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8,
         "pdt": -7, "wib": 7, "jst": 9, "kst": 9, "aest": 10, "aedt": 11}

# grouped by first letter: re tries one group of names per position instead of every name
_MONTH = "(?P<month>" + grouped(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True), True) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th|er|º|°)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DE = r"(?:\s+de(?:l)?)?"  # "23 de noviembre de 2026", "23 de novembro de 2026"
_W = r"(?<![\w.])"
_YEARISH = re.compile(_YEAR.replace("?P<year>", ""))
DATE_FORMS = [
    re.compile(rf"{_W}{_DAY}{_DE}\s*{_MONTH}{_DE},?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"{_W}{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"{_W}{_YEAR}[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?![\d])"),
    re.compile(rf"{_W}(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?{_YEAR}(?!\d)"),
    re.compile(rf"{_W}(?P<a>[0-3]?\d)[/-](?P<b>[0-3]?\d)[/-]{_YEAR}(?!\d)"),
]
_ZONE = (r"(?:\s*\(?(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d\d)?|[+-]\d\d:?\d\d|"
         + "|".join(sorted(ZONES, key=len, reverse=True)) + r")\)?(?![\w]))?")
TIME = re.compile(
    r"(?<![\d:])(?P<hour>[0-2]?\d)(?:[:.h](?P<minute>[0-5]\d))(?::(?P<second>[0-5]\d))?(?:\.\d+)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?![\w]))?(?:\s*(?:uhr|h)(?![\w]))?" + _ZONE, re.IGNORECASE)
TIME_GAP = re.compile(r"^[\s,|·•@–—-]*(?:(?:at|um|à|a las|às|alle|om|ore|kl\.?)\s+)?$", re.IGNORECASE)
# How far after and before a date find_date looks for its time.
_AHEAD, _BACK = 30, 40
# The most characters a date with its time takes in a text without runs of three spaces (the pieces
# of a dateline): the longest date form, "30th  del  septiembre.  del,  2026", and both windows.
REACH = _BACK + (4 + 5 + 2 + max(map(len, MONTHS)) + 1 + 5 + 1 + 2 + 4) + _AHEAD
_ISO = re.compile(r"^\s*(\d{4})-(\d\d)-(\d\d)(?:[T\s](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*"
                  r"(Z|[+-]\d\d:?\d\d|(?:GMT|UTC))?)?\s*$", re.IGNORECASE)


def _offset(zone: str | None) -> timezone | None:
    if not zone:
        return None
    z = zone.strip("() ").lower().replace(" ", "")
    if z in ZONES:
        return timezone(timedelta(hours=ZONES[z]))
    m = re.match(r"^(?:gmt|utc)?([+-])(\d{1,2}):?(\d\d)?$", z)
    if not m:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    sign = -1 if m.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def iso(day: date, hour=None, minute=None, second=None, zone: timezone | None = None) -> str:
    """``YYYY-MM-DD``, or with a time (and offset when known)."""
    if hour is None:
        return day.isoformat()
    dt = datetime(day.year, day.month, day.day, hour, minute or 0, second or 0, tzinfo=zone)
    return dt.isoformat()


def _date(m, day_first=None) -> date | None:
    g = m.groupdict()
    year = int(g["year"])
    if "a" in g and g.get("a"):
        a, b = int(g["a"]), int(g["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        elif day_first is not None:  # the page's language says which comes first
            day, month = (a, b) if day_first else (b, a)
        else:
            return None  # 03/04/2026: the order is not stated
    else:
        month = g["month"]
        month = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
        day = int(g["day"])
    try:
        return date(year, month, day)
    except (TypeError, ValueError):
        return None


def _time(m):
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    second = int(m.group("second")) if m.group("second") else None
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23:
        return None
    return hour, minute, second, _offset(m.group("zone"))


def find_date(text: str, day_first: bool | None = None):
    """The first written date in ``text``: ``(iso, start, end)`` with the span of the date and
    of a time right after (or right before) it, or None. ``day_first`` reads "05/10/2018" as
    5 October (True) or May 10 (False); None leaves such a date unread."""
    if not _YEARISH.search(text):
        return None  # every date form has a year
    best = None
    for form in DATE_FORMS:
        for m in form.finditer(text):
            d = _date(m, day_first)
            if d is not None and (best is None or m.start() < best[1].start()):
                best = (d, m)
                break
    if best is None:
        return None
    d, m = best
    start, end = m.span()
    clock = None
    after = TIME.search(text, end, min(len(text), end + _AHEAD))
    if after and TIME_GAP.match(text[end:after.start()]) and _time(after):
        clock, end = _time(after), after.end()
    else:
        before = [t for t in TIME.finditer(text, max(0, start - _BACK), start) if t.end() <= start]
        if before and filler(text[before[-1].end():start]) and _time(before[-1]):
            clock, start = _time(before[-1]), before[-1].start()
    if clock is None:
        return iso(d), start, end
    return iso(d, *clock), start, end


_CONNECTORS = {"on", "am", "le", "el", "il", "op", "em", "the", "of", "at", "um", "à", "a", "de", "den", "der"}


def filler(text: str) -> bool:
    """Only separators, weekday names and small connectors ("on", "am", "le" ...)."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text.lower())
    return not re.search(r"\d", text) and all(w in WEEKDAYS or w in _CONNECTORS for w in words)


def parse_date(value: str) -> str | None:
    """A whole date value as ISO 8601, or None when it is not a date."""
    value = (value or "").strip()
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        y, mo, d, h, mi, s, z = m.groups()
        try:
            day = date(int(y), int(mo), int(d))
        except ValueError:
            return None
        if day.year < 1900:  # "0001-01-01T00:00:00": a placeholder, not a date
            return None
        if h is None:
            return day.isoformat()
        if int(h) > 23 or int(mi) > 59:
            return None
        zone = timezone.utc if z and z.upper() in ("Z", "GMT", "UTC") else _offset(z)
        return iso(day, int(h), int(mi), int(s) if s else 0, zone)
    found = find_date(value)
    return found[0] if found else None
