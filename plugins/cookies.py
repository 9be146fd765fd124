"""Cookie and consent notices, with the consent buttons right after them."""
import re

from normalizer import hookimpl
from normalizer.textutils import line_pattern, phrases, remove, word_count

NOTICE = re.compile("|".join([
    r"\b(?:we|this (?:web)?site|our (?:web)?site|this page) (?:uses?|is using) cookies\b",
    r"\b(?:use of|accept(?: all)?|manage|reject(?: all)?) cookies\b", r"\bcookie (?:policy|settings|preferences|notice|consent)\b",
    r"\bwir (?:verwenden|nutzen|setzen) cookies\b", r"\b(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt) cookies\b",
    r"\bcookie-(?:einstellungen|richtlinie|hinweis)\b", r"\bcookies (?:akzeptieren|zulassen|ablehnen)\b",
    r"\bnous utilisons des cookies\b", r"\bce site utilise des cookies\b", r"\bgestion des cookies\b",
    r"\butilizamos cookies\b", r"\beste sitio (?:web )?utiliza cookies\b", r"\bquesto sito (?:web )?utilizza (?:i )?cookie\b",
    r"\bwij gebruiken cookies\b", r"\butilizamos cookies\b", r"\bpersonalised ads and content\b",
]), re.IGNORECASE)
BUTTONS = line_pattern(phrases(
    "Accept", "Accept all", "Accept cookies", "Accept all cookies", "Reject", "Reject all", "Decline",
    "Got it", "OK", "Okay", "I agree", "Agree", "I accept", "Allow all", "Allow cookies", "Manage preferences",
    "Manage settings", "Cookie settings", "More options", "Customize", "Settings", "Privacy settings",
    "Zustimmen", "Alle akzeptieren", "Akzeptieren", "Ablehnen", "Einstellungen", "Alle ablehnen",
    "Accepter", "Tout accepter", "Refuser", "Continuer sans accepter", "Aceptar", "Rechazar",
    "Accetta", "Rifiuta", "Accepteren", "Weigeren", "Aceitar",
))


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["cookie"],
            "description": "cookie/consent notices and their buttons"}


@hookimpl
def default_options():
    return {"max_words": 80, "button_window": 4}


@hookimpl
def find_edits(document, options):
    lines = document.lines
    out = []
    until = -1
    for line in lines:
        if line.blank:
            continue
        if NOTICE.search(line.text) and word_count(line.text) <= options["max_words"]:
            out += remove([line], kind="cookie", reason="cookie/consent notice", rule="cookies.notice")
            until = line.number + options["button_window"]
        elif line.number <= until and BUTTONS.fullmatch(line.text):
            out += remove([line], kind="cookie", reason="consent button next to a cookie notice",
                          rule="cookies.button")
            until = line.number + options["button_window"]
        else:
            until = -1  # buttons must follow the notice, not the text after it
    return out
