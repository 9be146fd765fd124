"""Newsletter, subscription and paywall prompts ("Sign up for our newsletter", "Subscribe to read").

The patterns are lower case and run on the lower-cased text, without a
leading word boundary: that lets ``re`` skip ahead fast (see
``textutils.folded_matches``).
"""
import re

from normalizer import hookimpl
from normalizer.textutils import line_edits

PROMPTS = re.compile("|".join([
    r"(?:sign[ -]?up|subscribe|register)\b.{0,60}\b(?:newsletters?|bulletins?|briefings?|alerts|digest)\b",
    r"(?:newsletters?)\b.{0,40}\b(?:sign[ -]?up|subscribe|inbox)\b",
    r"(?:delivered|straight|direct(?:ly)?|sent)\b.{0,20}\bto your inbox\b", r"in your inbox\b",
    r"^[^\w\n]*(?:enter|your) e-?mail(?: address)?[^\w\n]*$", r"by (?:signing up|subscribing|clicking)\b.{0,60}\bagree\b",
    r"unsubscribe at any time\b", r"thank you for (?:signing up|subscribing)\b",
    r"subscribe (?:now |today )?(?:to|for) (?:read|continue|unlimited|full access|access)\b",
    r"subscribe to (?:continue|keep) reading\b", r"(?:already a subscriber|already have an account)\b",
    r"(?:this|the) (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) "
    r"(?:subscribers|members|premium)\b",
    r"subscribers? only\b", r"exclusive(?:ly)? for subscribers\b",
    r"you(?:'ve| have) (?:reached|used) (?:your|all your) (?:free )?(?:article|story) limit\b",
    r"(?:create|register for) a free account\b", r"unlock (?:this|full|unlimited) (?:article|access)\b",
    r"support (?:our|independent|quality) journalism\b", r"become a (?:member|subscriber|supporter)\b",
    r"^[^\w\n]*(?:subscribe|log ?in|sign ?in|register)[^\w\n]*$",
    # German, French, Spanish, Italian, Dutch, Portuguese
    r"newsletter\b.{0,40}\b(?:abonnieren|bestellen|anmelden)\b", r"(?:jetzt|gratis) abonnieren\b",
    r"melden sie sich\b.{0,40}\bnewsletter\b", r"weiterlesen mit\b", r"exklusiv für abonnenten\b",
    r"nur für abonnenten\b", r"sie sind bereits abonnent\b", r"bereits abonnent\b",
    r"jetzt weiterlesen\b", r"plus-artikel\b", r"abo abschließen\b",
    r"abonnez-vous\b", r"inscrivez-vous à (?:notre|la) newsletter\b", r"réservé aux abonnés\b",
    r"déjà abonné\b", r"suscr[ií]bete\b", r"solo para suscriptores\b", r"iscriviti alla newsletter\b",
    r"riservato agli abbonati\b", r"abonneer je\b", r"assine (?:já|agora)\b",
]), re.MULTILINE)  # lower case: matched on the lower-cased text (folded=True)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["newsletter"],
            "description": "newsletter sign-up, subscription and paywall prompts"}


@hookimpl
def default_options():
    return {"max_words": 40}


@hookimpl
def find_edits(document, options):
    return line_edits(document, PROMPTS, kind="newsletter", reason="newsletter/subscription prompt",
                      rule="subscribe.prompt", max_words=options["max_words"], folded=True)
