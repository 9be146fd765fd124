"""Declarative site rules (plugins/site_rules.py): matching, each rule type, and errors at load."""
import re
import subprocess
import sys

import pytest

from normalizer import Document
from normalizer.config import ConfigError, load_config
from normalizer.pipeline import Pipeline
from normalizer.testing import assert_cleans

BODY = "The minister said the talks would continue next week in the capital, officials confirmed."
BODY2 = "Both sides agreed that further sanctions were not on the table for the time being, he added."

SITE = """\
[match]
domains = ["example.com"]
markers = ["Example Daily: news you can use"]
patterns = ['^© \\d{4} Example Media Group$']

[[lines]]
texts = ["Sign in to comment", "Share this story"]
kind = "social"
reason = "share and comment buttons"

[[regexes]]
id = "credit"
pattern = '^Photo: .* / Example Daily$'
ignore_case = true
kind = "caption"
reason = "photo credit"

[[blocks]]
start = "More from Example Daily"
kind = "related"
reason = "related block to the end"

[[blocks]]
start_pattern = '^Newsletter'
end = "No spam, ever."
kind = "subscribe"
reason = "newsletter box"

[[selectors]]
css = "aside.related-links"
kind = "related"
reason = "related links box"
"""

PAGE = (f"Title of the story\n\n{BODY}\nPHOTO: Jane Roe / Example Daily\n\nShare  this story\n\n"
        f"Newsletter: the day's news\nEnter your email\nNo spam, ever.\n{BODY2}\n\n"
        "More from Example Daily\n\nOther headline\n")
CLEAN = f"Title of the story\n\n{BODY}\n\n\n{BODY2}\n\n"


def sites_dir(tmp_path, files, name="plugs"):
    d = tmp_path / name
    (d / "sites").mkdir(parents=True, exist_ok=True)
    for stem, text in files.items():
        (d / "sites" / f"{stem}.toml").write_text(text, encoding="utf-8")
    return d


def run(d, text, *dirs, config=None, **doc):
    p = Pipeline(load_config(overrides=config), plugins_dirs=[d, *dirs], only=["site_rules"])
    return p.run(Document(text, **doc))


def test_every_rule_type_removes_its_lines_with_kind_reason_and_rule(tmp_path):
    r = run(sites_dir(tmp_path, {"example.com": SITE}), PAGE, url="https://www.example.com/a/b")
    assert r.text == CLEAN
    got = [(e.plugin, e.kind, e.rule, e.reason, e.removed.splitlines()[0]) for e in r.edits]
    assert got == [
        ("site_rules", "caption", "example.com/credit", "photo credit", "PHOTO: Jane Roe / Example Daily"),
        ("site_rules", "social", "example.com/lines.1", "share and comment buttons", "Share  this story"),
        ("site_rules", "subscribe", "example.com/blocks.2", "newsletter box", "Newsletter: the day's news"),
        ("site_rules", "related", "example.com/blocks.1", "related block to the end", "More from Example Daily"),
    ]
    assert r.edits[2].removed.endswith("No spam, ever.\n") and r.edits[3].removed.endswith("Other headline\n")


@pytest.mark.parametrize("doc, applies", [
    ({"url": "https://news.example.com/x"}, True),     # a subdomain
    ({"url": "https://example.org/x"}, False),          # another site
    ({"url": "https://notexample.com/x"}, False),
    ({}, False),                                        # no URL, no fingerprint
])
def test_domains_decide_when_the_url_is_known(tmp_path, doc, applies):
    r = run(sites_dir(tmp_path, {"example.com": SITE}), PAGE, **doc)
    assert (r.text == CLEAN) is applies


@pytest.mark.parametrize("fingerprint", ["  Example Daily:  news you can use ", "© 2021 Example Media Group"])
def test_dumps_without_url_match_by_marker_line_or_pattern(tmp_path, fingerprint):
    d = sites_dir(tmp_path, {"example.com": SITE})
    assert run(d, f"{fingerprint}\n{PAGE}").text == f"{fingerprint}\n{CLEAN}"
    assert run(d, f"{fingerprint} and more\n{PAGE}").text == f"{fingerprint} and more\n{PAGE}"


def test_a_block_needs_its_end_line_and_repeats(tmp_path):
    site = ('[match]\ndomains = ["example.com"]\n[[blocks]]\nstart = "Read also"\nend_pattern = "^-+$"\n'
            'keep_end = true\nkind = "crosslink"\n')
    d = sites_dir(tmp_path, {"example.com": site})
    url = "https://example.com/a"
    text = f"{BODY}\nRead also\nA\n---\n{BODY2}\nRead also\nB\n---\nRead also\nno end here\n"
    assert run(d, text, url=url).text == f"{BODY}\n---\n{BODY2}\n---\nRead also\nno end here\n"


