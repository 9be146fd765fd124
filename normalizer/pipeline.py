"""The pipeline: run the enabled plugins over one document, in order, and log their edits."""
from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from . import edits as E
from .corpus import Counts, site_key
from .config import Config, ConfigError, check_options, load_config
from .document import Document
from .metadata import Metadata
from .plugins import DOM_PHASES, PHASES, PluginSet, format_error


class PluginLoadWarning(UserWarning):
    """A plugin failed to load (import error, bad hook): the pipeline runs without it."""


class PluginFailure(Exception):
    """A plugin raised or returned bad edits; carries its name and traceback."""

    def __init__(self, plugin: str, message: str, trace: str = ""):
        super().__init__(f"plugin {plugin!r} failed: {message}")
        self.plugin, self.message, self.trace = plugin, message, trace


@dataclass
class Stage:
    name: str
    phase: str
    options: dict
    find_edits: object | None
    applies_to: object | None
    find_dom_edits: object | None = None
    corpus_keys: object | None = None
    find_metadata: object | None = None
    dom_plugin: bool = False  # has a DOM phase or a find_dom_edits (even when its mode is off)
    index: int = 0  # position in the pipeline


@dataclass
class Result:
    """The clean text of one document and how it came about."""

    document: Document
    text: str
    log: E.EditLog
    flags: list[str] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # plugins that failed and were skipped
    timings: dict[str, float] = field(default_factory=dict)
    dom_steps: int = 0  # how many of log.steps come from the DOM stage
    ran: list[str] = field(default_factory=list)  # plugins that looked at the document (applies_to said yes)
    dom_text: str | None = None  # the text after the DOM stage (HTML pages)

    @property
    def metadata(self) -> Metadata:
        """The article facts the plugins found (headline, authors, published, language, site ...)."""
        return self.document.facts

    @property
    def edits(self) -> list[E.AppliedEdit]:
        return self.log.edits

    def removed_share(self) -> float:
        """Share of the original's non-space characters that is gone."""
        before = _visible(self.document.original)
        return 0.0 if not before else max(0.0, 1 - _visible(self.text) / before)


