"""The test helper for plugin authors (normalizer.testing) and its pytest plugin."""
import subprocess
import sys
import textwrap

import pytest

from normalizer.testing import assert_cleans, run_plugins

BODY = "The minister said the talks would continue next week in the capital, officials confirmed."
PAGE = f"Advertisement\n{BODY}\nLearn more\n"


def test_runs_only_the_named_plugins():
    assert run_plugins(PAGE, "ads").text == f"{BODY}\nLearn more\n"
    assert run_plugins(PAGE, ["ads", "promos"]).text == f"{BODY}\n"
    r = assert_cleans(PAGE, f"{BODY}\nLearn more\n", plugins=["ads"], keep=[BODY], drop=["Advertisement"])
    assert [e.plugin for e in r.edits] == ["ads"]


def test_a_config_dict_sets_options():
    assert_cleans(f"{BODY}\nPromi-Werbeblock\n", f"{BODY}\n", plugins="ads",
                  config={"plugins": {"ads": {"extra_markers": ["Promi-Werbeblock"]}}})


def test_failure_names_wrongly_removed_and_kept_lines_with_plugin_and_reason():
    with pytest.raises(AssertionError) as e:
        assert_cleans(PAGE + "Share this\n", f"{BODY}\nLearn more\n", plugins=["ads", "promos"])
    msg = str(e.value)
    assert msg.splitlines()[0] == "plugins ads, promos did not clean the text as expected"
    removed, kept = msg.index("wrongly removed"), msg.index("wrongly kept")
    assert "line 3: 'Learn more'\n      removed by promos · promo · call-to-action line [promos.cta]" in msg[removed:kept]
    assert "line 4: 'Share this'" in msg[kept:]
    assert "-Learn more" in msg and "+Share this" in msg
    assert "line 1: ads · advertisement · advertisement marker line [ads.marker]: 'Advertisement\\n'" in msg


def test_keep_and_drop_failures_are_reported():
    with pytest.raises(AssertionError) as e:
        assert_cleans(PAGE, keep=["Learn  more"], drop=["minister said"], plugins=["promos"])
    msg = str(e.value)
    assert "wrongly removed (expected to stay):\n  line 3: 'Learn more'\n      removed by promos" in msg
    assert f"wrongly kept (expected to go):\n  line 2: {BODY!r}" in msg
    assert "not a line of the input" in str(pytest.raises(AssertionError, assert_cleans, PAGE,
                                                          keep=["never there"], plugins="ads").value)


def test_whitespace_only_differences_are_explained():
    with pytest.raises(AssertionError, match="only blank lines or whitespace differ"):
        assert_cleans(f"{BODY}\n\nAdvertisement\n\n{BODY}\n", f"{BODY}\n\n{BODY}\n", plugins="ads")


def test_a_plugin_that_cannot_load_is_named(tmp_path):
    (tmp_path / "broken.py").write_text("import no_such_module_here\n")
    with pytest.raises(AssertionError, match=r"plugin 'broken' failed to load .*No module named"):
        run_plugins("x", "broken", plugins_dirs=[tmp_path])
    with pytest.raises(TypeError, match="needs the expected clean text"):
        assert_cleans("x", plugins="ads")


def test_pytest_plugin_gives_the_normalize_fixture(tmp_path):
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "shout.py").write_text(textwrap.dedent("""\
        from normalizer import Edit, hookimpl

        @hookimpl
        def find_edits(document):
            return [Edit(l.start, l.stop, kind="other", reason="all caps", rule="shout.caps")
                    for l in document.lines if l.text.isupper()]
        """))
    (tmp_path / "pytest.ini").write_text("[pytest]\nnormalizer_plugins_dirs = plugins\n")
    (tmp_path / "test_shout.py").write_text(textwrap.dedent("""\
        def test_ok(normalize):
            assert normalize("HEY\\nquiet\\n", ["shout"]).text == "quiet\\n"
            normalize.assert_cleans("HEY\\nquiet\\n", "quiet\\n", plugins="shout")

        def test_fails(normalize):
            normalize.assert_cleans("HEY\\nquiet\\n", "HEY\\nquiet\\n", plugins="shout")
        """))
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=tmp_path,
                       capture_output=True, text=True)
    assert "1 failed, 1 passed" in r.stdout, r.stdout + r.stderr
    assert "line 1: 'HEY'" in r.stdout and "removed by shout · other · all caps [shout.caps]" in r.stdout
    assert "raise AssertionError" not in r.stdout, "the helper's own frames are hidden"


def test_importing_the_helper_does_not_import_pytest():
    code = "import sys, normalizer.testing; print('pytest' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
