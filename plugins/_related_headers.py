"""Headers of related-story blocks ("Related articles", "Mehr zum Thema", ...), shared by the plugins
``related`` (which removes a block with its header) and ``crosslinks`` (which leaves a header alone on
its line to ``related``)."""

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
    "Beliebt", "Beliebte Artikel", "Zum Weiterlesen", "Empfehlungen", "Aktuelle Artikel",
    "Das könnte Ihnen auch gefallen", "Mehr aus dem Ressort", "Top-Themen", "Meistkommentiert",
    "Meistgelesene", "Meist gelesene Artikel", "Am häufigsten gelesen", "Meistgeklickt", "Beliebteste Artikel",
    "Weitere Meldungen", "Weitere Beiträge", "Ähnliche Beiträge", "Verwandte Beiträge", "Passend zum Thema",
    "Ebenfalls interessant", "Außerdem interessant", "Auch lesenswert", "Lesetipp", "Lesetipps",
    "Unsere Empfehlungen", "Empfehlungen der Redaktion", "Mehr zu diesem Thema", "Mehr Nachrichten",
    "Mehr Artikel", "Neueste Beiträge", "Aktuelle Nachrichten", "Neueste Nachrichten",
    "Zum Thema", "Lesen Sie mehr", "Weiterlesen", "Mehr lesen", "Mehr aus der Region", "Das könnte Sie interessieren", "Dazu passend",
    "Weitere News", "Unsere Empfehlung", "Weiterführende Artikel", "Ähnliche Themen", "Mehr aus dieser Rubrik",
    "Weiterführender Link", "Weiterführende Links", "Redaktionstipp", "Redaktionstipps",
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
    "Confira também", "Leia ainda", "Veja ainda", "Outras notícias", "Leia mais", "Veja mais", "Saiba mais",
    # Spanish, Italian, Dutch
    "Más información", "Sigue leyendo", "Leggi di più", "Lees meer", "Meer lezen",
    # Polish
    "Czytaj także", "Czytaj też", "Czytaj również", "Przeczytaj także", "Przeczytaj też", "Zobacz także",
    "Zobacz też", "Zobacz również", "Polecamy", "Polecane", "Najczęściej czytane", "Najpopularniejsze",
    "Najnowsze", "Powiązane artykuły", "Podobne artykuły", "Więcej artykułów", "Najnowsze wiadomości",
)

# Decoration around a header ("» Most read", "Related:") and the lower-cased phrases, for a set lookup.
DECORATION = " \t\u00a0!#$%&*+,-./:;<=>?@\\^_`{|}~»›•·▪►▶▸◦‣→←↑↓▼▲■□●○◆◇★☆–—…"
KEYS = frozenset(" ".join(p.lower().split()) for p in PHRASES)


def is_header(line: str) -> bool:
    """Whether a lower-cased line (or the match of ``related.HEADERS`` in one) is only a header
    phrase and its decoration."""
    return line.strip(DECORATION) in KEYS
