"""Testing helpers for plugin authors; also a pytest plugin (the ``normalize`` fixture).

Run only the plugins under test and compare with what you expect::

    from normalizer.testing import assert_cleans

    def test_sponsor_line():
        assert_cleans("Presented by our partners\\nThe news.\\n", "The news.\\n",
                      plugins=["sponsor_line"], plugins_dirs=["plugins"])
        assert_cleans(page, keep=["The news."], drop=["Presented by our partners"],
                      plugins="sponsor_line", plugins_dirs=["plugins"])

On failure the message lists the lines wrongly removed (with the plugin, kind,
reason and rule of the edit that took each one), the lines wrongly kept, a diff
of expected and actual text, and every removal. Installing normalizer registers
this module with pytest (entry point ``pytest11``): the ``normalize`` fixture
is ``run_plugins`` with the ``normalizer_plugins_dirs`` ini option (paths
relative to the rootdir) as default plugins directories, and has an
``assert_cleans`` method. pytest is imported only inside pytest.
"""
from __future__ import annotations

import difflib
import json
from pathlib import Path

_PIPELINES: dict = {}


def pipeline_for(plugins, *, config=None, plugins_dirs=()):
    """A pipeline of only ``plugins`` (names), built once per set of arguments."""
    from .config import ConfigError, bundled_dir, load_config
    from .pipeline import Pipeline

    names = (plugins,) if isinstance(plugins, str) else tuple(plugins)
    builtin = bundled_dir().resolve()
    dirs = tuple(str(Path(d).resolve()) for d in plugins_dirs if Path(d).resolve() != builtin)
    key = (names, dirs, config if isinstance(config, (str, Path)) else json.dumps(config, sort_keys=True))
    if key not in _PIPELINES:
        if isinstance(config, (str, Path)):
            cfg = load_config(config)
        else:
            cfg = load_config(overrides=config)
        try:
            pipeline = Pipeline(cfg, plugins_dirs=dirs, only=names)
        except ConfigError as e:
            raise AssertionError(str(e)) from None
        missing = [n for n in names if n not in pipeline.names]
        if missing:
            raise AssertionError("; ".join(_not_running(pipeline, n) for n in missing))
        _PIPELINES[key] = pipeline
    return _PIPELINES[key]


def _not_running(pipeline, name: str) -> str:
    rec = pipeline.plugins.records[name]
    if rec.error:
        return f"plugin {name!r} failed to load ({rec.location}): {rec.error}"
    if not rec.enabled:
        return f"plugin {name!r} is disabled by the config or NORMALIZER_LOAD_PLUGINS"
    return f"plugin {name!r} has no find_edits hook, so it never edits"


def run_plugins(text: str, plugins, *, config=None, plugins_dirs=(), html=False, **document):
    """Clean ``text`` with only ``plugins`` (a name or a list, in pipeline order).

    ``config`` is a config dict layered over the defaults (``{"plugins": {"ads":
    {...}}}``) or a config.toml path; ``plugins_dirs`` are folders of plugins;
    ``html=True`` reads ``text`` as an HTML page (its DOM plugins run, and the
    texts compared are the page rendered as text); ``document`` holds Document
    fields (``url=``, ``source=``). Returns the pipeline's Result (``.text``,
    ``.edits``, ``.flags``).
    """
    from .document import Document

    pipeline = pipeline_for(plugins, config=config, plugins_dirs=plugins_dirs)
    if html:
        from .inputs import html_document

        return pipeline.run(html_document(text, **document))
    return pipeline.run(Document(text, **document))


def assert_cleans(text: str, expected: str | None = None, *, plugins, keep=(), drop=(), config=None,
                  plugins_dirs=(), html=False, **document):
    """Run ``plugins`` on ``text`` and check the clean text; return the Result.

    ``expected`` is the exact clean text. ``keep`` strings must occur in the
    clean text and ``drop`` strings must occur in none of its lines (both
    ignore runs of whitespace). Give ``expected``, or ``keep``/``drop``, or both.
    """
    __tracebackhide__ = True  # pytest shows the caller's line, not this helper's
    if expected is None and not keep and not drop:
        raise TypeError("assert_cleans needs the expected clean text, or keep/drop lines")
    keep, drop = ([x] if isinstance(x, str) else list(x) for x in (keep, drop))
    result = run_plugins(text, plugins, config=config, plugins_dirs=plugins_dirs, html=html, **document)
    report = mismatch_report(result, expected, keep, drop)
    if report:
        names = plugins if isinstance(plugins, str) else ", ".join(plugins)
        raise AssertionError(f"plugins {names} did not clean the text as expected\n{report}")
    return result


