"""The hook contract: documented, tested, and how plugins are discovered."""
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from normalizer import Document, Edit, hookspecs
from normalizer.config import ConfigError, load_config
from normalizer.pipeline import Pipeline, PluginLoadWarning

HOOKS = [name for name, f in inspect.getmembers(hookspecs, inspect.isfunction)
         if hasattr(f, "normalizer_spec")]


def test_every_hook_is_documented():
    assert set(HOOKS) >= {"plugin_info", "default_options", "applies_to", "find_edits"}
    for name in HOOKS:
        doc = inspect.getdoc(getattr(hookspecs, name)) or ""
        assert len(doc) > 80, f"hook {name} needs a docstring for plugin authors"


def test_every_hook_has_a_test():
    here = {n for n in globals() if n.startswith("test_hook_")}
    for name in HOOKS:
        assert f"test_hook_{name}" in here, f"add test_hook_{name}"


def _plugin_dir(tmp_path, name, source):
    d = tmp_path / "plugs"
    d.mkdir(exist_ok=True)
    (d / f"{name}.py").write_text("from normalizer import Edit, hookimpl\n" + source)
    return d


def test_hook_find_edits(tmp_path):
    d = _plugin_dir(tmp_path, "x_marks", "@hookimpl\ndef find_edits(document, options):\n"
                    "    return [Edit(l.start, l.stop, kind='other', reason='x line', rule='x.line')\n"
                    "            for l in document.lines if l.text == 'x']\n")
    p = Pipeline(load_config(), plugins_dirs=[d], only=["x_marks"])
    r = p.run(Document("a\nx\nb\n"))
    assert r.text == "a\nb\n"
    assert [(e.plugin, e.rule, e.origin) for e in r.edits] == [("x_marks", "x.line", (2, 4))]


def test_hook_applies_to(tmp_path):
    d = _plugin_dir(tmp_path, "example_site",
                    "@hookimpl\ndef applies_to(document):\n    return document.on_site('example.com')\n"
                    "@hookimpl\ndef find_edits(document):\n    return [Edit(0, 1)]\n")
    p = Pipeline(load_config(), plugins_dirs=[d], only=["example_site"])
    assert p.run(Document("abc", url="https://www.example.com/a")).text == "bc"
    assert p.run(Document("abc", url="https://news.example.com/a")).text == "bc"
    assert p.run(Document("abc", url="https://example.org/a")).text == "abc"
    assert p.run(Document("abc")).text == "abc"


def test_hook_default_options(tmp_path):
    d = _plugin_dir(tmp_path, "opt", "@hookimpl\ndef default_options():\n    return {'word': 'spam'}\n"
                    "@hookimpl\ndef find_edits(document, options):\n"
                    "    i = document.text.find(options['word'])\n"
                    "    return [Edit(i, i + len(options['word']))] if i >= 0 else []\n")
    cfg = tmp_path / "c.toml"
    cfg.write_text("[plugins.opt]\nword = 'eggs'\n")
    p = Pipeline(load_config(cfg), plugins_dirs=[d], only=["opt"])
    assert p.run(Document("spam eggs")).text == "spam "


def test_hook_plugin_info(tmp_path):
    d = _plugin_dir(tmp_path, "late", "@hookimpl\ndef plugin_info():\n"
                    "    return {'phase': 'tidy', 'kinds': ['other'], 'description': 'd', 'version': '1.2'}\n"
                    "@hookimpl\ndef find_edits(document):\n    return []\n")
    p = Pipeline(load_config(), plugins_dirs=[d])
    assert p.names[-1] == "late" or p.names.index("late") > p.names.index("related")
    rec = p.plugins.records["late"]
    assert rec.version == "1.2" and rec.info["kinds"] == ["other"] and rec.source == "plugins-dir"


def test_broken_plugin_is_reported_not_fatal(tmp_path):
    d = _plugin_dir(tmp_path, "broken", "raise ImportError('missing dependency foo')\n")
    (d / "misspelled.py").write_text("from normalizer import hookimpl\n"
                                      "@hookimpl\ndef find_edit(document):\n    return []\n")
    with pytest.warns(PluginLoadWarning) as warned:
        p = Pipeline(load_config(), plugins_dirs=[d])
    assert "missing dependency foo" in p.plugins.records["broken"].error
    assert "find_edit" in p.plugins.records["misspelled"].error
    assert "broken" not in p.names and "ads" in p.names
    assert sorted(str(w.message).split("'")[1] for w in warned) == ["broken", "misspelled"]


def test_asking_only_for_a_plugin_that_failed_to_load_is_an_error(tmp_path):
    d = _plugin_dir(tmp_path, "broken", "raise ImportError('missing dependency foo')\n")
    with pytest.raises(ConfigError, match="plugin 'broken'.*failed to load.*missing dependency foo"):
        Pipeline(load_config(), plugins_dirs=[d], only=["broken"])


