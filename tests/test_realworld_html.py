"""DOM rules made for the kinds of pages in the real-world benchmark (blogs and association sites,
mostly German; ``benchmarks/realworld.py``): each rule on a small invented page, with a lookalike
showing the rule does not cost the article or keep the noise it was not meant for."""
import pytest

from normalizer.config import load_config
from normalizer.inputs import html_document
from normalizer.pipeline import Pipeline

PROSE = ("Der Gemeinderat hat am Donnerstag den Neubau der Grundschule beschlossen. Die Arbeiten sollen im "
         "Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung am Abend mit.")
MORE = ("Die Eltern hatten seit Jahren auf den Neubau gedrängt, weil das alte Gebäude zu klein geworden ist "
        "und im Winter kaum warm wird. Nun soll alles schneller gehen als geplant.")
WIDGET = ("In unserem Programm stehen viele Ideen für die Region. Wir wollen Schulen sanieren, Busse öfter "
          "fahren lassen und Vereine stärker fördern, damit das Leben auf dem Land attraktiv bleibt. ") * 4


def _run(pipeline, html: str, url=None):
    return pipeline.run(html_document(html.encode(), source="page.html", url=url))


@pytest.fixture(scope="module")
def body_only():
    return Pipeline(load_config(overrides={"normalizer": {"body_only": True}}))


# -- the theme's post marker -----------------------------------------------------------------------

def _wordpress(post_tag: str, classes: str, sidebar: str = "") -> str:
    return (f"<html><body><div id='content'><{post_tag} class='{classes}'><h1>Neue Grundschule</h1>"
            f"<div class='article'><p>{PROSE}</p><p>{MORE}</p></div></{post_tag}></div>"
            f"<section id='sidebar'>{sidebar}</section></body></html>")


def test_a_post_whose_theme_classes_name_its_tags_is_not_a_tag_box(pipeline):
    widget = f"<div class='textwidget'><p>{WIDGET}</p></div>"  # (the post holds under 40% of the page's prose)
    html = _wordpress("section", "post-12 post type-post status-publish hentry category-news tag-schule tag-bau",
                      sidebar=widget)
    text = _run(pipeline, html).text
    assert "Der Gemeinderat" in text and "Die Eltern" in text


def test_a_tag_box_without_the_post_marker_still_goes(pipeline):
    html = _wordpress("section", "post-12 post type-post status-publish hentry category-news")
    html = html.replace("</div></section></div>", "</div><div class='post-tags'><a href='/t/schule'>Schule</a> "
                        "<a href='/t/bau'>Bau</a></div></section></div>")
    text = _run(pipeline, html).text
    assert "Der Gemeinderat" in text and "Bau" not in text.replace("Neubau", "")


def test_the_marked_post_beats_a_longer_text_widget_in_the_sidebar(pipeline):
    widget = f"<div class='widget widget_text'><h3>Unser Programm</h3><div class='textwidget'><p>{WIDGET}</p></div></div>"
    html = _wordpress("section", "post-12 post type-post hentry tag-schule", sidebar=widget)
    text = _run(pipeline, html).text
    assert "Der Gemeinderat" in text and "Die Eltern" in text and "Unser Programm" not in text


def test_a_marker_repeated_on_the_page_marks_no_post(pipeline):
    """Two ``hentry`` elements (a post and a related post, or an index page): neither is the post, and
    the widget of long prose wins as before."""
    widget = f"<div class='widget'><div class='textwidget'><p>{WIDGET}</p></div></div>"
    html = _wordpress("section", "post-12 post hentry", sidebar=widget).replace(
        "<section id='sidebar'>", "<section id='sidebar'><div class='hentry'><p>Anderer Beitrag</p></div>")
    res = _run(pipeline, html)
    chosen = {e.reason for e in res.edits if e.rule == "main_content.container"}
    assert "In unserem Programm" in res.text and chosen and all("textwidget" in r for r in chosen)


