"""Third-party plugins: the example package installs, is listed with its version, and runs."""
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT

EXAMPLE = ROOT / "examples" / "normalizer-example-plugin"
PAGE = "A headline\n5 min read\nThe article text, which stays.\nLesezeit: 3 Minuten\nIt took 5 min to read it.\n"


def cli(*args, entrypoints="0", **env):
    return subprocess.run([sys.executable, "-m", "normalizer.cli", *map(str, args)], capture_output=True, text=True,
                          env=dict(os.environ, NORMALIZER_DISABLE_ENTRYPOINTS=entrypoints, **env))


def pip(*args):
    r = subprocess.run([sys.executable, "-m", "pip", *args, "-q", "--disable-pip-version-check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@pytest.fixture(scope="module")
def example_installed():
    pip("install", "--no-deps", str(EXAMPLE))
    try:
        yield
    finally:
        pip("uninstall", "-y", "normalizer-example-plugin")


def test_installed_plugin_is_listed_with_its_version_and_runs(example_installed, tmp_path):
    listed = {p["name"]: p for p in json.loads(cli("plugins", "--json").stdout)}
    rt = listed["reading_time"]
    assert (rt["source"], rt["version"], rt["location"]) == ("entrypoint", "0.3.1", "normalizer-example-plugin 0.3.1")
    assert rt["enabled"] and rt["position"] is not None and rt["hooks"] == ["find_edits", "plugin_info"]
    assert "version 0.3.1" in cli("plugins").stdout
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PAGE)
    # the built-in tags plugin removes reading-time lines too (tags.reading_time): off, the example does it
    r = cli("run", tmp_path / "in", "-o", tmp_path / "out", "-q", "--disable", "tags")
    assert r.returncode == 0, r.stderr
    clean = (tmp_path / "out" / "clean" / "a.txt").read_text()
    assert clean == "A headline\nThe article text, which stays.\nIt took 5 min to read it.\n"
    log = json.loads((tmp_path / "out" / "edits" / "a.json").read_text())
    assert [(s["plugin"], len(s["edits"])) for s in log["steps"]] == [("reading_time", 2)]
    assert "reading_time/other: reading-time line" in (tmp_path / "out" / "diff" / "a.diff").read_text()
    # the project's own tests keep installed plugins out; --disable does too
    assert "reading_time" not in cli("plugins", "--json", entrypoints="1").stdout
    r = cli("run", tmp_path / "in", "-o", tmp_path / "out2", "-q", "--disable", "reading_time", "--disable", "tags")
    assert (tmp_path / "out2" / "clean" / "a.txt").read_text() == PAGE


def test_an_entry_point_that_fails_to_import_is_reported_not_fatal(tmp_path):
    dist = tmp_path / "broken_plugin-2.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 2.0\n")
    (dist / "entry_points.txt").write_text("[normalizer]\nbroken = broken_plugin_mod\n")
    (tmp_path / "broken_plugin_mod.py").write_text("import a_dependency_that_is_not_installed\n")
    r = cli("plugins", PYTHONPATH=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert " x  broken" in r.stdout and "failed to load: ModuleNotFoundError" in r.stdout
    assert "a_dependency_that_is_not_installed" in r.stdout and "version 2.0" in r.stdout
    (tmp_path / "a.txt").write_text("Advertisement\nText.\n")
    r = cli("run", tmp_path / "a.txt", "-o", tmp_path / "out", "-q", PYTHONPATH=str(tmp_path))
    assert r.returncode == 0 and (tmp_path / "out" / "clean" / "a.txt").read_text() == "Text.\n"
