"""Rules found on real pages' text dumps (benchmarks/realworld.py, tune half), with invented examples.

Each rule has a test that it fires and a lookalike test that it leaves real prose (or removes the noise it
should not vouch for).
"""
import importlib

import pytest

from normalizer import Document
from normalizer.config import bundled_dir
from normalizer.plugins import _package_for
from test_boilerplate import EN_BODY

PKG = _package_for(bundled_dir())
bp = importlib.import_module(f"{PKG}.boilerplate")

MENU = ["Startseite", "Wein", "Sekt", "Spirituosen", "Geschenke", "Feinkost", "Aktionen", "Mein Konto"]
FOOTER = ["Impressum", "Datenschutz", "AGB", "Kontakt", "Versand", "Zahlung"]
P1 = ("Das kleine Weingut liegt seit vier Generationen am Hang über dem Fluss und wird heute von zwei "
      "Geschwistern geführt, die den Betrieb vor zehn Jahren von ihren Eltern übernommen haben.")
P2 = ("Der Wein reift einige Monate im Stahltank und wird dann ohne weitere Behandlung abgefüllt, damit die "
      "frische Frucht und die feine Säure erhalten bleiben, wie die Winzerin sagt.")
P3 = ("Im Glas zeigt sich ein helles Rosa, in der Nase Noten von roten Beeren und Zitrusfrüchten, am Gaumen ist "
      "er saftig und leicht, mit einem kurzen, angenehm frischen Abgang, der Lust auf das nächste Glas macht.")
P4 = ("Er passt gut zu leichten Vorspeisen, zu Salaten mit Ziegenkäse und zu Gerichten mit etwas Schärfe, "
      "sollte aber gut gekühlt bei acht bis zehn Grad serviert werden, sagt die Winzerin.")


def clean(text, **options):
    doc = Document(text)
    edits = bp.find_edits(doc, {**bp.default_options(), **options})
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        out.append(doc.text[pos:e.start])
        pos = e.end
    return "".join(out) + doc.text[pos:]


def page(*blocks):
    return "\n\n".join("\n".join(b) if isinstance(b, list) else b for b in blocks) + "\n"


def test_a_paragraph_printed_twice_stays_where_it_stands_between_prose():
    # a shop page: the description's summary up top among the buttons, the full description below
    text = page(MENU, P3, ["In den Warenkorb", "Auf die Wunschliste"], P1, P2, P3, P4, FOOTER)
    out = clean(text)
    assert out.count(P3) == 1 and P1 in out and P4 in out
    assert out.index(P3) > out.index(P2)  # the copy in the description, not the one among the buttons


def test_a_paragraph_printed_twice_away_from_prose_still_goes():
    text = page(MENU, P1, P2, P4, ["Weitere Artikel", "Mehr aus der Region"], P3, FOOTER, P3, ["Nach oben"])
    out = clean(text)
    assert P3 not in out and P1 in out
    assert not clean(text, repeated_prose=False).count(P3)


def test_the_last_line_of_the_articles_block_stays_without_a_full_stop():
    last = "Eines Tages werde ich das auch selbst einmal ausprobieren"
    text = page(MENU, "\n".join([P1, P2, P4, last]), ["1", "2", "3", "4", "5"], FOOTER)
    assert last in clean(text)


@pytest.mark.parametrize("line", [
    "Weitere Artikel Aus Der Region Und Aller Welt Im Überblick",  # title-shaped: a heading of what follows
    "und noch mehr aus unserem Angebot für die ganze Familie",  # a block of its own
])
def test_an_unended_line_after_the_article_that_is_no_last_line_goes(line):
    block = "\n".join([P1, P2, P4, line]) if line[0].isupper() else "\n".join([P1, P2, P4]) + "\n\n" + line
    text = page(MENU, block, ["1", "2", "3", "4", "5"], FOOTER)
    out = clean(text)
    assert line not in out and P4 in out


def test_a_closing_sentence_under_a_caption_stays():
    closing = "Gut investierte zwanzig Euro, auch wenn es kein Meisterwerk ist!"
    text = page(MENU, P1, P2, P4, "20 Euro 1 Bild", closing, "Kommentare | Trackback", ["« Älter", "Neuer »"], FOOTER)
    out = clean(text)
    assert closing in out and "20 Euro 1 Bild" in out


def test_a_short_line_under_a_label_after_the_article_goes():
    text = page(MENU, P1, P2, P4, "Tags Weingut Rosé Sommer", "View the discussion thread.", FOOTER)
    out = clean(text)
    assert "View the discussion thread." not in out and "Tags Weingut" not in out and P4 in out


