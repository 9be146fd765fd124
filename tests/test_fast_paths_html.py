"""The DOM helpers' fast paths give what the plain code they replace gives (kept here as the reference).

``vocabulary`` with state prefixes looks the tokens ahead first, and groups the tokens by first
letter: checked against the plain pattern on random labels and random tokens. ``matches`` (one search per distinct label, cached per page and pattern) against
searching every label; ``labels`` (camelCase split only on labels with capitals) against ``label_of``;
the page's ``blocks``, ``weighed`` and prose by chunk, cached per state of the page, against
building them afresh, on random pages and after random removals.
"""
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer.dom import Dom, Remove
from normalizer.textutils import alternation
from plugins import _dom, dom_ads, dom_comments, dom_related
from plugins._dom import (STATES, _STATE_AFTER, blocks, by_first_letter, is_prose, labels, matches, vocabulary,
                          weighed, weight)

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def plain_vocabulary(*tokens, states=(), state_suffixes=True):
    """``vocabulary`` as it was: the state look-behinds before the tokens."""
    if states:
        before = "".join(f"(?:(?<!{w}-)|(?<=[a-z0-9]{w}-))" for w in states)
        after = _STATE_AFTER if state_suffixes else ""
        return re.compile(rf"(?<![a-z0-9]){before}(?:{alternation(tokens)}){after}(?![a-z0-9])")
    return re.compile(rf"(?<![a-z0-9])(?:{alternation(tokens)})(?![a-z0-9])")


INVENTED = ("box", "bar\\w*", "side-?box", "zz\\d*", "q")
PIECES = ["no", "has", "with", "without", "ohne", "sans", "piano", "ad", "ads", "adv", "box", "bar", "barx",
          "side", "sidebox", "zz", "zz9", "q", "free", "disabled", "off", "comments", "comment", "x", "9"]
LABELS = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["-", "_", " ", "", "--", "-"])),
                  max_size=7).map(lambda parts: "".join(a + b for a, b in parts))


@FAST
@given(LABELS)
def test_state_vocabularies_match_what_the_plain_pattern_matches(label):
    for tokens, states, suffixes in ((INVENTED, STATES, True), (INVENTED, ("has", "with"), False),
                                     (dom_ads.TOKENS, STATES, True), (dom_comments.TOKENS, ("has", "with"), False),
                                     (dom_related.TOKENS, (), True), (INVENTED, (), True)):
        fast = vocabulary(*tokens, states=states, state_suffixes=suffixes)
        plain = plain_vocabulary(*tokens, states=states, state_suffixes=suffixes)
        a, b = fast.search(label), plain.search(label)
        assert (a and a.span()) == (b and b.span()), (tokens, label)
        assert [m.span() for m in fast.finditer(label)] == [m.span() for m in plain.finditer(label)]


TOKEN_PARTS = ["a", "ab", "a\\d*", "ad", "ads?", "b-?c", "ab\\w*", "b", "ba", "q(?:x|y)", "z[|]", "c\\w+"]


@FAST
@given(st.lists(st.sampled_from(TOKEN_PARTS), min_size=1, max_size=6),
       st.lists(st.sampled_from(["a", "ab", "ad", "ads", "b", "bc", "b-c", "ba", "qx", "qy", "z|", "a1", "c", "cc",
                                 "-", " ", "x"]), max_size=8))
def test_tokens_grouped_by_first_letter_match_what_the_plain_alternation_matches(tokens, parts):
    label = "".join(parts)
    fast, plain = vocabulary(*tokens), plain_vocabulary(*tokens)
    assert [m.span() for m in fast.finditer(label)] == [m.span() for m in plain.finditer(label)], (tokens, label)


def test_tokens_that_may_not_start_with_their_letter_are_not_grouped():
    for odd in ("a?b", "\\w+x", "x|y", "(?:a|b)c", "a*", "a{2}"):
        assert by_first_letter(["ab", "ac", odd]) == alternation(["ab", "ac", odd])
    assert by_first_letter(["ab", "ac", "b"]) == "a(?:b|c)|b(?:)"


def test_a_state_vocabulary_still_tells_states_from_names():
    ads = vocabulary("ads?", states=STATES)
    assert ads.search("top-ad wrapper") and ads.search("piano-ad") and ads.search("no-ads ad-slot-x ad")
    assert not ads.search("no-ads") and not ads.search("ad-free") and not ads.search("has-ads")


CLASSES = ["box", "side-box", "sideBox", "no-box", "zzTop", "text", "Q", "bar_item", "bar--x", "main",
           "story body", "ÄrgerBox", "", None, None]
TEXTS = ["", "Short one.", "A sentence that runs on for quite a while, and it ends with a full stop as prose does.",
         "Eine lange Zeile ohne Punkt, die einfach weiterläuft und weiterläuft und weiterläuft ohne Ende da",
         "这是一个很长的中文句子，它有很多字，用来测试宽字符的重量。这是一个很长的中文句子。", "Link text"]


