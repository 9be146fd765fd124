"""Cookie and consent notices, with the consent buttons right after them."""
import re

from normalizer import hookimpl
from normalizer.textutils import folded_matches, line_pattern, phrases, remove, word_count

# Lower case, matched on the lower-cased text (textutils.folded_matches); no leading \b, for speed.
NOTICE = re.compile("|".join([
    r"(?:we|this (?:web)?site|our (?:web)?site|this page) (?:uses?|is using) cookies\b",
    r"(?:use of|accept(?: all)?|manage|reject(?: all)?) cookies\b", r"cookie (?:policy|settings|preferences|notice|consent)\b",
    r"wir (?:verwenden|nutzen|setzen) cookies\b", r"(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt) cookies\b",
    r"cookie-(?:einstellungen|richtlinie|hinweis)\b", r"cookies (?:akzeptieren|zulassen|ablehnen)\b",
    r"nous utilisons des cookies\b", r"ce site utilise des cookies\b", r"gestion des cookies\b",
    r"utilizamos cookies\b", r"este sitio (?:web )?utiliza cookies\b", r"questo sito (?:web )?utilizza (?:i )?cookie\b",
    r"wij gebruiken cookies\b", r"personalised ads and content\b",
]))
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
    text = document.text
    low = text.lower()
    if "cookie" not in low and "personalised ads" not in low:  # every notice pattern holds one
        return []
    notices = {text.count("\n", 0, m.start()) for m in folded_matches(text, NOTICE)}
    if not notices:
        return []
    out = []
    until = -1
    for line in lines:
        if line.blank:
            continue
        if line.number in notices and word_count(line.text) <= options["max_words"]:
            out += remove([line], kind="cookie", reason="cookie/consent notice", rule="cookies.notice")
            until = line.number + options["button_window"]
        elif line.number <= until and BUTTONS.fullmatch(line.text):
            out += remove([line], kind="cookie", reason="consent button next to a cookie notice",
                          rule="cookies.button")
            until = line.number + options["button_window"]
        else:
            until = -1  # buttons must follow the notice, not the text after it
    return out
