"""Whitespace tidying: blank and NBSP-only lines, runs of blank lines, the final newline."""
import re

from normalizer import Edit, hookimpl
from normalizer.textutils import WS, scan

# A run of blank (whitespace-only) lines: each with its newline, the last line of the text without.
BLANK_RUN = re.compile(rf"^(?:(?:{WS}*\n)+(?:{WS}+\Z)?|{WS}+\Z)", re.MULTILINE)
# The same, but not a single empty line after the first line and before a non-blank one: the
# common case, which stays when one blank line may (skipping it saves a match per paragraph).
TIDY_RUN = re.compile(rf"^(?:\A|(?!\n(?!{WS}*(?:\n|\Z))))(?:(?:{WS}*\n)+(?:{WS}+\Z)?|{WS}+\Z)", re.MULTILINE)


@hookimpl
def plugin_info():
    return {"phase": "tidy", "kinds": ["whitespace"],
            "description": "collapse blank-line runs, empty whitespace-only lines, end with one newline"}


@hookimpl
def default_options():
    return {"max_blank_lines": 1}


@hookimpl
def find_edits(document, options):
    text = document.text
    keep_blank = options["max_blank_lines"]
    edits = []
    for m in scan(text, TIDY_RUN if keep_blank >= 1 else BLANK_RUN):
        run = m.group()
        count = run.count("\n") + (not run.endswith("\n"))
        if m.start() == 0 or m.end() == len(text):
            want = ""  # no blank lines at the start or the end
        else:
            want = "\n" * min(keep_blank, count)
        if run != want:
            edits.append(Edit(m.start(), m.end(), want, kind="whitespace",
                              reason=f"{count} blank or whitespace-only line(s) tidied",
                              rule="whitespace.blank_lines"))
    if text.strip() and not text.endswith("\n") and text[text.rfind("\n") + 1:].strip():
        edits.append(Edit(len(text), len(text), "\n", kind="whitespace", reason="final newline added",
                          rule="whitespace.final_newline"))
    return edits