@st.composite
def pages(draw):
    """A random page of nested divs and paragraphs with class names, ids and texts."""
    def node(depth):
        tag = draw(st.sampled_from(["div", "p", "section", "span", "h2", "li"] if depth < 3 else ["p", "span"]))
        cls = draw(st.sampled_from(CLASSES))
        ident = draw(st.sampled_from(["", "", "sideBar", "comments-list-area-box"]))
        attrs = (f' class="{cls}"' if cls is not None else "") + (f' id="{ident}"' if ident else "")
        text = draw(st.sampled_from(TEXTS))
        if draw(st.booleans()) and text:
            text = f'<a href="/x">{text}</a>'
        kids = "".join(node(depth + 1) for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))))
        note = draw(st.sampled_from(["", "", "<!-- a note -->"]))
        return f"<{tag}{attrs}>{note}{text}{kids}</{tag}>"
    return "<html><body>" + "".join(node(0) for _ in range(draw(st.integers(1, 4)))) + "</body></html>"


def plain_labels(dom):
    """``labels`` as it was: the elements found by XPath, camelCase split on every label."""
    out = []
    for el in dom.body.xpath(".//*[@class or @id]"):
        if not dom.text_length(el):
            continue
        ident = el.get("id") or ""
        if ident and el.tag in _dom.TEXT_TAGS and ident.count("-") + ident.count("_") >= 3 \
                and _dom._slug_of_text(ident, dom.text(el)):
            ident = ""
        label = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", (el.get("class") or "") + " " + ident).lower()
        if "_" in label or "--" in label:
            label = _dom._JOINER.sub("-", label)
        out.append((el, label))
    return out


PATTERNS = [vocabulary(*INVENTED), vocabulary(*INVENTED, states=STATES), dom_ads.PATTERN]


@FAST
@given(pages())
def test_matches_are_the_labels_the_pattern_finds(html):
    dom = Dom.from_html(html)
    assert labels(dom) == plain_labels(dom)
    for pattern in PATTERNS:
        plain = [(el, label, pattern.search(label)) for el, label in labels(dom)]
        plain = [(el, label, m.group(0)) for el, label, m in plain if m]
        assert matches(dom, pattern) == plain
        assert matches(dom, pattern) is matches(dom, pattern)  # (cached)
    for el, label in labels(dom):
        if el.get("id") != "comments-list-area-box":  # (an id may be dropped as a slug of the text)
            assert label == _dom.label_of(el)


def fresh(dom):
    """The page's blocks, weights and prose by chunk, built afresh the plain way."""
    bl = _dom._blocks(dom, None)
    chars = [0] * len(dom.rendering.starts)
    for b in bl:
        if is_prose(b):
            scale = b.weight / len(b.text)
            for k in range(b.first, b.stop):
                chars[k] = round(dom.rendering.lengths[k] * scale)
    return bl, [(b, b.weight, is_prose(b)) for b in bl], chars


@FAST
@given(pages(), st.lists(st.integers(0, 50), max_size=3))
def test_the_cached_blocks_and_prose_follow_the_page_as_it_is_cut(html, cuts):
    dom = Dom.from_html(html)
    for cut in [None, *cuts]:
        if cut is not None:
            alive = [el for el in dom.body.iter() if dom.text_length(el) and el is not dom.body]
            if not alive:
                break
            dom.apply([Remove(alive[cut % len(alive)])], "test")
        bl, weights, chars = fresh(dom)
        assert blocks(dom) == bl and weighed(dom) == weights and _dom._prose_chars(dom) == chars
        assert blocks(dom) is blocks(dom)  # (cached until the page changes)
        assert all(w == weight(b.text) for b, w, _ in weighed(dom))


def plain_weight(text):
    return len(text) + (_dom.WIDE - 1) * len(_dom._WIDE.findall(text)) + len(_dom._HANGUL.findall(text))


@FAST
@given(st.text(alphabet=st.sampled_from("ab .äßé€\u303f\u3040\u30ff\u4e00\u9fff\uac00\ud7af\uffff\U0001f600"),
               max_size=30))
def test_the_weight_of_a_text_without_wide_characters_is_its_length(text):
    assert weight(text) == plain_weight(text)


@FAST
@given(st.text(alphabet="aZb9B -_Ä", max_size=20))
def test_camel_case_is_split_as_the_pair_replacement_split_it(raw):
    assert _dom._CAMEL.sub("-", raw) == re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", raw)


@FAST
@given(st.lists(st.tuples(st.sampled_from(["div", "p", "nav", "span"]),
                          st.sampled_from(["", ' role="navigation"', ' role=""', ' itemprop="articleBody"',
                                           ' itemprop="x"', ' class="a"', ' id="b"', ' ROLE="menu"']),
                          st.sampled_from(["", "<!-- c -->", "<?pi x?>", "text"]), st.integers(0, 2)), max_size=10))
def test_a_walk_of_the_elements_finds_what_the_xpath_finds(nodes):
    html, open_tags = "<html><body>", []
    for tag, attr, inner, close in nodes:
        html += f"<{tag}{attr}>{inner}"
        open_tags.append(tag)
        for _ in range(min(close, len(open_tags))):
            html += f"</{open_tags.pop()}>"
    dom = Dom.from_html(html + "</body></html>")
    from lxml import etree

    walk = list(dom.body.iterdescendants(etree.Element))
    for attr in ("role", "itemprop"):
        assert [el for el in walk if el.get(attr) is not None] == dom.body.xpath(f".//*[@{attr}]")
    assert [el for el in walk if el.get("class") is not None or el.get("id") is not None] \
        == dom.body.xpath(".//*[@class or @id]")
