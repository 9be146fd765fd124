"""The article container on news and blog templates: a body split into parts by ads and widgets,
the lead beside the body, paragraphs whose class sounds like a box, and scripts written without
spaces. Invented pages in the shapes such sites use; each rule with a lookalike that keeps its
behaviour."""
import pytest

from normalizer.config import load_config
from normalizer.inputs import html_document
from normalizer.pipeline import Pipeline
from plugins._dom import weight

URL = "https://www.example-zeitung.de/lokales/neue-grundschule-kommt-123"
P = [
    "Der Gemeinderat hat am Donnerstag den Neubau der Grundschule beschlossen. Die Arbeiten sollen im "
    "Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung am Abend mit.",
    "Die Eltern hatten seit Jahren auf den Neubau gedrängt, weil das alte Gebäude zu klein geworden ist "
    "und im Winter kaum warm wird. Nun soll alles schneller gehen als geplant.",
    "Die Bürgermeisterin sprach von einem guten Tag für die Gemeinde. Die Kosten von rund zwölf Millionen "
    "Euro trägt zu einem großen Teil das Land, den Rest zahlt der Ort selbst.",
    "Kritik kam von der Opposition im Rat. Sie hält den Zeitplan für zu knapp und fürchtet, dass die Kosten "
    "noch steigen werden, wenn die Baupreise weiter so stark anziehen wie bisher.",
    "Die Schülerinnen und Schüler sollen während der Bauzeit in Containern auf dem Sportplatz unterrichtet "
    "werden. Der Sportunterricht findet dann in der Halle des Nachbarorts statt.",
    "Ein Architektenwettbewerb ist bereits abgeschlossen. Der Siegerentwurf sieht ein zweistöckiges Gebäude "
    "aus Holz vor, mit einer großen Mensa und einem Garten für den Unterricht im Freien.",
    "Wann genau die Bagger anrollen, steht noch nicht fest. Die Ausschreibungen laufen, die Verwaltung "
    "rechnet mit den ersten Angeboten im Januar, wie ein Sprecher am Freitag sagte.",
]
LEAD = ("Nach jahrelangem Streit ist die Entscheidung im Rat gefallen: Die Gemeinde bekommt eine neue "
        "Grundschule aus Holz, und die Kinder müssen nur noch zwei Winter im alten, zugigen Bau frieren.")
H1 = "<h1>Neue Grundschule kommt</h1>"
NAV = "<nav><ul>" + "".join(f"<li><a href='/ressort{i}'>Ressort {i}</a></li>" for i in range(8)) + "</ul></nav>"
SIDE = ("<aside><h3>Meistgelesen</h3><ul>"
        + "".join(f"<li><a href='/artikel{i}'>Ein anderer Artikel mit der Nummer {i}</a></li>" for i in range(6))
        + "</ul></aside>")
AD = "<div class='ad-slot'><span>Anzeige</span></div>"


@pytest.fixture(scope="module")
def body_only():
    return Pipeline(load_config(overrides={"normalizer": {"body_only": True}}))


def _ps(idx, attrs=""):
    return "".join(f"<p{attrs}>{P[i]}</p>" for i in idx)


def _page(main, head="<title>Neue Grundschule kommt</title>"):
    return (f"<html><head>{head}</head><body>{NAV}<div id='page'><main>{main}</main>{SIDE}</div>"
            "<footer><a href='/impressum'>Impressum</a> <a href='/datenschutz'>Datenschutz</a></footer></body></html>")


def _text(pipeline, html):
    return pipeline.run(html_document(html.encode(), source="page.html", url=URL)).text


def _has(text, *paragraphs):
    return all(p[:50] in text for p in paragraphs)


# -- the lead between the headline and the body ------------------------------------------------------

@pytest.mark.parametrize("main", [
    f"<article><header>{H1}<p class='lead'>{LEAD}</p></header><div class='article-body'>{_ps(range(7))}</div></article>",
    f"<article>{H1}<div class='article-intro'><p>{LEAD}</p></div><div class='article-text'>{_ps(range(7))}</div></article>",
    f"<div class='head'>{H1}<div class='standfirst'>{LEAD}</div></div><div class='content'>{_ps(range(7))}</div>",
    f"<article>{H1}<div class='summary'>{LEAD}</div><div class='c'><div class='article-body'><div class='inner'>"
    f"{_ps(range(7))}</div></div></div></article>",
])
def test_the_lead_beside_the_body_is_kept(pipeline, main):
    text = _text(pipeline, _page(main))
    assert _has(text, LEAD, *P) and "Meistgelesen" not in text and "Ressort" not in text


