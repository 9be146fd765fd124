"""Disclaimers: legal and editorial boilerplate ("Disclaimer: …", affiliate and views notices)."""
from normalizer import hookimpl
from normalizer.textutils import WS, line_edits, phrases, prefix_pattern

PREFIXES = [r"(?:disclaimer|haftungsausschluss|rechtlicher hinweis|avertissement|aviso legal|"
            r"descargo de responsabilidad|esclusione di responsabilità|affiliate disclosure|disclosure|"
            r"transparenzhinweis|werbehinweis|affiliate-hinweis|haftungshinweis|"
            r"avis de non-responsabilité|clause de non-responsabilité|exención de responsabilidad|"
            r"dichiarazione di non responsabilità|isenção de responsabilidade)" + WS + r"*[:.\-–—]",
            # "Hinweis: Dieser Artikel enthält Affiliate-Links …": a note only when it is about links or money
            r"(?:hinweis|bitte beachten|transparenz|offenlegung)" + WS + r"*:[^\n]{0,80}"
            r"(?:affiliate|provision|partnerlink|werbelink)",
            r"(?:note|remarque|nota|opmerking)" + WS + r"*:[^\n]{0,80}(?:affiliate|affilié|afiliad|affiliazione)"]
PHRASES = phrases(*map(str.lower, (
    "If you need to update/edit/remove this news", "The views expressed in this article are",
    "The views and opinions expressed", "The opinions expressed in this", "Views expressed are",
    "This article is for informational purposes only", "This content is for informational purposes",
    "This is not financial advice", "This article contains affiliate links", "This post contains affiliate links",
    "We may earn a commission", "We may receive a commission", "may earn an affiliate commission",
    "Dieser Artikel enthält Affiliate-Links", "Dieser Beitrag enthält Affiliate-Links",
    "Die mit * gekennzeichneten Links", "Wir erhalten eine Provision", "Dieser Artikel enthält Werbelinks",
    "Dieser Artikel enthält Partnerlinks", "Bei den mit * markierten Links", "Keine Anlageberatung",
    "Dies ist keine Anlageberatung", "Dieser Artikel stellt keine Anlageberatung dar",
    "Cet article contient des liens affiliés", "Cet article contient des liens d'affiliation",
    "Nous pouvons percevoir une commission", "Ceci n'est pas un conseil en investissement",
    "Este artículo contiene enlaces de afiliados", "Este artículo contiene enlaces de afiliado",
    "Podemos recibir una comisión", "Questo articolo contiene link di affiliazione",
    "Questo articolo contiene link affiliati", "Potremmo ricevere una commissione",
    "Dit artikel bevat affiliate links", "Dit artikel bevat affiliatelinks",
    "Este artigo contém links de afiliados", "Podemos receber uma comissão",
)))
# Lower case, matched on the lower-cased text (folded=True).
PATTERN = prefix_pattern(PREFIXES + PHRASES, flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["disclaimer"],
            "description": "disclaimer, affiliate and 'views are the author's own' lines"}


@hookimpl
def default_options():
    return {"max_words": 80}


@hookimpl
def find_edits(document, options):
    return line_edits(document, PATTERN, kind="disclaimer", reason="disclaimer line",
                      rule="disclaimers.line", max_words=options["max_words"], folded=True)
