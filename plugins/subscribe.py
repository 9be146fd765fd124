"""Newsletter, subscription and paywall prompts ("Sign up for our newsletter", "Subscribe to read").

A sign-up form is also found by its spam trap ("Leave this field empty if you're human:"): that line,
the e-mail field's label above it and the block of heading and pitch above the label go.

The patterns are lower case and run on the lower-cased text, line by line.
They come in groups, each with the words every match of its patterns holds:
only the lines holding one of those words are searched, and only for the
patterns of that word; one pass over the text finds those lines for all the
words (``fastre.lines_holding``). A new pattern goes into the group of a word it always contains.
"""
import re

from normalizer import Edit, hookimpl
from normalizer.fastre import lines_holding
from normalizer.textutils import ends_sentence, line_at, prev_line, remove, word_count

GROUPS = [  # (words, patterns): every match of the patterns holds one of the words
    (("sign", "subscri", "register"), [
        r"(?:sign[ -]?up|subscribe|register)\b.{0,60}\b(?:newsletters?|bulletins?|briefings?|alerts|digest)\b",
        r"^[^\w\n]*(?:subscribe|log ?in|sign ?in|register)[^\w\n]*$",
        r"thank you for (?:signing up|subscribing)\b",
    ]),
    (("login", "log in"), [r"^[^\w\n]*(?:subscribe|log ?in|sign ?in|register)[^\w\n]*$"]),
    (("einloggen", "inloggen"), [r"^[^\w\n]*(?:jetzt |hier )?(?:einloggen|inloggen)[^\w\n]*$"]),
    # a newsletter's pitch: "Erhalten Sie … jeden Werktag in Ihr Postfach."
    (("postfach",), [r"^[^\w\n]*(?:erhalten sie|bekommen sie|jeden (?:morgen|abend|tag|werktag|freitag|sonntag)|"
                     r"täglich|wöchentlich|einmal (?:pro|die) woche|das wichtigste|die wichtigsten)\b.{0,120}"
                     r"\b(?:in ihr(?:em)? postfach|ins postfach|in dein(?:em)? postfach)\b"]),
    (("newsletter",), [
        r"(?:newsletters?)\b.{0,40}\b(?:sign[ -]?up|subscribe|inbox)\b",
        r"newsletter\b.{0,40}\b(?:abonnieren|bestellen|anmelden)\b", r"melden sie sich\b.{0,40}\bnewsletter\b",
        r"(?:abonnieren|bestellen) sie\b.{0,40}\bnewsletter\b", r"(?:abonniere|bestelle) (?:jetzt )?(?:unseren|den)\b.{0,30}newsletter\b",
        r"inscrivez-vous à (?:notre|la) newsletter\b", r"iscriviti alla newsletter\b",
        r"(?:zum|für den|für unseren) newsletter anmelden\b", r"newsletter\b.{0,40}\b(?:inscrivez-vous|abonnez-vous)\b",
        r"(?:inscrivez-vous|abonnez-vous|recevez) (?:à |a )?(?:notre|la|nos) newsletters?\b",
        r"(?:suscr[ií]bete|apúntate|regístrate) (?:a|en) (?:nuestra|nuestro|la|el) newsletter\b",
        r"iscriviti alla nostra newsletter\b", r"(?:meld je|schrijf je) (?:nu )?(?:aan|in) voor (?:onze|de) newsletter\b",
        r"(?:assine|receba|cadastre-se (?:na|em)|inscreva-se (?:na|em)|subscreva) (?:a |nossa |a nossa )?newsletter\b",
        r"zapisz się (?:do|na) (?:naszego |nasz )?newslett", r"^[^\w\n]*newsletters?[^\w\n]*$",
        r"^[^\w\n]*(?:weitere|alle|mehr|unsere|autres|nos|más|altre|andere|meer|outras|mais) newsletters?[^\w\n]*$",
    ]),
    (("nieuwsbrief",), [
        r"(?:meld je|schrijf je|abonneer je) (?:nu )?(?:aan |in )?(?:voor|op) (?:onze|de) (?:gratis )?nieuwsbrief\b",
    ]),
    (("boletín", "boletim"), [
        r"(?:suscr[ií]bete|apúntate|regístrate) (?:a|en) (?:nuestro|el) boletín\b",
        r"(?:assine|receba|cadastre-se (?:no|em)|inscreva-se (?:no|em)) (?:o |nosso |o nosso )?boletim\b",
    ]),
    (("inbox",), [r"(?:delivered|straight|direct(?:ly)?|sent)\b.{0,20}\bto your inbox\b", r"in your inbox\b"]),
    (("mail",), [r"^[^\w\n]*(?:enter|your) e-?mail(?: address)?[^\w\n]*$"]),
    (("agree",), [r"by (?:signing up|subscribing|clicking)\b.{0,60}\bagree\b"]),
    # the consent line under a sign-up form: "By clicking "Submit", I consent to receiving …"
    (("consent",), [r"by (?:signing up|subscribing|clicking|submitting)\b.{0,60}\bconsent\b",
                    r"^[^\w\n]*i consent to (?:receiv|the (?:processing|use|storage))"]),
    # "Mit Absendung des Formulars willige ich in die Verarbeitung … ein", "Mit dem Absenden stimme ich … zu"
    (("willige", "stimme ich"), [
        r"^[^\w\n]*mit (?:der |dem )?(?:absendung|absenden|abschicken|klick|anmeldung)\b.{0,60}"
        r"\b(?:willige|stimme) ich\b",
        r"^[^\w\n]*ich willige (?:hiermit )?ein,? dass\b",
    ]),
    (("subscri",), [
        r"unsubscribe at any time\b", r"subscribe (?:now |today )?(?:to|for) (?:read|continue|unlimited|full access|access)\b",
        r"subscribe to (?:continue|keep) reading\b", r"(?:^[^\w\n]*|\bfor |\bto )subscribers?[ -]only\b",
        r"exclusive(?:ly)? for subscribers\b",
    ]),
    (("subscri", "account"), [r"(?:already a subscriber|already have an account)\b"]),
    (("subscri", "member", "premium"), [
        r"(?:this|the) (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) "
        r"(?:subscribers|members|premium)\b",
    ]),
    (("limit",), [r"you(?:'ve| have) (?:reached|used) (?:your|all your) (?:free )?(?:article|story) limit\b"]),
    (("account",), [r"(?:create|register for) a free account\b"]),
    (("unlock",), [r"unlock (?:this|full|unlimited) (?:article|access)\b"]),
    (("support",), [r"support (?:our|independent|quality) journalism\b"]),
    (("subscri", "member", "support"), [r"become a (?:member|subscriber|supporter)\b"]),
    # German, French, Spanish, Italian, Dutch, Portuguese
    (("abonn",), [
        r"(?:jetzt|gratis) abonnieren\b", r"exklusiv für abonnenten\b", r"nur für abonnenten\b",
        r"sie sind bereits abonnent\b", r"bereits abonnent\b", r"abonnez-vous\b", r"réservé aux abonnés\b",
        r"déjà abonné\b", r"abonneer je\b",
        r"réservée aux abonnés\b", r"word (?:nu )?abonnee\b", r"ben je al (?:een )?abonnee\b", r"al abonnee\?",
        r"(?:alleen|exclusief|speciaal) voor abonnees\b", r"jetzt abonnent werden\b", r"abonnenten vorbehalten\b",
        r"(?:kun|bare|eksklusivt) for abonnenter\b",
    ]),
    (("abbonat",), [r"sei già abbonato\b", r"riservat[oa] agli abbonati\b", r"abbonati (?:ora|subito)\b"]),
    (("bereits ein", "digital-abo", "digitalabo"), [
        r"(?:sie haben|du hast) bereits ein (?:abo|abonnement|digital-abo|digitalabo)\b",
        r"(?:digital-abo|digitalabo) (?:abschließen|testen|sichern|bestellen)\b",
    ]),
    (("freischalten",), [r"^[^\w\n]*(?:artikel|beitrag|inhalt|text) (?:jetzt )?freischalten\b"]),
    (("il vous reste",), [r"il vous reste \d+ ?% de (?:cet |l'|l’)article à lire\b"]),
    (("assinante",), [
        r"(?:conteúdo )?exclusivo para assinantes\b", r"já é assinante\?", r"seja (?:um )?assinante (?:e|para)\b",
    ]),
    (("weiterlesen",), [r"weiterlesen mit\b", r"jetzt weiterlesen\b", r"^[^\w\n]*mit werbung weiterlesen\b"]),
    # "Jetzt 4 Wochen kostenlos testen", "Jetzt einen Monat für 0,99 € testen", "1 Monat gratis lesen"
    (("testen", "lesen"), [
        r"^[^\w\n]*(?:jetzt )?(?:\d+|einen|eine|ein) (?:monate?|wochen?|tage?|jahr)\b.{0,30}"
        r"(?:kostenlos|gratis|für \d|für nur|zum preis|ab \d).{0,30}(?:testen|lesen)\b[^\w\n]*$",
    ]),
    (("kündbar",), [r"^[^\w\n]*(?:jederzeit|monatlich|danach monatlich) kündbar[^\w\n]*$"]),
    (("registriert",), [r"^[^\w\n]*(?:bereits|schon) registriert\?.{0,30}(?:anmelden|einloggen)\b"]),
    (("registrieren",), [r"^[^\w\n]*jetzt (?:kostenlos |gratis )?registrieren[^\w\n]*$"]),
    (("abonnement",), [r"um (?:diesen|den|den ganzen|den vollständigen) (?:artikel|beitrag|text) (?:zu lesen|"
                       r"weiterzulesen|lesen zu können).{0,40}abonnement\b"]),
    (("plus-artikel",), [r"plus-artikel\b"]),
    (("abo abschließen",), [r"abo abschließen\b"]),
    (("suscr",), [r"suscr[ií]bete\b", r"solo para suscriptores\b", r"exclusivo para suscriptores\b",
                  r"hazte suscriptor\b", r"ya eres suscriptor\b"]),
    (("abbonati",), [r"riservato agli abbonati\b"]),
    (("subskr",), [
        r"(?:treść|artykuł|materiał|tekst) (?:jest )?dostępn[ya] (?:tylko |wyłącznie )?dla subskrybentów\b",
        r"(?:wykup|kup|zamów) subskrypcję\b", r"masz już subskrypcję\?",
    ]),
    (("assine",), [r"assine (?:já|agora)\b"]),
    # Japanese: "［有料会員限定］ この記事は会員限定です。"
    (("会員",), [r"会員限定", r"有料会員(?:の方)?(?:のみ|限定)"]),
    # Swedish, Czech
    (("prenumerant",), [r"(?:endast|bara|enbart) för prenumeranter\b", r"^[^\w\n]*bli prenumerant\b"]),
    (("předplatitel",), [r"(?:pouze|jen|výhradně|exkluzivně) pro předplatitele\b"]),
    # a donation appeal's last line: "Thank you for your support!", "Vielen Dank für Ihre Unterstützung!"
    (("support", "unterstützung", "soutien", "apoyo"), [
        r"^[^\w\n]*(?:thank you|thanks|vielen dank|danke|merci|gracias) (?:so much |beaucoup |schön )?(?:for|für|pour|por) "
        r"(?:your|all your|ihre|deine|eure|votre|ton|tu|su) (?:continued |kind |generous |fidèle )?"
        r"(?:support|unterstützung|soutien|apoyo)[^\w\n]*$"]),
]
WORDS = tuple(dict.fromkeys(w for words, _ in GROUPS for w in words))
PROMPTS = re.compile("|".join(dict.fromkeys(p for _, patterns in GROUPS for p in patterns)), re.MULTILINE)
# word -> the patterns whose matches may hold it
BY_WORD = {w: re.compile("|".join(dict.fromkeys(p for words, patterns in GROUPS if w in words for p in patterns)),
                         re.MULTILINE) for w in WORDS}


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["newsletter"],
            "description": "newsletter sign-up, subscription and paywall prompts"}


