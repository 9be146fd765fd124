"""Share buttons, follow prompts, feedback widgets and social counters ("Share on Facebook", "12K views",
"Fehler gefunden? Jetzt melden")."""
import re
from functools import partial

from normalizer import Edit, hookimpl
from normalizer.textutils import WS, line_pattern, matches, matches_each, phrases, prefix_pattern, word_count

PLATFORMS = (r"(?:facebook|twitter|x|instagram|linkedin|whatsapp|telegram|pinterest|reddit|youtube|tiktok|"
             r"flipboard|threads|bluesky|mastodon|xing|rss|e-?mail|messenger|snapchat|google news|google notícias|google noticias|"
             r"google actualités|google nachrichten|google notizie|google wiadomości)")
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
    "Udostępnij", "Udostępnij artykuł", "Kopiuj link", "Skopiuj link", "Obserwuj nas", "Zapisz",
    "Deel dit bericht", "Deel dit artikel", "Deel deze pagina", "Jetzt teilen", "Teile diesen Beitrag",
    # embedded posts' placeholders
    "View this post on Instagram", "Dieses Foto auf Instagram ansehen", "Diesen Beitrag auf Instagram ansehen",
    "Voir cette publication sur Instagram", "Ver esta publicación en Instagram", "Visualizza questo post su Instagram",
    "Bekijk deze foto op Instagram", "Bekijk dit bericht op Instagram", "Ver essa foto no Instagram",
    "Ver esta publicação no Instagram", "Wyświetl ten post na Instagramie", "Diesen Beitrag teilen", "Partilhe esta notícia", "Partilhe este artigo",
    "Iesaki šo rakstu", "Iesaki šo rakstu:", "Dalīties", "シェア", "シェアする", "ツイート", "このニュースをシェア", "この記事をシェア", "分享", "分享到", "分享此文",
    # feedback widgets
    "Gefällt Ihnen dieser Artikel?", "Hat Ihnen dieser Artikel gefallen?", "War dieser Artikel hilfreich?",
    "Wie gefällt Ihnen dieser Artikel?", "Was this article helpful?", "Did you find this article useful?",
    "Cet article vous a-t-il été utile ?", "Cet article vous a-t-il été utile?", "¿Te ha resultado útil esta noticia?",
    "¿Te ha gustado este artículo?", "¿Te ha parecido útil este artículo?", "Questo articolo ti è stato utile?",
    "Ti è piaciuto questo articolo?", "Was dit artikel nuttig?", "Este artigo foi útil?", "Esta notícia foi útil?",
    "Czy ten artykuł był pomocny?", "Czy ten artykuł był przydatny?", "Artikel drucken", "Beitrag drucken", "Seite drucken",
    "Print article", "Print this article", "Imprimer l'article", "Imprimer cet article", "Imprimir artículo",
    "Imprimir noticia", "Stampa l'articolo", "Stampa articolo", "Artikel afdrukken", "Imprimir artigo", "Drukuj",
))) + [rf"(?:share|teilen|partager|compartir|comparte|condividi|compartilhar|compartilhe|partilhar|partilhe|delen|deel|"
       rf"udostępnij|send|senden|versenden|envoyer|enviar|invia|inviare|verstuur|versturen|wyślij)"
       rf"(?:{WS}+(?:on|auf|sur|en|su|via|per|par|por|no|na|op|in|über|bei|via|com|by|tramite|przez|w))?{WS}+{PLATFORMS}",
     rf"(?:auf|bei|über|via|per){WS}+{PLATFORMS}{WS}+(?:teilen|versenden|senden|empfehlen)",
     rf"(?:follow|like|folgen sie|folge|suivez|siga|segui|síguenos|volg|sigam)\b.{{0,40}}\b(?:on|auf|sur|en|su|us on|no|na|nas|op|in|bei)"
     rf"{WS}+{PLATFORMS}",
     rf"{PLATFORMS}(?:{WS}*[|/·•,]{WS}*{PLATFORMS})+"], flags=0)
