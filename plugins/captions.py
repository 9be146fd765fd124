"""Photo captions and credits: "Picture: …", "Photo by X via Getty Images", "… Photo: AFP"."""
import re

from normalizer import hookimpl
from normalizer.textutils import WS, line_edits, phrases, prefix_pattern

LABEL = (r"(?:photo|photos|picture|pictures|pic|image|images|img|photograph|photography|credit|credits|"
         r"image credit|photo credit|picture credit|illustration|graphic|foto|fotos|bild|bilder|grafik|"
         r"bildquelle|fotoquelle|crédit photo|crédits photo|crédit|légende|imagen|fotografía|immagine|"
         r"afbeelding|beeld|pictured|pictured above|above|top|main image|top image|featured image|"
         r"caption|bildunterschrift|symbolbild|archivbild|archivfoto)")
PREFIX = prefix_pattern([LABEL + WS + r"*[:|]"] + phrases(
    "Photo by", "Photos by", "Photograph by", "Picture by", "Image by", "Images by", "Illustration by",
    "Foto von", "Bild von", "Photo de", "Foto de", "Foto di", "Getty Images", "Photo courtesy",
    "Image courtesy", "Courtesy of",
))
AGENCY = (r"(?:Getty(?:\s*Images)?|AFP|Reuters|AP(?:\s*Photo)?|Associated Press|dpa|EPA|Shutterstock|"
          r"iStock(?:photo)?|Keystone|imago(?:\s*images)?|picture(?:-|\s)alliance|Xinhua|Bloomberg|Alamy|"
          r"Unsplash|Pexels|Wikimedia(?:\s*Commons)?|ANP|ANSA|SIPA|SWNS|PA(?:\s*Wire|\s*Images)?)")
# A credit at the end of a caption line: "... Photo: AFP", "(Foto: dpa)", "/ Getty Images".
SUFFIX = re.compile(
    rf"(?:{LABEL}{WS}*:{WS}*[^.!?\n]{{1,60}}|[/|©]{WS}*[^.!?\n/|]{{0,40}}{AGENCY}[^.!?\n]{{0,30}}"
    rf"|\({LABEL}{WS}*:?{WS}*[^()\n]{{1,60}}\)|\([^()\n]{{0,40}}{AGENCY}[^()\n]{{0,20}}\))"
    rf"{WS}*$", re.IGNORECASE | re.MULTILINE)


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
                       rule="captions.prefix", max_words=options["max_words"])
    # a line both rules match is removed once: the core keeps the first of overlapping edits
    return edits + line_edits(document, SUFFIX, kind="caption", rule="captions.credit_suffix",
                              reason="caption ending in a photo credit", max_words=options["max_words"])
