"""The Python API: ``normalize(text)`` with the default pipeline or your own."""
from __future__ import annotations

from functools import lru_cache

from .config import load_config
from .document import Document
from .pipeline import Pipeline, Result


@lru_cache(maxsize=8)
def _default_pipeline(config_path, plugins: tuple | None) -> Pipeline:
    return Pipeline(load_config(config_path), only=plugins)


def normalize(text: str, *, url: str | None = None, source: str | None = None,
              config: str | None = None, plugins: list[str] | None = None,
              pipeline: Pipeline | None = None, site: str | None = None, corpus=None) -> Result:
    """Clean ``text``; return a :class:`Result` with ``.text``, ``.edits`` and ``.flags``.

    ``config`` is a config.toml path layered over the defaults; ``plugins``
    restricts the run to those plugin names; ``pipeline`` reuses one you built.
    ``corpus`` is a ``normalizer.corpus.Counts`` from ``pipeline.count(documents)``
    for corpus-mining plugins (without it they do nothing); ``site`` groups the
    document with its site's counts.
    """
    if pipeline is None:
        pipeline = _default_pipeline(config, tuple(plugins) if plugins is not None else None)
    return pipeline.run(Document(text, url=url, source=source, site=site), corpus)
