"""``--engine ray``: the same units of work on a Ray cluster (``pip install 'normalizer[ray]'``).

Each Ray actor rebuilds the run once from the picklable :class:`~normalizer.work.RunSpec`
(config, plugin folders, enable/disable), like a local worker. Containers are
whole units read by the actor that gets them (files are read where they are,
not shipped through the driver); loose files go in parts. Actors write OUT
directly, so on a real cluster OUT, the inputs and any ``--plugins-dir`` must be
on a filesystem every node sees (or plugins shipped with ``runtime_env``).
Results come back in unit order, so the summary matches a local run.
"""
from __future__ import annotations

import os

from .config import ConfigError
from .executors import Executor


class _Worker:
    def __init__(self, spec):
        from . import work

        work.init_worker(spec)

    def call(self, fn, unit):
        return fn(unit)


class RayExecutor(Executor):
    splits = False

    def __init__(self, run, jobs: int | None = None, address: str | None = None,
                 runtime_env: dict | None = None, window: int | None = None):
        try:
            import ray
        except ImportError:
            raise ConfigError("--engine ray needs Ray: pip install 'normalizer[ray]'") from None
        self.ray = ray
        self.owns = not ray.is_initialized()
        if self.owns:
            local = not (address or os.environ.get("RAY_ADDRESS"))
            ray.init(address=address, runtime_env=runtime_env, num_cpus=jobs if local else None,
                     include_dashboard=False, log_to_driver=True)
        self.n = jobs or max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.window = window or 2 * self.n
        self._start(run)

    def _start(self, run) -> None:
        from ray.util import ActorPool

        actor = self.ray.remote(num_cpus=1)(_Worker)
        self.actors = [actor.remote(run.spec()) for _ in range(self.n)]
        self.pool = ActorPool(self.actors)

    def map(self, fn, units):
        submitted = received = 0
        for unit in units:
            self.pool.submit(lambda actor, u: actor.call.remote(fn, u), unit)
            submitted += 1
            while submitted - received >= self.window:
                received += 1
                yield self.pool.get_next()
        while self.pool.has_next():
            yield self.pool.get_next()

    def close(self, cancel: bool = False) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors = []
        if self.owns:
            self.ray.shutdown()
