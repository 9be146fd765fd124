"""The plugin-writing guide's examples run as written, in order, in one folder.

Fenced blocks in docs/writing-plugins.md are executed by their info string:
``LANG file=PATH`` writes PATH; ``python run`` runs the block as a script and
``sh run`` with bash (``exit=N`` expects that status); ``text output`` right
after a run block lists lines its output must contain, in order (a ``...``
line skips lines, ``...`` in a line matches anything). Every other python block must compile and every toml block parse.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from normalizer.config import tomllib

GUIDE = ROOT / "docs" / "writing-plugins.md"
FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks(path: Path):
    for m in FENCE.finditer(path.read_text(encoding="utf-8")):
        lang, *marks = m.group(1).split()
        line = path.read_text(encoding="utf-8")[: m.start()].count("\n") + 1
        yield lang, dict(mk.split("=", 1) if "=" in mk else (mk, True) for mk in marks), m.group(2), line


def expect_lines(expected: str, actual: str, where: str) -> None:
    """Each expected line matches an output line, in order; ``...`` in a line matches anything."""
    got = [l.rstrip() for l in actual.splitlines()]
    pos = 0
    for want in (l.rstrip() for l in expected.splitlines()):
        if want == "...":
            continue
        pattern = re.compile(".*".join(map(re.escape, want.split("..."))))
        pos = next((i + 1 for i in range(pos, len(got)) if pattern.fullmatch(got[i])), None)
        if pos is None:
            raise AssertionError(f"{where}: output lacks (in order) the line {want!r}; it was:\n{actual}")


def test_the_guide_runs_as_written(tmp_path):
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
               NO_COLOR="1", COLUMNS="120",  # the examples import this checkout's normalizer, not an installed one
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    last, ran = None, {"file": 0, "run": 0, "output": 0}
    for lang, marks, body, line in blocks(GUIDE):
        where = f"{GUIDE.name}:{line}"
        if "file" in marks:
            target = tmp_path / marks["file"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, encoding="utf-8")
            ran["file"] += 1
        if lang == "python" and "file" not in marks:
            compile(body, where, "exec")
        if lang == "toml":
            tomllib.loads(body)
        if "run" in marks:
            cmd = [sys.executable, "-c", body] if lang == "python" else ["bash", "-eo", "pipefail", "-c", body]
            r = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
            want = int(marks.get("exit", 0))
            assert r.returncode == want, f"{where}: exit status {r.returncode}, not {want}\n{r.stdout}\n{r.stderr}"
            last = r.stdout + r.stderr
            ran["run"] += 1
        elif "output" in marks:
            assert last is not None, f"{where}: an output block must follow a run block"
            expect_lines(body, last, where)
            ran["output"] += 1
            last = None
    assert ran["file"] >= 5 and ran["run"] >= 5 and ran["output"] >= 4, ran


def test_readme_points_to_the_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/writing-plugins.md" in readme and "normalizer new-plugin" in readme
