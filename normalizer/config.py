"""Configuration: the bundled default pipeline, layered under the user's file.

``config.toml`` has a ``[normalizer]`` table for the core and one
``[plugins.<name>]`` table per plugin. A user file overrides only the keys it
sets (tables merge, other values replace), as trafilatura layers its configs.
"""
from __future__ import annotations

import copy
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CORE_DEFAULTS = {
    "order": [],
    "plugins_dirs": [],
    "entrypoints": True,
    "max_removed_share": 0.9,
    "on_excess": "flag",
    "on_plugin_error": "fail",
    "corpus_max_keys": 200_000,
    "body_only": False,
    "time_budget": 60.0,
    "input": {},
}
# [normalizer.input]: the field names of JSON Lines records.
INPUT_DEFAULTS = {"id_field": "id", "url_field": "url", "text_field": "text", "html_field": "html",
                  "max_document_size": 16 << 20}
CHOICES = {"on_excess": ("flag", "keep"), "on_plugin_error": ("fail", "skip")}


class ConfigError(Exception):
    """A problem with a config file or option; the CLI exits 2 with this message."""


def bundled_dir() -> Path:
    """Where the built-in plugins and the default config.toml live.

    In a source checkout (editable installs included) they are ``plugins/`` and
    ``config.toml`` beside ``normalizer/``; installed from a wheel they are the
    package ``normalizer_plugins``.
    """
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    if (root / "pyproject.toml").is_file() and (root / "plugins" / "__init__.py").is_file():
        return root / "plugins"
    loaded = sys.modules.get("normalizer_plugins")  # plugins.py may have set it up already
    if loaded is not None and getattr(loaded, "__path__", None):
        return Path(list(loaded.__path__)[0])
    spec = importlib.util.find_spec("normalizer_plugins")
    if spec and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    raise ConfigError(f"the built-in plugins are missing (no {root / 'plugins'} and no "
                      "normalizer_plugins package); reinstall normalizer")


def default_config_path() -> Path:
    here = bundled_dir()
    for candidate in (here / "config.toml", here.parent / "config.toml"):
        if candidate.is_file():
            return candidate
    raise ConfigError(f"the default config.toml is missing next to {here}; reinstall normalizer")


