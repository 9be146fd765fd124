"""Dumps of news and blog pages in German and other European languages, from sites no plugin knows.

The probes in ``fixtures/multilingual`` are written for these tests (invented articles, page furniture as
German, French, Spanish, Italian, Dutch, Portuguese and Polish pages print it): full-page text dumps and
article-region dumps, each with its true article body (``<name>.clean.txt``, no headline, as the dev bench's
references). Then one test per rule, in German and another language, and lookalikes: article prose with the
same words stays.
"""
from pathlib import Path

import pytest

from benchmarks.metric import score
from normalizer import Document
from normalizer.config import load_config
from normalizer.pipeline import Pipeline

PROBES = Path(__file__).parent / "fixtures" / "multilingual"
NAMES = sorted(p.name[:-4] for p in PROBES.glob("*.txt") if not p.name.endswith(".clean.txt"))

DE = ("Der Stadtrat hat am Dienstagabend nach einer langen Debatte beschlossen, die alte Brücke über den Fluss "
      "bis zum Ende des kommenden Jahres vollständig zu sanieren und für den Verkehr wieder freizugeben.")
DE2 = ("Die Kosten für das Vorhaben werden auf rund zwölf Millionen Euro geschätzt, wobei ein großer Teil davon "
       "aus Mitteln des Landes kommen soll, wie der Bürgermeister am Abend erklärte.")
DE3 = ("Anwohner hatten sich seit Jahren über den Zustand der Brücke beschwert, die für schwere Fahrzeuge schon "
       "lange gesperrt ist und nur noch von Radfahrern und Fußgängern genutzt werden darf, was viele Umwege bedeutet. "
       "Die Verwaltung will deshalb während der Bauzeit eine Fähre einrichten.")
DE4 = ("Ob die Arbeiten tatsächlich im Frühjahr beginnen können, hängt nach Angaben der Verwaltung vor allem davon "
       "ab, wie schnell die Ausschreibung abgeschlossen werden kann und ob genügend Firmen ein Angebot abgeben. "
       "Im Herbst soll der Rat erneut über den Stand der Planung beraten.")
FR = ("Le conseil municipal a décidé mardi soir, après un long débat, de rénover entièrement le vieux pont sur la "
      "rivière avant la fin de l'année prochaine et de le rouvrir à la circulation.")
FR2 = ("Le coût des travaux est estimé à une douzaine de millions d'euros, dont une grande partie sera prise en "
       "charge par la région, a précisé le maire dans la soirée.")
PL = ("Rada miasta zdecydowała we wtorek wieczorem, po długiej debacie, że stary most na rzece zostanie "
      "całkowicie wyremontowany do końca przyszłego roku i ponownie otwarty dla ruchu.")
PL3 = ("Mieszkańcy od lat skarżyli się na stan mostu, który od dawna jest zamknięty dla ciężkich pojazdów i może "
       "z niego korzystać tylko ruch pieszy i rowerowy, co oznacza dla wielu osób długie objazdy. Na czas remontu "
       "miasto chce uruchomić prom.")
PL4 = ("Czy prace rzeczywiście ruszą wiosną, zależy według urzędników przede wszystkim od tego, jak szybko uda się "
       "rozstrzygnąć przetarg i czy zgłosi się wystarczająco wielu wykonawców. Jesienią rada ma ponownie omówić "
       "stan przygotowań do inwestycji.")
PL2 = ("Koszt inwestycji szacuje się na około dwanaście milionów złotych, a znaczną część pieniędzy ma pokryć "
       "samorząd województwa, jak poinformował wieczorem burmistrz.")


@pytest.fixture(scope="module")
def body_only():
    return Pipeline(load_config(overrides={"normalizer": {"body_only": True}}))


def _pairs(pipeline):
    return {name: (pipeline.run(Document((PROBES / f"{name}.txt").read_text(encoding="utf-8"))).text,
                   (PROBES / f"{name}.clean.txt").read_text(encoding="utf-8")) for name in NAMES}


