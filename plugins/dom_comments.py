"""Comment sections (HTML), found by a class/id vocabulary.

The tokens below are matched at word boundaries of an element's class and id
(camelCase split), so ``ad`` never matches ``add``, ``adapt`` or ``header``.
An element that holds a large share of the page's prose is kept whatever its
name says.

Comment sections no class names are found by their heading: a line that is
only "Kommentare (3)", "12 Kommentare", "Leserkommentare", "3 Gedanken zu
„…“", "Comments", "Réactions (5)", "Comentarios", "Commenti", "Reacties",
"Comentários", "Leave a Reply" ... The element that starts with the heading
goes (a wrapper holding the heading and the thread), or, when the heading sits
in the article's own container after its text, the heading and everything
after it in that container (``min_text_before`` characters of text must come
before it there: a thread is never the whole container; no section heading may
follow; and under a heading without a count, such as a bare "Kommentare", the
text must look like comments: a time stamp, or no prose at all).
"""
import re

from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import attached, blocks, is_prose, remove_labelled, short_lines, vocabulary

KIND = "comments"
TOKENS = (
    'comment\\w*',
    'disqus\\w*',
    'respond',
    'reply',
    'replies',
    'discussion\\w*',
    'kommentar\\w*',
    'commentaires?',
    'comentarios?',
    'commenti',
    'reacties',
    'talk-?stream',
    'coral\\w*',
    'fb-?comments',
    'livefyre\\w*',
    'user-?comments?',
    'reader-?comments?',
    'commento',
    'reacties?-?\\w*',
    'comentario-?\\w+',
    '(?:leser|nutzer|user|reader)-?kommentar\\w*',
    'leserbriefe?',
    'komentarz\\w*',
    'reactie-?\\w+',
)
# "has-comments", "with-comments": a state of the article; "no-comments", "comments-closed" are notices
PATTERN = vocabulary(*TOKENS, states=("has", "with"), state_suffixes=False)

# Headings of a comment thread, matched on the whole (lower-cased) line without its decoration.
# Words that also head a section of an article ("Réactions", "Diskussion") count only with a number.
_THREAD = (r"(?:leser-?|user-?|reader-?)?(?:kommentare?|comments?|commentaires?|comentarios?|coment[aá]rios?|"
           r"commenti|commento|reacties|komentarze?)")
_COUNTED = r"(?:reactions|réactions|reacciones|reazioni|discussion|diskussion|leserbriefe|leserstimmen)"
HEADING = re.compile(
    r"(?:\d+\s*)?" + _THREAD + r"(?:\s*\(\d+\))?"
    r"|\d+\s*" + _COUNTED + r"|" + _COUNTED + r"\s*\(\d+\)"
    r"|\d+\s+(?:gedanken|antworten|thoughts|responses|replies|réponses|respuestas|risposte|reacties|respostas)"
    r"\s+(?:zu|on|to|à|a|op|para)\b.*"
    r"|schreiben sie einen kommentar|schreibe einen kommentar|kommentar schreiben|diskutieren sie mit|"
    r"leave a reply|leave a comment|post a comment|join the (?:conversation|discussion)|réagir|"
    r"réagir à cet article|laisser un commentaire|deja un comentario|deja una respuesta|lascia un commento|"
    r"plaats een reactie|geef een reactie|deixe um comentário|deixe seu comentário")
SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
DECORATION = " \t\u00a0:»›•·|-–—"


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": [KIND], "description": "comment sections by class/id (HTML)"}


@hookimpl
def default_options():
    # headings: comment threads found by their heading ("Kommentare (3)"), see above
    return {"max_prose_share": 0.4, "headings": True, "min_text_before": 300}


@hookimpl
def find_dom_edits(dom, options):
    out = remove_labelled(dom, PATTERN, kind=KIND, reason="comment section", rule="dom_comments.class",
                          max_prose_share=options["max_prose_share"], parts="thread")
    if options["headings"]:
        out += _headed_threads(dom, options["min_text_before"], {r.element for r in out})
    return out


STOP_TAGS = frozenset({"html", "body"})


def _headed_threads(dom, min_before, done):
    """Comment threads by their heading: the wrapper starting with it, or the heading and what
    follows it in the container holding the article's text."""
    out, covered = [], -1
    headlines = set(dom.body.iter("h1"))
    for c in short_lines(dom):
        if c.index < covered:
            continue
        line = " ".join(c.text.lower().split()).strip(DECORATION)
        if not HEADING.fullmatch(line) or not attached(dom, c.block):
            continue
        heading = _alone(dom, c)
        if heading is None or heading in done or heading in headlines:
            continue
        wrapper, el = None, heading
        while (parent := el.getparent()) is not None and parent.tag not in STOP_TAGS \
                and dom.span(parent)[0] == c.index:
            wrapper = el = parent
        if wrapper is not None and not any(h in headlines for h in wrapper.iter("h1")):
            out.append(Remove(wrapper, kind=KIND, reason=f"comment section headed '{c.text.strip()}'",
                              rule="dom_comments.heading"))
            covered = dom.span(wrapper)[1]
            continue
        parent = heading.getparent()
        if parent is None:
            continue
        before = sum(len(k.text) for k in dom.chunks(parent) if k.index < c.index)
        if before < min_before:
            continue
        tail = [heading] + [el for el in heading.itersiblings() if isinstance(el.tag, str)]
        if any(h in headlines for el in tail for h in el.iter("h1")) or _sections(dom, tail[1:]):
            continue
        if not any(ch.isdigit() for ch in line) and not _thread_like(dom, tail[1:]):
            continue  # a bare "Kommentare" over text without a comment's name and time: maybe the article's
        out += [Remove(el, kind=KIND, reason=f"comment section after its heading '{c.text.strip()}'",
                       rule="dom_comments.heading") for el in tail if dom.text_length(el)]
        covered = dom.span(parent)[1]
    return out


# A comment's time stamp: "14.03.2024 um 19:05", "19:05 Uhr", "vor 3 Stunden", "2 hours ago", "il y a 2 heures".
STAMP = re.compile(r"\b\d{1,2}[.:/]\d{2}\b|\b(?:vor|il y a|hace|fa|geleden|há)\s+\d+|\d+\s+\w+\s+(?:ago|fa|geleden|atrás)\b",
                   re.IGNORECASE)


def _thread_like(dom, elements) -> bool:
    """Whether what follows a bare heading looks like comments: a time stamp in it, or no prose at all
    (a form, a login notice)."""
    text = " ".join(dom.text(el) for el in elements)
    return bool(STAMP.search(text)) or not any(is_prose(b) for el in elements for b in blocks(dom, el))


def _sections(dom, elements) -> bool:
    """Whether a heading that does not name a comment thread follows: the article goes on
    (a thread has no section headings of its own)."""
    for el in elements:
        for h in el.iter(*SECTION_HEADINGS):
            text = " ".join(dom.text(h).lower().split()).strip(DECORATION)
            if text and not HEADING.fullmatch(text):
                return True
    return False


def _alone(dom, chunk):
    """The outermost element (from the chunk's block down) whose text is the chunk alone."""
    el, found = chunk.block, None
    n = dom.text_length(chunk.block)
    if n != len(chunk.text):
        # the chunk may sit in an inline element (<b>Kommentare</b>) inside a longer block
        return None
    while el is not None and el.tag not in STOP_TAGS and dom.text_length(el) == n:
        found, el = el, el.getparent()
    return found
