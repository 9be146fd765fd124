"""normalizer new-plugin: the generated plugin and test pass as written, and mistakes are refused."""
import subprocess
import sys

import pytest

from normalizer.cli import main


def test_generated_plugins_and_tests_pass_and_show_in_a_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plugins").mkdir()
    assert main(["new-plugin", "example_com", "--site", "example.com", "--kind", "promo"]) == 0
    assert main(["new-plugin", "example_rules", "--rules", "--site", "news.example.org", "--kind", "related"]) == 0
    assert main(["new-plugin", "photo_lines", "--kind", "caption", "--dir", "elsewhere/plugs",
                 "--tests", "checks"]) == 0
    out = capsys.readouterr().out
    for path in ("plugins/example_com.py", "tests/test_example_com.py", "plugins/sites/news.example.org.toml",
                 "tests/test_example_rules.py", "elsewhere/plugs/photo_lines.py", "checks/test_photo_lines.py"):
        assert f"wrote {tmp_path / path}" in out
    assert "python -m pytest" in out and f"--plugins-dir {tmp_path / 'plugins'}" in out
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests", "checks"],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "8 passed" in r.stdout, r.stdout + r.stderr
    # text dumps carry no URL: a marker line lets the site file match them (as the docs say)
    site_file = tmp_path / "plugins" / "sites" / "news.example.org.toml"
    site_file.write_text(site_file.read_text().replace(
        'domains = ["news.example.org"]', 'domains = ["news.example.org"]\nmarkers = ["Example Org News"]', 1))
    (tmp_path / "in").mkdir()
    page = "Example Org News\nA story.\nSample promo line\nSample related line\nThe end.\n"
    (tmp_path / "in" / "page.txt").write_text(page)
    assert main(["run", "in", "-o", "out", "--plugins-dir", "plugins", "-q"]) == 0
    assert (tmp_path / "out" / "clean" / "page.txt").read_text() == page.replace("Sample related line\n", "")
    diff = (tmp_path / "out" / "diff" / "page.diff").read_text()
    assert "site_rules/related: news.example.org related line" in diff and "-Sample related line" in diff
    from normalizer import Document
    from normalizer.config import load_config
    from normalizer.pipeline import Pipeline

    r = Pipeline(load_config(), plugins_dirs=["plugins"]).run(Document(page, url="https://www.example.com/x"))
    assert [(e.plugin, e.rule) for e in r.edits if e.kind == "promo"] == [("example_com", "example_com.line")]


@pytest.mark.parametrize("args, words", [
    (["Bad"], "must be a lower-case Python identifier"),
    (["_hidden"], "not starting with '_'"),
    (["class"], "must be a lower-case Python identifier"),
    (["ads"], "'ads' is a built-in plugin"),
    (["x", "--site", "https://www.example.com/news"], "write --site example.com"),
    (["x", "--kind", "Promo Box"], "--kind 'Promo Box'"),
    (["x", "--rules"], "give the site with --site"),
])
def test_bad_arguments_exit_2_with_the_fix(tmp_path, monkeypatch, capsys, args, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plugins").mkdir()
    assert main(["new-plugin", *args]) == 2
    assert words in capsys.readouterr().err
    assert list((tmp_path / "plugins").iterdir()) == []


def test_never_overwrites_and_needs_a_plugins_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new-plugin", "x"]) == 2
    err = capsys.readouterr().err
    assert "no plugins folder" in err and "pass --dir DIR" in err
    assert main(["new-plugin", "x", "--dir", "plugins"]) == 0
    before = (tmp_path / "plugins" / "x.py").read_text()
    (tmp_path / "plugins" / "x.py").write_text(before + "# my edits\n")
    capsys.readouterr()
    assert main(["new-plugin", "x"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "plugins" / "x.py").read_text().endswith("# my edits\n")
