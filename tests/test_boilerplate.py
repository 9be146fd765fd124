"""The generic boilerplate classifier (plugins/boilerplate.py) and its line features."""
import importlib

import pytest
from hypothesis import given, settings, strategies as st

from normalizer import Document
from normalizer.config import bundled_dir
from normalizer.plugins import _package_for

PKG = _package_for(bundled_dir())  # the package the built-in plugins load as
lf = importlib.import_module(f"{PKG}._linefeatures")
bp = importlib.import_module(f"{PKG}.boilerplate")
sw = importlib.import_module(f"{PKG}._stopwords")

DE_MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reise", "Mehr"]
DE_BODY = [
    "Der Stadtrat hat am Dienstagabend nach einer langen Debatte beschlossen, die alte Brücke über den Fluss "
    "bis zum Ende des kommenden Jahres vollständig zu sanieren.",
    "Die Kosten für das Vorhaben werden auf rund zwölf Millionen Euro geschätzt, wobei ein großer Teil davon "
    "aus Mitteln des Landes kommen soll, wie der Bürgermeister erklärte.",
    "Anwohner hatten sich seit Jahren über den Zustand der Brücke beschwert, die für schwere Fahrzeuge schon "
    "lange gesperrt ist und nur noch von Radfahrern genutzt werden darf.",
    "Ob die Arbeiten tatsächlich im Frühjahr beginnen können, hängt nach Angaben der Verwaltung vor allem "
    "davon ab, wie schnell die Ausschreibung abgeschlossen werden kann.",
]
EN_BODY = [
    "The city council voted on Tuesday evening to repair the old bridge over the river before the end of next "
    "year, after a debate that lasted well into the night.",
    "The work is expected to cost about twelve million euros, and most of the money will come from the regional "
    "government, the mayor told reporters after the vote.",
    "Residents have complained for years about the state of the bridge, which has been closed to heavy vehicles "
    "and is now only used by cyclists and people on foot.",
]


def feats(text):
    F = lf.extract(text, menu_words=6, list_words=25)
    return F.lang, F.stopwords, F


def line(F, start):
    """The index of the line of ``F`` that starts with ``start``."""
    return next(j for j, t in enumerate(F.text) if t.startswith(start))


def clean(text, **options):
    doc = Document(text)
    opts = {**bp.default_options(), **options}
    edits = bp.find_edits(doc, opts)
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        out.append(doc.text[pos:e.start])
        pos = e.end
    out.append(doc.text[pos:])
    return "".join(out), edits


def test_language_is_guessed_from_function_words():
    assert feats("\n\n".join(DE_BODY))[0] == "de"
    assert feats("\n\n".join(EN_BODY))[0] == "en"
    assert feats("Le conseil municipal a décidé de réparer le pont avant la fin de l'année, "
                 "a déclaré le maire aux journalistes.")[0] == "fr"
    assert feats("Xq zzv 12 kkp\nQrt vvx\n")[0] is None
    assert set(sw.STOPWORDS) >= {"en", "de", "fr", "es", "it", "nl", "pt"}


def test_line_features():
    text = ("Home\nNews\nSport\n\n" + EN_BODY[0] + "\n\nUpdated Nov. 18, 2019 at 12:04\n\n"
            "Read The Story Of The Year In Pictures\n\n© 2019 Example Media. All rights reserved.\n\n"
            "www.example.com\n\n" + EN_BODY[1] + "\n\n" + EN_BODY[1] + "\n")
    lang, _, F = feats(text)
    home, news, body, stamp = line(F, "Home"), line(F, "News"), line(F, EN_BODY[0][:12]), line(F, "Updated")
    assert [F.menu_run[home], F.menu_run[news]] == [3, 3]
    assert F.terminal[body] and F.words[body] == 30 and 0.3 < F.stop_share(body) < 0.7 and F.menu_run[body] == 0
    assert stamp in F.stamp and not F.terminal[stamp]
    assert F.title(line(F, "Read The Story")) and not F.title(body)
    assert line(F, "© 2019") in F.legal and line(F, "www.example") in F.link
    assert F.repeats.get(line(F, EN_BODY[1][:12])) == 2 and body not in F.repeats


def test_list_runs_need_lines_glued_together():
    teasers = "\n".join(["Mayor opens new library in the old harbour district", "Storm closes schools across the region",
                         "Local farmers fear a poor harvest after a dry summer"])
    assert feats(teasers + "\n")[2].list_run == [3, 3, 3]
    assert feats(teasers.replace("\n", "\n\n") + "\n")[2].list_run == [1, 1, 1]