def test_there_are_probes_in_german_and_six_other_languages():
    langs = [n.split("_")[0] for n in NAMES]
    assert langs.count("de") >= 6 and {"fr", "es", "it", "nl", "pt", "pl"} <= set(langs)


def test_probes_body_only(body_only):
    # Before this work (main at deef7e6): F1 0.943 over the 25 probes, the worst page 0.533 (an inline
    # "Auch interessant" box taken for the article's end); now 0.992, the worst 0.931.
    pairs = _pairs(body_only)
    assert score(list(pairs.values()), bootstrap=0)["f1"] >= 0.98
    worst = min(pairs, key=lambda n: score([pairs[n]], bootstrap=0)["f1"])
    assert score([pairs[worst]], bootstrap=0)["f1"] >= 0.92, worst


def test_probes_default(pipeline):
    # The default keeps the headline (the references do not): before 0.923, now 0.967.
    assert score(list(_pairs(pipeline).values()), bootstrap=0)["f1"] >= 0.955


def _between(line, first=DE, second=DE2):
    """A document with ``line`` between two paragraphs of prose, twice over."""
    return f"{first}\n\n{second}\n\n{line}\n\n{first} {second}\n\n{second} {first}\n"


def _rules(result, line):
    return {e.rule for e in result.edits if line in (e.removed or "")}


@pytest.mark.parametrize("line, rule", [
    ("Lesezeit: 3 Min.", "tags.reading_time"), ("Lesedauer: ca. 5 Minuten", "tags.reading_time"),
    ("3 Min. Lesezeit", "tags.reading_time"), ("Temps de lecture : 3 min", "tags.reading_time"),
    ("Czas czytania: 4 min", "tags.reading_time"), ("5 min read", "tags.reading_time"),
    ("Tiempo de lectura: 2 minutos", "tags.reading_time"),
    ("Czytaj też: Nowa linia tramwajowa już otwarta", "crosslinks.lead"),
    ("Jetzt einen Monat für 0,99 € testen", "subscribe.prompt"), ("Jetzt 4 Wochen kostenlos testen", "subscribe.prompt"),
    ("Jederzeit kündbar", "subscribe.prompt"), ("Bereits registriert? Hier anmelden", "subscribe.prompt"),
    ("Treść dostępna tylko dla subskrybentów", "subscribe.prompt"), ("Zapisz się do newslettera", "subscribe.prompt"),
    ("Subscreva a nossa newsletter", "subscribe.prompt"),
    ("Bitte melden Sie sich an, um zu kommentieren.", "comments.form"),
    ("Connectez-vous pour commenter", "comments.form"), ("Dodaj komentarz", "comments.header"),
    ("Artikel drucken", "social.button"), ("Udostępnij", "social.button"), ("Enviar por WhatsApp", "social.button"),
    ("War dieser Artikel hilfreich?", "social.button"), ("Cet article vous a-t-il été utile ?", "social.button"),
    ("Artikel vorlesen lassen", "video.label"), ("Bild vergrößern", "crosslinks.standalone"),
    ("ADV", "ads.marker"), ("Dalsza część artykułu pod reklamą", "ads.marker"),
    ("mit Material von dpa", "attribution.sources"), ("(dpa)", "captions.credit_suffix"),
    ("(APA/red)", "captions.credit_suffix"), ("(dw)", "attribution.signoff"),
    ("Riproduzione riservata ©", "attribution.copyright"), ("© 2024 Gazeta. Wszelkie prawa zastrzeżone.", "attribution.copyright"),
    ("Źródło: PAP", "attribution.sources"),
    ("Foto dpa", "captions.prefix"), ("Photo AFP", "captions.prefix"), ("Fot. Jan Kowalski / PAP", "captions.prefix"),
    ("Vista de un edificio en Madrid. EFE/Marcial Guillén", "captions.credit_suffix"),
    ("Bitte beachten: Dieser Artikel enthält Werbelinks.", "disclaimers.line"),
    ("Weitere Newsletter", "subscribe.prompt"), ("Einloggen", "subscribe.prompt"),
    ("Erhalten Sie die wichtigsten Nachrichten jeden Werktag in Ihr Postfach.", "subscribe.prompt"),
    ("Continua a leggere sotto la pubblicità", "ads.marker"), ("Bekijk deze foto op Instagram", "social.button"),
    ("Dieses Foto auf Instagram ansehen", "social.button"),
])
def test_rule_removes_the_line_inside_prose(clean, line, rule):
    first, second = (PL, PL2) if any(c in line for c in "ąęłśżź") or line.startswith(("Czas", "Dodaj", "Udost")) else (DE, DE2)
    result = clean(_between(line, first, second))
    assert line not in result.text
    assert rule in _rules(result, line)


