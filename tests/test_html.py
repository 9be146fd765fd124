"""HTML input: rendering, the DOM stage and its attributed edits, non-articles, robustness."""
import re
from pathlib import Path

import pytest

from normalizer import reconstruct
from normalizer.config import load_config
from normalizer.dom import Dom, Remove
from normalizer.htmltext import parse, render
from normalizer.inputs import html_document
from normalizer.pipeline import Pipeline

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ARTICLE = (FIXTURES / "article.html").read_bytes()
BODY = ["The small harbour town finished rebuilding its old lighthouse this week",
        "Volunteers raised most of the money themselves",
        "A light for the fishing fleet",
        "Fishermen say the beam matters again",
        "The lantern turns twice a minute.\nIts light reaches twenty kilometres out to sea.",
        "The keeper's cottage will open as a small museum"]
NOISE = ["Skip to content", "Sport", "We use cookies", "Accept all", "By Jane Writer", "Share on Facebook",
         "Photo: Town archive", "Buy cheap boats", "morning briefing", "Related stories", "Storm damages",
         "3 comments", "I remember the old keeper", "Most read", "New bakery", "All rights reserved",
         "Do not show this script", ".nav {"]


@pytest.fixture(scope="module")
def body_only():
    return Pipeline(load_config(overrides={"normalizer": {"body_only": True}}))


def text_of(html: str) -> str:
    return render(parse(html)).text


def test_html_to_text_keeps_structure():
    assert text_of("<p>One.</p><p>Two.</p>") == "One.\n\nTwo."
    assert text_of("<h2>Title</h2>Loose text<div>block</div>tail") == "Title\n\nLoose text\n\nblock\n\ntail"
    assert text_of("<ul><li>a</li><li>b</li></ul><p>after</p>") == "a\nb\n\nafter"
    assert text_of("<p>x<br>y<br><br>z</p>") == "x\ny\n\nz"
    assert text_of("<p>glued<span>together</span> and <b>spaced</b>  out\n words</p>") == \
        "gluedtogether and spaced out words"
    assert text_of("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>") == "a b\nc"
    assert text_of("<pre>line 1\n  line 2</pre>") == "line 1\n  line 2"
    assert text_of("<div>a</div><script>x</script><style>y</style><template>t</template>b") == "a\n\nb"
    assert text_of("<p>no&nbsp;break &amp; entities</p>") == "no\u00a0break & entities"


def test_article_page_keeps_the_article_and_attributes_every_removal(pipeline):
    doc = html_document(ARTICLE, source="article.html")
    assert doc.format == "html" and doc.url == "https://news.example.com/2024/harbour-lighthouse"
    assert all(n in doc.original for n in NOISE[:-2]), "the original is the whole page"
    result = pipeline.run(doc)
    assert result.text.startswith("Harbour town rebuilds its old lighthouse\n\n"), "the headline stays"
    for para in BODY:
        assert para in result.text
    for noise in NOISE:
        assert noise not in result.text, noise
    assert "\n\n\n" not in result.text and not result.flags
    assert reconstruct(result.text, result.log) == doc.original
    kinds = {e.kind for e in result.edits if e.plugin.startswith("dom_")}
    assert {"navigation", "header", "footer", "advertisement", "social", "subscription", "cookie", "comments",
            "related", "caption", "byline"} <= kinds
    for e in result.edits:
        assert e.plugin and e.kind and e.reason and e.rule
        assert doc.original[e.origin[0]:e.origin[1]] == e.removed or e.plugin not in ("dom_layout", "dom_ads")


def test_body_only_removes_the_headline(body_only):
    result = body_only.run(html_document(ARTICLE))
    assert result.text.startswith("The small harbour town")
    title = [e for e in result.edits if e.plugin == "headline"]
    assert len(title) == 1 and title[0].kind == "title" and "Harbour town rebuilds" in title[0].removed


def test_a_section_front_is_flagged_not_cut_into_teasers(pipeline):
    result = pipeline.run(html_document((FIXTURES / "section-front.html").read_bytes()))
    assert any(f.startswith("not_article") for f in result.flags)
    assert result.text.count("\n\n") >= 11 and "Cycling the river path" in result.text
    assert "Ten quiet islands" in result.text, "left uncut, not reduced to one teaser"


