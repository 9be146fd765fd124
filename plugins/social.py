"""Share buttons, follow prompts and social counters ("Share on Facebook", "12K views")."""
import re

from normalizer import hookimpl
from normalizer.textutils import WS, line_pattern, lines_at, matches, next_line, phrases, prev_line, remove, word_count

PLATFORMS = (r"(?:facebook|twitter|x|instagram|linkedin|whatsapp|telegram|pinterest|reddit|youtube|tiktok|"
             r"flipboard|threads|bluesky|mastodon|xing|rss|e-?mail|messenger|snapchat|google news)")
# Lower case, matched on the lower-cased text (folded=True).
BUTTONS = line_pattern(phrases(*map(str.lower, (
    "Share", "Share this", "Share this article", "Share this story", "Share this post", "Share article",
    "Share story", "Share via", "Share on", "Tweet", "Tweet this", "Pin it", "Copy link", "Link copied",
    "Facebook", "Twitter", "Instagram", "LinkedIn", "WhatsApp", "Telegram", "Pinterest", "Reddit",
    "Flipboard", "Messenger", "Xing", "Teilen", "Artikel teilen", "Beitrag teilen", "Twittern", "Link kopieren",
    "Partager", "Partager cet article", "Compartir", "Comparte", "Condividi", "Delen", "Compartilhar",
    "Like", "Likes", "Follow", "Follow us", "Folgen", "Folgen Sie uns", "Suivez-nous", "Síguenos", "Seguici",
    "Subscribe on YouTube", "Gift this article", "Gift article", "Save", "Save article", "Saved", "Bookmark",
    "Diesen Artikel teilen", "Teile diesen Artikel", "Teilen Sie diesen Artikel", "Seite teilen", "Artikel versenden",
    "Per E-Mail versenden", "Artikel merken", "Merken", "Link kopiert", "Folge uns",
    "Partager l'article", "Partager sur", "Envoyer par e-mail", "Lien copié", "Enregistrer",
    "Compartir en", "Compartir artículo", "Comparte esta noticia", "Compartir noticia", "Copiar enlace", "Guardar",
    "Condividi l'articolo", "Condividi questo articolo", "Condividi su", "Copia link", "Salva",
    "Deel", "Deel dit artikel", "Deel op", "Link kopiëren", "Volg ons", "Bewaar",
    "Compartilhe", "Compartilhe esta notícia", "Compartilhe este artigo", "Compartilhar notícia", "Partilhar",
    "Partilhe", "Partilhe este artigo", "Copiar link", "Siga-nos", "Salvar",
))) + [rf"(?:share|teilen|partager|compartir|comparte|condividi|compartilhar|compartilhe|partilhar|partilhe|delen|deel)"
       rf"(?:{WS}+(?:on|auf|sur|en|su|via|per|par|por|no|na|op|in|über|bei|via|com))?{WS}+{PLATFORMS}",
     rf"(?:auf|bei|über|via|per){WS}+{PLATFORMS}{WS}+(?:teilen|versenden|senden|empfehlen)",
     rf"(?:follow|like|folgen sie|folge|suivez|siga|segui|síguenos|volg|sigam)\b.{{0,40}}\b(?:on|auf|sur|en|su|us on|no|na|nas|op|in|bei)"
     rf"{WS}+{PLATFORMS}",
     rf"{PLATFORMS}(?:{WS}*[|/·•,]{WS}*{PLATFORMS})+"], flags=0)
# Ambiguous single words: only when glued to another button line.
WEAK = line_pattern(phrases("x", "email", "e-mail", "mail", "print", "drucken", "imprimer", "link", "kopieren",
                            "comment", "copy", "close", "more", "mehr", "imprimir", "stampa", "afdrukken",
                            "copier", "copiar", "copia", "kopiëren"), flags=0)
COUNTER = re.compile(
    rf"^[^\w\n]*\d(?:[,.\d]*\d)?{WS}*(?:K|k|M|m|B|b|Tsd\.?|Mio\.?)?{WS}+(?:likes?|shares?|comments?|retweets?|reposts?|"
    rf"views?|followers?|reads?|reactions?|votes?|Aufrufe|Kommentare|Likes|Mal geteilt|vues|partages|"
    rf"visualizaciones|compartidos|visualizzazioni|condivisioni|Ansichten|Mal gelesen|commentaires|comentarios|"
    rf"comentários|commenti|reacties|weergaven|keer gedeeld|visualizações|compartilhamentos|curtidas|"
    rf"partilhas|me gusta|mi piace|j'aime){WS}*[^\w\n]*$", re.IGNORECASE | re.MULTILINE)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["social"],
            "description": "share and follow buttons, social counters"}


@hookimpl
def default_options():
    return {"max_words": 12}


@hookimpl
def find_edits(document, options):
    text, low = document.text, document.folded
    found = [m.start() for m in matches(document, BUTTONS, folded=True) + matches(document, COUNTER)]
    hits = {line.start: line for line in lines_at(text, found)  # line start -> line
            if len(line.text) <= 300 and word_count(line.text) <= options["max_words"]}
    buttons = set(hits)
    for start in sorted(buttons):  # weak words count only next to a real button, or below one they joined
        up = prev_line(text, hits[start])
        if up is not None and up.start not in hits and _weak(low, up):
            hits[up.start] = up
        down = next_line(text, hits[start])
        while down is not None and down.start not in buttons and _weak(low, down):
            hits[down.start] = down
            down = next_line(text, down)
    return remove([hits[s] for s in sorted(hits)], kind="social",
                  reason="share/follow button or social counter", rule="social.button")


def _weak(low, line):
    return WEAK.fullmatch(low, line.start, line.end) is not None
