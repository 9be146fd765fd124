"""Newsletter, subscription and paywall prompts ("Sign up for our newsletter", "Subscribe to read")."""
import re

from normalizer import hookimpl
from normalizer.textutils import line_edits

PROMPTS = re.compile("|".join([
    r"\b(?:sign[ -]?up|subscribe|register)\b.{0,60}\b(?:newsletters?|bulletins?|briefings?|alerts|digest)\b",
    r"\b(?:newsletters?)\b.{0,40}\b(?:sign[ -]?up|subscribe|inbox)\b",
    r"\b(?:delivered|straight|direct(?:ly)?|sent)\b.{0,20}\bto your inbox\b", r"\bin your inbox\b",
    r"^[^\w\n]*(?:enter|your) e-?mail(?: address)?[^\w\n]*$", r"\bby (?:signing up|subscribing|clicking)\b.{0,60}\bagree\b",
    r"\bunsubscribe at any time\b", r"\bthank you for (?:signing up|subscribing)\b",
    r"\bsubscribe (?:now |today )?(?:to|for) (?:read|continue|unlimited|full access|access)\b",
    r"\bsubscribe to (?:continue|keep) reading\b", r"\b(?:already a subscriber|already have an account)\b",
    r"\b(?:this|the) (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) "
    r"(?:subscribers|members|premium)\b",
    r"\bsubscribers? only\b", r"\bexclusive(?:ly)? for subscribers\b",
    r"\byou(?:'ve| have) (?:reached|used) (?:your|all your) (?:free )?(?:article|story) limit\b",
    r"\b(?:create|register for) a free account\b", r"\bunlock (?:this|full|unlimited) (?:article|access)\b",
    r"\bsupport (?:our|independent|quality) journalism\b", r"\bbecome a (?:member|subscriber|supporter)\b",
    r"^[^\w\n]*(?:subscribe|log ?in|sign ?in|register)[^\w\n]*$",
    # German, French, Spanish, Italian, Dutch, Portuguese
    r"\bnewsletter\b.{0,40}\b(?:abonnieren|bestellen|anmelden)\b", r"\b(?:jetzt|gratis) abonnieren\b",
    r"\bmelden sie sich\b.{0,40}\bnewsletter\b", r"\bweiterlesen mit\b", r"\bexklusiv für abonnenten\b",
    r"\bnur für abonnenten\b", r"\bsie sind bereits abonnent\b", r"\bbereits abonnent\b",
    r"\bjetzt weiterlesen\b", r"\bplus-artikel\b", r"\babo abschließen\b",
    r"\babonnez-vous\b", r"\binscrivez-vous à (?:notre|la) newsletter\b", r"\bréservé aux abonnés\b",
    r"\bdéjà abonné\b", r"\bsuscr[ií]bete\b", r"\bsolo para suscriptores\b", r"\biscriviti alla newsletter\b",
    r"\briservato agli abbonati\b", r"\babonneer je\b", r"\bassine (?:já|agora)\b",
]), re.IGNORECASE | re.MULTILINE)


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
                      rule="subscribe.prompt", max_words=options["max_words"])
