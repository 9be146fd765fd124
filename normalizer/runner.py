"""A run over many inputs: clean files, edit logs, diffs, a summary and the failures.

For a document with key ``sub/name`` the run writes ``OUT/clean/sub/name.txt``,
``OUT/edits/sub/name.json``, ``OUT/diff/sub/name.diff`` and ``OUT/meta/sub/name.json``
(the article's facts); then
``OUT/summary.json`` and ``OUT/failed.jsonl`` (one line per failed input).
Every file is written atomically (temporary file, then rename).
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .diffreport import unified
from .inputs import InputError, discover, reader_for
from .metadata import metadata_json
from .pipeline import Pipeline, PluginFailure, Result

LOG_FORMAT = "normalizer.edits/1"


def write_atomic(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name[:40], suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def edit_log_json(result: Result, key: str, config_digest: str) -> dict:
    doc = result.document
    return {
        "format": LOG_FORMAT, "normalizer": __version__, "key": key, "source": doc.source,
        "url": doc.url, "site": doc.site, "doc_format": doc.format, "meta": doc.meta,
        "config": config_digest,
        "original_sha256": hashlib.sha256(doc.original.encode("utf-8", "surrogatepass")).hexdigest(),
        "original_length": len(doc.original), "clean_length": len(result.text),
        "removed_share": round(result.removed_share(), 4),
        "flags": result.flags, "skipped": result.skipped, "ran": result.ran,
        "steps": result.log.to_json(),
        "rejected": [{"plugin": s.plugin, "edits": [e.to_json() for e in s.edits]} for s in result.log.rejected],
    }


@dataclass
class PluginStats:
    documents: int = 0
    edits: int = 0
    chars_removed: int = 0
    chars_changed: int = 0
    seconds: float = 0.0
    kinds: dict = field(default_factory=dict)


@dataclass
class Summary:
    documents: int = 0
    clean: int = 0
    failed: int = 0
    flagged: list = field(default_factory=list)
    plugins: dict = field(default_factory=dict)
    chars_in: int = 0
    chars_out: int = 0
    seconds: float = 0.0
    corpus: dict | None = None  # pass-1 statistics of a two-pass run
    facts: dict = field(default_factory=dict)  # fact name -> documents it was found for

    def add(self, key: str, result: Result) -> None:
        self.clean += 1
        for name in result.metadata.names():
            self.facts[name] = self.facts.get(name, 0) + 1
        self.chars_in += len(result.document.original)
        self.chars_out += len(result.text)
        if result.flags:
            self.flagged.append({"key": key, "flags": result.flags})
        for name, secs in result.timings.items():
            self.plugins.setdefault(name, PluginStats()).seconds += secs
        for step in result.log.steps:
            st = self.plugins.setdefault(step.plugin, PluginStats())
            st.documents += 1
            for e in step.edits:
                st.edits += 1
                st.kinds[e.kind] = st.kinds.get(e.kind, 0) + 1
                if e.replacement:
                    st.chars_changed += len(e.removed)
                else:
                    st.chars_removed += len(e.removed)

    def to_json(self, pipeline: Pipeline) -> dict:
        return {
            "normalizer": __version__, "config": pipeline.config.digest(), "pipeline": pipeline.names,
            "documents": self.documents, "clean": self.clean, "failed": self.failed,
            "flagged": self.flagged, "chars_in": self.chars_in, "chars_out": self.chars_out,
            "seconds": round(self.seconds, 3), "facts": dict(sorted(self.facts.items())),
            **({"corpus": self.corpus} if self.corpus is not None else {}),
            "plugins": {n: {**vars(s), "seconds": round(s.seconds, 4)}
                        for n, s in sorted(self.plugins.items(), key=lambda kv: _order(pipeline, kv[0]))},
        }


def _order(pipeline: Pipeline, name: str):
    names = pipeline.names
    return (names.index(name) if name in names else len(names), name)


def check_output_dir(out: Path, inputs: list) -> None:
    out = out.resolve()
    for raw in inputs:
        root = Path(raw).resolve()
        if root.is_dir() and (out == root or root in out.parents):
            raise ValueError(f"the output folder {out} is inside the input folder {root}; "
                             "choose an output folder outside the inputs")


def write_metadata(out: Path, key: str, result: Result) -> None:
    """The article's facts, with their sources: ``OUT/meta/<key>.json``."""
    write_atomic(Path(out) / "meta" / f"{key}.json",
                 json.dumps(metadata_json(result, key), ensure_ascii=False, indent=1) + "\n")


