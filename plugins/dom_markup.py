"""Markup that is not page text: hidden elements, no-script fallbacks, form controls, embeds.

Scripts, styles and ``<head>`` are never rendered into the page text; this
plugin removes what is rendered but not shown or not prose: elements hidden by
the ``hidden`` attribute, ``aria-hidden="true"`` or an inline ``display:none`` /
``visibility:hidden`` style, ``<noscript>``, buttons, selects, inputs,
``<iframe>``/``<object>`` fallbacks and ``<dialog>``.

An element moved off the screen by its inline style (``left:-9999px``,
``text-indent:-10000px``: a thousand pixels or more to the left or top) is not
shown either; that is how injected link spam and screen-reader-only labels are
hidden. An off-screen element holding much of the page's prose is kept (a
slide a script moves into view).

So is an element carrying a utility class that CSS frameworks define as
``display:none`` (``hidden``, ``hide``, ``d-none``, ``is-hidden``,
``invisible``), matched as a whole class name: ``hidden-xs`` or
``hide-for-small-only`` hide on some screens only and are not matched. Such an
element holding much of the page's prose is kept (a body a script reveals).
"""
import re

from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import prose_counter

CONTROLS = ("noscript", "button", "select", "input", "textarea", "iframe", "object", "embed", "dialog",
            "canvas", "audio", "video")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
HIDDEN_CLASSES = frozenset({"hidden", "hide", "d-none", "is-hidden", "invisible", "u-hidden"})
OFFSCREEN_STYLE = re.compile(r"(?<![\w-])(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-\d{4,}(?:\.\d+)?(?:px|em|rem)?\b",
                             re.IGNORECASE)


@hookimpl
def plugin_info():
    return {"phase": "markup", "kinds": ["markup"],
            "description": "hidden elements, noscript, form controls and embeds (HTML)"}


@hookimpl
def default_options():
    # off-screen elements and elements with a display:none utility class (hidden_classes):
    # removed unless they hold this share of the page's prose
    return {"offscreen": True, "offscreen_max_prose_share": 0.4, "hidden_classes": True,
            "hidden_class_max_prose_share": 0.25}


@hookimpl
def find_dom_edits(dom, options):
    out = []
    prose = None
    for el in dom.body.iter(*CONTROLS):
        if dom.text_length(el):
            out.append(Remove(el, kind="markup", reason=f"<{el.tag}> is not article text",
                              rule=f"dom_markup.{el.tag}"))
    for el in dom.body.xpath(".//*[@hidden or @aria-hidden or @style]"):
        if el.tag in ("html", "body") or not dom.text_length(el):
            continue
        if el.get("hidden") is not None:
            why, rule = "hidden attribute", "dom_markup.hidden"
        elif (el.get("aria-hidden") or "").lower() == "true":
            why, rule = 'aria-hidden="true"', "dom_markup.aria_hidden"
        elif HIDDEN_STYLE.search(el.get("style") or ""):
            why, rule = "hidden by inline style", "dom_markup.style_hidden"
        elif options["offscreen"] and (m := OFFSCREEN_STYLE.search(el.get("style") or "")):
            if prose is None:
                prose = prose_counter(dom)
            held = prose(el)
            if held > 200 and held >= options["offscreen_max_prose_share"] * prose():
                continue
            why, rule = f"moved off the screen ({m.group(0)})", "dom_markup.offscreen"
        else:
            continue
        out.append(Remove(el, kind="markup", reason=f"invisible element: {why}", rule=rule))
    if options["hidden_classes"]:
        out += _hidden_classes(dom, options["hidden_class_max_prose_share"], {id(r.element) for r in out})
    return out


def _hidden_classes(dom, max_share, done):
    """Elements with a ``display:none`` utility class, outermost first."""
    prose = prose_counter(dom)
    total = prose()
    out, covered = [], -1
    for el in dom.body.xpath(".//*[@class]"):
        hit = HIDDEN_CLASSES.intersection((el.get("class") or "").lower().split())
        if not hit or id(el) in done or not dom.text_length(el):
            continue
        span = dom.span(el)
        if span is None or span[0] < covered:
            continue
        held = prose(el)
        if held > 200 and held >= max_share * total:
            continue
        covered = span[1]
        out.append(Remove(el, kind="markup", reason=f"invisible element: class '{min(hit)}' (display:none)",
                          rule="dom_markup.hidden_class"))
    return out