def test_cjk_words_are_counted_by_characters():
    F = feats("東京都千代田区の事務所では商標登録の相談を毎日受け付けています。\n")[2]
    assert F.words[0] >= 10 and F.terminal[0]


def test_glued_teaser_headline():
    F = feats("Customers Leave Without Paying At Troy Steakhouse A party of six left the restaurant "
              "without paying a bill of 690 dollars, police said.\n" + EN_BODY[0] + "\n")[2]
    assert F.teaser == {0}


def test_german_article_with_intertitles_survives_and_its_menu_goes():
    text = "\n".join(DE_MENU) + "\n\nBrücke wird saniert\n\n" + "\n\n".join(DE_BODY[:2]) + \
        "\n\nKritik der Anwohner\n\n" + "\n\n".join(DE_BODY[2:]) + \
        "\n\nImpressum\nDatenschutz\nKontakt\nAGB\n\n© 2024 Beispiel Verlag GmbH\n"
    out, edits = clean(text)
    for line in DE_BODY + ["Kritik der Anwohner", "Brücke wird saniert"]:
        assert line in out
    for line in DE_MENU + ["Impressum", "Datenschutz", "© 2024 Beispiel Verlag"]:
        assert line not in out
    assert all(e.kind == "boilerplate" and e.rule.startswith("boilerplate.") for e in edits)


def test_smoothing_keeps_short_lines_between_prose_and_drops_them_among_boilerplate():
    quote = "„Wir sind froh.“"
    text = "\n\n".join([DE_BODY[0], quote, DE_BODY[1], "Mehr zum Thema", DE_BODY[2], DE_BODY[3]])
    text += "\n\nNewsletter\n\nFacebook\nTwitter\nInstagram\n\nAlle Angebote\n"
    out, _ = clean(text)
    assert quote in out and "Mehr zum Thema" in out  # short, but between two prose paragraphs
    assert "Alle Angebote" not in out and "Newsletter" not in out


def test_list_items_inside_the_article_survive():
    items = ["- the main road will stay open,", "- cyclists get a temporary ferry,", "- the works start in March."]
    text = "\n\n".join(EN_BODY[:2]) + "\n\nThe plan in short:\n" + "\n".join(items) + "\n\n" + EN_BODY[2] + "\n"
    out, _ = clean(text)
    assert all(i in out for i in items) and "The plan in short:" in out


def test_headline_and_byline():
    text = ("Politics\nBusiness\nSport\nCulture\n\nCouncil votes to repair the old bridge\n\n"
            "By Jane Doe | November 18, 2019 12:04 pm\n\n" + "\n\n".join(EN_BODY) + "\n")
    out, edits = clean(text)
    assert "Council votes to repair the old bridge" in out
    assert "By Jane Doe" not in out and "Politics" not in out
    assert all(b in out for b in EN_BODY)


def test_reasons_name_the_features_that_decided():
    text = "\n".join(DE_MENU) + "\n\n" + "\n\n".join(DE_BODY) + "\n\n© 2024 Beispiel Verlag GmbH\n"
    _, edits = clean(text)
    menu = next(e for e in edits if e.start == 0)
    assert "8 lines before the article core" in menu.reason and "menu-like" in menu.reason
    assert "1 word each" in menu.reason and "0 ending a sentence" in menu.reason
    legal = next(e for e in edits if "Verlag" in text[e.start:e.end])
    assert "copyright/legal vocabulary" in legal.reason and "stopwords" in legal.reason
    single = clean("\n\n".join(EN_BODY) + "\n\nTrending\n")[1][0]
    assert "1 word" in single.reason and "no sentence end" in single.reason


def test_thresholds_come_from_options():
    text = "\n\n".join([EN_BODY[0], "Updated 12:04", EN_BODY[1], EN_BODY[2]]) + "\n"
    out, edits = clean(text)
    assert "Updated 12:04" not in out and "dateline or byline" in edits[0].reason
    assert "Updated 12:04" in clean(text, stamp_max_words=0)[0]  # then just a short line between prose
    assert clean(text, good_words=100, near_words=100)[1] == []  # no prose: nothing to anchor on


def test_no_prose_no_edits():
    text = "Home\nNews\nSport\n\nContact\nAbout us\n"
    assert clean(text)[1] == []
    assert clean("")[1] == []


