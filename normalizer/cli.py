"""The ``normalizer`` command line.

Exit status: 0 when every document was processed, 1 when some failed (the rest
are still written), 2 for usage and config errors.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path

from . import __version__
from .config import ConfigError, bundled_dir, load_config
from .diffreport import terminal
from .inputs import InputError
from .pipeline import Pipeline, PluginFailure, PluginLoadWarning
from .progress import make_progress
from .runner import Run, format_table
from .rundata import clean_path_for_log, load_file, load_summary


def _pipeline_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE", help="a config.toml layered over the defaults")
    p.add_argument("--enable", metavar="PLUGIN", action="append", default=[],
                   help="enable a plugin that the config disables (repeatable)")
    p.add_argument("--disable", metavar="PLUGIN", action="append", default=[],
                   help="disable a plugin (repeatable)")
    p.add_argument("--plugins-dir", metavar="DIR", action="append", default=[],
                   help="also load the *.py plugins in DIR (repeatable)")
    p.add_argument("--body-only", action="store_true", default=None,
                   help="output the article body only, without its headline ([normalizer] body_only)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="normalizer",
        description="Clean scraped web documents into article text; every removal is attributed.")
    parser.add_argument("--version", action="version", version=f"normalizer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="clean files or folders into OUT",
                         description="Clean INPUTs (files or folders, recursive: .txt, .html, .htm, "
                                     "and any of them gzipped) into OUT/clean, "
                                     "with edit logs in OUT/edits, diffs in OUT/diff, "
                                     "OUT/summary.json and OUT/failed.jsonl.")
    run.add_argument("inputs", nargs="+", metavar="INPUT")
    run.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder")
    _pipeline_args(run)
    run.add_argument("--no-diff", action="store_true", help="do not write OUT/diff")
    run.add_argument("--strict", action="store_true", help="stop at the first failure")
    run.add_argument("-q", "--quiet", action="store_true", help="do not print the summary table")
    run.add_argument("--report", action="store_true", help="also write the HTML review report to OUT/report")
    run.add_argument("--time-budget", type=_seconds, metavar="SECONDS",
                     help="fail a document that takes longer, stopping its worker ([normalizer] time_budget, "
                          "default 60; 0 = no budget)")
    run.add_argument("--max-document-size", type=_size, metavar="BYTES",
                     help="fail larger documents unread, e.g. 16M ([normalizer.input] max_document_size; 0 = no limit)")
    scale = run.add_argument_group("dumps, parallelism and resume")
    scale.add_argument("-j", "--jobs", type=_positive, metavar="N",
                       help="worker processes (default: all cores; with --engine ray: the cluster's CPUs)")
    scale.add_argument("--output-format", choices=("tree", "jsonl"), default="tree",
                       help="tree: a file per document (default); jsonl: OUT/documents/<part>.jsonl shards "
                            "with edit logs in OUT/edits/<part>.jsonl")
    scale.add_argument("--batch-size", type=_positive, default=500, metavar="N",
                       help="documents per part, the unit of work, of JSONL output and of resume (default 500)")
    scale.add_argument("--no-resume", action="store_true",
                       help="redo everything instead of skipping the parts OUT/.state records as finished")
    scale.add_argument("--engine", choices=("local", "ray"), default="local",
                       help="local worker processes (default) or a Ray cluster (pip install 'normalizer[ray]')")
    scale.add_argument("--ray-address", metavar="ADDR",
                       help="the Ray cluster to join (default: $RAY_ADDRESS, else a local one)")
    scale.add_argument("--ray-runtime-env", metavar="JSON",
                       help="a Ray runtime_env as JSON, e.g. to ship plugin folders: "
                            "'{\"py_modules\": [\"myplugins\"]}'")
    fields = run.add_argument_group("JSONL fields (default from [normalizer.input] in the config)")
    for name in ("id", "url", "text", "html"):
        fields.add_argument(f"--{name}-field", metavar="NAME", help=f"the field holding the {name} "
                            "(a dotted name reaches into nested objects)")

    plugins = sub.add_parser("plugins", help="list the plugins and where they come from")
    _pipeline_args(plugins)
    plugins.add_argument("--json", action="store_true", help="print JSON")

    diff = sub.add_parser("diff", help="show one document's removals in the terminal",
                          description="FILE is an input file (it is cleaned now, nothing is written) "
                                      "or an edit log from OUT/edits.")
    diff.add_argument("file", metavar="FILE")
    _pipeline_args(diff)
    diff.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    diff.add_argument("-C", "--context", type=int, default=0, metavar="N",
                      help="show N kept lines around each removal")

    report = sub.add_parser("report", help="write a browsable HTML review report of a run",
                            description="Write OUT/report/index.html and a page per document: every edit "
                                        "marked with its plugin and reason. Opens from disk, no network.")
    report.add_argument("output", metavar="OUT", help="the output folder of a run")
    report.add_argument("--to", metavar="DIR", help="write the report here instead of OUT/report")

    explain = sub.add_parser("explain", help="say which plugin removed or changed a line or text, and why",
                             description="FILE is an input file (it is cleaned now) or an edit log from "
                                         "OUT/edits. Without --line/--grep, sums up every plugin's edits.")
    explain.add_argument("file", metavar="FILE")
    where = explain.add_mutually_exclusive_group()
    where.add_argument("--line", type=int, metavar="N", help="line N of the original (from 1)")
    where.add_argument("--grep", metavar="TEXT", help="every place TEXT occurs in the original")
    _pipeline_args(explain)

    review = sub.add_parser("review", help="turn review decisions into regression tests")
    review_sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    apply = review_sub.add_parser("apply", help="write regression cases from an exported decisions file",
                                  description="Each reviewed document becomes a case in DIR: its input and "
                                              "the lines that must stay or go. The test suite runs them.")
    apply.add_argument("decisions", metavar="DECISIONS.json")
    apply.add_argument("--tests", metavar="DIR", default="tests/regressions",
                       help="where the cases go (default: tests/regressions)")

    new = sub.add_parser("new-plugin", help="write a new plugin and a passing test for it",
                         description="Write DIR/NAME.py (or, with --rules, DIR/sites/SITE.toml) and "
                                     "TESTS/test_NAME.py with a sample page; both pass as written. "
                                     "Existing files are never overwritten.")
    new.add_argument("name", metavar="NAME", help="plugin name, a lower-case identifier such as example_com "
                     "(with --rules it only names the test)")
    new.add_argument("--site", metavar="HOST", help="only for documents of this site, e.g. example.com")
    new.add_argument("--kind", default="other", help="the noise kind it removes (default: other)")
    new.add_argument("--rules", action="store_true",
                     help="write declarative site rules (sites/SITE.toml) instead of Python; needs --site")
    new.add_argument("--dir", metavar="DIR", help="plugins folder (default: ./plugins)")
    new.add_argument("--tests", metavar="DIR", help="tests folder (default: tests/ beside the plugins folder)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except ConfigError as e:
        print(f"normalizer: config error: {e}", file=sys.stderr)
        return 2
    except (FileNotFoundError, ValueError) as e:
        print(f"normalizer: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("normalizer: interrupted", file=sys.stderr)
        return 130


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not n >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return n


def _size(value: str) -> int:
    units = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    number, unit = value.strip().lower().rstrip("b").rstrip("i"), ""
    if number and number[-1] in units:
        number, unit = number[:-1], number[-1]
    try:
        n = int(float(number) * units[unit])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (bytes, or e.g. 512K, 16M, 1G)") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return n


def _load_config(args):
    core = {"body_only": True} if getattr(args, "body_only", None) else {}
    if getattr(args, "time_budget", None) is not None:
        core["time_budget"] = args.time_budget
    fields = {f"{n}_field": getattr(args, f"{n}_field", None) for n in ("id", "url", "text", "html")}
    fields = {k: v for k, v in fields.items() if v is not None}
    if getattr(args, "max_document_size", None) is not None:
        fields["max_document_size"] = args.max_document_size
    if fields:
        core["input"] = fields
    return load_config(args.config, overrides={"normalizer": core} if core else None)


def _pipeline(args) -> Pipeline:
    config = _load_config(args)
    with warnings.catch_warnings():  # `run` says it in its own words; `plugins` lists the error
        warnings.simplefilter("ignore", PluginLoadWarning)
        return Pipeline(config, plugins_dirs=args.plugins_dir, enable=args.enable, disable=args.disable)


def _engine_options(args) -> dict:
    if args.engine != "ray":
        return {}
    runtime_env = json.loads(args.ray_runtime_env) if args.ray_runtime_env else None
    return {"address": args.ray_address, "runtime_env": runtime_env}


def cmd_run(args) -> int:
    pipeline = _pipeline(args)
    for rec in pipeline.plugins.records.values():
        if rec.error and rec.name not in pipeline.plugins.disabled:
            print(f"normalizer: warning: plugin {rec.name!r} ({rec.location}) failed to load and does not run: "
                  f"{rec.error.splitlines()[0]}; fix it, or --disable {rec.name}", file=sys.stderr)
    run = Run(pipeline, Path(args.output), diffs=not args.no_diff, strict=args.strict,
              progress=make_progress(sys.stderr), jobs=args.jobs, engine=args.engine,
              output_format=args.output_format, resume=not args.no_resume, batch_size=args.batch_size,
              engine_options=_engine_options(args))
    try:
        run.run(args.inputs)
    except (PluginFailure, RuntimeError) as e:
        print(f"normalizer: stopped (--strict): {e}", file=sys.stderr)
        return 1
    summary = json.loads((Path(args.output) / "summary.json").read_text(encoding="utf-8"))
    if not args.quiet:
        print(format_table(summary))
        if summary["failed"]:
            print(f"failures listed in {Path(args.output) / 'failed.jsonl'}")
    if args.report:
        _write_report(Path(args.output), None, quiet=args.quiet)
    return 1 if summary["failed"] else 0


def cmd_plugins(args) -> int:
    config = _load_config(args)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginLoadWarning)
        pipeline = Pipeline(config, plugins_dirs=args.plugins_dir, enable=args.enable, disable=args.disable)
    order = {name: i for i, name in enumerate(pipeline.names)}
    records = sorted(pipeline.plugins.records.values(), key=lambda r: (order.get(r.name, len(order)), r.name))
    if args.json:
        print(json.dumps([{**r.to_json(), "position": order.get(r.name)} for r in records], indent=2))
        return 0
    for r in records:
        state = f"{order[r.name] + 1:>2}." if r.name in order else (
            " x " if r.error else " m " if r.enabled and r.info.get("modes") else " - ")
        kinds = ",".join(r.info.get("kinds", ()))
        if r.name in order and r.info.get("modes") and not set(r.info["modes"]) <= _modes(config):
            kinds += f"  (edits only with --{'/'.join(r.info['modes']).replace('_', '-')}; facts always)"
        print(f"{state} {r.name:<16} {r.info.get('phase', ''):<9} {r.source:<11} {kinds}")
        print(f"     {r.info.get('description', '')}  hooks: {', '.join(r.hooks)}"
              + (f"  version {r.version}" if r.version else ""))
        if r.error:
            print(f"     failed to load: {r.error}")
        if r.replaced:
            print(f"     replaces {r.replaced}")
    print(f"{len(order)} plugins run in this order; '-' = disabled, 'x' = failed to load, "
          "'m' = runs only in its mode (e.g. --body-only)")
    return 0


def _modes(config) -> set:
    return {m for m in ("body_only",) if config.core.get(m)}


def _load_or_report(path: Path, args):
    """An input file cleaned now, or a run's edit log; None (reported) when it fails."""
    try:
        return load_file(path, lambda: _pipeline(args))
    except InputError as e:
        print(f"normalizer: {path}: {e}", file=sys.stderr)
    except PluginFailure as e:
        print(f"normalizer: {path}: {e}\n{e.trace}", file=sys.stderr)
    return None


