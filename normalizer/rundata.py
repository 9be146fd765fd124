"""Reading back what a run wrote, for ``report``, ``explain`` and ``diff``.

A run leaves one edit log per document (``OUT/edits/KEY.json``, format
``normalizer.edits/1``), the clean text (``OUT/clean/KEY.txt``) and
``OUT/summary.json``. This module is the one place that knows that layout:
edit logs may also come as JSON Lines shards (``OUT/edits/*.jsonl``, one log a
line), and a log that carries its clean text in a ``"clean"`` field needs no
clean file. Everything else sees :class:`LoadedDocument`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .edits import AppliedEdit, EditLog, reconstruct
from .inputs import InputItem, reader_for
from .runner import LOG_FORMAT, edit_log_json


@dataclass
class LoadedDocument:
    """One document as a run left it: original, clean text, edits (with origin spans), the log."""

    key: str
    original: str
    clean: str
    edits: list[AppliedEdit]
    log: dict  # the edit log: source, url, site, flags, removed_share, ran, steps ...
    from_run: bool = True  # False when an input file was cleaned just now

    @property
    def steps(self) -> list[dict]:
        return self.log.get("steps", [])

    def edits_with_step(self) -> Iterator[tuple[int, AppliedEdit]]:
        """Every edit with the index of the step (plugin run) that made it."""
        for i, step in enumerate(self.steps):
            for e in step["edits"]:
                yield i, AppliedEdit.from_json(e, step["plugin"])


def read_log(path: Path) -> dict | None:
    """The edit log in ``path``, or None when the file is not one."""
    if path.suffix != ".json":
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if is_log(data) else None


def is_log(data) -> bool:
    return isinstance(data, dict) and data.get("format") == LOG_FORMAT


def clean_path_for_log(path: Path, log: dict) -> Path:
    """OUT/edits/sub/name.json -> OUT/clean/sub/name.txt."""
    key = log["key"]
    out = path
    for _ in key.split("/"):
        out = out.parent
    return out.parent / "clean" / f"{key}.txt"


def from_log(log: dict, clean: str) -> LoadedDocument:
    edit_log = EditLog.from_json(log["steps"], log.get("original_length", 0))
    return LoadedDocument(log["key"], reconstruct(clean, edit_log), clean, edit_log.edits, log)


def load_log_file(path: Path, log: dict | None = None) -> LoadedDocument:
    """The document behind the edit log at ``path`` (its clean text from OUT/clean)."""
    log = log if log is not None else read_log(path)
    if log is None:
        raise ValueError(f"{path}: not an edit log")
    return from_log(log, _clean_text(log, clean_path_for_log(path, log)))


def _clean_text(log: dict, clean_path: Path) -> str:
    if isinstance(log.get("clean"), str):
        return log["clean"]
    if not clean_path.is_file():
        raise FileNotFoundError(f"{clean_path}: the clean text for this edit log is missing")
    return clean_path.read_text(encoding="utf-8")


def load_input_file(path: Path, pipeline) -> LoadedDocument:
    """Clean the first document of an input file now (nothing is written).

    Raises InputError for unreadable inputs and PluginFailure when a plugin fails.
    """
    reader, _ = reader_for(path)
    if reader is None:
        raise ValueError(f"{path}: not a supported input file nor an edit log")
    doc = next(iter(reader(InputItem(path, path.stem))))
    result = pipeline.run(doc)
    log = edit_log_json(result, doc.id or path.stem, pipeline.config.digest())
    return LoadedDocument(log["key"], doc.original, result.text, result.edits, log, from_run=False)


def load_file(path: Path, make_pipeline: Callable[[], object]) -> LoadedDocument:
    """An edit log (read back) or an input file (cleaned now with ``make_pipeline()``)."""
    log = read_log(path)
    if log is not None:
        return load_log_file(path, log)
    return load_input_file(path, make_pipeline())


def load_summary(out: Path) -> dict:
    try:
        return json.loads((Path(out) / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def load_failures(out: Path) -> list[dict]:
    try:
        raw = (Path(out) / "failed.jsonl").read_text(encoding="utf-8")
    except OSError:
        return []
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def iter_logs(out: Path) -> Iterator[tuple[dict, Path]]:
    """Every edit log of a run with the file it came from, sorted by file name."""
    edits = Path(out) / "edits"
    if not edits.is_dir():
        raise FileNotFoundError(f"{edits}: no edit logs here; is {out} the output folder of a run?")
    for path in sorted(edits.rglob("*")):
        if path.suffix == ".json":
            log = read_log(path)
            if log is not None:
                yield log, path
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    data = json.loads(line) if line.strip() else None
                    if is_log(data):
                        yield data, path


def iter_clean(out: Path) -> Iterator[tuple[dict, str]]:
    """Every edit log of the run in ``out`` with its clean text."""
    out = Path(out)
    for log, _ in iter_logs(out):
        yield log, _clean_text(log, out / "clean" / f"{log['key']}.txt")


def iter_run(out: Path) -> Iterator[LoadedDocument]:
    """Every document of the run in ``out``."""
    for log, clean in iter_clean(out):
        yield from_log(log, clean)
