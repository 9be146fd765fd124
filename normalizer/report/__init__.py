"""``normalizer report``: a static, self-contained HTML site for reviewing a run's edits.

``build_report(OUT)`` reads the run's edit logs and clean texts (through
:mod:`normalizer.rundata`) and writes ``OUT/report/``: ``index.html`` (the
corpus picture and a document browser whose rows load on demand from
``data/rows-NNNN.js``), one page per document under ``docs/``, and the CSS/JS
in ``assets/``. No network, no third-party code: it opens from disk.
"""
from .build import build_report

__all__ = ["build_report"]