@pytest.mark.parametrize("prose", [
    # the same words in sentences of the article stay
    "Die Lesezeit eines Romans von 300 Seiten beträgt nach Angaben des Verlags etwa zehn Stunden, sagte sie.",
    "Kunden können das Gerät einen Monat kostenlos testen, danach kostet das Abo 9,99 Euro im Monat.",
    "Der Vertrag ist nach Angaben des Anbieters jederzeit kündbar, was Verbraucherschützer ausdrücklich lobten.",
    "Der Drucker kann das Dokument auch beidseitig drucken, wenn man die Einstellung vorher ändert, hieß es.",
    "Le temps de lecture moyen d'un article sur mobile ne dépasse pas trois minutes, selon l'étude publiée mardi.",
    "Czytaj też uważnie instrukcję obsługi, radzą eksperci, bo wiele osób popełnia przy montażu te same błędy.",
    "Die Stadtwerke schicken die Rechnung künftig per E-Mail, sie landet dann direkt in Ihrem Postfach, hieß es.",
    "Die Agentur dpa berichtete am Morgen, dass die Verhandlungen (wie erwartet) erneut vertagt worden seien.",
])
def test_article_sentences_with_the_same_words_stay(clean, prose):
    result = clean(_between(prose))
    assert prose in result.text


GERMAN, POLISH = (DE, DE2, DE3, DE4), (PL, PL2, PL3, PL4)


@pytest.mark.parametrize("header, links, prose", [
    ("Auch interessant", ["Hitzeschutz im Büro: Welche Rechte Arbeitnehmer haben"], GERMAN),
    ("Lesen Sie mehr", ["Ski-Weltcup: Kitzbühel rüstet sich", "Neue Gondelbahn im Zillertal eröffnet"], GERMAN),
    ("Zobacz także", ["Remont ul. Zwierzynieckiej. Są utrudnienia"], POLISH),
    ("Weiterlesen", ["Schulstart: Was Eltern jetzt wissen müssen"], GERMAN),
])
def test_related_box_before_an_intertitle_leaves_the_rest_of_the_article(clean, header, links, prose):
    # a box inside the article, then an intertitle and more prose (each paragraph under an intertitle,
    # as teasers stand under their titles): only the box goes
    one, two, three, four = prose
    text = (f"{one}\n\n{two}\n\n{header}\n" + "\n".join(links) + f"\n\nZwischenüberschrift zum Thema\n\n"
            f"{three}\n\nNoch eine Zwischenüberschrift\n\n{four}\n")
    result = clean(text)
    assert header not in result.text and all(link not in result.text for link in links)
    assert all(line in result.text for line in ("Zwischenüberschrift zum Thema", three, four))


def test_related_block_at_the_end_still_goes(clean):
    # teasers under their titles after the article: the block runs to the end
    text = (f"{DE}\n\n{DE2}\n\n{DE3}\n\nDas könnte Sie auch interessieren\nPolizei sucht Zeugen nach Unfall\n"
            "Die Beamten bitten um Hinweise zu einem Unfall am Montag, bei dem ein Radfahrer verletzt wurde.\n\n"
            "Wochenmarkt zieht um\nWegen Bauarbeiten findet der Markt ab Mai auf dem Kirchplatz statt, teilte die Stadt mit.\n")
    result = clean(text)
    assert "Polizei sucht Zeugen" not in result.text and "Wochenmarkt" not in result.text and DE3 in result.text