def test_a_long_lead_does_not_count_as_text_between_headline_and_body(pipeline):
    """A lead of three sentences and a reading-time line: the lead is no gap between headline and body."""
    lead = LEAD + (" Der Rat stimmte mit großer Mehrheit zu, nur zwei Mitglieder waren dagegen. Was die Entscheidung "
                   "für die Familien bedeutet, wie lange die Kinder noch im alten Bau lernen und was es kostet.")
    info = ("<div class='x-info'><span>Lesezeit drei Minuten</span> <span>Mit Hörfunktion und Merkliste für später"
            "</span> <span>Archiv der Gemeinde Musterstadt und des Vereins für Heimatgeschichte</span></div>")
    main = (f"<article><header>{H1}<div class='lead'><p>{lead}</p></div>{info}</header><div class='c'>"
            f"<div class='article-body'>{_ps(range(7))}</div></div></article>")
    text = _text(pipeline, _page(main))
    assert _has(text, lead, *P) and "Lesezeit" not in text


def test_a_dateline_or_a_one_line_dek_between_headline_and_body_is_no_lead(body_only):
    dek = "Warum der Rat sich am Ende für Holz entschieden hat."
    dateline = "Donnerstag, 12. März 2026, 18:45 Uhr: Aktualisiert von der Lokalredaktion Musterstadt und Umgebung"
    main = (f"<article><header>{H1}<p class='dek'>{dek}</p><div class='meta'>{dateline}</div></header>"
            f"<div class='article-body'>{_ps(range(7))}</div></article>")
    text = _text(body_only, _page(main))
    assert _has(text, *P) and dek not in text and "18:45" not in text


def test_prose_before_the_headline_is_no_lead(body_only):
    other = ("Unsere Zeitung erscheint seit über hundert Jahren in der Region und berichtet jeden Tag über das, "
             "was die Menschen hier bewegt, von der Politik bis zum Sport.")
    main = f"<div class='about'><p>{other}</p></div><article>{H1}<div class='article-text'>{_ps(range(7))}</div></article>"
    text = _text(body_only, _page(main))
    assert _has(text, *P) and other[:40] not in text


def test_a_long_caption_between_headline_and_body_is_no_lead(body_only):
    """A block that does not end a sentence (a caption with its credit) is no lead, however long."""
    caption = ("Blick auf die alte Schule im Ortskern: Das Gebäude aus dem Jahr 1911 ist längst zu klein geworden "
               "und soll nach den Plänen des Rates im kommenden Jahr einem Neubau aus Holz und Glas weichen")
    main = (f"<article>{H1}<div class='bild'><img src='/schule.jpg'><div class='unterzeile'>{caption}</div></div>"
            f"<div class='article-body'>{_ps(range(7))}</div></article>")
    text = _text(body_only, _page(main))
    assert _has(text, *P) and "Blick auf" not in text


# -- a body cut into parts by ads and widgets -----------------------------------------------------------

@pytest.mark.parametrize("main", [
    f"<article>{H1}<div class='text-block first'>{_ps(range(6))}</div>{AD}"
    f"<div class='embed'><iframe src='https://video.example.org/x'></iframe></div><div class='text-block'>{_ps([6])}</div></article>",
    f"<article>{H1}<section class='paragraphs'>{_ps(range(6))}</section>{AD}"
    f"<section class='paragraphs-more'><h2>Wie geht es weiter?</h2>{_ps([6])}</section></article>",
])
def test_the_rest_of_a_body_cut_by_ads_is_kept(pipeline, main):
    text = _text(pipeline, _page(main))
    assert _has(text, *P) and "Anzeige" not in text and "Meistgelesen" not in text


def test_a_teaser_box_after_the_body_is_no_part_of_it(body_only):
    teasers = "".join(f"<p><a href='/artikel{i}'>Ein anderer Artikel über den Ort, der die Leser heute bewegt, "
                      f"Folge {i}.</a> Mehr dazu lesen Sie hier.</p>" for i in range(3))
    outro = ("<div class='more'><h2>Mehr aus dem Ort</h2>" + teasers + "</div>")
    main = f"<article>{H1}<div class='text-block first'>{_ps(range(7))}</div>{AD}{outro}</article>"
    text = _text(body_only, _page(main))
    assert _has(text, *P) and "Mehr aus dem Ort" not in text and "Folge 1" not in text