def test_a_later_plugins_dir_replaces_a_site_file_and_sites_can_be_skipped(tmp_path):
    first = sites_dir(tmp_path, {"example.com": SITE}, "a")
    other = '[match]\ndomains = ["example.com"]\n[[lines]]\ntext = "Title of the story"\nkind = "other"\n'
    second = sites_dir(tmp_path, {"example.com": other}, "b")
    r = run(first, PAGE, second, url="https://example.com/x")
    assert [e.rule for e in r.edits] == ["example.com/lines.1"] and not r.text.startswith("Title")
    skipped = run(first, PAGE, config={"plugins": {"site_rules": {"skip_sites": ["example.com"]}}},
                  url="https://example.com/x")
    assert skipped.text == PAGE
    with pytest.raises(ConfigError, match=r"skip_sites names no site file: nope\.com"):
        run(first, PAGE, config={"plugins": {"site_rules": {"skip_sites": ["nope.com"]}}})


def test_rules_are_compiled_once_when_the_pipeline_is_built(tmp_path):
    d = sites_dir(tmp_path, {"example.com": SITE})
    p = Pipeline(load_config(), plugins_dirs=[d], only=["site_rules"])
    (site,) = p.stages[0].options["_sites"].sites
    assert all(isinstance(r.first, re.Pattern) for r in site.rules if r.section != "selectors")
    assert site.rules[-1].selector.path.startswith("descendant-or-self::")  # a compiled CSSSelector
    (d / "sites" / "example.com.toml").write_text("not toml at all [")
    assert p.run(Document(PAGE, url="https://example.com/x")).text == CLEAN  # no re-reading per document


BAD = [
    ('[[regexes]]\npattern = "Photo: ("\nkind = "caption"\n', 5,
     ["[[regexes]] rule 1", "bad regex 'Photo: ('", "missing ), unterminated subpattern", "Fix the pattern"]),
    ('[[lines]]\ntext = "x"\nkind = "promo"\n[[lines]]\nid = "ok"\ntxt = "y"\nkind = "promo"\n', 8,
     ["[[lines]] rule 2 ('ok')", "unknown key 'txt'", "known keys: kind, reason, id, text", "did you mean 'text'?"]),
    ('[[blocks]]\nstart = "Related"\nreason = "related block"\n', 5,
     ["[[blocks]] rule 1", "missing 'kind'", 'e.g. kind = "promo"']),
    ('[[selectors]]\ncss = "div..related"\nkind = "related"\n', 5,
     ["[[selectors]] rule 1", "bad CSS selector 'div..related'", "Fix the selector"]),
    ('[[blocks]]\nstart = "A"\nstart_pattern = "B"\nkind = "other"\n', 5,
     ["[[blocks]] rule 1", "give exactly one of 'start' or 'start_pattern'"]),
    ('[lines]\ntext = "x"\nkind = "promo"\n', 5, ["'lines' must be an array of tables", "[[lines]]"]),
    ('[[line]]\ntext = "x"\nkind = "promo"\n', 5, ["unknown key 'line' in the file", "did you mean 'lines'?"]),
    ('[[lines]]\ntext = "a"\nkind = "other"\n[[tables]]\n', 8, ["unknown key 'tables'", "fix the spelling or remove it"]),
]


@pytest.mark.parametrize("rules, line, words", BAD)
def test_invalid_rules_fail_at_load_naming_file_line_rule_and_fix(tmp_path, rules, line, words):
    d = sites_dir(tmp_path, {"bad.example": '# a site\n[match]\ndomains = ["bad.example"]\n\n' + rules})
    with pytest.raises(ConfigError) as e:
        Pipeline(load_config(), plugins_dirs=[d])
    msg = str(e.value)
    where = str(d / "sites" / "bad.example.toml") + (f":{line}" if line else "")
    assert msg.startswith(f"plugin 'site_rules': {where}"), msg
    for w in words:
        assert w in msg, msg


@pytest.mark.parametrize("match, words", [
    ('domains = ["https://www.example.com/news"]', ["'https://www.example.com/news' is not a bare host name",
                                                    "write 'example.com'"]),
    ("", ["[match] is empty"]),
    ('domain = ["example.com"]', ["unknown key 'domain' in [match]"]),
    ("patterns = ['(']", ["[match] patterns: bad regex"]),
])
def test_invalid_match_tables_are_explained(tmp_path, match, words):
    d = sites_dir(tmp_path, {"x": f'[match]\n{match}\n[[lines]]\ntext = "a"\nkind = "other"\n'})
    with pytest.raises(ConfigError) as e:
        Pipeline(load_config(), plugins_dirs=[d])
    assert all(w in str(e.value) for w in words), str(e.value)