@pytest.mark.parametrize("lang,body,menu", [
    ("fr", ["Le conseil municipal a décidé mardi soir de réparer le vieux pont avant la fin de l'année prochaine, "
            "après un long débat qui a duré jusque tard dans la nuit.",
            "Les travaux devraient coûter environ douze millions d'euros, dont la plus grande partie sera payée "
            "par la région, a expliqué le maire aux journalistes."],
     ["Accueil", "Politique", "Économie", "Sport", "Culture"]),
    ("es", ["El ayuntamiento decidió el martes por la noche reparar el viejo puente antes de que termine el año "
            "próximo, después de un largo debate que duró hasta la madrugada.",
            "Las obras costarán unos doce millones de euros, y la mayor parte del dinero vendrá del gobierno "
            "regional, según explicó el alcalde a los periodistas."],
     ["Portada", "Política", "Economía", "Deportes", "Cultura"]),
])
def test_other_languages(lang, body, menu):
    text = "\n".join(menu) + "\n\n" + "\n\n".join(body) + "\n\nAviso legal\nContacto\nPublicidad\n"
    assert feats(text)[0] == lang
    out, _ = clean(text)
    assert all(b in out for b in body) and not any(m in out for m in menu)


def test_plugin_runs_in_the_default_pipeline_after_the_phrase_plugins(pipeline):
    names = pipeline.names
    assert "boilerplate" in names and "repeated" in names
    assert names.index("related") < names.index("repeated") < names.index("boilerplate") < names.index("whitespace")


def test_body_only_drops_the_headline_of_a_text_dump():
    from normalizer.config import load_config
    from normalizer.pipeline import Pipeline

    text = ("Politics\nBusiness\nSport\nCulture\n\nCouncil votes to repair the old bridge\n\n"
            + "\n\n".join(EN_BODY) + "\n")
    default = Pipeline().run(Document(text))
    body = Pipeline(load_config(overrides={"normalizer": {"body_only": True}})).run(Document(text))
    assert "Council votes" in default.text and "Council votes" not in body.text
    assert all(b in body.text for b in EN_BODY)
    # meta_lines removes the headline meta_text found; headline_text the one it finds by shape
    assert [(e.plugin, e.kind) for e in body.edits if "Council" in e.removed] in (
        [("meta_lines", "title")], [("headline_text", "title")])
    # an article that starts with prose keeps its first line
    prose_first = Pipeline(load_config(overrides={"normalizer": {"body_only": True}})).run(
        Document("\n\n".join(EN_BODY) + "\n"))
    assert prose_first.text.startswith(EN_BODY[0])


def test_html_pages_are_left_to_the_dom_stage(pipeline):
    stage = next(s for s in pipeline.stages if s.name == "boilerplate")
    html = Document("Home\nNews\n\n" + "\n\n".join(EN_BODY) + "\n", format="html")
    assert not bp.applies_to(html, stage.options)
    assert bp.applies_to(Document("x"), stage.options)
    assert bp.applies_to(html, {**stage.options, "html": True})


def test_a_short_last_sentence_stays_with_the_article():
    text = "\n\n".join(EN_BODY) + "\n\nRiders at the meeting cheered.\n"
    out, edits = clean(text)
    assert "Riders at the meeting cheered." in out and edits == []


def test_a_line_that_starts_with_its_dateline_is_no_teaser():
    F = feats("NEW DELHI: Their American dream shattered and their savings gone, nearly 150 Indians returned "
              "home on Wednesday, officials said.\n"
              "Deportees return home from US NEW DELHI: Their American dream shattered and their savings gone, "
              "nearly 150 Indians returned home.\n")[2]
    assert F.teaser == {1}


def test_one_headline_before_the_article_the_echo_of_the_page_title_first():
    text = ("Council votes to repair the old bridge | The Daily Example\n\nHome\nPolitics\nSport\n\n"
            "Search\n\nCouncil votes to repair the old bridge\n\nBy Jane Doe\n\n" + "\n\n".join(EN_BODY) + "\n")
    out, edits = clean(text)
    assert out.count("Council votes to repair the old bridge") == 1 and "| The Daily Example" not in out
    assert "Search" not in out and "Politics" not in out  # (the byline in the core is the metadata's)
    assert all(b in out for b in EN_BODY)
    # without an echo of the title, a label is no headline, and a byline is skipped to find one
    assert "Search" not in clean("Home\nNews\nSport\n\nSearch\n\n" + "\n\n".join(EN_BODY) + "\n")[0]
    out = clean("Home\nNews\nSport\n\nBridge repairs approved after long debate\n\nBy Jane Doe\n\n"
                + "\n\n".join(EN_BODY) + "\n")[0]
    assert "Bridge repairs approved" in out and "Sport" not in out
    assert "By Jane Doe" in out  # a byline under the headline is the metadata's (meta_lines, body-only)