def test_a_note_above_the_body_is_no_part_of_it(body_only):
    note = ("Dieser Beitrag enthält Verweise auf Angebote von Händlern. Kaufen Sie dort ein, erhalten wir "
            "eine kleine Provision, die am Preis für Sie nichts ändert.")
    main = f"<article><div class='note'>{note}</div><div class='text'>{_ps(range(7))}</div></article>"
    text = _text(body_only, _page(main))
    assert _has(text, *P) and note[:40] not in text


def test_body_parts_deep_in_the_layout_grid_are_kept(pipeline):
    """The same body class on every part, each five wrappers down in the page's grid (one grid row per
    part, the ads in rows between them)."""
    def part(idx):
        return (f"<div class='chunk'><div class='grid grid-items-2'><div class='grid-item grid-layout-content'>"
                f"<div class='body-wrapper article-body'><div class='body-inner'>{_ps(idx)}</div></div></div>"
                f"<div class='grid-item'></div></div></div>")
    main = f"<article>{H1}{part(range(4))}{AD}{part(range(4, 6))}{AD}{part([6])}</article>"
    text = _text(pipeline, _page(main))
    assert _has(text, *P) and "Anzeige" not in text


# -- class names that sound like boxes on the article's paragraphs ------------------------------------

def test_paragraphs_marked_for_the_paywall_are_article_text(pipeline):
    locked = " class='paywall'"
    main = (f"<article>{H1}<div class='body'><p>{P[0]}</p>{_ps(range(1, 4), locked)}</div>{AD}"
            f"<div class='body'>{_ps(range(4, 7), locked)}</div></article>")
    text = _text(pipeline, _page(main))
    assert _has(text, *P)


def test_a_newsletter_paragraph_in_the_body_still_goes(pipeline):
    box = ("Melden Sie sich jetzt für unseren kostenlosen Newsletter an und erhalten Sie jeden Morgen die "
           "wichtigsten Nachrichten aus der Region direkt in Ihr Postfach.")
    main = (f"<article>{H1}<div class='body'>{_ps(range(4))}<p class='newsletter-teaser'>{box}</p>"
            f"{_ps(range(4, 7))}</div></article>")
    text = _text(pipeline, _page(main))
    assert _has(text, *P) and "Newsletter" not in text


def test_a_repeated_teaser_class_in_cards_still_goes(body_only):
    """A class on many paragraphs of prose across the page, but one per card: teasers, not a style."""
    cards = "".join(f"<div class='card'><h3><a href='/artikel{i}'>Anderes Thema {i}</a></h3>"
                    f"<p class='newsletter-text'>Jede Woche die besten Geschichten aus dem Ort, ausgewählt von "
                    f"der Redaktion und direkt in Ihr Postfach geschickt, Ausgabe {i}.</p></div>" for i in range(5))
    main = f"<article>{H1}<div class='article-text'>{_ps(range(7))}</div></article><div class='cards'>{cards}</div>"
    text = _text(body_only, _page(main))
    assert _has(text, *P) and "Ausgabe 2" not in text


# -- scripts written without spaces -------------------------------------------------------------------

ZH = [
    "市议会星期四决定在老城区新建一所小学，工程将于明年春天开始，预计需要两年时间。",
    "家长们多年来一直要求新建校舍，因为旧楼太小，冬天也很冷。",
    "市长表示这是全市的好日子，建设费用大部分由省里承担，其余由本市支付。",
    "反对派议员批评说时间表太紧，担心建筑价格继续上涨会使费用增加。",
    "施工期间学生将在操场上的临时教室里上课，体育课改在邻近镇的体育馆进行。",
    "建筑设计竞赛已经结束，获奖方案是一座两层的木结构建筑，设有食堂和花园。",
]


def test_cjk_weight_counts_characters_as_words():
    assert weight("Neue Schule") == len("Neue Schule")
    assert weight("新建小学") == 12
    assert weight("학교 건설") == 9  # four Hangul syllables count twice, the space once


