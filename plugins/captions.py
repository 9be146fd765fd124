"""Photo captions and credits: "Picture: …", "Photo by X via Getty Images", "… Photo: AFP"."""
import re

from normalizer import Edit, hookimpl
from normalizer.textutils import WS, line_edits, phrases, prefix_pattern, word_count

LABEL = (r"(?:photo|photos|picture|pictures|pic|image|images|img|photograph|photography|credit|credits|"
         r"image credit|photo credit|picture credit|illustration|graphic|foto|fotos|bild|bilder|grafik|"
         r"bildquelle|fotoquelle|crédit photo|crédits photo|crédit|légende|imagen|fotografía|immagine|"
         r"afbeelding|beeld|pictured|pictured above|above|top|main image|top image|featured image|"
         r"caption|bildunterschrift|symbolbild|archivbild|archivfoto)")
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
# A credit at the end of a caption line: "... Photo: AFP", "(Foto: dpa)", "/ Getty Images".
SUFFIX = re.compile(
    rf"(?:{LABEL}{WS}*:{WS}*[^.!?\n]{{1,60}}|[/|©]{WS}*[^.!?\n/|]{{0,40}}{AGENCY}[^.!?\n]{{0,30}}"
    rf"|\({LABEL}{WS}*:?{WS}*[^()\n]{{1,60}}\)|\([^()\n]{{0,40}}{AGENCY}[^()\n]{{0,20}}\))"
    rf"{WS}*$", re.IGNORECASE | re.MULTILINE)

# A gallery position on a line of its own: "Image 1 of 23", "Photo 3 / 10", "Bild 2 von 5".
COUNTER = re.compile(
    rf"^{WS}*(?:image|photo|picture|slide|foto|bild|imagen|immagine|afbeelding|diapositive){WS}+\d+"
    rf"{WS}*(?:of|von|de|di|sur|van|/)(?:{WS}*/)?{WS}*\d+{WS}*$", re.IGNORECASE | re.MULTILINE)


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
                         reason="photo gallery position (\"Image 1 of 23\")"))


# A credit suffix starts at one of these and lies within the last TAIL characters of its line,
# so only line tails holding one are searched (SUFFIX over whole texts is slow).
_SUFFIX_MARKS = (":", "/", "|", "©", "(")
TAIL = 160


def _credit_suffixes(document, max_words):
    out = []
    for line in document.lines:
        text = line.text
        tail = text[-TAIL:]
        if not any(m in tail for m in _SUFFIX_MARKS):
            continue
        if SUFFIX.search(text, max(0, len(text) - TAIL)) and word_count(text) <= max_words:
            out.append(Edit(line.start, line.stop, kind="caption", rule="captions.credit_suffix",
                            reason="caption ending in a photo credit"))
    return out