def test_the_article_header_between_headline_and_dateline_goes():
    deck = "The repairs will close the bridge to all traffic for most of next year, the council said."
    text = ("Council votes to repair the old bridge - Example News\n\nHome\nPolitics\nSport\n\n"
            "Council votes to repair the old bridge\n\n" + deck + "\n\nBy Jane Doe\nNovember 18, 2019 12:04\n\n"
            + "\n\n".join(EN_BODY) + "\n")
    out, edits = clean(text)
    assert deck not in out and "Council votes to repair the old bridge\n" in out
    assert all(b in out for b in EN_BODY)
    assert any(e.rule == "boilerplate.header" and "deck" in e.reason for e in edits)
    # a first paragraph followed by a dateline, without a headline above, stays (see test_thresholds...)


def test_a_byline_split_over_two_lines_ends_the_article_header():
    deck = "The repairs will close the bridge to all traffic for most of next year, the council said."
    head = ("Council votes to repair the old bridge - Example News\n\nHome\nPolitics\nSport\n\n"
            "Council votes to repair the old bridge\n\n" + deck + "\n\n")
    for by in ("By", "Von:"):
        text = head + by + "\n\nJane Doe\n\nJane Doe\nThe Example News\n@janedoe\n\n" + "\n\n".join(EN_BODY) + "\n"
        out, edits = clean(text)
        assert deck not in out and "Council votes to repair the old bridge\n" in out
        assert all(b in out for b in EN_BODY)
        assert any(e.rule == "boilerplate.header" for e in edits)
    # "By" over a line of prose is no byline: the line under the headline stays
    text = head + "By\n\n" + "\n\n".join(EN_BODY) + "\n"
    assert deck in clean(text)[0]
    assert not lf.bare_byline("by") and not lf.bare_byline("Bypass") and lf.bare_byline("Par")


def test_a_last_sentence_full_of_names_stays_with_the_article():
    results = ["North senior Anna Berg finished second in the 50 metre freestyle final.",
               "East junior Tom Lang won first place in the 100 metre backstroke final."]
    text = ("\n\n".join(EN_BODY) + "\n\n" + "\n\n".join(results)
            + "\n\nPrevious Next\n\nHome\nContact\nImprint\nJobs\n")
    out, _ = clean(text)
    assert all(r in out for r in results) and "Imprint" not in out and "Previous Next" not in out
    assert not any(r in clean(text, closing_stop_share=0.18)[0] for r in results)
    # a short line of names without function words still goes
    out, _ = clean("\n\n".join(EN_BODY) + "\n\nAnna Berg, Tom Lang, Eva Stone, Max Brook.\n\nHome\nContact\nImprint\n")
    assert "Anna Berg" not in out


def test_a_list_introduced_by_a_colon_stays():
    items = ["Main Street stays open for buses", "Cyclists get a temporary ferry", "Works start in March",
             "Tolls go up by ten cents"]
    text = "\n\n".join(EN_BODY[:2]) + "\n\nWhat changes for residents:\n" + "\n".join(items) + "\n\n" + \
        EN_BODY[2] + "\n\nHome\nContact\nImprint\n"
    out, _ = clean(text)
    assert all(i in out for i in items) and "Imprint" not in out
    # at the end of the article, numbered items go on across blocks
    numbered = [f"{n}) {item}" for n, item in enumerate(items, 1)]
    text = "\n\n".join(EN_BODY) + "\n\nOur picks for the week:\n" + "\n".join(numbered[:2]) + "\n\n" + \
        "\n".join(numbered[2:]) + "\n\nHome\nContact\nImprint\n"
    out, _ = clean(text)
    assert all(i in out for i in numbered) and "Imprint" not in out
    assert all(i not in clean(text, colon_lists=False)[0] for i in numbered)
    # a short heading with ':' between paragraphs keeps itself and its bullets
    bullets = ["- Die Hauptstraße bleibt offen", "- Radfahrer bekommen eine Fähre", "- Die Arbeiten beginnen im März"]
    text = "\n\n".join(DE_BODY[:2]) + "\n\nWas sich ändert:\n" + "\n".join(bullets) + "\n\n" + \
        "\n\n".join(DE_BODY[2:]) + "\n\nZurück nach oben\n\nImpressum | Datenschutz | Kontakt\n"
    out, _ = clean(text)
    assert "Was sich ändert:" in out and all(b in out for b in bullets)
    assert "Zurück nach oben" not in out and "Impressum" not in out