# Ambiguous single words: only when glued to another button line.
# "Report an error" prompts, at a line's start: "Fehler gefunden? Jetzt melden", "Signaler une erreur",
# "Found a typo?", "Select the text and press Ctrl+Enter …".
FEEDBACK = prefix_pattern([
    r"(?:report|flag) (?:an? )?(?:error|typo|mistake|correction)\b", r"(?:suggest|submit|request) a correction\b",
    r"(?:found|spotted|see|notice|noticed|spot) (?:an? )?(?:error|typo|mistake)\b.{0,40}\?",
    r"(?:(?:einen |ein )?(?:fehler|tippfehler|schreibfehler) (?:gefunden|entdeckt|gesehen|melden)\b|"
    r"(?:haben sie|hast du|sie haben|du hast) (?:einen |ein )?(?:fehler|tippfehler)\b.{0,30}(?:gefunden|entdeckt)\b)",
    r"(?:signaler une (?:erreur|faute|coquille)|vous avez (?:repéré|trouvé|vu) une (?:erreur|faute|coquille))\b",
    r"(?:¿)?(?:informar (?:de|sobre) un error|reportar (?:un )?error|notificar (?:un )?error|comunicar (?:un )?error|"
    r"(?:has|ha) (?:visto|encontrado|detectado) (?:un|algún) error|(?:viste|encontraste) (?:un|algún) error)\b",
    r"(?:segnala(?:ci)? (?:un )?errore|hai (?:trovato|notato|visto) un errore)\b",
    r"(?:(?:een )?(?:fout|tikfout|typfout) (?:gezien|gevonden|melden)|meld een (?:fout|tikfout))\b",
    r"(?:(?:reportar|comunicar|informar|notificar) (?:um )?erro|encontrou (?:um )?erro|viu (?:um )?erro)\b",
    r"(?:zgłoś błąd|(?:znalazłeś|znalazłaś|widzisz) błąd)",
    r"(?:nahlásit chybu|našli jste chybu|chyba v článku)", r"(?:rapportera (?:ett )?fel|hittat ett fel)",
    r"(?:meld (?:en )?feil|fant du en feil|ret fejl|fandt du en fejl)", r"(?:kļūda rakstā|ziņot par kļūdu)",
    # "Select the text and press Ctrl+Enter": the same prompt in every language
    r"(?:select|highlight|mark) (?:the |a |this )?(?:text|error|mistake|typo)\b.{0,30}(?:press|click|hit)\b",
    r"markieren sie (?:den |die )?(?:text|fehler|textstelle)\b.{0,30}(?:drücken|klicken)\b",
    r"sélectionnez (?:le |la |l'|un )?(?:texte|erreur|faute)\b.{0,30}(?:appuyez|cliquez)\b",
    r"(?:selecciona|seleccione|marca) (?:el |un )?(?:texto|error)\b.{0,30}(?:pulsa|presiona|haz clic)\b",
    r"seleziona (?:il |un )?(?:testo|errore)\b.{0,30}(?:premi|clicca)\b",
    r"selecteer (?:de |een )?(?:tekst|fout)\b.{0,30}(?:druk|klik)\b",
    r"(?:selecione|marque) (?:o |um )?(?:texto|erro)\b.{0,30}(?:pressione|clique|carregue)\b",
    r"zaznacz (?:tekst|fragment|błąd)\b.{0,30}(?:naciśnij|wciśnij|kliknij)\b",
    r"(?:iezīmējiet|iezīmē) tekstu\b", r"выделите (?:текст|ошибку|её|ее)\b",
], flags=0)
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
            "description": "share and follow buttons, 'report an error' prompts, social counters"}


@hookimpl
def default_options():
    return {"max_words": 12, "max_feedback_words": 30}


@hookimpl
def find_edits(document, options):
    text, low, max_words = document.text, document.folded, options["max_words"]
    buttons, feedback = matches_each(document, (BUTTONS, FEEDBACK), folded=True)
    found = [m.start() for m in buttons + matches(document, COUNTER)]
    hits = {}  # line start -> line stop, of the lines to remove
    for start, end, stop in map(partial(_line, text), found):
        if start not in hits and end - start <= 300 and word_count(text[start:end]) <= max_words:
            hits[start] = stop
    prompts = {}
    for start, end, stop in (_line(text, m.start()) for m in feedback):
        if start not in hits and word_count(text[start:end]) <= options["max_feedback_words"]:
            prompts[start] = stop
    buttons = set(hits)
    # weak words count only next to a real button, or below one they joined (the lines
    # around a button are made Line-free: most are not weak)
    for start in sorted(buttons):
        if start:
            up = text.rfind("\n", 0, start - 1) + 1
            if up not in hits and _weak(low, up, start - 1):
                hits[up] = start
        down = hits[start]
        while down < len(text) and down not in buttons:
            _, end, stop = _line(text, down)
            if not _weak(low, down, end):
                break
            hits[down] = stop
            down = stop
    return [Edit(start, hits[start], kind="social", reason="share/follow button or social counter",
                 rule="social.button") for start in sorted(hits)] + [
        Edit(start, stop, kind="social", reason="'report an error' prompt", rule="social.feedback")
        for start, stop in sorted(prompts.items()) if start not in hits]


def _line(text, pos):
    """``(start, end, stop)`` of the line holding ``pos``: its text is ``text[start:end]``,
    ``stop`` is past its newline (as :func:`normalizer.textutils.line_at`)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return (start, len(text), len(text)) if end == -1 else (start, end, end + 1)


def _weak(low, start, end):
    return WEAK.fullmatch(low, start, end) is not None
