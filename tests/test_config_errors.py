"""Config errors exit 2 with a message naming the file, the line where known, and the fix."""
import pytest

from normalizer.cli import main

CASES = [
    # (file name, content, parts the message must hold)
    ("syntax.toml", "[normalizer]\nx = = 1\n", ["syntax.toml:2:", "invalid TOML", "Fix the syntax"]),
    ("unclosed.toml", "[normalizer]\norder = [\n", ["unclosed.toml", "never closed"]),
    ("type.toml", '[normalizer]\ntime_budget = "fast"\n', ["type.toml:2:", "'time_budget'", "must be a number"]),
    ("negative.toml", "[normalizer]\ntime_budget = -1\n", ["negative.toml:2:", "0 (no limit) or more"]),
    ("size.toml", '[normalizer.input]\nmax_document_size = "16M"\n',
     ["size.toml:2:", "'max_document_size' of [normalizer.input]", "an integer"]),
    ("input.toml", '[normalizer.input]\nid_feld = "x"\n', ["input.toml:2:", "unknown option 'id_feld'", "id_field"]),
    ("choice.toml", '[normalizer]\non_plugin_error = "ignore"\n', ["choice.toml:2:", "'fail', 'skip'"]),
    ("option.toml", "[plugins.ads]\nfoo = 1\n", ["option.toml:2:", "unknown option 'foo' for plugin 'ads'",
                                                   "known options"]),
    ("plugtype.toml", '[plugins.attribution]\nsources = "yes"\n', ["plugtype.toml:2:", "must be true or false"]),
    ("noplugin.toml", "\n[plugins.nosuch]\nfoo = 1\n", ["noplugin.toml:2:", "names no installed plugin",
                                                          "Remove the table or install the plugin"]),
    ("table.toml", "[other]\nx = 1\n", ["table.toml:1:", "unknown top-level table [other]", "use [normalizer]"]),
]


@pytest.mark.parametrize("name,content,parts", CASES, ids=[c[0] for c in CASES])
def test_a_config_error_names_file_line_and_fix(tmp_path, capsys, name, content, parts):
    (tmp_path / "a.txt").write_text("Some text.\n")
    config = tmp_path / name
    config.write_text(content)
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("normalizer: config error: ")
    for part in parts:
        assert part in err, (part, err)
    assert not (tmp_path / "out").exists(), "nothing is written"


@pytest.mark.parametrize("content,parts", [
    ("[site\nx = 1\n", ["example.com.toml:1:", "invalid TOML"]),
    ('description = "x"\nbogus = 1\n', ["example.com.toml", "unknown key 'bogus'", "fix the spelling"]),
])
def test_plugins_dir_rule_files_are_checked_too(tmp_path, capsys, content, parts):
    (tmp_path / "a.txt").write_text("Some text.\n")
    (tmp_path / "rules" / "sites").mkdir(parents=True)
    (tmp_path / "rules" / "sites" / "example.com.toml").write_text(content)
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--plugins-dir",
                 str(tmp_path / "rules")]) == 2
    err = capsys.readouterr().err
    assert "plugin 'site_rules'" in err and all(p in err for p in parts), err


def test_unknown_plugins_and_bad_flags_exit_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Some text.\n")
    base = ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out")]
    assert main(base + ["--enable", "nosuch"]) == 2
    assert "unknown plugin 'nosuch'; known plugins: ads" in capsys.readouterr().err
    assert main(base + ["--config", str(tmp_path / "missing.toml")]) == 2
    assert "missing.toml: config file not found" in capsys.readouterr().err
    for flag, value in (("--time-budget", "soon"), ("--max-document-size", "12Q"), ("--time-budget", "-3")):
        with pytest.raises(SystemExit) as stop:
            main(base + [flag, value])
        assert stop.value.code == 2 and flag in capsys.readouterr().err


def test_a_plugin_that_fails_to_load_is_named_on_stderr(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Some text.\n")
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "broken.py").write_text("import a_module_that_is_not_there\n")
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-q", "--plugins-dir",
                 str(tmp_path / "p")]) == 0
    err = capsys.readouterr().err
    assert "plugin 'broken'" in err and "failed to load" in err and "--disable broken" in err
    assert err.count("failed to load") == 1 and "PluginLoadWarning" not in err


def test_size_flag_units(tmp_path):
    from normalizer.cli import _size

    assert _size("16M") == 16 << 20 and _size("512k") == 512 << 10 and _size("1GiB") == 1 << 30
    assert _size("1000") == 1000 and _size("0") == 0
