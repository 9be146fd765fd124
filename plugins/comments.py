"""Comment widgets: "Leave a Reply", comment forms, "Comments are closed.", comment-policy notices
("Kommentare werden moderiert"), trailing counters."""
import re

from normalizer import hookimpl
from normalizer.fastre import lines_holding
from normalizer.textutils import (WS, line_at, line_pattern, lines_at, matches_each, next_line, phrases, prefix_pattern,
                                  remove, word_count)

# Lower case, matched on the lower-cased text (folded=True).
HEADERS = line_pattern(phrases(*map(str.lower, (
    "Leave a Reply", "Leave a comment", "Leave a Reply Cancel reply", "Comments are closed",
    "Comments are closed.", "Comments", "Comment", "Post a comment", "Add a comment", "Add comment",
    "Show comments", "View comments", "Load comments", "Hide comments", "Join the conversation",
    "Join the discussion", "No comments yet", "Be the first to comment", "Write a comment",
    "Comments for this thread are now closed", "Commenting is closed", "Discussion",
    "Kommentare", "Kommentar", "Kommentar schreiben", "Kommentieren", "Kommentare anzeigen",
    "Kommentare lesen", "Diskutieren Sie mit", "Leserkommentare", "Commentaires", "Laisser un commentaire",
    "Réagir", "Comentarios", "Deja un comentario", "Deja una respuesta", "Commenti", "Lascia un commento",
    "Reacties", "Reageer", "Comentários", "Deixe um comentário",
    "Kommentar verfassen", "Kommentar hinzufügen", "Jetzt kommentieren", "Schreiben Sie einen Kommentar",
    "Schreibe einen Kommentar", "Keine Kommentare", "Noch keine Kommentare", "Kommentare sind geschlossen",
    "Die Kommentarfunktion ist geschlossen", "Kommentarfunktion geschlossen", "Diskussion",
    "Commentaire", "Ajouter un commentaire", "Écrire un commentaire", "Réagir à cet article",
    "Les commentaires sont fermés", "Laisser une réponse", "Aucun commentaire", "Commenter",
    "Comentario", "Comentar", "Deja tu comentario", "Escribe un comentario", "Añadir comentario",
    "Los comentarios están cerrados", "Sin comentarios",
    "Commento", "Commenta", "Aggiungi un commento", "Scrivi un commento", "I commenti sono chiusi",
    "Lascia una risposta", "Nessun commento",
    "Reactie", "Reageren", "Plaats een reactie", "Laat een reactie achter", "Geef een reactie",
    "Reacties zijn gesloten", "Er zijn nog geen reacties",
    "Comentário", "Deixe seu comentário", "Deixe o seu comentário", "Deixe uma resposta",
    "Escreva um comentário", "Adicionar comentário", "Os comentários estão fechados", "Comentários encerrados",
    "Nenhum comentário",
    "Komentarze", "Komentarz", "Dodaj komentarz", "Skomentuj", "Brak komentarzy", "Napisz komentarz",
    "Pokaż komentarze", "Kommentare lesen", "Zu den Kommentaren", "Leserkommentar schreiben", "Lesermeinungen",
))) + [r"\d+" + WS + r"*(?:comments?|kommentare?|commentaires?|comentarios?|coment[aá]rios?|commenti|commento|"
       r"reacties|reactie|komentarz[ey]?|komentarzy)",
     r"(?:comments?|kommentare?|commentaires?|comentarios?|coment[aá]rios?|commenti|reacties|komentarze)" + WS
     + r"*\(\d+\)"],
    flags=0)
