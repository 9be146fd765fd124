"""Article metadata: the facts found on the seeds and the dev pages, their sources, the sidecar, body-only.

The expected values in the two tables were written by reading the pages and the
seed dumps (the visible headline, byline and dateline), not copied from the
tool's output. ``None`` means the document states no such fact (it must be
absent); a fact not listed is not checked.
"""
import gzip
import json
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from normalizer import Document, Fact
from normalizer.config import load_config
from normalizer.inputs import html_document
from normalizer.pipeline import Pipeline, PluginFailure

DEV = ROOT.parent / "shared" / "bench" / "scrapinghub-dev"

SEED_FACTS = {
    "000_58090b10ebb7e255": {"headline": "China and Russia ignore western concerns and develop relations with Taliban",
                             "authors": None, "published": None, "language": "en", "site": None},
    "001_3ff398139fc4a08a": {"headline": "China rushes to build security contacts in Central Asia in the face of "
                                         "Taliban advance", "authors": None, "published": None, "language": "en"},
    # the author is named only in an "About Author" note at the end, which is not a byline
    "002_1f0d02c859d9679f": {"headline": "China draws closer to the Taliban as regional foreign ministers prepare "
                                         "for a meeting in Beijing", "published": None, "language": "en"},
    "003_3e767a28963ffa53": {"headline": "Turmoil in Afghanistan binding China and Russia even closer",
                             "authors": None, "published": None, "language": "en", "site": "scmp.com"},
    "004_85882777b8b265be": {"headline": "China seeks assurances in Afghan case", "authors": None,
                             "published": None, "language": "en", "site": None},
}

# key prefix -> what the page shows (published: the date as the page states it)
PAGE_FACTS = {
    "042bb7b5fe": {"headline": "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay",
                   "authors": ["Sarah E. Needleman"], "published": "2019-11-19", "language": "en", "site": "wsj.com"},
    "05844573ca": {"headline": "New SUVs and electric vehicles highlight L.A. Auto Show", "authors": ["Tom Krisher"],
                   "published": "2019-11-20", "language": "en", "site": "ctpost.com"},
    "156770d676": {"headline": "South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign",
                   "authors": ["Tess Bonn"], "published": "2019-11-19", "language": "en", "site": "thehill.com"},
    "20b2b64916": {"headline": "Black Friday per nostalgici: le occasioni da non perdere",
                   "published": "2017-11-23", "language": "it", "site": "remember8090.it"},
    "2f42ef1d3e": {"headline": "The Future of Banking Is … You're Broke", "authors": ["Molly Wood"],
                   "published": "2019-11-14", "language": "en"},
    "57b4dafd18": {"headline": "Die elektronische Patientenakte (ePA) – der lange Marsch ins Digitale "
                               "Gesundheitswesen", "authors": ["Moritz Bachmann"], "published": "2018-09-25",
                   "language": "de", "site": "blog.comwrap.com"},
    "7dfc3e359d": {"headline": "James Van Der Beek eliminated from 'Dancing with the Stars' after announcing wife "
                               "suffered miscarriage", "authors": ["Andy Sahadeo"], "published": "2019-11-19",
                   "language": "en"},
    "a1fca19b88": {"headline": "Taliban say they freed US, Australian hostages for 3 terrorist figures",
                   "authors": ["Lia Eustachewich", "Yaron Steinbuch"], "published": "2019-11-19", "language": "en",
                   "site": "nypost.com"},
    "bc13ff87b2": {"headline": "Major WeWork layoffs to begin today", "authors": ["David Jeans"],
                   "published": "2019-11-18", "language": "en"},
    "c82b3d1d54": {"headline": "53-летняя модель: «Посмотри на красотку, которая превратилась в старуху»",
                   "authors": ["Лида Буслаева"], "published": "2018-10-11", "language": "ru"},
    "e7994d5500": {"headline": "UK Tories under fire for Twitter name switch during debate",
                   "authors": ["Danica Kirka", "Jill Lawless"], "published": "2019-11-20", "language": "en"},
    "f6ac15a4d9": {"headline": "Atendimento Domiciliar registra arrombamento em veículos",
                   "authors": ["Clarissa Borba"], "published": "2018-10-05", "language": "pt"},
    "85439e26c4": {"headline": "商品の改造が商標法違反に！？", "published": "2016-12-01", "language": "ja"},
    "11ea381ad9": {"headline": "Classificação NASCAR", "published": "2010-10-22", "language": "pt",
                   "site": "autoracing.com.br"},
}