def test_a_list_under_a_question_heading_inside_the_article_stays():
    items = ["Main Street stays open", "Cyclists get a ferry", "Works start in March", "Tolls go up"]
    text = ("\n\n".join(EN_BODY[:2]) + "\n\nWhat changes for residents?\n\n" + "\n".join(items)
            + "\n\n" + EN_BODY[2] + "\n\nHome\nContact\nImprint\n")
    out, _ = clean(text)
    assert "What changes for residents?" in out and all(i in out for i in items) and "Imprint" not in out
    # two lines under a question (a photo credit, a handle) are no list: they go as before
    text = ("\n\n".join(EN_BODY[:2]) + "\n\nWhat changes for residents?\n\nPhoto\n@janedoe\n\n"
            + EN_BODY[2] + "\n\nHome\nContact\nImprint\n")
    out, _ = clean(text)
    assert "@janedoe" not in out and "Photo" not in out
    assert all(i not in clean(text.replace("Photo\n@janedoe", "\n".join(items)), colon_lists=False)[0]
               for i in items)


def test_little_prose_past_a_run_of_boilerplate_in_the_core_goes():
    menu = "\n\n".join(["Editorial", "Anna Berg", "Tom Lang", "Eva Stone", "Max Brook", "Operations", "Lea Wolf"])
    appeal = ("We do this work every day at no cost to you, but it is far from free to produce, so we need "
              "your support to keep going.")
    text = "\n\n".join(EN_BODY) + "\n\nA word to our readers\n\n" + menu + "\n\n" + appeal + "\n\nHome\nContact\n"
    out, edits = clean(text)
    assert all(b in out for b in EN_BODY) and appeal not in out and "Tom Lang" not in out
    assert any(e.rule == "boilerplate.after_gap" and "boilerplate lines" in e.reason for e in edits)
    assert appeal in clean(text, gap_lines=0)[0]
    # the article going on past the run (as much prose after it as before) stays
    text = ("\n\n".join(EN_BODY[:2]) + "\n\n" + menu + "\n\n" + "\n\n".join(EN_BODY[2:] + [appeal])
            + "\n\nHome\nContact\n")
    out, _ = clean(text)
    assert all(b in out for b in EN_BODY) and appeal in out
    # and so does the last paragraph past a short run (a caption, a few labels)
    text = "\n\n".join(EN_BODY) + "\n\nPhoto\nTom Lang\nShare\n\n" + appeal + "\n\nHome\nContact\n"
    assert appeal in clean(text)[0]


def test_a_sentence_going_on_over_the_lines_of_the_last_block_stays():
    broken = ["また、その他にも、", "もとの商品に付された商標を消した商品を販売する行為や、",
              "もとの商品を小分けにして販売するような行為は、", "商標権侵害と判断される場合があります。"]
    for lines in (broken, ["In other cases,", "selling goods whose label was removed,",
                           "or splitting them up,", "can infringe the mark too."]):
        text = "\n\n".join(EN_BODY) + "\n" + "\n".join(lines) + "\n\nHome\nContact\nImprint\nJobs\n"
        out, _ = clean(text)
        assert all(x in out for x in lines) and "Imprint" not in out
        # in a block of their own, or with no line ending the sentence, they go as before
        out, _ = clean(text.replace(EN_BODY[-1] + "\n", EN_BODY[-1] + "\n\n"))
        assert not any(x in out for x in lines[:3])
        out, _ = clean(text.replace("\n" + lines[-1], ""))
        assert not any(x in out for x in lines[:3])


def test_a_post_embedded_in_the_article_stays():
    post = "so. much. money.\nfor. a. bridge. https://t.co/abc123"
    sig = "— Jane Doe (@janedoe) November 18, 2019"
    text = ("\n\n".join(EN_BODY[:2]) + "\n\n" + post + "\n\n" + sig + "\n\n" + EN_BODY[2]
            + "\n\nHome\nContact\nImprint\n")
    out, _ = clean(text)
    assert sig in out and post in out and all(b in out for b in EN_BODY) and "Imprint" not in out
    assert sig not in clean(text, embeds=False)[0]
    # a handle and a date without the embed's dash (a byline, a follow line) go as before
    for other in ("Jane Doe (@janedoe) November 18, 2019", "Follow Jane Doe (@janedoe) on Twitter"):
        out, _ = clean(text.replace(post + "\n\n" + sig, other))
        assert other not in out


def test_a_comment_thread_after_the_article_goes():
    comments = ["I cycle over that bridge every day on my way to work and it has been falling apart for years "
                "now, so this decision is long overdue if you ask me and my neighbours.",
                "Twelve million euros seems like a lot of money for such a small bridge in my opinion, and I "
                "wonder who is going to pay for it in the end when the region does not.",
                "Finally some good news from the council, I hope the work really starts in spring and does not "
                "drag on for years like the last time they repaired the road by the harbour."]
    thread = "\n\n".join(f"Reader {n}\nNovember {18 + n}, 2019 at 9:1{n} am\n\n{c}" for n, c in enumerate(comments))
    out, edits = clean("\n\n".join(EN_BODY) + "\n\n" + thread + "\n")
    assert all(b in out for b in EN_BODY) and not any(c in out for c in comments)
    assert any(e.rule == "boilerplate.comments" for e in edits)