FORM = line_pattern(phrases(*map(str.lower, (
    "Your email address will not be published.", "Your email address will not be published",
    "Required fields are marked *", "Required fields are marked", "Cancel reply", "Post Comment",
    "Submit Comment", "Name *", "Email *", "Website", "Name", "Email", "Comment *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Notify me of follow-up comments by email.", "Notify me of new posts by email.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "You must be logged in to post a comment.", "Log in to comment", "Sign in to comment",
    "You must log in to post a comment.", "You must be logged in to comment.", "You must log in to comment.",
    "Du musst angemeldet sein, um einen Kommentar abzugeben.", "Sie müssen angemeldet sein, um einen Kommentar abzugeben.",
    "Vous devez être connecté pour publier un commentaire.", "Debes iniciar sesión para publicar un comentario.",
    "Devi essere connesso per inviare un commento.", "Je moet ingelogd zijn om een reactie te plaatsen.",
    "Você precisa fazer o login para publicar um comentário.",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Erforderliche Felder sind mit * markiert",
    "Kommentar abschicken", "Votre adresse e-mail ne sera pas publiée.",
    "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Die E-Mail-Adresse wird nicht veröffentlicht.",
    "Pflichtfelder sind mit * markiert", "Name (erforderlich)", "E-Mail (wird nicht veröffentlicht)",
    "Kommentar absenden", "Antworten abbrechen", "Antwort abbrechen",
    "Benachrichtige mich über nachfolgende Kommentare via E-Mail.", "Benachrichtige mich über neue Beiträge via E-Mail.",
    "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.",
    "Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.",
    "Erforderliche Felder sind markiert *", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert *",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
    "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
    "Les champs obligatoires sont indiqués avec *", "Annuler la réponse", "Laisser un commentaire",
    "Publier le commentaire", "Nom *", "E-mail *", "Site web", "Commentaire *",
    "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
    "Tu dirección de correo electrónico no será publicada.", "Los campos obligatorios están marcados con *",
    "Cancelar respuesta", "Publicar el comentario", "Publicar comentario", "Nombre *", "Correo electrónico *",
    "Comentario *", "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
    "Il tuo indirizzo email non sarà pubblicato.", "I campi obbligatori sono contrassegnati *",
    "Annulla risposta", "Invia commento", "Pubblica il commento", "Nome *", "Sito web", "Commento *",
    "Je e-mailadres wordt niet gepubliceerd.", "Vereiste velden zijn gemarkeerd met *", "Reactie annuleren",
    "Reactie plaatsen", "Naam *", "Reactie *",
    "O seu endereço de e-mail não será publicado.", "O seu endereço de email não será publicado.",
    "Seu endereço de e-mail não será publicado.", "Seu endereço de email não será publicado.",
    "Campos obrigatórios são marcados com *", "Cancelar resposta", "Publicar comentário", "Comentário *",
))) + [
    # "Bitte melden Sie sich an, um zu kommentieren.", "Connectez-vous pour commenter"
    r"(?:bitte )?(?:melden sie sich an|melde dich an|loggen sie sich ein|logge dich ein|registrieren sie sich|"
    r"sie müssen (?:angemeldet|eingeloggt|registriert) sein|du musst (?:angemeldet|eingeloggt) sein)"
    r",? um (?:zu kommentieren|einen kommentar|kommentare|mitzudiskutieren)[^\n]{0,40}",
    r"(?:connectez-vous|identifiez-vous|inscrivez-vous) pour (?:commenter|réagir|laisser un commentaire)[^\n]{0,40}",
    r"(?:para comentar debes estar registrado|inicia sesión para comentar|regístrate para comentar)[^\n]{0,40}",
    r"(?:accedi|registrati) per commentare[^\n]{0,40}", r"(?:log in|meld je aan) om te reageren[^\n]{0,40}",
    r"(?:faça login|entre|cadastre-se) para comentar[^\n]{0,40}", r"zaloguj się,? aby (?:skomentować|dodać komentarz)[^\n]{0,40}",
    # moderation notices: "ATENÇÃO: Comentários com textos ininteligíveis … não serão aprovados pelo moderador."
    r"(?:atenção|aviso|importante|nota|observação|hinweis|achtung|wichtig|attention|avis|atención|attenzione|"
    r"avviso|let op|opgelet)" + WS + r"*:[^\n]{0,200}(?:comentário|kommentar|commentaire|comentario|commento|"
    r"reactie)[^\n]{0,200}(?:moder|aprovad|aprobad|approuv|approvat|freigeschalt|freigegeben|publicad|"
    r"veröffentlicht|publié|pubblicat|gepubliceerd|excluíd|removid|gelöscht|supprim|eliminad|rimoss|verwijderd)"
    r"[^\n]{0,200}",
], flags=0)
COUNTER = re.compile(rf"^{WS}*\d{{1,5}}{WS}*$")
# Comment-policy and moderation notices ("Kommentare werden moderiert", "Los comentarios están sujetos a
# moderación", "Wir behalten uns vor, Kommentare zu löschen"). Lower case. POLICY at a line start, as a notice
# opens; RESERVED anywhere in a line ("X se reserva el derecho de eliminar cualquier comentario"), looked for
# only on a page with a comment widget, in the lines holding one of RESERVED_WORDS (the first-person forms,
# "Wir behalten uns vor", "Wij behouden ons het recht voor", open a line: in POLICY).
_C = (r"(?:comments?|kommentare?|kommentarer|commentaires?|comentarios?|comentários?|commenti|reacties|"
      r"komentarze|komentáře)")
