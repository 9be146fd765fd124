"""Facts from the document's URL: its site, and a publication date written in the path.

The URL comes from the reader (a JSONL or WARC record, a benchmark's list) or,
for a page read from a file, from the page's ``<link rel=canonical>`` /
``og:url`` (the edit log says ``url_from: page``). The site is the host
without ``www.`` (confidence 0.9 from the reader, 0.6 from the page). A date
in the path (``/2019/11/18/``, ``/2019-11-18-``) is a publication date the
site states, but a weak one (0.3): archives move and some sites date by
section.
"""
import re
from datetime import date
from urllib.parse import urlsplit

from normalizer import Fact, hookimpl

PATH_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?=[/-])")


@hookimpl
def plugin_info():
    return {"phase": "markup", "kinds": [], "description": "site and path date from the document's URL"}


@hookimpl
def find_metadata(document):
    if not document.url or not document.site or "." not in document.site:
        return None
    from_page = document.meta.get("url_from") == "page"
    source = "canonical link or og:url" if from_page else "url"
    facts = []
    site = _ascii_host(document.site)
    if site:
        facts.append(Fact("site", site, source=source, confidence=0.6 if from_page else 0.9))
    m = PATH_DATE.search(urlsplit(document.url).path)
    if m:
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            day = None
        if day is not None:
            facts.append(Fact("published", day.isoformat(), source=f"{source} path", confidence=0.3,
                              evidence=m.group(0)))
    return facts


_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")


def _ascii_host(site: str) -> str | None:
    """The site as a lower-case ASCII host name (IDN hosts in punycode), or None when it is not one."""
    try:
        host = site if site.isascii() else site.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return host if _HOST.match(host) else None