def test_the_blog_widget_holding_the_post_is_no_sidebar_widget(pipeline):
    lyrics = "<br>".join(f"Zeile {i} vom Lied, das wir alle singen" for i in range(12))
    html = (f"<html><body><div class='main'><div class='widget Blog'><div class='post hentry'><h3>Unser Lied</h3>"
            f"<div class='post-body entry-content'>{lyrics}</div></div></div></div>"
            f"<div class='sidebar'><div class='widget Label'><a href='/l/a'>Lieder</a></div></div></body></html>")
    text = _run(pipeline, html).text
    assert "Zeile 3 vom Lied" in text and "Zeile 11 vom Lied" in text


def test_a_sidebar_widget_is_still_removed(pipeline):
    html = (f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><p>{MORE}</p></article>"
            f"<div class='widget'><p>Folgen Sie uns auch auf anderen Kanälen für mehr Neuigkeiten.</p></div>"
            f"</body></html>")
    text = _run(pipeline, html).text
    assert "Der Gemeinderat" in text and "Folgen Sie uns" not in text


# -- ids that are anchors made of the text ---------------------------------------------------------

@pytest.mark.parametrize("tag,ident,words", [
    ("h3", "nav_schule_wird_groesser__1", "Die Schule wird größer"),
    ("h3", "about-the-new-school-building", "About the new school building"),
    ("p", "menu-der-schulkantine-wird-teurer", "Menü der Schulkantine wird teurer"),
])
def test_an_id_made_of_the_elements_own_words_is_no_layout_name(pipeline, tag, ident, words):
    html = (f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><{tag} id='{ident}'>{words}</{tag}>"
            f"<p>{MORE}</p></article></body></html>")
    text = _run(pipeline, html).text
    assert words in text


def test_a_layout_id_on_a_heading_that_is_not_its_text_still_counts(pipeline):
    html = (f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><h3 id='nav-main-menu-top'>Start "
            f"Politik Sport Kultur</h3><p>{MORE}</p></article></body></html>")
    text = _run(pipeline, html).text
    assert "Die Eltern" in text and "Politik Sport" not in text


@pytest.mark.parametrize("cls", ["about-quote", "above-fold"])
def test_about_and_above_are_not_subscription_boxes(pipeline, cls):
    quote = "Eine gute Schule ist mehr als ein Gebäude, sie ist ein Ort, an dem Kinder wachsen."
    html = (f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><blockquote class='{cls}'>{quote}"
            f"</blockquote><p>{MORE}</p></article></body></html>")
    assert quote in _run(pipeline, html).text


def test_an_abo_box_is_still_a_subscription_box(pipeline):
    html = (f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><div class='abo-teaser'>Jetzt "
            f"weiterlesen mit dem Digital-Abo für 1 Euro im ersten Monat.</div><p>{MORE}</p></article></body></html>")
    assert "Digital-Abo" not in _run(pipeline, html).text


def _nested_body(extra: str) -> str:
    """A post body whose first part sits one ``<div>`` deeper than the rest (an editor's nesting)."""
    deep = "".join(f"<div>{PROSE.replace('Donnerstag', day)}</div>" for day in ("Montag", "Dienstag", "Mittwoch",
                                                                                "Donnerstag", "Freitag"))
    return (f"<html><body><div class='post'><h1>Neue Grundschule</h1><div class='entry-content'>"
            f"<div>{deep}</div>{extra}</div></div><div class='sidebar'><a href='/a'>Archiv</a></div></body></html>")


def test_the_post_body_is_kept_whole_when_its_outer_part_is_prose(pipeline):
    extra = f"<div>{MORE}</div><div>{MORE.replace('Eltern', 'Lehrer')}</div>"
    text = _run(pipeline, _nested_body(extra)).text
    assert "Montag" in text and "Die Eltern hatten" in text and "Die Lehrer hatten" in text


def test_a_post_body_that_adds_only_a_label_is_not_taken(pipeline):
    text = _run(pipeline, _nested_body("<div>Schriftgröße ändern</div>")).text
    assert "Montag" in text and "Schriftgröße" not in text


# -- footers of a post ---------------------------------------------------------------------------

