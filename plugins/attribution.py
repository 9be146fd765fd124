"""Attribution lines: print-edition notes, "originally published", sources and copyright lines.

Each family can be switched off in config; sources and copyright lines are
often wanted in a corpus, so they are separate options.

One scan over the lower-cased text finds the lines where any family may match
(``LEADS``); each family's pattern is then tried on those lines only, and the
copyright notes not at a line start are found through a few words they hold.
"""
import re

from normalizer import Edit, hookimpl
from normalizer.textutils import grouped, line_edits_for, lines_with, matches_at, scan, word_count

# All lower case, matched on the lower-cased text. Each family's pattern is a line start, decoration,
# and one of its forms. LEADS holds all their forms (and the copyright sign or word a copyright line may
# start with), so that one scan finds the lines where any of them may match.
_LEAD = r"^[^\w\n]*"
_PRINT = [r"this (?:article|story|piece) (?:first |originally )?appeared in (?:the )?.{0,80}"
          r"(?:print edition|edition|newspaper|magazine|issue)",
          r"a version of this (?:article|story) (?:appears|appeared) in print",
          r"dieser (?:artikel|beitrag) erschien (?:zuerst )?(?:in der|im) .{0,60}(?:ausgabe|print|zeitung)"]
_ORIGINAL = [
    r"this (?:article|story|post|piece) (?:was|is) (?:originally |first )?(?:published|posted|republished)",
    r"(?:originally|first) published (?:on|in|by|at)", r"republished (?:with permission )?from",
    r"dieser (?:artikel|beitrag) (?:ist|wurde) (?:zuerst|ursprünglich) .{0,40}erschienen",
    r"cet article a (?:été )?(?:initialement|d'abord) (?:publié|paru)",
    r"(?:dieser|der) (?:artikel|beitrag|text) erschien (?:zuerst|ursprünglich|erstmals) (?:auf|bei|in|im)\b",
    r"(?:zuerst|ursprünglich|erstmals) erschienen (?:auf|bei|in|im)\b",
    r"cet article a (?:été )?publié (?:initialement|à l'origine|à l’origine|originellement)",
    r"(?:article )?(?:initialement|originellement) publié (?:sur|dans|par|le)\b",
    r"este artículo (?:fue|se) publicado (?:originalmente|originariamente|inicialmente|por primera vez)",
    r"(?:publicado|apareció) originalmente en\b", r"este artículo apareció (?:originalmente |primero )?en\b",
    r"questo articolo è stato pubblicato (?:originariamente|originalmente|per la prima volta)",
    r"(?:articolo )?pubblicato (?:originariamente|originalmente|per la prima volta) (?:su|in|da)\b",
    r"dit artikel (?:verscheen|is) (?:eerder|eerst|oorspronkelijk) (?:verschenen |gepubliceerd )?(?:op|in|bij)\b",
    r"(?:eerder|oorspronkelijk) verschenen (?:op|in|bij)\b",
    r"este (?:artigo|texto) foi (?:originalmente )?publicado (?:originalmente )?(?:em|no|na|pel[oa])\b",
    r"(?:publicado|publicada) originalmente (?:em|no|na|pel[oa])\b"]
_SOURCE = ["sources?", "quellen?", "fuentes?", "fonti", "fonte", "fontes", "bron", "bronnen", "źródło", "źródła"]
# Agency material notes: "mit Material von dpa", "Mit Material der Nachrichtenagenturen", "avec AFP"
_MATERIAL = [r"mit (?:material|agenturmaterial|informationen) (?:von|der|des)",
             r"unter verwendung von material (?:von|der)", r"avec (?:l'|l’)?(?:afp|ap|reuters)\b",
             r"con informaci[oó]n de", r"con (?:efe|europa press|agencias)\b", r"met (?:materiaal van|dank aan) (?:anp|afp)",
             r"com (?:lusa|agências)\b"]
_COPYRIGHT_LEAD = ["©", r"\(c\)", r"copyright\b"]
PRINT = re.compile(rf"{_LEAD}(?:{'|'.join(_PRINT)})", re.MULTILINE)
ORIGINAL = re.compile(rf"{_LEAD}(?:{'|'.join(_ORIGINAL)})", re.MULTILINE)
SOURCES = re.compile(rf"{_LEAD}(?:{'|'.join(_SOURCE)})\s*:\s*\S", re.MULTILINE)
MATERIAL = re.compile(rf"{_LEAD}(?:{'|'.join(_MATERIAL)})[^\n]{{0,80}}$", re.MULTILINE)
# An agency's or editor's sign-off alone on its line: "(dpa)", "(APA/red)", "(dw)", "(mit dpa, AFP)".
_SHORT = r"(?:[a-zäöüß]{2,5}|reuters)"
SIGNOFF = re.compile(rf"^[^\S\n]*\((?:mit |avec |con |com |z )?{_SHORT}(?:[^\S\n]*[/,;][^\S\n]*{_SHORT})*\)[^\S\n]*$",
                     re.MULTILINE)