def test_teasers_after_the_article_go():
    teasers = ["Scientists found that the river has been warming faster than anyone had expected in recent years, "
               "and they warn that the fish that live in it could be gone within a decade if nothing is done.",
               "The new stadium will hold forty thousand people and open in time for the next season, the owners "
               "say, although the city has not yet approved the plans for the car park next to it.",
               "Prices for apartments in the city centre rose again last month, the statistics office reported on "
               "Monday, and rents in the suburbs are now climbing almost as fast as those in the centre."]
    units = "\n\n".join(f"MORE NEWS\n\nStory Number {n} In The Series\n\nexample.com Science\n\n{t}"
                        for n, t in enumerate(teasers))
    text = "\n\n".join(EN_BODY) + "\n\n" + units + "\n"
    out, edits = clean(text)
    assert all(b in out for b in EN_BODY) and not any(t in out for t in teasers)
    assert any(e.rule == "boilerplate.teasers" for e in edits)
    assert all(t in clean(text, teaser_units=4)[0] for t in teasers)  # three are not enough then


def test_table_rows_neither_count_for_nor_against_the_article():
    rows = [f"{n} Team {name} {pts} {won} {lost}" for n, (name, pts, won, lost) in
            enumerate([("Alpha", 40, 12, 2), ("Beta", 35, 11, 3), ("Gamma", 30, 9, 5), ("Delta", 22, 7, 7)], 1)]
    F = feats("\n".join(rows) + "\n\nHome\nNews\n")[2]
    assert F.table == {0, 1, 2, 3}
    text = ("Home\nNews\nSport\n\n" + EN_BODY[0] + "\n\nThe table after the last round:\n" + "\n".join(rows) +
            "\n\n" + EN_BODY[1] + "\n\nContact\nImprint\nJobs\n")
    out, _ = clean(text)
    assert all(r in out for r in rows) and EN_BODY[1] in out and "Imprint" not in out


def test_the_title_echo_is_found_by_the_longest_part_of_the_title():
    text = ("Bridge to be repaired | Example News | Politics | Local\n\nHome\nBridge news\nSport\n\n"
            "Bridge to be repaired\n\n" + "\n\n".join(EN_BODY) + "\n")
    F = lf.extract(text, menu_words=6)
    assert F.text[bp.title_echo(F, bp.default_options())] == "Bridge to be repaired"
    out, _ = clean(text)
    assert out.startswith("\nBridge to be repaired\n") or out.lstrip().startswith("Bridge to be repaired\n")


SIDEBAR = ("» Column of the week\n\nClick on the photo and read the columns our editor writes every week about the "
           "races, the drivers and the teams of the season.\n\n» Podcast episode\n\nThe new episode of our "
           "podcast is out, and this time we talk about everything that has happened in the world of motor "
           "sport since the last race of the season.\n\nUsers online\n")
ROUNDS = [f"{n}{'stndrd'[2 * n - 2:2 * n] if n < 4 else 'th'} round: {day} {month} – {place}"
          for n, (day, month, place) in enumerate(
    [(10, "March", "Springfield"), (8, "April", "Riverside"), (22, "April", "Lakeside"), (6, "May", "Hill Valley"),
     (20, "May", "Oakland Park"), (5, "August", "Greenfield"), (19, "August", "to be announced")], 1)]


def test_numbered_lists_are_lines_counting_up():
    ticker = ["12:04 Storm closes the harbour road", "11:58 Council meets on Tuesday", "11:40 Bridge to be repaired",
              "11:12 Prices rise again"]
    scattered = ["3 cheap flights to the coast", "7 ways to save on heating", "12 photos of the storm",
                 "5 questions for the mayor"]
    F = feats("\n".join(ROUNDS) + "\n\n" + "\n".join(ticker) + "\n\n" + "\n".join(scattered) + "\n\n"
              + "1) one\n2) two\n\n3) three\n")[2]
    assert F.numbered == {0: 7}  # not times, not numbers that do not count up, not across a blank line
    rows = [f"{n} Team {name} {pts} {won}" for n, (name, pts, won) in
            enumerate([("Alpha", 40, 12), ("Beta", 35, 11), ("Gamma", 30, 9)], 11)]
    assert feats("\n".join(rows) + "\n")[2].numbered == {0: 3}  # counting on from any number


