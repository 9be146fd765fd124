"""A run over a hostile corpus (tests/hostile.py) accounts for every input and writes only inside OUT.

Done when: exit status 1, every document either cleaned or listed in
OUT/failed.jsonl with the reason, summary.json consistent with the files on
disk, no file outside OUT, the inputs untouched, and the same with -j 1 and -j 2.
"""
import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

import hostile
from normalizer import reconstruct
from normalizer.cli import main
from normalizer.edits import EditLog

BUDGET = "3"  # seconds: the runaway plugin's document is stopped after this


def snapshot(root: Path) -> dict:
    """Every entry under ``root`` (not following links): kind, bytes digest, mtime."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(os.fsencode(root)):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            digest = None
            if stat.S_ISREG(st.st_mode):
                h = hashlib.sha256()
                with open(path, "rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        h.update(block)
                digest = h.hexdigest()
            elif stat.S_ISLNK(st.st_mode):
                digest = os.readlink(path)
            out[path] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns, digest)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    expect = hostile.build(root)
    plugins = hostile.plugins(root)
    return root, expect, plugins, snapshot(root / "in")


def run_corpus(root: Path, plugins: Path, jobs: str) -> tuple[int, Path]:
    out = root / f"out-j{jobs}"
    code = main(["run", str(root / "in"), "-o", str(out), "-q", "-j", jobs, "--plugins-dir", str(plugins),
                 "--time-budget", BUDGET, "--batch-size", "8"])
    return code, out


def files(folder: Path, suffix: str) -> dict:
    """``{key: path}`` of the files under ``folder`` (keys may hold odd bytes: decoded as the OS does)."""
    base = os.fsencode(folder)
    found = {}
    for dirpath, _, filenames in os.walk(base):
        for name in filenames:
            if name.endswith(suffix.encode()):
                rel = os.path.relpath(os.path.join(dirpath, name), base)[: -len(suffix)]
                found[os.fsdecode(rel)] = Path(os.fsdecode(os.path.join(dirpath, name)))
    return found


@pytest.fixture(scope="module")
def runs(corpus):
    root, expect, plugins, before = corpus
    return {jobs: run_corpus(root, plugins, jobs) for jobs in ("1", "2")}


@pytest.fixture(params=["1", "2"])
def result(request, corpus, runs):
    root, expect, plugins, before = corpus
    code, out = runs[request.param]
    return code, out, expect, root, before


def test_the_run_ends_with_status_1_and_counts_add_up(result):
    code, out, expect, _, _ = result
    assert code == 1
    summary = json.loads((out / "summary.json").read_text())
    failed = [json.loads(line) for line in (out / "failed.jsonl").read_text().splitlines()]
    clean, edits = files(out / "clean", ".txt"), files(out / "edits", ".json")
    assert summary["documents"] == summary["clean"] + summary["failed"]
    assert summary["clean"] == len(clean) == len(edits) and set(clean) == set(edits)
    assert summary["failed"] == len(failed)
    warc = expect["crawl/*"]
    assert summary["documents"] == len(expect) - 1 + warc[1] + warc[2], "count in = count clean + count failed"


def test_every_input_is_cleaned_or_failed_with_its_reason(result):
    code, out, expect, _, _ = result
    failed = [json.loads(line) for line in (out / "failed.jsonl").read_text().splitlines()]
    by_key = {}
    for f in failed:
        assert f["reason"] and f["input"], f
        by_key.setdefault(f["key"], []).append(f)
    clean = files(out / "clean", ".txt")
    for key, outcome in expect.items():
        if key == "crawl/*":
            assert sum(k.startswith("crawl/") for k in clean) == outcome[1]
            assert sum(k.startswith("crawl/") for k in by_key) == outcome[2]
            continue
        if outcome[0] == "clean":
            assert key in clean, f"{key!r} not cleaned: {by_key.get(key)}"
            text = clean[key].read_text(encoding="utf-8")
            assert outcome[1] is None or outcome[1](text), f"{key!r}: {text[:200]!r}"
            if not key.startswith("!"):
                continue
        name = key.lstrip("!")
        assert name in by_key, f"{name!r} not listed as failed"
        assert any(outcome[1] in f["reason"] for f in by_key[name]), (name, by_key[name])
        if key[0] != "!":
            assert name not in clean
    for key, fs in by_key.items():
        assert any(k.lstrip("!") == key for k in expect) or key.startswith("crawl/"), f"unexpected failure {fs}"


def test_plugin_failures_name_the_plugin(result):
    _, out, _, _, _ = result
    failed = {f["key"]: f for f in map(json.loads, (out / "failed.jsonl").read_text().splitlines())}
    assert failed["boom"]["plugin"] == "boom" and "Traceback" in failed["boom"]["trace"]
    assert failed["sloppy"]["plugin"] == "sloppy" and "'sloppy'" in failed["sloppy"]["reason"]
    for key in ("runaway", "dump/runaway"):
        assert failed[key]["plugin"] == "runaway" and f"more than {BUDGET} s" in failed[key]["reason"]


def test_every_edit_log_rebuilds_its_original(result):
    _, out, _, _, _ = result
    for key, path in files(out / "edits", ".json").items():
        log = json.loads(path.read_text(encoding="utf-8"))
        clean = files(out / "clean", ".txt")[key].read_text(encoding="utf-8")
        original = reconstruct(clean, EditLog.from_json(log["steps"]))
        digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()
        assert digest == log["original_sha256"] and len(original) == log["original_length"], key


def test_decoding_fallbacks_are_recorded(result):
    _, out, _, _, _ = result
    meta = lambda key: json.loads((out / "edits" / f"{key}.json").read_text())["meta"]["decoding"]  # noqa: E731
    assert meta("latin1")["encoding"] == "cp1252" and meta("latin1")["source"] == "fallback"
    assert "replaced" in meta("mostly-utf8")["note"]
    assert meta("utf16-nobom")["encoding"] == "utf-16-le" and meta("bom-utf32be")["source"] == "bom"
    assert "surrogate" in meta("dump/surrogate")["note"]
    assert meta("charset-base64")["encoding"] != "base64"


def test_nothing_is_written_outside_out_and_the_inputs_are_untouched(result):
    _, out, _, root, before = result
    assert {p.name for p in root.iterdir()} <= {"in", "badplugins", "out-j1", "out-j2"}
    assert snapshot(root / "in") == before
    assert not (out / ".state" / "tmp").exists() or not any((out / ".state" / "tmp").iterdir())
    stray = [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert not stray


def test_one_and_two_workers_agree(runs):
    (_, one), (_, two) = runs["1"], runs["2"]
    assert (one / "failed.jsonl").read_bytes() == (two / "failed.jsonl").read_bytes()
    assert {k: p.read_bytes() for k, p in files(one / "clean", ".txt").items()} == \
        {k: p.read_bytes() for k, p in files(two / "clean", ".txt").items()}
