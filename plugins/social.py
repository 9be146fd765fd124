"""Share buttons, follow prompts and social counters ("Share on Facebook", "12K views")."""
import re

from normalizer import hookimpl
from normalizer.textutils import WS, line_pattern, phrases, remove, word_count

PLATFORMS = (r"(?:facebook|twitter|x|instagram|linkedin|whatsapp|telegram|pinterest|reddit|youtube|tiktok|"
             r"flipboard|threads|bluesky|mastodon|xing|rss|e-?mail|messenger|snapchat|google news)")
BUTTONS = line_pattern(phrases(
    "Share", "Share this", "Share this article", "Share this story", "Share this post", "Share article",
    "Share story", "Share via", "Share on", "Tweet", "Tweet this", "Pin it", "Copy link", "Link copied",
    "Facebook", "Twitter", "Instagram", "LinkedIn", "WhatsApp", "Telegram", "Pinterest", "Reddit",
    "Flipboard", "Messenger", "Xing", "Teilen", "Artikel teilen", "Beitrag teilen", "Twittern", "Link kopieren",
    "Partager", "Partager cet article", "Compartir", "Comparte", "Condividi", "Delen", "Compartilhar",
    "Like", "Likes", "Follow", "Follow us", "Folgen", "Folgen Sie uns", "Suivez-nous", "Síguenos", "Seguici",
    "Subscribe on YouTube", "Gift this article", "Gift article", "Save", "Save article", "Saved", "Bookmark",
) + [rf"(?:share|teilen|partager|compartir|condividi)(?:{WS}+(?:on|auf|sur|en|su))?{WS}+{PLATFORMS}",
     rf"(?:follow|like|folgen sie|folge|suivez|siga|segui)\b.{{0,40}}\b(?:on|auf|sur|en|su|us on){WS}+{PLATFORMS}",
     rf"{PLATFORMS}(?:{WS}*[|/·•,]{WS}*{PLATFORMS})+"])
# Ambiguous single words: only when glued to another button line.
WEAK = line_pattern(phrases("X", "Email", "E-Mail", "Mail", "Print", "Drucken", "Imprimer", "Link", "Kopieren",
                            "Comment", "Copy", "Close", "More", "Mehr"))
COUNTER = re.compile(
    rf"^[^\w\n]*\d(?:[,.\d]*\d)?{WS}*(?:K|k|M|m|B|b|Tsd\.?|Mio\.?)?{WS}+(?:likes?|shares?|comments?|retweets?|reposts?|"
    rf"views?|followers?|reads?|reactions?|votes?|Aufrufe|Kommentare|Likes|Mal geteilt|vues|partages|"
    rf"visualizaciones|compartidos|visualizzazioni|condivisioni){WS}*[^\w\n]*$", re.IGNORECASE | re.MULTILINE)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["social"],
            "description": "share and follow buttons, social counters"}


@hookimpl
def default_options():
    return {"max_words": 12}


@hookimpl
def find_edits(document, options):
    lines = document.lines
    hits = set()
    for line in lines:
        if line.blank or len(line.text) > 300:
            continue
        if ((BUTTONS.fullmatch(line.text) or COUNTER.match(line.text))
                and word_count(line.text) <= options["max_words"]):
            hits.add(line.number)
    for line in lines:  # weak words count only next to a real button
        if line.number not in hits and WEAK.fullmatch(line.text):
            if {line.number - 1, line.number + 1} & hits:
                hits.add(line.number)
    return remove([lines[i] for i in sorted(hits)], kind="social",
                  reason="share/follow button or social counter", rule="social.button")
