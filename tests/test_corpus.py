"""Corpus counts for two-pass runs: exact, mergeable, order-independent, bounded."""
import random

import pytest

from normalizer import Document
from normalizer.corpus import Counts, key_hash, site_key


def _docs(n_docs=30, seed=0):
    rng = random.Random(seed)
    docs = []
    for i in range(n_docs):
        site = f"site{i % 3}.com"
        keys = [f"menu {site}", f"footer {site}"] + [f"line {rng.randrange(200)}" for _ in range(8)]
        docs.append((site, keys))
    return docs


def _count(docs, max_keys=10_000):
    c = Counts(max_keys)
    for site, keys in docs:
        c.add("p", site, keys)
    return c


def test_counts_are_document_frequencies():
    c = Counts()
    c.add("p", "a", ["x", "x", "y"])
    c.add("p", "a", ["x"])
    c.add("q", "a", ["x"])
    v = c.view("p", "a")
    assert (v.documents, v.count("x"), v.count("y"), v.count("z")) == (2, 2, 1, 0)
    assert c.view("q", "a").count("x") == 1 and c.view("p", "b").documents == 0


def test_merge_of_shards_equals_one_pass_in_any_order():
    docs = _docs()
    whole = _count(docs)
    for seed in range(5):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        shards = [shuffled[i::4] for i in range(4)]
        parts = [_count(s) for s in shards]
        random.Random(seed + 100).shuffle(parts)
        merged = parts[0]
        for part in parts[1:]:
            merged = merged.merge(part)
        assert merged == whole


@pytest.mark.parametrize("max_keys", [1, 7, 50])
def test_memory_is_bounded_and_sampling_is_order_independent(max_keys):
    docs = _docs(60)
    reference = _count(docs, max_keys)
    exact = _count(docs)
    for (plugin, site), table in reference.tables.items():
        assert len(table.counts) <= max_keys
        full = exact.tables[(plugin, site)].counts
        assert table.limit < 1 << 64 or len(full) <= max_keys
        # kept keys have exact counts, and every key below the limit is kept
        assert all(full[h] == n for h, n in table.counts.items())
        assert {h for h in full if h < table.limit} == set(table.counts)
    for seed in range(3):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        a, b = _count(shuffled[:25], max_keys), _count(shuffled[25:], max_keys)
        assert _count(shuffled, max_keys) == reference
        assert a.merge(b) == reference


def test_sampled_out_keys_are_unknown_not_zero():
    c = Counts(max_keys=2)
    c.add("p", "s", [f"k{i}" for i in range(50)])
    v = c.view("p", "s")
    assert v.sampled
    answers = [v.count(f"k{i}") for i in range(50)]
    assert answers.count(1) <= 2 and None in answers and 0 not in answers


def test_key_hash_is_stable_and_site_falls_back_to_folder():
    assert key_hash("menu") == key_hash("menu") != key_hash("Menu")
    assert key_hash("menu") == 0x67aa505f55aae7c0  # blake2b: the same in every process, unlike hash()
    assert site_key(Document("x", url="https://www.example.com/a")) == "example.com"
    assert site_key(Document("x", source="dumps/siteA/1.txt")) == "dumps/siteA"
    assert site_key(Document("x")) == ""
