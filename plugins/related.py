"""Related-story blocks: "Related articles", "Editor's choice", "Most read" and their teasers.

A block header in the tail of the article starts a block that runs to the end:
what follows such a header is teasers, lists and footers. "In the tail" means
that most of the prose lies before it, not counting after it the teaser
paragraphs (prose right after a short unpunctuated title line). A header
earlier in the text, or one ending in ':' (it introduces what follows, which
may be the article's own list), only takes the teaser lines right after it: up
to the first prose line, and up to the end of the first block of several lines.

A box set inside the article (a header such as "Related links" or "Mehr zum
Thema" and a few link lines, before the article's last paragraphs) looks like a
tail block. So a tail header takes only its box (rule ``related.box``: the
header and its short lines, as a header earlier in the text takes them) when
the first prose line after it goes on with the article instead of being a
teaser: either more prose follows right after that line, and after it the real
prose outweighs the teaser paragraphs; or it is the article's last paragraph:
the last prose line, longer than a teaser (``max_teaser_words``), not cut short
('…'), with a prose line right before the header; the block then runs on to the
end from after that paragraph. The box's lines are only walked when the prose
after it goes on with the article.

Headers are found by the phrase pattern, run from line start to line start
over the lower-cased text (``scan``), and confirmed by a set lookup of the line
stripped of its decoration; the text is split into lines only on pages with a
header, and word counts are only taken of lines that end a sentence.
"""
from bisect import bisect_right
from itertools import accumulate, compress, repeat
from operator import add

from normalizer import Edit, hookimpl
from normalizer.textutils import TERMINAL, line_pattern, phrases, scan, word_count

PHRASES = (
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
    "Meistgelesene", "Meist gelesene Artikel", "Am häufigsten gelesen", "Meistgeklickt", "Beliebteste Artikel",
    "Weitere Meldungen", "Weitere Beiträge", "Ähnliche Beiträge", "Verwandte Beiträge", "Passend zum Thema",
    "Ebenfalls interessant", "Außerdem interessant", "Auch lesenswert", "Lesetipp", "Lesetipps",
    "Unsere Empfehlungen", "Empfehlungen der Redaktion", "Mehr zu diesem Thema", "Mehr Nachrichten",
    "Mehr Artikel", "Neueste Beiträge", "Aktuelle Nachrichten", "Neueste Nachrichten",
    # French, Spanish, Italian, Dutch, Portuguese
    "À lire aussi", "A lire aussi", "Lire aussi", "À lire également", "Sur le même sujet", "Articles similaires",
    "Les plus lus", "Les plus populaires", "À voir aussi", "Dans la même rubrique", "Nos articles",
    "Noticias relacionadas", "Te puede interesar", "Lo más leído", "Más noticias", "Artículos relacionados",
    "También te puede interesar", "Lo más visto", "Leggi anche", "Articoli correlati", "I più letti",
    "Potrebbe interessarti", "Ti potrebbe interessare", "Lees ook", "Meer nieuws", "Gerelateerde artikelen",
    "Meest gelezen", "Leia também", "Notícias relacionadas", "Mais lidas", "Veja também",
    # French
    "Lire également", "À voir également", "À découvrir", "À découvrir aussi", "Vous aimerez aussi",
    "Vous aimerez également", "Vous pourriez aussi aimer", "Ces articles pourraient vous intéresser",
    "Sur le même thème", "Les plus partagés", "Les plus commentés", "Articles liés", "Articles recommandés",
    "Nos recommandations", "Pour aller plus loin", "Dernières actualités", "Derniers articles",
    # Spanish
    "Lee también", "Lea también", "Te recomendamos", "Más leídas", "Lo más leído hoy", "Artículos recomendados",
    "Contenido relacionado", "Puede interesarte", "Quizás te interese", "Últimas noticias", "Otras noticias",
    "Más artículos", "Relacionados", "Relacionadas", "Noticia relacionada",
    # Italian
    "Potrebbe interessarti anche", "Ti potrebbe interessare anche", "Notizie correlate", "Correlati",
    "I più visti", "I più condivisi", "Più letti", "Ultime notizie", "Altre notizie", "Vedi anche",
    "Da non perdere", "Articoli consigliati", "Potrebbe piacerti anche", "Leggi pure",
    # Dutch
    "Gerelateerd", "Gerelateerde berichten", "Gerelateerd nieuws", "Meer over dit onderwerp", "Ook interessant",
    "Aanbevolen", "Aanbevolen artikelen", "Meest bekeken", "Laatste nieuws", "Bekijk ook", "Zie ook",
    "Misschien ook interessant", "Dit vind je misschien ook interessant",
    # Portuguese
    "Mais lidos", "As mais lidas", "Os mais lidos", "Mais vistos", "Mais vistas", "Matérias relacionadas",
    "Artigos relacionados", "Posts relacionados", "Conteúdo relacionado", "Você também pode gostar",
    "Você pode gostar", "Recomendados", "Recomendado para você", "Últimas notícias", "Mais notícias",
    "Confira também", "Leia ainda", "Veja ainda", "Outras notícias",
)
# Lower-cased: matched against lower-cased lines, which is faster than ignoring case.
HEADERS = line_pattern(phrases(*(p.lower() for p in PHRASES)), flags=0)
# Decoration around a header ("» Most read", "Related:") and the lower-cased phrases, for a set lookup.
DECORATION = " \t\u00a0!#$%&*+,-./:;<=>?@\\^_`{|}~»›•·▪►▶▸◦‣→←↑↓▼▲■□●○◆◇★☆–—…"
KEYS = frozenset(" ".join(p.lower().split()) for p in PHRASES)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["related"],
            "description": "related / editor's choice / most-read blocks and their teasers"}


