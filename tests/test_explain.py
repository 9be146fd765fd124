"""normalizer explain: who removed or changed a line or a text, why, and who looked and left it."""
import subprocess
import sys

import pytest

from conftest import SEEDS
from normalizer.cli import main

SCMP = SEEDS / "003_3e767a28963ffa53.txt"


def explain(*args):
    r = subprocess.run([sys.executable, "-m", "normalizer.cli", "explain", *map(str, args)],
                       capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("explain") / "out"
    assert main(["run", str(SEEDS), "-o", str(out), "-q"]) == 0
    return out


def test_line_names_the_plugin_its_reason_and_who_left_it():
    code, out, _ = explain(SCMP, "--line", 1)
    assert code == 0
    assert "line 1: 'Advertisement'" in out
    assert "removed by ads · advertisement · advertisement marker line [ads.marker]" in out
    looked = next(l for l in out.splitlines() if "looked and left it" in l)
    assert "encoding" in looked and "captions" in looked and "ads" not in looked.split(":")[1].split(", ")
    assert "now: gone from the clean text" in out


def test_input_file_and_edit_log_give_the_same_answer(seed_run):
    a = explain(SCMP, "--grep", "Photo: AFP")[1]
    b = explain(seed_run / "edits" / "003_3e767a28963ffa53.json", "--grep", "Photo: AFP")[1]
    assert "removed by captions" in a and "[captions.credit_suffix]" in a
    assert a == b


def test_kept_text_says_nobody_touched_it_and_site_plugins_that_did_not_run(seed_run):
    doc = seed_run / "edits" / "000_58090b10ebb7e255.json"
    code, out, _ = explain(doc, "--line", 1)
    assert code == 0 and "no plugin edited it" in out and "now: kept as is" in out
    not_run = next(l for l in out.splitlines() if "did not run on this document:" in l)
    assert "scmp" in not_run.split(":")[1].split(", ") or " scmp" in not_run  # scmp only applies to SCMP pages


def test_changed_text_shows_the_repair(tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text("Tom &amp; Jerry went to town, said the report.\nAdvertisement\n")
    code, out, _ = explain(f, "--line", 1)
    assert code == 0
    assert "changed by encoding · entity · HTML entity &amp; decoded" in out and "'&amp;' -> '&'" in out
    assert "now: kept, with changes" in out


def test_grep_not_found_and_bad_line_fail(tmp_path):
    code, out, _ = explain(SCMP, "--grep", "no such text anywhere")
    assert code == 1 and "does not occur" in out
    code, _, err = explain(SCMP, "--line", 10_000)
    assert code == 2 and "out of range" in err
    assert explain(SCMP, "--line", 1, "--grep", "x")[0] == 2  # one or the other


def test_overview_lists_every_plugin_that_ran():
    code, out, _ = explain(SCMP)
    assert code == 0
    assert "ads: 8 edits on lines 1, 2," in out and "cookies: looked, no edits" in out
