"""Reading inputs: decoding, keys, ignore files."""
from normalizer.inputs import decode, discover


def test_decode_prefers_bom_then_utf8_then_cp1252():
    assert decode("é".encode("utf-8-sig"))[0] == "é"
    assert decode("é".encode("utf-8"))[1]["encoding"] == "utf-8"
    text, info = decode("café".encode("cp1252"))
    assert text == "café" and info["source"] == "fallback" and "offset 3" in info["note"]


def test_keys_and_ignore_file(tmp_path):
    (tmp_path / "a" / "gold").mkdir(parents=True)
    (tmp_path / "a" / "x.txt").write_text("x")
    (tmp_path / "a" / "skip.txt").write_text("x")
    (tmp_path / "a" / "gold" / "y.txt").write_text("y")
    (tmp_path / "a" / "notes.md").write_text("not an input")
    (tmp_path / "a" / ".normalizerignore").write_text("# comment\ngold/\nskip.*\n")
    assert [i.key for i in discover([tmp_path / "a"])] == ["x"]
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    assert [i.key for i in discover([tmp_path / "a", tmp_path / "b", tmp_path / "b" / "z.txt"])] == ["a/x", "b/z", "z"]
