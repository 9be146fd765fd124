"""JSON files people read: objects and lists open one level per line down to ``depth``,
deeper values (and lists of plain values) on one line each: one edit per line in an edit log.

``json.dumps(indent=...)`` runs Python's pure-Python encoder over every value; this
writes the few outer levels itself and hands each deeper value to the C encoder,
about four times faster for an edit log. ``json.loads`` reads the result as usual.
"""
from __future__ import annotations

import json

_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def readable(value, depth: int = 4) -> str:
    """``value`` as JSON text, one item per line in its ``depth`` outer levels, ending in a newline."""
    parts: list[str] = []
    _write(value, depth, "", parts.append)
    parts.append("\n")
    return "".join(parts)


def _write(value, depth: int, pad: str, out) -> None:
    if (depth <= 0 or not value or not isinstance(value, (dict, list))
            or (isinstance(value, dict) and not all(isinstance(k, str) for k in value))
            or (isinstance(value, list) and not any(isinstance(v, (dict, list)) for v in value))):
        out(_compact(value))
        return
    inner = pad + " "
    if isinstance(value, dict):
        out("{")
        for i, (k, v) in enumerate(value.items()):
            out(("\n" if not i else ",\n") + inner + _compact(k) + ": ")
            _write(v, depth - 1, inner, out)
        out("\n" + pad + "}")
    else:
        out("[")
        for i, v in enumerate(value):
            out(("\n" if not i else ",\n") + inner)
            _write(v, depth - 1, inner, out)
        out("\n" + pad + "]")