def _visible(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \n\t\r\u00a0")


class Pipeline:
    """Loaded plugins in their run order, with their options. Build once, run many."""

    def __init__(self, config: Config | None = None, *, plugins_dirs=(), enable=(), disable=(),
                 entrypoints=None, only=None):
        self.config = config or load_config()
        # How to build this pipeline again in a worker process (see normalizer.work).
        self.build_args = {"plugins_dirs": [str(Path(d).resolve()) for d in plugins_dirs],
                           "enable": list(enable), "disable": list(disable), "entrypoints": entrypoints,
                           "only": list(only) if only is not None else None}
        known = set()
        self.plugins = PluginSet(self.config, plugins_dirs=plugins_dirs, enable=enable,
                                 disable=disable, entrypoints=entrypoints)
        known = set(self.plugins.records)
        for name in list(enable) + list(disable) + list(only or ()):
            if name not in known:
                raise ConfigError(f"unknown plugin {name!r}; known plugins: {', '.join(sorted(known))}")
        for name in self.config.data.get("plugins", {}):
            if name not in known:
                raise ConfigError(f"{self.config.locate('plugins', name)}: [plugins.{name}] names no "
                                  f"installed plugin; known plugins: {', '.join(sorted(known))}. "
                                  "Remove the table or install the plugin.")
        for rec in self.plugins.records.values():
            if rec.error and rec.name not in self.plugins.disabled:
                message = f"plugin {rec.name!r} failed to load ({rec.location}): {rec.error.splitlines()[0]}"
                if only is not None and rec.name in only:
                    raise ConfigError(message)
                warnings.warn(message, PluginLoadWarning, stacklevel=2)
        self.stages = self._stages(only)
        # Told the index of each stage as it starts (a supervised worker publishes it: normalizer.supervise).
        self.watch = None

    def _stages(self, only) -> list[Stage]:
        order = list(self.config.core["order"])
        modes = {m for m in ("body_only",) if self.config.core.get(m)}
        stages = []
        for rec in self.plugins.active():
            if only is not None and rec.name not in only:
                continue
            impl = self.plugins.impl("find_edits", rec.name)
            dom_impl = self.plugins.impl("find_dom_edits", rec.name)
            meta_impl = self.plugins.impl("find_metadata", rec.name)
            dom_plugin = dom_impl is not None or rec.info["phase"] in DOM_PHASES
            if not set(rec.info.get("modes", ())) <= modes:
                impl = dom_impl = None  # outside its modes a plugin only reports facts
            if impl is None and dom_impl is None and meta_impl is None:
                continue
            defaults = {"enabled": True}
            opt_impl = self.plugins.impl("default_options", rec.name)
            if opt_impl is not None:
                defaults.update(opt_impl.function() or {})
            options = check_options(f"plugin {rec.name!r}", self.config.plugin(rec.name), defaults,
                                    self.config, ("plugins", rec.name))
            options.update(self._configure(rec.name, options))
            stages.append(Stage(rec.name, rec.info["phase"], options, impl,
                                self.plugins.impl("applies_to", rec.name), dom_impl,
                                self.plugins.impl("corpus_keys", rec.name), meta_impl, dom_plugin))
        rank = {name: i for i, name in enumerate(order)}
        stages.sort(key=lambda s: (PHASES.index(s.phase), rank.get(s.name, len(rank)), s.name))
        for i, stage in enumerate(stages):
            stage.index = i
        return stages

    def _configure(self, name: str, options: dict) -> dict:
        """Call the plugin's ``configure`` hook; its errors are config errors (exit status 2)."""
        impl = self.plugins.impl("configure", name)
        if impl is None:
            return {}
        kwargs = {"options": dict(options), "plugins_dirs": list(self.plugins.dirs)}
        try:
            derived = impl.function(**{a: kwargs[a] for a in impl.argnames}) or {}
        except (ConfigError, ValueError) as e:
            raise ConfigError(f"plugin {name!r}: {e}") from None
        except Exception as e:
            raise ConfigError(f"plugin {name!r} failed to configure: {type(e).__name__}: {e}\n"
                              f"{format_error()}") from None
        bad = [k for k in derived if not (isinstance(k, str) and k.startswith("_"))] if isinstance(derived, dict) else None
        if bad is None or bad:
            raise ConfigError(f"plugin {name!r}: configure must return None or a dict whose keys start "
                              f"with '_', got {bad if bad else type(derived).__name__}")
        return derived

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    @property
    def needs_corpus(self) -> bool:
        """True when some plugin counts keys across documents (a two-pass run)."""
        return any(s.corpus_keys is not None for s in self.stages)

    def count(self, documents) -> Counts:
        """Pass 1: count the ``corpus_keys`` of every plugin over ``documents``.

        A pure function of the documents (their order does not matter); the
        plugins see each document's original text. Merge the results of several
        calls with ``Counts.merge`` to run it as map-reduce.
        """
        counts = Counts(self.config.core["corpus_max_keys"])
        stages = [s for s in self.stages if s.corpus_keys is not None]
        for document in documents:
            document._set_text(document.original)
            site = site_key(document)
            for stage in stages:
                if self.watch is not None:
                    self.watch(stage.index)
                if stage.applies_to is not None and not _call(stage.applies_to, document, stage.options):
                    continue
                keys = _call(stage.corpus_keys, document, stage.options)
                counts.add(stage.name, site, keys or ())
        return counts

    def run(self, document: Document, corpus: Counts | None = None) -> Result:
        """Clean one document; ``corpus`` holds pass-1 counts for plugins that use them."""
        document._set_text(document.original)
        document.facts = Metadata()
        log = E.EditLog(document.original)
        document._origin = log.origin_map
        result = Result(document, document.original, log)
        if document.dom is not None:
            for stage in self.stages:
                if stage.find_dom_edits is not None or _facts_in_dom_stage(stage, document):
                    self._run_stage(stage, document, result, dom=True)
            result.dom_steps = len(log.steps)
            result.dom_text = document.text
        for stage in self.stages:
            if stage.find_edits is not None or (stage.find_metadata and not _facts_in_dom_stage(stage, document)):
                self._run_stage(stage, document, result, dom=False, corpus=corpus)
        result.text = document.text
        self._safety_valve(result)
        return result

    def _run_stage(self, stage: Stage, document: Document, result: Result, *, dom: bool,
                   corpus: Counts | None = None) -> None:
        if self.watch is not None:
            self.watch(stage.index)
        t0 = time.perf_counter()
        try:
            if stage.applies_to is not None and not _call(stage.applies_to, document, stage.options):
                return
            if stage.name not in result.ran:
                result.ran.append(stage.name)
            if stage.find_metadata is not None and _facts_in_dom_stage(stage, document) == dom:
                document.facts.add(_call(stage.find_metadata, document, stage.options), stage.name)
            if dom:
                if stage.find_dom_edits is None:
                    return
                found = _call(stage.find_dom_edits, document, stage.options)
                proposed, flags = document.dom.apply(found, stage.name)
                result.flags += [f for f in flags if f not in result.flags]
            else:
                if stage.find_edits is None:
                    return
                view = None
                if corpus is not None and stage.corpus_keys is not None:
                    view = corpus.view(stage.name, site_key(document))
                proposed = _call(stage.find_edits, document, stage.options, view)
            valid = E.validate(proposed, document.text, stage.name)
        except Exception as e:
            failure = PluginFailure(stage.name, f"{type(e).__name__}: {e}", format_error())
            if self.config.core["on_plugin_error"] != "skip":
                raise failure from e
            result.skipped.append({"plugin": stage.name, "error": failure.message, "trace": failure.trace})
            return
        finally:
            result.timings[stage.name] = result.timings.get(stage.name, 0.0) + time.perf_counter() - t0
        if not valid:
            return
        accepted, superseded = E.resolve_overlaps(valid)
        result.log.record(stage.name, document.text, accepted, superseded)
        document._set_text(E.apply(document.text, accepted), accepted)

    def _safety_valve(self, result: Result) -> None:
        """Flag (or undo) a text stage that removed too much.

        For HTML pages the DOM stage removing most of a page is normal (menus,
        footers, teasers): the share is measured on the text the text stage got.
        """
        limit = self.config.core["max_removed_share"]
        log = result.log
        base = result.document.original if result.dom_text is None else result.dom_text
        after = _visible(result.text)
        if after >= (1 - limit) * len(base) * 1.001 + 1:
            return  # the share is at most 1 - after / len(base): under the limit (a margin for rounding)
        before = _visible(base)
        share = 0.0 if not before else max(0.0, 1 - after / before)
        if share > limit and base.strip():
            result.flags.append(f"excess_removal: {share:.0%} of the text removed (limit {limit:.0%})")
            if self.config.core["on_excess"] == "keep":
                result.flags.append("kept_uncut: edits were not applied")
                result.text = base
                log.rejected = log.steps[result.dom_steps:]
                log.steps = log.steps[:result.dom_steps]


def _facts_in_dom_stage(stage: Stage, document: Document) -> bool:
    """On HTML pages a DOM plugin's ``find_metadata`` runs in the DOM stage, before its DOM edits."""
    return stage.find_metadata is not None and document.dom is not None and stage.dom_plugin


def _call(impl, document, options, corpus=None):
    names = impl.argnames
    if names == ("document", "options"):  # most hooks: no dict to build
        return impl.function(document=document, options=options)
    if names == ("document",):
        return impl.function(document=document)
    kwargs = {"document": document, "options": options, "dom": document.dom, "corpus": corpus}
    return impl.function(**{a: kwargs[a] for a in names})
