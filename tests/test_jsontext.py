"""Readable JSON output files (normalizer/jsontext.py): the same data as json.dumps, one edit per line."""
import json
import random

from normalizer.jsontext import readable


def _random_value(rng, depth=0):
    kind = rng.randrange(7 if depth < 5 else 4)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.choice([0, -3, 2.5, 1e300, 10 ** 20])
    if kind in (2, 3):
        return "".join(rng.choice("aü\n\"\\/<\u2028\x00 ") for _ in range(rng.randrange(6)))
    if kind in (4, 5):
        return {"k" + str(i) + rng.choice('ü"'): _random_value(rng, depth + 1) for i in range(rng.randrange(4))}
    return [_random_value(rng, depth + 1) for _ in range(rng.randrange(4))]


def test_reads_back_as_the_same_data():
    rng = random.Random(3)
    for _ in range(500):
        value = _random_value(rng)
        for depth in (0, 1, 3, 4):
            text = readable(value, depth)
            assert text.endswith("\n")
            assert json.loads(text) == json.loads(json.dumps(value))


def test_non_string_keys_as_json_writes_them():
    value = {"a": {1: "x", None: [1, 2]}}
    assert json.loads(readable(value)) == json.loads(json.dumps(value)) == {"a": {"1": "x", "null": [1, 2]}}


def test_one_edit_per_line_and_plain_lists_on_one_line():
    log = {"format": "normalizer.edits/1", "ran": ["ads", "tags"],
           "steps": [{"plugin": "ads", "edits": [{"start": 0, "end": 4, "removed": "Ads\n"},
                                                 {"start": 9, "end": 12, "removed": "Ad\n"}]}]}
    lines = readable(log).splitlines()
    assert ' "ran": ["ads", "tags"],' in lines
    assert sum(line.strip().startswith('{"start"') for line in lines) == 2
    assert '    {"start": 0, "end": 4, "removed": "Ads\\n"},' in lines
    assert readable(log, 0) == json.dumps(log, ensure_ascii=False, separators=(", ", ": ")) + "\n"