def test_file_level_mistakes_are_explained(tmp_path):
    for text, words in [("[match\n", ["invalid TOML", "line 1"]),
                        ('[match]\ndomains = ["a.com"]\n', ["no rules"]),
                        ('[[lines]]\ntext = "a"\nkind = "other"\n', ["no [match] table"]),
                        ('[match]\npatterns = ["^a \\| b"]\n', ["invalid TOML", "Write regexes in single quotes"])]:
        d = sites_dir(tmp_path, {"x": text})
        with pytest.raises(ConfigError) as e:
            Pipeline(load_config(), plugins_dirs=[d])
        assert all(w in str(e.value) for w in words) and "x.toml" in str(e.value), str(e.value)


def test_the_command_line_exits_2_on_a_bad_site_file(tmp_path):
    d = sites_dir(tmp_path, {"x": '[match]\ndomains = ["a.com"]\n[[lines]]\ntext = "a"\n'})
    (tmp_path / "a.txt").write_text("text\n")
    r = subprocess.run([sys.executable, "-m", "normalizer.cli", "run", str(tmp_path / "a.txt"), "-o",
                        str(tmp_path / "out"), "--plugins-dir", str(d)], capture_output=True, text=True)
    assert r.returncode == 2 and "x.toml" in r.stderr and "missing 'kind'" in r.stderr, r.stderr
    ok = subprocess.run([sys.executable, "-m", "normalizer.cli", "plugins", "--plugins-dir", str(d),
                         "--disable", "site_rules"], capture_output=True, text=True)
    assert ok.returncode == 0, "disabling the plugin skips its files"


def test_a_document_can_match_several_site_files(tmp_path):
    by_domain = '[match]\ndomains = ["a.example"]\n[[lines]]\ntext = "Alpha furniture"\nkind = "other"\n'
    by_marker = '[match]\nmarkers = ["Beta masthead"]\n[[lines]]\ntext = "Beta furniture"\nkind = "other"\n'
    d = sites_dir(tmp_path, {"a.example": by_domain, "b.example": by_marker})
    text = "Beta masthead\nAlpha furniture\nBeta furniture\nText.\n"
    r = run(d, text, url="https://www.a.example/x")
    assert r.text == "Beta masthead\nText.\n"
    assert [e.rule for e in r.edits] == ["a.example/lines.1", "b.example/lines.1"]
    assert run(d, text, url="https://example/x").text == "Beta masthead\nAlpha furniture\nText.\n"


def test_patterns_with_inline_flags_still_match(tmp_path):
    site = ('[match]\npatterns = [\'(?i)^beta masthead$\']\n[[lines]]\ntext = "Beta furniture"\nkind = "other"\n')
    other = '[match]\npatterns = [\'^Gamma\']\n[[lines]]\ntext = "Text."\nkind = "other"\n'
    d = sites_dir(tmp_path, {"b.example": site, "c.example": other})
    assert run(d, "BETA MASTHEAD\nBeta furniture\nText.\n").text == "BETA MASTHEAD\nText.\n"
    assert run(d, "Beta furniture\nText.\n").text == "Beta furniture\nText.\n"


HTML = """<html><head><link rel="canonical" href="https://www.example.com/story"></head><body><article>
<h1>Title of the story</h1><p>{body}</p>
<aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Other story</a></li></ul>
<aside class="related-links">Nested box</aside></aside>
<p>{body2}</p><div class="promo">Share this story</div></article></body></html>"""


def test_selectors_remove_html_elements_of_matching_sites(tmp_path):
    d = sites_dir(tmp_path, {"example.com": SITE})
    page = HTML.format(body=BODY, body2=BODY2)
    r = assert_cleans(page, plugins="site_rules", plugins_dirs=[d], html=True,
                      keep=["Title of the story", BODY, BODY2], drop=["Other story", "Nested box", "Share this"])
    assert r.dom_steps == 1  # the nested box went with its parent: one edit
    dom, text = r.log.steps
    assert [(dom.plugin, e.kind, e.rule, e.reason) for e in dom.edits] == [
        ("site_rules", "related", "example.com/selectors.1", "related links box")]
    assert [e.rule for e in text.edits] == ["example.com/lines.1"]  # the text rules run after
    other = page.replace("www.example.com", "example.org")
    assert "Other story" in assert_cleans(other, plugins="site_rules", plugins_dirs=[d], html=True,
                                          keep=["Other story", "Share this"]).text


def test_css_errors_name_the_selector(tmp_path):
    d = sites_dir(tmp_path, {"x": '[match]\ndomains = ["a.com"]\n[[selectors]]\ncss = "a:frobnicate"\nkind = "other"\n'})
    with pytest.raises(ConfigError, match=r"x.toml:3: \[\[selectors\]\] rule 1: bad CSS selector 'a:frobnicate': "
                                          r".*frobnicate.*Fix the selector"):
        Pipeline(load_config(), plugins_dirs=[d])
