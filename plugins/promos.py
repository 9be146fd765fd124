"""Site promos: short call-to-action boxes ("Get more with myNEWS … Learn more").

A promo is a run of at most ``max_lead_lines`` short, unpunctuated lines glued
to a call-to-action line, or a line that opens with a promo phrase.
"""
from normalizer import hookimpl
from normalizer.textutils import (ends_sentence, line_pattern, lines_at, matches_each, next_line, phrases, prefix_pattern,
                                  prev_line, remove_run, word_count)

from ._related_headers import is_header

# Lower case, matched on the lower-cased text (folded=True).
CTA = line_pattern(phrases(*map(str.lower, (
    "Learn more", "Find out more", "Discover more", "Sign up", "Sign up now", "Sign up for free",
    "Subscribe now", "Try it free", "Try for free", "Start free trial", "Start your free trial",
    "Get started", "Get the app", "Download the app", "Download now", "Install the app", "Join now",
    "Register now", "Register for free", "Shop now", "Buy now", "Get offer", "Claim offer",
    "Mehr erfahren", "Jetzt mehr erfahren", "Jetzt testen", "Jetzt registrieren", "Jetzt herunterladen",
    "Jetzt sichern", "App herunterladen", "Zum Angebot", "Gratis testen", "Kostenlos testen",
    "En savoir plus", "Je m'abonne", "Essayer gratuitement", "Télécharger l'application",
    "Más información", "Saber más", "Descarga la app", "Prueba gratis",
    "Scopri di più", "Scarica l'app", "Prova gratis", "Meer informatie", "Saiba mais", "Baixe o app",
    "Jetzt bestellen", "Jetzt kaufen", "Jetzt entdecken", "Zum Shop", "Jetzt lesen", "Jetzt downloaden",
    "Je découvre", "J'en profite", "Voir l'offre", "En profiter", "Acheter", "Commander",
    "Descubre más", "Comprar", "Comprar ahora", "Ver oferta", "Descargar", "Acquista ora", "Scopri l'offerta",
    "Vedi offerta", "Scarica ora", "Bestel nu", "Koop nu", "Ontdek meer", "Download de app", "Probeer gratis",
    "Compre agora", "Ver oferta", "Baixe agora", "Cadastre-se", "Cadastre-se grátis", "Experimente grátis",
))), flags=0)
LEAD = prefix_pattern(phrases(*map(str.lower, (
    "Get more with", "Get the most out of", "Download our app", "Download the", "Try our app",
    "Get our app", "Holen Sie sich", "Laden Sie die", "Unsere App", "Téléchargez", "Descarga nuestra",
    "Hol dir die", "Lade dir die", "Téléchargez notre application", "Descarga la app de", "Scarica la nostra app",
    "Download onze app", "Baixe nosso app", "Baixe o aplicativo",
))), flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["promo"],
            "description": "call-to-action promo boxes and app/product promo lines"}


@hookimpl
def default_options():
    return {"max_lead_lines": 2, "max_lead_words": 12}


def _short(line, max_words):
    return not line.blank and word_count(line.text) <= max_words and not ends_sentence(line.text)


def _heads_box(text, low, line):
    """Whether a call-to-action line ("Más información", "Saiba mais") heads a related box: a header
    phrase with a link line glued under it (left to the ``related`` plugin)."""
    if not is_header(low[line.start:line.end]):
        return False
    below = next_line(text, line)
    return below is not None and not below.blank


@hookimpl
def find_edits(document, options):
    text, low = document.text, document.folded
    calls, leads = ({m.start() for m in found} for found in matches_each(document, (CTA, LEAD), folded=True))
    max_lines, max_words = options["max_lead_lines"], options["max_lead_words"]
    edits = []
    taken = -1  # where the last promo ends
    for line in lines_at(text, calls | leads):
        if line.start <= taken:
            continue
        if line.start in calls and _heads_box(text, low, line):
            continue
        if line.start in calls:
            first = line
            for _ in range(max_lines):
                up = prev_line(text, first)
                if up is None or up.start <= taken or not _short(up, max_words):
                    break
                first = up
            reason = ("call-to-action promo box" if first is not line else "call-to-action line")
            edits.append(remove_run(first, line, kind="promo", reason=reason, rule="promos.cta"))
            taken = line.start
        elif word_count(line.text) <= max_words:
            last = line
            for _ in range(max_lines):
                down = next_line(text, last)
                if down is None or not _short(down, max_words):
                    break
                last = down
                if CTA.fullmatch(low, last.start, last.end):
                    break
            edits.append(remove_run(line, last, kind="promo", reason="promo line", rule="promos.lead"))
            taken = last.start
    return edits
