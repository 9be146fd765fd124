"""Advertisement markers: lines that only say an ad sits here ("Advertisement", "Anzeige")."""
from normalizer import hookimpl
from normalizer.textutils import WS, alternation, line_edits, line_pattern, phrases

MARKERS = phrases(*map(str.lower, (
    # English
    "Advertisement", "Advertisements", "Advertising", "Advert", "Ad", "Ads", "Ads by Google",
    "Sponsored", "Sponsored content", "Sponsored links", "Promoted", "Promoted content", "Paid post",
    "Paid content", "Partner content", "Ad feedback", "Advertisement feedback",
    "Advertisement - scroll to continue", "Advertisement - Scroll to Continue",
    "Story continues below advertisement", "Article continues below advertisement",
    "Article continues below", "Story continues below", "Continue reading below",
    "Continue reading the main story", "Scroll to continue with content", "Skip advertisement",
    "Remove ads", "Ad-free", "Report this ad", "Ad loading", "Advertisement loading",
    # German, Dutch, Nordic
    "Anzeige", "Werbung", "Reklame", "Gesponsert", "Sponsored by", "Weiter nach der Anzeige",
    "Lesen Sie nach der Anzeige weiter", "Artikel wird nach der Anzeige fortgesetzt", "Advertentie",
    "Annonce", "Annons", "Mainos", "Anzeigen", "Werbeanzeige", "Gesponserter Inhalt", "Gesponserter Beitrag",
    "Bezahlter Inhalt", "Werbung / Anzeige", "Weiter nach der Werbung", "Weiterlesen nach der Anzeige",
    "Fortsetzung nach der Anzeige", "Der Artikel wird nach der Anzeige fortgesetzt",
    "Artikel wird unter der Anzeige fortgesetzt", "Gesponsord", "Gesponsorde inhoud",
    "Lees verder na de advertentie", "Het artikel gaat verder onder de advertentie",
    # Romance
    "Publicité", "Publicite", "Publicidad", "Publicidade", "Pubblicità", "Pubblicita", "Contenu sponsorisé",
    "Contenido patrocinado", "Contenuto sponsorizzato", "Continuer la lecture après la publicité",
    "Sponsorisé", "La suite après la publicité", "La suite après cette publicité", "Suite après la publicité",
    "Anuncio", "Patrocinado", "Continúa después de la publicidad", "Sigue leyendo después de la publicidad",
    "Sponsorizzato", "Continua dopo la pubblicità", "L'articolo continua dopo la pubblicità",
    "Continua a leggere dopo la pubblicità", "Anúncio", "Conteúdo patrocinado", "Continua depois da publicidade",
    "Continua após a publicidade", "Continue lendo após a publicidade",
    # Others
    "Reklama", "Reklam", "Реклама", "Διαφήμιση", "広告", "广告", "광고",
    "Artykuł sponsorowany", "Materiał sponsorowany", "Materiał partnera", "Materiał promocyjny",
    "Dalsza część artykułu pod reklamą", "Dalszy ciąg artykułu pod reklamą", "Artykuł kontynuowany pod reklamą",
    "Advertorial", "Sponsored Post", "Contenu partenaire", "Article sponsorisé", "Articolo sponsorizzato",
    "Contenido de marca", "Conteúdo de marca", "Conteúdo publicitário", "ADV", "Pub", "PUB - CONTINUE A LER A SEGUIR",
    "Continue a ler a seguir à publicidade", "Pubblicità - Continua a leggere sotto", "Continua a leggere sotto",
    "Continua a leggere sotto la pubblicità", "Continua a leggere dopo la pubblicità", "Il testo continua sotto la pubblicità",
)))
# "» Anzeige": DECOR leaves "»" and "›" out (they open quotations), but before a marker alone on its line
# they are bullets.
MARKERS += [rf"[»›]{WS}*(?:{alternation(MARKERS)})"]
# Lower case, matched on the lower-cased text (folded=True).
PATTERN = line_pattern(MARKERS, flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["advertisement"],
            "description": "lines that only mark an advertisement slot"}


@hookimpl
def default_options():
    return {"extra_markers": []}


@hookimpl
def find_edits(document, options):
    pattern = PATTERN
    if options["extra_markers"]:
        pattern = line_pattern(MARKERS + phrases(*map(str.lower, options["extra_markers"])), flags=0)
    return line_edits(document, pattern, kind="advertisement", reason="advertisement marker line",
                      rule="ads.marker", folded=True)