_RESERVE = (r"(?:reserve the right to|behalten uns (?:das recht )?vor,?|behält sich (?:das recht )?vor,?|"
            r"nous réservons le droit de|se réserve le droit de|se reserva el derecho (?:a|de)|"
            r"nos reservamos el derecho (?:a|de)|si riserva il diritto di|ci riserviamo il diritto di|"
            r"behouden ons het recht voor om|reserva-se o direito de) "
            r"(?:\w+ ){0,3}?(?:\w+ )?(?:any |all |cualquier |todo |tout |qualsiasi |alle |die |los |les |i |os |ogni )?"
            + _C)
POLICY = prefix_pattern([
    # "Comments are moderated", "Alle Kommentare werden vor der Veröffentlichung geprüft"
    r"(?:all |alle |tous les |todos los |tutti i |todos os |wszystkie )?(?:the |die |les |los |i |de |os )?"
    + _C + r" (?:are|will be|is|may be|werden|wird|sind|sont|seront|est|están|son|serán|está|sono|saranno|worden|"
    r"zijn|são|serão|będą|są|modereras|modereres|jsou)(?: \w+){0,6}? (?:moderated|moderiert|modérés|"
    r"moderados|moderadas|moderati|gemodereerd|moderowane|moderovány|reviewed|checked|screened|geprüft|"
    r"freigeschaltet|sujetos a moderación|soggetti a moderazione|sujeitos a moderação|revisados|vérifiés)\b",
    r"(?:we|wir) (?:moderate|moderieren|prüfen) (?:all |alle |die )?" + _C + r"\b",
    # a comment form's answer: "Your comment is awaiting moderation.", "Ihr Kommentar wartet auf Freischaltung."
    r"(?:your|ihr|dein|votre|ton|tu|su|il tuo|je|uw|o seu|seu|twój) (?:comment|kommentar|commentaire|comentario|"
    r"commento|reactie|comentário|komentarz) (?:is |wartet |est |está |è |wacht |aguarda |czeka )?(?:awaiting moderation|"
    r"auf (?:freischaltung|freigabe|moderation)|muss (?:noch )?freigegeben werden|wird (?:nach prüfung |vor der "
    r"veröffentlichung )?(?:geprüft|freigeschaltet|moderiert)|en attente de modération|pendiente de moderación|"
    r"in attesa di moderazione|op moderatie|op goedkeuring|moderação|aguardando moderação|na moderację)",
    r"(?:we|wir|nous|nos|ci|wij) " + _RESERVE,
    # "Comments reflect the opinions of their authors, not of …", "Die Kommentare geben nicht die Meinung …"
    r"(?:the |die |les |los |el contenido de los |i |de |os |o conteúdo dos )?" + _C + r" (?:reflect|represent|"
    r"are the (?:opinions?|views?)|do not (?:necessarily )?reflect|geben (?:nicht |ausschließlich )?die meinung|"
    r"spiegeln (?:nicht )?die meinung|n'engagent que|ne reflètent pas|es (?:la )?opinión|son (?:la )?opinión|"
    r"reflejan (?:la )?opinión|no reflejan|non riflettono|rappresentano (?:le |l')?opinion|weerspiegelen|"
    r"(?:não )?(?:refletem|representam) (?:a )?opini)",
    r"(?:the )?(?:views|opinions) expressed in (?:the |these |our )?" + _C + r"\b",
    # "No está permitido verter comentarios …", "Comments that … will be removed"
    r"no (?:está|esta|estará|se) permitid[oa]s? (?:\w+ ){0,2}" + _C + r"\b",
    _C + r",? (?:that|which|containing|die|welche|qui|que|che|met) .{0,100}\b(?:will be|may be|are|werden|seront|"
    r"serán|serão|saranno|worden) (?:\w+ )?(?:removed|deleted|gelöscht|entfernt|supprimés|eliminados|borrados|"
    r"excluídos|removidos|rimossi|cancellati|verwijderd)\b",
    # "Please read our comment guidelines", "Bitte beachten Sie unsere Netiquette"
    r"(?:please )?(?:read|see|review) our (?:comment(?:ing)?|community|discussion) (?:guidelines|policy|rules)\b",
    r"(?:bitte )?(?:beachten sie|lesen sie|beachte) (?:unsere|die) (?:netiquette|kommentarrichtlinien|"
    r"diskussionsregeln|kommentarregeln)\b",
    # Arabic: "The opinions below do not reflect …"
    r"(?:الآراء|التعليقات) الواردة (?:أدناه|هنا)",
], flags=0)
# Arabic: "… reviewing the comments before publishing them"
RESERVED = re.compile(_RESERVE + r"|التعليقات قبل نشرها")
RESERVED_WORDS = ("reserv", "réserv", "riserv", "behält sich", "قبل نشرها")
HOLDS_COMMENT = re.compile(_C)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["comments"],
            "description": "comment headers, comment forms, comment-policy notices and trailing comment counters"}