@pytest.mark.parametrize("credit, caption", [
    ("Foto: APA/EXPA/Johann Groder", "Bergretter bei einer Übung im Stubaital."),
    ("Bild: picture alliance / dpa | Federico Gambarini", "Eine Seniorin kühlt sich in einem Park ab."),
    ("STEPHANE DE SAKUTIN / AFP", "Une infirmière prépare un vaccin contre la grippe."),
])
def test_caption_glued_to_its_credit_line(clean, credit, caption):
    for block in (f"{credit}\n{caption}", f"{caption}\n{credit}"):
        result = clean(f"{DE}\n\n{block}\n\n{DE2}\n\n{DE} {DE2}\n")
        assert caption not in result.text and credit not in result.text


def test_a_paragraph_glued_to_a_credit_stays_when_it_is_long(clean):
    # a long paragraph under a credit is the article, not a caption
    result = clean(f"{FR}\n\nPhoto AFP\n{FR} {FR2}\n\n{FR2}\n")
    assert f"{FR} {FR2}" in result.text


def test_polish_function_words_make_prose():
    from normalizer.config import bundled_dir
    from normalizer.plugins import _package_for
    import importlib
    sw = importlib.import_module(f"{_package_for(bundled_dir())}._stopwords")
    assert sw.guess(PL.lower().replace(",", "").replace(".", "").split())[0] == "pl"


@pytest.mark.parametrize("line, expected", [
    ("Aktualisiert am 28.08.2024 – 06:30 Uhr", [("modified", "2024-08-28")]),  # the time after a dash
    ("Murcia | Actualizado: 21/04/2024 - 12:40 h", [("modified", "2024-04-21")]),  # a place before it
    ("Madrid - 02 de julio de 2024, 10:15", [("published", "2024-07-02T10:15:00")]),
    ("Data publikacji: 18.03.2024, 12:30", [("published", "2024-03-18T12:30:00")]),
    ("opublikowano: 18 marca 2024 12:30", [("published", "2024-03-18T12:30:00")]),
    ("Laatste update: 12 feb 2024 om 18:05", [("modified", "2024-02-12T18:05:00")]),
    ("Ultimo aggiornamento: 10/05/2024 alle 09:05", [("modified", "2024-05-10T09:05:00")]),
    ("Berlin | 12:30", None),  # a place and a time: no date
    ("Die Sitzung dauerte bis 21:30 Uhr am 12.03.2024 und endete ohne Ergebnis.", None),
])
def test_dateline_shapes(line, expected):
    from normalizer.config import bundled_dir
    from normalizer.plugins import _package_for
    import importlib
    bylines = importlib.import_module(f"{_package_for(bundled_dir())}._bylines")
    assert bylines.dateline(line, True) == expected


@pytest.mark.parametrize("line, names", [
    ("Ein Artikel von Tobias Reiner", ["Tobias Reiner"]), ("Un article de Claire Dumont", ["Claire Dumont"]),
    ("Ein Artikel von gestern über die Wahl", None),
    # a connector word right after the lead-in is part of the name, not the end of it
    ("Par Le Journal du Soir", ["Le Journal du Soir"]),
    # "with"/"avec"/"mit" an agency: the agency is no author
    ("Par Claire Dumont avec AFP", ["Claire Dumont"]), ("Von Tobias Reiner mit dpa", ["Tobias Reiner"]),
    ("Par Le Journal du Soir avec AFP", ["Le Journal du Soir"]),
    ("By Jane Roe with love from her garden", None),
])
def test_byline_shapes(line, names):
    from normalizer.config import bundled_dir
    from normalizer.plugins import _package_for
    import importlib
    bylines = importlib.import_module(f"{_package_for(bundled_dir())}._bylines")
    found = bylines.byline(line)
    assert (found[0] if found else None) == names
