"""Article extraction from HTML pages of German, French, Spanish, Italian, Dutch and Portuguese
sites nobody wrote a plugin for: held-out probe pages scored with the benchmark's metric, and one
test per DOM rule made for them, with lookalikes showing that article text stays."""
import sys
from pathlib import Path

import pytest

from normalizer.config import load_config
from normalizer.inputs import html_document
from normalizer.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
PROBES = Path(__file__).parent / "fixtures" / "multilingual_html"
sys.path.insert(0, str(ROOT / "benchmarks"))
from metric import score  # noqa: E402


@pytest.fixture(scope="module")
def body_only():
    return Pipeline(load_config(overrides={"normalizer": {"body_only": True}}))


def _probes():
    return sorted(PROBES.glob("*.html"))


def _run(pipeline, html: str | bytes, name="page.html"):
    data = html.encode() if isinstance(html, str) else html
    return pipeline.run(html_document(data, source=name))


def _scores(pipeline):
    pairs = [(_run(pipeline, p.read_bytes(), p.name).text, p.with_suffix(".clean.txt").read_text(encoding="utf-8"))
             for p in _probes()]
    return score(pairs, bootstrap=0)


def test_the_probe_pages_are_many_languages_with_their_article_bodies():
    names = [p.stem for p in _probes()]
    assert len(names) >= 10 and sum(n.startswith("de_") for n in names) >= 5
    assert {n[:2] for n in names} >= {"de", "fr", "es", "it", "nl", "pt"}
    for p in _probes():
        assert p.with_suffix(".clean.txt").read_text(encoding="utf-8").strip()


# The 21 probe pages (12 German; fr, es, it, nl, pt, pl) scored against their article bodies
# (benchmarks/metric.py; the references exclude headline and deck, as the bench's do). Before the DOM
# rules made for them (main at deef7e6): default F1 0.836 (P 0.733 / R 0.973), --body-only 0.863
# (P 0.776 / R 0.973), nine pages under 0.9 (classless comment threads, a related box cutting a list
# article short, teaser grids kept as the body's continuation, a short item above teasers left uncut
# as "not an article"). After: default 0.948 (P 0.900 / R 1.000), --body-only 0.979 (P 0.959 / R 1.000);
# the pages still under 0.95 keep a deck inside the article container (references exclude it; the
# bench's references disagree among themselves) or a byline line the text stage does not know.
def test_the_probe_pages_score_well_in_both_modes(pipeline, body_only):
    default = _scores(pipeline)
    assert default["f1"] >= 0.93 and default["recall"] >= 0.99, default
    body = _scores(body_only)
    assert body["f1"] >= 0.96 and body["recall"] >= 0.99, body


@pytest.mark.parametrize("page", [p.stem for p in _probes()])
def test_no_probe_page_loses_article_text_or_keeps_much_noise(body_only, page):
    path = PROBES / f"{page}.html"
    result = _run(body_only, path.read_bytes(), path.name)
    s = score([(result.text, path.with_suffix(".clean.txt").read_text(encoding="utf-8"))], bootstrap=0)
    assert s["recall"] >= 0.99 and s["f1"] >= 0.9, (page, s)


DE_PROSE = ("Der Gemeinderat hat am Donnerstag den Neubau der Grundschule beschlossen. Die Arbeiten sollen im "
            "Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung am Abend mit.")


def _article(inner: str, after: str = "") -> str:
    return (f"<html><head><title>Neubau der Grundschule</title></head><body>"
            f"<div class='artikel'><h1>Neubau der Grundschule beschlossen</h1>"
            f"<p>{DE_PROSE}</p><p>{DE_PROSE.replace('Donnerstag', 'Mittwoch')}</p>{inner}"
            f"<p>{DE_PROSE.replace('Gemeinderat', 'Kreistag')}</p></div>{after}</body></html>")


