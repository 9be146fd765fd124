"""Review decisions become regression cases; the test suite runs every case with the default pipeline.

A reviewer exports decisions from the report (format ``normalizer.review/1``):
"keep" (a removal was wrong) and "drop" (kept text is noise). ``apply`` writes
one case per document into a folder (``tests/regressions/``): ``NAME.txt`` is
the input, exactly as it was, and ``NAME.json`` lists the lines that must stay
(``keep``) and the ones that must go (``drop``), each with where it came from.

Lines are compared as the seed gold does: whitespace collapsed; a keep line must
occur in the clean text; a drop line counts as still there when it is a whole
line of the clean text, or is at least 25 characters long and occurs anywhere.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .document import Document
from .runner import write_atomic

REVIEW_FORMAT = "normalizer.review/1"
CASE_FORMAT = "normalizer.regression/1"
LONG_DROP = 25


def norm(s: str) -> str:
    return " ".join(s.split())


@dataclass
class Case:
    name: str
    input: str
    key: str
    source: str | None = None
    url: str | None = None
    keep: list[dict] = field(default_factory=list)
    drop: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"format": CASE_FORMAT, "key": self.key, "source": self.source, "url": self.url,
                "input": f"{self.name}.txt",
                "input_sha256": hashlib.sha256(self.input.encode("utf-8", "surrogatepass")).hexdigest(),
                "keep": self.keep, "drop": self.drop}


def load_case(path: Path) -> Case:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != CASE_FORMAT:
        raise ValueError(f"{path}: not a regression case (format {data.get('format')!r})")
    text = (path.parent / data["input"]).read_bytes().decode("utf-8")
    return Case(path.stem, text, data["key"], data.get("source"), data.get("url"),
                data.get("keep", []), data.get("drop", []))


def load_cases(folder: Path) -> list[Case]:
    folder = Path(folder)
    return [load_case(p) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []


def problems(case: Case, clean: str) -> list[str]:
    """What the clean text gets wrong against the case, one readable line each."""
    out_norm = norm(clean)
    out_lines = {norm(line) for line in clean.split("\n") if norm(line)}
    found = []
    for item in case.keep:
        if norm(item["text"]) not in out_norm:
            found.append(f"should stay but was removed: {item['text']!r}  ({item.get('why', '')})")
    for item in case.drop:
        t = norm(item["text"])
        if t in out_lines or (len(t) >= LONG_DROP and t in out_norm):
            found.append(f"should go but is still there: {item['text']!r}  ({item.get('why', '')})")
    return found


def run_case(case: Case, pipeline) -> list[str]:
    result = pipeline.run(Document(case.input, source=case.source, url=case.url))
    return problems(case, result.text)


def case_name(key: str, text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", key).strip("._")[:60] or "doc"
    return f"{slug}-{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def _why(d: dict) -> str:
    if d["decision"] == "keep":
        rule = f" [{d['rule']}]" if d.get("rule") else ""
        return f"reviewer: wrongly removed by {d.get('plugin', '?')}: {d.get('reason', '')}{rule}"
    return "reviewer: noise the pipeline kept"


def _original(key: str, documents: dict, base: Path) -> tuple[str, dict]:
    doc = documents.get(key) or {}
    text = doc.get("original")
    if text is None and doc.get("source"):
        src = Path(doc["source"])
        src = src if src.is_absolute() else base / src
        if src.is_file():
            text = src.read_bytes().decode("utf-8")
    if text is None:
        raise ValueError(f"the decisions carry no text for document {key!r} and its source is not readable")
    want = doc.get("original_sha256")
    if want and hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != want:
        raise ValueError(f"the text of document {key!r} does not match its original_sha256")
    return text, doc


def apply(decisions: dict, folder: Path, *, base: Path = Path(".")) -> list[tuple[Path, int, int]]:
    """Write (or extend) one case per reviewed document; return (case file, #keep, #drop) for each."""
    if decisions.get("format") != REVIEW_FORMAT:
        raise ValueError(f"not a review decisions file (format {decisions.get('format')!r}, "
                         f"expected {REVIEW_FORMAT!r})")
    folder = Path(folder)
    by_key: dict[str, list[dict]] = {}
    for d in decisions.get("decisions", []):
        if d.get("decision") not in ("keep", "drop") or not d.get("key") or not str(d.get("text", "")).strip():
            raise ValueError(f"bad decision: {json.dumps(d)[:200]}")
        by_key.setdefault(d["key"], []).append(d)
    written = []
    for key, items in sorted(by_key.items()):
        text, doc = _original(key, decisions.get("documents", {}), base)
        name = case_name(key, text)
        path = folder / f"{name}.json"
        case = load_case(path) if path.is_file() else Case(name, text, key, doc.get("source"), doc.get("url"))
        for d in items:
            for line in d["text"].split("\n"):
                if line.strip():
                    _add(case, d["decision"], {"text": line.strip(), "line": d.get("line"), "why": _why(d)})
        write_atomic(folder / f"{name}.txt", text.encode("utf-8", "surrogatepass"))
        write_atomic(path, json.dumps(case.to_json(), indent=1, ensure_ascii=False) + "\n")
        written.append((path, len(case.keep), len(case.drop)))
    return written


def _add(case: Case, decision: str, item: dict) -> None:
    """Add an expectation; a newer decision about the same text replaces an older one."""
    t = norm(item["text"])
    case.keep = [i for i in case.keep if norm(i["text"]) != t]
    case.drop = [i for i in case.drop if norm(i["text"]) != t]
    (case.keep if decision == "keep" else case.drop).append(item)
