"""normalizer: clean scraped web documents, with every removal attributed to a plugin.

The public API for users and plugin authors::

    from normalizer import normalize, Edit, Fact, hookimpl, Document, Line
"""
from __future__ import annotations

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("normalizer")

from .document import Document, Line, site_of  # noqa: E402
from .edits import AppliedEdit, Edit, reconstruct  # noqa: E402
from .metadata import Fact  # noqa: E402
from .api import normalize  # noqa: E402

__all__ = ["AppliedEdit", "Document", "Edit", "Fact", "Line", "__version__", "hookimpl", "normalize",
           "reconstruct", "site_of"]