@dataclass
class Config:
    """The merged configuration and the files it came from."""

    data: dict
    files: list[Path] = field(default_factory=list)

    @property
    def core(self) -> dict:
        return self.data["normalizer"]

    def plugin(self, name: str) -> dict:
        return self.data.get("plugins", {}).get(name, {})

    def digest(self) -> str:
        """A short hash of the merged config, recorded with every output."""
        blob = json.dumps(self.data, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def locate(self, *keys: str) -> str:
        """``file:line`` of the last file that sets ``keys`` (a table path), for messages."""
        for path in reversed(self.files):
            line = _find_line(path, keys)
            if line:
                return f"{path}:{line}"
        return str(self.files[-1]) if self.files else "<config>"


def read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(toml_error(path, e)) from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read config: {e.strerror}") from None


def toml_error(path, error) -> str:
    """``file:line: invalid TOML: ...`` with the fix, from a tomllib error."""
    message = str(error)
    m = re.search(r" \(at line (\d+), column (\d+)\)$", message)
    if m:
        return f"{path}:{m.group(1)}: invalid TOML: {message}. Fix the syntax at that line."
    if "end of document" in message:
        return (f"{path}: invalid TOML: {message}. Something opened earlier (a [, {{ or quote) is "
                "never closed: close it.")
    return f"{path}: invalid TOML: {message}. Fix the syntax there."


def merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def load_config(path: str | Path | None = None, *, overrides: dict | None = None,
                defaults: bool = True) -> Config:
    """The default config, then ``path`` over it, then ``overrides`` (a dict)."""
    data: dict = {"normalizer": dict(CORE_DEFAULTS), "plugins": {}}
    files: list[Path] = []
    layers = []
    if defaults:
        files.append(default_config_path())
        layers.append(read_toml(files[-1]))
    if path is not None:
        files.append(Path(path).resolve())
        layers.append(read_toml(files[-1]))
    for layer, file in zip(layers, files):
        _resolve_dirs(layer, file.parent)
        data = merge(data, layer)
    if overrides:
        data = merge(data, overrides)
    config = Config(data, files)
    check_core(config)
    return config


def _resolve_dirs(layer: dict, base: Path) -> None:
    """Make ``plugins_dirs`` relative to the file that names them."""
    core = layer.get("normalizer")
    if isinstance(core, dict) and isinstance(core.get("plugins_dirs"), list):
        core["plugins_dirs"] = [str((base / d).resolve()) if isinstance(d, str) else d
                                for d in core["plugins_dirs"]]


def check_core(config: Config) -> None:
    extra = set(config.data) - {"normalizer", "plugins"}
    if extra:
        key = sorted(extra)[0]
        raise ConfigError(f"{config.locate(key)}: unknown top-level table [{key}]; "
                          "use [normalizer] for the core and [plugins.NAME] for plugins")
    if not isinstance(config.data.get("plugins"), dict):
        raise ConfigError(f"{config.locate('plugins')}: 'plugins' must be a table of [plugins.NAME] tables")
    check_options("normalizer", config.core, CORE_DEFAULTS, config, ("normalizer",))
    config.core["input"] = check_options("[normalizer.input]", config.core["input"], INPUT_DEFAULTS,
                                         config, ("normalizer", "input"))
    for key, allowed in CHOICES.items():
        if config.core[key] not in allowed:
            raise ConfigError(f"{config.locate('normalizer', key)}: [normalizer] {key} must be one of "
                              f"{', '.join(map(repr, allowed))}, not {config.core[key]!r}")
    if config.core["corpus_max_keys"] < 1:
        raise ConfigError(f"{config.locate('normalizer', 'corpus_max_keys')}: "
                          "[normalizer] corpus_max_keys must be at least 1")
    for key, value in (("time_budget", config.core["time_budget"]),
                       ("input.max_document_size", config.core["input"]["max_document_size"])):
        if value < 0:
            raise ConfigError(f"{config.locate('normalizer', *key.split('.'))}: [normalizer{'.input' if '.' in key else ''}] "
                              f"{key.split('.')[-1]} must be "
                              f"0 (no limit) or more, not {value}")
    share = config.core["max_removed_share"]
    if not 0 <= share <= 1:
        raise ConfigError(f"{config.locate('normalizer', 'max_removed_share')}: "
                          f"[normalizer] max_removed_share must be between 0 and 1, not {share}")


def check_options(owner: str, given: dict, defaults: dict, config: Config, where: tuple) -> dict:
    """Merge ``given`` over ``defaults``; unknown keys and wrong types are errors."""
    if not isinstance(given, dict):
        raise ConfigError(f"{config.locate(*where)}: [{'.'.join(where)}] must be a table")
    out = dict(defaults)
    for key, value in given.items():
        if key not in defaults:
            known = ", ".join(sorted(defaults)) or "none"
            raise ConfigError(f"{config.locate(*where, key)}: unknown option {key!r} for {owner} "
                              f"(known options: {known})")
        want = defaults[key]
        if not _same_type(value, want):
            raise ConfigError(f"{config.locate(*where, key)}: option {key!r} of {owner} must be "
                              f"{_type_name(want)}, not {_type_name(value)} ({value!r})")
        out[key] = value
    return out


def _same_type(value, default) -> bool:
    if default is None:
        return True
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def _type_name(value) -> str:
    return {bool: "true or false", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def _find_line(path: Path, keys: tuple) -> int | None:
    """Best-effort line number of a table or key in a TOML file."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    table, key = keys[:-1], keys[-1]
    header = re.compile(r"^\s*\[+\s*([^\]]+?)\s*\]+")
    current: tuple = ()
    for n, line in enumerate(lines, 1):
        m = header.match(line)
        if m:
            current = tuple(p.strip().strip('"') for p in m.group(1).split("."))
            if current == tuple(keys):
                return n
            continue
        if current == table and re.match(rf"^\s*\"?{re.escape(key)}\"?\s*=", line):
            return n
    return None
