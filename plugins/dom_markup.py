"""Markup that is not page text: hidden elements, no-script fallbacks, form controls, embeds.

Scripts, styles and ``<head>`` are never rendered into the page text; this
plugin removes what is rendered but not shown or not prose: elements hidden by
the ``hidden`` attribute, ``aria-hidden="true"`` or an inline ``display:none`` /
``visibility:hidden`` style, ``<noscript>``, buttons, selects, inputs,
``<iframe>``/``<object>`` fallbacks and ``<dialog>``.
"""
import re

from normalizer import hookimpl
from normalizer.dom import Remove

CONTROLS = ("noscript", "button", "select", "input", "textarea", "iframe", "object", "embed", "dialog",
            "canvas", "audio", "video")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@hookimpl
def plugin_info():
    return {"phase": "markup", "kinds": ["markup"],
            "description": "hidden elements, noscript, form controls and embeds (HTML)"}


@hookimpl
def find_dom_edits(dom):
    out = []
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
        else:
            continue
        out.append(Remove(el, kind="markup", reason=f"invisible element: {why}", rule=rule))
    return out
