"""Write the report folder: two passes over the run (rows first, then pages with their neighbours)."""
from __future__ import annotations

import hashlib
import os
import shutil
import time
from importlib import resources
from pathlib import Path

from .. import __version__
from ..rundata import from_log, iter_clean, load_failures, load_summary
from . import docpage, indexpage
from .corpus import Corpus
from .html import ASSETS, page_name


def build_report(out, dest=None, *, progress=None, chunk_rows: int = indexpage.CHUNK_ROWS,
                 page_rows: int = indexpage.PAGE_ROWS) -> Path:
    """Build the report of the run in ``out`` into ``dest`` (default ``out/report``); return ``dest``.

    The site is written into a temporary folder next to ``dest`` and swapped in
    at the end, so a reader never sees half a report.
    """
    out = Path(out)
    dest = Path(dest) if dest else out / "report"
    summary = load_summary(out)
    report_id = hashlib.sha1(str(out.resolve()).encode("utf-8")).hexdigest()[:12]
    tmp = dest.parent / f".{dest.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "docs").mkdir(parents=True)
    try:
        corpus = Corpus()
        pages: dict[str, str] = {}
        for log, clean in iter_clean(out):
            page = page_name(log["key"])
            pages[log["key"]] = page
            corpus.add(log, page, clean)
        ordered = corpus.ordered()
        position = {r.key: i for i, r in enumerate(ordered)}
        t0 = time.perf_counter()
        for n, (log, clean) in enumerate(iter_clean(out), 1):
            i = position[log["key"]]
            prev = (ordered[i - 1].key, ordered[i - 1].page) if i > 0 else None
            nxt = (ordered[i + 1].key, ordered[i + 1].page) if i + 1 < len(ordered) else None
            html = docpage.render(from_log(log, clean), report_id=report_id, prev=prev, next_=nxt,
                                  position=(i + 1, len(ordered)))
            (tmp / "docs" / pages[log["key"]]).write_text(html, encoding="utf-8")
            if progress and (n % 500 == 0 or time.perf_counter() - t0 > 5):
                t0 = time.perf_counter()
                progress(n, len(ordered))
        manifest, chunk_files = indexpage.chunks(ordered, corpus, chunk_rows)
        manifest["page_rows"] = page_rows
        (tmp / "data").mkdir()
        for n, content in enumerate(chunk_files):
            (tmp / "data" / f"rows-{n:04d}.js").write_text(content, encoding="utf-8")
        index = indexpage.render(corpus, ordered, manifest, out=str(out), summary=summary,
                                 failures=load_failures(out), report_id=report_id, version=__version__)
        (tmp / "index.html").write_text(index, encoding="utf-8")
        (tmp / "assets").mkdir()
        assets = resources.files(__package__) / "assets"
        for name in ASSETS:
            (tmp / "assets" / name).write_bytes((assets / name).read_bytes())
        _swap(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dest


def _swap(tmp: Path, dest: Path) -> None:
    old = dest.parent / f".{dest.name}.old-{os.getpid()}"
    if dest.exists():
        os.replace(dest, old)
    os.replace(tmp, dest)
    shutil.rmtree(old, ignore_errors=True)
