"""Related-story blocks: "Related articles", "Editor's choice", "Most read" and their teasers.

A block header in the tail of the article starts a block that runs to the end:
what follows such a header is teasers, lists and footers. "In the tail" means
that most of the prose lies before it, not counting after it the teaser
paragraphs (prose right after a short unpunctuated title line). A header earlier in the text only takes the short
teaser lines right after it.
"""
from normalizer import hookimpl
from normalizer.textutils import ends_sentence, line_pattern, phrases, remove, remove_run, word_count

HEADERS = line_pattern(phrases(
    # English
    "Related", "Related articles", "Related article", "Related stories", "Related story", "Related posts",
    "Related news", "Related content", "Related coverage", "Related reading", "Related links",
    "Related topics", "Read next", "Read more", "More stories", "More news", "More articles",
    "More on this story", "More on this topic", "More on this", "More from this section", "More in",
    "You may also like", "You might also like", "You may also be interested in", "You might be interested in",
    "Recommended", "Recommended for you", "Recommended stories", "Recommended articles", "Recommended reading",
    "Editor's choice", "Editors' choice", "Editor's picks", "Editors' picks", "Editor's pick", "Top picks",
    "Popular", "Most popular", "Popular now", "Popular stories", "Most read", "Most viewed", "Most shared",
    "Most commented", "Trending", "Trending now", "Trending stories", "Top stories", "Latest news", "Latest",
    "Latest stories", "Latest articles", "In other news", "See also", "Don't miss", "Further reading",
    "What to read next", "Up next", "Also read", "Around the web", "From the web", "From around the web",
    "Promoted stories", "Sponsored stories", "Elsewhere", "Keep reading", "Other stories", "Previous article",
    "Next article", "Previous post", "Next post", "Also on",
    # German
    "Mehr zum Thema", "Das könnte Sie auch interessieren", "Das könnte dich auch interessieren",
    "Weitere Artikel", "Weitere Nachrichten", "Weitere Themen", "Meistgelesen", "Meistgelesene Artikel",
    "Meist gelesen", "Am meisten gelesen", "Auch interessant", "Lesen Sie auch", "Empfohlene Artikel",
    "Ähnliche Artikel", "Verwandte Artikel", "Verwandte Themen", "Top-Artikel", "Neueste Artikel",
    "Beliebt", "Beliebte Artikel", "Zum Weiterlesen", "Mehr lesen", "Empfehlungen", "Aktuelle Artikel",
    "Das könnte Ihnen auch gefallen", "Mehr aus dem Ressort", "Top-Themen", "Meistkommentiert",
    # French, Spanish, Italian, Dutch, Portuguese
    "À lire aussi", "A lire aussi", "Lire aussi", "À lire également", "Sur le même sujet", "Articles similaires",
    "Les plus lus", "Les plus populaires", "À voir aussi", "Dans la même rubrique", "Nos articles",
    "Noticias relacionadas", "Te puede interesar", "Lo más leído", "Más noticias", "Artículos relacionados",
    "También te puede interesar", "Lo más visto", "Leggi anche", "Articoli correlati", "I più letti",
    "Potrebbe interessarti", "Ti potrebbe interessare", "Lees ook", "Meer nieuws", "Gerelateerde artikelen",
    "Meest gelezen", "Leia também", "Notícias relacionadas", "Mais lidas", "Veja também",
))


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["related"],
            "description": "related / editor's choice / most-read blocks and their teasers"}


@hookimpl
def default_options():
    return {"tail_share": 0.5, "min_prose_words": 12, "max_teaser_words": 20}


def _prose(line, min_words):
    return ends_sentence(line.text) and word_count(line.text) >= min_words


def _real_prose(lines, prose):
    """Prose words per line, zero for teasers (prose right after a short unpunctuated title line)."""
    real, prev = [], None
    for line, words in zip(lines, prose):
        teaser = prev is not None and not prose[prev.number] and not ends_sentence(prev.text)
        real.append(0 if teaser else words)
        if not line.blank:
            prev = line
    return real


@hookimpl
def find_edits(document, options):
    lines = document.lines
    prose = [word_count(l.text) if _prose(l, options["min_prose_words"]) else 0 for l in lines]
    real = _real_prose(lines, prose)
    after = sum(real)
    before = 0
    edits = []
    taken = -1
    for i, line in enumerate(lines):
        before += prose[i]
        after -= real[i]
        if i <= taken or line.blank or not HEADERS.fullmatch(line.text):
            continue
        if before and before >= options["tail_share"] * (before + after):
            edits.append(remove_run(line, lines[-1], kind="related", rule="related.tail_block",
                                    reason=f"related block after header '{line.text.strip()}': "
                                           f"{before / (before + after):.0%} of the article's prose is before it"))
            break
        block = [line]
        for nxt in lines[i + 1:]:
            if nxt.blank:
                continue
            if prose[nxt.number] or word_count(nxt.text) > options["max_teaser_words"]:
                break
            block.append(nxt)
        taken = block[-1].number
        edits += remove(block, kind="related", rule="related.header_teasers",
                        reason=f"related header '{line.text.strip()}' and its teaser lines")
    return edits
