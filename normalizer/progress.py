"""Progress of a run: a bar with documents/s and an ETA on a terminal, log lines otherwise.

The ETA follows the input bytes consumed (the number of documents in a dump is
not known before it is read).
"""
from __future__ import annotations

import sys
import time


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    return f"{h}h{rest // 60:02d}m" if h else f"{rest // 60}m{rest % 60:02d}s"


class LogProgress:
    """A plain line every ``interval`` seconds (for logs and pipes)."""

    def __init__(self, stream=None, interval: float = 10.0):
        self.stream = stream or sys.stderr
        self.interval = interval

    def start(self, files: int, total_bytes: int, done_parts: int = 0) -> None:
        self.total, self.t0, self.last = max(total_bytes, 1), time.perf_counter(), time.perf_counter()
        self.done = 0
        print(f"normalizer: {files} input files, {total_bytes / 1e6:.1f} MB", file=self.stream, flush=True)

    def update(self, documents: int, failed: int, nbytes: int) -> None:
        self.done += nbytes
        now = time.perf_counter()
        if now - self.last < self.interval:
            return
        self.last = now
        elapsed = now - self.t0
        share = min(self.done / self.total, 1.0)
        eta = _duration(elapsed * (1 - share) / share) if share > 0 else "?"
        print(f"normalizer: {documents} documents ({documents / max(elapsed, 1e-9):.0f}/s), {failed} failed, "
              f"{share:.0%} of input, ETA {eta}", file=self.stream, flush=True)

    def close(self) -> None:
        pass


class BarProgress:
    """A tqdm bar over the input bytes, showing documents and documents/s."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr

    def start(self, files: int, total_bytes: int, done_parts: int = 0) -> None:
        from tqdm import tqdm

        self.t0 = time.perf_counter()
        self.bar = tqdm(total=max(total_bytes, 1), file=self.stream, unit="B", unit_scale=True,
                        dynamic_ncols=True, bar_format="{percentage:3.0f}%|{bar}| {postfix} [{elapsed}<{remaining}]")

    def update(self, documents: int, failed: int, nbytes: int) -> None:
        rate = documents / max(time.perf_counter() - self.t0, 1e-9)
        self.bar.set_postfix_str(f"{documents} docs, {rate:.0f} docs/s, {failed} failed", refresh=False)
        self.bar.update(nbytes)

    def close(self) -> None:
        self.bar.close()


class CallbackProgress:
    """Adapts a plain ``progress(summary)`` callable."""

    def __init__(self, fn, summary):
        self.fn, self.summary = fn, summary

    def start(self, *args, **kw) -> None:
        pass

    def update(self, *args) -> None:
        self.fn(self.summary)

    def close(self) -> None:
        pass


def make_progress(stream=None):
    """A bar when ``stream`` (stderr by default) is a terminal, log lines otherwise."""
    stream = stream or sys.stderr
    return BarProgress(stream) if getattr(stream, "isatty", lambda: False)() else LogProgress(stream)