@hookimpl
def default_options():
    return {"tail_share": 0.5, "min_prose_words": 12, "max_teaser_words": 20, "teaser_block": True}


def _heads(low: str) -> list[int]:
    """The numbers of the header lines of the lower-cased text ``low``."""
    heads, number, counted = [], 0, 0
    for m in scan(low, HEADERS):  # whole lines (the pattern spans no line end)
        start = m.start()
        if low[start:m.end()].strip(DECORATION) in KEYS:
            number += low.count("\n", counted, start)
            counted = start
            heads.append(number)
    return heads


def _prose_words(raw: list[str], min_words: int) -> dict[int, int]:
    """{line number: words} of the lines that end a sentence and have ``min_words`` words or more."""
    ends = compress(range(len(raw)), map(str.endswith, map(str.rstrip, raw), repeat(TERMINAL)))
    shortest = 2 * min_words - 1  # n words take 2n - 1 characters at least
    counted = ((i, word_count(raw[i])) for i in ends if len(raw[i]) >= shortest)
    return {i: w for i, w in counted if w >= min_words}


def _real_prose(raw: list[str], prose: dict[int, int]) -> dict[int, int]:
    """The prose lines that are no teasers (prose right after a short unpunctuated title line)."""
    real = {}
    for i, w in prose.items():
        j = i - 1
        while j >= 0 and not raw[j].strip():
            j -= 1
        if j < 0 or j in prose or raw[j].rstrip().endswith(TERMINAL):
            real[i] = w
    return real


def _teasers(raw: list[str], i: int, prose: dict[int, int], options) -> tuple[list[int], int]:
    """The header line ``i`` and its teaser lines; and the line they stop at (``len(raw)`` at the end)."""
    block, run = [i], 0
    for j in range(i + 1, len(raw)):
        if not raw[j].strip():
            if run > 1 and options["teaser_block"]:
                return block, j  # a block of teasers (a list) ends the header's teasers
            run = 0
            continue
        run += 1
        if j in prose or word_count(raw[j]) > options["max_teaser_words"]:
            return block, j
        block.append(j)
    return block, len(raw)


def _article_goes_on(raw: list[str], i: int, p: int, prose: dict[int, int], real: dict[int, int],
                     options) -> int:
    """Whether the prose line ``p`` after the box of header ``i`` (its short link lines) goes on with the article.

    1 if it does with several paragraphs: the next line is prose too, and after ``p`` the real
    prose (prose after prose) outweighs the teasers; -1 if ``p`` is the article's last paragraph:
    the box sits in prose (a prose line right before the header), and ``p`` is the last prose line,
    longer than a teaser and not cut short ('…'); 0 if it is a teaser.
    """
    j = p + 1
    while j < len(raw) and not raw[j].strip():
        j += 1
    if j in prose:
        teasers = sum(w for k, w in prose.items() if k > p and k not in real)
        return 1 if sum(w for k, w in real.items() if k > p) >= teasers else 0
    if p != next(reversed(prose)) or prose[p] <= options["max_teaser_words"] or raw[p].rstrip().endswith(("…", "...")):
        return 0
    j = i - 1
    while j >= 0 and not raw[j].strip():
        j -= 1
    return -1 if j in prose else 0


@hookimpl
def find_edits(document, options):
    text = document.text
    heads = _heads(document.folded)
    if not heads:
        return []
    raw = text.split("\n")
    if len(raw) > 1 and not raw[-1]:
        raw.pop()  # a final newline starts no line
    offsets = list(accumulate(map(add, map(len, raw), repeat(1)), initial=0))
    offsets[-1] = min(offsets[-1], len(text))
    prose = _prose_words(raw, options["min_prose_words"])
    real = _real_prose(raw, prose)
    edits, taken = [], -1
    for i in heads:
        if i <= taken:
            continue
        header = raw[i].strip()
        # the prose up to the header, and the real prose after it (a few lines each: sums, not prefix sums)
        before = sum(w for j, w in prose.items() if j <= i)
        after = sum(w for j, w in real.items() if j > i)
        if before and before >= options["tail_share"] * (before + after) and not header.endswith(":"):
            # a box inside the article? the first prose line after the header, if it goes on with the article
            # and the header's short lines (to the end of their first block of several) lead to it
            lines = list(prose)  # in line order
            k = bisect_right(lines, i)
            goes_on = _article_goes_on(raw, i, lines[k], prose, real, options) if k < len(lines) else 0
            if goes_on:
                p = lines[k]
                stop = _teasers(raw, i, prose, options)[1]
                while stop < len(raw) and not raw[stop].strip():
                    stop += 1
                goes_on = goes_on if stop == p else 0
            if not goes_on:
                edits.append(Edit(offsets[i], offsets[-1], kind="related", rule="related.tail_block",
                                  reason=f"related block after header '{header}': "
                                         f"{before / (before + after):.0%} of the article's prose is before it"))
                break
            edits.append(Edit(offsets[i], offsets[p], kind="related", rule="related.box",
                              reason=f"related box '{header}' inside the article: article prose goes on after it"))
            if goes_on < 0:  # the article's last paragraph: what follows it is the block's rest
                if p + 1 < len(raw):
                    edits.append(Edit(offsets[p + 1], offsets[-1], kind="related", rule="related.tail_block",
                                      reason=f"related block after header '{header}' and the article's "
                                             f"last paragraph"))
                break
            taken = p
            continue
        block = _teasers(raw, i, prose, options)[0]
        taken = block[-1]
        edits += [Edit(offsets[j], offsets[j + 1], kind="related", rule="related.header_teasers",
                       reason=f"related header '{header}' and its teaser lines") for j in block]
    return edits
