"""Whitespace tidying: blank and NBSP-only lines, runs of blank lines, the final newline."""
from normalizer import Edit, hookimpl


@hookimpl
def plugin_info():
    return {"phase": "tidy", "kinds": ["whitespace"],
            "description": "collapse blank-line runs, empty whitespace-only lines, end with one newline"}


@hookimpl
def default_options():
    return {"max_blank_lines": 1}


@hookimpl
def find_edits(document, options):
    lines = document.lines
    text = document.text
    keep_blank = options["max_blank_lines"]
    edits = []
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].blank:
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].blank:
            j += 1
        run_start, run_stop = lines[i].start, lines[j].stop
        if i == 0 or j == n - 1:
            want = ""  # no blank lines at the start or the end
        else:
            want = "\n" * min(keep_blank, j - i + 1)
        if text[run_start:run_stop] != want:
            edits.append(Edit(run_start, run_stop, want, kind="whitespace",
                              reason=f"{j - i + 1} blank or whitespace-only line(s) tidied",
                              rule="whitespace.blank_lines"))
        i = j + 1
    if text.strip() and not text.endswith("\n") and not (lines and lines[-1].blank):
        edits.append(Edit(len(text), len(text), "\n", kind="whitespace", reason="final newline added",
                          rule="whitespace.final_newline"))
    return edits
