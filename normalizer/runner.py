"""A run over many inputs: clean files, edit logs, diffs, a summary and the failures.

For a document with key ``sub/name`` the run writes ``OUT/clean/sub/name.txt``,
``OUT/edits/sub/name.json``, ``OUT/diff/sub/name.diff`` and ``OUT/meta/sub/name.json``
(the article's facts); then
``OUT/summary.json`` and ``OUT/failed.jsonl`` (one line per failed input).
With ``output_format="jsonl"`` each part of the input (see :mod:`normalizer.shards`)
becomes ``OUT/documents/<part>.jsonl`` (clean text, id, url, edit summary),
``OUT/edits/<part>.jsonl`` (full edit logs, each with its clean text) and ``OUT/diff/<part>.diff``.
Every file is written atomically (temporary file, then rename).

The run loop: the parent cuts the inputs into units (:class:`~normalizer.shards.Plan`),
an executor (:mod:`normalizer.executors`) runs :meth:`Run.process` on each unit
in worker processes, and the parent merges the part results in input order.
Finished parts are recorded in ``OUT/.state`` (:mod:`normalizer.state`), so the
same command resumes an interrupted run.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .corpus import Counts
from .diffreport import unified
from .executors import make_executor
from .inputs import InputError, reader_for
from .jsontext import readable
from .metadata import metadata_json
from .pipeline import Pipeline, PluginFailure, Result
from .progress import CallbackProgress, LogProgress
from .records import BadRecord
from .shards import Plan, Unit
from .state import State, run_stamp
from .work import count_unit, run_unit

LOG_FORMAT = "normalizer.edits/1"


def write_atomic(path: Path, data: str | bytes, tmp_dir: Path | None = None) -> None:
    """Write ``data`` to a temporary file (in ``tmp_dir``, default beside ``path``), then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=tmp_dir or path.parent, prefix="." + path.name[:40], suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            # Lone surrogates (from undecodable file names) become \\udcXX escapes: JSON reads them back.
            fh.write(data.encode("utf-8", "backslashreplace") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def jsonl_line(obj) -> str:
    """One line of a JSON Lines file. U+2028, U+2029 and U+0085 are escaped: JSON allows them
    raw, but they end a line for str.splitlines() and other readers."""
    line = json.dumps(obj, ensure_ascii=False)
    if "\u2028" in line or "\u2029" in line or "\x85" in line:
        line = line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")
    return line + "\n"


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

    def to_part(self) -> dict:
        """This summary as plain data, for a part's result."""
        return {"documents": self.documents, "clean": self.clean, "failed": self.failed,
                "flagged": self.flagged, "chars_in": self.chars_in, "chars_out": self.chars_out,
                "facts": self.facts, "plugins": {n: vars(s) for n, s in self.plugins.items()}}

    def merge_part(self, part: dict) -> None:
        """Add a part's counts (from :meth:`to_part`)."""
        for name in ("documents", "clean", "failed", "chars_in", "chars_out"):
            setattr(self, name, getattr(self, name) + part[name])
        self.flagged.extend(part["flagged"])
        for name, n in part["facts"].items():
            self.facts[name] = self.facts.get(name, 0) + n
        for name, stats in part["plugins"].items():
            st = self.plugins.setdefault(name, PluginStats())
            for attr in ("documents", "edits", "chars_removed", "chars_changed", "seconds"):
                setattr(st, attr, getattr(st, attr) + stats[attr])
            for kind, n in stats["kinds"].items():
                st.kinds[kind] = st.kinds.get(kind, 0) + n

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
    """The output folder may not be inside an input folder, nor hold an input (symlinks resolved):
    outputs must never land on inputs."""
    out = out.resolve()
    for raw in inputs:
        root = Path(raw).resolve()
        if root.is_dir() and (out == root or root in out.parents):
            raise ValueError(f"the output folder {out} is inside the input folder {root}; "
                             "choose an output folder outside the inputs")
        if out in root.parents:
            raise ValueError(f"the input {root} is inside the output folder {out}, where the run writes; "
                             "choose another output folder")


def write_metadata(out: Path, key: str, result: Result, tmp_dir: Path | None = None) -> None:
    """The article's facts, with their sources: ``OUT/meta/<key>.json``."""
    write_atomic(Path(out) / "meta" / f"{key}.json",
                 readable(metadata_json(result, key), depth=3), tmp_dir)


class Run:
    """One ``normalizer run``: reads inputs, runs the pipeline, writes everything.

    ``jobs`` worker processes (``None``: all cores) or ``engine="ray"``;
    ``output_format`` ``"tree"`` (a file per document) or ``"jsonl"`` (a file per
    part); ``resume`` skips parts an earlier run of the same command finished.
    The same object, rebuilt in each worker from :meth:`spec`, does the work:
    :meth:`process` cleans a unit and :meth:`write` writes one document.
    """

    def __init__(self, pipeline: Pipeline, out: Path, *, diffs: bool = True, strict: bool = False,
                 progress=None, jobs: int | None = 1, engine: str = "local", output_format: str = "tree",
                 resume: bool = True, batch_size: int = 500, batch_bytes: int = 16 << 20,
                 engine_options: dict | None = None, stamp: str | None = None, corpus_file: str | None = None):
        if output_format not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {output_format!r} ({', '.join(OUTPUT_FORMATS)})")
        if batch_size < 1:
            raise ValueError("the batch size must be at least 1")
        self.pipeline, self.out, self.diffs, self.strict = pipeline, Path(out), diffs, strict
        self.summary = Summary()
        self.failures: list[dict] = []
        self.progress = progress
        self.jobs, self.engine, self.output_format, self.resume = jobs, engine, output_format, resume
        self.batch_size, self.batch_bytes = batch_size, batch_bytes
        self.engine_options = engine_options or {}
        self.stamp = stamp or run_stamp(pipeline, format=output_format, diffs=diffs,
                                        batch_size=batch_size, batch_bytes=batch_bytes)
        self.state = State(self.out, self.stamp)
        self._tmp_ready = False
        # Pass-1 counts of a two-pass run: written to a file by the parent, loaded where needed.
        self.corpus_file = corpus_file
        self._corpus = None
        self.watch = None  # a supervised worker's status (normalizer.supervise): which record it is on

    def spec(self):
        """What a worker needs to rebuild this run (no plugin manager, no modules)."""
        from .work import RunSpec, current_env

        return RunSpec(self.pipeline.config, dict(self.pipeline.build_args),
                       {"out": str(self.out), "diffs": self.diffs, "strict": self.strict,
                        "output_format": self.output_format, "batch_size": self.batch_size,
                        "batch_bytes": self.batch_bytes, "stamp": self.stamp, "corpus_file": self.corpus_file},
                       current_env())

    def plan(self, inputs: list) -> Plan:
        return Plan(list(inputs), self.batch_size, self.batch_bytes, dict(self.pipeline.config.core["input"]))

    def run(self, inputs: list) -> Summary:
        check_output_dir(self.out, inputs)
        t0 = time.perf_counter()
        plan = self.plan(inputs)
        files, nbytes = plan.measure()
        self.out.mkdir(parents=True, exist_ok=True)
        self.state.reset(self.resume)
        progress = self._progress()
        progress.start(files, nbytes)
        executor = make_executor(self, self.engine, self.jobs, **self.engine_options)
        if nbytes >= PRESTART_BYTES:  # surely several parts: start the workers while the input is read
            executor.prestart()
        finished = False
        try:
            if self.pipeline.needs_corpus:
                self._count(plan, executor)
            units = plan.units(split=executor.splits, lookup=self.state.lookup if self.resume else None)
            for parts in executor.map(run_unit, units):
                for part in parts:
                    self.summary.merge_part(part["summary"])
                    self.failures.extend(part["failures"])
                    progress.update(self.summary.documents, self.summary.failed, part["nbytes"])
                    if part.get("stopped"):
                        raise RuntimeError(part["stopped"])
            finished = True
        finally:
            executor.close(cancel=not finished)
            progress.close()
        self.summary.seconds = time.perf_counter() - t0
        write_atomic(self.out / "failed.jsonl",
                     "".join(jsonl_line(f) for f in self.failures))
        write_atomic(self.out / "summary.json",
                     json.dumps(self.summary.to_json(self.pipeline), indent=2, ensure_ascii=False) + "\n")
        return self.summary

    @property
    def corpus(self):
        """The pass-1 counts, loaded the first time a document needs them.

        The parent writes them (with the run stamp they lead to) to
        ``OUT/.state/corpus.pickle`` before pass 2 starts; a worker, started
        for pass 1 or recycled, loads that file when it gets its first unit
        to clean, and marks its parts with that stamp.
        """
        if self._corpus is None and self.pipeline.needs_corpus:
            data = pickle.loads(Path(self.corpus_file or self.state.dir / CORPUS_FILE).read_bytes())
            self._corpus = data["counts"]
            self.stamp = self.state.stamp = data["stamp"]
        return self._corpus

    def _count(self, plan: Plan, executor) -> None:
        """Pass 1 of a two-pass run: count ``corpus_keys`` over all documents (map-reduce).

        The counts decide the output, so their digest joins the run stamp: parts
        finished with other counts (the inputs changed) are done again.
        """
        t0 = time.perf_counter()
        counts = executor.map_reduce(count_unit, plan.units(split=executor.splits), Counts.merge,
                                     Counts(self.pipeline.config.core["corpus_max_keys"]))
        self.summary.corpus = {**counts.stats(), "seconds": round(time.perf_counter() - t0, 3)}
        self.stamp = self.state.stamp = hashlib.sha256(f"{self.stamp} {counts_digest(counts)}".encode()).hexdigest()[:20]
        path = self.state.dir / CORPUS_FILE
        data = {"stamp": self.stamp, "counts": counts.frozen()}
        write_atomic(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), self.tmp_dir())
        # Workers load the file; this process only does if it cleans documents itself (-j 1).
        self.corpus_file, self._corpus = str(path), None

    def _progress(self):
        if self.progress is None:
            return CallbackProgress(lambda summary: None, self.summary)
        if hasattr(self.progress, "update"):
            return self.progress
        return CallbackProgress(self.progress, self.summary)

    # -- the worker side -------------------------------------------------

    def process(self, unit: Unit) -> list[dict]:
        """Clean one unit; return its parts' results (counts and failures), in order."""
        if unit.done is not None:
            return [unit.done]
        self.corpus  # pass-1 counts and the stamp they give, before any part is marked
        if not unit.whole_container:
            return [self._process_part(unit)]
        results = []
        for part in self.plan([]).split(unit.item):
            done = self.state.lookup(part.name, part.fingerprint) if self.resume else None
            results.append(done if done is not None else self._process_part(part))
            if results[-1].get("stopped"):
                break
        return results

    def documents(self, unit: Unit):
        """``(key, document, None)`` for each document of a unit, or ``(key, None, failure)``
        for one that cannot be read (``failure`` is a dict with ``input`` and ``reason``).
        A whole-container unit is read here. Corpus-level passes iterate this in ``map_reduce``.

        Exactly one entry per record of the unit, in order: the ``i``-th entry is
        record ``i``. ``unit.skip`` maps record numbers to failures decided before
        (a record that ran out of time is not read again); ``self.watch``, when set
        (a supervised worker), is told when reading record ``i`` begins.
        """
        if unit.whole_container:
            for part in self.plan([]).split(unit.item):
                yield from self.documents(part)
            return
        skip, watch = unit.skip or {}, self.watch
        limit = self.pipeline.config.core["input"]["max_document_size"] or None
        for i, rec in enumerate(unit.records):
            if watch is not None:
                watch.document(i)
            if unit.item is None:  # loose files: (item, problem) pairs
                item, problem = rec
                if i in skip or problem:
                    yield item.key, None, {"input": str(item.path), **(skip.get(i) or {"reason": problem})}
                    continue
                item.limit = limit
                try:
                    doc = next(iter(reader_for(item.path)[0](item)))
                except Exception as e:  # any reader error fails the file, not the run
                    message = str(e) if isinstance(e, READ_ERRORS) else f"{type(e).__name__}: {e}"
                    yield item.key, None, {"input": str(item.path), "reason": f"unreadable input: {message}"}
                    continue
                yield doc.id or item.key, doc, None
                continue
            if i in skip:
                yield rec.key, None, {"input": rec.source, "position": rec.position, **skip[i]}
            elif isinstance(rec, BadRecord):
                yield rec.key, None, {"input": rec.source, "reason": rec.reason, "position": rec.position}
            else:
                try:
                    doc = rec.document()
                except Exception as e:  # a payload the HTML stage cannot read fails that record only
                    yield rec.key, None, {"input": rec.source, "position": rec.position,
                                          "reason": f"unreadable record: {type(e).__name__}: {e}"}
                    continue
                yield rec.key, doc, None

    def _process_part(self, unit: Unit) -> dict:
        summary, failures, stopped = Summary(), [], None
        writer = TreeWriter(self) if self.output_format == "tree" else JsonlWriter(self, unit.name)
        for key, doc, failure in self.documents(unit):
            summary.documents += 1
            if failure is None:
                failure = self._clean(key, doc, writer, summary)
                if failure is None:
                    continue
            summary.failed += 1
            failures.append({"key": key, **failure})
            if self.strict:
                stopped = f"{failure['input']}: {failure['reason']}"
                break
        if self.watch is not None:
            self.watch.idle()
        writer.commit()
        part = {"name": unit.name, "nbytes": unit.nbytes, "summary": summary.to_part(), "failures": failures}
        if stopped:
            part["stopped"] = stopped
        else:
            self.state.mark(unit.name, unit.fingerprint, part)
        return part

    def _clean(self, key: str, doc, writer, summary: Summary) -> dict | None:
        """Clean and write one document; the failure (a dict) if it failed, else None."""
        if not doc.original.strip():
            what = "the page has no text" if doc.format == "html" else (
                "only whitespace" if doc.original else "0 characters")
            return {"input": doc.source, "reason": f"empty document: {what}"}
        try:
            result = self.pipeline.run(doc, self.corpus)
        except PluginFailure as e:
            failure = {"input": doc.source, "reason": e.args[0], "plugin": e.plugin, "trace": e.trace}
        except Exception as e:  # the core could not handle this document: it fails, the run goes on
            failure = {"input": doc.source, "reason": f"internal error: {type(e).__name__}: {e}",
                       "trace": traceback.format_exc()}
        else:
            try:
                writer.write(key, result)
            except (UnicodeError, ValueError, OSError) as e:
                if isinstance(e, OSError) and e.errno not in DOCUMENT_WRITE_ERRNOS:
                    raise  # disk full, read-only OUT...: every document would fail
                why = (f"{e.strerror} (its output names in OUT are its key {key!r} with a suffix)"
                       if isinstance(e, OSError) else f"{type(e).__name__}: {e}")
                failure = {"input": doc.source, "reason": f"cannot write its outputs: {why}"}
            else:
                summary.add(key, result)
                return None
        writer.forget(key)  # the document's own outputs from an earlier run are stale
        return failure

    def tmp_dir(self) -> Path:
        """Where files are written before they are renamed into place (cleared at each start)."""
        if not self._tmp_ready:
            self.state.tmp.mkdir(parents=True, exist_ok=True)
            self._tmp_ready = True
        return self.state.tmp

    def write(self, key: str, result: Result) -> None:
        digest = self.pipeline.config.digest()
        tmp = self.tmp_dir()
        write_atomic(self.out / "clean" / f"{key}.txt", result.text, tmp)
        log = edit_log_json(result, key, digest)
        write_atomic(self.out / "edits" / f"{key}.json", readable(log), tmp)
        if self.diffs:
            diff = unified(result.document.original, result.text, result.edits, key)
            write_atomic(self.out / "diff" / f"{key}.diff", diff, tmp)
        write_metadata(self.out, key, result, tmp)

    def forget(self, key: str) -> None:
        """Remove what an earlier run wrote for a document that failed now."""
        for sub, ext in (("clean", ".txt"), ("edits", ".json"), ("diff", ".diff"), ("meta", ".json")):
            try:
                (self.out / sub / f"{key}{ext}").unlink()
            except OSError:
                pass


