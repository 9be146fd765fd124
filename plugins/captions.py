"""Photo captions and credits: "Picture: …", "Photo by X via Getty Images", "… Photo: AFP"."""
import re

from normalizer import Edit, hookimpl
from normalizer.textutils import WS, grouped, line_edits_each, phrases, prefix_pattern, word_count

LABELS = (  # lower case, literal
    "photo", "photos", "picture", "pictures", "pic", "image", "images", "img", "photograph", "photography",
    "credit", "credits", "image credit", "photo credit", "picture credit", "illustration", "graphic", "foto",
    "fotos", "bild", "bilder", "grafik", "bildquelle", "fotoquelle", "crédit photo", "crédits photo", "crédit",
    "légende", "imagen", "fotografía", "immagine", "afbeelding", "beeld", "pictured", "pictured above", "above",
    "top", "main image", "top image", "featured image", "caption", "bildunterschrift", "symbolbild",
    "archivbild", "archivfoto",
    "fotograf", "fotografin", "abbildung", "titelbild", "bildrechte", "bildnachweis", "fotonachweis",
    "photographie", "imágenes", "fotografías", "ilustración", "immagini",
    "fotografia", "crediti", "illustratie", "imagem", "imagens", "ilustração", "zdjęcie", "zdjęcia", "fot",
)
LABEL = "(?:" + "|".join(LABELS) + ")"
# Lower case, matched on the lower-cased text (folded=True).
PREFIX = prefix_pattern([LABEL + WS + r"*[:|]"] + phrases(
    "photo by", "photos by", "photograph by", "picture by", "image by", "images by", "illustration by",
    "foto von", "bild von", "photo de", "foto de", "foto di", "fotos von", "fotos de", "foto van",
    "foto's van", "getty images", "photo courtesy",
    "image courtesy", "courtesy of", "fot.",
) + [  # "Photo AFP", "Foto dpa": a label and an agency alone
    r"(?:photos?|fotos?|bild|picture|image|crédit photo)" + WS + r"+(?:afp|ap|dpa|reuters|epa|anp|ansa|efe|lusa|pap|apa|"
    r"kna|epd|belga|keystone|getty images|imago(?: images)?|picture alliance|shutterstock|istock)[^\w\n]*$"], flags=0)
# Agency names as whole words; the short acronyms only in their usual capitals, so that an
# abbreviation in brackets such as "(ePA)" or "(PEPA)" is not taken for a credit.
AGENCY = (r"(?<!\w)(?:Getty(?:\s*Images)?|Reuters|Associated Press|Shutterstock|iStock(?:photo)?|Keystone|"
          r"imago(?:\s*images)?|picture(?:-|\s)alliance|Xinhua|Bloomberg|Alamy|Unsplash|Pexels|"
          r"Wikimedia(?:\s*Commons)?|Europa\s*Press|Belga|Lusa|"
          r"(?-i:AFP|AP(?:\s*Photo)?|dpa|EPA|ANP|ANSA|SIPA|SWNS|PA(?:\s*Wire|\s*Images)?|APA|EFE|PAP|KNA|epd|LUSA|BELGA))"
          r"(?!\w)")
# Every AGENCY match holds one of these names (in the lower-cased text) or acronyms.
AGENCY_NAMES = re.compile("getty|reuters|associated press|shutterstock|istock|keystone|imago|picture|xinhua|"
                          "bloomberg|alamy|unsplash|pexels|wikimedia|europa press|belga|lusa")
AGENCY_ACRONYMS = re.compile("AFP|AP|dpa|PA|ANP|ANSA|SWNS|EFE|KNA|epd|LUSA|BELGA")
# A credit at the end of a caption line: "... Photo: AFP", "(Foto: dpa)", "/ Getty Images". "(dpa)" after a
# sentence end ("… am Montag. (dpa)") marks where a German paragraph's news came from, not a picture
# (an English caption ends in "… Ariz. (AP)" too: that one goes).
# (The labels grouped by first letter: re tries one group of them at each position, not all.)
_LABELS = "(?:" + grouped(list(LABELS), True) + ")"
SUFFIX = re.compile(
    rf"(?:{_LABELS}{WS}*:{WS}*[^.!?\n]{{1,60}}|[/|©]{WS}*[^.!?\n/|]{{0,40}}{AGENCY}[^.!?\n]{{0,30}}"
    rf"|(?<=[.!?…]{WS}){AGENCY}{WS}*/{WS}*[^.!?\n/|]{{1,40}}"
    rf"|\({_LABELS}{WS}*:?{WS}*[^()\n]{{1,60}}\)|(?:(?<![.!?…\"“”»«]{WS})(?<![.!?…\"“”»«])|(?!\((?-i:dpa)\b))\([^()\n]{{0,40}}{AGENCY}[^()\n]{{0,20}}\))"
    rf"{WS}*$", re.IGNORECASE | re.MULTILINE)

# A gallery position on a line of its own: "Image 1 of 23", "Photo 3 / 10", "Bild 2 von 5".
# Lower case, matched on the lower-cased text (folded=True).
COUNTER = re.compile(
    rf"^{WS}*(?:image|photo|picture|slide|foto|bild|imagen|immagine|afbeelding|diapositive){WS}+\d+"
    rf"{WS}*(?:of|von|de|di|sur|van|/)(?:{WS}*/)?{WS}*\d+{WS}*$", re.MULTILINE)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["caption"],
            "description": "photo captions and credit lines"}


