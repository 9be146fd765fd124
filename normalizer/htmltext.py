"""HTML to text in one walk of an lxml tree, keeping where every element's text is.

The page text is a sequence of *chunks* (runs of text from one text node, with
whitespace collapsed as browsers do) and the *separators* between them: ``""``
or ``" "`` inside a line, ``"\\n"`` after list items, table rows and ``<br>``,
``"\\n\\n"`` between other blocks (paragraphs, headings, divs ...). Nothing is
glued across a block boundary. Every element that holds text gets the range of
chunks it covers, so removing an element is removing a run of chunks.

Not rendered (browsers do not show them): ``<head>``, scripts, styles,
templates, SVG and MathML. Comments and processing instructions are dropped
by the parser.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

SKIP = frozenset({"head", "script", "style", "template", "svg", "math", "title", "meta", "link", "base"})
# Block elements and the separator strength around them: 2 = blank line, 1 = newline.
BLOCK = dict.fromkeys(
    ("address article aside blockquote body center details dialog dir div dl fieldset figcaption figure "
     "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html main menu nav ol p pre section table ul "
     "noscript iframe frameset frame legend").split(), 2)
BLOCK.update(dict.fromkeys("li dt dd tr option caption summary tbody thead tfoot".split(), 1))
CELLS = frozenset({"td", "th"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SPACE = " \t\n\r\f"
_WS = re.compile(r"[ \t\n\r\f]+")
_CONTAINER_TAG = re.compile(r"</?(?:div|span|section|article|font|center|b|i|em|strong|a)\b[^>]*>", re.IGNORECASE)
# Every tag but those that decide what is text (head, scripts, styles...) and line breaks.
_NESTING_TAG = re.compile(r"</?(?!(?:html|head|body|title|meta|link|base|script|style|template|br|p)\b)"
                          r"[a-zA-Z][^\s/>]*[^>]*>")
_ANY_TAG = re.compile(r"<[^>]*>")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
SEPARATORS = ("", " ", "\n", "\n\n")


@dataclass
class Rendering:
    """The page text and where each piece of it came from.

    ``starts[k]`` is where chunk ``k`` starts in ``text``; ``lengths[k]`` its length;
    ``seps[k]`` the separator after it (0 none, 1 space, 2 newline, 3 blank line);
    ``blocks[k]`` the innermost block element around it; ``links[k]`` whether it
    is link text; ``spans[element] = (first, stop)`` the chunks an element covers.
    """

    text: str
    starts: list = field(default_factory=list)
    lengths: list = field(default_factory=list)
    seps: list = field(default_factory=list)
    blocks: list = field(default_factory=list)
    links: list = field(default_factory=list)
    spans: dict = field(default_factory=dict)


def parse(text: str):
    """Parse HTML text into an lxml tree (the ``<html>`` element); never raises on bad markup."""
    # lxml refuses to set text holding characters XML does not allow (a DOM removal moves tails):
    # drop the C0 controls (vertical tab and form feed are spaces), noncharacters and lone surrogates
    text = _XML_DECL.sub("", text, count=1)
    if _NOT_XML.search(text):
        text = _NOT_XML.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text)
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                              recover=True, default_doctype=False, huge_tree=True)
    root = _parse(text, parser)
    for flatten in (_CONTAINER_TAG, _NESTING_TAG, _ANY_TAG):
        if root is None or not any("Excessive depth" in e.message for e in parser.error_log):
            break
        # libxml2 stops at depth 2048 and drops the rest: flatten the nesting and parse again
        # (containers first, then every tag that nests, then every tag)
        text = flatten.sub("\n", text)
        root = _parse(text, parser)
    if root is None or not isinstance(root.tag, str):
        root = etree.fromstring("<html><body></body></html>", etree.HTMLParser())
    return root


def _parse(text: str, parser):
    try:
        return etree.fromstring(text, parser) if text.strip() else None
    except (etree.XMLSyntaxError, ValueError):
        return None


def render(root) -> Rendering:
    """Render ``root`` to text in one walk, recording the chunk span of every element with text."""
    parts: list[str] = []
    starts, lengths, seps, blocks, links = [], [], [], [], []
    spans: dict = {}
    open_: list = []  # elements started since the last chunk (their first chunk is the next one)
    block_stack = [root]
    pending = 0  # separator strength owed before the next chunk
    pos = 0
    link_depth = 0
    pre_depth = 0

    def chunk(s: str) -> None:
        nonlocal pending, pos
        if starts:
            seps.append(pending)
            sep = SEPARATORS[pending]
            parts.append(sep)
            pos += len(sep)
        k = len(starts)
        for el in open_:
            spans[el] = k
        open_.clear()
        starts.append(pos)
        lengths.append(len(s))
        blocks.append(block_stack[-1])
        links.append(link_depth > 0)
        parts.append(s)
        pos += len(s)
        pending = 0

    def text(s: str | None) -> None:
        nonlocal pending
        if not s:
            return
        if pre_depth:
            lines = s.split("\n")
            for i, line in enumerate(lines):
                if i:
                    pending = max(pending, 2)
                if line.strip():
                    chunk(line.rstrip())
            return
        if s[0] in _SPACE and pending < 1:
            pending = 1
        core = " ".join(s.split()) if "\xa0" not in s and s.isascii() else _WS.sub(" ", s).strip(" ")
        if core:
            chunk(core)
            if s[-1] in _SPACE:
                pending = 1

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            if event == "end":
                text(el.tail)
            continue
        if event == "start":
            if tag in SKIP:
                walker.skip_subtree()
                open_.append(el)
                continue
            level = BLOCK.get(tag)
            if level:
                pending = max(pending, level + 1)
                block_stack.append(el)
            elif tag == "br":
                pending = 3 if pending >= 2 else 2
            elif tag in CELLS:
                pending = max(pending, 1)
            elif tag == "a":
                link_depth += 1
            if tag == "pre":
                pre_depth += 1
            open_.append(el)
            text(el.text)
        else:
            if open_ and open_[-1] is el:
                open_.pop()  # no text inside
            else:
                first = spans.get(el)
                if first is not None:
                    spans[el] = (first, len(starts))
            if tag not in SKIP:
                level = BLOCK.get(tag)
                if level:
                    pending = max(pending, level + 1)
                    block_stack.pop()
                elif tag in CELLS:
                    pending = max(pending, 1)
                elif tag == "a":
                    link_depth -= 1
                if tag == "pre":
                    pre_depth -= 1
            if el is not root:
                text(el.tail)
    if starts:
        seps.append(0)
    return Rendering("".join(parts), starts, lengths, seps, blocks, links, spans)
