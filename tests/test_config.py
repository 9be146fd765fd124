"""Config layering and errors that name the file, the line and the fix."""
import pytest

from normalizer.config import ConfigError, load_config
from normalizer.pipeline import Pipeline


def write(tmp_path, text):
    p = tmp_path / "my.toml"
    p.write_text(text)
    return p


def test_user_file_overrides_only_what_it_sets(tmp_path):
    cfg = load_config(write(tmp_path, "[plugins.related]\ntail_share = 0.7\n"))
    assert cfg.plugin("related") == {"tail_share": 0.7}
    assert "encoding" in cfg.core["order"]  # from the defaults
    p = Pipeline(cfg)
    stage = next(s for s in p.stages if s.name == "related")
    assert stage.options["tail_share"] == 0.7 and stage.options["min_prose_words"] == 12


def test_unknown_option_names_plugin_key_and_line(tmp_path):
    path = write(tmp_path, "# comment\n[plugins.ads]\nextra_markers = []\ncolour = 'red'\n")
    with pytest.raises(ConfigError) as e:
        Pipeline(load_config(path))
    assert f"{path}:4" in str(e.value) and "'colour'" in str(e.value) and "extra_markers" in str(e.value)


def test_wrong_type_names_the_expected_type(tmp_path):
    path = write(tmp_path, "[plugins.related]\ntail_share = 'half'\n")
    with pytest.raises(ConfigError, match=r"my.toml:2.*'tail_share'.*must be a number"):
        Pipeline(load_config(path))


def test_int_is_accepted_for_float_but_not_bool_for_int(tmp_path):
    Pipeline(load_config(write(tmp_path, "[plugins.related]\ntail_share = 1\n")))
    with pytest.raises(ConfigError, match="must be an integer"):
        Pipeline(load_config(write(tmp_path, "[plugins.related]\nmin_prose_words = true\n")))


def test_unknown_plugin_table_is_an_error_with_the_fix(tmp_path):
    path = write(tmp_path, "[plugins.nosuch]\nenabled = false\n")
    with pytest.raises(ConfigError, match=r"my.toml:1.*\[plugins.nosuch\].*Remove the table"):
        Pipeline(load_config(path))


def test_bad_core_values(tmp_path):
    with pytest.raises(ConfigError, match="on_excess must be one of"):
        load_config(write(tmp_path, "[normalizer]\non_excess = 'drop'\n"))
    with pytest.raises(ConfigError, match="unknown top-level table"):
        load_config(write(tmp_path, "[normaliser]\n"))
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(write(tmp_path, "x = \n"))
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml")


def test_enabled_false_blocks_the_plugin(tmp_path):
    p = Pipeline(load_config(write(tmp_path, "[plugins.ads]\nenabled = false\n")))
    assert "ads" not in p.names and p.plugins.records["ads"].enabled is False


def test_plugins_dirs_are_relative_to_the_config_file(tmp_path):
    (tmp_path / "extra").mkdir()
    (tmp_path / "extra" / "shout.py").write_text(
        "from normalizer import Edit, hookimpl\n"
        "@hookimpl\ndef plugin_info():\n    return {'phase': 'phrase', 'kinds': ['other']}\n"
        "@hookimpl\ndef find_edits(document):\n"
        "    i = document.text.find('SHOUT')\n"
        "    return [Edit(i, i + 5, kind='other', reason='shouting')] if i >= 0 else []\n")
    p = Pipeline(load_config(write(tmp_path, "[normalizer]\nplugins_dirs = ['extra']\n")))
    assert "shout" in p.names
    assert p.names.index("shout") < p.names.index("whitespace")


def test_safety_valve_flags_and_can_keep_the_text(tmp_path):
    from normalizer import Document

    text = "Advertisement\nAdvertisement\nAdvertisement\nOk.\n"
    flagged = Pipeline(load_config(write(tmp_path, "[normalizer]\nmax_removed_share = 0.5\n"))).run(Document(text))
    assert flagged.flags and flagged.flags[0].startswith("excess_removal") and flagged.text == "Ok.\n"
    kept = Pipeline(load_config(write(tmp_path, "[normalizer]\nmax_removed_share = 0.5\non_excess = 'keep'\n")))
    r = kept.run(Document(text))
    assert r.text == text and "kept_uncut" in r.flags[1] and r.log.rejected and not r.log.steps


def test_installed_builtins_are_found_again_once_loaded(monkeypatch, tmp_path):
    """Installed from a wheel, a second pipeline in one process finds the plugins package loaded by the first."""
    import types

    from normalizer import config

    monkeypatch.setattr(config, "__file__", str(tmp_path / "site-packages" / "normalizer" / "config.py"))
    pkg = types.ModuleType("normalizer_plugins")  # as plugins.py registers it: no __spec__
    pkg.__path__ = [str(tmp_path / "normalizer_plugins")]
    monkeypatch.setitem(__import__("sys").modules, "normalizer_plugins", pkg)
    assert config.bundled_dir() == tmp_path / "normalizer_plugins"
