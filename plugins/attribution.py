"""Attribution lines: print-edition notes, "originally published", sources and copyright lines.

Each family can be switched off in config; sources and copyright lines are
often wanted in a corpus, so they are separate options.
"""
import re

from normalizer import hookimpl
from normalizer.textutils import line_edits

# All lower case, matched on the lower-cased text (folded=True).
PRINT = re.compile(
    r"^[^\w\n]*(?:this (?:article|story|piece) (?:first |originally )?appeared in (?:the )?.{0,80}"
    r"(?:print edition|edition|newspaper|magazine|issue)|a version of this (?:article|story) (?:appears|appeared) in print"
    r"|dieser (?:artikel|beitrag) erschien (?:zuerst )?(?:in der|im) .{0,60}(?:ausgabe|print|zeitung))",
    re.MULTILINE)
ORIGINAL = re.compile(
    r"^[^\w\n]*(?:this (?:article|story|post|piece) (?:was|is) (?:originally |first )?(?:published|posted|republished)"
    r"|(?:originally|first) published (?:on|in|by|at)|republished (?:with permission )?from"
    r"|dieser (?:artikel|beitrag) (?:ist|wurde) (?:zuerst|ursprünglich) .{0,40}erschienen"
    r"|cet article a (?:été )?(?:initialement|d'abord) (?:publié|paru)"
    r"|(?:dieser|der) (?:artikel|beitrag|text) erschien (?:zuerst|ursprünglich|erstmals) (?:auf|bei|in|im)\b"
    r"|(?:zuerst|ursprünglich|erstmals) erschienen (?:auf|bei|in|im)\b"
    r"|cet article a (?:été )?publié (?:initialement|à l'origine|à l’origine|originellement)"
    r"|(?:article )?(?:initialement|originellement) publié (?:sur|dans|par|le)\b"
    r"|este artículo (?:fue|se) publicado (?:originalmente|originariamente|inicialmente|por primera vez)"
    r"|(?:publicado|apareció) originalmente en\b|este artículo apareció (?:originalmente |primero )?en\b"
    r"|questo articolo è stato pubblicato (?:originariamente|originalmente|per la prima volta)"
    r"|(?:articolo )?pubblicato (?:originariamente|originalmente|per la prima volta) (?:su|in|da)\b"
    r"|dit artikel (?:verscheen|is) (?:eerder|eerst|oorspronkelijk) (?:verschenen |gepubliceerd )?(?:op|in|bij)\b"
    r"|(?:eerder|oorspronkelijk) verschenen (?:op|in|bij)\b"
    r"|este (?:artigo|texto) foi (?:originalmente )?publicado (?:originalmente )?(?:em|no|na|pel[oa])\b"
    r"|(?:publicado|publicada) originalmente (?:em|no|na|pel[oa])\b)",
    re.MULTILINE)
SOURCES = re.compile(r"^[^\w\n]*(?:sources?|quellen?|fuentes?|fonti|fonte|fontes|bron|bronnen)\s*:\s*\S",
                     re.MULTILINE)
# Every match holds one of COPYRIGHT_WORDS: only lines holding one are searched.
COPYRIGHT = re.compile(r"^[^\w\n]*(?:©|\(c\)|copyright\b)|all rights reserved\b|alle rechte vorbehalten\b"
                       r"|tous droits réservés\b|todos los derechos reservados\b|tutti i diritti riservati\b"
                       r"|todos os direitos reservados\b|alle rechten voorbehouden\b", re.MULTILINE)
COPYRIGHT_WORDS = ("©", "(c)", "copyright", "rights reserved", "rechte vorbehalten", "droits réservés",
                   "derechos reservados", "diritti riservati", "direitos reservados", "rechten voorbehouden")


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
    families = [("print_edition", PRINT, "print-edition note"),
                ("originally_published", ORIGINAL, "'originally published' note"),
                ("sources", SOURCES, "sources line"), ("copyright", COPYRIGHT, "copyright line")]
    return [e for option, pattern, reason in families if options[option]
            for e in line_edits(document, pattern, kind="attribution", reason=reason,
                                rule=f"attribution.{option}", max_words=options["max_words"],
                                folded=True, within=COPYRIGHT_WORDS if pattern is COPYRIGHT else None)]
