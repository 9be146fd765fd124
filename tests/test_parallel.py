"""Runs at scale: workers, JSONL output, resume after kill -9, config changes, map_reduce."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from normalizer import reconstruct
from normalizer.cli import main
from normalizer.edits import EditLog

BENCH_TEXT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "scrapinghub-dev" / "text"


def corpus_texts(n):
    """n varied documents from the seeds (and the dev dumps, when shared/ is there)."""
    sources = sorted(SEEDS.glob("*.txt")) + sorted(BENCH_TEXT.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    out = []
    for i in range(n):
        lines = texts[i % len(texts)].splitlines(keepends=True)
        out.append("".join(lines[(i // len(texts)) % 3:]))  # vary the start
    return out


@pytest.fixture(scope="module")
def dumps(tmp_path_factory):
    """A folder with two JSONL dumps (one gzipped, one with a broken line) and loose text files."""
    import gzip

    root = tmp_path_factory.mktemp("dumps") / "in"
    (root / "loose").mkdir(parents=True)
    texts = corpus_texts(60)
    rows = [json.dumps({"id": f"d{i}", "url": f"https://site{i % 3}.example/{i}", "text": t})
            for i, t in enumerate(texts[:40])]
    (root / "a.jsonl").write_text("\n".join(rows[:20] + ["{broken"]) + "\n")
    (root / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(rows[20:]) + "\n").encode()))
    for i, t in enumerate(texts[40:]):
        (root / "loose" / f"f{i:02d}.txt").write_text(t)
    return root


def tree(out: Path) -> dict:
    """Every output file (not the run state) with its bytes; summary.json without timings."""
    files = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out)
        if p.is_dir() or rel.parts[0] == ".state":
            continue
        data = p.read_bytes()
        if rel.name == "summary.json":
            s = json.loads(data)
            s.pop("seconds")
            s.get("corpus", {}).pop("seconds", None)
            for stats in s["plugins"].values():
                stats.pop("seconds")
            data = json.dumps(s, sort_keys=True).encode()
        files[str(rel)] = data
    return files


def run(inputs, out, *args):
    return main(["run", *map(str, inputs), "-o", str(out), "-q", *map(str, args)])


@pytest.fixture(scope="module")
def reference(dumps, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "out"
    assert run([dumps], out, "-j", "1", "--batch-size", "7") == 1  # the broken line fails
    return tree(out)


def test_two_workers_write_byte_identical_output(dumps, reference, tmp_path):
    assert run([dumps], tmp_path / "j2", "-j", "2", "--batch-size", "7") == 1
    got = tree(tmp_path / "j2")
    assert got == reference
    assert len([k for k in got if k.startswith("clean/")]) == 60
    failed = json.loads(got["failed.jsonl"])
    assert failed["key"] == "a/21" and "invalid JSON" in failed["reason"]


def test_jsonl_output_has_text_ids_urls_and_edit_logs(dumps, tmp_path):
    out = tmp_path / "o"
    assert run([dumps], out, "-j", "2", "--batch-size", "7", "--output-format", "jsonl") == 1
    parts = sorted(p.name for p in (out / "documents").glob("*.jsonl"))
    assert parts == [f"{shard}{i}.jsonl" for shard in ("a.0000", "b.0000", "part-0000") for i in range(3)]
    docs = [json.loads(l) for p in sorted((out / "documents").glob("*.jsonl")) for l in p.read_text().splitlines()]
    logs = [json.loads(l) for p in sorted((out / "edits").glob("*.jsonl")) for l in p.read_text().splitlines()]
    assert len(docs) == len(logs) == 60
    first = docs[0]
    assert (first["key"], first["id"], first["url"]) == ("a/d0", "d0", "https://site0.example/0")
    assert first["edits"]["count"] == sum(first["edits"]["plugins"].values()) > 0
    originals = {f"a/d{i}": t for i, t in enumerate(corpus_texts(40)[:20])}
    for doc, log in zip(docs, logs):
        assert doc["key"] == log["key"]
        assert log["clean"] == doc["text"]
        if doc["key"] in originals:
            rebuilt = reconstruct(doc["text"], EditLog.from_json(log["steps"], log["original_length"]))
            assert rebuilt == originals[doc["key"]]
    tree_out = tmp_path / "t"
    run([dumps], tree_out, "-j", "1", "--batch-size", "7")
    assert (tree_out / "clean" / "a" / "d0.txt").read_text() == first["text"]


def _cli(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "normalizer.cli", "run", *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, **kw)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_resume_after_an_interruption_gives_the_uninterrupted_output(tmp_path, sig):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "big.jsonl").write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n"
                                           for i, t in enumerate(corpus_texts(150))))
    out = tmp_path / "out"
    args = (inp, "-o", out, "-j", "2", "--batch-size", "5", "-q")
    proc = _cli(*args)
    done = out / ".state" / "done"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(done.glob("*.json"))) < 3:
        time.sleep(0.05)
    os.kill(proc.pid, sig)
    code = proc.wait()
    assert code == (-9 if sig == signal.SIGKILL else 130)
    finished = len(list(done.glob("*.json")))
    assert 3 <= finished < 30, "killed in the middle of the run"
    deadline = time.monotonic() + 15  # workers notice the parent is gone and exit
    while subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True).stdout:
        assert time.monotonic() < deadline, "worker processes outlived the killed run"
        time.sleep(0.1)
    assert not (out / "summary.json").exists()

    resumed = subprocess.run([sys.executable, "-m", "normalizer.cli", "run", *map(str, args)],
                             capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert run([inp], tmp_path / "ref", "-j", "1", "--batch-size", "5") == 0
    assert tree(out) == tree(tmp_path / "ref")
    assert not list((out / ".state" / "tmp").iterdir())


def test_finished_parts_are_skipped_and_a_config_or_plugin_change_redoes_them(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "d.jsonl").write_text("".join(json.dumps({"id": str(i), "text": f"Body {i}.\nAdvertisement\nSPONSOR {i}\n"})
                                         + "\n" for i in range(6)))
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    plugin = plugins / "sponsor.py"
    plugin.write_text("from normalizer import Edit, hookimpl\n"
                      "@hookimpl\ndef find_edits(document):\n"
                      "    return [Edit(l.start, l.stop, kind='promo') for l in document.lines if l.text.startswith('SPONSOR')]\n")
    out = tmp_path / "out"
    opts = ["-j", "1", "--batch-size", "2", "--plugins-dir", plugins]

    def run(inputs, out, *args):  # a fresh process each time, as a user re-running the command
        r = subprocess.run([sys.executable, "-m", "normalizer.cli", "run", *map(str, inputs), "-o", str(out),
                            "-q", *map(str, args)], capture_output=True, text=True)
        return r.returncode
    assert run([inp], out, *opts) == 0
    clean = out / "clean" / "d" / "0.txt"
    assert clean.read_text() == "Body 0.\n"
    stamps = {p: p.stat().st_mtime_ns for p in (out / "clean").rglob("*.txt")}
    time.sleep(0.01)
    assert run([inp], out, *opts) == 0
    assert {p: p.stat().st_mtime_ns for p in (out / "clean").rglob("*.txt")} == stamps, "nothing redone"

    assert run([inp], out, *opts, "--disable", "ads") == 0  # a config change
    assert clean.read_text() == "Body 0.\nAdvertisement\n"
    plugin.write_text(plugin.read_text().replace("'SPONSOR'", "'Body'"))  # a plugin change
    assert run([inp], out, *opts, "--disable", "ads") == 0
    assert clean.read_text() == "Advertisement\nSPONSOR 0\n"
    fresh = tmp_path / "fresh"
    assert run([inp], fresh, *opts, "--disable", "ads") == 0
    assert tree(out) == tree(fresh)


def test_a_changed_input_file_is_redone(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("One.\n")
    (inp / "b.txt").write_text("Two.\n")
    out = tmp_path / "out"
    assert run([inp], out, "-j", "1", "--batch-size", "1") == 0
    (inp / "b.txt").write_text("Two, changed.\n")
    assert run([inp], out, "-j", "1", "--batch-size", "1") == 0
    assert (out / "clean" / "b.txt").read_text() == "Two, changed.\n"


def count_lines(unit):
    """A map_reduce step: the number of lines per site in a unit's documents."""
    from normalizer.work import current

    counts = {}
    for _key, doc, failure in current().documents(unit):
        if doc is not None:
            counts[doc.site] = counts.get(doc.site, 0) + len(doc.original.splitlines())
    return counts