DE = ("Der Stadtrat hat am Dienstagabend nach einer langen Debatte beschlossen, die alte Brücke über den Fluss "
      "bis zum Ende des kommenden Jahres vollständig zu sanieren und für den Verkehr wieder freizugeben.")
DE2 = ("Die Kosten für das Vorhaben werden auf rund zwölf Millionen Euro geschätzt, wobei ein großer Teil davon "
       "aus Mitteln des Landes kommen soll, wie der Bürgermeister am Abend erklärte.")


def _between(line):
    return f"{DE}\n\n{DE2}\n\n{line}\n\n{DE} {DE2}\n\n{DE2} {DE}\n"


@pytest.mark.parametrize("line, rule", [
    ("Nichts mehr verpassen: Abonnieren Sie kostenlos den Stadtblatt-Newsletter und bleiben Sie auf dem Laufenden.",
     "subscribe.prompt"),
    ('By clicking "Submit", I consent to receiving the above communication. I understand that I may unsubscribe '
     "from these communications at any time.", "subscribe.prompt"),
    ("I consent to the processing of my personal data for the purpose of this newsletter.", "subscribe.prompt"),
    ("Mit Absendung des Formulars willige ich in die Verarbeitung meiner Daten gemäß der Datenschutzerklärung ein.",
     "subscribe.prompt"),
    ("Ich willige ein, dass mir der Verlag Angebote per E-Mail schickt.", "subscribe.prompt"),
    ("Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.", "comments.form"),
])
def test_sign_up_and_comment_form_lines_go(clean, line, rule):
    result = clean(_between(line))
    assert line not in result.text
    assert any(rule == e.rule for e in result.edits if line in (e.removed or ""))


@pytest.mark.parametrize("prose", [
    "Rund 4000 Menschen haben den Newsletter der Bibliothek bestellt, sagte die Leiterin, es werden jeden Monat mehr.",
    "Ich stimme zu, dass die Daten der Bürger besser geschützt werden müssen, sagte die Abgeordnete im Ausschuss.",
    "Mit dem Absenden der Briefe an alle Haushalte stimmte die Verwaltung erst im Herbst zu, hieß es aus dem Rathaus.",
    "The mayor said she would consent to the plan only if the costs were shared with the region, as promised.",
])
def test_sentences_with_the_same_words_stay(clean, prose):
    assert prose in clean(_between(prose)).text


def test_category_and_tag_lists_above_the_article_go():
    title = "Jahresversammlung des Gartenvereins im Januar in der Stadthalle"
    cats = "Aus der Region, Blog, Sonstiges, Termine"
    tags = "Anmeldung, Ehrenamt, Gartenbau, Kultur, Nachbarschaft, Stadtteil, Verkehr, Vereinsleben"
    text = page(title, MENU, title, "Anna Muster 15. Januar 2015", cats, tags, P1, P2, P4, FOOTER)
    out = clean(text)
    assert cats not in out and tags not in out and P1 in out and P4 in out


def test_a_list_between_commas_inside_the_article_stays():
    names = "Anna Muster, Peter Beispiel, Maria Probe, Hans Test"
    text = page(MENU, P1, names, P2, P4, FOOTER)
    assert names in clean(text)


BIO = ("Anna Muster studierte Politik in Leipzig und arbeitet seit 2015 als Redakteurin für Verkehr und "
       "Stadtentwicklung. Sie schreibt am liebsten über Radwege.")


def test_a_name_over_a_bio_that_starts_with_it_goes(clean):
    text = page(DE, DE2, f"{DE2} {DE}", "Anna Muster", BIO, "Zu allen Artikeln", "Impressum")
    out = clean(text).text
    assert "Anna Muster" not in out and DE2 in out


def test_a_name_over_a_bio_goes_when_a_byline_names_that_person(clean):
    bio = "Mitgründerin des Blogs, schreibt seit Jahren über Handel und Technik. Liebt kurze Sätze."
    text = page("von Anna Muster", DE, DE2, f"{DE2} {DE}", "Anna Muster", bio, "Impressum")
    out = clean(text).text
    assert bio not in out and DE2 in out


def test_a_portrait_under_its_name_as_headline_stays(clean):
    portrait = BIO.replace("Sie schreibt", "Am Sonntag wurde sie zur Vorsitzenden gewählt, sie schreibt")
    text = page("Anna Muster", portrait, DE, DE2, f"{DE2} {DE}")
    assert portrait in clean(text).text


def test_a_list_of_people_each_under_their_name_stays(clean):
    people = [("Anna Muster", BIO), ("Peter Beispiel", BIO.replace("Anna Muster", "Peter Beispiel"))]
    text = page(DE, DE2, *[x for pair in people for x in pair])
    out = clean(text).text
    assert all(bio in out for _, bio in people)


