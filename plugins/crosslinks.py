"""Cross-links: "→ READ. …", "Read more: …", "Lesen Sie auch: …", "click the picture to read more",
the pages of an article in several pages ("Seite 2 — Titel").

Also lines that link from a picture ("Clique na imagem e veja …") and lone link buttons ("Click here",
"Mehr anzeigen", "Zur Startseite", "Zur Bildergalerie", "Fehler melden"), in English, German, French, Spanish, Italian, Dutch, Portuguese and Polish.
A line that is only the header of a related block ("Mehr zum Thema", "Read more") is left to the
``related`` plugin, which takes it with the block's link lines (``leave_related_headers``).
"""
from normalizer import hookimpl
from normalizer.textutils import WS, line_edits_each, line_pattern, phrases, prefix_pattern

from ._related_headers import is_header

# Lower case, matched on the lower-cased text (folded=True).
LEADS = prefix_pattern([
    r"(?:read more|read also|also read|read|see also|related|more|click here|further reading|recommended|"
    r"lesen sie auch|lesen sie mehr|lesen sie dazu|lesen sie hier|mehr zum thema|mehr dazu|auch interessant|"
    r"zum thema|siehe auch|lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|leer más|"
    r"lee también|leer también|ver también|leggi anche|leggi tutto|lees ook|lees meer|leia também|"
    r"leia mais|veja também|czytaj też|czytaj także|czytaj również|czytaj więcej|przeczytaj też|przeczytaj także|"
    r"przeczytaj również|zobacz też|zobacz także|zobacz również)" + WS + r"*(?::|\||»|>|" + WS + r"[–—-]" + WS + r"|$)",
    # these also head related blocks (plugins/related.py): a lead only with the link after it
    r"(?:lesetipps?|lese-tipp|passend zum thema|ebenfalls interessant|außerdem interessant|auch lesenswert|"
    r"das könnte sie auch interessieren|lesen sie weiter|weiterlesen|"
    r"à lire également|a lire également|lire également|à voir aussi|à voir également|sur le même sujet|"
    r"pour aller plus loin|à découvrir aussi|"
    r"lea también|lee más|lea más|te puede interesar|también te puede interesar|noticia relacionada|"
    r"noticias relacionadas|"
    r"leggi pure|vedi anche|potrebbe interessarti|ti potrebbe interessare|per approfondire|"
    r"articolo correlato|articoli correlati|"
    r"lees verder|bekijk ook|zie ook|ook interessant|"
    r"leia ainda|veja mais|veja ainda|confira também|saiba mais|notícias relacionadas|"
    r"matéria relacionada|matérias relacionadas)" + WS + r"*(?::|\||»|>|" + WS + r"[–—-]" + WS + r")" + WS + r"*\S",
    # the pages of an article in several pages: "Seite 2 — Was die Stadt plant", "Page 3: The results"
    r"(?:seite|page|página|pagina|strona)" + WS + r"+\d{1,2}" + WS + r"*(?:[—–:|]|" + WS + r"-)" + WS + r"*\S",
    # arrows only: » and › open quotations in German and French
    r"(?:→|►|▶|➤|➔|>>|\+\+\+)" + WS + r"*\S",
    # a link from a picture: "Clique na imagem acima e veja …", "Klicken Sie auf das Bild, um …"
    r"(?:(?:click|tap) (?:on )?the (?:image|picture|photo|banner)|"
    r"klicken sie auf (?:das|dieses) (?:bild|foto)|zum vergrößern (?:auf das bild )?klicken|"
    r"cliquez sur (?:l'|l’|la |cette )(?:image|photo)|"
    r"(?:haz|haga) clic en (?:la|esta) (?:imagen|foto)|(?:pulsa|pincha) en (?:la|esta) (?:imagen|foto)|"
    r"clicca (?:sull'|sull’|sulla |su questa )(?:immagine|foto)|"
    r"klik op (?:de|deze) (?:afbeelding|foto)|"
    r"(?:clique|clica|toque) (?:na|nesta) (?:imagem|foto)|(?:clique|clica) e (?:veja|saiba|confira|leia|assista))\b",
], flags=0)
STANDALONE = line_pattern(phrases(*map(str.lower, (
    "Click the picture to read more", "Click here to read more", "Click here for more",
    "Continue reading", "Read the full story", "Read the full article", "Read full article",
    "Read the original article", "Read the rest of the story", "Weiterlesen", "Hier weiterlesen",
    "Mehr lesen", "Zum Artikel", "Zum vollständigen Artikel", "Lire la suite", "Lire l'article",
    "Leer más", "Seguir leyendo", "Continua a leggere", "Lees verder", "Continue a ler", "Leia mais",
    "Click to read more", "Tap to read more", "Read on", "Full story", "Click here",
    "Klicken Sie hier", "Hier klicken", "Hier lesen", "Artikel lesen", "Ganzen Artikel lesen", "Zum ganzen Artikel",
    "Mehr anzeigen", "Mehr laden", "Zur Startseite", "Zurück zur Startseite", "Zurück zur Übersicht", "Nach oben",
    "Cliquez ici", "Lire l'article complet", "Voir plus", "Afficher plus", "Retour à l'accueil",
    "Haz clic aquí", "Pincha aquí", "Leer la noticia completa", "Ver más", "Mostrar más", "Volver a la portada",
    "Clicca qui", "Leggi l'articolo completo", "Mostra altro", "Torna alla home",
    "Klik hier", "Lees het hele artikel", "Toon meer", "Terug naar home",
    "Clique aqui", "Leia a matéria completa", "Ver mais", "Mostrar mais", "Carregar mais", "Voltar ao topo",
    "Czytaj dalej", "Czytaj więcej", "Zobacz więcej", "Pokaż więcej", "Kliknij tutaj", "Wróć do strony głównej",
    # picture controls and links to a picture gallery
    "Bild vergrößern", "Foto vergrößern", "Vergrößern", "Agrandir l'image", "Ampliar imagen",
    "Ampliar foto", "Ingrandisci", "Ingrandisci immagine", "Vergroot afbeelding", "Ampliar imagem", "Powiększ",
    "View gallery", "View the gallery", "Open gallery", "See the gallery", "View all photos", "See all photos",
    "Zur Bildergalerie", "Zur Fotostrecke", "Zur Galerie", "Zur Bilderstrecke", "Alle Bilder anzeigen",
    "Voir la galerie", "Voir le diaporama", "Ver galería", "Ver la galería", "Ver fotogalería",
    "Vai alla gallery", "Guarda la gallery", "Vai alla fotogallery", "Bekijk de fotoserie", "Ver galeria",
    # error-report buttons
    "Report an error", "Report error", "Report a typo", "Report a correction", "Spotted an error?",
    "Found an error?", "Fehler gefunden? Jetzt melden.", "Fehler gefunden?", "Fehler melden",
    "Fehler entdeckt?", "Signaler une erreur", "Signaler une coquille", "Reportar un error",
    "Segnala un errore", "Fout gevonden?", "Fout melden", "Reportar erro", "Encontrou um erro?",
))), flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["crosslink"],
            "description": "'Read more'/'→ READ.' links to other articles"}


@hookimpl
def default_options():
    return {"max_words": 30, "leave_related_headers": True}


@hookimpl
def find_edits(document, options):
    standalone, leads = line_edits_each(document, [
        dict(pattern=STANDALONE, kind="crosslink", reason="link to read elsewhere", rule="crosslinks.standalone"),
        dict(pattern=LEADS, kind="crosslink", reason="cross-link line to another article", rule="crosslinks.lead",
             max_words=options["max_words"])], folded=True)
    if options["leave_related_headers"]:
        low = document.folded
        leads = [e for e in leads if not is_header(low[e.start:e.end].rstrip("\n"))]
        standalone = [e for e in standalone if not is_header(low[e.start:e.end].rstrip("\n"))]
    return standalone + leads
