"""The worker side of a run: rebuild the pipeline from a picklable spec, process units.

Workers never receive a plugin manager or a module (they cannot be pickled and
would not be the worker's own): they get a :class:`RunSpec` — the config, the
plugin directories, enable/disable lists and the ``NORMALIZER_*`` environment —
and build their own :class:`~normalizer.runner.Run` from it, once per process.
Functions given to an executor's ``map`` are module-level functions of one unit
that reach that Run through :func:`current`.
"""
from __future__ import annotations

import os
import signal
import threading
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass

from .config import Config

ENV_VARS = ("NORMALIZER_LOAD_PLUGINS", "NORMALIZER_DISABLE_ENTRYPOINTS")
_RUN = None


@dataclass
class RunSpec:
    """Everything a worker needs to rebuild the run: plain data only."""

    config: Config
    pipeline_args: dict
    run_args: dict
    env: dict

    def build(self):
        from .pipeline import Pipeline, PluginLoadWarning
        from .runner import Run

        for name, value in self.env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        with warnings.catch_warnings():  # the parent has said it once
            warnings.simplefilter("ignore", PluginLoadWarning)
            return Run(Pipeline(self.config, **self.pipeline_args), **self.run_args)


def current_env() -> dict:
    return {name: os.environ.get(name) for name in ENV_VARS}


def init_worker(spec: RunSpec, parent_pid: int | None = None) -> None:
    """Process initializer for local workers.

    The parent handles Ctrl-C and stops the workers itself; if the parent is
    killed (kill -9, OOM killer) the worker exits instead of lingering.
    """
    global _RUN
    if parent_pid is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()
    _RUN = spec.build()


def _exit_with_parent(pid: int, every: float = 0.5) -> None:
    while True:
        time.sleep(every)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # pragma: no cover - the pid was reused by another user
            os._exit(1)


def current():
    """The Run of this worker (or of the parent, when it processes units itself)."""
    if _RUN is None:
        raise RuntimeError("no run in this process; call init_worker(spec) first")
    return _RUN


@contextmanager
def inline(run):
    """Process units in this process with ``run`` (for -j 1 and single-unit runs)."""
    global _RUN
    previous, _RUN = _RUN, run
    try:
        yield
    finally:
        _RUN = previous


def run_unit(unit) -> list[dict]:
    """Clean and write one unit; the results of its parts, in order."""
    return current().process(unit)


def count_unit(unit):
    """Pass 1 of a two-pass run: the corpus counts of one unit's documents."""
    run = current()
    counts = run.pipeline.count(doc for _key, doc, failure in run.documents(unit) if doc is not None)
    return counts.frozen()  # arrays travel back to the parent far faster than dicts