# (no match spans a line end; grouped by first character: re tries one form per line, not all)
LEADS = re.compile(rf"{_LEAD}(?:{grouped(_PRINT + _ORIGINAL + _SOURCE + _MATERIAL + _COPYRIGHT_LEAD, False)})",
                   re.MULTILINE)
# Every match holds one of COPYRIGHT_WORDS; the ones not at a line start hold one of COPYRIGHT_NEEDLES.
COPYRIGHT = re.compile(rf"{_LEAD}(?:{'|'.join(_COPYRIGHT_LEAD)})|all rights reserved\b|alle rechte vorbehalten\b"
                       r"|tous droits réservés\b|todos los derechos reservados\b|tutti i diritti riservati\b"
                       r"|todos os direitos reservados\b|alle rechten voorbehouden\b|wszelkie prawa zastrzeżone\b"
                       r"|^[^\w\n]*riproduzione riservata\b", re.MULTILINE)
COPYRIGHT_WORDS = ("©", "(c)", "copyright", "rights reserved", "rechte vorbehalten", "droits réservés",
                   "derechos reservados", "diritti riservati", "direitos reservados", "rechten voorbehouden",
                   "prawa zastrzeżone", "riproduzione riservata")
# "reserved", "réservés", "riservati", "riservata"; "rechte", "rechten"; "zastrzeżone"
COPYRIGHT_NEEDLES = ("serv", "rechte", "zastrze")


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["attribution"],
            "description": "print-edition, 'originally published', sources and copyright lines"}


@hookimpl
def default_options():
    return {"print_edition": True, "originally_published": True, "sources": True, "copyright": True,
            "max_words": 40}


@hookimpl
def find_edits(document, options):
    low = document.folded
    families = [("print_edition", PRINT, "print-edition note"),
                ("originally_published", ORIGINAL, "'originally published' note"),
                ("sources", SOURCES, "sources line")]
    starts = [m.start() for m in scan(low, LEADS)]  # the lines where any family may match
    edits = [e for option, pattern, reason in families if options[option]
             for e in line_edits_for(document, matches_at(low, pattern, starts), kind="attribution",
                                     reason=reason, rule=f"attribution.{option}", max_words=options["max_words"])]
    if options["sources"]:
        edits += line_edits_for(document, matches_at(low, MATERIAL, starts), kind="attribution",
                                rule="attribution.sources", reason="agency material note", max_words=12)
        edits += line_edits_for(document, _signoffs(low), kind="attribution", rule="attribution.signoff",
                                reason="agency or editor sign-off line (\"(dpa)\", \"(APA/red)\")")
    if options["copyright"]:
        edits += _copyright_edits(document, starts, options["max_words"])
    return edits


def _signoffs(low):
    """SIGNOFF's matches, tried only at the lines that start with "(" (found with str.find)."""
    found, at = [], low.find("(")
    while at != -1:
        if not at or low[at - 1] == "\n":
            m = SIGNOFF.match(low, at)
            if m:
                found.append(m)
        at = low.find("(", at + 1)
    return found


def _copyright_edits(document, starts, max_words) -> list[Edit]:
    """``line_edits(document, COPYRIGHT, folded=True, within=COPYRIGHT_WORDS, ...)``: the lines COPYRIGHT
    matches in are among those ``starts`` (from LEADS) begin and those holding one of COPYRIGHT_NEEDLES."""
    text, low = document.text, document.folded
    spans = set(lines_with(document, COPYRIGHT_NEEDLES))
    for start in starts:
        end = low.find("\n", start)
        spans.add((start, len(low) if end == -1 else end))
    out = []
    for start, end in sorted(spans):
        if COPYRIGHT.search(low, start, end) is None:
            continue
        stop = end + 1 if end < len(text) else end
        if max_words is None or word_count(text[start:stop]) <= max_words:
            out.append(Edit(start, stop, kind="attribution", reason="copyright line", rule="attribution.copyright"))
    return out