def cmd_diff(args) -> int:
    path = Path(args.file)
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                        and not os.environ.get("NO_COLOR"))
    doc = _load_or_report(path, args)
    if doc is None:
        return 1
    original, edits = doc.original, doc.edits
    if doc.from_run:
        title = f"{doc.log.get('source') or path} (from {path})"
    else:
        title = str(path) + ("  [" + "; ".join(doc.log["flags"]) + "]" if doc.log["flags"] else "")
    removed = sum(len(e.removed) for e in edits if not e.replacement)
    title += f" — {len(edits)} edits, {removed} characters removed"
    sys.stdout.write(terminal(original, edits, colour=colour, context=args.context, title=title))
    return 0


def _write_report(out: Path, to, quiet: bool = False) -> Path:
    from .report import build_report

    def progress(done, total):
        print(f"normalizer: report {done}/{total} pages", file=sys.stderr, flush=True)
    dest = build_report(out, to, progress=None if quiet else progress)
    if not quiet:
        print(f"report: {(dest / 'index.html').resolve().as_uri()}")
    return dest


def cmd_report(args) -> int:
    _write_report(Path(args.output), args.to)
    return 0


def cmd_explain(args) -> int:
    from .explain import explain

    path = Path(args.file)
    doc = _load_or_report(path, args)
    if doc is None:
        return 1
    if doc.from_run:
        pipeline = load_summary(clean_path_for_log(path, doc.log).parent.parent).get("pipeline")
    else:
        pipeline = _pipeline(args).names
    text, found = explain(doc, line=args.line, grep=args.grep, pipeline=pipeline)
    sys.stdout.write(text)
    return 0 if found else 1


