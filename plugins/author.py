"""Author boxes: "About the author", "View all posts by …" and similar headers."""
from normalizer import hookimpl
from normalizer.textutils import WS, line_edits, line_pattern, phrases, prefix_pattern

# Lower case, matched on the lower-cased text (folded=True).
HEADERS = line_pattern(phrases(*map(str.lower, (
    "About Author", "About the Author", "About the authors", "About this author", "Author", "Authors",
    "Written by", "More from this author", "More by this author", "Author profile", "Author bio",
    "Über den Autor", "Über die Autorin", "Über die Autoren", "Zur Person", "Autor", "Autorin",
    "À propos de l'auteur", "L'auteur", "Sobre el autor", "Sobre la autora", "L'autore", "Over de auteur",
    "Sobre o autor",
))), flags=0)
LINKS = prefix_pattern([r"(?:view all posts by|all posts by|more articles by|more stories by|more from|"
                        r"see all articles by|alle artikel von|alle beiträge von|weitere artikel von|"
                        r"tous les articles de|más artículos de)" + WS + r"+\S"], flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["author"],
            "description": "author-box headers and 'all posts by' links"}


@hookimpl
def default_options():
    return {"max_words": 10}


@hookimpl
def find_edits(document, options):
    edits = line_edits(document, HEADERS, kind="author", reason="author box header", rule="author.header",
                       folded=True)
    return edits + line_edits(document, LINKS, kind="author", reason="link to the author's other posts",
                              rule="author.link", max_words=options["max_words"], folded=True)
