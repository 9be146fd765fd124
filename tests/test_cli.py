"""The normalizer command end to end: outputs, exit codes, plugins, diff."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEEDS
from normalizer import reconstruct
from normalizer.cli import main
from normalizer.edits import EditLog


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "normalizer.cli", *map(str, args)],
                          capture_output=True, text=True)


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "out"
    assert main(["run", str(SEEDS), "-o", str(out), "-q"]) == 0
    return out


def test_run_writes_clean_edits_diff_and_summary(seed_run):
    names = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert sorted(p.stem for p in (seed_run / "clean").glob("*.txt")) == names
    assert not (seed_run / "clean" / "gold").exists(), ".normalizerignore keeps gold/ out"
    summary = json.loads((seed_run / "summary.json").read_text())
    assert summary["documents"] == summary["clean"] == 5 and summary["failed"] == 0
    assert summary["plugins"]["ads"]["documents"] == 1
    assert summary["plugins"]["related"]["chars_removed"] > 0
    assert (seed_run / "failed.jsonl").read_text() == ""
    diff = (seed_run / "diff" / "003_3e767a28963ffa53.diff").read_text()
    assert "-Advertisement" in diff and "ads/advertisement" in diff


def test_edit_log_rebuilds_every_input(seed_run):
    for log_path in (seed_run / "edits").glob("*.json"):
        data = json.loads(log_path.read_text())
        clean = (seed_run / "clean" / f"{data['key']}.txt").read_text(encoding="utf-8")
        original = (SEEDS / f"{data['key']}.txt").read_text(encoding="utf-8")
        assert reconstruct(clean, EditLog.from_json(data["steps"])) == original
        assert data["original_length"] == len(original)


def test_inputs_are_not_modified_and_output_is_deterministic(tmp_path):
    before = {p: p.read_bytes() for p in SEEDS.rglob("*") if p.is_file()}
    for out in ("a", "b"):
        assert main(["run", str(SEEDS), "-o", str(tmp_path / out), "-q"]) == 0
    assert before == {p: p.read_bytes() for p in SEEDS.rglob("*") if p.is_file()}
    for sub in ("clean", "edits", "diff"):
        for p in (tmp_path / "a" / sub).rglob("*"):
            if p.is_file():
                assert p.read_bytes() == (tmp_path / "b" / p.relative_to(tmp_path / "a")).read_bytes()


def test_subfolders_map_to_output_keys(tmp_path):
    (tmp_path / "in" / "site" / "x").mkdir(parents=True)
    (tmp_path / "in" / "site" / "x" / "page.txt").write_text("Hello world.\nAdvertisement\n")
    assert main(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert (tmp_path / "out" / "clean" / "site" / "x" / "page.txt").read_text() == "Hello world.\n"
    assert (tmp_path / "out" / "edits" / "site" / "x" / "page.json").is_file()


def test_failing_plugin_fails_its_document_and_the_run_goes_on(tmp_path):
    plugins = tmp_path / "myplugins"
    plugins.mkdir()
    (plugins / "boom.py").write_text(
        "from normalizer import hookimpl\n"
        "@hookimpl\ndef find_edits(document):\n"
        "    if 'boom' in document.text:\n        raise RuntimeError('kaboom')\n    return []\n")
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("fine text.\n")
    (inp / "b.txt").write_text("boom text.\n")
    out = tmp_path / "out"
    r = run_cli("run", inp, "-o", out, "--plugins-dir", plugins)
    assert r.returncode == 1, r.stderr
    failed = [json.loads(l) for l in (out / "failed.jsonl").read_text().splitlines()]
    assert [(f["key"], f["plugin"]) for f in failed] == [("b", "boom")]
    assert "kaboom" in failed[0]["reason"] and "Traceback" in failed[0]["trace"]
    assert (out / "clean" / "a.txt").read_text() == "fine text.\n"
    assert not (out / "clean" / "b.txt").exists()


def test_bad_edits_are_rejected_with_the_plugin_name(tmp_path):
    plugins = tmp_path / "p"
    plugins.mkdir()
    (plugins / "sloppy.py").write_text(
        "from normalizer import Edit, hookimpl\n"
        "@hookimpl\ndef find_edits(document):\n    return [Edit(0, 10**6)]\n")
    (tmp_path / "a.txt").write_text("text.\n")
    r = run_cli("run", tmp_path / "a.txt", "-o", tmp_path / "out", "--plugins-dir", plugins)
    assert r.returncode == 1
    failed = json.loads((tmp_path / "out" / "failed.jsonl").read_text())
    assert failed["plugin"] == "sloppy" and "out of range" in failed["reason"]


def test_usage_and_config_errors_exit_2(tmp_path):
    assert run_cli("run", SEEDS).returncode == 2  # no -o
    bad = tmp_path / "bad.toml"
    bad.write_text("[normalizer\n")
    r = run_cli("run", SEEDS, "-o", tmp_path / "o", "--config", bad)
    assert r.returncode == 2 and "bad.toml" in r.stderr and "line 1" in r.stderr
    r = run_cli("run", SEEDS, "-o", tmp_path / "o", "--disable", "no_such_plugin")
    assert r.returncode == 2 and "unknown plugin 'no_such_plugin'" in r.stderr
    r = run_cli("run", SEEDS, "-o", SEEDS / "out")
    assert r.returncode == 2 and "inside the input folder" in r.stderr
    assert not (SEEDS / "out").exists()


def test_disable_removes_a_plugin_from_the_run(tmp_path):
    (tmp_path / "a.txt").write_text("Real text here.\nAdvertisement\n")
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "--disable", "ads", "-q"]) == 0
    assert "Advertisement" in (tmp_path / "o" / "clean" / "a.txt").read_text()


def test_plugins_lists_every_builtin_with_hooks_and_kinds():
    r = run_cli("plugins", "--json")
    assert r.returncode == 0
    listed = {p["name"]: p for p in json.loads(r.stdout)}
    builtin = {p.stem for p in (SEEDS.parent / "plugins").glob("*.py") if not p.stem.startswith("_")}
    assert builtin <= set(listed)
    assert listed["ads"]["kinds"] == ["advertisement"] and "find_edits" in listed["ads"]["hooks"]
    positioned = [p for p in listed.values() if p["position"] is not None]
    assert listed["meta_html"]["position"] == 0, "page metadata is read before any DOM plugin cuts"
    assert listed["language"]["position"] == len(positioned) - 1, "the language is detected on the clean text"
    assert listed["whitespace"]["position"] == len(positioned) - 2
    assert listed["encoding"]["position"] == listed["main_content"]["position"] + 1, "all DOM work before text work"
    assert listed["scmp"]["phase"] == "site" and "applies_to" in listed["scmp"]["hooks"]
    human = run_cli("plugins")
    assert "ads" in human.stdout and "plugins run in this order" in human.stdout


def test_diff_shows_plugin_and_reason_for_input_and_edit_log(seed_run):
    r = run_cli("diff", SEEDS / "003_3e767a28963ffa53.txt", "--color", "never")
    assert r.returncode == 0
    assert "ads · advertisement" in r.stdout and "- Advertisement" in r.stdout
    r2 = run_cli("diff", seed_run / "edits" / "003_3e767a28963ffa53.json", "--color", "always")
    assert r2.returncode == 0 and "\033[31m- Advertisement" in r2.stdout


def test_help_texts():
    r = run_cli("run", "--help")
    assert r.returncode == 0 and "--disable" in r.stdout and "OUT/failed.jsonl" in r.stdout
    assert run_cli().returncode == 2


def test_installed_command_works_outside_the_checkout(tmp_path):
    exe = shutil.which("normalizer", path=str(Path(sys.executable).parent))
    assert exe, "the console script is installed next to the interpreter"
    (tmp_path / "doc.txt").write_text("Advertisement\nSome real text of the article.\n")
    r = subprocess.run([exe, "run", "doc.txt", "-o", "out", "-q"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "clean" / "doc.txt").read_text() == "Some real text of the article.\n"