class Run:
    """One ``normalizer run``: reads inputs, runs the pipeline, writes everything."""

    def __init__(self, pipeline: Pipeline, out: Path, *, diffs: bool = True, strict: bool = False,
                 progress=None):
        self.pipeline, self.out, self.diffs, self.strict = pipeline, Path(out), diffs, strict
        self.summary = Summary()
        self.failures: list[dict] = []
        self.progress = progress
        self._keys: dict[str, str] = {}
        self.corpus = None

    def run(self, inputs: list) -> Summary:
        check_output_dir(self.out, inputs)
        t0 = time.perf_counter()
        self.out.mkdir(parents=True, exist_ok=True)
        self.corpus = None
        if self.pipeline.needs_corpus:
            t1 = time.perf_counter()
            self.corpus = self.pipeline.count(self._documents(inputs))
            self.summary.corpus = {**self.corpus.stats(), "seconds": round(time.perf_counter() - t1, 3)}
        for item in discover(inputs):
            self._run_item(item)
        self.summary.seconds = time.perf_counter() - t0
        write_atomic(self.out / "failed.jsonl",
                     "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in self.failures))
        write_atomic(self.out / "summary.json",
                     json.dumps(self.summary.to_json(self.pipeline), indent=2, ensure_ascii=False) + "\n")
        return self.summary

    @staticmethod
    def _documents(inputs):
        """Pass 1's view of the inputs: every readable document (unreadable ones fail in pass 2)."""
        for item in discover(inputs):
            reader, _ = reader_for(item.path)
            try:
                yield from reader(item)
            except (InputError, OSError, UnicodeError, ValueError):
                continue

    def _run_item(self, item) -> None:
        reader, _ = reader_for(item.path)
        try:
            docs = reader(item)
            for doc in docs:
                self._run_doc(doc.id or item.key, doc)
        except (InputError, OSError, UnicodeError, ValueError) as e:
            self.summary.documents += 1
            self._fail(item.key, str(item.path), f"unreadable input: {e}")
        if self.progress:
            self.progress(self.summary)

    def _run_doc(self, key: str, doc) -> None:
        self.summary.documents += 1
        if key in self._keys:
            self._fail(key, doc.source, f"output name {key!r} is already used by {self._keys[key]}")
            return
        self._keys[key] = doc.source or key
        try:
            result = self.pipeline.run(doc, self.corpus)
        except PluginFailure as e:
            if self.strict:
                raise
            self._fail(key, doc.source, e.args[0], plugin=e.plugin, trace=e.trace)
            return
        self.write(key, result)
        self.summary.add(key, result)

    def write(self, key: str, result: Result) -> None:
        digest = self.pipeline.config.digest()
        write_atomic(self.out / "clean" / f"{key}.txt", result.text)
        log = edit_log_json(result, key, digest)
        write_atomic(self.out / "edits" / f"{key}.json", json.dumps(log, ensure_ascii=False, indent=1) + "\n")
        if self.diffs:
            diff = unified(result.document.original, result.text, result.edits, key)
            write_atomic(self.out / "diff" / f"{key}.diff", diff)
        write_metadata(self.out, key, result)

    def _fail(self, key: str, source, reason: str, **extra) -> None:
        self.summary.failed += 1
        self.failures.append({"key": key, "input": source, "reason": reason, **extra})
        if self.strict:
            raise RuntimeError(f"{source}: {reason}")


def format_table(summary: dict) -> str:
    """The per-plugin table printed at the end of a run."""
    rows = [("plugin", "docs", "edits", "removed", "changed", "ms")]
    for name, s in summary["plugins"].items():
        rows.append((name, str(s["documents"]), str(s["edits"]), str(s["chars_removed"]),
                     str(s["chars_changed"]), f"{s['seconds'] * 1000:.1f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    share = 1 - summary["chars_out"] / summary["chars_in"] if summary["chars_in"] else 0
    lines.append(f"{summary['documents']} documents: {summary['clean']} clean, {summary['failed']} failed, "
                 f"{len(summary['flagged'])} flagged; {share:.1%} of characters removed "
                 f"in {summary['seconds']:.2f}s")
    if summary.get("facts"):
        lines.append("facts found (OUT/meta): " + ", ".join(
            f"{name} {n}/{summary['clean']}" for name, n in _fact_order(summary["facts"])))
    return "\n".join(lines)


def _fact_order(facts: dict):
    from .metadata import FACTS

    return sorted(facts.items(), key=lambda kv: (list(FACTS).index(kv[0]) if kv[0] in FACTS else len(FACTS), kv[0]))


def stderr_progress(every: int = 500):
    """Plain progress lines on stderr for long runs."""
    state = {"last": 0, "t0": time.perf_counter()}

    def report(summary: Summary) -> None:
        if summary.documents - state["last"] >= every:
            state["last"] = summary.documents
            rate = summary.documents / max(time.perf_counter() - state["t0"], 1e-9)
            print(f"normalizer: {summary.documents} documents ({rate:.0f}/s), {summary.failed} failed",
                  file=sys.stderr, flush=True)
    return report
