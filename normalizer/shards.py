"""Cutting the inputs into units of work.

A run's inputs are a stream of *records*: each loose file (``.txt``, ``.html``
...) is one record, each line of a JSONL file or each record of a WARC file is
one. The stream is cut into *parts* of at most ``batch_size`` records (and about
``batch_bytes`` bytes): loose files, in discovery order, form the parts
``part-00000``, ``part-00001``...; a container with key ``dump`` forms
``dump.00000``, ``dump.00001``... A part is the unit of work, of output (JSONL
shards) and of resume. Parts depend only on the inputs and the batch size, never
on the number of workers or the engine, so every engine writes the same output.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .inputs import InputError, InputItem, discover, open_input, reader_for
from .records import BadRecord, Record, safe_key

LOOSE = "part"


@dataclass
class Unit:
    """One unit of work.

    ``records`` holds the container records the parent already read, or, for
    loose files, ``(item, problem)`` pairs (``problem`` is why the file cannot
    be processed, or None). A *whole-container* unit (``records is None``)
    leaves reading to the worker, which cuts it into parts the same way.
    ``done`` carries the recorded result of a part finished by an earlier run.
    """

    name: str
    item: InputItem | None = None
    records: list | None = None
    nbytes: int = 0
    fingerprint: str = ""
    done: dict | None = None
    skip: dict | None = None  # record number -> failure, for records not to read again

    @property
    def whole_container(self) -> bool:
        return self.records is None


def file_stamp(path: Path) -> list:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()[:20]


@dataclass
class Plan:
    inputs: list
    batch_size: int = 500
    batch_bytes: int = 16 << 20
    options: dict = field(default_factory=dict)

    def measure(self) -> tuple[int, int]:
        """Number of input files and their total size in bytes (walks the inputs once)."""
        files = size = 0
        for item in discover(self.inputs):
            files += 1
            try:
                size += item.path.stat().st_size
            except OSError:
                pass
        return files, size

    def units(self, *, split: bool = True, lookup: Callable[[str, str], dict | None] | None = None
              ) -> Iterator[Unit]:
        """The units in order. ``split``: read containers here and cut them into
        parts; otherwise a container is one whole-container unit. ``lookup(name,
        fingerprint)`` returns the recorded result of a finished part, or None."""
        loose: list = []
        loose_bytes = 0
        index = 0
        seen = _Keys(self.inputs)
        for item in discover(self.inputs):
            reader, _ = reader_for(item.path)
            container = getattr(reader, "records", None) is not None
            clash = seen.check(item, container)
            if not container:
                size = _size(item.path)
                loose.append((item, clash))
                loose_bytes += size
                if len(loose) >= self.batch_size or loose_bytes >= self.batch_bytes:
                    yield self._loose_unit(index, loose, loose_bytes, lookup)
                    index, loose, loose_bytes = index + 1, [], 0
                continue
            if clash:
                unit = Unit(f"{item.key}.{0:05d}", item, [BadRecord(str(item.path), 0, clash, key=item.key)])
                unit.fingerprint = _digest([unit.name, clash])
                yield self._finish(unit, lookup)
            elif split:
                for unit in self.split(item):
                    yield self._finish(unit, lookup)
            else:
                yield Unit(item.key, item, None, _size(item.path))
        if loose:
            yield self._loose_unit(index, loose, loose_bytes, lookup)

    def _loose_unit(self, index, loose, nbytes, lookup) -> Unit:
        unit = Unit(f"{LOOSE}-{index:05d}", None, loose, nbytes)
        unit.fingerprint = _digest([[i.key, str(i.path), _stamp_or_none(i.path), p] for i, p in loose])
        return self._finish(unit, lookup)

    @staticmethod
    def _finish(unit: Unit, lookup) -> Unit:
        if lookup is not None:
            done = lookup(unit.name, unit.fingerprint)
            if done is not None:
                unit.done, unit.records = done, []
        return unit

    def split(self, item: InputItem) -> Iterator[Unit]:
        """Read a container and cut it into part units (records keyed, duplicates marked)."""
        reader, _ = reader_for(item.path)
        stamp = _stamp_or_none(item.path)
        seen: dict[str, int] = {}
        part: list = []
        size = index = 0
        last_pos = 0
        try:
            raw = open_input(item.path)
        except (OSError, InputError) as e:  # gone, a FIFO, a loop of symlinks...: one bad record
            unit = Unit(f"{item.key}.{0:05d}", item, [BadRecord(str(item.path), 0, f"unreadable input: {e}",
                                                                key=item.key)])
            unit.fingerprint = _digest([unit.name, str(item.path), str(e)])
            yield unit
            return
        with raw:
            for rec in _guarded(reader.records, item, self.options, raw):
                rec = _assign_key(rec, item.key, seen)
                part.append(rec)
                size += rec.size
                if len(part) >= self.batch_size or size >= self.batch_bytes:
                    pos = _tell(raw)
                    yield self._part(item, index, part, pos - last_pos, stamp)
                    index, part, size, last_pos = index + 1, [], 0, pos
            if part:
                yield self._part(item, index, part, _tell(raw) - last_pos, stamp)

    def _part(self, item, index, records, nbytes, stamp) -> Unit:
        name = f"{item.key}.{index:05d}"
        return Unit(name, item, records, max(nbytes, 0), _digest([name, str(item.path), stamp]))


def _guarded(records, item, options, raw):
    """The container's records; an exception from the reader ends the file with one bad record."""
    n = 0
    try:
        for n, rec in enumerate(records(item, options, raw), 1):
            yield rec
    except Exception as e:  # a reader bug or damaged file must not stop the run
        yield BadRecord(str(item.path), n, f"unreadable input after record {n}: {type(e).__name__}: {e}")