def test_a_numbered_list_under_the_headline_is_the_article():
    text = ("Race calendar 2024 | Example Racing\n\nHome\nNews\nCalendar\nDrivers\n\nRace calendar 2024\n\n"
            "Monday, 22 January 2024 at 0:13\nShare this\n\n" + "\n".join(ROUNDS) +
            "\n\n* The dates may still change when the organisers confirm them\n\nexample.com\n\nShare this\n\nTags\n\n" + SIDEBAR)
    out, edits = clean(text)
    assert all(r in out for r in ROUNDS) and "Race calendar 2024\n" in out
    assert "* The dates may still change when the organisers confirm them" in out  # a note under the list
    assert "Podcast" not in out and "Click on the photo" not in out and "Calendar\nDrivers" not in out
    cut = next(e for e in edits if "Podcast" in text[e.start:e.end])
    assert cut.rule == "boilerplate.after_list" and "after the numbered list that is the article" in cut.reason
    # without the rule the sidebar outweighs the list: the page is left alone
    assert "Podcast episode" in clean(text, list_items=0)[0]


def test_a_table_under_a_line_ending_in_a_colon_is_the_article():
    rows = [f"{n} {name} {pts} {won} {poles}" for n, (name, pts, won, poles) in enumerate(
        [("Anna Berg", 5040, 5, 1), ("Carl Dorn", 5035, 7, 0), ("Eva Falk", 5033, 4, 6), ("Gus Hahn", 5027, 6, 3),
         ("Ida Jung", 2380, 2, 3), ("Kai Lutz", 2339, 1, 1), ("Mia Nolte", 2318, 3, 3), ("Ole Pohl", 2290, 0, 1),
         ("Rita Sand", 2275, 3, 4), ("Tom Ulm", 2274, 0, 5)], 1)]
    intro = ["On this page you will always find the standings of the series after the last race.",
             "Save the page to your favourites and come back after every race of the season!"]
    text = ("Standings\n\nFriday, 22 October 2010 at 20:13\nShare this\n\n" + "\n\n".join(intro) +
            "\n\nAnna Berg\n\nThe final standings of the series after all the races:\n"
            "Pos. Driver Points Wins Poles\n" + "\n".join(rows) + "\n\nexample.com\nShare this\n» Our column\n\n"
            + SIDEBAR)
    out, _ = clean(text)
    assert all(r in out for r in rows) and all(i in out for i in intro)
    assert "Pos. Driver Points Wins Poles" in out and "Podcast" not in out and "Click on the photo" not in out


def test_lookalike_lists_still_go():
    # a ticker of timestamped headlines under the headline: times, not items counting up
    ticker = [f"{h}:{m:02d} {t}" for h, m, t in [(12, 4, "Storm closes the harbour road"),
                                                 (11, 58, "Council meets on Tuesday about the budget"),
                                                 (11, 40, "Bridge to be repaired next year"),
                                                 (11, 12, "Prices rise again in the city centre"),
                                                 (10, 55, "New stadium opens in spring")]]
    text = ("Bridge to be repaired | Example News\n\nBridge to be repaired\n\n" + "\n".join(ticker) + "\n\n"
            + "\n\n".join(EN_BODY) + "\n\nLatest news\n" + "\n".join(ticker) + "\n\nHome\nContact\nImprint\n")
    out, _ = clean(text)
    assert all(b in out for b in EN_BODY) and not any(t in out for t in ticker) and "Imprint" not in out
    # a numbered "most read" list after the article, under a short heading: not the article's
    most = [f"{n}. {t}" for n, t in enumerate(["Storm closes the harbour road", "Council meets on Tuesday",
                                               "Bridge to be repaired", "Prices rise again", "Stadium opens",
                                               "Ferry for cyclists"], 1)]
    # (a heading ending in ':' right under the article's last paragraph keeps it: colon_lists)
    for heading in ("\n\nShare this\n\nMost read:\n", "\n\nShare this\n\nThe most read stories on our site today:\n"):
        text = ("Bridge to be repaired | Example News\n\nHome\nNews\nSport\n\nBridge to be repaired\n\n"
                + "\n\n".join(EN_BODY) + heading + "\n".join(most) + "\n\nHome\nContact\nImprint\n")
        out, _ = clean(text)
        assert all(b in out for b in EN_BODY) and not any(m in out for m in most) and "Imprint" not in out
        assert "Home\nNews\nSport" not in out  # the menu


