"""Small HTML helpers for the report: escaping, JSON in pages, plugin colours, the page shell."""
from __future__ import annotations

import hashlib
import json
import re
from html import escape

ASSETS = ("report.css", "review.js", "index.js", "doc.js")


def esc(value) -> str:
    """Escape any text for HTML element content and attribute values."""
    return escape("" if value is None else str(value), quote=True)


def script_json(data) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' can close or confuse the tag."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def hue(plugin: str) -> int:
    """A stable hue (0-359) for a plugin name: the same plugin has the same colour in every report."""
    return int(hashlib.sha1(plugin.encode("utf-8")).hexdigest()[:8], 16) % 360


def swatch(plugin: str) -> str:
    return f'<span class="sw" style="--h:{hue(plugin)}"></span>'


def safe_href(url: str | None) -> str | None:
    """Only http(s) links become clickable; anything else (javascript: ...) stays text."""
    if url and re.match(r"^https?://", url, re.IGNORECASE):
        return esc(url)
    return None


def page_name(key: str) -> str:
    """The file name of a document's page: readable, unique, safe on every file system."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", key)
    if safe != key or len(safe) > 100 or safe.startswith("."):
        safe = safe[:80].lstrip(".") + "-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return safe + ".html"


def shell(title: str, body: str, *, root: str, report_id: str, page: str, head: str = "",
          scripts: tuple[str, ...] = ()) -> str:
    """A complete page: only local CSS/JS (``root`` is the relative path to the report folder)."""
    tags = "".join(f'<script src="{root}assets/{s}"></script>' for s in ("review.js",) + scripts)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)}</title><link rel="stylesheet" href="{root}assets/report.css">{head}</head>'
            f'<body data-report="{esc(report_id)}" data-page="{page}">\n{body}\n{tags}</body></html>\n')