@hookimpl
def default_options():
    return {"max_form_words": 8, "max_policy_words": 60}


@hookimpl
def find_edits(document, options):
    text, low = document.text, document.folded
    headers, forms, policy = ({m.start() for m in found}
                              for found in matches_each(document, (HEADERS, FORM, POLICY), folded=True))
    out = []
    walked = -1  # the widget after a header was followed up to here
    for line in lines_at(text, headers | forms):
        if line.start <= walked:
            continue
        if line.start in forms and line.start not in headers:  # outside a widget: a form line of some length
            if word_count(line.text) > 2:
                out += remove([line], kind="comments", reason="comment form line", rule="comments.form")
            continue
        while line is not None:  # the widget: its header, then form lines and counters
            if line.blank:
                pass
            elif HEADERS.fullmatch(low, line.start, line.end):
                out += remove([line], kind="comments", reason="comment section header", rule="comments.header")
            elif FORM.fullmatch(low, line.start, line.end):
                out += remove([line], kind="comments", reason="comment form line", rule="comments.form")
            elif COUNTER.match(line.text):
                out += remove([line], kind="comments", reason="comment counter", rule="comments.counter")
            elif word_count(line.text) > options["max_form_words"]:
                break
            walked = line.start
            line = next_line(text, line)
        walked = len(text) if line is None else line.start
    end = len(text.rstrip())
    if end:
        last = line_at(text, end - 1)
        if COUNTER.match(last.text) and not any(e.start == last.start for e in out):
            out += remove([last], kind="comments", reason="trailing comment/share counter at the end",
                          rule="comments.trailing_counter")
    return out + _policy(document, policy, bool(headers or forms or policy), {e.start for e in out},
                         options["max_policy_words"])


def _policy(document, starts, widget, taken, max_words):
    """The comment-policy notices: the lines starting at ``starts`` (POLICY's), those RESERVED matches in on a
    page with a comment ``widget``, and the lines glued under one of them that hold a comment word (a notice of
    several sentences, one a line)."""
    text, low = document.text, document.folded
    starts = set(starts)
    if widget:
        starts.update(start for start, end in lines_holding(low, RESERVED_WORDS) if RESERVED.search(low, start, end))
    out, walked = [], -1
    for line in lines_at(text, starts):
        if line.start <= walked:
            continue
        while line is not None and not line.blank and line.start not in taken and (
                line.start in starts or HOLDS_COMMENT.search(low, line.start, line.end)):
            if word_count(line.text) > max_words:
                break
            out += remove([line], kind="comments", reason="comment-policy notice", rule="comments.policy")
            walked = line.start
            line = next_line(text, line)
    return out