def _assign_key(rec, container_key: str, seen: dict):
    """Give ``rec`` its key; a record whose key an earlier one took becomes a BadRecord."""
    name = rec.id if rec.id is not None else str(rec.position)
    rec.key = f"{container_key}/{safe_key(name)}"
    if isinstance(rec, Record):
        first = seen.setdefault(rec.key, rec.position)
        if first != rec.position:
            return BadRecord(rec.source, rec.position, f"output name {rec.key!r} is already used by "
                             f"the record at {first}", id=rec.id, key=rec.key, size=rec.size)
    return rec


class _Keys:
    """Keys already taken, to report clashes before anything is written.

    Two files can only share a key when they sit in the same folder or are given
    as separate inputs, so only the current folder's keys are kept (memory does
    not grow with the number of files). A container's records are written under
    ``<its key>/``, which clashes with a folder of the same name beside it.
    """

    def __init__(self, inputs):
        self.inputs = {str(Path(p)) for p in inputs}
        self.folder_bases = {Path(p).resolve().name for p in inputs if Path(p).is_dir()} if len(inputs) > 1 else set()
        self.folder = None
        self.keys: dict[str, str] = {}
        self.top: dict[str, str] = {}

    def check(self, item: InputItem, container: bool) -> str | None:
        if str(item.path) in self.inputs:
            keys = self.top
        else:
            if item.path.parent != self.folder:
                self.folder, self.keys = item.path.parent, {}
            keys = self.keys
        if item.key in keys:
            return f"output name {item.key!r} is already used by {keys[item.key]}"
        keys[item.key] = str(item.path)
        if container:
            folder = item.path.parent / item.key.rsplit("/", 1)[-1]
            if (keys is self.top and item.key in self.folder_bases) or (keys is self.keys and folder.is_dir()):
                return (f"the records of {item.path} would be written under {item.key}/, where the "
                        f"files of a folder named {item.key.rsplit('/', 1)[-1]!r} go; rename one of them")
        return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _stamp_or_none(path: Path):
    try:
        return file_stamp(path)
    except OSError:
        return None


def _tell(raw) -> int:
    try:
        return raw.tell()
    except (OSError, ValueError):
        return 0
