"""Comment widgets: "Leave a Reply", comment forms, "Comments are closed.", trailing counters."""
import re

from normalizer import hookimpl
from normalizer.textutils import WS, line_at, line_pattern, lines_at, matches_each, next_line, phrases, remove, word_count

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


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["comments"],
            "description": "comment headers, comment forms and trailing comment counters"}


@hookimpl
def default_options():
    return {"max_form_words": 8}


@hookimpl
def find_edits(document, options):
    text, low = document.text, document.folded
    headers, forms = ({m.start() for m in found} for found in matches_each(document, (HEADERS, FORM), folded=True))
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
    return out
