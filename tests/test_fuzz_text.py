"""Fuzzing the text pipeline: any text, mixed with real noise lines, never crashes and loses nothing."""
from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import Document, reconstruct

NOISE = ["Advertisement", "Learn more", "02:10", "Related articles", "Photo: AFP", "Leave a Reply", "44",
         "→ READ. Elsewhere", "Share on Facebook", "We use cookies on this site.", "Tags: a, b", "Anzeige",
         "CafÃ© &amp; bar", "\u00a0", "", "Editor's choice", "Popular", "Sign up for our newsletter"]
LINE = st.one_of(st.sampled_from(NOISE), st.text(max_size=80),
                 st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_pipeline_survives_and_reconstructs(pipeline, lines, sep):
    text = sep.join(lines)
    result = pipeline.run(Document(text))
    assert reconstruct(result.text, result.log) == text
    assert "\r" not in result.text
    for e in result.edits:
        assert e.plugin and e.kind
        assert 0 <= e.origin[0] <= e.origin[1] <= len(text)
