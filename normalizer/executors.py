"""Executors: where units of work run. Two primitives, the same for every engine:

* ``map(fn, units)``: ``fn(unit)`` for every unit, results yielded in the order
  of the units (so outputs and summaries do not depend on the worker count);
  at most a few units are in flight, so memory does not grow with the input.
* ``map_reduce(fn, units, merge, initial)``: ``merge`` the results of ``map`` in
  order — for corpus-level passes (counts over all documents) before cleaning.

``fn`` must be a module-level function of one unit; it reaches the worker's
Run through :func:`normalizer.work.current`. ``splits`` tells the run whether
the parent reads containers and ships parts (local) or workers read whole
containers themselves (Ray, where files are read where they are).
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import chain

from . import work

_END = object()


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class Executor:
    splits = True

    def map(self, fn, units):
        raise NotImplementedError

    def prestart(self) -> None:
        """Start the workers now (they build their pipelines while the parent reads the input)."""

    def map_reduce(self, fn, units, merge, initial):
        acc = initial
        for value in self.map(fn, units):
            acc = merge(acc, value)
        return acc

    def close(self, cancel: bool = False) -> None:
        pass


class InlineExecutor(Executor):
    """Everything in this process (``-j 1``)."""

    def __init__(self, run):
        self.run = run

    def map(self, fn, units):
        with work.inline(self.run):
            for unit in units:
                yield fn(unit)


class LocalExecutor(Executor):
    """A pool of worker processes (forkserver on Linux, spawn elsewhere).

    A run with a single unit is done in this process: starting workers would
    cost more than it saves.
    """

    def __init__(self, run, jobs: int, window: int | None = None, tasks_per_child: int = 200):
        self.run, self.jobs = run, jobs
        self.window = window or 2 * jobs + 1
        self.tasks_per_child = tasks_per_child
        self.pool = None

    def _start(self) -> None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        kwargs = {"max_tasks_per_child": self.tasks_per_child} if sys.version_info >= (3, 11) else {}
        self.pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(method),
                                        initializer=work.init_worker, initargs=(self.run.spec(), os.getpid()), **kwargs)

    def prestart(self) -> None:
        if self.pool is None:
            self._start()
            for _ in range(self.jobs):
                self.pool.submit(_noop)

    def map(self, fn, units):
        units = iter(units)
        first = next(units, _END)
        if first is _END:
            return
        second = next(units, _END)
        if second is _END:
            with work.inline(self.run):
                yield fn(first)
            return
        if self.pool is None:
            self._start()
        pending = deque()
        for unit in chain((first, second), units):
            pending.append(self.pool.submit(fn, unit))
            while len(pending) >= self.window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self, cancel: bool = False) -> None:
        if self.pool is None:
            return
        if cancel:
            for proc in list(getattr(self.pool, "_processes", {}).values()):
                proc.terminate()
        self.pool.shutdown(wait=True, cancel_futures=cancel)
        self.pool = None


def _noop() -> None:
    pass


def make_executor(run, engine: str = "local", jobs: int | None = None, **engine_options) -> Executor:
    if engine == "ray":
        from .engine_ray import RayExecutor

        return RayExecutor(run, jobs=jobs, **engine_options)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local or ray)")
    jobs = jobs or cpu_count()
    budget = run.pipeline.config.core.get("time_budget") or 0
    if budget > 0:  # documents run in worker processes the parent can stop (normalizer.supervise)
        from .supervise import SupervisedExecutor

        return SupervisedExecutor(run, jobs, budget)
    return InlineExecutor(run) if jobs <= 1 else LocalExecutor(run, jobs)