@pytest.mark.parametrize("box", [
    "<div class='teaser-inline'><span>Lesen Sie auch</span> <a href='/a'>Freibad öffnet zwei Wochen früher</a></div>",
    "<div class='box'><div>Auch interessant:</div><a href='/a'><div>Hochbeet auf dem Balkon: Das müssen Sie beachten</div></a></div>",
    "<p><strong>Lire aussi</strong> <a href='/a'>Cantine : le prix du repas augmente</a></p>",
    "<div><h4>Mehr zum Thema</h4><ul><li><a href='/a'>Heizungsgesetz: Was jetzt gilt</a></li>"
    "<li><a href='/b'>Wärmepumpe: So viel Förderung gibt es</a></li></ul></div>",
    "<h4>Leggi anche</h4><div><a href='/a'>Musei gratis la prima domenica del mese</a></div>",
])
def test_a_box_of_links_headed_by_a_related_phrase_goes_with_its_label(pipeline, box):
    text = _run(pipeline, _article(box)).text
    assert "Kreistag" in text and "Mittwoch" in text, "the article around the box stays"
    for gone in ("Lesen Sie auch", "Freibad", "Auch interessant", "Hochbeet", "Lire aussi", "Cantine",
                 "Mehr zum Thema", "Heizungsgesetz", "Leggi anche", "Musei"):
        assert gone not in text, gone


def test_a_related_phrase_opening_prose_or_a_long_box_stays(pipeline):
    sentence = ("Lesen Sie auch das Protokoll der Sitzung: Die Verwaltung hat es auf ihrer Internetseite "
                "veröffentlicht, zusammen mit den Plänen des Architekten.")
    text = _run(pipeline, _article(f"<p>{sentence}</p>")).text
    assert sentence in text
    # a header whose element holds prose with a link in it is article text too
    prose = (f"<div><p>Mehr zum Thema</p><p>Die Schule bekommt eine <a href='/mensa'>Mensa</a> und eine "
             f"Turnhalle, die auch Vereine am Abend nutzen dürfen. {DE_PROSE}</p></div>")
    text = _run(pipeline, _article(prose)).text
    assert "die auch Vereine am Abend nutzen dürfen" in text


def test_a_classless_comment_thread_after_its_heading_goes(pipeline):
    thread = ("<h3>Kommentare (2)</h3><div><p><b>Klaus W.</b> schrieb am 03.09.2024:</p><p>Das wird auch Zeit. "
              "Wer hier mit dem Rad zur Arbeit fährt, braucht starke Nerven, und die Stadt hat jahrelang nichts "
              "getan.</p></div><div><p><b>Monika</b> schrieb am 03.09.2024:</p><p>Und wo sollen die Autos hin? "
              "Schon jetzt ist die Straße im Berufsverkehr dicht, das hat sich niemand richtig überlegt.</p></div>")
    page = _article("").replace("</div></body>", thread + "</div></body>")
    text = _run(pipeline, page).text
    assert "Kreistag" in text
    for gone in ("Kommentare", "Klaus", "starke Nerven", "Berufsverkehr"):
        assert gone not in text, gone


@pytest.mark.parametrize("heading", ["3 Gedanken zu „Neubau der Grundschule“", "Leserkommentare",
                                     "Réactions (4)", "Comentarios", "12 reacties"])
def test_a_wrapper_starting_with_a_comment_heading_goes(pipeline, heading):
    thread = (f"<section><h2>{heading}</h2><p>Ich finde die Entscheidung richtig, auch wenn es teuer wird. "
              f"Unsere Kinder brauchen endlich eine moderne Schule mit genug Platz für alle.</p></section>")
    text = _run(pipeline, _article("", after=thread)).text
    assert "Kreistag" in text and "moderne Schule" not in text and heading not in text


@pytest.mark.parametrize("heading", ["Réactions", "Diskussion", "Die Kommentare der Presse"])
def test_an_article_section_named_like_a_thread_stays(pipeline, heading):
    section = (f"<h2>{heading}</h2><p>Die Opposition kritisierte den Beschluss scharf. Die Kosten seien viel zu "
               f"hoch, sagte ihr Sprecher, und die Eltern seien nicht gefragt worden.</p>")
    text = _run(pipeline, _article(section)).text
    assert "Die Opposition kritisierte den Beschluss scharf" in text


