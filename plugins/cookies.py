"""Cookie and consent notices, with the consent buttons right after them."""
import re

from normalizer import hookimpl
from normalizer.textutils import line_at, line_pattern, lines_with, next_line, phrases, remove, word_count

# Lower case, matched on the lower-cased text line by line; every match holds one of NOTICE_WORDS.
NOTICE = re.compile("|".join([
    r"(?:we|this (?:web)?site|our (?:web)?site|this page) (?:uses?|is using) cookies\b",
    r"(?:use of|accept(?: all)?|manage|reject(?: all)?) cookies\b", r"cookie (?:policy|settings|preferences|notice|consent)\b",
    r"wir (?:verwenden|nutzen|setzen) cookies\b", r"(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt) cookies\b",
    r"cookie-(?:einstellungen|richtlinie|hinweis)\b", r"cookies (?:akzeptieren|zulassen|ablehnen)\b",
    r"nous utilisons des cookies\b", r"ce site utilise des cookies\b", r"gestion des cookies\b",
    r"utilizamos cookies\b", r"este sitio (?:web )?utiliza cookies\b", r"questo sito (?:web )?utilizza (?:i )?cookie\b",
    r"wij gebruiken cookies\b", r"personalised ads and content\b",
]), re.MULTILINE)
NOTICE_WORDS = ("cookie", "personalised ads")
BUTTONS = line_pattern(phrases(*map(str.lower, (
    "Accept", "Accept all", "Accept cookies", "Accept all cookies", "Reject", "Reject all", "Decline",
    "Got it", "OK", "Okay", "I agree", "Agree", "I accept", "Allow all", "Allow cookies", "Manage preferences",
    "Manage settings", "Cookie settings", "More options", "Customize", "Settings", "Privacy settings",
    "Zustimmen", "Alle akzeptieren", "Akzeptieren", "Ablehnen", "Einstellungen", "Alle ablehnen",
    "Accepter", "Tout accepter", "Refuser", "Continuer sans accepter", "Aceptar", "Rechazar",
    "Accetta", "Rifiuta", "Accepteren", "Weigeren", "Aceitar",
))), flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["cookie"],
            "description": "cookie/consent notices and their buttons"}


@hookimpl
def default_options():
    return {"max_words": 80, "button_window": 4}


@hookimpl
def find_edits(document, options):
    text, low = document.text, document.folded
    notices = {start for start, end in lines_with(document, NOTICE_WORDS) if NOTICE.search(low, start, end)}
    out = []
    walked = -1
    for start in sorted(notices):
        if start <= walked:
            continue
        line, until = line_at(text, start), None
        while line is not None:  # the notice, then consent buttons right after it
            if line.blank:
                pass
            elif line.start in notices and word_count(line.text) <= options["max_words"]:
                out += remove([line], kind="cookie", reason="cookie/consent notice", rule="cookies.notice")
                until = line.number + options["button_window"]
            elif until is not None and line.number <= until and BUTTONS.fullmatch(low, line.start, line.end):
                out += remove([line], kind="cookie", reason="consent button next to a cookie notice",
                              rule="cookies.button")
                until = line.number + options["button_window"]
            else:
                break
            walked = line.start
            line = next_line(text, line)
    return out
