"""The seed gold: every keep line survives, every drop line is gone (either lines unscored)."""
import importlib.util
from collections import Counter

import pytest

from conftest import SEEDS
from normalizer import Document

spec = importlib.util.spec_from_file_location("check_labels", SEEDS / "gold" / "check_labels.py")
check_labels = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_labels)

NAMES = sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_the_project_has_its_own_seeds():
    assert len(NAMES) == 5
    assert all((SEEDS / "gold" / f"{n}.labels.tsv").is_file() for n in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_seed_matches_gold(pipeline, name):
    rows = check_labels.read_rows(SEEDS / "gold" / f"{name}.labels.tsv")
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    result = pipeline.run(Document(text, source=name))
    keep_recall, drop_recall, missed, leaked = check_labels.score(rows, result.text)
    if missed or leaked:
        kinds = Counter(f"missed keep/{r[2]}" for r in missed) + Counter(f"leaked drop/{r[2]}" for r in leaked)
        detail = "\n".join([f"  {k}: {v}" for k, v in sorted(kinds.items())]
                           + [f"  line {r[0]} ({r[1]}/{r[2]}): {r[3][:80]}" for r in missed + leaked])
        pytest.fail(f"{name}: keep-recall {keep_recall:.3f}, drop-recall {drop_recall:.3f}\n{detail}")


@pytest.mark.parametrize("name", NAMES)
def test_seed_original_is_reconstructible(pipeline, name):
    from normalizer import reconstruct

    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    result = pipeline.run(Document(text))
    assert reconstruct(result.text, result.log) == text
    assert result.edits, "the seeds all carry noise"
    assert all(e.plugin and e.kind and e.reason for e in result.edits)