@pytest.fixture(scope="module")
def body_only():
    return Pipeline(load_config(overrides={"normalizer": {"body_only": True}}))


def check_facts(metadata, expected: dict) -> list[str]:
    wrong = []
    for name, want in expected.items():
        got = metadata.value(name)
        if name == "published" and got is not None:
            got = got[:10]
        if name == "headline" and got is not None:
            got = " ".join(got.split())
        if got != want:
            fact = metadata.get(name)
            wrong.append(f"{name}: expected {want!r}, got {got!r}" + (f" from {fact.source}" if fact else ""))
    return wrong


@pytest.mark.parametrize("name", sorted(SEED_FACTS))
def test_seed_facts(pipeline, name):
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    result = pipeline.run(Document(text, source=name))
    assert not check_facts(result.metadata, SEED_FACTS[name]), check_facts(result.metadata, SEED_FACTS[name])
    assert result.metadata.get("headline").source.startswith("text line")


def _dev_pages():
    if not (DEV / "ground-truth.json").is_file():
        pytest.skip(f"the shared dev pages are not at {DEV}")
    gold = json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))
    return {k[:10]: (k, v["url"]) for k, v in gold.items()}


@pytest.mark.parametrize("prefix", sorted(PAGE_FACTS))
def test_dev_page_facts(pipeline, body_only, prefix):
    key, url = _dev_pages()[prefix]
    data = gzip.decompress((DEV / "html" / f"{key}.html.gz").read_bytes())
    result = pipeline.run(html_document(data, url=url, id=key))
    wrong = check_facts(result.metadata, PAGE_FACTS[prefix])
    assert not wrong, f"{prefix} {url}: " + "; ".join(wrong)
    for fact in result.metadata.chosen().values():
        assert fact.source and fact.plugin
    cut = body_only.run(html_document(data, url=url, id=key))
    assert check_facts(cut.metadata, PAGE_FACTS[prefix]) == [], "body-only mode reports the same facts"
    headline = PAGE_FACTS[prefix]["headline"]
    assert headline not in cut.text[:len(headline) + 200], "body-only output does not start with the headline"


DUMP = """Advertisement
Neue Regeln für den Ausbau der Windkraft

Von Max Muster und Erika Mustermann, Berlin

Veröffentlicht am 23. November 2026, 14:05 Uhr

Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der Windkraft beschlossen. Künftig sollen Genehmigungen schneller erteilt werden, sagte die Ministerin in Berlin.

Die Opposition kritisierte den Entwurf als unzureichend und kündigte Widerstand im Bundestag an.
"""


def test_text_dump_facts_and_body_only_edits(pipeline, body_only):
    full = pipeline.run(Document(DUMP))
    assert full.text.startswith("Neue Regeln für den Ausbau der Windkraft\n")
    meta = full.metadata
    assert meta.value("headline") == "Neue Regeln für den Ausbau der Windkraft"
    assert meta.value("authors") == ["Max Muster", "Erika Mustermann"]
    assert meta.value("published") == "2026-11-23T14:05:00"
    assert meta.value("language") == "de"
    assert meta.get("authors").source == "text line 4" and meta.get("published").source == "text line 6"
    assert meta.get("authors").evidence == "Von Max Muster und Erika Mustermann, Berlin"
    assert meta.get("site") is None, "a dump without URL or fingerprint names no site"

    cut = body_only.run(Document(DUMP))
    assert cut.text.startswith("Die Bundesregierung hat am Mittwoch")
    kinds = {e.kind: e for e in cut.edits if e.plugin == "meta_lines"}
    assert {"title", "byline"} <= set(kinds) <= {"title", "byline", "dateline"}  # the classifier may take the dateline
    assert kinds["byline"].removed.startswith("Von Max Muster") and "23. November" not in cut.text
    assert cut.metadata.value("authors") == meta.value("authors"), "kept in the sidecar"
    from normalizer import reconstruct
    assert reconstruct(cut.text, cut.log) == DUMP