def counts_digest(counts: Counts) -> str:
    """A digest of pass-1 counts that does not depend on the order they were merged in."""
    h = hashlib.sha256()
    for key in sorted(counts.tables):
        table = counts.tables[key]
        h.update(repr((key, table.documents, table.limit, sorted(table.counts.items()))).encode())
    return h.hexdigest()[:20]


OUTPUT_FORMATS = ("tree", "jsonl")
PRESTART_BYTES = 2 << 20
CORPUS_FILE = "corpus.pickle"
READ_ERRORS = (InputError, OSError, UnicodeError, ValueError)
# Write errors that concern one document's outputs (its name), not the output folder.
DOCUMENT_WRITE_ERRNOS = (errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ)


class TreeWriter:
    """A file per document (``Run.write``)."""

    def __init__(self, run: Run):
        self.run = run

    def write(self, key: str, result: Result) -> None:
        self.run.write(key, result)

    def forget(self, key: str) -> None:
        self.run.forget(key)

    def commit(self) -> None:
        pass


def document_json(key: str, result: Result) -> dict:
    """One line of ``OUT/documents/<part>.jsonl``: the clean text, an edit summary, the article's facts."""
    doc = result.document
    plugins: dict[str, int] = {}
    removed = changed = 0
    for e in result.edits:
        plugins[e.plugin] = plugins.get(e.plugin, 0) + 1
        if e.replacement:
            changed += len(e.removed)
        else:
            removed += len(e.removed)
    return {"key": key, "id": doc.id, "url": doc.url, "source": doc.source, "text": result.text,
            "flags": result.flags, "removed_share": round(result.removed_share(), 4),
            "edits": {"count": len(result.edits), "chars_removed": removed, "chars_changed": changed,
                      "plugins": plugins},
            "meta": result.metadata.to_json()}


