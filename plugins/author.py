"""Author boxes: "About the author", "View all posts by …" and similar headers; staff bylines that name
no one ("von Redaktion XY", "By Staff Reporter", "Par la rédaction")."""
from normalizer import hookimpl
from normalizer.textutils import WS, line_edits_each, line_pattern, phrases, prefix_pattern

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

# A byline of the desk, not of a person: a lead word, a staff word and at most three more words (a site's
# name), nothing that ends a sentence.
STAFF = line_pattern([
    r"(?:by|von|par|por|di|door|av|af|a cura (?:della|di)) (?:the |die |der |unserer |unserem |la |el |a |de |our |"
    r"notre |nuestra |nuestro |nossa |onze |la nostra )?(?:[^\s.!?,;:|-]+[ -]){0,2}(?:staff|staff reporter|staff writer|"
    r"editorial (?:team|staff|board)|editors|news ?desk|newsroom|redaktion|rédaction|redacción|redaccion|redazione|"
    r"redactie|redação|redacao|redaktionen)(?:" + WS + r"+[^\s.!?,;:|]+){0,3}",
], flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["author"],
            "description": "author-box headers, 'all posts by' links and staff bylines"}


@hookimpl
def default_options():
    return {"max_words": 10}


@hookimpl
def find_edits(document, options):
    headers, links, staff = line_edits_each(document, [
        dict(pattern=HEADERS, kind="author", reason="author box header", rule="author.header"),
        dict(pattern=LINKS, kind="author", reason="link to the author's other posts", rule="author.link",
             max_words=options["max_words"]),
        dict(pattern=STAFF, kind="author", reason="staff byline naming no one", rule="author.staff_byline")],
        folded=True)
    return headers + links + staff
