"""Declarative site rules: one TOML file per site in the ``sites/`` folder of a plugins directory.

A site file says which documents it is for (``[match]``: domains, or for dumps
without URL a marker line or a regex found in the text) and what to drop from
them, each rule with its noise kind and reason: exact ``[[lines]]``, line
``[[regexes]]``, ``[[blocks]]`` from a start line to an end line or to the end
of the document, and CSS ``[[selectors]]`` for HTML pages (applied in the DOM
stage, after main-content selection). The files are read and compiled once per
pipeline; a mistake stops it with the file, the rule and the fix. A file in a
later plugins directory replaces one of the same name. The format is described
in docs/writing-plugins.md.
"""
from normalizer import hookimpl
from normalizer.dom import Remove
from normalizer.textutils import remove, remove_run

from ._site_files import SiteIndex, load_sites


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": [],
            "description": "declarative site rules from sites/*.toml in the plugins directories"}


@hookimpl
def default_options():
    return {"skip_sites": []}


@hookimpl
def configure(options, plugins_dirs):
    sites = load_sites(d / "sites" for d in plugins_dirs if (d / "sites").is_dir())
    names = {s.name for s in sites}
    unknown = [n for n in options["skip_sites"] if n not in names]
    if unknown:
        raise ValueError(f"[plugins.site_rules] skip_sites names no site file: {', '.join(unknown)} "
                         f"(site files: {', '.join(sorted(names)) or 'none'})")
    return {"_sites": SiteIndex([s for s in sites if s.name not in options["skip_sites"]])}


@hookimpl
def find_edits(document, options):
    edits = []
    for site in options["_sites"].matching(document):
        for rule in site.rules:
            edits += _apply(rule, document.lines)
    return edits


@hookimpl
def find_dom_edits(document, dom, options):
    return [Remove(el, kind=rule.kind, reason=rule.reason, rule=rule.rule)
            for site in options["_sites"].matching(document)
            for rule in site.rules if rule.selector is not None
            for el in rule.selector(dom.root)]


def _apply(rule, lines):
    if rule.section in ("lines", "regexes"):
        hits = [l for l in lines if not l.blank and rule.first.search(l.text)]
        return remove(hits, kind=rule.kind, reason=rule.reason, rule=rule.rule)
    if rule.section == "blocks":
        return _blocks(rule, lines)
    return []  # selectors: find_dom_edits


def _blocks(rule, lines):
    """Every block from a start line to the next end line (or to the last line when there is no end)."""
    edits, i = [], 0
    while i < len(lines):
        if lines[i].blank or not rule.first.search(lines[i].text):
            i += 1
            continue
        if rule.last is None:
            return edits + [remove_run(lines[i], lines[-1], kind=rule.kind, reason=rule.reason, rule=rule.rule)]
        end = next((j for j in range(i + 1, len(lines)) if rule.last.search(lines[j].text)), None)
        if end is None:
            return edits  # no end line: the block's extent is unknown, so nothing goes
        last = end - 1 if rule.keep_end else end
        edits.append(remove_run(lines[i], lines[last], kind=rule.kind, reason=rule.reason, rule=rule.rule))
        i = end + 1
    return edits
