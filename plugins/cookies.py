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
    r"(?:diese|unsere) (?:website|internetseite|webseite|seite) (?:verwendet|nutzt|benutzt|setzt) cookies\b",
    r"(?:auf )?(?:dieser|unserer) (?:website|webseite|internetseite|seite) werden cookies (?:verwendet|eingesetzt|gesetzt)\b",
    r"stimmen sie (?:der|dem) (?:verwendung|einsatz|nutzung|speicherung) von cookies zu\b",
    r"ce site (?:web |internet )?utilise des cookies\b", r"en poursuivant votre navigation.{0,80}cookies\b",
    r"(?:accepter|paramétrer|refuser) les cookies\b",
    r"usamos cookies\b", r"esta (?:web|página)(?: web)? (?:utiliza|usa) cookies\b", r"política de cookies\b",
    r"(?:aceptar|configurar|rechazar) (?:las |todas las )?cookies\b",
    r"utilizziamo (?:i )?cookie\b", r"questo sito (?:web )?usa (?:i )?cookie\b", r"informativa sui cookie\b",
    r"(?:accetta|rifiuta) (?:i |tutti i )?cookie\b",
    r"we gebruiken cookies\b", r"deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies\b", r"cookiebeleid\b",
    r"cookie-?instellingen\b", r"cookies (?:accepteren|weigeren)\b",
    r"este (?:site|website|portal) (?:usa|utiliza) cookies\b", r"(?:aceitar|rejeitar) (?:os |todos os )?cookies\b",
    r"ao (?:continuar a navegar|navegar|utilizar|usar) (?:neste|no|este|o) (?:site|portal).{0,80}cookies\b",
    r"(?:ta|nasza) (?:strona|witryna|serwis)(?: internetowa)? (?:używa|wykorzystuje|stosuje) (?:plików )?cookies?\b",
    r"(?:używamy|wykorzystujemy|stosujemy) (?:plików )?cookies?\b", r"polityk[ai] cookies\b",
]), re.MULTILINE)
NOTICE_WORDS = ("cookie", "personalised ads")
BUTTONS = line_pattern(phrases(*map(str.lower, (
    "Accept", "Accept all", "Accept cookies", "Accept all cookies", "Reject", "Reject all", "Decline",
    "Got it", "OK", "Okay", "I agree", "Agree", "I accept", "Allow all", "Allow cookies", "Manage preferences",
    "Manage settings", "Cookie settings", "More options", "Customize", "Settings", "Privacy settings",
    "Zustimmen", "Alle akzeptieren", "Akzeptieren", "Ablehnen", "Einstellungen", "Alle ablehnen",
    "Accepter", "Tout accepter", "Refuser", "Continuer sans accepter", "Aceptar", "Rechazar",
    "Accetta", "Rifiuta", "Accepteren", "Weigeren", "Aceitar",
    "Alle Cookies akzeptieren", "Nur notwendige Cookies", "Nur notwendige Cookies akzeptieren", "Auswahl erlauben",
    "Alle zulassen", "Einverstanden", "Verstanden", "Speichern", "J'accepte", "Tout refuser", "Paramétrer",
    "Personnaliser", "Aceptar todo", "Aceptar todas", "Rechazar todo", "Configurar", "Entendido", "Acepto",
    "Accetta tutto", "Accetta tutti", "Rifiuta tutto", "Personalizza", "Accetto", "Ho capito",
    "Alles accepteren", "Akkoord", "Instellingen", "Alles weigeren", "Aceitar todos", "Aceito", "Rejeitar",
    "Rejeitar todos", "Configurações", "Entendi", "Concordo",
    "Definições", "Akceptuję", "Zgadzam się", "Ustawienia", "Odrzuć", "Akceptuj wszystkie", "Alle Cookies ablehnen",
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