def _norm(s: str) -> str:
    return " ".join(s.split())


def mismatch_report(result, expected: str | None = None, keep=(), drop=()) -> str:
    """A readable account of how ``result`` differs from what was expected ("" when it does not)."""
    original = result.document.original
    lines = original.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    removed, kept = [], []
    clean_lines = [_norm(l) for l in result.text.split("\n")]
    clean = _norm(result.text)
    if expected is not None and result.text != expected:
        exp, act = expected.split("\n"), result.text.split("\n")
        for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, exp, act, autojunk=False).get_opcodes():
            removed += [l for l in exp[a1:a2] if op in ("delete", "replace") and l.strip()]
            kept += [l for l in act[b1:b2] if op in ("insert", "replace") and l.strip()]
        if not removed and not kept:
            kept.append("(only blank lines or whitespace differ: run the 'whitespace' plugin too, "
                        "or match them in the expected text)")
    removed += [k for k in keep if _norm(k) not in clean]
    kept += [d for d in drop if any(_norm(d) in l for l in clean_lines)]
    if not removed and not kept and (expected is None or result.text == expected):
        return ""
    out = []
    if removed:
        out.append("wrongly removed (expected to stay):")
        for item in removed:
            out += _where(item, lines, starts, result.edits)
    if kept:
        out.append("wrongly kept (expected to go):")
        for item in kept:
            out += _where(item, lines, starts, [])
    if expected is not None and result.text != expected:
        out.append("expected vs actual clean text (- expected, + actual):")
        diff = difflib.unified_diff(expected.splitlines(), result.text.splitlines(), "expected", "actual",
                                    lineterm="", n=1)
        out += ["  " + l for l in list(diff)[2:]]
    out.append(f"removals ({len(result.edits)}):" if result.edits else "removals: none")
    for e in result.edits:
        first = lines_of(e.origin, starts)
        out.append(f"  line {first}: {_label(e)}: {e.removed[:70]!r}")
    return "\n".join(out)


def lines_of(span, starts) -> str:
    """1-based line numbers of an original span, as "3" or "3-5"."""
    from bisect import bisect_right

    a = bisect_right(starts, span[0])
    b = bisect_right(starts, max(span[0], span[1] - 1))
    return str(a) if a == b else f"{a}-{b}"


def _label(e) -> str:
    return f"{e.plugin} · {e.kind} · {e.reason} [{e.rule}]"


def _where(item: str, lines, starts, edits) -> list[str]:
    """Where ``item`` sits in the original, and the edits that removed it."""
    want = _norm(item)
    hits = [i for i, l in enumerate(lines) if want and want in _norm(l)][:3]
    if not hits:
        return [f"  {item!r} (not a line of the input)"]
    out = []
    for i in hits:
        out.append(f"  line {i + 1}: {lines[i]!r}")
        span = (starts[i], starts[i] + len(lines[i]))
        for e in edits:
            if e.origin[0] < span[1] and e.origin[1] > span[0] and e.removed.strip():
                out.append(f"      removed by {_label(e)}")
    return out


# --- the pytest plugin (entry point pytest11 = normalizer.testing) -------------------------------

class Runner:
    """What the ``normalize`` fixture gives: ``run_plugins`` and ``assert_cleans`` with default plugins dirs."""

    def __init__(self, plugins_dirs=()):
        self.plugins_dirs = list(plugins_dirs)

    def __call__(self, text: str, plugins, **kw):
        kw.setdefault("plugins_dirs", self.plugins_dirs)
        return run_plugins(text, plugins, **kw)

    def assert_cleans(self, text: str, expected: str | None = None, **kw):
        __tracebackhide__ = True
        kw.setdefault("plugins_dirs", self.plugins_dirs)
        return assert_cleans(text, expected, **kw)


def pytest_addoption(parser):
    parser.addini("normalizer_plugins_dirs", type="paths", default=[],
                  help="plugins directories for the normalize fixture (relative to the rootdir)")


def pytest_configure(config):
    import pytest

    class Fixtures:
        @pytest.fixture
        def normalize(self, request):
            """normalize(text, plugins, **kw) -> Result, and normalize.assert_cleans(...)."""
            return Runner(request.config.getini("normalizer_plugins_dirs"))

    config.pluginmanager.register(Fixtures(), "normalizer-fixtures")