@hookimpl
def default_options():
    return {"max_words": 80, "glued_caption_words": 25}


@hookimpl
def find_edits(document, options):
    # PREFIX and COUNTER are both line-anchored: one search finds the lines of both
    prefixed, counters = line_edits_each(document, [
        {"pattern": PREFIX, "kind": "caption", "reason": "caption or photo credit line",
         "rule": "captions.prefix", "max_words": options["max_words"]},
        {"pattern": COUNTER, "kind": "caption", "rule": "captions.gallery_counter",
         "reason": "photo gallery position (\"Image 1 of 23\")"}], folded=True)
    # a line several rules match is removed once: the core keeps the first of overlapping edits
    suffixes = _credit_suffixes(document, options["max_words"])
    text = document.text
    credits = [e for e in prefixed if word_count(text[e.start:e.end]) <= 12]  # a credit alone, not a caption
    credits += [e for e in suffixes if word_count(text[e.start:e.end]) <= 6]  # "STEPHANE DE SAKUTIN / AFP"
    return prefixed + _glued_captions(text, credits, options["glued_caption_words"]) + suffixes + counters


def _glued_captions(text, credits, max_words):
    """The caption lines that form a block of two lines with a credit line: "Foto: APA/Name" over
    "Bergretter bei einer Übung." (or under it), blank lines around the pair."""
    out = []
    for e in credits:
        above = text.rfind("\n", 0, max(e.start - 1, 0)) + 1 if e.start else e.start
        below_end = text.find("\n", e.end)
        below_end = len(text) if below_end == -1 else below_end
        pairs = []
        if e.start and above < e.start - 1 and (above < 2 or text[above - 2:above] == "\n\n" or above == 1):
            pairs.append((above, e.start, e.end == len(text) or text.startswith("\n", e.end)))  # caption over credit
        if e.end < len(text) and below_end > e.end and (e.start == 0 or text[e.start - 2:e.start] == "\n\n"):
            pairs.append((e.end, min(below_end + 1, len(text)), below_end >= len(text) or text.startswith("\n", below_end + 1)))
        for start, stop, closed in pairs:
            line = text[start:stop]
            if closed and line.strip() and word_count(line) <= max_words and not line.rstrip().endswith(":"):
                out.append(Edit(start, stop, kind="caption", rule="captions.glued_caption",
                                reason="caption glued to its credit line, the two lines standing alone"))
    return out


# A credit suffix lies within the last TAIL characters of its line. SUFFIX is slow
# to search for, so cheap tests pick the lines that may hold one first: its
# branches have a label and ":" (found from each ":"), a "/", "|" or "©" before
# an agency name, with no sentence end after it, or they are the line's last "(...)".
TAIL = 160
_MARKS_AT_END = [(mark, re.compile(rf"{re.escape(mark)}[^.!?\n]*$", re.MULTILINE)) for mark in "/|©"]
_CLOSING = re.compile(rf"\){WS}*$", re.MULTILINE)


def _credit_suffixes(document, max_words):
    text, low = document.text, document.folded
    n = len(text)

    def agency(at, end):
        return AGENCY_NAMES.search(low, at, end) or AGENCY_ACRONYMS.search(text, at, end)

    candidates = set(_colons_after_labels(low))
    for char, mark in _MARKS_AT_END:
        # the agency after the mark, or right before a "/" ("… agua. EFE/Marcial Guillén")
        first = text.find(char)  # (str.find skips to the first mark faster than re does)
        if first != -1:
            candidates.update(m.start() for m in mark.finditer(text, first) if agency(max(0, m.start() - 14), m.end()))
    first = text.find(")")
    for m in _CLOSING.finditer(text, max(first, 0)) if first != -1 else ():
        paren = text.rfind("(", text.rfind("\n", 0, m.start()) + 1, m.start())
        if paren != -1 and (low.startswith(LABELS, paren + 1) or agency(paren, m.start())):
            candidates.add(paren)
    out, last = [], -1
    for pos in sorted(candidates):  # each line once, by offsets (no Line objects)
        start = text.rfind("\n", 0, pos) + 1
        if start == last:
            continue
        last, end = start, text.find("\n", pos)
        end = n if end == -1 else end
        # SUFFIX's look-behinds take the "\n" before the line as they take the start of a string
        if SUFFIX.search(text, max(end - TAIL, start), end) is not None and word_count(text[start:end]) <= max_words:
            out.append(Edit(start, end + 1 if end < n else end, kind="caption", rule="captions.credit_suffix",
                            reason="caption ending in a photo credit"))
    return out


def _colons_after_labels(low):
    """The offsets of the ":" in ``low`` that follow a label and in-line spaces."""
    at = low.find(":")
    while at != -1:
        before = at
        while before and low[before - 1] != "\n" and low[before - 1].isspace():
            before -= 1
        if low.endswith(LABELS, 0, before):  # no label ends with a space: all of them skipped
            yield at
        at = low.find(":", at + 1)
