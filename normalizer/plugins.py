"""Plugin discovery: one pluggy manager, filled from plugin directories and entry points.

Discovery order (later names replace earlier ones, and the report says so):

1. the built-in plugins directory (``plugins/`` in a checkout, the installed
   ``normalizer_plugins`` package otherwise);
2. ``[normalizer] plugins_dirs`` from the config, then ``--plugins-dir`` folders;
3. the ``normalizer`` entry-point group of installed packages (unless
   ``[normalizer] entrypoints = false``).

Every ``*.py`` file in a plugins directory whose name does not start with ``_``
is a plugin named after its stem. ``NORMALIZER_LOAD_PLUGINS=a,b`` loads only
those names (an empty value loads none). Disabled plugins are blocked before
they are imported. A plugin that fails to import is recorded, not fatal.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
import sys
import traceback
import types
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import pluggy

from . import hookspecs
from .config import Config, bundled_dir

GROUP = "normalizer"
PHASES = ("markup", "boilerplate", "content", "repair", "phrase", "site", "statistic", "tidy")
DOM_PHASES = PHASES[:3]


@dataclass
class PluginRecord:
    """What ``normalizer plugins`` shows for one plugin."""

    name: str
    source: str  # builtin, plugins-dir or entrypoint
    location: str
    version: str = ""
    enabled: bool = True
    error: str = ""
    replaced: str = ""
    module: object = None
    info: dict = field(default_factory=dict)
    hooks: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        out = {"name": self.name, "source": self.source, "location": self.location,
               "version": self.version, "enabled": self.enabled, "phase": self.info.get("phase", ""),
               "kinds": list(self.info.get("kinds", ())), "hooks": self.hooks,
               "description": self.info.get("description", "")}
        if self.replaced:
            out["replaced"] = self.replaced
        if self.error:
            out["error"] = self.error
        return out


def _package_for(directory: Path) -> str:
    """Import name of the package that holds a plugins directory's modules.

    Loading files as modules of a package lets plugins share private helper
    modules (``_helpers.py``) through relative imports.
    """
    directory = directory.resolve()
    builtin = directory == bundled_dir().resolve()
    name = "normalizer_plugins" if builtin else "normalizer_dir_" + hashlib.sha1(str(directory).encode()).hexdigest()[:10]
    pkg = sys.modules.get(name)
    if pkg is None or [str(directory)] != [str(Path(p).resolve()) for p in getattr(pkg, "__path__", [])]:
        pkg = types.ModuleType(name)
        pkg.__path__ = [str(directory)]
        sys.modules[name] = pkg
    return name


def _wanted(name: str, blocked: set[str]) -> bool:
    only = os.environ.get("NORMALIZER_LOAD_PLUGINS")
    if only is not None and name not in {n.strip() for n in only.split(",") if n.strip()}:
        return False
    return name not in blocked


class PluginSet:
    """The plugin manager and the record of how every plugin got there."""

    def __init__(self, config: Config, *, plugins_dirs=(), disable=(), enable=(), entrypoints=None):
        self.pm = pluggy.PluginManager(GROUP)
        self.pm.add_hookspecs(hookspecs)
        self.records: dict[str, PluginRecord] = {}
        self.dirs: list[Path] = []  # every plugins directory loaded, the built-in one first
        self.disabled = self._disabled(config, disable, enable)
        for name in self.disabled:
            self.pm.set_blocked(name)
        builtin = bundled_dir()
        self._load_dir(builtin, "builtin")
        for d in list(config.core["plugins_dirs"]) + [str(Path(d).resolve()) for d in plugins_dirs]:
            self._load_dir(Path(d), "plugins-dir")
        use_eps = config.core["entrypoints"] if entrypoints is None else entrypoints
        if use_eps and os.environ.get("NORMALIZER_DISABLE_ENTRYPOINTS") != "1":
            self._load_entrypoints()
        for name in self.disabled:
            if name not in self.records:
                continue
            self.records[name].enabled = False
        self._check_pending()

    @staticmethod
    def _disabled(config: Config, disable, enable) -> set[str]:
        off = {n for n, t in config.data.get("plugins", {}).items()
               if isinstance(t, dict) and t.get("enabled") is False}
        return (off | set(disable)) - set(enable)

    def _add(self, name: str, source: str, location: str, loader, version: str = "") -> None:
        previous = self.records.get(name)
        record = PluginRecord(name, source, location, version)
        if not _wanted(name, self.disabled):
            record.enabled = False
            self.records.setdefault(name, record)
            return
        try:
            module = loader()
        except Exception as e:  # a broken plugin is reported, never fatal
            record.error = f"{type(e).__name__}: {e}"
            record.enabled = False
            self.records[name] = record
            return
        if previous is not None and previous.module is not None:
            self.pm.unregister(name=name)
            record.replaced = f"{previous.source} {previous.location}"
        try:
            self.pm.register(module, name=name)
            record.module = module
            record.hooks = sorted(h.name for h in self.pm.get_hookcallers(module) or ())
            record.info = self._info(name, module)
        except Exception as e:
            if self.pm.is_registered(module):
                self.pm.unregister(module)
            record.module = None
            record.error = f"{type(e).__name__}: {e}"
            record.enabled = False
        record.version = record.info.get("version") or version
        self.records[name] = record

    def _info(self, name: str, module) -> dict:
        info = {}
        for impl in self.pm.hook.plugin_info.get_hookimpls():
            if impl.plugin is module:
                info = impl.function() or {}
        phase = info.setdefault("phase", "phrase")
        if phase not in PHASES:
            raise ValueError(f"plugin {name!r} declares unknown phase {phase!r} (one of {', '.join(PHASES)})")
        return info

    def _load_dir(self, directory: Path, source: str) -> None:
        if not directory.is_dir():
            from .config import ConfigError
            raise ConfigError(f"plugins directory not found: {directory}")
        self.dirs.append(directory.resolve())
        package = None
        for path in sorted(directory.glob("*.py")):
            if path.name.startswith("_"):
                continue
            if package is None:
                package = _package_for(directory)
            modname = f"{package}.{path.stem}"
            self._add(path.stem, source, str(path), lambda m=modname: importlib.import_module(m))

    def _load_entrypoints(self) -> None:
        try:
            eps = metadata.entry_points(group=GROUP)
        except Exception:  # a broken installation must not stop the run
            return
        for ep in sorted(eps, key=lambda e: e.name):
            dist = getattr(ep, "dist", None)
            version = getattr(dist, "version", "") if dist else ""
            where = f"{dist.name} {version}".strip() if dist else ep.value
            self._add(ep.name, "entrypoint", where, ep.load, version)

    def _check_pending(self) -> None:
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as e:
            bad = getattr(e, "plugin", None)
            for name, rec in self.records.items():
                if rec.module is bad:
                    rec.error = str(e)
                    rec.enabled = False
                    self.pm.unregister(name=name)
            self._check_pending()

    def impl(self, hook: str, name: str):
        """The implementation of ``hook`` by plugin ``name``, or None."""
        module = self.records[name].module
        for impl in getattr(self.pm.hook, hook).get_hookimpls():
            if impl.plugin is module:
                return impl
        return None

    def active(self) -> list[PluginRecord]:
        return [r for r in self.records.values() if r.enabled and r.module is not None]


def format_error() -> str:
    return traceback.format_exc(limit=-8)
