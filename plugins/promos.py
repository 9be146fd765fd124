"""Site promos: short call-to-action boxes ("Get more with myNEWS … Learn more").

A promo is a run of at most ``max_lead_lines`` short, unpunctuated lines glued
to a call-to-action line, or a line that opens with a promo phrase.
"""
from normalizer import hookimpl
from normalizer.textutils import ends_sentence, line_pattern, phrases, prefix_pattern, remove_run, word_count

CTA = line_pattern(phrases(
    "Learn more", "Find out more", "Discover more", "Sign up", "Sign up now", "Sign up for free",
    "Subscribe now", "Try it free", "Try for free", "Start free trial", "Start your free trial",
    "Get started", "Get the app", "Download the app", "Download now", "Install the app", "Join now",
    "Register now", "Register for free", "Shop now", "Buy now", "Get offer", "Claim offer",
    "Mehr erfahren", "Jetzt mehr erfahren", "Jetzt testen", "Jetzt registrieren", "Jetzt herunterladen",
    "Jetzt sichern", "App herunterladen", "Zum Angebot", "Gratis testen", "Kostenlos testen",
    "En savoir plus", "Je m'abonne", "Essayer gratuitement", "Télécharger l'application",
    "Más información", "Saber más", "Descarga la app", "Prueba gratis",
    "Scopri di più", "Scarica l'app", "Prova gratis", "Meer informatie", "Saiba mais", "Baixe o app",
))
LEAD = prefix_pattern(phrases(
    "Get more with", "Get the most out of", "Download our app", "Download the", "Try our app",
    "Get our app", "Holen Sie sich", "Laden Sie die", "Unsere App", "Téléchargez", "Descarga nuestra",
))


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["promo"],
            "description": "call-to-action promo boxes and app/product promo lines"}


@hookimpl
def default_options():
    return {"max_lead_lines": 2, "max_lead_words": 12}


def _short(line, max_words):
    return not line.blank and word_count(line.text) <= max_words and not ends_sentence(line.text)


@hookimpl
def find_edits(document, options):
    lines = document.lines
    edits = []
    taken = -1
    for i, line in enumerate(lines):
        if i <= taken or line.blank:
            continue
        if CTA.fullmatch(line.text):
            first = i
            while (i - first < options["max_lead_lines"] and first - 1 > taken
                   and _short(lines[first - 1], options["max_lead_words"])):
                first -= 1
            reason = ("call-to-action promo box" if first < i else "call-to-action line")
            edits.append(remove_run(lines[first], line, kind="promo", reason=reason, rule="promos.cta"))
            taken = i
        elif LEAD.match(line.text) and word_count(line.text) <= options["max_lead_words"]:
            last = i
            while (last + 1 < len(lines) and last + 1 - i <= options["max_lead_lines"]
                   and _short(lines[last + 1], options["max_lead_words"])):
                last += 1
                if CTA.fullmatch(lines[last].text):
                    break
            edits.append(remove_run(line, lines[last], kind="promo", reason="promo line",
                                    rule="promos.lead"))
            taken = last
    return edits