def test_a_comment_heading_followed_by_more_article_sections_stays(pipeline):
    inner = ("<h3>Kommentare</h3><p>Die Zeitungen der Region kommentierten den Beschluss am Freitag sehr "
             "unterschiedlich, manche lobten den Mut des Rates.</p><h3>Wie es weitergeht</h3>"
             "<p>Im Herbst soll die Ausschreibung beginnen, der Rat entscheidet dann über die Firmen.</p>")
    text = _run(pipeline, _article(inner)).text
    assert "manche lobten den Mut des Rates" in text and "Im Herbst soll die Ausschreibung beginnen" in text


def test_vocabularies_name_german_and_european_cms_classes(pipeline):  # the pipeline loads normalizer_plugins
    from normalizer_plugins import dom_byline, dom_captions, dom_comments, dom_related

    cases = [
        (dom_captions, ("bu", "bildquelle", "foto-credit", "bildrechte", "fotonachweis", "urheber-hinweis",
                        "foto-bijschrift", "pie-de-imagen", "credito-foto", "legenda-foto"),
         ("button", "bus-linie", "budget", "fotografie-galerie", "legend")),
        (dom_comments, ("leserkommentare", "nutzer-kommentare", "leserbriefe", "reactie-formulier"),
         ("reaction",)),
        (dom_byline, ("auteur", "autore", "artikel-lesezeit", "leestijd", "temps-de-lecture", "fecha-publicacion",
                      "datum-zeile"), ("firma", "fechadura")),
        (dom_related, ("teaser-inline", "inline-teaser", "artikel-teaser", "teaser-box", "schlagwoerter",
                       "mots-cles", "argomenti", "dachzeile", "spitzmarke", "occhiello", "lesen-sie-auch"),
         ("teaser", "teasertext", "article-teaser-text")),
    ]
    for module, hits, misses in cases:
        for label in hits:
            assert module.PATTERN.search(label), (module.__name__, label)
        for label in misses:
            assert not module.PATTERN.search(label), (module.__name__, label)


def test_a_teaser_card_set_into_the_body_goes(pipeline):
    card = ("<div class='embed embed--teaser'><a href='/ratgeber/nebenkosten'><img src='/n.jpg' alt=''>"
            "<span>Ratgeber</span><span>Nebenkostenabrechnung prüfen: Die häufigsten Fehler</span></a></div>")
    text = _run(pipeline, _article(card)).text
    assert "Kreistag" in text and "Mittwoch" in text
    assert "Nebenkostenabrechnung" not in text


def test_a_picture_linking_to_itself_or_a_link_without_picture_stays(pipeline):
    lightbox = ("<figure><a href='/bilder/schule-gross.jpg'><img src='/bilder/schule.jpg' alt=''>"
                "<span>So soll die neue Grundschule aussehen</span></a></figure>")
    plain = "<div><a href='/protokoll.pdf'>Protokoll der Sitzung vom Donnerstag (PDF)</a></div>"
    text = _run(pipeline, _article(lightbox + plain)).text
    assert "Protokoll der Sitzung vom Donnerstag" in text
    # a figure's own text is a caption: another plugin's business, but not a teaser card
    result = _run(pipeline, _article(lightbox))
    assert not any(e.rule == "dom_related.card" for e in result.edits)


def test_a_grid_of_teasers_beside_the_body_is_not_its_continuation(pipeline):
    cards = "".join(f"<div><a href='/r{i}'><h3>Ratgeber {i}: {title}</h3></a><p>{DE_PROSE}</p></div>"
                    for i, title in enumerate(["Eigenbedarf", "Schimmel", "Kaution"]))
    page = _article("", after=f"<div class='mehr'><h2>Aus dem Ratgeber</h2>{cards}</div>")
    page = page.replace("<div class='artikel'>", "<div class='wrap'><div class='artikel'>").replace(
        "</body>", "</div></body>")
    text = _run(pipeline, page).text
    assert "Kreistag" in text and "Eigenbedarf" not in text and "Kaution" not in text


