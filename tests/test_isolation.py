"""A failing plugin is isolated, in worker processes too: skip, --strict, the time budget, a dying worker."""
import json
import subprocess
import sys

import pytest

from normalizer.cli import main
from normalizer.config import load_config
from normalizer.executors import InlineExecutor, make_executor
from normalizer.pipeline import Pipeline
from normalizer.runner import Run
from normalizer.supervise import SupervisedExecutor

PLUGINS = {
    "boom": "    if 'BOOM' in document.original:\n        raise RuntimeError('kaboom')\n",
    "crash": "    if 'CRASH' in document.original:\n        import os, signal\n        os.kill(os.getpid(), signal.SIGSEGV)\n",
    # blocks every signal it can, then hangs in C code: only SIGKILL from outside stops it
    "stubborn": ("    if 'HANG' in document.original:\n        import signal, time\n"
                 "        signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())\n        time.sleep(3600)\n"),
}


@pytest.fixture
def plugins(tmp_path):
    folder = tmp_path / "plugins"
    folder.mkdir()
    for name, body in PLUGINS.items():
        (folder / f"{name}.py").write_text("from normalizer import hookimpl\n\n@hookimpl\ndef find_edits(document):\n"
                                           f"{body}    return []\n")
    return folder


def inputs(tmp_path, markers):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, marker in enumerate(markers):
        (folder / f"d{i}.txt").write_text(f"Document number {i} tells a story of its own.\n{marker}\n")
    return folder


def failures(out):
    return [json.loads(line) for line in (out / "failed.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_hanging_or_crashing_plugin_fails_its_document_and_the_run_goes_on(tmp_path, plugins, jobs):
    src = inputs(tmp_path, ["", "HANG", "", "CRASH", "", "BOOM", ""])
    out = tmp_path / "out"
    code = main(["run", str(src), "-o", str(out), "-q", "-j", jobs, "--plugins-dir", str(plugins),
                 "--time-budget", "2", "--batch-size", "2"])
    assert code == 1
    got = {f["key"]: (f.get("plugin"), f["reason"]) for f in failures(out)}
    assert set(got) == {"d1", "d3", "d5"}
    assert got["d1"][0] == "stubborn" and "time budget exceeded: more than 2 s" in got["d1"][1]
    assert got["d3"][0] == "crash" and "worker process died (signal SIGSEGV)" in got["d3"][1]
    assert got["d5"][0] == "boom" and "kaboom" in got["d5"][1]
    assert sorted(p.stem for p in (out / "clean").iterdir()) == ["d0", "d2", "d4", "d6"]
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["documents"], summary["clean"], summary["failed"]) == (7, 4, 3)


def test_skip_keeps_the_document_without_the_failing_plugin_in_workers(tmp_path, plugins):
    src = inputs(tmp_path, ["", "BOOM", "", "BOOM"])
    config = tmp_path / "skip.toml"
    config.write_text('[normalizer]\non_plugin_error = "skip"\n')
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "-q", "-j", "2", "--batch-size", "1", "--config", str(config),
                 "--plugins-dir", str(plugins)]) == 0
    assert failures(out) == []
    log = json.loads((out / "edits" / "d1.json").read_text())
    assert [s["plugin"] for s in log["skipped"]] == ["boom"] and "kaboom" in log["skipped"][0]["error"]
    assert "Traceback" in log["skipped"][0]["trace"]
    assert json.loads((out / "edits" / "d0.json").read_text())["skipped"] == []
    assert "BOOM" in (out / "clean" / "d1.txt").read_text()


@pytest.mark.parametrize("marker", ["BOOM", "HANG"])
def test_strict_stops_at_the_first_failure_with_workers(tmp_path, plugins, marker):
    src = inputs(tmp_path, ["", "", marker] + [""] * 9)
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "normalizer", "run", str(src), "-o", str(out), "-j", "2", "--strict",
                        "--batch-size", "1", "--time-budget", "2", "--plugins-dir", str(plugins)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr
    assert "stopped (--strict)" in r.stderr and "d2.txt" in r.stderr
    assert ("kaboom" if marker == "BOOM" else "time budget exceeded") in r.stderr
    done = {p.stem for p in (out / "clean").iterdir()}
    assert "d2" not in done and len(done) < 11, "the run stopped early"


def test_the_budget_is_on_by_default_and_off_with_zero(tmp_path):
    pipeline = Pipeline()
    assert pipeline.config.core["time_budget"] == 60
    assert isinstance(make_executor(Run(pipeline, tmp_path / "a"), jobs=1), SupervisedExecutor)
    off = Pipeline(load_config(overrides={"normalizer": {"time_budget": 0}}))
    assert isinstance(make_executor(Run(off, tmp_path / "b"), jobs=1), InlineExecutor)