def merge_counts(a, b):
    return {k: a.get(k, 0) + b.get(k, 0) for k in sorted(set(a) | set(b), key=str)}


def test_map_reduce_gives_the_same_counts_with_any_number_of_workers(dumps):
    from normalizer.executors import make_executor
    from normalizer.pipeline import Pipeline
    from normalizer.runner import Run

    results = []
    for jobs in (1, 2):
        r = Run(Pipeline(), Path("/nonexistent-out"), jobs=jobs, batch_size=7)
        executor = make_executor(r, "local", jobs)
        try:
            results.append(executor.map_reduce(count_lines, r.plan([dumps]).units(), merge_counts, {}))
        finally:
            executor.close()
    assert results[0] == results[1]
    assert set(results[0]) == {None, "site0.example", "site1.example", "site2.example"}


def test_new_documents_change_the_corpus_counts_and_redo_the_parts_they_affect(tmp_path):
    """Pass-1 counts decide pass 2 (the `repeated` plugin): a third page with the same footer
    makes it a site-wide line, so a resumed run must redo the parts cleaned without it."""
    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("a", "b"):
        (inp / f"{name}.txt").write_text(f"Article {name} has its own words here.\nZebra crossing notes from the harbour desk\n")
    out = tmp_path / "out"
    assert run([inp], out, "-j", "1", "--batch-size", "1") == 0
    assert "Zebra crossing notes" in (out / "clean" / "a.txt").read_text()
    (inp / "c.txt").write_text("Article c is new.\nZebra crossing notes from the harbour desk\n")
    assert run([inp], out, "-j", "1", "--batch-size", "1") == 0
    assert (out / "clean" / "a.txt").read_text() == "Article a has its own words here.\n"
    fresh = tmp_path / "fresh"
    assert run([inp], fresh, "-j", "1", "--batch-size", "1") == 0
    assert tree(out) == tree(fresh)


@pytest.mark.parametrize("max_keys", [10_000, 20])
def test_frozen_counts_answer_like_the_counts_workers_get_them_from(max_keys):
    import pickle

    from normalizer.corpus import Counts

    counts = Counts(max_keys)
    for i in range(300):
        counts.add("repeated", f"site{i % 3}", [f"line {i % 37}", f"unique {i}", "everywhere"])
    frozen = pickle.loads(pickle.dumps(counts.frozen()))
    assert frozen.stats() == counts.stats()
    for site in ("site0", "site1", "site2", "other"):
        a, b = counts.view("repeated", site), frozen.view("repeated", site)
        assert (a.documents, a.sampled) == (b.documents, b.sampled)
        for key in ["everywhere", "line 3", "unique 7", "unique 8", "never seen"]:
            assert a.count(key) == b.count(key)
    assert counts.view("repeated", "site0").count("everywhere") in (100, None)