def test_malformed_html_degrades_gracefully(pipeline):
    result = pipeline.run(html_document((FIXTURES / "malformed.html").read_bytes()))
    assert "First paragraph of a page" in result.text and "Second paragraph starts" in result.text
    assert "cell one cell two" in result.text
    for junk in (b"", b"\x00\x01\x02 binary", b"<<<>>>", b"</p></div>", b"<html><body>", b"just text"):
        doc = html_document(junk)
        assert reconstruct(pipeline.run(doc).text, pipeline.run(doc).log) == doc.original


def test_deeply_nested_html_does_not_crash(pipeline):
    html = "<div>" * 5000 + "<p>Deep text that is still found at the bottom of the tree.</p>" + "</div>" * 5000
    result = pipeline.run(html_document(html.encode()))
    assert "Deep text" in html_document(html.encode()).original
    assert reconstruct(result.text, result.log) == html_document(html.encode()).original


def _words(text):
    return re.findall(r"\w+", text)


@pytest.mark.parametrize("mode", ["each", "nested"])
def test_removing_any_element_keeps_text_reconstructible_and_unglued(mode):
    """Remove every element in turn (or a parent after its child): the text left is the
    page without it, words stay apart, and the original comes back."""
    from normalizer import edits as E

    base = Dom.from_html(ARTICLE.decode())
    count = sum(1 for _ in base.body.iter())
    for i in range(count):
        dom = Dom.from_html(ARTICLE.decode())
        text = dom.rendering.text
        log = E.EditLog(text)
        el = list(dom.body.iter())[i]
        targets = [el] if mode == "each" else [t for t in (el, el.getparent()) if t is not None]
        for n, target in enumerate(targets):
            edits, _ = dom.apply([Remove(target, kind="other", reason="test", rule="t")], f"p{n}")
            accepted, _ = E.resolve_overlaps(E.validate(edits, text, f"p{n}"))
            assert len(accepted) == len(edits)
            log.record(f"p{n}", text, accepted)
            text = E.apply(text, accepted)
            assert text.strip() == dom.text(), "the text is what the tree has left"
        assert reconstruct(text, log) == dom.rendering.text
        assert set(_words(text)) <= set(_words(dom.rendering.text)), "no words glued together"


def test_dom_measures_follow_removals():
    dom = Dom.from_html("<body><div id=a><p>Hello <a href=x>world</a></p><p id=b>Bye now</p></div></body>")
    a = dom.body.find("div")
    assert dom.text_length(a) == len("Hello") + len("world") + len("Bye now")
    assert dom.link_length(a) == len("world")
    dom.apply([Remove(dom.body.find(".//p[@id='b']"))], "t")
    assert dom.text(a) == "Hello world" and dom.text_length(a) == 10
    assert dom.body.find(".//p[@id='b']") is None, "removed elements leave the tree"


def test_vocabularies_match_whole_words_only(pipeline):  # the pipeline loads normalizer_plugins
    from normalizer.dom import Dom
    from normalizer_plugins._dom import labels, vocabulary

    ads = vocabulary("ad\\d*", "ads")
    for label in ("ad", "top-ad", "ad_slot", "ad2", "sidebar ads"):
        assert ads.search(label), label
    for label in ("add-to-cart", "adapt", "header", "shadow", "badge", "download", "lead"):
        assert not ads.search(label), label
    with pytest.raises(ValueError):
        vocabulary()
    dom = Dom.from_html('<body><div class="adSlot">x</div><div id="shareBar">y</div></body>')
    assert [l.strip() for _, l in labels(dom)] == ["ad-slot", "share-bar"]


def test_vocabularies_name_the_noise_in_other_languages(pipeline):  # the pipeline loads normalizer_plugins
    from normalizer_plugins import dom_ads, dom_captions, dom_comments, dom_newsletter, dom_related, dom_share

    cases = [
        (dom_ads, ("publicidad-top", "bloco-publicidade", "box-pubblicita", "reclame", "advertentie-blok"),
         ("public-domain", "publication", "announcement")),
        (dom_related, ("noticias-relacionadas", "articoli-correlati", "gerelateerd", "leia-tambem", "mais-lidas",
                       "a-lire"), ("correlation", "relational-db", "alias")),
        (dom_share, ("compartilhar", "partage-social", "condividi", "delen"), ("partner", "model-delta", "deleted")),
        (dom_newsletter, ("nieuwsbrief-form", "box-assinatura"), ("assign",)),
        (dom_comments, ("commento", "reacties-lijst"), ("reaction",)),
        (dom_captions, ("legenda", "didascalia", "pie-de-foto"), ("legend",)),
    ]
    for module, hits, misses in cases:
        for label in hits:
            assert module.PATTERN.search(label), (module.__name__, label)
        for label in misses:
            assert not module.PATTERN.search(label), (module.__name__, label)


