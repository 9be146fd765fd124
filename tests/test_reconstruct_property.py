"""Property: whatever the document and whichever plugins run, clean text + edit log rebuild the original.

Random text documents and random HTML pages go through random subsets of the
built-in plugins, plus two synthetic plugins: one proposing random (overlapping,
replacing, inserting) text edits and one removing random elements of the page
(Remove, KeepOnly), so the DOM stage's edits are covered as well as the text
stage's. The log also goes through its JSON form, as written to OUT/edits.
"""
import copy
import random
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import Document, Edit, reconstruct
from normalizer.dom import KeepOnly, Remove
from normalizer.edits import EditLog
from normalizer.inputs import InputError, html_document
from normalizer.pipeline import Pipeline, Stage

NOISE = ["Advertisement", "Learn more", "02:10", "Related articles", "Photo: AFP", "Leave a Reply",
         "Share on Facebook", "We use cookies on this site.", "Tags: a, b", "Anzeige", "CafÃ© &amp; bar",
         "\u00a0", "", "Sign up for our newsletter", "By Jane Doe | May 3, 2021", "Home > News > World"]
WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
LINE = st.one_of(st.sampled_from(NOISE), WORDS,
                 st.lists(st.sampled_from("The council met on Tuesday to talk about money .".split()), max_size=14)
                 .map(" ".join))


@st.composite
def html_pages(draw, depth=0):
    """A random page: nested blocks, inline tags, lists, tables, scripts, entities, junk markup."""
    def node(d):
        kind = draw(st.sampled_from(["text", "block", "inline", "list", "table", "script", "junk"] if d < 4 else ["text"]))
        if kind == "text":
            return draw(LINE).replace("<", "&lt;")
        if kind == "block":
            tag = draw(st.sampled_from(["div", "p", "section", "article", "h1", "h2", "blockquote", "aside", "nav",
                                        "footer", "header", "figure", "figcaption", "main"]))
            cls = draw(st.sampled_from(["", "related", "share", "ad", "comments", "article-body", "byline", "promo"]))
            inner = "".join(node(d + 1) for _ in range(draw(st.integers(0, 3))))
            return f'<{tag} class="{cls}">{inner}</{tag}>'
        if kind == "inline":
            tag = draw(st.sampled_from(["a", "b", "i", "span", "em", "br"]))
            return f'<{tag} href="/x">{node(d + 1)}</{tag}>'
        if kind == "list":
            return "<ul>" + "".join(f"<li>{node(d + 1)}</li>" for _ in range(draw(st.integers(0, 3)))) + "</ul>"
        if kind == "table":
            return "<table>" + "".join(f"<tr><td>{node(d + 1)}</td><td>{node(d + 1)}</td></tr>"
                                       for _ in range(draw(st.integers(0, 2)))) + "</table>"
        if kind == "script":
            return f"<script>var x = '{draw(LINE)}';</script>"
        return draw(st.sampled_from(["<p>unclosed", "</div>", "<!-- c -->", "&amp;&nbsp;&#169;&bogus;", "<b><i>x</b></i>",
                                     "<br/>", "<![CDATA[x]]>", "\u200b", "\r\n"]))
    title = draw(LINE).replace("<", "")
    body = "".join(node(0) for _ in range(draw(st.integers(1, 6))))
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


BASE = Pipeline()
NAMES = BASE.names


def random_text_plugin(seed: int):
    """A plugin proposing random edits of the text it sees: removals, replacements, insertions, overlaps."""
    def find_edits(document):
        rng = random.Random(seed + len(document.text))
        n = len(document.text)
        edits = []
        for _ in range(rng.randrange(6)):
            a = rng.randrange(n + 1)
            b = min(n, a + rng.randrange(12))
            edits.append(Edit(a, b, rng.choice(["", "", "X", "\n", "ünï"]), kind="random", reason="random"))
        return edits
    return Stage("random_text", "tidy", {}, SimpleNamespace(function=find_edits, argnames=("document",)), None)


def random_dom_plugin(seed: int):
    """A DOM plugin removing random elements, or keeping only some (as main_content does)."""
    def find_dom_edits(dom):
        rng = random.Random(seed)
        elements = list(dom.body.iter())[1:]
        if not elements:
            return []
        if rng.random() < 0.3:
            return [KeepOnly(tuple(rng.sample(elements, min(2, len(elements)))), reason="random keep")]
        return [Remove(el, kind="random", reason="random") for el in rng.sample(elements, min(len(elements), rng.randrange(4)))]
    return Stage("random_dom", "boilerplate", {}, None, None,
                 SimpleNamespace(function=find_dom_edits, argnames=("dom",)), dom_plugin=True)


def pipeline_with(chosen: list[str], extra: list[Stage]) -> Pipeline:
    p = copy.copy(BASE)
    stages = [s for s in BASE.stages if s.name in chosen] + extra
    order = {"markup": 0, "boilerplate": 1, "content": 2, "repair": 3, "phrase": 4, "site": 5, "statistic": 6, "tidy": 7}
    p.stages = sorted(stages, key=lambda s: order[s.phase])
    return p


def check(pipeline: Pipeline, document: Document) -> None:
    result = pipeline.run(document)
    original = document.original
    assert reconstruct(result.text, result.log) == original
    assert reconstruct(result.text, EditLog.from_json(result.log.to_json())) == original
    for e in result.edits:
        assert e.plugin and 0 <= e.origin[0] <= e.origin[1] <= len(original)


SUBSETS = st.lists(st.sampled_from(NAMES), unique=True, max_size=len(NAMES))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, max_size=20), st.sampled_from(["\n", "\r\n", "\n\n", "\r"]), SUBSETS,
       st.booleans(), st.integers(0, 10**6))
def test_text_documents_rebuild_with_any_plugin_set(lines, sep, chosen, with_random, seed):
    extra = [random_text_plugin(seed)] if with_random else []
    check(pipeline_with(chosen, extra), Document(sep.join(lines)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(html_pages(), SUBSETS, st.booleans(), st.booleans(), st.integers(0, 10**6))
def test_html_pages_rebuild_with_any_plugin_set_and_random_dom_removals(page, chosen, dom_random, text_random, seed):
    extra = ([random_dom_plugin(seed)] if dom_random else []) + ([random_text_plugin(seed)] if text_random else [])
    try:
        document = html_document(page.encode("utf-8"))
    except InputError:  # control bytes with NULs: refused as binary, a clear per-document error
        document = html_document(page)
    check(pipeline_with(chosen, extra), document)
