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

from ._dom import blocks, is_prose, labels, weighed

CONTROLS = ("noscript", "button", "select", "input", "textarea", "iframe", "object", "embed", "dialog",
            "canvas", "audio", "video")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
HIDDEN_CLASSES = frozenset({"hidden", "hide", "d-none", "is-hidden", "invisible", "u-hidden"})
OFFSCREEN_STYLE = re.compile(
    r"(?<![\w-])(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-\d{4,}(?:\.\d+)?(?:px|em|rem)?\b", re.IGNORECASE)


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


class _Prose:
    """Prose measured for the few off-screen or hidden-class elements only, and the page's
    total only when one of them holds much (the shared ``prose_counter`` is measured later,
    on the page without markup)."""

    def __init__(self, dom):
        self.dom, self._total = dom, None

    def too_much(self, el, share: float) -> bool:
        held = sum(b.weight for b in blocks(self.dom, el) if is_prose(b))
        if held <= 200:
            return False
        if self._total is None:
            self._total = sum(w for _, w, prose in weighed(self.dom) if prose)
        return held >= share * self._total


@hookimpl
def find_dom_edits(dom, options):
    out = []
    prose = _Prose(dom)
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
            if prose.too_much(el, options["offscreen_max_prose_share"]):
                continue
            why, rule = f"moved off the screen ({m.group(0)})", "dom_markup.offscreen"
        else:
            continue
        out.append(Remove(el, kind="markup", reason=f"invisible element: {why}", rule=rule))
    if options["hidden_classes"]:
        out += _hidden_classes(dom, options["hidden_class_max_prose_share"], {id(r.element) for r in out}, prose)
    return out


def _hidden_classes(dom, max_share, done, prose):
    """Elements with a ``display:none`` utility class, outermost first."""
    out, covered = [], -1
    # the class/id index the boilerplate plugins use anyway; a substring pre-filter (every name in
    # HIDDEN_CLASSES contains one of these), then the exact class names
    for el, label in labels(dom):
        if "hid" not in label and "none" not in label and "invisible" not in label:
            continue
        hit = HIDDEN_CLASSES.intersection((el.get("class") or "").lower().split())
        if not hit or id(el) in done or not dom.text_length(el):
            continue
        span = dom.span(el)
        if span is None or span[0] < covered:
            continue
        if prose.too_much(el, max_share):
            continue
        covered = span[1]
        out.append(Remove(el, kind="markup", reason=f"invisible element: class '{min(hit)}' (display:none)",
                          rule="dom_markup.hidden_class"))
    return out
