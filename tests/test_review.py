"""review apply: exported decisions become regression cases; a case fails until the mistake is fixed."""
import json

import pytest

from normalizer import regressions
from normalizer.cli import main
from normalizer.config import load_config
from normalizer.pipeline import Pipeline

TEXT = ("Scientists found water ice on the far side of the moon, the agency said on Monday.\n"
        "Sponsored\n"
        "The discovery could help future crews, because water can be turned into fuel and air.\n"
        "Follow our live coverage here\n")


def decisions(*items, text=TEXT):
    return {"format": "normalizer.review/1", "documents": {"moon": {"source": "in/moon.txt", "original": text}},
            "decisions": [dict(key="moon", **d) for d in items]}


def write(tmp_path, data):
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(data))
    return path


# A throwaway plugin with a real mistake: it takes "because" for a promo.
GREEDY = ("from normalizer import Edit, hookimpl\n@hookimpl\ndef find_edits(document):\n"
          "    return [Edit(l.start, l.stop, kind='promo', reason='greedy', rule='greedy.because')\n"
          "            for l in document.lines if 'because' in l.text]\n")


def test_decisions_become_a_case_that_fails_then_passes(tmp_path):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "greedy.py").write_text(GREEDY)
    keep_line = TEXT.split("\n")[2]
    path = write(tmp_path, decisions(
        {"decision": "keep", "line": 3, "text": keep_line, "plugin": "greedy", "rule": "greedy.because",
         "reason": "greedy"},
        {"decision": "drop", "line": 4, "text": "Follow our live coverage here"}))
    cases = tmp_path / "regressions"
    assert main(["review", "apply", str(path), "--tests", str(cases)]) == 0
    [case] = regressions.load_cases(cases)
    assert (cases / f"{case.name}.txt").read_text() == TEXT
    data = json.loads((cases / f"{case.name}.json").read_text())
    assert data["key"] == "moon" and data["source"] == "in/moon.txt"
    assert [i["text"] for i in data["keep"]] == [keep_line]
    assert [i["text"] for i in data["drop"]] == ["Follow our live coverage here"]
    assert "wrongly removed by greedy" in data["keep"][0]["why"]

    # (the generic classifier is off: it would catch the promo line on its own)
    mistaken = Pipeline(load_config(), plugins_dirs=[plugins], disable=["boilerplate"])
    found = regressions.run_case(case, mistaken)
    assert found == [
        f"should stay but was removed: {keep_line!r}  (reviewer: wrongly removed by greedy: greedy [greedy.because])",
        "should go but is still there: 'Follow our live coverage here'  (reviewer: noise the pipeline kept)",
    ]
    # fixed: the greedy plugin is gone and a plugin that knows the noise line runs
    (plugins / "greedy.py").unlink()
    (plugins / "live.py").write_text(
        "from normalizer import Edit, hookimpl\n@hookimpl\ndef find_edits(document):\n"
        "    return [Edit(l.start, l.stop, kind='promo', reason='live coverage promo', rule='live.promo')\n"
        "            for l in document.lines if l.text.startswith('Follow our live')]\n")
    assert regressions.run_case(case, Pipeline(load_config(), plugins_dirs=[plugins], disable=["boilerplate"])) == []


def test_applying_again_merges_and_the_newer_decision_wins(tmp_path):
    cases = tmp_path / "regressions"
    regressions.apply(decisions({"decision": "drop", "line": 2, "text": "Sponsored"}), cases)
    regressions.apply(decisions({"decision": "keep", "line": 2, "text": "Sponsored"},
                                {"decision": "drop", "line": 4, "text": "Follow our live coverage here"}), cases)
    [case] = regressions.load_cases(cases)
    assert [i["text"] for i in case.keep] == ["Sponsored"]
    assert [i["text"] for i in case.drop] == ["Follow our live coverage here"]


def test_multi_line_decisions_give_one_expectation_per_line(tmp_path):
    cases = tmp_path / "r"
    text = "\n".join(TEXT.split("\n")[:3])
    regressions.apply(decisions({"decision": "keep", "line": 1, "text": text}), cases)
    [case] = regressions.load_cases(cases)
    assert len(case.keep) == 3


def test_drop_lines_are_judged_like_the_seed_gold():
    case = regressions.Case("c", "", "k", drop=[{"text": "Sponsored"}, {"text": "x" * 30}])
    assert regressions.problems(case, "Sponsored content is great\n") == []  # short: only a whole line counts
    assert len(regressions.problems(case, "a\n  Sponsored \n")) == 1
    assert len(regressions.problems(case, "prefix " + "x" * 30 + " suffix\n")) == 1  # long: anywhere


def test_bad_inputs_are_refused(tmp_path):
    with pytest.raises(ValueError, match="not a review decisions file"):
        regressions.apply({"format": "other"}, tmp_path)
    with pytest.raises(ValueError, match="bad decision"):
        regressions.apply(decisions({"decision": "maybe", "text": "x"}), tmp_path)
    bad = decisions({"decision": "keep", "text": "Sponsored"})
    bad["documents"]["moon"]["original_sha256"] = "0" * 64
    with pytest.raises(ValueError, match="does not match"):
        regressions.apply(bad, tmp_path)
    assert main(["review", "apply", str(write(tmp_path, {"format": "x"}))]) == 2
