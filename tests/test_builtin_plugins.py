"""Each built-in plugin: what it removes, and what must survive it."""
import pytest

BODY = "The minister said the talks would continue next week in the capital, officials confirmed."
BODY2 = "Both sides agreed that further sanctions were not on the table for the time being, he added."
# article sentences in the other languages the phrase lists cover
DE = "Der Minister sagte am Montag in Berlin, die Gespräche würden in der kommenden Woche fortgesetzt."
DE2 = "Beide Seiten seien sich einig, dass weitere Sanktionen vorerst nicht geplant seien, hieß es."
FR = "Le ministre a déclaré lundi à Paris que les négociations se poursuivraient la semaine prochaine."
FR2 = "Les deux parties sont convenues que de nouvelles sanctions n'étaient pas prévues pour le moment."
ES = "El ministro dijo el lunes en Madrid que las negociaciones continuarían la próxima semana."
ES2 = "Ambas partes acordaron que por ahora no se contemplan nuevas sanciones, según fuentes oficiales."
IT = "Il ministro ha detto lunedì a Roma che i negoziati continueranno la prossima settimana."
IT2 = "Entrambe le parti hanno concordato che per ora non sono previste nuove sanzioni, hanno riferito."
NL = "De minister zei maandag in Den Haag dat de onderhandelingen volgende week worden voortgezet."
NL2 = "Beide partijen waren het erover eens dat er voorlopig geen nieuwe sancties komen, zo meldden bronnen."
PT = "O ministro disse na segunda-feira em Brasília que as negociações continuarão na próxima semana."
PT2 = "As duas partes concordaram que novas sanções não estão previstas por enquanto, segundo fontes oficiais."