PROSE = ("<p>The council approved the new harbour budget on Tuesday after a long debate about the costs. "
         "Work on the pier starts in spring and should be finished before the summer season begins.</p>")


def _page(inner: str) -> bytes:
    return (f"<html><head><title>Harbour budget</title></head><body><article><h1>Harbour budget approved</h1>"
            f"{PROSE}{inner}{PROSE.replace('council', 'mayor')}</article></body></html>").encode()


def test_a_link_to_a_share_endpoint_is_removed_with_its_wrapper(pipeline):
    html = _page('<div class="wabtn_box"><a class="wabtn" href="whatsapp://send?text=x">Send via app</a></div>'
                 '<p><a href="https://www.facebook.com/sharer/sharer.php?u=x">Post it</a></p>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "Send via app" not in result.text and "Post it" not in result.text
    assert "harbour budget" in result.text and "mayor approved" in result.text
    rules = {e.rule for e in result.edits if "Send via app" in e.removed or "Post it" in e.removed}
    assert rules == {"dom_share.link"}


def test_a_link_to_a_post_or_a_long_share_link_text_stays(pipeline):
    html = _page('<p>She wrote on <a href="https://twitter.com/mayor/status/1">Twitter that the pier matters</a>'
                 ' and <a href="mailto:desk@example.com">wrote to the desk</a> about it as well.</p>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "Twitter that the pier matters" in result.text and "wrote to the desk" in result.text


def test_a_list_of_rel_tag_links_is_removed_whatever_its_element(pipeline):
    html = _page('<strong>Themen<br><a rel="tag" href="/t/a">Hafen</a>, <a rel="tag" href="/t/b">Haushalt</a>, '
                 '<a rel="category tag" href="/t/c">Stadtrat</a></strong>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "Haushalt" not in result.text and "Stadtrat" not in result.text
    assert "harbour budget" in result.text and "mayor approved" in result.text
    assert any(e.rule == "dom_links.tags" for e in result.edits)


def test_rel_tag_links_inside_prose_stay(pipeline):
    html = _page('<p>The plan for the <a rel="tag" href="/t/a">harbour</a> was drafted by the '
                 '<a rel="tag" href="/t/b">council</a> last year and revised twice since then by experts.</p>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "The plan for the harbour was drafted by the council last year" in result.text
    assert not any(e.rule == "dom_links.tags" for e in result.edits)


def _grid_page(cousin_class: str) -> bytes:
    para = ("<p>The council approved the new harbour budget on Tuesday after a long debate about the costs "
            "and the schedule. Work on the pier starts in spring and should be finished before summer.</p>")
    return (f'<html><body><div class="grid"><div class="cell auto article"><h1>Harbour budget</h1>{para * 4}</div>'
            f'<div class="box"><div class="{cousin_class}"><p>Is the town about to open a second marina next to the '
            f'old lighthouse this year, as residents hope?</p></div></div></div></body></html>').encode()


@pytest.mark.parametrize("cousin_class", ["cell small-7 row-desc", "cell"])
def test_a_grid_cell_sharing_only_a_layout_class_is_not_part_of_the_article(pipeline, cousin_class):
    result = pipeline.run(html_document(_grid_page(cousin_class), source="p.html"))
    assert "Work on the pier" in result.text and "second marina" not in result.text


@pytest.mark.parametrize("cousin_class", ["cell auto article", "cell auto article dropcap"])
def test_a_block_with_the_article_containers_classes_is_kept_as_its_continuation(pipeline, cousin_class):
    result = pipeline.run(html_document(_grid_page(cousin_class), source="p.html"))
    assert "Work on the pier" in result.text and "second marina" in result.text


def test_an_element_moved_off_the_screen_is_removed(pipeline):
    html = _page('<div style="position:absolute; top:0; left:-9999px;"><a href="https://spam.example">'
                 'Cheap themes download</a></div><p style="text-indent: -10000px">Logo text</p>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "Cheap themes" not in result.text and "Logo text" not in result.text
    assert "harbour budget" in result.text and "mayor approved" in result.text
    assert {e.rule for e in result.edits if "Cheap" in e.removed or "Logo" in e.removed} == {"dom_markup.offscreen"}


def test_a_small_negative_offset_or_a_margin_on_the_right_is_not_off_screen(pipeline):
    html = _page('<p style="margin-left:-20px; left:-999px">A pull quote from the mayor, set off a little.</p>'
                 '<p style="margin-right:-9999px">The harbour master also welcomed the budget decision.</p>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "A pull quote from the mayor" in result.text and "harbour master also welcomed" in result.text


def test_a_sentence_with_an_inline_popup_of_links_keeps_its_sentence(pipeline):
    popup = ('<span class="popup"><a href="/p/1">Mayor Anna Berg</a><a href="/s/1">Mayor opens the new pier '
             'in a small ceremony</a> <a href="/s/2">Budget talks stall again over the costs</a> '
             '<a href="/s/3">Harbour fees rise for the summer season</a> <a href="/p/1">MORE</a></span>')
    html = _page(f'<p>Mayor <a href="/p/1">Anna Berg</a>{popup} defended the plan on Monday and said the town '
                 'could not wait any longer for the repairs.</p>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "defended the plan on Monday and said the town could not wait" in result.text
    assert "Budget talks stall" not in result.text


def test_a_paragraph_of_links_with_short_glue_text_is_still_a_link_list(pipeline):
    html = _page('<p>See also: <a href="/s/1">Mayor opens the new pier in a small ceremony</a> | '
                 '<a href="/s/2">Budget talks stall again over the costs</a> | '
                 '<a href="/s/3">Harbour fees rise for the summer season</a></p>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "Budget talks stall" not in result.text and "mayor approved" in result.text


def test_an_element_with_a_display_none_utility_class_is_removed(pipeline):
    html = _page('<div class="gallery-overlay hidden"><div>Harbour gallery</div><span>Back to Gallery</span></div>'
                 '<div class="modal d-none">Send this article to a friend</div>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "Back to Gallery" not in result.text and "Send this article" not in result.text
    assert "harbour budget" in result.text and "mayor approved" in result.text
    assert {e.rule for e in result.edits if "Back to" in e.removed or "Send this" in e.removed} \
        == {"dom_markup.hidden_class"}


def test_responsive_hide_classes_and_a_hidden_article_body_stay(pipeline):
    html = _page('<p class="hidden-xs">The harbour master also welcomed the budget decision on Tuesday.</p>'
                 '<p class="hide-for-small-only">Fishermen hope the work ends before the season starts.</p>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "harbour master also welcomed" in result.text and "Fishermen hope" in result.text
    body = "".join(f"<p>Paragraph {i} of the report on the harbour budget, which the council approved "
                   "on Tuesday.</p>" for i in range(12))
    page = f'<html><body><article><h1>Harbour</h1><div class="story hidden">{body}</div></article></body></html>'
    result = pipeline.run(html_document(page.encode(), source="p.html"))
    assert "Paragraph 11 of the report" in result.text


def test_a_link_list_split_into_one_list_per_link_is_removed(pipeline):
    items = "".join(f'<ul><li><h4><a href="/s/{i}">Harbour story number {i}</a></h4></li></ul>\n' for i in range(3))
    html = _page(f"<h4>More:</h4>{items}")
    result = pipeline.run(html_document(html, source="p.html"))
    assert "Harbour story number" not in result.text
    assert "harbour budget" in result.text and "mayor approved" in result.text
    assert any(e.rule == "dom_links.split_list" for e in result.edits)


def test_two_link_paragraphs_or_links_with_text_between_them_stay(pipeline):
    html = _page('<p><a href="https://harbour.example">www.harbour.example</a></p>'
                 '<p><a href="/report.pdf">The full budget report</a></p>'
                 '<p>Sources: <a href="/a">the council minutes</a></p>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "www.harbour.example" in result.text and "The full budget report" in result.text
    assert not any(e.rule == "dom_links.split_list" for e in result.edits)


def test_a_short_embedded_post_in_a_social_box_stays(pipeline):
    html = _page('<div class="social-media-embed"><blockquote class="twitter-tweet"><p>on. it. now.</p>'
                 '&mdash; A reader (@reader) <a href="https://twitter.com/reader/status/1">May 1, 2024</a>'
                 '</blockquote></div>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "on. it. now." in result.text


def test_a_social_box_of_buttons_is_still_removed(pipeline):
    html = _page('<div class="social-media-box"><p>Follow the town hall</p><a href="/fb">Facebook</a> '
                 '<a href="/tw">Twitter</a></div>')
    result = pipeline.run(html_document(html, source="p.html"))
    assert "Follow the town hall" not in result.text and "mayor approved" in result.text