@pytest.mark.parametrize("line, authors, published", [
    ("By Jane Doe and John Roe | Reuters | November 18, 2019", ["Jane Doe", "John Roe"], "2019-11-18"),
    ("Par Jean Dupont et Marie Curie, publié le 3 décembre 2026 à 10h15", ["Jean Dupont", "Marie Curie"],
     "2026-12-03T10:15:00"),
    ("Por Juan Pérez y María López | 23 de noviembre de 2026", ["Juan Pérez", "María López"], "2026-11-23"),
    ("Von Max Muster, 23.11.2026", ["Max Muster"], "2026-11-23"),
    ("Di Mario Rossi - 5 marzo 2021", ["Mario Rossi"], "2021-03-05"),
    ("Door Jan Jansen, 12 maart 2021", ["Jan Jansen"], "2021-03-12"),
])
def test_bylines_in_several_languages(pipeline, line, authors, published):
    text = (f"Headline of the day for a test article\n\n{line}\n\n"
            "The first paragraph of the article is long enough to count as prose, and it ends here.\n")
    meta = pipeline.run(Document(text)).metadata
    assert meta.value("authors") == authors
    assert meta.value("published") == published


@pytest.mark.parametrize("text", [
    "Just one paragraph of text that says nothing about who wrote it or when, and ends here.\n",
    "by the way, this line is not a byline at all\n\nNor is this one a headline.\n",
    "Menu\nHome\nNews\n",
])
def test_nothing_stated_nothing_found(pipeline, text):
    meta = pipeline.run(Document(text)).metadata
    assert meta.get("authors") is None and meta.get("published") is None and meta.get("headline") is None


def test_a_confident_detector_beats_a_template_lang_attribute(pipeline):
    page = ("<html lang='en'><body><article><h1>Neue Regeln</h1><p>Die Bundesregierung hat am Mittwoch "
            "neue Regeln für den Ausbau der Windkraft beschlossen. Künftig sollen Genehmigungen schneller "
            "erteilt werden, sagte die Ministerin.</p></article></body></html>")
    meta = pipeline.run(html_document(page)).metadata
    assert meta.value("language") == "de" and meta.get("language").plugin == "language"
    assert [f.value for f in meta.all("language")] == ["de", "en"]
    short = pipeline.run(html_document("<html lang='fr'><body><p>OK</p></body></html>")).metadata
    assert short.value("language") == "fr" and short.get("language").source == "<html lang>"
    assert pipeline.run(Document("12 34 56")).metadata.get("language") is None


def test_page_metadata_sources_and_ranking(pipeline):
    page = b"""<html lang="en-GB"><head><title>Storm hits coast | Example News</title>
      <meta property="og:site_name" content="Example News">
      <meta name="author" content="Example News Ltd">
      <meta property="article:published_time" content="2026-11-23T08:00:00+01:00">
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Storm hits coast", "author": [{"@type": "Person", "name": "By JANE DOE"},
        {"@type": "Person", "name": "John Roe"}], "datePublished": "2026-11-23T07:00:00Z"}</script>
      </head><body><article><p>The storm reached the coast on Monday morning, and the damage was
      heavy in the harbour towns along the shore.</p></article></body></html>"""
    meta = pipeline.run(html_document(page, url="https://www.example.com/2026/11/23/storm")).metadata
    assert meta.value("headline") == "Storm hits coast"
    assert meta.value("authors") == ["Jane Doe", "John Roe"]
    assert meta.get("authors").source == "json-ld NewsArticle.author"
    assert meta.value("published") == "2026-11-23T07:00:00+00:00"
    assert meta.value("site") == "example.com" and meta.get("site").source == "url"
    assert meta.value("site_name") == "Example News"
    titles = {f.source: f.value for f in meta.all("headline")}
    assert titles["<title>"] == "Storm hits coast", "the site name is cut off the <title>"
    assert {f.source for f in meta.all("published")} >= {"meta article:published_time", "url path"}