CASES = [
    # plugin, text, lines that must go, lines that must stay
    ("ads", f"{BODY}\nAdvertisement\n{BODY2}\nANZEIGE\n- Publicité -\n",
     ["Advertisement", "ANZEIGE", "- Publicité -"], [BODY, BODY2]),
    ("ads", "Advertisement revenue fell sharply in the third quarter.\n", [],
     ["Advertisement revenue fell sharply in the third quarter."]),
    ("promos", f"{BODY}\nGet more with myNEWS\nA personalised news feed of stories that matter to you\nLearn more\n{BODY2}\n",
     ["Get more with myNEWS", "A personalised news feed of stories that matter to you", "Learn more"], [BODY, BODY2]),
    ("promos", f"{BODY}\n\nLearn more about the plan on the ministry's website.\n", [],
     ["Learn more about the plan on the ministry's website."]),
    ("video", f"{BODY}\n\n02:10\n\nTaliban says war is over\n\nTaliban says war is over\n{BODY2}\n",
     ["02:10", "Taliban says war is over"], [BODY, BODY2]),
    ("video", f"{BODY}\n\n10:30\n\nThe minister arrived at the airport.\n",
     ["10:30"], ["The minister arrived at the airport."]),
    ("related", f"{BODY}\n\n{BODY2}\n\nRelated articles\n\nOther story title here\n\nOther story title here\n\n"
                "A long teaser paragraph about something else entirely, which goes on and on for a while.\n\nPopular\n",
     ["Related articles", "Other story title here", "A long teaser paragraph", "Popular"], [BODY, BODY2]),
    ("related", f"Most read\n\nFirst headline elsewhere\n\nSecond headline elsewhere\n\n{BODY}\n\n{BODY2}\n",
     ["Most read", "First headline elsewhere", "Second headline elsewhere"], [BODY, BODY2]),
    # the teasers of a header end with a block of several lines (a menu): the headline after it stays
    ("related", f"Trending\nElections\nWeather\n\nCouncil votes to repair the bridge\n\n{BODY}\n\n{BODY2}\n",
     ["Trending", "Elections", "Weather"], ["Council votes to repair the bridge", BODY, BODY2]),
    # a header ending in ':' introduces what follows (maybe the article's own list): no tail block,
    # only its teasers (to the end of the first block of several lines) go
    ("related", f"{BODY}\n\n{BODY2}\n\nDon't miss:\n\nCheap flights to Lisbon\n\nA week in Rome for two\n"
                "Trains to Vienna at half price\n\nThe offers run until the end of the month.\n\nMore deals\n",
     ["Don't miss:", "Cheap flights to Lisbon", "Trains to Vienna"],
     [BODY, BODY2, "The offers run until the end of the month", "More deals"]),
    ("captions", f"{BODY}\nPicture: The ministers at a meeting in Anhui province. (Twitter/Ambassador)\n"
                 "Photo by Li Ran/Xinhua via Getty Images\nForeign ministers meet in Guilin. Photo: AFP\n"
                 f"Die Minister beim Treffen in Berlin. (Foto: dpa)\n{BODY2}\n",
     ["Picture: The ministers", "Photo by Li Ran", "Photo: AFP", "(Foto: dpa)"], [BODY, BODY2]),
    ("captions", "He showed the photo to reporters: it was taken in 1989.\nThe agency AFP reported the news.\n",
     [], ["He showed the photo to reporters", "The agency AFP reported the news."]),
    # an abbreviation in brackets is no agency credit (from a review decision, tests/regressions)
    ("captions", "Das Thema wird seit Jahren diskutiert: Die elektronische Patientenakte (ePA)\n"
                 "Persönliche Gesundheitsakte (PEPA)\nBeim Gipfel in Brüssel. (Foto: EPA)\nRathaus am Markt / dpa\n",
     ["(Foto: EPA)", "Rathaus am Markt / dpa"], ["Patientenakte (ePA)", "Gesundheitsakte (PEPA)"]),
    ("captions", f"{BODY}\nImage 1 of 23\nImage 3 of / 5\nFoto 2 von 12\nPhoto 4/9\n"
                 "Image 1 of 23 shows the minister arriving at the summit.\n",
     ["Image 1 of 23\n", "Image 3 of / 5", "Foto 2 von 12", "Photo 4/9"],
     [BODY, "Image 1 of 23 shows the minister arriving at the summit."]),
    ("disclaimers", f"{BODY}\nDisclaimer: If you need to update/edit/remove this news or article then please contact our support team Learn more\n",
     ["Disclaimer:"], [BODY]),
    ("comments", f"{BODY}\nLeave a Reply\nYour email address will not be published.\nName *\n\n44\n",
     ["Leave a Reply", "Your email address", "Name *", "44"], [BODY]),
    ("comments", f"{BODY}\n\nComments on the draft law are due by Friday, the ministry said.\n", [],
     ["Comments on the draft law are due by Friday"]),
    ("comments", f"{BODY}\n\nComments\n\nYou must log in to post a comment.\n\n{DE}\n"
                 "Sie müssen angemeldet sein, um einen Kommentar abzugeben.\n",
     ["Comments\n", "You must log in", "Sie müssen angemeldet"], [BODY, DE]),
    ("comments", "You must log in to post a comment about the draft law before Friday, the ministry said.\n", [],
     ["You must log in to post a comment about the draft law"]),
    ("crosslinks", f"{BODY}\n→ READ. In Kabul, the government holds out\nLesen Sie auch: Der Streit geht weiter\n"
                   f"Click the picture to read more\n{BODY2}\n",
     ["→ READ.", "Lesen Sie auch", "Click the picture"], [BODY, BODY2]),
    ("crosslinks", "»Wir werden weiter verhandeln«, sagte der Minister am Montag in Berlin.\nMore-than-expected growth lifted shares.\n",
     [], ["»Wir werden weiter verhandeln«", "More-than-expected growth"]),
    ("subscribe", f"{BODY}\nSign up for our daily newsletter\nAlready a subscriber? Log in\nNewsletter jetzt abonnieren\n",
     ["Sign up for our daily newsletter", "Already a subscriber", "Newsletter jetzt abonnieren"], [BODY]),
    ("cookies", f"We use cookies to improve your experience on our site.\nAccept all\nReject\n{BODY}\nOK\n",
     ["We use cookies", "Accept all", "Reject"], [BODY, "OK"]),
    ("social", f"Share\nShare on Facebook\nX\n{BODY}\n12K views\nFollow us on Twitter\n",
     ["Share on Facebook", "12K views", "Follow us on Twitter"], [BODY]),
    ("tags", f"{BODY}\nTags: China, Russia, Afghanistan\nThemen: Politik, Wahl\n",
     ["Tags: China", "Themen: Politik"], [BODY]),
    ("tags", f"{BODY}\nTags:\nEntertainment Latest News\n\nSchlagworte:\nPolitik\nWahl\n",
     ["Tags:", "Entertainment Latest News", "Schlagworte:", "Politik", "Wahl"], [BODY]),
    ("tags", f"{BODY}\nTags:\n\n{BODY2}\nTags: China, Russia\nThe talks go on next week in the capital.\n",
     ["Tags:", "Tags: China"], [BODY, BODY2, "The talks go on next week"]),
    ("tags", f"Afghanistan\n{BODY}\n\nThe specter of Islamic terrorism\n\n{BODY2}\n",
     ["Afghanistan\n"], [BODY, "The specter of Islamic terrorism", BODY2]),
    ("attribution", f"{BODY}\nThis article appeared in the South China Morning Post print edition as: China, Russia to work together\n"
                    "© 2024 Example Media. All rights reserved.\n",
     ["print edition", "All rights reserved"], [BODY]),
    ("author", f"{BODY}\n\nAbout Author\n\nView all posts by Jane Doe\n", ["About Author", "View all posts"], [BODY]),
    # --- other languages: the boilerplate the phrase lists name, and real sentences opening with the same words
    ("ads", f"{DE}\n» Anzeige\nWeiterlesen nach der Anzeige\n{FR}\nLa suite après la publicité\n{ES}\nPatrocinado\n"
            f"{IT}\nContinua dopo la pubblicità\n{NL}\nGesponsord\n{PT}\n» Publicidade\nContinua depois da publicidade\n",
     ["» Anzeige", "nach der Anzeige", "La suite après", "Patrocinado", "Continua dopo", "Gesponsord",
      "» Publicidade", "Continua depois"], [DE, FR, ES, IT, NL, PT]),
    ("ads", "Anzeigen gegen den Minister wurden am Montag von der Staatsanwaltschaft geprüft.\n"
            "»Werbung ist kein Verbrechen«, sagte er.\nPublicidade enganosa será punida, diz o ministro.\n", [],
     ["Anzeigen gegen den Minister", "»Werbung ist kein Verbrechen«", "Publicidade enganosa"]),
    ("crosslinks", f"{PT}\n\nClique na imagem acima e veja como está o ranking dos pilotos nesta temporada.\n"
                   "Clique na foto do colunista e veja as colunas que ele escreve para o site!\n"
                   f"Klicken Sie auf das Bild, um die Galerie zu öffnen\nKlicken Sie hier\nMehr anzeigen\n"
                   "Zur Startseite\nLesetipp: Der Streit um die Rente geht weiter\nÀ lire également : La réforme passe\n"
                   "Te puede interesar: El Gobierno aprueba el presupuesto\nVedi anche: La riforma delle pensioni\n"
                   f"Zie ook: Kabinet valt over stikstof\nSaiba mais: O que muda com a reforma\nClique aqui\n{DE}\n",
     ["Clique na imagem", "Clique na foto", "Klicken Sie auf das Bild", "Klicken Sie hier\n", "Mehr anzeigen",
      "Zur Startseite", "Lesetipp", "À lire également", "Te puede interesar", "Vedi anche", "Zie ook",
      "Saiba mais", "Clique aqui\n"], [PT, DE]),
    # gallery links and error-report buttons on lines of their own
    ("crosslinks", f"{DE}\nZur Bildergalerie\n{DE2}\nFehler gefunden? Jetzt melden.\n• View gallery\nReport an error\n",
     ["Zur Bildergalerie", "Fehler gefunden?", "View gallery", "Report an error"], [DE, DE2]),
    ("crosslinks", "Fehler gefunden haben die Prüfer bei der Kontrolle nicht, sagte der Sprecher.\n"
                   "Zur Bildergalerie des Museums gehören mehr als 300 Gemälde.\n", [],
     ["Fehler gefunden haben", "Zur Bildergalerie des Museums"]),
    # a link in the article's own words stays, and so does a related-block header (plugins/related.py takes it)
    ("crosslinks", "* Clique no link para ver o calendário completo da temporada\n"
                   "Klicken Sie hier, um das vollständige Urteil als PDF herunterzuladen.\n"
                   "Te puede interesar:\nWeiterlesen wollte er nach der Sitzung, sagte der Abgeordnete.\n", [],
     ["Clique no link", "Klicken Sie hier, um", "Te puede interesar:", "Weiterlesen wollte er"]),
    ("related", f"{DE}\n\n{DE2}\n\nDas könnte Sie auch interessieren\n\nStreit um die Rente geht weiter\n\n"
                "Neue Regeln für Mieter ab Januar\n",
     ["Das könnte Sie auch interessieren", "Streit um die Rente", "Neue Regeln"], [DE, DE2]),
    ("related", f"{FR}\n\n{FR2}\n\nVous aimerez aussi\n\nLa réforme des retraites en cinq questions\n",
     ["Vous aimerez aussi", "La réforme des retraites"], [FR, FR2]),
    ("related", f"{PT}\n\n{PT2}\n\nMatérias relacionadas\n\nGoverno anuncia novo pacote\n",
     ["Matérias relacionadas", "Governo anuncia"], [PT, PT2]),
    ("related", f"{IT}\n\n{IT2}\n\nNotizie correlate\n\nIl governo approva la manovra\n",
     ["Notizie correlate", "Il governo approva"], [IT, IT2]),
    ("related", f"{ES}\n\n{ES2}\n\nTe recomendamos\n\nEl Gobierno aprueba el presupuesto\n",
     ["Te recomendamos", "El Gobierno aprueba"], [ES, ES2]),
    ("related", f"{NL}\n\n{NL2}\n\nOok interessant\n\nKabinet valt over stikstof\n",
     ["Ook interessant", "Kabinet valt"], [NL, NL2]),
    ("related", f"{DE}\n\nAuch lesenswert sind die Memoiren des früheren Ministers, die im Herbst erschienen.\n\n{DE2}\n",
     [], [DE, "Auch lesenswert sind", DE2]),
    ("tags", f"{DE}\nKategorien: Politik, Wirtschaft\n{FR}\nCatégories : Politique, Europe\n"
             f"{ES}\nPalabras clave: Gobierno, Presupuesto\n{IT}\nParole chiave: governo, manovra\n"
             f"{PT}\nPalavras-chave: governo, reforma\n{NL}\nCategorieën: Politiek\n",
     ["Kategorien:", "Catégories", "Palabras clave", "Parole chiave", "Palavras-chave", "Categorieën"],
     [DE, FR, ES, IT, PT, NL]),
    ("tags", "Kategorie B ist für Autos bis 3,5 Tonnen gedacht, erklärte die Fahrlehrerin den Schülern.\n", [],
     ["Kategorie B ist"]),
    ("video", f"{DE}\nArtikel vorlesen\nVideo starten\n{FR}\nÉcouter l'article\nVoir la vidéo\n{ES}\nReproducir video\n"
              f"{IT}\nAscolta l'articolo\n{NL}\nBekijk de video\n{PT}\nAssista ao vídeo\nOuça a notícia\nVídeo: Gol do Flamengo\n",
     ["Artikel vorlesen", "Video starten", "Écouter l'article", "Voir la vidéo", "Reproducir video",
      "Ascolta l'articolo", "Bekijk de video", "Assista ao vídeo", "Ouça a notícia", "Gol do Flamengo"],
     [DE, FR, ES, IT, NL, PT]),
    ("video", "Anhören wollte sich der Minister die Kritik der Opposition nicht, sagte ein Sprecher.\n"
              "Assista às sessões da Câmara pela televisão, recomendou o deputado aos eleitores.\n", [],
     ["Anhören wollte sich", "Assista às sessões"]),
    ("captions", f"{DE}\nFotograf: Max Muster\nAbbildung: Der Plenarsaal im Reichstag\n{ES}\n"
                 f"Fotografía: Archivo EFE\n{PT}\nImagem: Reprodução/TV Globo\nFotos de João Silva\n",
     ["Fotograf:", "Abbildung:", "Fotografía:", "Imagem:", "Fotos de"], [DE, ES, PT]),
    # "(dpa)" after a sentence end says where a German paragraph's news came from: the prose stays;
    # an English caption ending in ". (AP)" goes
    ("captions", "Der Minister sagte am Montag in Berlin, die Gespräche würden fortgesetzt. (dpa)\n"
                 "Die Polizei sperrte die Straße am Abend für mehrere Stunden. (dpa/lno)\n"
                 "O banco aprovou a linha de crédito: R$ 500 milhões para pequenas empresas\n"
                 "The border check point near the Port of Entry in Nogales, Ariz. (AP)\n",
     ["Nogales, Ariz. (AP)"], ["fortgesetzt. (dpa)", "Stunden. (dpa/lno)", "linha de crédito"]),
    ("attribution", f"{DE}\nDieser Artikel erschien zuerst auf Zeit Online.\nQuelle: Statistisches Bundesamt\n"
                    f"© dpa\nAlle Rechte vorbehalten.\n{IT}\nQuesto articolo è stato pubblicato originariamente su Wired.\n"
                    f"Fonte: Istat\nTutti i diritti riservati.\n{PT}\nEste texto foi publicado originalmente no Nexo.\n"
                    f"Fonte: IBGE\nTodos os direitos reservados.\n{NL}\nDit artikel verscheen eerder op NU.nl\n"
                    "Bron: CBS\nAlle rechten voorbehouden.\n",
     ["erschien zuerst", "Quelle:", "© dpa", "Alle Rechte", "pubblicato originariamente", "Fonte: Istat",
      "Tutti i diritti", "publicado originalmente", "Fonte: IBGE", "Todos os direitos", "verscheen eerder",
      "Bron:", "Alle rechten"], [DE, IT, PT, NL]),
    ("attribution", "Der Roman erschien zuerst 1925 in Berlin und wurde ein Erfolg bei Kritik und Publikum.\n"
                    "O livro foi publicado originalmente em 1965 e vendeu milhões de cópias no mundo.\n"
                    "Fonte de renda importante, o turismo cresceu 12% no ano passado.\n", [],
     ["Der Roman erschien zuerst", "O livro foi publicado", "Fonte de renda"]),
    ("comments", f"{PT}\n\nComentários (3)\nDeixe uma resposta\nO seu endereço de e-mail não será publicado.\n"
                 "ATENÇÃO: Comentários com textos ininteligíveis ou ofensivos não serão aprovados pelo moderador.\n",
     ["Comentários (3)", "Deixe uma resposta", "endereço de e-mail", "ATENÇÃO"], [PT]),
    ("comments", f"{DE}\n\nKommentar schreiben\nDeine E-Mail-Adresse wird nicht veröffentlicht.\n"
                 f"Hinweis: Kommentare werden vor der Veröffentlichung von der Redaktion geprüft und freigeschaltet.\n\n"
                 f"{FR}\nLes commentaires sont fermés.\n{IT}\nLascia una risposta\n{NL}\nPlaats een reactie\n"
                 f"{ES}\nLos comentarios están cerrados.\n",
     ["Kommentar schreiben", "E-Mail-Adresse", "Hinweis: Kommentare", "Les commentaires sont fermés",
      "Lascia una risposta", "Plaats een reactie", "Los comentarios están cerrados"], [DE, FR, IT, NL, ES]),
    ("comments", "Kommentare des Ministers wurden am Montag veröffentlicht und sorgten für Aufsehen.\n"
                 "Os comentários do técnico foram publicados nas redes sociais e geraram polêmica.\n", [],
     ["Kommentare des Ministers", "Os comentários do técnico"]),
    ("subscribe", f"{DE}\nZum Newsletter anmelden\nNewsletter bestellen\nJetzt abonnieren\nArtikel freischalten\n"
                  f"{FR}\nInscrivez-vous à notre newsletter\nIl vous reste 75% de cet article à lire.\n"
                  f"{ES}\nSuscríbete a nuestra newsletter\n{IT}\nSei già abbonato? Accedi\n"
                  f"{NL}\nMeld je aan voor onze nieuwsbrief\n{PT}\nAssine nossa newsletter\nConteúdo exclusivo para assinantes\n",
     ["Zum Newsletter", "Newsletter bestellen", "Jetzt abonnieren", "freischalten", "Inscrivez-vous",
      "Il vous reste", "Suscríbete", "Sei già abbonato", "Meld je aan", "Assine nossa", "exclusivo para assinantes"],
     [DE, FR, ES, IT, NL, PT]),
    ("subscribe", "Die Zahl der Abonnenten stieg im dritten Quartal auf zwei Millionen, teilte der Konzern mit.\n"
                  "Quem já é assinante do serviço não pagará mais pelo novo pacote, disse a empresa.\n", [],
     ["Die Zahl der Abonnenten", "Quem já é assinante"]),
    ("cookies", f"Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.\nEinverstanden\n{DE}\n"
                f"Este site utiliza cookies para melhorar sua experiência.\nAceitar\n{PT}\n"
                f"Ce site utilise des cookies.\nTout refuser\n{FR}\n",
     ["Wir verwenden Cookies", "Einverstanden", "Este site utiliza", "Aceitar", "Ce site utilise", "Tout refuser"],
     [DE, PT, FR]),
    ("cookies", "Die Datenschutzbehörde prüft, ob Verlage beim Einsatz von Cookies gegen die Regeln verstoßen.\n"
                "Aceitar a proposta do governo seria um erro, disse o líder da oposição.\n", [],
     ["Die Datenschutzbehörde prüft", "Aceitar a proposta"]),
    ("social", f"{DE}\nAuf Facebook teilen\nPer WhatsApp teilen\nDiesen Artikel teilen\n{FR}\nPartager sur Twitter\n"
               f"{ES}\nCompartir en Facebook\n{IT}\nCondividi su Facebook\n{NL}\nDeel op LinkedIn\n"
               f"{PT}\nCompartilhe\nCompartilhar no WhatsApp\nSiga-nos no Instagram\n1.234 visualizações\n",
     ["Auf Facebook teilen", "Per WhatsApp", "Diesen Artikel teilen", "Partager sur", "Compartir en",
      "Condividi su", "Deel op", "Compartilhe\n", "Compartilhar no", "Siga-nos", "visualizações"],
     [DE, FR, ES, IT, NL, PT]),
    ("social", "Die Nutzer teilen auf Facebook viele Falschmeldungen, sagte die Forscherin am Montag in Berlin.\n", [],
     ["Die Nutzer teilen auf Facebook"]),
    ("disclaimers", f"{DE}\nHinweis: Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.\n"
                    f"Transparenzhinweis: Der Autor besitzt Aktien des Unternehmens.\n{FR}\n"
                    f"Cet article contient des liens affiliés.\n{PT}\nEste artigo contém links de afiliados.\n",
     ["Hinweis: Dieser Artikel", "Transparenzhinweis", "liens affiliés", "links de afiliados"], [DE, FR, PT]),
    ("disclaimers", "Hinweis: Die Veranstaltung beginnt um 19 Uhr im Rathaus.\n"
                    "Note: The Commission will decide on the provision next week.\n", [],
     ["Hinweis: Die Veranstaltung", "Note: The Commission"]),
    ("author", f"{DE}\n\nZum Autor\n\nWeitere Beiträge von Anna Schmidt\n\n{FR}\n\nÀ propos de l’auteur\n\n"
               f"{IT}\n\nTutti gli articoli di Marco Rossi\n\n{PT}\n\nSobre a autora\n",
     ["Zum Autor", "Weitere Beiträge von", "propos de l’auteur", "Tutti gli articoli di", "Sobre a autora"],
     [DE, FR, IT, PT]),
    ("promos", f"{DE}\n\nDas neue Tablet im Test\nJetzt bestellen\n\n{PT}\n\nBaixe o aplicativo do jornal\n",
     ["Das neue Tablet im Test", "Jetzt bestellen", "Baixe o aplicativo"], [DE, PT]),
]