def test_an_embedded_post_of_short_lines_does_not_end_the_article():
    post = ["Halt", "Hier wird nicht gefilmt", "SOFORT AUFHÖREN", "VERBOTEN", "ORDNUNGSAMT", "JETZT ABER"]
    sign = "— Anna Muster (@annamuster) 26. November 2018"
    text = page(MENU, P1, P2, P3, post, sign, P4, FOOTER)
    out = clean(text)
    assert P4 in out and sign in out and "VERBOTEN" in out
    assert P4 not in clean(text, embeds=False)  # without the embed, the short lines look like a menu


lf = importlib.import_module(f"{PKG}._linefeatures")


@pytest.mark.parametrize("line, ended", [
    ("„Wir haben keinerlei Pläne, das zu verändern.“", True), ("»Das war ein guter Tag.«", True),
    ("Er nannte es ‚einen Fehler.‘", True), ("„Ein Zitat ohne Satzende“", False),
])
def test_german_closing_quotes_after_a_sentence_end(line, ended):
    F = lf.extract(line + "\n", menu_words=6)
    assert F.terminal[0] is ended


def test_a_sign_up_form_goes_with_its_heading_and_pitch(clean):
    form = ("Recherchen per Mail\nWir schicken Ihnen jede Woche unsere neuen Recherchen zur Stadtpolitik.\n\n"
            "E-Mail-Adresse\n\nLeave this field empty if you're human:")
    out = clean(page(DE, DE2, form, f"{DE2} {DE}", f"{DE} {DE2}")).text
    assert "Recherchen per Mail" not in out and "Wir schicken Ihnen" not in out and "E-Mail-Adresse" not in out
    assert "Leave this field" not in out and out.count(DE2) == 3


def test_prose_above_a_sign_up_form_past_a_blank_line_stays(clean):
    form = "E-Mail-Adresse\n\nLeave this field empty if you're human:"
    out = clean(page(DE, DE2, form, f"{DE2} {DE}", f"{DE} {DE2}")).text
    assert out.count(DE2) == 3 and "E-Mail-Adresse" not in out


@pytest.mark.parametrize("line", ["Seite 2 — Warum die Brücke so teuer wird", "Page 3: What the council decided"])
def test_links_to_the_pages_of_an_article_go(clean, line):
    result = clean(_between(line))
    assert line not in result.text
    assert any(e.rule == "crosslinks.lead" for e in result.edits if line in (e.removed or ""))


def test_a_sentence_about_a_page_stays(clean):
    prose = "Seite 2 des Gutachtens zeigt, dass die Brücke schon vor zehn Jahren hätte saniert werden müssen."
    assert prose in clean(_between(prose)).text


@pytest.mark.parametrize("line", [
    "Dieser Beitrag wurde veröffentlicht in Stadt, Verkehr und verschlagwortet mit Brücke, Sanierung von Anna Muster. "
    "Permalink",
    "This entry was posted in News and tagged bridge, council. Bookmark the permalink.",
])
def test_a_blogs_post_line_goes(clean, line):
    result = clean(_between(line))
    assert line not in result.text
    assert any(e.rule == "tags.list" for e in result.edits if line in (e.removed or ""))


def test_a_sentence_about_what_was_posted_stays(clean):
    prose = "Der Beitrag wurde veröffentlicht in einer Zeit, in der die Stadt über die Kosten der Brücke stritt."
    assert prose in clean(_between(prose)).text


EN_LINES = EN_BODY  # the English article of test_boilerplate


@pytest.mark.parametrize("line, lines", [
    ("Frage 3: Welchen Nutzen sehen Sie in der Verwendung von künstlicher Intelligenz in der Verwaltung der Stadt?",
     "DE_LINES"),
    ("Comedy “The Marvelous Mrs Maisel” and British drama “The Crown” took the prizes for their ensemble casts.",
     "EN_LINES"),
])
def test_capitals_after_a_colon_or_a_quote_and_a_formal_you_make_no_teaser(line, lines):
    F = lf.extract("\n\n".join([*globals()[lines], line]) + "\n", menu_words=6)
    assert len(F) - 1 not in F.teaser


def test_a_headline_glued_to_its_description_is_still_a_teaser():
    line = "Stadtrat Beschließt Sanierung Der Alten Brücke Für Den Verkehr die Arbeiten sollen im Frühjahr beginnen."
    F = lf.extract("\n\n".join([*DE_LINES, line]) + "\n", menu_words=6)
    assert len(F) - 1 in F.teaser


DE_LINES = [DE, DE2, P1, P2, P3, P4]