def test_bad_phase_is_reported(tmp_path):
    d = _plugin_dir(tmp_path, "oddphase", "@hookimpl\ndef plugin_info():\n    return {'phase': 'later'}\n"
                    "@hookimpl\ndef find_edits(document):\n    return []\n")
    with pytest.warns(PluginLoadWarning, match="unknown phase 'later'"):
        p = Pipeline(load_config(), plugins_dirs=[d])
    assert "unknown phase 'later'" in p.plugins.records["oddphase"].error


def test_plugins_dir_can_replace_a_builtin(tmp_path):
    d = _plugin_dir(tmp_path, "ads", "@hookimpl\ndef find_edits(document):\n    return []\n")
    p = Pipeline(load_config(), plugins_dirs=[d])
    rec = p.plugins.records["ads"]
    assert rec.source == "plugins-dir" and rec.replaced.startswith("builtin")
    assert "Advertisement" in p.run(Document("Advertisement\n")).text


def test_load_plugins_env_selects_a_subset():
    env = dict(os.environ, NORMALIZER_LOAD_PLUGINS="ads,whitespace")
    r = subprocess.run([sys.executable, "-m", "normalizer.cli", "plugins", "--json"],
                       capture_output=True, text=True, env=env)
    enabled = [p["name"] for p in json.loads(r.stdout) if p["enabled"]]
    assert sorted(enabled) == ["ads", "whitespace"]


def test_python_api():
    from normalizer import normalize

    r = normalize("Advertisement\nReal news text.\n")
    assert r.text == "Real news text.\n"
    assert r.edits[0].plugin == "ads" and r.edits[0].kind == "advertisement"
    assert normalize("Advertisement\nx\n", plugins=["whitespace"]).text == "Advertisement\nx\n"


def test_hook_corpus_keys(tmp_path):
    d = _plugin_dir(tmp_path, "common_words", (
        "@hookimpl\ndef corpus_keys(document):\n    return document.text.split()\n"
        "@hookimpl\ndef find_edits(document, corpus):\n"
        "    if corpus is None:\n        return []\n"
        "    out, pos = [], 0\n"
        "    for w in document.text.split(' '):\n"
        "        if corpus.count(w) == corpus.documents:\n"
        "            out.append(Edit(pos, pos + len(w), kind='other', reason=f'in all {corpus.documents}'))\n"
        "        pos += len(w) + 1\n"
        "    return out\n"))
    p = Pipeline(load_config(), plugins_dirs=[d], only=["common_words"])
    assert p.needs_corpus
    docs = [Document("menu alpha", site="a.com"), Document("menu beta", site="a.com"),
            Document("gamma menu", site="b.com"), Document("delta", site="b.com")]
    counts = p.count(docs)
    assert counts.view("common_words", "a.com").count("menu") == 2
    assert counts.view("common_words", "b.com").count("menu") == 1
    assert counts.view("common_words", "a.com").documents == 2
    r = p.run(Document("menu alpha", site="a.com"), counts)
    assert r.text == " alpha" and r.edits[0].reason == "in all 2"
    assert p.run(Document("gamma menu", site="b.com"), counts).text == "gamma menu"
    assert p.run(Document("menu alpha", site="a.com")).text == "menu alpha"  # no corpus: no mining


def test_hook_configure(tmp_path):
    d = _plugin_dir(tmp_path, "words", "import re\ncalls = []\n"
                    "@hookimpl\ndef default_options():\n    return {'words': ['spam']}\n"
                    "@hookimpl\ndef configure(options, plugins_dirs):\n"
                    "    calls.append(plugins_dirs)\n"
                    "    if not options['words']:\n        raise ValueError('words is empty; list at least one word')\n"
                    "    return {'_pattern': re.compile('|'.join(options['words']))}\n"
                    "@hookimpl\ndef find_edits(document, options):\n"
                    "    return [Edit(m.start(), m.end()) for m in options['_pattern'].finditer(document.text)]\n")
    p = Pipeline(load_config(), plugins_dirs=[d], only=["words"])
    assert p.run(Document("spam eggs spam")).text == " eggs "
    assert p.run(Document("spam")).text == ""
    calls = p.plugins.records["words"].module.calls
    assert len(calls) == 1 and calls[0][0].name == "plugins" and calls[0][-1] == d.resolve()
    with pytest.raises(ConfigError, match="plugin 'words': words is empty; list at least one word"):
        Pipeline(load_config(overrides={"plugins": {"words": {"words": []}}}), plugins_dirs=[d], only=["words"])
    with pytest.raises(ConfigError, match="plugin 'words' failed to configure: TypeError"):
        Pipeline(load_config(overrides={"plugins": {"words": {"words": [1]}}}), plugins_dirs=[d], only=["words"])
    bad = _plugin_dir(tmp_path, "clash", "@hookimpl\ndef configure():\n    return {'words': 1}\n"
                      "@hookimpl\ndef find_edits(document):\n    return []\n")
    with pytest.raises(ConfigError, match="keys start with '_'"):
        Pipeline(load_config(), plugins_dirs=[bad], only=["clash"])
    Pipeline(load_config(), plugins_dirs=[bad], only=["words"])  # only active plugins are configured