def test_dates_are_read_in_many_forms():
    Pipeline()  # loads the built-in plugins as the package normalizer_plugins
    from normalizer_plugins._dates import parse_date

    assert parse_date("2019-11-19T13:03:00.000Z") == "2019-11-19T13:03:00+00:00"
    assert parse_date("2019-11-20T06:35:39+0000") == "2019-11-20T06:35:39+00:00"
    assert parse_date("19 Nov 2019 07:09 GMT") == "2019-11-19T07:09:00+00:00"
    assert parse_date("1:39 am EST, Wednesday, November 20, 2019") == "2019-11-20T01:39:00-05:00"
    assert parse_date("23. November 2026") == "2026-11-23"
    assert parse_date("23.11.2026") == "2026-11-23"
    assert parse_date("Mittwoch, 23. November 2026, 20.15 Uhr") == "2026-11-23T20:15:00"
    assert parse_date("1er janvier 2020") == "2020-01-01"
    assert parse_date("23 de noviembre de 2026") == "2026-11-23"
    assert parse_date("sexta-feira, 22 de outubro de 2010 às 20:13") == "2010-10-22T20:13:00"
    assert parse_date("12 mrt 2021") == "2021-03-12"
    assert parse_date("23/11/2026") == "2026-11-23"
    for unread in ("03/04/2026", "11/13/19", "0001-01-01T00:00:00+00:00", "Nov 19", "soon"):
        assert parse_date(unread) is None, unread


def test_bad_facts_fail_the_document_naming_the_plugin(tmp_path):
    d = tmp_path / "plugs"
    d.mkdir()
    (d / "bad_date.py").write_text("from normalizer import Fact, hookimpl\n"
                                   "@hookimpl\ndef find_metadata(document):\n"
                                   "    return [Fact('published', 'last Tuesday', source='a guess')]\n")
    p = Pipeline(load_config(), plugins_dirs=[d], only=["bad_date"])
    with pytest.raises(PluginFailure, match="bad_date.*not an ISO 8601 date"):
        p.run(Document("text"))
    with pytest.raises(ValueError):
        from normalizer.metadata import check
        check(Fact("authors", [], source="x"), "p")


def test_sidecar_summary_and_table(tmp_path, capsys):
    from normalizer.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "de.txt").write_text(DUMP, encoding="utf-8")
    (tmp_path / "in" / "plain.txt").write_text("Nothing here but a short note.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "in"), "-o", str(out), "--body-only"]) == 0
    side = json.loads((out / "meta" / "de.json").read_text(encoding="utf-8"))
    assert side["format"] == "normalizer.meta/1" and side["key"] == "de"
    assert side["headline"] == "Neue Regeln für den Ausbau der Windkraft"
    assert side["authors"] == ["Max Muster", "Erika Mustermann"] and side["published"] == "2026-11-23T14:05:00"
    assert side["facts"]["authors"] == {"name": "authors", "value": ["Max Muster", "Erika Mustermann"],
                                        "source": "text line 4", "confidence": 0.75, "plugin": "meta_text",
                                        "evidence": "Von Max Muster und Erika Mustermann, Berlin"}
    assert any(c["source"] == "fastText lid.176 on the clean text" for c in side["candidates"])
    plain = json.loads((out / "meta" / "plain.json").read_text(encoding="utf-8"))
    assert "authors" not in plain and "published" not in plain and "headline" not in plain
    assert not (out / "clean" / "de.txt").read_text(encoding="utf-8").startswith("Neue Regeln")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["facts"]["authors"] == 1 and summary["facts"]["headline"] == 1
    assert "facts found (OUT/meta): headline 1/2, authors 1/2" in capsys.readouterr().out
    assert not list((out / "meta").glob(".*.tmp")), "written atomically"


def test_metadata_row_for_jsonl_output(pipeline):
    row = pipeline.run(Document(DUMP)).metadata.row()
    assert row["authors"] == ["Max Muster", "Erika Mustermann"] and row["sources"]["authors"] == "text line 4"
    json.dumps(row)
