"""Cross-links: "→ READ. …", "Read more: …", "Lesen Sie auch: …", "click the picture to read more"."""
from normalizer import hookimpl
from normalizer.textutils import WS, line_edits, line_pattern, phrases, prefix_pattern

# Lower case, matched on the lower-cased text (folded=True).
LEADS = prefix_pattern([
    r"(?:read more|read also|also read|read|see also|related|more|click here|further reading|recommended|"
    r"lesen sie auch|lesen sie mehr|lesen sie dazu|lesen sie hier|mehr zum thema|mehr dazu|auch interessant|"
    r"zum thema|siehe auch|lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|leer más|"
    r"lee también|leer también|ver también|leggi anche|leggi tutto|lees ook|lees meer|leia também|"
    r"leia mais|veja também)" + WS + r"*(?::|\||»|>|" + WS + r"[–—-]" + WS + r"|$)",
    # arrows only: » and › open quotations in German and French
    r"(?:→|►|▶|➤|➔|>>|\+\+\+)" + WS + r"*\S",
], flags=0)
STANDALONE = line_pattern(phrases(*map(str.lower, (
    "Click the picture to read more", "Click here to read more", "Click here for more",
    "Continue reading", "Read the full story", "Read the full article", "Read full article",
    "Read the original article", "Read the rest of the story", "Weiterlesen", "Hier weiterlesen",
    "Mehr lesen", "Zum Artikel", "Zum vollständigen Artikel", "Lire la suite", "Lire l'article",
    "Leer más", "Seguir leyendo", "Continua a leggere", "Lees verder", "Continue a ler", "Leia mais",
    "Click to read more", "Tap to read more", "Read on", "Full story",
))), flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["crosslink"],
            "description": "'Read more'/'→ READ.' links to other articles"}


@hookimpl
def default_options():
    return {"max_words": 30}


@hookimpl
def find_edits(document, options):
    edits = line_edits(document, STANDALONE, kind="crosslink", reason="link to read elsewhere",
                       rule="crosslinks.standalone", folded=True)
    return edits + line_edits(document, LEADS, kind="crosslink", rule="crosslinks.lead",
                              reason="cross-link line to another article", max_words=options["max_words"],
                              folded=True)
