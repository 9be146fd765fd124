import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Plugins installed in the environment must not leak into the project's own tests.
os.environ.setdefault("NORMALIZER_DISABLE_ENTRYPOINTS", "1")


@pytest.fixture(scope="session")
def pipeline():
    from normalizer.pipeline import Pipeline

    return Pipeline()


@pytest.fixture
def clean(pipeline):
    """clean(text, **doc) -> Result, with the default pipeline."""
    from normalizer import Document

    def run(text, **kw):
        return pipeline.run(Document(text, **kw))
    return run


@pytest.fixture
def only():
    """only("ads", text) -> Result, running just the named plugins (then nothing else)."""
    from normalizer import Document
    from normalizer.config import load_config
    from normalizer.pipeline import Pipeline

    cache = {}

    def run(names, text, **kw):
        names = (names,) if isinstance(names, str) else tuple(names)
        if names not in cache:
            cache[names] = Pipeline(load_config(), only=names)
        return cache[names].run(Document(text, **kw))
    return run
