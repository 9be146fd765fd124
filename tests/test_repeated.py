"""Corpus mining of lines a site repeats (plugins/repeated.py), in the API and in a two-pass run."""
import json
import random

import pytest

from normalizer import Document, normalize
from normalizer.cli import main
from normalizer.config import load_config
from normalizer.pipeline import Pipeline

TEMPLATE_TOP = ["Home | World | Business | Sport", "Subscribe to our daily briefing", "Updated 12:04 GMT"]
TEMPLATE_END = ["© 2024 Example Media. All rights reserved.", "Follow us on Facebook and Twitter"]
WORDS = ("river council budget school harbour mayor report storm museum station farmers bridge "
         "election hospital festival library court market").split()


def article(rng, n=4):
    return [" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(n)]


def site_docs(n, seed=0, site="example.com"):
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        stamp = f"Updated {rng.randrange(24):02d}:{rng.randrange(60):02d} GMT"
        lines = TEMPLATE_TOP[:2] + [stamp] + article(rng) + TEMPLATE_END
        docs.append(Document("\n\n".join(lines) + "\n", site=site, source=f"{site}/{i}.txt"))
    return docs


@pytest.fixture(scope="module")
def miner():
    return Pipeline(load_config(), only=["repeated"])


def test_template_lines_go_article_lines_stay(miner):
    docs = site_docs(12)
    counts = miner.count(docs)
    for doc in docs:
        r = miner.run(doc, counts)
        removed = [e.removed.strip() for e in r.edits]
        assert sorted(removed) == sorted(TEMPLATE_TOP[:2] + TEMPLATE_END + [doc.original.split("\n\n")[2]])
        assert all(line in r.text for line in doc.original.split("\n\n")[3:7])
        assert all("in 12 of 12 documents of example.com" in e.reason for e in r.edits)


def test_thresholds_count_documents_and_share(miner):
    docs = site_docs(30)
    for d in docs[:4]:
        d.original = d.original.replace("Follow us on", "Rare promo line\n\nFollow us on")
    counts = miner.count(docs)
    strict = Pipeline(load_config(overrides={"plugins": {"repeated": {"min_share": 0.2}}}), only=["repeated"])
    loose = Pipeline(load_config(overrides={"plugins": {"repeated": {"min_share": 0.1}}}), only=["repeated"])
    fewer = Pipeline(load_config(overrides={"plugins": {"repeated": {"min_documents": 5, "min_share": 0.0}}}),
                     only=["repeated"])
    # 4 of 30 documents: below a 20% share (6), above 10% (3), below 5 documents
    assert "Rare promo line" in strict.run(docs[0], counts).text
    assert "Rare promo line" not in loose.run(docs[0], counts).text
    assert "Rare promo line" in fewer.run(docs[0], counts).text
    assert "Follow us on" not in fewer.run(docs[0], counts).text


def test_never_removes_the_only_text(miner):
    docs = site_docs(6) + [Document("Subscribe to our daily briefing\n", site="example.com"),
                           Document("Home | World | Business | Sport\n\nFollow us on Facebook and Twitter\n",
                                    site="example.com")]
    counts = miner.count(docs)
    assert miner.run(docs[-2], counts).text == docs[-2].original
    assert miner.run(docs[-1], counts).text == docs[-1].original
    assert miner.run(docs[0], counts).edits


def test_sites_are_counted_apart(miner):
    docs = site_docs(5, site="a.com") + site_docs(5, seed=1, site="b.com")
    docs[9] = Document("\n\n".join(TEMPLATE_END[:1] + article(random.Random(5))), site="b.com")
    counts = miner.count(docs)
    assert counts.view("repeated", "a.com").documents == 5
    assert "in 4 of 5 documents of b.com" in miner.run(docs[5], counts).edits[-1].reason


def test_without_corpus_nothing_is_mined():
    doc = site_docs(1)[0]
    assert [e for e in normalize(doc.original).edits if e.plugin == "repeated"] == []


def test_two_pass_run_mines_each_folder(tmp_path):
    for name, seed in (("siteA", 0), ("siteB", 1)):
        folder = tmp_path / "in" / name
        folder.mkdir(parents=True)
        for i, doc in enumerate(site_docs(6, seed=seed, site=name)):
            text = doc.original if name == "siteA" else doc.original.replace("Example Media", "Other Media")
            (folder / f"{i}.txt").write_text(text)
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "in"), "-o", str(out), "-q"]) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["corpus"]["sites"] == 2 and summary["plugins"]["repeated"]["documents"] == 12
    log = json.loads((out / "edits" / "siteB" / "0.json").read_text())
    reasons = [e["reason"] for s in log["steps"] if s["plugin"] == "repeated" for e in s["edits"]]
    assert reasons and all("of 6 documents of" in r and "siteB" in r for r in reasons)
    assert "Other Media" not in (out / "clean" / "siteB" / "0.txt").read_text()


def test_whole_text_normalisation_matches_line_by_line():
    """The plugin normalises a document's text at once; each line's key must be what cc_net's
    per-line normalisation gives (case with Greek final sigma, digits, punctuation, odd line ends)."""
    import importlib

    repeated = importlib.import_module("normalizer_plugins.repeated")
    rng = random.Random(7)
    alphabet = "aΣς İ_\n\r\t٣.,-xYz\u2028\x85\x1c©"
    texts = ["ΟΔΟΣ\nΣ\nαΣ\nΣα\n", "Updated 12:04\nUPDATED 09:31!\n\n", "a_b\n٣٤\n"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    for text in texts:
        assert repeated.normalised_lines(text) == [repeated.normalise(line) for line in text.split("\n")], repr(text)
    assert repeated.normalised_lines("Updated 12:04\nUPDATED 09:31!") == ["updated 00 00", "updated 00 00"]
