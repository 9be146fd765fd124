"""The seed gold: every keep line survives, every drop line is gone (either lines unscored).

In body-only mode (``--body-only``) the title lines (keep/title) are expected gone too.
"""
import importlib.util
from collections import Counter

import pytest

from conftest import SEEDS
from normalizer import Document
from normalizer.config import load_config
from normalizer.pipeline import Pipeline

spec = importlib.util.spec_from_file_location("check_labels", SEEDS / "gold" / "check_labels.py")
check_labels = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_labels)

NAMES = sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_the_project_has_its_own_seeds():
    assert len(NAMES) == 5
    assert all((SEEDS / "gold" / f"{n}.labels.tsv").is_file() for n in NAMES)


@pytest.fixture(scope="module")
def body_only():
    return Pipeline(load_config(overrides={"normalizer": {"body_only": True}}))


@pytest.mark.parametrize("mode", ["default", "body_only"])
@pytest.mark.parametrize("name", NAMES)
def test_seed_matches_gold(pipeline, body_only, name, mode):
    rows = check_labels.read_rows(SEEDS / "gold" / f"{name}.labels.tsv")
    if mode == "body_only":
        rows = [(n, "drop", kind, t) if (label, kind) == ("keep", "title") else (n, label, kind, t)
                for n, label, kind, t in rows]
        assert any(r[2] == "title" for r in rows)
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    result = (body_only if mode == "body_only" else pipeline).run(Document(text, source=name))
    if mode == "body_only":
        assert {e.kind for e in result.edits if e.plugin in ("meta_lines", "headline_text")} == {"title"}
    keep_recall, drop_recall, missed, leaked = check_labels.score(rows, result.text)
    if missed or leaked:
        kinds = Counter(f"missed keep/{r[2]}" for r in missed) + Counter(f"leaked drop/{r[2]}" for r in leaked)
        detail = "\n".join([f"  {k}: {v}" for k, v in sorted(kinds.items())]
                           + [f"  line {r[0]} ({r[1]}/{r[2]}): {r[3][:80]}" for r in missed + leaked])
        pytest.fail(f"{name}: keep-recall {keep_recall:.3f}, drop-recall {drop_recall:.3f}\n{detail}")


@pytest.mark.parametrize("mode", ["default", "body_only"])
@pytest.mark.parametrize("name", NAMES)
def test_seed_original_is_reconstructible(pipeline, body_only, name, mode):
    from normalizer import reconstruct

    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    result = (body_only if mode == "body_only" else pipeline).run(Document(text))
    assert reconstruct(result.text, result.log) == text
    assert result.edits, "the seeds all carry noise"
    assert all(e.plugin and e.kind and e.reason for e in result.edits)
