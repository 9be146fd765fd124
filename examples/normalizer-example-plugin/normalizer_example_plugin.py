"""Reading-time lines: "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Minuten"."""
import re

from normalizer import hookimpl
from normalizer.textutils import DECOR, WS, alternation, line_edits

NUMBER = r"\d{1,3}(?:[-–]\d{1,3})?"
UNITS = ["min", "mins", "minute", "minutes", "Min.", "Minute", "Minuten", "minuto", "minutos", "minuti"]
LABELS = ["Reading time", "Read time", "Lesezeit", "Lesedauer", "Temps de lecture", "Tiempo de lectura",
          "Tempo di lettura", "Leestijd", "Tempo de leitura"]
UNIT = rf"(?:{alternation(map(re.escape, UNITS))})\.?"
PATTERN = re.compile(
    rf"^{WS}*{DECOR}(?:"
    rf"(?:{alternation(map(re.escape, LABELS))}){WS}*:?{WS}*(?:ca\.{WS}*)?{NUMBER}{WS}*{UNIT}"
    rf"|{NUMBER}{WS}*{UNIT}{WS}*(?:read|reading|Lesezeit|de lecture|de lectura|di lettura)"
    rf"){WS}*$",
    re.MULTILINE | re.IGNORECASE)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["other"], "description": "reading-time lines (\"5 min read\")"}


@hookimpl
def find_edits(document):
    return line_edits(document, PATTERN, kind="other", reason="reading-time line",
                      rule="reading_time.line")