def test_polish_and_nordic_names_and_labels(pipeline):  # the pipeline loads normalizer_plugins
    from normalizer_plugins import dom_ads, dom_comments, dom_cookies, dom_related, dom_share

    for module, hits, misses in [(dom_ads, ("reklama", "reklama-top", "reklame"), ("reklamation",)),
                                 (dom_comments, ("komentarze", "komentarz-lista"), ()),
                                 (dom_cookies, ("rodo-popup",), ("rodeo",)),
                                 (dom_share, ("udostepnij",), ()),
                                 (dom_related, ("czytaj-rowniez", "polecamy", "podobne-artykuly", "tagi"),
                                  ("czytaj", "tagine"))]:
        for label in hits:
            assert module.PATTERN.search(label), (module.__name__, label)
        for label in misses:
            assert not module.PATTERN.search(label), (module.__name__, label)
    for label in ("Czytaj także:", "Läs också", "Læs også"):
        text = _run(pipeline, _article(f"<p><b>{label}</b> <a href='/x'>Nowe autobusy wyjadą na ulice</a></p>")).text
        assert "Nowe autobusy" not in text and "Kreistag" in text, label
    assert "Komentarze" not in _run(pipeline, _article("", after="<section><h3>Komentarze (14)</h3><p>Nareszcie! "
                                                           "Czekaliśmy na to dwadzieścia lat.</p></section>")).text


def test_bem_class_names_are_read_as_words(pipeline):
    from normalizer.dom import Dom
    from normalizer_plugins._dom import labels

    dom = Dom.from_html('<body><div class="teaser--inline">x</div><div class="article__related-box">y</div></body>')
    assert [l.strip() for _, l in labels(dom)] == ["teaser-inline", "article-related-box"]


def test_a_teaser_article_set_into_the_article_goes_but_the_article_stays(pipeline):
    teaser = ("<article class='teaser teaser--inline'><a href='/chronik'><span>Tarifkonflikt</span>"
              "<h2>GDL gegen Bahn: Die Chronik eines erbitterten Streits</h2></a></article>")
    page = _article(teaser).replace("<div class='artikel'>", "<article class='post tag-schule category-news'>")
    page = page.replace("</div></body>", "</article></body>")
    text = _run(pipeline, page).text
    assert "Chronik" not in text
    assert "Kreistag" in text and "Mittwoch" in text and "Neubau der Grundschule beschlossen" in text


def test_an_author_box_with_a_long_biography_goes(pipeline):
    bio = ("Katrin Hoffmann ist gelernte Gärtnerin und schreibt seit vielen Jahren über Pflanzen, Gartengestaltung "
           "und nachhaltiges Gärtnern. ") * 4
    box = f"<div class='autorenbox'><p class='autorenbox-name'>Katrin Hoffmann</p><p>{bio}</p></div>"
    more = f"<p>{DE_PROSE.replace('Grundschule', 'Sporthalle')}</p><p>{DE_PROSE.replace('Grundschule', 'Mensa')}</p>"
    text = _run(pipeline, _article(more, after=box)).text
    assert "gelernte Gärtnerin" not in text and "Kreistag" in text and "Mensa" in text
    # an article about an author, named by its CMS "author-page", keeps its text
    page = _article("").replace("<div class='artikel'>", "<div class='artikel author-page'>")
    assert "Kreistag" in _run(pipeline, page).text


def _teaser_front(head: str) -> str:
    items = "".join(f"<h3><a href='/n{i}'>Meldung {i}: {t}</a></h3><p>{DE_PROSE[:110]}.</p>"
                    for i, t in enumerate(["Katze gerettet", "Neue Buslinie", "Markt öffnet", "Brücke gesperrt",
                                           "Derby gewonnen", "Gebühren steigen"]))
    return (f"<html><head><title>Nachrichten</title></head><body><div id='content'>{head}"
            f"<h2>Weitere Nachrichten</h2>{items}</div></body></html>")


