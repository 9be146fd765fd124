"""Photo captions and credits: "Picture: …", "Photo by X via Getty Images", "… Photo: AFP"."""
import re

from normalizer import Edit, hookimpl
from normalizer.textutils import WS, line_edits, phrases, prefix_pattern, word_count

LABELS = (  # lower case, literal
    "photo", "photos", "picture", "pictures", "pic", "image", "images", "img", "photograph", "photography",
    "credit", "credits", "image credit", "photo credit", "picture credit", "illustration", "graphic", "foto",
    "fotos", "bild", "bilder", "grafik", "bildquelle", "fotoquelle", "crédit photo", "crédits photo", "crédit",
    "légende", "imagen", "fotografía", "immagine", "afbeelding", "beeld", "pictured", "pictured above", "above",
    "top", "main image", "top image", "featured image", "caption", "bildunterschrift", "symbolbild",
    "archivbild", "archivfoto",
)
LABEL = "(?:" + "|".join(LABELS) + ")"
# Lower case, matched on the lower-cased text (folded=True).
PREFIX = prefix_pattern([LABEL + WS + r"*[:|]"] + phrases(
    "photo by", "photos by", "photograph by", "picture by", "image by", "images by", "illustration by",
    "foto von", "bild von", "photo de", "foto de", "foto di", "getty images", "photo courtesy",
    "image courtesy", "courtesy of",
), flags=0)
# Agency names as whole words; the short acronyms only in their usual capitals, so that an
# abbreviation in brackets such as "(ePA)" or "(PEPA)" is not taken for a credit.
AGENCY = (r"(?<!\w)(?:Getty(?:\s*Images)?|Reuters|Associated Press|Shutterstock|iStock(?:photo)?|Keystone|"
          r"imago(?:\s*images)?|picture(?:-|\s)alliance|Xinhua|Bloomberg|Alamy|Unsplash|Pexels|"
          r"Wikimedia(?:\s*Commons)?|(?-i:AFP|AP(?:\s*Photo)?|dpa|EPA|ANP|ANSA|SIPA|SWNS|PA(?:\s*Wire|\s*Images)?))"
          r"(?!\w)")
# Every AGENCY match holds one of these (the first ones in the lower-cased text).
AGENCY_WORDS = ("getty", "reuters", "associated press", "shutterstock", "istock", "keystone", "imago", "picture",
                "xinhua", "bloomberg", "alamy", "unsplash", "pexels", "wikimedia")
AGENCY_ACRONYMS = ("AFP", "AP", "dpa", "PA", "ANP", "ANSA", "SWNS")
# A credit at the end of a caption line: "... Photo: AFP", "(Foto: dpa)", "/ Getty Images".
SUFFIX = re.compile(
    rf"(?:{LABEL}{WS}*:{WS}*[^.!?\n]{{1,60}}|[/|©]{WS}*[^.!?\n/|]{{0,40}}{AGENCY}[^.!?\n]{{0,30}}"
    rf"|\({LABEL}{WS}*:?{WS}*[^()\n]{{1,60}}\)|\([^()\n]{{0,40}}{AGENCY}[^()\n]{{0,20}}\))"
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
    return {"max_words": 80}


@hookimpl
def find_edits(document, options):
    edits = line_edits(document, PREFIX, kind="caption", reason="caption or photo credit line",
                       rule="captions.prefix", max_words=options["max_words"], folded=True)
    # a line several rules match is removed once: the core keeps the first of overlapping edits
    return (edits + _credit_suffixes(document, options["max_words"])
            + line_edits(document, COUNTER, kind="caption", rule="captions.gallery_counter",
                         reason="photo gallery position (\"Image 1 of 23\")", folded=True))


# A credit suffix lies within the last TAIL characters of its line; SUFFIX is slow to
# search for, so cheap tests find where one can be first. The LABEL and agency
# branches hold no sentence end, and a ":" after a label or a "/", "|" or "©"
# before an agency name; the bracket branches are the line's last "(...)".
TAIL = 160
_MARK_AT_END = re.compile(r"[:/|©][^.!?\n]*$", re.MULTILINE)
_CLOSING = re.compile(rf"\){WS}*$", re.MULTILINE)


def _credit_suffixes(document, max_words):
    text, low = document.text, document.folded
    starts = {}  # line start -> where a match can start: after the last sentence end, or at the last "("
    for m in _MARK_AT_END.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        starts[start] = max(text.rfind(c, start, m.start()) for c in ".!?") + 1 or start
    for m in _CLOSING.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        paren = text.rfind("(", start, m.start())
        if paren != -1:
            starts[start] = min(starts.get(start, paren), paren)
    out = []
    for start in sorted(starts):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line, folded = text[start:end], low[start:end]
        first = max(len(line) - TAIL, starts[start] - start)
        if (_may_end_in_credit(line, folded, first) and SUFFIX.search(line, first) is not None
                and word_count(line) <= max_words):
            out.append(Edit(start, end + 1 if end < len(text) else end, kind="caption",
                            rule="captions.credit_suffix", reason="caption ending in a photo credit"))
    return out


def _may_end_in_credit(line, folded, first):
    """False when no SUFFIX match can start at or after ``first``; cheap."""
    def agency(at):
        return any(w in folded[at:] for w in AGENCY_WORDS) or any(w in line[at:] for w in AGENCY_ACRONYMS)

    paren = line.rfind("(", first)
    if paren != -1 and (folded.startswith(LABELS, paren + 1) or agency(paren)):
        return True
    colon = line.find(":", first)
    while colon != -1:
        if folded.endswith(LABELS, first, len(line[:colon].rstrip())):
            return True
        colon = line.find(":", colon + 1)
    return any(mark in line[first:] and agency(line.index(mark, first)) for mark in "/|©")
