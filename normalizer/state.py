"""What a run has finished, so that running the same command again resumes it.

``OUT/.state/done/<part>.json`` is written after a part's outputs are in place.
It holds the run *stamp* (normalizer version, config digest, every plugin's
version and code hash, output options), the part's input *fingerprint* (file
sizes and modification times) and the part's result (counts, failures). A part
whose marker matches both is skipped and its recorded result reused; anything
else is done again. ``OUT/.state/tmp`` holds files being written (cleared at
the start of a run, so a killed run leaves nothing half-written in OUT).
"""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from . import __version__

STATE_DIR = ".state"


def run_stamp(pipeline, **options) -> str:
    """A digest of everything that decides a document's output."""
    plugins = []
    for rec in pipeline.plugins.active():
        code = ""
        if rec.source in ("builtin", "plugins-dir"):
            try:
                code = hashlib.sha256(Path(rec.location).read_bytes()).hexdigest()[:16]
            except OSError:
                pass
        plugins.append([rec.name, rec.source, rec.version, code])
    blob = json.dumps({"normalizer": __version__, "config": pipeline.config.digest(),
                       "pipeline": pipeline.names, "plugins": sorted(plugins), "options": options},
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:20]


class State:
    def __init__(self, out: Path, stamp: str):
        self.dir = Path(out) / STATE_DIR
        self.stamp = stamp
        self.tmp = self.dir / "tmp"

    def reset(self, resume: bool) -> None:
        """Prepare a run: drop half-written files, and all markers unless resuming."""
        shutil.rmtree(self.tmp, ignore_errors=True)
        if not resume:
            shutil.rmtree(self.dir / "done", ignore_errors=True)
        self.tmp.mkdir(parents=True, exist_ok=True)
        from .runner import write_atomic

        write_atomic(self.dir / "run.json", json.dumps({"stamp": self.stamp, "normalizer": __version__}) + "\n",
                     tmp_dir=self.tmp)

    def _path(self, name: str) -> Path:
        return self.dir / "done" / f"{name}.json"

    def lookup(self, name: str, fingerprint: str) -> dict | None:
        """The recorded result of part ``name`` if it was finished with this stamp and input."""
        try:
            data = json.loads(self._path(name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("stamp") != self.stamp or data.get("fingerprint") != fingerprint:
            return None
        return data.get("result")

    def mark(self, name: str, fingerprint: str, result: dict) -> None:
        from .runner import write_atomic

        write_atomic(self._path(name), json.dumps({"stamp": self.stamp, "fingerprint": fingerprint,
                                                   "result": result}, ensure_ascii=False) + "\n",
                     tmp_dir=self.tmp)
