"""benchmarks/realworld.py reads the checks of trafilatura's real-world tests and scores outputs by them."""
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import realworld  # noqa: E402

TESTS = '''
MOCK_PAGES = {
'https://a.example/post': 'a.html',
'https://b.example/news': 'b.html',
}

def test_extract(xmloutput):
    result = load_mock_page('https://a.example/post', xmloutput)
    assert 'Impressum' not in result and 'Der Artikel beginnt' in result
    result = load_mock_page('https://b.example/news', xmloutput)
    if xmloutput is False:
        assert 'Zweiter Absatz' in result
    assert len(result) > 10 and 'Newsletter' not in result
    assert 'x' in result or 'y' in result

def test_other():
    result = extract_other('https://a.example/post')
    assert 'not a page check' in result
'''


def test_checks_are_read_from_the_assert_statements(tmp_path):
    path = tmp_path / "realworld_tests.py"
    path.write_text(TESTS, encoding="utf-8")
    assert realworld.checks(path) == {
        "a.html": [("Impressum", False), ("Der Artikel beginnt", True)],
        "b.html": [("Zweiter Absatz", True), ("Newsletter", False)],
    }


def test_score_counts_kept_and_removed_checks_and_sets_comment_checks_apart():
    wanted = {"a.html": [("Der Artikel beginnt", True), ("Impressum", False), ("Toller Beitrag!", True)],
              "b.html": [("Zweiter  Absatz", True), ("Newsletter", False)]}
    outputs = {"a.html": "Der Artikel\nbeginnt hier. Toller Beitrag!", "b.html": "Erster Absatz. Newsletter"}
    s = realworld.score(outputs, wanted, comments={("a.html", "Toller Beitrag!")})
    assert (s["n_kept"], s["n_removed"], s["n_comments"]) == (2, 2, 1)
    assert s["kept"] == 0.5 and s["removed"] == 0.5 and s["all"] == 0.5 and s["comments"] == 1.0
    assert sorted(s["missed"]) == [("b.html", "Newsletter", False), ("b.html", "Zweiter  Absatz", True)]


def test_the_halves_split_the_pages_the_same_way_in_every_process():
    names = [f"page{i}.html" for i in range(200)]
    tune = [n for n in names if realworld.half(n) == "tune"]
    assert 60 < len(tune) < 140
    code = (f"import sys; sys.path.insert(0, {str(Path(realworld.__file__).parent)!r}); import realworld; "
            f"print(' '.join(realworld.half(f'page{{i}}.html') for i in range(200)))")
    for seed in ("1", "2"):  # not Python's salted str hash
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout.split()
        assert out == [realworld.half(n) for n in names]
