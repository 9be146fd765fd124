"""Nothing lost: inputs never opened for writing, outputs complete after kill -9, OUT apart from
the inputs, record ids cannot write outside OUT."""
import builtins
import gzip
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from conftest import SEEDS
from normalizer import reconstruct
from normalizer.cli import main
from normalizer.edits import EditLog
from normalizer.records import safe_key

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC


def mixed_inputs(root: Path) -> Path:
    """Every kind of input: text, HTML, gzip, JSONL, WARC."""
    from test_readers import WARC_ITEMS, make_warc

    src = root / "in"
    (src / "sub").mkdir(parents=True)
    for p in sorted(SEEDS.glob("*.txt")):
        (src / p.name).write_bytes(p.read_bytes())
    (src / "sub" / "page.html").write_bytes(b"<html><body><p>A page about the harbour.</p></body></html>")
    (src / "sub" / "page2.html.gz").write_bytes(gzip.compress(b"<html><body><p>Zipped page.</p></body></html>"))
    (src / "dump.jsonl").write_text("".join(json.dumps({"id": f"r{i}", "text": f"Record {i} text.\n"}) + "\n"
                                            for i in range(5)))
    make_warc(src / "crawl.warc.gz", WARC_ITEMS)
    return src


def test_inputs_are_never_opened_for_writing(tmp_path, monkeypatch):
    src = mixed_inputs(tmp_path).resolve()
    opened = []

    def inside(path) -> bool:
        try:
            return Path(os.fsdecode(path)).resolve().is_relative_to(src)
        except (TypeError, ValueError):
            return False

    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def watched_open(file, mode="r", *args, **kwargs):
        if not isinstance(file, int) and inside(file):
            opened.append((str(file), mode))
        return real_open(file, mode, *args, **kwargs)

    def watched_os_open(path, flags, *args, **kwargs):
        if inside(path):
            opened.append((str(path), flags))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watched_open)
    monkeypatch.setattr(io, "open", watched_open)
    monkeypatch.setattr(os, "open", watched_os_open)
    # in this process (no workers), so every open goes through the patched functions
    code = main(["run", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "1", "--time-budget", "0"])
    monkeypatch.undo()
    assert code == 0
    assert len({p for p, _ in opened}) >= 8, "the inputs were read through the watched functions"
    writes = [(p, m) for p, m in opened
              if (isinstance(m, str) and set(m) & set("wax+")) or (isinstance(m, int) and m & WRITE_FLAGS)]
    assert writes == []


def complete(out: Path) -> int:
    """Check every output file present is whole; return how many documents are complete."""
    n = 0
    stray = [p for p in out.rglob("*") if p.is_file() and ".state" not in p.parts and p.name.endswith(".tmp")]
    assert not stray, stray
    for log_path in (out / "edits").rglob("*.json"):
        log = json.loads(log_path.read_text(encoding="utf-8"))  # whole JSON
        key = log_path.relative_to(out / "edits").with_suffix("")
        clean_path = out / "clean" / key.with_suffix(".txt")
        if clean_path.exists():
            original = reconstruct(clean_path.read_text(encoding="utf-8"), EditLog.from_json(log["steps"]))
            assert hashlib.sha256(original.encode()).hexdigest() == log["original_sha256"], key
            n += 1
    for meta in (out / "meta").rglob("*.json"):
        json.loads(meta.read_text(encoding="utf-8"))
    return n


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_mid_run_leaves_only_whole_files(tmp_path, jobs):
    src = tmp_path / "in"
    src.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(400):
        (src / f"doc{i:04d}.txt").write_text(seeds[i % len(seeds)].replace("the", f"the{i}", 1), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "normalizer", "run", str(src), "-o", str(out), "-q", "-j", jobs,
                             "--batch-size", "20"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list((out / "edits").glob("*.json"))) < 30:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        time.sleep(1.5)  # workers notice their parent is gone and exit
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    done = complete(out)
    assert 30 <= done < 400, "killed mid-run"
    assert not (out / "summary.json").exists()
    # the same command resumes and finishes: every document accounted for
    assert main(["run", str(src), "-o", str(out), "-q", "-j", jobs, "--batch-size", "20"]) == 0
    assert complete(out) == 400


def test_output_folder_may_not_be_inside_an_input_nor_hold_one(tmp_path, capsys):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("Some text.\n")
    (tmp_path / "link-to-in").symlink_to(src)
    (tmp_path / "link-to-sub").symlink_to(src / "sub")
    cases = [
        ([src], src / "out"),                              # inside
        ([src], src),                                      # the same folder
        ([tmp_path / "link-to-in"], src / "out"),          # the input given through a symlink
        ([src], tmp_path / "link-to-sub" / "out"),         # the output reached through a symlink
        ([src / "a.txt", src], src / "sub" / "o"),         # one of several inputs
        ([tmp_path / "prev" / "clean"], tmp_path / "prev"),  # the input inside the output folder
    ]
    (tmp_path / "prev" / "clean").mkdir(parents=True)
    (tmp_path / "prev" / "clean" / "x.txt").write_text("Clean text of an earlier run.\n")
    for inputs, out in cases:
        assert main(["run", *map(str, inputs), "-o", str(out), "-q"]) == 2, (inputs, out)
        err = capsys.readouterr().err
        assert "inside the input folder" in err or "inside the output folder" in err
    assert sorted(p.name for p in src.rglob("*")) == ["a.txt", "sub"]
    assert (tmp_path / "prev" / "clean" / "x.txt").read_text() == "Clean text of an earlier run.\n"


IDS = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["..", ".", "", "/", "../../etc/passwd", "/etc/passwd", "a/../../b", "C:\\Windows\\x",
                     "\\\\server\\share", "CON", "nul.txt", "LPT1", "\x00", "a\x00b", "~", "~root", "-rf",
                     ".hidden", "x" * 5000, "é" * 200, "%2e%2e", "\u202e"]),
    st.lists(st.sampled_from(["..", "/", "\\", ".", "\x00", "a", "%", "\n"]), max_size=20).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(IDS)
def test_a_record_id_is_one_safe_file_name(raw):
    key = safe_key(raw)
    assert key and key not in (".", "..") and not key.startswith(".")
    assert not set(key) & {"/", "\\", "\x00", "\n", ":"}
    assert key.isprintable() and len(key.encode("utf-8")) <= 120
    assert key.split(".", 1)[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
    assert (Path("/out/clean/dump") / f"{key}.txt").resolve().parent == Path("/out/clean/dump")


@settings(max_examples=100, deadline=None)
@given(st.lists(IDS, min_size=2, max_size=6, unique=True))
def test_different_ids_get_different_keys(ids):
    assert len({safe_key(i) for i in ids}) == len(ids)
