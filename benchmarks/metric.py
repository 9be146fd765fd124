"""The article-extraction metric of the ScrapingHub benchmark (see ../shared/bench/scrapinghub-dev/README.md).

Tokens are runs of ``\\w+`` (case kept); a text is a multiset of 4-token shingles
(1-3 tokens give one shorter shingle, none give none). Per page tp/fp/fn are
normalised to sum to 1; corpus precision and recall are the means of the page
values (precision over pages with tp+fp > 0, recall over pages with tp+fn > 0);
F1 = 2PR/(P+R); ``std`` is the standard deviation of F1 over 1000 bootstrap
resamples of the pages (fixed seed, so runs are comparable)::

    from metric import score
    score([(predicted_text, gold_text), ...])
    # {"f1": ..., "precision": ..., "recall": ..., "std": ..., "accuracy": ..., "pages": ...}
"""
from __future__ import annotations

import random
import re
from collections import Counter

_TOKEN = re.compile(r"\w+")
N = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(toks: list[str]) -> Counter:
    if not toks:
        return Counter()
    if len(toks) < N:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + N]) for i in range(len(toks) - N + 1))


def page_counts(predicted: str, gold: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    p, g = shingles(tokens(predicted)), shingles(tokens(gold))
    tp = sum((p & g).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _prf(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    precisions = [_ratio(tp, fp) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, fn) for tp, fp, fn in counts if tp + fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def _ratio(tp: float, other: float) -> float:
    if other == 0:
        return 1.0
    return tp / (tp + other) if tp + other else 0.0


def score(pairs, *, bootstrap: int = 1000, seed: int = 0) -> dict:
    """Score ``(predicted, gold)`` text pairs; see the module docstring."""
    pairs = list(pairs)
    counts = [page_counts(p, g) for p, g in pairs]
    f1, precision, recall = _prf(counts)
    accuracy = sum(tokens(p) == tokens(g) for p, g in pairs) / len(pairs) if pairs else 0.0
    rng = random.Random(seed)
    samples = [_prf([counts[rng.randrange(len(counts))] for _ in counts])[0]
               for _ in range(bootstrap)] if counts and bootstrap > 0 else [f1]
    mean = sum(samples) / len(samples)
    std = (sum((s - mean) ** 2 for s in samples) / len(samples)) ** 0.5
    return {"f1": f1, "precision": precision, "recall": recall, "std": std,
            "accuracy": accuracy, "pages": len(pairs)}