def test_a_chinese_article_inside_a_wrapper_named_nav_is_kept(pipeline):
    """Chinese paragraphs of 30-40 characters say what 100 Latin ones do: they are prose, so the page's
    wrapper whose class holds "nav" is guarded by the prose it holds, and the body is the container
    (the box of popular links beside it goes)."""
    menu = "<ul class='menu'>" + "".join(f"<li><a href='/c{i}'>栏目{i}</a></li>" for i in range(8)) + "</ul>"
    body = "".join(f"<p>{p}</p>" for p in ZH)
    popular = "".join(f"<li><a href='/h{i}'>另一篇文章的标题第{i}号</a></li>" for i in range(6))
    footer = "<div class='foot'>" + "".join(f"<a href='/f{i}'>服务条款和隐私政策第{i}项</a> " for i in range(12)) + "</div>"
    html = (f"<html><head><title>新建小学</title></head><body><div id='wrap' class='site-int-nav'>{menu}"
            f"<div class='story'><h1>市议会决定新建小学</h1><div class='text'>{body}</div></div>"
            f"<div class='box'><h3>热门文章</h3><ul>{popular}</ul></div></div>{footer}</body></html>")
    text = _text(pipeline, html)
    assert all(p[:12] in text for p in ZH) and "栏目" not in text and "热门文章" not in text


def test_a_short_cjk_line_is_still_no_prose(pipeline):
    """A Chinese menu of short links in a container named nav still goes when the article is elsewhere."""
    menu = "<div class='sub-nav'>" + "".join(f"<a href='/c{i}'>新闻栏目{i}</a> " for i in range(8)) + "</div>"
    body = "".join(f"<p>{p}</p>" for p in ZH)
    html = f"<html><body>{menu}<article><h1>市议会决定新建小学</h1>{body}</article></body></html>"
    text = _text(pipeline, html)
    assert all(p[:12] in text for p in ZH) and "新闻栏目" not in text


# -- a class name on the article's own container -----------------------------------------------------

def _thread(n=8):
    return ("<div id='comments'><h3>Kommentare</h3><ol>" + "".join(
        f"<li class='c'><p>Leser {i} schreibt: Ich finde die Entscheidung richtig, auch wenn die Kosten hoch "
        f"sind und der Zeitplan knapp erscheint, aber so war es schon immer bei uns im Ort.</p><p>Außerdem "
        f"warten die Kinder schon lange, und im alten Bau geht es wirklich nicht mehr, das weiß hier jeder.</p></li>"
        for i in range(n)) + "</ol></div>")


@pytest.mark.parametrize("cls", ["kommentar-text", "story-text has-ads", "text sponsor-free"])
def test_the_articles_container_is_no_box_whatever_its_class(pipeline, cls):
    """An opinion piece's body named for its genre, a body marked as holding ad slots: the element of
    the page's clear best run of prose is kept, though a long comment thread holds more prose."""
    main = f"<article>{H1}<div class='{cls}'><p>{LEAD}</p>{_ps(range(7))}</div></article>{_thread(12)}"
    text = _text(pipeline, _page(main))
    assert _has(text, LEAD, *P) and "Leser 3" not in text


def test_a_box_inside_the_articles_container_still_goes(pipeline):
    box = "<div class='ad-box'><p>Anzeige: Jetzt das neue Angebot sichern und beim Einkauf sparen.</p></div>"
    main = f"<article>{H1}<div class='kommentar-text'>{_ps(range(4))}{box}{_ps(range(4, 7))}</div></article>{_thread(12)}"
    text = _text(pipeline, _page(main))
    assert _has(text, *P) and "Angebot sichern" not in text and "Leser 3" not in text


def test_no_core_when_two_containers_are_close(pipeline):
    """Two runs of prose of about the same weight (an article and a thread's wrapper, two posts): none is
    the clear best, and class names count on both."""
    from normalizer.dom import Dom
    from plugins._dom import article_core
    two = f"<html><body><div class='a'>{_ps(range(4))}</div><div class='b'>{_ps(range(3, 7))}</div></body></html>"
    assert article_core(Dom.from_html(two)) == frozenset()
    one = f"<html><body><div class='a'>{_ps(range(7))}</div><div class='b'>{_ps([0])}</div></body></html>"
    dom = Dom.from_html(one)
    assert dom.body.find(".//div[@class='a']") in article_core(dom)


# -- what lies between and after the parts of a body --------------------------------------------------

SUB = "Wie geht es nun weiter mit dem Bau?"
FACTS = "<ul><li>Baubeginn im Frühjahr</li><li>Kosten zwölf Millionen Euro</li><li>Fertig in zwei Jahren</li></ul>"
QUOTE = "<blockquote><p>„Das ist ein guter Tag für unsere Kinder“, sagte die Rektorin.</p></blockquote>"


