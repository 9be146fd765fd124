"""Disclaimers: legal and editorial boilerplate ("Disclaimer: …", affiliate and views notices)."""
from normalizer import hookimpl
from normalizer.textutils import WS, line_edits, phrases, prefix_pattern

PREFIXES = [r"(?:disclaimer|haftungsausschluss|rechtlicher hinweis|avertissement|aviso legal|"
            r"descargo de responsabilidad|esclusione di responsabilità|affiliate disclosure|disclosure)"
            + WS + r"*[:.\-–—]"]
PHRASES = phrases(*map(str.lower, (
    "If you need to update/edit/remove this news", "The views expressed in this article are",
    "The views and opinions expressed", "The opinions expressed in this", "Views expressed are",
    "This article is for informational purposes only", "This content is for informational purposes",
    "This is not financial advice", "This article contains affiliate links", "This post contains affiliate links",
    "We may earn a commission", "We may receive a commission", "may earn an affiliate commission",
    "Dieser Artikel enthält Affiliate-Links", "Dieser Beitrag enthält Affiliate-Links",
    "Die mit * gekennzeichneten Links", "Wir erhalten eine Provision",
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