SITE_PAGE = (b"<html><body><article><p>The article text stays on the page in every case.</p>"
             b"<div class='promo-box'>Buy the print edition</div><p id='last'>Closing words.</p>"
             b"<div class='promo-box'>Another promo</div></article></body></html>")


def test_hook_find_dom_edits(tmp_path):
    from normalizer import reconstruct
    from normalizer.inputs import html_document

    d = _plugin_dir(tmp_path, "no_last", "from normalizer.dom import Remove, Flag\n"
                    "@hookimpl\ndef find_dom_edits(document, dom, options):\n"
                    "    assert document.dom is dom and document.format == 'html'\n"
                    "    return [Remove(dom.root.xpath(\"//*[@id='last']\")[0], kind='other', reason='r', rule='x.last'),\n"
                    "            Flag('checked', 'by a test')]\n")
    p = Pipeline(load_config(), plugins_dirs=[d], only=["no_last"])
    doc = html_document(SITE_PAGE)
    r = p.run(doc)
    assert "Closing words." not in r.text and "Buy the print edition" in r.text
    assert [(e.plugin, e.rule, e.removed) for e in r.edits] == [("no_last", "x.last", "Closing words.\n\n")]
    assert doc.original[slice(*r.edits[0].origin)] == "Closing words.\n\n"
    assert r.flags == ["checked: by a test"] and reconstruct(r.text, r.log) == doc.original
    assert p.run(Document("plain text, no DOM")).text == "plain text, no DOM"


def test_site_plugin_with_css_selectors_on_lxml_and_bs4(tmp_path):
    from normalizer.inputs import html_document

    d = _plugin_dir(tmp_path, "example_promos", "from normalizer.dom import Remove\n"
                    "@hookimpl\ndef plugin_info():\n    return {'phase': 'site'}\n"
                    "@hookimpl\ndef applies_to(document):\n    return document.on_site('example.com')\n"
                    "@hookimpl\ndef find_dom_edits(dom, options):\n"
                    "    first = dom.select('div.promo-box')[:1]\n"
                    "    rest = dom.soup().select('article > div.promo-box')[1:]\n"
                    "    return [Remove(e, kind='promo', reason='print promo', rule='example.promo')\n"
                    "            for e in first + rest]\n")
    p = Pipeline(load_config(), plugins_dirs=[d], only=["example_promos"])
    r = p.run(html_document(SITE_PAGE, url="https://www.example.com/story"))
    assert "promo" not in r.text.lower() and "print edition" not in r.text and "Closing words." in r.text
    assert [e.rule for e in r.edits] == ["example.promo", "example.promo"]
    other = p.run(html_document(SITE_PAGE, url="https://example.org/story"))
    assert "Buy the print edition" in other.text


def test_hook_find_metadata(tmp_path):
    from normalizer import Fact
    from normalizer.inputs import html_document

    d = _plugin_dir(tmp_path, "facts_a", "from normalizer import Fact\n"
                    "@hookimpl\ndef plugin_info():\n    return {'phase': 'phrase', 'modes': ['body_only']}\n"
                    "@hookimpl\ndef find_metadata(document, dom, options):\n"
                    "    first = document.lines[0].text\n"
                    "    return [Fact('headline', first, source='text line 1', confidence=0.5),\n"
                    "            Fact('mood', 'calm', source='a test')]\n"
                    "@hookimpl\ndef find_edits(document):\n"
                    "    return [Edit(0, document.lines[0].stop, kind='title', reason='r', rule='facts_a.t')]\n")
    (d / "facts_b.py").write_text("from normalizer import Fact, hookimpl\n"
                                  "@hookimpl\ndef applies_to(document):\n    return document.on_site('example.com')\n"
                                  "@hookimpl\ndef find_metadata(document):\n"
                                  "    seen = document.facts.get('headline')\n"
                                  "    return [Fact('headline', seen.value.upper(), source='shouting', confidence=0.9)]\n")
    p = Pipeline(load_config(), plugins_dirs=[d], only=["facts_a", "facts_b"])
    r = p.run(Document("Title\nBody text.\n", url="https://example.com/x"))
    assert r.text == "Title\nBody text.\n", "outside its mode a plugin reports facts but does not edit"
    assert r.metadata.value("headline") == "TITLE" and r.metadata.get("headline").plugin == "facts_b"
    assert [f.value for f in r.metadata.all("headline")] == ["TITLE", "Title"]
    assert r.metadata.value("mood") == "calm" and r.metadata.get("mood").plugin == "facts_a"
    other = p.run(Document("Title\nBody text.\n", url="https://example.org/x"))
    assert other.metadata.value("headline") == "Title", "applies_to is honoured"
    body = Pipeline(load_config(overrides={"normalizer": {"body_only": True}}), plugins_dirs=[d],
                    only=["facts_a"]).run(Document("Title\nBody text.\n"))
    assert body.text == "Body text.\n" and body.metadata.value("headline") == "Title", "facts come before edits"
    page = html_document(b"<html><body><h1>Page title</h1><p>Text.</p></body></html>")
    assert p.run(page).metadata.value("headline") == "Page title", "dom is passed (None for text)"
