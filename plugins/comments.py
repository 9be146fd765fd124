"""Comment widgets: "Leave a Reply", comment forms, "Comments are closed.", trailing counters."""
import re

from normalizer import hookimpl
from normalizer.textutils import WS, line_pattern, phrases, remove, word_count

HEADERS = line_pattern(phrases(
    "Leave a Reply", "Leave a comment", "Leave a Reply Cancel reply", "Comments are closed",
    "Comments are closed.", "Comments", "Comment", "Post a comment", "Add a comment", "Add comment",
    "Show comments", "View comments", "Load comments", "Hide comments", "Join the conversation",
    "Join the discussion", "No comments yet", "Be the first to comment", "Write a comment",
    "Comments for this thread are now closed", "Commenting is closed", "Discussion",
    "Kommentare", "Kommentar", "Kommentar schreiben", "Kommentieren", "Kommentare anzeigen",
    "Kommentare lesen", "Diskutieren Sie mit", "Leserkommentare", "Commentaires", "Laisser un commentaire",
    "Réagir", "Comentarios", "Deja un comentario", "Deja una respuesta", "Commenti", "Lascia un commento",
    "Reacties", "Reageer", "Comentários", "Deixe um comentário",
) + [r"\d+" + WS + r"*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)",
     r"(?:comments?|kommentare?)" + WS + r"*\(\d+\)"])
FORM = line_pattern(phrases(
    "Your email address will not be published.", "Your email address will not be published",
    "Required fields are marked *", "Required fields are marked", "Cancel reply", "Post Comment",
    "Submit Comment", "Name *", "Email *", "Website", "Name", "Email", "Comment *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Notify me of follow-up comments by email.", "Notify me of new posts by email.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "You must be logged in to post a comment.", "Log in to comment", "Sign in to comment",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Erforderliche Felder sind mit * markiert",
    "Kommentar abschicken", "Votre adresse e-mail ne sera pas publiée.",
))
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
    lines = document.lines
    out = []
    in_widget = False
    for line in lines:
        if line.blank:
            continue
        if HEADERS.fullmatch(line.text):
            out += remove([line], kind="comments", reason="comment section header", rule="comments.header")
            in_widget = True
        elif FORM.fullmatch(line.text) and (in_widget or word_count(line.text) > 2):
            out += remove([line], kind="comments", reason="comment form line", rule="comments.form")
        elif in_widget and COUNTER.match(line.text):
            out += remove([line], kind="comments", reason="comment counter", rule="comments.counter")
        else:
            in_widget = in_widget and word_count(line.text) <= options["max_form_words"]
    last = next((l for l in reversed(lines) if not l.blank), None)
    if last is not None and COUNTER.match(last.text) and not any(e.start == last.start for e in out):
        out += remove([last], kind="comments", reason="trailing comment/share counter at the end",
                      rule="comments.trailing_counter")
    return out
