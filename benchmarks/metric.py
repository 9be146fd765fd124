"""The ScrapingHub article-extraction metric (see ../shared/bench/scrapinghub-dev/README.md).

Tokens are runs of ``\\w+`` (case kept); each text is a multiset of 4-token
shingles (a text of 1-3 tokens gives one shorter shingle, an empty one none).
Per page: tp, fp, fn from the multiset intersection, page precision tp/(tp+fp)
and recall tp/(tp+fn). Corpus P is the mean page precision over pages with
tp+fp > 0, corpus R the mean page recall over pages with tp+fn > 0,
F1 = 2PR/(P+R). Accuracy: share of pages whose token sequence equals the gold's.
Uncertainty: standard deviation over 1000 bootstrap resamples of the pages.

    from metric import score
    score([(predicted, gold), ...]) -> {"f1", "precision", "recall", "accuracy",
                                         "f1_std", "precision_std", "recall_std", "pages"}
"""
from __future__ import annotations

import random
import re
from collections import Counter
from statistics import mean, pstdev

TOKEN = re.compile(r"\w+")
SHINGLE = 4
BOOTSTRAP = 1000


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text or "")


def shingles(toks: list[str], n: int = SHINGLE) -> Counter:
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def page_counts(predicted: str, gold: str) -> tuple[int, int, int, bool]:
    """(tp, fp, fn, exact token match) for one page."""
    pt, gt = tokens(predicted), tokens(gold)
    p, g = shingles(pt), shingles(gt)
    tp = sum((p & g).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp, pt == gt


def page_precision(tp, fp, fn) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp else 0.0


def page_recall(tp, fp, fn) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp else 0.0


def _corpus(counts) -> tuple[float, float, float]:
    ps = [page_precision(tp, fp, fn) for tp, fp, fn, _ in counts if tp + fp > 0]
    rs = [page_recall(tp, fp, fn) for tp, fp, fn, _ in counts if tp + fn > 0]
    p = mean(ps) if ps else 0.0
    r = mean(rs) if rs else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def score(pairs, *, bootstrap: int = BOOTSTRAP, seed: int = 0) -> dict:
    """Score ``(predicted, gold)`` text pairs, one per page."""
    counts = [page_counts(pred, gold) for pred, gold in pairs]
    f1, p, r = _corpus(counts)
    out = {"f1": f1, "precision": p, "recall": r, "pages": len(counts),
           "accuracy": mean(c[3] for c in counts) if counts else 0.0}
    if counts and bootstrap:
        rng = random.Random(seed)
        samples = [_corpus([counts[rng.randrange(len(counts))] for _ in counts]) for _ in range(bootstrap)]
        for i, name in enumerate(("f1", "precision", "recall")):
            out[f"{name}_std"] = pstdev(s[i] for s in samples)
    return out