class JsonlWriter:
    """The part's documents, edit logs and diffs, streamed to temporary files, renamed on commit."""

    def __init__(self, run: Run, name: str):
        self.run, self.name = run, name
        self.targets = [run.out / "documents" / f"{name}.jsonl", run.out / "edits" / f"{name}.jsonl"]
        if run.diffs:
            self.targets.append(run.out / "diff" / f"{name}.diff")
        self.files = [tempfile.NamedTemporaryFile("w", encoding="utf-8", errors="backslashreplace",
                                                  dir=run.tmp_dir(), delete=False,
                                                  prefix=f".{Path(name).name[:40]}", suffix=".tmp")
                      for _ in self.targets]
        self.digest = run.pipeline.config.digest()

    def write(self, key: str, result: Result) -> None:
        log = edit_log_json(result, key, self.digest)
        log["clean"] = result.text  # a shard line stands alone: the original is rebuilt from it
        lines = [jsonl_line(document_json(key, result)), jsonl_line(log)]
        if self.run.diffs:
            lines.append(unified(result.document.original, result.text, result.edits, key))
        for fh, line in zip(self.files, lines):  # all made before any is written: no half document
            fh.write(line)

    def forget(self, key: str) -> None:
        pass

    def commit(self) -> None:
        for fh, target in zip(self.files, self.targets):
            fh.close()
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(fh.name, target)


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
    # clean texts can be longer (a final newline added): nothing was removed then, not a negative share
    share = max(0.0, 1 - summary["chars_out"] / summary["chars_in"]) if summary["chars_in"] else 0
    lines.append(f"{summary['documents']} document{'' if summary['documents'] == 1 else 's'}: {summary['clean']} clean, {summary['failed']} failed, "
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
    """Plain progress lines on stderr (kept for callers of the old API)."""
    return LogProgress(sys.stderr)
