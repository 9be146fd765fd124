"""Regression cases from review decisions (tests/regressions/, written by `normalizer review apply`).

Each case is a real document a reviewer looked at: its lines marked "keep" must survive the default
pipeline, its lines marked "should go" must be gone.
"""
from pathlib import Path

import pytest

from normalizer.regressions import load_cases, run_case

CASES = load_cases(Path(__file__).parent / "regressions")


def test_the_suite_has_regression_cases():
    assert CASES, "tests/regressions/ holds the cases that review decisions became"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_regression_case(pipeline, case):
    problems = run_case(case, pipeline)
    if problems:
        pytest.fail(f"{case.name} (document {case.key}, from {case.source}):\n  " + "\n  ".join(problems),
                    pytrace=False)