def test_the_article_starts_at_the_headline_after_boilerplate():
    teasers = ["Scientists found that the river has been warming faster than anyone had expected in recent years, "
               "and they warn that the fish could be gone within a decade.",
               "The new stadium will hold forty thousand people and open in time for the next season, the owners "
               "say, although the city has not yet approved the plans."]
    head = "Bridge to be repaired | Example News\n\nHome\nNews\nSport\n\n" + "\n".join(teasers)
    article = "\n\nBridge to be repaired\n\nNovember 19, 2019 at 9:45 am\n\n" + "\n\n".join(EN_BODY) + "\n"
    text = head + "\n\nAll videos\nWeather\nContact\n" + article
    out, edits = clean(text)
    assert all(b in out for b in EN_BODY) and not any(t in out for t in teasers)
    assert any(e.rule == "boilerplate.before_headline" and "before the headline" in e.reason for e in edits)
    assert all(t in clean(text, headline_gap=0)[0] for t in teasers)  # the teasers join the core then
    # one boilerplate line before the headline is not enough: the prose above stays with the article
    out, _ = clean(head + "\n\nShare this\n" + article)
    assert all(t in out for t in teasers) and all(b in out for b in EN_BODY)


# The fast paths of the line features give what their plain definitions give.
LINE_TEXTS = st.lists(st.text(alphabet="aZé1²_ .:©@-İΣσ\u3042中’\t", max_size=14), max_size=12)


@settings(max_examples=150, deadline=None)
@given(LINE_TEXTS)
def test_line_digits_are_those_of_the_joined_words(lines):
    tokens, data = lf._split_words(lines)
    assert lf._numeric(tokens, data) == [not "".join(t).isalpha() for t in tokens]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["1 2 3", "a 1 2", "a b 1", "a b c d 1", "x", "", "12 ab 3 4 5"]), max_size=14))
def test_table_rows_are_runs_of_numeric_lines_in_a_block(lines):
    F = lf.extract("\n".join(lines) + "\n", menu_words=6)
    numeric = [not "".join(t).isalpha() for t in F.tokens]
    rows = [bool(n and w >= 3 and 5 * sum(map(str.isdigit, t)) >= 2 * len(t))
            for n, w, t in zip(numeric, F.words, F.tokens)]
    runs = lf._runs(rows, F.block) if sum(rows) >= 3 else [0] * len(rows)
    assert lf._table_rows(F, F.tokens, numeric, 3) == {j for j, r in enumerate(runs) if r >= 3}
    marks = lf._marks(lf._split_words([t.strip().lower() for t in lines if t.strip()])[1]) if len(F) else []
    assert lf._table_rows(F, F.tokens, numeric, 3, marks) == lf._table_rows(F, F.tokens, numeric, 3)


@settings(max_examples=150, deadline=None)
@given(LINE_TEXTS)
def test_table_rows_looked_for_by_their_marks_are_those_of_their_words(lines):
    lines = [f"{t} 1 ²2 {t}" for t in lines]  # rows of numbers, and words of all kinds
    F = lf.extract("\n".join(lines) + "\n", menu_words=6)
    numeric = [not "".join(t).isalpha() for t in F.tokens]
    marks = lf._marks(lf._split_words([t.strip().lower() for t in lines if t.strip()])[1]) if len(F) else []
    assert lf._table_rows(F, F.tokens, numeric, 1, marks) == lf._table_rows(F, F.tokens, numeric, 1)


@settings(max_examples=150, deadline=None)
@given(LINE_TEXTS)
def test_the_words_are_those_of_the_folded_lines(lines):
    from normalizer.document import fold
    text = "\n".join(lines)
    F = lf.extract(text, menu_words=6, folded=fold(text))
    assert F.tokens == [lf.WORD.findall(line) for line in fold(text).split("\n") if line.strip()]


def _numbered_line_by_line(texts, numeric, block, least):
    """``_numbered`` as it was: every line with digits looked at in turn."""
    found, first, last, count = {}, -1, None, 0
    for j in (j for j in range(len(texts)) if numeric[j]):
        m = lf.ITEM_NUMBER.match(texts[j])
        k = int(m.group(1)) if m else None
        if k is not None and count and j == first + count and block[j] == block[first] and k == last + 1:
            count += 1
        else:
            if count >= least:
                found[first] = count
            first, count = (j, 1) if k is not None else (-1, 0)
        last = k
    if count >= least:
        found[first] = count
    return found


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["1. a", "2. b", "3) c", "4 d", "5a x", "12:04", "x 1", "word", "", "2", "3"]),
                max_size=16))
def test_numbered_lists_skip_the_lines_without_a_number(lines):
    F = lf.extract("\n".join(lines) + "\n", menu_words=6)
    numeric = [not "".join(t).isalpha() for t in F.tokens]
    for least in (2, 3):
        assert lf._numbered(F.text, numeric, F.block, least) == _numbered_line_by_line(F.text, numeric, F.block, least)
