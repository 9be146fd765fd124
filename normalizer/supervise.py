"""Supervised worker processes: the per-document time budget, enforced from outside.

A plugin can run away on one document: a regular expression that backtracks for
hours, a loop in C code. Nothing inside the process can be relied on to stop it
(C code does not look at signals), so the budget is kept by the parent:

* every worker publishes in shared memory which record of its unit it is on,
  since when, and which plugin is running (:class:`Status`, three numbers);
* the parent watches the clocks; a worker whose record has taken longer than
  ``[normalizer] time_budget`` seconds is killed (SIGKILL) and replaced;
* the record is failed ("time budget exceeded ... in plugin 'x'") and its unit
  is done again by a fresh worker, which skips that record without reading it.

A worker that dies on its own (a crash in C code, the OOM killer) is handled the
same way, with the signal as the reason. Results come back in the order of the
units, as with the other executors, so the output does not depend on timing.
With ``-j 1`` there is one worker: the run itself never executes plugin code.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import time
import traceback
from collections import deque
from multiprocessing.connection import wait

from . import work
from .executors import Executor

_END = object()
RETRIES = 3  # a unit whose worker dies outside any record this often stops the run


class Status:
    """The worker side of the shared status: ``[record started at, record number, stage]``.

    ``started`` is ``time.monotonic()`` (the same clock in every process), 0 when idle;
    ``stage`` is the index of the running plugin in the pipeline, -1 while reading.
    """

    def __init__(self, shared):
        self.shared = shared

    def document(self, index: int) -> None:
        s = self.shared
        s[0] = 0.0  # idle while the numbers change, so the parent never mixes two records
        s[1], s[2] = index, -1
        s[0] = time.monotonic()

    def stage(self, index: int) -> None:
        self.shared[2] = index

    def idle(self) -> None:
        self.shared[0] = 0.0


def _worker_main(spec, conn, shared, parent_pid) -> None:
    work.init_worker(spec, parent_pid)
    run = work.current()
    status = Status(shared)
    run.watch = status
    run.pipeline.watch = status.stage
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fn, unit = job
        try:
            reply = ("ok", fn(unit))
        except BaseException as e:  # noqa: BLE001 - reported to the parent, which stops the run
            reply = ("error", f"{type(e).__name__}: {e}", traceback.format_exc())
        status.idle()
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx, spec):
        self.shared = ctx.RawArray("d", 3)
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(spec, child, self.shared, os.getpid()),
                                   daemon=True, name="normalizer-worker")
        self.process.start()
        child.close()
        self.job = None  # (seq, fn, unit) while busy
        self.tasks = 0

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class SupervisedExecutor(Executor):
    """``jobs`` worker processes whose records are held to ``budget`` seconds each."""

    def __init__(self, run, jobs: int, budget: float, window: int | None = None, tasks_per_child: int = 200):
        self.run, self.jobs, self.budget = run, jobs, budget
        self.window = window or 2 * jobs + 1
        self.tasks_per_child = tasks_per_child
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self.ctx = multiprocessing.get_context(method)
        self.workers: list[_Worker] = []
        self._spec = None
        self.kills = 0

    def _spawn(self) -> _Worker:
        if self._spec is None:
            self._spec = self.run.spec()
        worker = _Worker(self.ctx, self._spec)
        self.workers.append(worker)
        return worker

    def prestart(self) -> None:
        while len(self.workers) < self.jobs:
            self._spawn()

    def map(self, fn, units):
        units = iter(units)
        queue: deque = deque()  # (seq, unit) waiting for a worker
        results: dict = {}
        attempts: dict = {}
        issued = emitted = 0
        exhausted = False
        while True:
            while not exhausted and issued - emitted < self.window:
                unit = next(units, _END)
                if unit is _END:
                    exhausted = True
                    break
                queue.append((issued, unit))
                issued += 1
            while queue:
                worker = self._idle_worker()
                if worker is None:
                    break
                seq, unit = queue.popleft()
                worker.job = (seq, fn, unit)
                worker.conn.send((fn, unit))
            while emitted in results:
                yield results.pop(emitted)
                emitted += 1
            if exhausted and emitted == issued:
                return
            self._wait(results, queue, attempts)

    def _idle_worker(self) -> _Worker | None:
        for worker in self.workers:
            if worker.job is None:
                return worker
        return self._spawn() if len(self.workers) < self.jobs else None

    def _wait(self, results: dict, queue: deque, attempts: dict) -> None:
        busy = [w for w in self.workers if w.job is not None]
        now = time.monotonic()
        deadlines = [w.shared[0] + self.budget - now for w in busy if w.shared[0]]
        timeout = min([1.0, *deadlines])
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], max(timeout, 0.01))
        for worker in busy:
            if worker.conn in ready:
                try:
                    reply = worker.conn.recv()
                except (EOFError, OSError):
                    reply = None
                if reply is not None:
                    self._done(worker, reply, results)
                    continue
            if not worker.process.is_alive() or worker.process.sentinel in ready:
                self._lost(worker, queue, attempts, None)
            elif self.budget and worker.shared[0] and time.monotonic() - worker.shared[0] > self.budget:
                self._lost(worker, queue, attempts, worker.shared[0])

    def _done(self, worker: _Worker, reply, results: dict) -> None:
        seq = worker.job[0]
        worker.job = None
        if reply[0] != "ok":
            raise RuntimeError(f"a worker failed: {reply[1]}\n{reply[2]}")
        results[seq] = reply[1]
        worker.tasks += 1
        if worker.tasks >= self.tasks_per_child:  # start afresh now and then (memory a plugin holds on to)
            self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        try:
            worker.conn.send(None)
        except OSError:
            pass
        worker.process.join(5)
        worker.kill()
        self.workers.remove(worker)

    def _lost(self, worker: _Worker, queue: deque, attempts: dict, started: float | None) -> None:
        """``worker`` ran out of time on a record (``started``) or died: fail that record, redo the unit."""
        seq, fn, unit = worker.job
        worker.kill()
        self.workers.remove(worker)
        self.kills += 1
        shared = worker.shared
        code = worker.process.exitcode
        if shared[0] and (started is None or shared[0] == started):
            index, stage = int(shared[1]), int(shared[2])
            unit.skip = {**(unit.skip or {}), index: self._failure(stage, started is not None, code)}
        else:  # it died between records (or moved on just before it was stopped): do the unit again
            attempts[seq] = attempts.get(seq, 0) + 1
            if attempts[seq] >= RETRIES:
                raise RuntimeError(f"a worker process died {RETRIES} times on {unit.name} outside any document "
                                   f"(exit code {code})")
        queue.appendleft((seq, unit))

    def _failure(self, stage: int, timed_out: bool, code) -> dict:
        names = self.run.pipeline.names
        plugin = names[stage] if 0 <= stage < len(names) else None
        where = f"in plugin {plugin!r}" if plugin else "while reading and parsing the input"
        if timed_out:
            reason = (f"time budget exceeded: more than {self.budget:g} s on this document {where} "
                      "([normalizer] time_budget, --time-budget); its worker was stopped")
        else:
            how = f"signal {signal.Signals(-code).name}" if code and code < 0 and -code in signal.valid_signals() \
                else f"exit code {code}"
            reason = f"the worker process died ({how}) {where}"
        return {"reason": reason, **({"plugin": plugin} if plugin else {})}

    def close(self, cancel: bool = False) -> None:
        for worker in list(self.workers):
            if cancel or worker.job is not None:
                worker.kill()
            else:
                self._retire(worker)
        self.workers = []