@pytest.mark.parametrize("box", [
    "<div class='entryfooter'><p><a href='/feed'>Kommentarfeed</a> | Kommentare geschlossen | "
    "<a href='/tb'>Trackback-URL</a></p></div>",
    "<div class='TrustBadge-trust-badge-x1Y2'><p>Our Standards: <a href='/p'>The Agency Trust Principles.</a></p></div>",
])
def test_a_posts_footer_and_an_agencys_trust_badge_go(pipeline, box):
    html = f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><p>{MORE}</p>{box}</article></body></html>"
    text = _run(pipeline, html).text
    assert "Die Eltern" in text and "geschlossen" not in text and "Trust Principles" not in text


@pytest.mark.parametrize("cls", ["entry", "trust-fund", "postfooterless-note"])
def test_lookalike_names_keep_their_text(pipeline, cls):
    note = "Die Stiftung der Stadt gibt zwei Millionen Euro dazu, teilte ihr Vorstand am Freitag mit."
    html = (f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><div class='{cls}'>{note}</div>"
            f"<p>{MORE}</p></article></body></html>")
    assert note in _run(pipeline, html).text


# -- "Weiterführende Links" boxes (a phrase added to the shared related-header list) ------------

def test_a_further_links_box_goes_with_its_label(pipeline):
    box = ("<div class='kasten'><div class='kasten-kopf'>Weiterführender Link</div><div class='kasten-inhalt'>"
           "<a href='https://example.org/ratgeber'>Ratgeber Schulbau</a></div></div>")
    html = f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><p>{MORE}</p>{box}</article></body></html>"
    text = _run(pipeline, html).text
    assert "Die Eltern" in text and "Weiterführender Link" not in text and "Ratgeber Schulbau" not in text


def test_further_links_named_in_a_sentence_stay(pipeline):
    sentence = ("Weiterführende Links zum Bauantrag hat die Stadt auf ihrer Internetseite gesammelt, dazu die "
                "Pläne des Architekten und das Protokoll der Sitzung.")
    html = (f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><p>{sentence}</p><p>{MORE}</p>"
            f"</article></body></html>")
    assert sentence in _run(pipeline, html).text


# -- lists of links to other sites inside the text -------------------------------------------------

def _deals(items: str, lead: str = "<p><strong>Tipps der Redaktion:</strong></p>") -> str:
    return (f"<html><head><link rel='canonical' href='https://news.example.de/deals/'></head><body><article>"
            f"<h1>Schnäppchen der Woche</h1><p>{PROSE}</p><p>{MORE}</p>{lead}<ul>{items}</ul>"
            f"<p>{MORE.replace('Eltern', 'Lehrer')}</p></article></body></html>")


SHOP = ("<li><a href='https://shop.example.com/p/1'>Kinderbuch: Die kleine Schule im Wald, gebunden</a></li>"
        "<li><a href='https://shop.example.com/p/2'>Schulranzen mit reflektierenden Streifen für 49 Euro</a></li>"
        "<li><a href='https://short.example.net/x3'>Federmäppchen aus Filz, drei Farben zur Auswahl</a></li>")


def test_a_list_of_products_or_sources_on_other_sites_stays(pipeline):
    text = _run(pipeline, _deals(SHOP)).text
    assert "Schulranzen mit reflektierenden Streifen" in text and "Federmäppchen aus Filz" in text


@pytest.mark.parametrize("items,lead", [
    (SHOP.replace("https://shop.example.com", "https://news.example.de").replace("https://short.example.net",
                                                                                 "/artikel"), None),
    ("<li><a href='https://twitter.com/x'>Twitter</a></li><li><a href='https://facebook.com/x'>Facebook</a></li>"
     "<li><a href='https://instagram.com/x'>Instagram</a></li>", None),
    (SHOP, "<p><a href='/a'>Alle Angebote</a></p>"),
])
def test_own_site_links_short_links_or_a_list_after_links_still_go(pipeline, items, lead):
    html = _deals(items) if lead is None else _deals(items, lead)
    text = _run(pipeline, html).text
    assert "Die Lehrer hatten" in text
    for gone in ("Schulranzen", "Federmäppchen", "Twitter", "Instagram"):
        assert gone not in text, gone