def cmd_review(args) -> int:
    from . import regressions

    path = Path(args.decisions)
    try:
        decisions = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise ValueError(f"{path}: not JSON: {e}") from None
    written = regressions.apply(decisions, Path(args.tests))
    for case, keep, drop in written:
        print(f"{case}: {keep} line(s) to keep, {drop} to drop")
    print(f"{len(written)} regression case(s) in {args.tests}; run them: python -m pytest tests/test_regressions.py")
    return 0


def cmd_new_plugin(args) -> int:
    from . import scaffold

    plan = scaffold.plan(args.name, site=args.site, kind=args.kind, directory=args.dir, tests=args.tests,
                         rules=args.rules)
    for path in scaffold.write(plan):
        print(f"wrote {path}")
    dirs = "" if plan.plugins_dir == bundled_dir().resolve() else f" --plugins-dir {plan.plugins_dir}"
    print(f"next: put real lines from the site in both files, then\n"
          f"  python -m pytest {plan.test}\n"
          f"  normalizer diff PAGE.txt{dirs}       # or: normalizer run INPUT -o OUT{dirs}")
    return 0


COMMANDS = {"run": cmd_run, "plugins": cmd_plugins, "diff": cmd_diff, "report": cmd_report,
            "explain": cmd_explain, "review": cmd_review, "new-plugin": cmd_new_plugin}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