def test_a_short_article_above_teasers_in_one_container_is_kept_alone(pipeline):
    head = f"<h1>Unfall auf der B4</h1><p>{DE_PROSE}</p><p>{DE_PROSE.replace('Gemeinderat', 'Kreistag')}</p>"
    result = _run(pipeline, _teaser_front(head))
    assert not result.flags
    assert "Kreistag" in result.text and "Unfall auf der B4" in result.text
    assert "Weitere Nachrichten" not in result.text and "Katze gerettet" not in result.text


def test_a_section_front_with_a_title_and_a_line_of_intro_is_still_not_an_article(pipeline):
    result = _run(pipeline, _teaser_front("<h1>Lokales</h1><p>Alle Nachrichten aus der Stadt und dem Umland.</p>"))
    assert any(f.startswith("not_article") for f in result.flags)
    assert not any(e.plugin == "main_content" for e in result.edits)


def test_a_list_article_whose_items_link_to_other_sites_keeps_its_items(pipeline):
    items = "".join(f"<h3><a href='https://www.{name.lower()}.de/'>{i}. {name}</a></h3>"
                    f"<p>{name} liegt direkt am See und bietet regionale Küche, im Sommer auch auf der Terrasse.</p>"
                    for i, name in enumerate(["Seeblick", "Fischerhütte", "Zur Linde", "Alte Mühle", "Waldcafé",
                                              "Bootshaus"], 1))
    head = f"<h1>Die sechs schönsten Ausflugslokale am See</h1><p>{DE_PROSE}</p><p>{DE_PROSE}</p>"
    flat = _run(pipeline, f"<html><head><title>Ausflugslokale</title></head><body><div id='content'>{head}"
                          f"{items}</div></body></html>")
    assert "Fischerhütte" in flat.text and "Bootshaus" in flat.text
    # the items in a block of their own beside the intro stay too (not a grid of teasers)
    page = (f"<html><head><title>Ausflugslokale</title></head><body><div class='wrap'><div class='intro'>{head}"
            f"</div><div class='liste'>{items}</div></div></body></html>")
    text = _run(pipeline, page).text
    assert "Fischerhütte" in text and "Bootshaus" in text and "regionale Küche" in text


def test_a_picture_card_linking_to_another_site_is_not_a_teaser(pipeline):
    card = ("<div class='produkt'><a href='https://shop.example.org/gartenschere'><img src='/s.jpg' alt=''>"
            "<span>Gartenschere mit Rollgriff, 24,99 Euro</span></a></div>")
    result = _run(pipeline, _article(card))
    assert not any(e.rule == "dom_related.card" for e in result.edits)


def test_a_bare_comments_heading_over_article_text_keeps_it(pipeline):
    inner = ("<h3>Kommentare</h3><p>Die Lokalzeitungen kommentierten den Beschluss sehr unterschiedlich: Manche "
             "lobten den Mut des Rates, andere warnten vor den Kosten für kommende Generationen.</p>")
    text = _run(pipeline, _article("").replace("</div></body>", inner + "</div></body>")).text
    assert "lobten den Mut des Rates" in text


def test_a_named_teaser_grid_holding_much_prose_goes_but_a_named_list_of_other_sites_stays(pipeline):
    def grid(href):
        return "".join(f"<div><a href='{href}{i}'><h3>Ratgeber {i}: {t}</h3></a><p>{DE_PROSE}</p></div>"
                       for i, t in enumerate(["Eigenbedarf", "Schimmel", "Kaution"]))
    text = _run(pipeline, _article(f"<div class='weitere-artikel'>{grid('/ratgeber/')}</div>")).text
    assert "Kreistag" in text and "Eigenbedarf" not in text and "Kaution" not in text
    text = _run(pipeline, _article(f"<div class='weitere-artikel'>{grid('https://anderswo.example/')}</div>")).text
    assert "Eigenbedarf" in text and "Kaution" in text