@pytest.mark.parametrize("plugin,text,gone,kept", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_plugin(only, plugin, text, gone, kept):
    result = only(plugin, text)
    for piece in gone:
        assert piece not in result.text, f"{plugin} left {piece!r}"
    for piece in kept:
        assert piece in result.text, f"{plugin} removed {piece!r}"
    assert all(e.plugin == plugin and e.reason and e.rule.startswith(plugin) for e in result.edits)


# a related box inside the article (header and a few link lines) before its last paragraphs: the box goes,
# the article prose after it stays (plugins/related.py, rule related.box)
EN_AFTER = ("Challenges include designing the spacecraft to operate largely on its own while the crew sleeps "
            "through much of the long cruise to Mars, the agency said.")
EN_AFTER2 = "The researchers plan to present their findings at a conference in Paris early next year, she said."
DE_AFTER = "Die Reform soll nach dem Willen der Regierung bereits im kommenden Frühjahr in Kraft treten, hieß es."
DE_AFTER2 = "Die Opposition kündigte an, im Bundestag gegen den Entwurf zu stimmen, falls er so bleibe."
BOXES = [
    (f"{BODY}\n\n{BODY2}\n\nRelated Links\n\nEuropean Space Agency website\n\nMission overview\n\n"
     f"{EN_AFTER}\n\n{EN_AFTER2}\n\nReport an error\n",
     ["Related Links", "European Space Agency website", "Mission overview"], [BODY, BODY2, EN_AFTER, EN_AFTER2]),
    (f"{DE}\n\n{DE2}\n\nMehr zum Thema\n\nRentenreform: Was sich 2025 ändert\n"
     f"Streit in der Koalition geht weiter\n\n{DE_AFTER}\n\n{DE_AFTER2}\n",
     ["Mehr zum Thema", "Rentenreform: Was sich", "Streit in der Koalition"], [DE, DE2, DE_AFTER, DE_AFTER2]),
    # the box before the article's last paragraph: the block runs on after that paragraph
    (f"{BODY}\n\n{BODY2}\n\nRelated Links\n\nEuropean Space Agency website\n\n{EN_AFTER}\n\n"
     "Report Error\n\nTop Video\n\nCouncil votes to repair the bridge\n",
     ["Related Links", "European Space Agency website", "Report Error", "Top Video", "Council votes"],
     [BODY, BODY2, EN_AFTER]),
]


@pytest.mark.parametrize("text,gone,kept", BOXES, ids=["en", "de", "last-paragraph"])
def test_related_box_inside_the_article_leaves_the_prose_after_it(only, text, gone, kept):
    result = only("related", text)
    assert all(piece not in result.text for piece in gone)
    assert all(piece in result.text for piece in kept)
    assert any(e.rule == "related.box" for e in result.edits)


def test_the_default_pipeline_takes_a_box_header_with_its_links(clean):
    # crosslinks leaves a bare related header to related, which takes the box's link lines with it
    text, gone, kept = BOXES[1]
    result = clean(text)
    assert all(piece not in result.text for piece in gone)
    assert all(piece in result.text for piece in kept)
    header = [e for e in result.edits if e.removed.startswith("Mehr zum Thema")]
    assert [e.rule for e in header] == ["related.box"]


def test_crosslinks_leaves_a_bare_related_header_unless_told_otherwise():
    from normalizer import Document
    from normalizer.config import load_config
    from normalizer.pipeline import Pipeline

    text = f"{DE}\n\nMehr zum Thema\n\nRead more:\n\nMehr zum Thema: Die Rente\n"
    left = Pipeline(load_config(), only=["crosslinks"]).run(Document(text))
    assert "Mehr zum Thema\n" in left.text and "Read more:" in left.text
    assert "Die Rente" not in left.text  # a lead with its link still goes
    config = load_config(overrides={"plugins": {"crosslinks": {"leave_related_headers": False}}})
    taken = Pipeline(config, only=["crosslinks"]).run(Document(text))
    assert taken.text == f"{DE}\n\n\n\n"


TEASERS = [f"{EN_AFTER}", "Scientists found that the river has been warming faster than anyone had expected "
           "in recent years, the report said."]
LOOKALIKES = [
    # a real tail block: title line and teaser paragraph, twice, then the footer
    f"{BODY}\n\n{BODY2}\n\nRelated articles\n\nMars mission could put crews to sleep\n\n{TEASERS[0]}\n\n"
    f"River warms faster than expected\n\n{TEASERS[1]}\n\nAbout us\nContact\n",
    # one teaser, but cut short
    f"{BODY}\n\n{BODY2}\n\nRelated articles\n\nMars mission could put crews to sleep\n\n"
    f"{TEASERS[0][:-1]}…\n\nAbout us\nContact\n",
    # one teaser after a block header that follows no prose (a caption)
    f"{BODY}\n\n{BODY2}\n\nThe bridge in 1912\n\nRelated articles\n\nMars mission could put crews to sleep\n\n"
    f"{TEASERS[0]}\n\nAbout us\nContact\n",
]


@pytest.mark.parametrize("text", LOOKALIKES, ids=["teasers", "cut-short", "no-prose-before"])
def test_related_tail_block_with_teasers_still_goes_to_the_end(only, text):
    result = only("related", text)
    assert result.text.rstrip().endswith(BODY2) or result.text.rstrip().endswith("The bridge in 1912")
    assert "Related articles" not in result.text and "About us" not in result.text
    assert [e.rule for e in result.edits] == ["related.tail_block"]


def test_encoding_fixes_mojibake_and_explains(only):
    r = only("encoding", "CafÃ© and naÃ¯ve â€œquotesâ€\x9d\nNicolás Maduro, für, Ελλάδα, 東京\n")
    assert r.text == "Café and naïve “quotes”\nNicolás Maduro, für, Ελλάδα, 東京\n"
    assert all("ftfy" in e.reason and "utf-8" in e.reason for e in r.edits)


def test_encoding_leaves_correct_text_alone(only):
    text = "Nicolás Maduro met Gonçalves in São Paulo; Müller sagte: »Das ist gut.« — 10 € • Ångström\n"
    assert only("encoding", text).edits == []


def test_encoding_entities_controls_and_newlines(only):
    r = only("encoding", "Tom &amp; Jerry&#8217;s\u200b show\r\nline two\x07\r")
    assert r.text == "Tom & Jerry’s show\nline two\n"
    assert {e.kind for e in r.edits} == {"entity", "control", "newline"}


def test_whitespace_tidies_blank_runs_and_final_newline(only):
    r = only("whitespace", "\n\nTitle\n\n\u00a0\n\n\nBody.\n  \n")
    assert r.text == "Title\n\nBody.\n"
    assert only("whitespace", "a\nb").text == "a\nb\n"


def test_scmp_applies_only_to_its_site(only):
    text = (f"Title of the story\n\n{BODY}\n\nChina a welcome friend in Afghanistan: Taliban spokesman\n\n{BODY2}\n")
    assert "welcome friend" in only("scmp", text).text
    assert "welcome friend" not in only("scmp", text, url="https://www.scmp.com/news/x").text
    assert "Title of the story" in only("scmp", text, url="https://www.scmp.com/news/x").text
