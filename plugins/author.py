"""Author boxes: "About the author", "View all posts by …" and similar headers; a name over a short bio.

An author box without a header is a line that is only a name ("Jane Doe") over one block of a few
sentences (no copyright line), in the second part of the text, when the block starts with that name ("Jane Doe is a
reporter …", the only such pair: several are a list of people) or a byline elsewhere names that
person ("By Jane Doe", "von Jane Doe").
"""
import re

from normalizer import hookimpl
from normalizer.textutils import WS, ends_sentence, line_at, line_edits_each, line_pattern, next_line, phrases, prefix_pattern, \
    remove, word_count

# Lower case, matched on the lower-cased text (folded=True).
HEADERS = line_pattern(phrases(*map(str.lower, (
    "About Author", "About the Author", "About the authors", "About this author", "Author", "Authors",
    "Written by", "More from this author", "More by this author", "Author profile", "Author bio",
    "Über den Autor", "Über die Autorin", "Über die Autoren", "Zur Person", "Autor", "Autorin",
    "À propos de l'auteur", "L'auteur", "Sobre el autor", "Sobre la autora", "L'autore", "Over de auteur",
    "Sobre o autor",
    "Zum Autor", "Zur Autorin", "Mehr vom Autor", "Mehr von diesem Autor", "Mehr von der Autorin", "Autorenprofil",
    "Autoren", "À propos de l’auteur", "A propos de l'auteur", "A propos de l’auteur", "L’auteur", "Auteur",
    "Auteurs", "Acerca del autor", "Sobre los autores", "Más del autor", "Sull'autore", "Sull’autore",
    "Informazioni sull'autore", "Informazioni sull’autore", "L’autore", "Autore", "Autrice", "Over de schrijver",
    "Over de auteurs", "Sobre a autora", "Sobre os autores", "Autora", "Mais do autor",
))), flags=0)
LINKS = prefix_pattern([r"(?:view all posts by|all posts by|more articles by|more stories by|more from|"
                        r"see all articles by|alle artikel von|alle beiträge von|weitere artikel von|"
                        r"tous les articles de|más artículos de|mehr artikel von|weitere beiträge von|"
                        r"alle artikel des autors|voir tous les articles de|plus d'articles de|"
                        r"ver todos los artículos de|todos los artículos de|todas las entradas de|"
                        r"tutti gli articoli di|altri articoli di|alle artikelen van|meer artikelen van|"
                        r"bekijk alle berichten van|todos os posts de|ver todos os posts de|mais artigos de|"
                        r"todos os artigos de|ver todos os artigos de|todas as matérias de)" + WS + r"+\S"], flags=0)


# A line that is only a name: two to four capitalised words, a particle ("von", "de") between them.
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
NAME_LINE = re.compile(rf"^[ \t]*({_CAP}(?:[ \t]+(?:(?:von|van|de|der|den|di|da|du|del|dos|zu|le|la)[ \t]+)?{_CAP}){{1,3}})"
                       r"[ \t]*$", re.MULTILINE)
BYLINE = r"(?:\bvon|\bby|\bpar|\bpor|\bdoor|\bautor(?:in)?:?|\bauthor:?)[ \t]+"


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["author"],
            "description": "author-box headers and 'all posts by' links"}


@hookimpl
def default_options():
    return {"max_words": 10, "box_from": 0.4, "bio_words": 150}


@hookimpl
def find_edits(document, options):
    headers, links = line_edits_each(document, [
        dict(pattern=HEADERS, kind="author", reason="author box header", rule="author.header"),
        dict(pattern=LINKS, kind="author", reason="link to the author's other posts", rule="author.link",
             max_words=options["max_words"])], folded=True)
    return headers + links + _name_boxes(document.text, options)


def _name_boxes(text, options):
    """Edits removing the author boxes without a header (a name line over a short bio, see above)."""
    boxes = []
    for m in NAME_LINE.finditer(text, int(len(text) * options["box_from"])):
        name, line = m.group(1), line_at(text, m.start(1))
        if len(name) > 40 or any(c.isdigit() for c in name) or name.isupper():
            continue
        bio = _block_after(text, line)
        words = sum(word_count(l.text) for l in bio)
        if (not bio or not 8 <= words <= options["bio_words"] or word_count(bio[0].text) < 5
                or not any(ends_sentence(l.text.rstrip()) for l in bio) or any("©" in l.text for l in bio)):
            continue  # a bio is sentences, its first line more than a label
        bylined = re.search(BYLINE + re.escape(name) + r"\b", text[:line.start] + text[bio[-1].stop:]) is not None
        boxes.append((line, bio, bylined, bio[0].text.lstrip().startswith(name)))
    alike = sum(1 for *_, named in boxes if named)
    out = []
    for line, bio, bylined, named in boxes:
        if bylined or (named and alike == 1):
            out += remove([line, *bio], kind="author", reason="author box: a name over a short bio, "
                          + ("the byline's name" if bylined else "the bio starts with the name"), rule="author.box")
    return out


def _block_after(text, line):
    """The lines of the block after ``line`` (at most one blank line between)."""
    nxt = next_line(text, line)
    if nxt is not None and not nxt.text.strip():
        nxt = next_line(text, nxt)
    block = []
    while nxt is not None and nxt.text.strip():
        block.append(nxt)
        nxt = next_line(text, nxt)
    return block
