"""Fuzzing, bounded for CI: each target gets a few hundred generated inputs (seconds, not minutes).

The long run is ``python benchmarks/fuzz.py --minutes 20`` (figures in the README).
"""
import pytest
from hypothesis import HealthCheck, given, settings

from fuzz_targets import TARGETS

EXAMPLES = {"text": 300, "html": 300, "jsonl": 100, "warc": 150, "gzip": 100}


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_target(name):
    target, strategy = TARGETS[name]
    run = settings(max_examples=EXAMPLES[name], deadline=None, database=None,
                   suppress_health_check=list(HealthCheck))(given(strategy)(target))
    run()