@pytest.mark.parametrize("between, wanted", [
    (f"<h2>{SUB}</h2>", [SUB]),
    (FACTS, ["Baubeginn im Frühjahr", "Fertig in zwei Jahren"]),
    (QUOTE, ["„Das ist ein guter Tag"]),
    (f"<div class='row'><h2>{SUB}</h2></div>", [SUB]),
])
def test_what_lies_between_the_parts_of_a_body_is_kept(pipeline, between, wanted):
    main = f"<article>{H1}<div class='text'>{_ps(range(4))}</div>{between}<div class='text'>{_ps(range(4, 7))}</div></article>"
    text = _text(pipeline, _page(main))
    assert _has(text, *P) and all(w in text for w in wanted) and "Meistgelesen" not in text


def test_teasers_between_the_parts_of_a_body_still_go(body_only):
    teasers = "<div class='more'>" + "".join(
        f"<h3><a href='/artikel{i}'>Anderes Thema {i}</a></h3><p>Was die Nachbarn im Kreis zum Bau der neuen Halle "
        f"sagen und wann dort der erste Spatenstich sein soll, Folge {i}.</p>" for i in range(3)) + "</div>"
    main = (f"<article>{H1}<div class='row'><div class='text'>{_ps(range(4))}</div></div><div class='row'>{teasers}</div>"
            f"<div class='row'><div class='text'>{_ps(range(4, 7))}</div></div></article>")
    text = _text(body_only, _page(main))
    assert _has(text, *P) and "Folge 1" not in text and "Anderes Thema" not in text


def test_a_subheading_and_a_list_after_the_body_are_kept(pipeline):
    main = f"<article>{H1}<div class='text'>{_ps(range(7))}</div>{AD}<h2>{SUB}</h2>{FACTS}</article>"
    text = _text(pipeline, _page(main))
    assert _has(text, *P) and SUB in text and "Fertig in zwei Jahren" in text


def test_a_related_heading_and_its_links_after_the_body_still_go(body_only):
    links = "<ul>" + "".join(f"<li><a href='/artikel{i}'>Anderes Thema aus dem Ort {i}</a></li>" for i in range(4)) + "</ul>"
    main = (f"<article>{H1}<div class='text'>{_ps(range(7))}</div><h2>Das könnte Sie auch interessieren</h2>{links}"
            f"<p>Mehr zum Thema:</p></article>")
    text = _text(body_only, _page(main))
    assert _has(text, *P) and "interessieren" not in text and "Anderes Thema" not in text and "Mehr zum" not in text


def test_a_date_or_a_button_label_between_the_lead_and_the_body_is_not_filled_in(body_only):
    main = (f"<article>{H1}<p class='intro'>{LEAD}</p><div class='x-stand'>12. März 2026</div>"
            f"<div class='x-hint'>Seite aktualisieren <a href='#'>Neu laden</a></div>"
            f"<div class='text'>{_ps(range(7))}</div></article>")
    text = _text(body_only, _page(main))
    assert _has(text, LEAD, *P) and "März 2026" not in text and "aktualisieren" not in text


# -- the lead above the body of a page without an <h1> ------------------------------------------------

@pytest.mark.parametrize("main", [
    f"<div class='post'><h2 class='entry-title'>Neue Grundschule kommt</h2><div class='intro'>{LEAD}</div>"
    f"<div class='text'>{_ps(range(7))}</div></div>",
    f"<div class='post'><div class='intro'><p>{LEAD}</p></div><div class='c'><div class='text'>{_ps(range(7))}</div></div></div>",
])
def test_the_lead_above_the_body_of_a_page_without_h1_is_kept(pipeline, main):
    text = _text(pipeline, _page(main))
    assert _has(text, LEAD, *P) and "Meistgelesen" not in text


def test_a_linked_or_labelled_box_above_the_body_is_no_lead(body_only):
    linked = (f"<div class='box'><p>Lesen Sie auch unseren großen Bericht über die Schulen im Kreis, die seit Jahren "
              f"auf eine Sanierung warten, und was die Eltern <a href='/schulen-im-kreis-bericht'>dazu in unserer großen "
              f"Umfrage vom vergangenen Herbst gesagt haben</a>.</p></div>")
    labelled = f"<div class='box'><span>Werbung</span><p>{LEAD.replace('Grundschule', 'Küche')}</p></div>"
    for box in (linked, labelled):
        main = f"<div class='post'>{box}<div class='c'><div class='text'>{_ps(range(7))}</div></div></div>"
        text = _text(body_only, _page(main))
        assert _has(text, *P) and "Lesen Sie auch" not in text and "Küche" not in text