# -- several articles in a row (the next stories appended as the reader scrolls) ------------------

def _scroll(first_id: str, title: str = "Neue Grundschule") -> str:
    short = f"<p>{PROSE}</p><p>{MORE}</p>"
    long = "".join(f"<p>{PROSE.replace('Gemeinderat', f'Rat Nummer {i}')}</p>" for i in range(8))
    return (f"<html><head><title>{title}</title><link rel='canonical' href='https://news.example.de/2024/neue-grundschule/'>"
            f"</head><body><div class='list'>"
            f"<article id='{first_id}'><h2>Neue Grundschule</h2><div class='body'>{short}</div></article>"
            f"<article id='hallenbad-wird-saniert'><h2>Hallenbad wird saniert</h2>"
            f"<div class='body'>{long}</div></article></div></body></html>")


@pytest.mark.parametrize("first_id", ["neue-grundschule", "story-1"])
def test_of_several_articles_in_a_row_the_pages_own_one_is_kept(pipeline, first_id):
    """Found by the URL's last part in its attributes, or (id "story-1") by its heading = the page title."""
    text = _run(pipeline, _scroll(first_id)).text
    assert "Der Gemeinderat hat" in text and "Die Eltern" in text and "Rat Nummer 3" not in text


def test_without_a_matching_article_the_choice_is_left_as_it_was(pipeline):
    """Neither the URL nor the title names an article: the bodies alike in name stay together, as before."""
    html = _scroll("story-1", title="Stadtnachrichten").replace("/2024/neue-grundschule/", "/2024/stadt/")
    text = _run(pipeline, html).text
    assert "Rat Nummer 3" in text and "Die Eltern" in text


@pytest.mark.parametrize("box,gone", [
    ("<div class='page-links'>Seiten: 1 <a href='/a/2'>2</a> <a href='/a/3'>3</a></div>", "Seiten:"),
    ("<div id='printbox'><span>Dieser Artikel wurde ausgedruckt unter der Adresse:</span> "
     "https://news.example.de/a</div>", "ausgedruckt"),
    ("<p class='print-only'>Gedruckt von news.example.de</p>", "Gedruckt von"),
])
def test_page_links_and_print_only_boxes_go(pipeline, box, gone):
    html = f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><p>{MORE}</p>{box}</article></body></html>"
    text = _run(pipeline, html).text
    assert "Die Eltern" in text and gone not in text


@pytest.mark.parametrize("cls", ["printed-edition", "pages", "blueprint-box"])
def test_names_near_print_and_pages_keep_their_text(pipeline, cls):
    note = "In der gedruckten Ausgabe erschien der Bericht am Samstag auf der ersten Seite des Lokalteils."
    html = (f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><div class='{cls}'>{note}</div>"
            f"<p>{MORE}</p></article></body></html>")
    assert note in _run(pipeline, html).text


@pytest.mark.parametrize("header", ["Redaktionstipp", "Redaktionstipps:"])
def test_an_editors_tip_box_goes_with_its_label(pipeline, header):
    box = f"<h3>{header}</h3><p><a href='/andere-schule'>Lesen Sie hier einen weiteren Beitrag …</a></p>"
    html = f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><p>{MORE}</p>{box}</article></body></html>"
    text = _run(pipeline, html).text
    assert "Die Eltern" in text and header.strip(":") not in text and "weiteren Beitrag" not in text


def test_an_editors_tip_in_a_sentence_stays(pipeline):
    sentence = ("Ein Redaktionstipp für Eltern: Der Tag der offenen Tür ist am Samstag, dann zeigen die Lehrer "
                "die neuen Klassenräume und die Pläne für den Schulhof.")
    html = (f"<html><body><article><h1>Neue Grundschule</h1><p>{PROSE}</p><p>{sentence}</p><p>{MORE}</p>"
            f"</article></body></html>")
    assert sentence in _run(pipeline, html).text
