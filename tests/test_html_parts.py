"""Class rules (ads, layout, comments) and the parts of an article their names hit by accident: a text
block of a page builder, a paragraph in a styled div, a fact box or a "Diskussion" section among the
paragraphs, a container named for a state (``no-ads``, ``has-sidebar``). Each guard on an invented
page, with a lookalike whose noise box still goes."""
import pytest

from normalizer.config import load_config
from normalizer.inputs import html_document
from normalizer.pipeline import Pipeline

SENTENCES = (
    "Der Gemeinderat hat am Donnerstag den Neubau der Grundschule nach langer Debatte beschlossen.",
    "Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung mit.",
    "Die Eltern hatten seit Jahren auf den Neubau gedrängt, weil das alte Gebäude zu klein ist.",
    "Im Winter wird es in den Klassenzimmern kaum warm, berichten Lehrerinnen und Lehrer seit Jahren.",
    "Der Bürgermeister sprach von einem guten Tag für die Stadt und dankte allen Beteiligten.",
    "Die Kosten liegen nach ersten Schätzungen bei rund zwölf Millionen Euro, der Kreis zahlt mit.",
    "Kritik kam von der Opposition, die den Standort am Stadtrand für ungeeignet hält.",
    "Eine Bürgerinitiative sammelt bereits Unterschriften gegen die Pläne der Verwaltung.",
    "Ob die Schule pünktlich fertig wird, hängt auch von den Preisen am Bau ab, sagte der Kämmerer.",
    "Die nächste Sitzung des Ausschusses ist für den kommenden Monat geplant, hieß es im Rathaus.",
)
_count = [0]


def paras(n: int = 2) -> str:
    """``n`` paragraphs of prose, each marked "Teil <k>:" with a number used once per test run."""
    out = ""
    for _ in range(n):
        _count[0] += 1
        k = _count[0]
        out += f"<p>Teil {k}: {SENTENCES[k % 10]} {SENTENCES[(k + 3) % 10]}</p>"
    return out


def marks(html: str) -> list[str]:
    import re
    return re.findall(r"Teil \d+:", html)


LINKS = "<ul>" + "".join(f"<li><a href='/rubrik/{i}'>Rubrik Nummer {i}</a></li>" for i in range(8)) + "</ul>"


def page(body: str, after: str = "") -> str:
    return (f"<html><body><div class='site-nav'><a href='/'>Start</a></div><div id='main'>"
            f"<h1>Neue Grundschule für den Ortsteil</h1>{body}</div>{after}"
            f"<div class='widget-area'>{LINKS}</div></body></html>")


@pytest.fixture(scope="module")
def body_only():
    return Pipeline(load_config(overrides={"normalizer": {"body_only": True}}))


def _text(pipeline, html: str) -> str:
    return pipeline.run(html_document(html.encode(), source="page.html")).text


def _kept(pipeline, html: str, box: str) -> tuple[list[str], list[str]]:
    """(marks of the box lost, marks outside the box lost)."""
    text = _text(pipeline, html)
    inside = marks(box)
    lost = [m for m in marks(html) if m not in text]
    return [m for m in lost if m in inside], [m for m in lost if m not in inside]


# -- text blocks of a page builder ------------------------------------------------------------------

def test_the_text_widgets_of_a_page_builder_are_the_article(body_only):
    """Page builders wrap each text block in a "widget" (``builder-widget builder-widget-text``) and
    its inner container: each block is one of a series of siblings of one class holding prose."""
    body = "".join(f"<div class='builder-widget builder-widget-text'><div class='builder-widget-container'>"
                   f"{paras(2)}</div></div>" for _ in range(3))
    html = page(body)
    in_box, outside = _kept(body_only, html, body)
    assert in_box == [] and outside == []


def test_a_text_widget_in_the_sidebar_beside_the_article_still_goes(body_only):
    about = f"<div class='widget about-me'>{paras(2)}</div>"
    html = (f"<html><body><div class='row'><div class='col-main'><h1>Neue Grundschule</h1>"
            f"<div class='body'>{paras(5)}</div></div><div class='col-side'>{about}"
            f"<div class='widget-area'>{LINKS}</div></div></div></body></html>")
    in_box, outside = _kept(body_only, html, about)
    assert len(in_box) == 2 and outside == []


def test_an_appeal_widget_after_the_article_still_goes(body_only):
    """A box of prose right after the article ("Unterstützen Sie uns ...") is not between its parts."""
    appeal = f"<div class='support-widget'>{paras(2)}</div>"
    html = page(f"<div class='body'>{paras(4)}{appeal}</div>")
    in_box, outside = _kept(body_only, html, appeal)
    assert len(in_box) == 2 and outside == []


# -- boxes among the paragraphs ---------------------------------------------------------------------