@hookimpl
def default_options():
    return {"max_words": 40, "form_pitch_words": 40}


@hookimpl
def find_edits(document, options):
    """Every line PROMPTS matches in (of at most ``max_words`` words)."""
    text, low = document.text, document.folded
    words_in = _words_in(low)
    out = []
    for start, end in sorted(words_in):
        if not any(BY_WORD[w].search(low, start, end) for w in words_in[start, end]):
            continue
        stop = end + 1 if end < len(text) else end
        if word_count(text[start:stop]) <= options["max_words"]:
            out.append(Edit(start, stop, kind="newsletter", reason="newsletter/subscription prompt",
                            rule="subscribe.prompt"))
    return out + _sign_up_forms(text, low, options)


# The hidden field of a sign-up form's spam trap ("Leave this field empty if you're human:", Mailchimp's).
HONEYPOT = "leave this field empty if you"
FIELD = re.compile(r"[^\w\n]*(?:your |ihre |deine |votre |tu )?e-?mail(?:-adresse| address|adresse)?[^\w\n]*")


# A pitch speaks to the reader.
READER = re.compile(r"\b(?:sie|ihnen|ihr|ihre|du|dich|dir|dein|deine|euch|you|your|vous|votre|vos|te|tu)\b")


def _sign_up_forms(text, low, options):
    """A sign-up form around its spam trap's line: that line, the e-mail field's label above it and
    the block right above the label, if it is a heading over a pitch or a pitch to the reader ("Sie",
    "you"), of at most ``form_pitch_words`` words."""
    out = []
    i = low.find(HONEYPOT)
    while i != -1:
        trap = line_at(text, i)
        out += remove([trap], kind="newsletter", reason="sign-up form's spam-trap field", rule="subscribe.form")
        label = _above(text, trap)
        if label is not None and FIELD.fullmatch(low, label.start, label.end):
            out += remove([label], kind="newsletter", reason="sign-up form's e-mail field", rule="subscribe.form")
            pitch, above = [], prev_line(text, label)
            if above is not None and not above.text.strip():
                above = prev_line(text, above)
            while above is not None and above.text.strip() and len(pitch) < 3:
                pitch.append(above)
                above = prev_line(text, above)
            if (pitch and (above is None or not above.text.strip())
                    and sum(word_count(l.text) for l in pitch) <= options["form_pitch_words"]
                    and (len(pitch) > 1 and not ends_sentence(pitch[-1].text.rstrip())
                         or READER.search(low, pitch[-1].start, pitch[0].end))):
                out += remove(pitch, kind="newsletter", reason="sign-up form's heading and pitch",
                              rule="subscribe.form")
        i = low.find(HONEYPOT, trap.stop)
    return out


def _above(text, line):
    """The non-blank line above ``line`` (one blank line may stand between), or None."""
    above = prev_line(text, line)
    if above is not None and not above.text.strip():
        above = prev_line(text, above)
    return above if above is not None and above.text.strip() else None


def _words_in(low: str) -> dict:
    """``{(start, end) of a line: the words it holds}`` for the lines of ``low`` holding any of WORDS."""
    return lines_holding(low, WORDS)
