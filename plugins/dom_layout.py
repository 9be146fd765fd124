"""Page furniture by tag and ARIA role: navigation, site header and footer, sidebars, menus, forms.

``<nav>``, ``<aside>``, ``<footer>``, ``<menu>``, ``<form>`` and the roles
navigation/banner/contentinfo/complementary/search/menu go, and so do elements
whose class/id names the layout (``sidebar``, ``breadcrumb``, ``masthead`` ...).
A ``<header>`` goes unless it holds the page's ``<h1>`` (the article's own
header: headline, standfirst). Elements that hold much of the page's prose
are kept whatever their names say (a form that wraps the whole page), and so is the element a
theme marks as the page's one post and the elements around it (Blogger's ``widget Blog``).
"""
import re

from lxml import etree

from normalizer import hookimpl
from normalizer.dom import Remove

from ._dom import STATES, main_post, prose_counter, remove_labelled, vocabulary

TAGS = {"nav": "navigation", "aside": "sidebar", "footer": "footer", "menu": "navigation", "form": "form",
        "header": "header"}
ROLES = {"navigation": "navigation", "banner": "header", "contentinfo": "footer", "complementary": "sidebar",
         "search": "form", "menu": "navigation", "menubar": "navigation", "dialog": "markup",
         "alertdialog": "markup"}
LAYOUT = vocabulary(
    "nav", "navbar", "navigation", "main-?nav\\w*", "menu", "menus", "sub-?menu", "mega-?menu", "breadcrumbs?",
    "sidebar\\w*", "side-?bar", "site-?header", "masthead", "site-?footer", "page-?footer", "footer",
    "skip-?links?", "skip-?to-?content", "pagination", "pager", "topbar", "top-?bar", "toolbar",
    "off-?canvas", "widget-?area", "widgets?", "rail", "right-?rail", "left-?rail", "right-?col(?:umn)?",
    # a post's own footer written as one word ("entryfooter": feed, trackback and comment-state links),
    # a news agency's badge of its editorial principles under every story
    "(?:entry|post|article)footer", "trust-?badges?",
    # the "Pages: 1 2 3" links of a post split over pages; boxes shown only on paper ("printbox": the
    # page's address, the print logo)
    "page-?links", "print-?(?:only|box|header|footer|url|info|logo)",
    states=STATES,
)
# a footer under a post holds its author's bio, notes and tags, never its text: no guard of parts
FOOTERS = re.compile(r"[\w-]*footer")


@hookimpl
def plugin_info():
    return {"phase": "boilerplate", "kinds": ["navigation", "header", "footer", "sidebar", "form"],
            "description": "navigation, site header/footer, sidebars, menus, forms by tag, role, class/id (HTML)"}


@hookimpl
def default_options():
    return {"max_prose_share": 0.4}


@hookimpl
def find_dom_edits(dom, options):
    prose = prose_counter(dom)
    total = prose()
    share = options["max_prose_share"]
    out = []
    h1 = set(dom.body.iter("h1"))
    post = main_post(dom)
    for el in dom.body.iter(*TAGS):
        if not dom.text_length(el) or el in post:
            continue
        if el.tag == "header" and any(h in h1 for h in el.iter("h1")):
            continue
        held = prose(el)
        if held > 200 and held >= share * total:
            continue
        kind = TAGS[el.tag]
        out.append(Remove(el, kind=kind, reason=f"<{el.tag}> element ({kind})", rule=f"dom_layout.tag_{el.tag}"))
    for el in dom.body.iterdescendants(etree.Element):  # (as ".//*[@role]", faster)
        role = el.get("role")
        kind = ROLES.get(role.strip().lower()) if role is not None else None
        if kind is None or not dom.text_length(el) or el in post:
            continue
        held = prose(el)
        if held > 200 and held >= share * total:
            continue
        out.append(Remove(el, kind=kind, reason=f'role="{el.get("role")}" ({kind})', rule="dom_layout.role"))
    out += remove_labelled(dom, LAYOUT, kind="navigation", reason="layout element by name",
                           rule="dom_layout.class", max_prose_share=share, parts="between", boxes=FOOTERS)
    return out