@pytest.mark.parametrize("cls", ["article-sidebar", "box-widget", "text-rail"])
def test_a_fact_box_among_the_paragraphs_is_kept(body_only, cls):
    box = f"<div class='{cls}'>{paras(2)}</div>"
    html = page(f"<div class='body'>{paras(3)}{box}{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert in_box == [] and outside == []


def test_a_teaser_box_among_the_paragraphs_still_goes(body_only):
    box = (f"<div class='article-sidebar'><h3><a href='/schule/plan'>Der Plan im Detail</a></h3>{paras(1)}"
           f"<h3><a href='/schule/kosten'>Was es kostet</a></h3>{paras(1)}</div>")
    html = page(f"<div class='body'>{paras(3)}{box}{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert len(in_box) == 2 and outside == []


def test_a_discussion_section_between_the_findings_and_the_summary_is_kept(body_only):
    section = f"<section class='discussion'><h2>Diskussion</h2>{paras(2)}</section>"
    html = page(f"<div class='body'><h2>Ergebnisse</h2>{paras(3)}{section}<h2>Fazit</h2>{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, section)
    assert in_box == [] and outside == []


def test_reader_comments_in_the_article_container_still_go(body_only):
    """Comments come after the article, beside each other: none of them is between its parts."""
    comments = "".join(f"<div class='comment'><span>Leser{i} schrieb um 12:0{i}</span>{paras(2)}</div>"
                       for i in range(3))
    html = page(f"<div class='body'>{paras(4)}{comments}</div>")
    in_box, outside = _kept(body_only, html, comments)
    assert len(in_box) == 6 and outside == []


def test_a_sponsored_story_among_the_paragraphs_still_goes(body_only):
    box = f"<div class='sponsored-content'>{paras(2)}</div>"
    html = page(f"<div class='body'>{paras(3)}{box}{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert len(in_box) == 2 and outside == []


# -- names of a state, not of a box -----------------------------------------------------------------

@pytest.mark.parametrize("cls", ["text no-ads", "text noAds", "text ad-free", "text ohne-werbung"])
def test_a_paragraph_marked_free_of_ads_is_kept(body_only, cls):
    box = f"<div class='{cls}'>{paras(1)}</div>"
    html = page(f"<div class='body'>{paras(3)}{box}{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert in_box == [] and outside == []


def test_a_paragraph_in_an_ad_slot_still_goes(body_only):
    box = f"<div class='text ad-slot'>{paras(1)}</div>"
    html = page(f"<div class='body'>{paras(3)}{box}{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert len(in_box) == 1 and outside == []


@pytest.mark.parametrize("cls", ["content has-sidebar", "content with-sidebar", "story has-comments"])
def test_a_wrapper_named_for_what_the_page_has_is_kept(body_only, cls):
    box = f"<div class='{cls}'>{paras(1)}</div>"
    html = page(f"<div class='body'>{paras(3)}</div>{box}<div class='body'>{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert in_box == [] and outside == []


# -- a call to register under a cut article ---------------------------------------------------------

def test_a_registration_box_under_a_cut_article_goes(body_only):
    box = ("<div class='story-register wall'><p class='story-register-note'>［会員限定］続きは無料の会員登録の後に"
           "読むことができます。</p><div class='story-register-links'><p>すでに登録済みの方</p>"
           "<a href='/login'>ログイン</a></div></div>")
    body = ("<div class='article-text'><p>市議会は木曜日、小学校の新校舎の建設を長い議論の末に決定した。工事は来年の春に始まり、"
            "およそ二年かかる見通しだと市の担当者は説明した。保護者らは何年も前から建て替えを求めていた。</p>"
            "<p>その判断は…</p></div>")
    html = f"<html><body><div id='main'><h1>新しい小学校</h1>{body}{box}</div></body></html>"
    text = _text(body_only, html)
    assert "市議会は木曜日" in text and "会員限定" not in text and "ログイン" not in text


def test_a_paragraph_whose_class_says_registered_is_kept(body_only):
    """``registered`` is no call to register (the token is matched whole)."""
    box = f"<div class='text registered'>{paras(1)}</div>"
    html = page(f"<div class='body'>{paras(3)}</div>{box}<div class='body'>{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert in_box == [] and outside == []


# -- the body's second half under an ad's name ------------------------------------------------------

def test_the_second_half_of_the_body_named_after_the_ad_above_it_is_kept(body_only):
    """An ad slot holds no paragraphs of its own: prose after the article's prose, under an ad name
    (``text-after-ad``), is the body's rest."""
    rest = f"<div class='text-after-ad'>{paras(2)}</div>"
    html = page(f"<div class='body'>{paras(5)}<div class='ad-slot'>Anzeige</div></div>{rest}")
    in_box, outside = _kept(body_only, html, rest)
    assert in_box == [] and outside == []


def test_a_box_of_sponsored_teasers_after_the_body_still_goes(body_only):
    box = (f"<div class='ad-container'><h3><a href='/partner/a'>Ein Angebot für Sie</a></h3>{paras(1)}"
           f"<h3><a href='/partner/b'>Noch ein Angebot</a></h3>{paras(1)}</div>")
    html = page(f"<div class='body'>{paras(4)}</div>{box}")
    in_box, outside = _kept(body_only, html, box)
    assert len(in_box) == 2 and outside == []


# -- the lead above the headline --------------------------------------------------------------------

LEAD = ("Der Gemeinderat hat entschieden: Die Grundschule im Ortsteil bekommt einen Neubau, der rund zwölf "
        "Millionen Euro kosten soll. Baubeginn ist im Frühjahr, fertig sein soll er in zwei Jahren.")


def _headed(above: str) -> str:
    return (f"<html><head><title>Neue Grundschule für den Ortsteil</title></head><body>"
            f"<div class='site-nav'><a href='/'>Start</a></div><div id='main'><div class='head'>{above}"
            f"<h1>Neue Grundschule für den Ortsteil</h1></div><div class='body'>{paras(6)}</div></div>"
            f"<div class='widget-area'>{LINKS}</div></body></html>")


def test_a_lead_above_the_headline_is_kept(body_only):
    text = _text(body_only, _headed(f"<p class='standfirst'>{LEAD}</p>"))
    assert LEAD in text and "Neue Grundschule für den Ortsteil" not in text


def test_a_line_of_links_above_the_headline_still_goes(body_only):
    above = "<p>" + " ".join(f"<a href='/r/{i}'>Rubrik {i} mit einem längeren Namen.</a>" for i in range(6)) + "</p>"
    text = _text(body_only, _headed(above))
    assert "Rubrik" not in text and "Teil" in text


def test_one_paragraph_in_a_styled_box_between_the_paragraphs_is_kept(body_only):
    box = f"<div class='text-widget'><p>Teil 990: {SENTENCES[4]} {SENTENCES[7]}</p></div>"
    html = page(f"<div class='body'>{paras(3)}{box}{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert in_box == [] and outside == []


def test_an_opinion_piece_split_by_an_ad_keeps_its_second_block(body_only):
    """German opinion pieces are "Kommentare": ``kommentar-text`` is the body's class, and its
    second block after an ad is a part of it, not a reader's comment."""
    rest = f"<div class='kommentar-text'>{paras(2)}</div>"
    html = page(f"<div class='kommentar-text'>{paras(6)}</div><div class='ad-slot'>Anzeige</div>{rest}")
    in_box, outside = _kept(body_only, html, rest)
    assert in_box == [] and outside == []


# -- the box holding the headline -------------------------------------------------------------------

def _titled(head: str) -> str:
    return (f"<html><head><title>Neue Grundschule für den Ortsteil | Stadtanzeiger</title></head><body>{head}"
            f"<div id='main'><div class='body'>{paras(6)}</div></div>"
            f"<div class='widget-area'>{LINKS}</div></body></html>")


@pytest.mark.parametrize("cls", ["article-masthead", "billboard", "story-topbar", "kommentar-header"])
def test_a_box_named_like_noise_holding_the_headline_and_lead_is_kept(pipeline, cls):
    head = f"<div class='{cls}'><h1>Neue Grundschule für den Ortsteil</h1><p class='intro'>{LEAD}</p></div>"
    text = _text(pipeline, _titled(head))
    assert "Neue Grundschule für den Ortsteil" in text and LEAD in text


def test_a_masthead_whose_h1_is_the_site_logo_still_goes(pipeline):
    head = ("<div class='masthead'><h1>Stadtanzeiger</h1><p>Ihre Zeitung für die Stadt und den Kreis, "
            "jeden Tag neu.</p></div>")
    text = _text(pipeline, _titled(head))
    assert "Ihre Zeitung" not in text and "Teil" in text


def test_a_notice_that_comments_are_closed_still_goes(body_only):
    html = page(f"<div class='body'>{paras(4)}<p class='no-comments'>Zu diesem Artikel nehmen wir keine Beiträge mehr an.</p></div>")
    text = _text(body_only, html)
    assert "keine Beiträge" not in text and "Teil" in text


def test_a_state_word_counts_only_whole():
    """``no-ads`` names a state, ``casino-ad`` (a word ending in "no") an ad."""
    from plugins.dom_ads import PATTERN
    assert not PATTERN.search("text no-ads") and PATTERN.search("casino-ad") and PATTERN.search("top-ad")


# -- related-box names on the article's own text ----------------------------------------------------

@pytest.mark.parametrize("cls", ["empfehlung", "weitere-hinweise", "topic-box"])
def test_a_box_of_prose_named_like_a_related_box_among_the_paragraphs_is_kept(body_only, cls):
    box = f"<div class='{cls}'>{paras(2)}</div>"
    html = page(f"<div class='body'>{paras(3)}{box}{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert in_box == [] and outside == []


def test_an_inline_teaser_among_the_paragraphs_still_goes(body_only):
    box = (f"<div class='inline-teaser'><h3><a href='/schule/plan'>Der Plan im Detail</a></h3>"
           f"<p>Teil 991: {SENTENCES[1]} {SENTENCES[5]}</p></div>")
    html = page(f"<div class='body'>{paras(3)}{box}{paras(3)}</div>")
    in_box, outside = _kept(body_only, html, box)
    assert len(in_box) == 1 and outside == []
