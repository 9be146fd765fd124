"""Noise lines that text dumps keep, in the languages the phrase plugins cover: comment-policy notices,
"report an error" prompts, paywall notices, keyword lines, staff bylines. Each case: the lines that go
(with the rule that takes them) and article sentences of the same words that stay."""
import pytest

BODY = "The minister said the talks would continue next week in the capital, officials confirmed."
DE = "Der Minister sagte am Montag in Berlin, die Gespräche würden in der kommenden Woche fortgesetzt."
ES = "El ministro dijo el lunes en Madrid que las negociaciones continuarían la próxima semana."

# plugin, rule, lines that must go
GONE = [
    ("comments", "comments.policy", [
        "Kommentare werden moderiert.",
        "Alle Kommentare werden vor der Veröffentlichung von der Redaktion geprüft.",
        "Los comentarios están sujetos a moderación.",
        "Les commentaires sont modérés a priori.",
        "We moderate all comments.",
        "I commenti sono moderati.", "Reacties worden gemodereerd.", "Os comentários são moderados.",
        "Komentarze są moderowane.",
        "Die Kommentare geben nicht die Meinung der Redaktion wieder.",
        "Les commentaires n'engagent que leurs auteurs.",
        "El contenido de los comentarios es la opinión de los lectores, no de este diario.",
        "No está permitido publicar comentarios injuriantes o contrarios a la ley.",
        "Comments that contain insults or advertising will be removed.",
        "Kommentare, die gegen unsere Regeln verstoßen, werden gelöscht.",
        "Wir behalten uns vor, Kommentare ohne Angabe von Gründen zu löschen.",
        "The views expressed in the comments are those of our readers.",
        "Bitte beachten Sie unsere Netiquette.",
        "الآراء الواردة أدناه لا تعبر عن رأي الموقع.",
        "Your comment is awaiting moderation.", "Ihr Kommentar wartet auf Freischaltung.",
        "Votre commentaire est en attente de modération.", "Tu comentario está pendiente de moderación.",
    ]),
    ("social", "social.feedback", [
        "Fehler gefunden? Jetzt melden", "Haben Sie einen Fehler im Text entdeckt?", "Sie haben einen Fehler gefunden?",
        "Signaler une erreur",
        "Informar de un error", "¿Has visto un error? Escríbenos", "Found a typo? Let us know.", "Report an error",
        "Segnala un errore", "Fout gezien? Meld het ons", "Encontrou um erro? Avise-nos", "Zgłoś błąd",
        "Kļūda rakstā?",
        "Markieren Sie den Text und drücken Sie Strg+Enter, um uns den Fehler zu melden.",
        "Select the text and press Ctrl+Enter to send the mistake to the editors.",
    ]),
    ("subscribe", "subscribe.prompt", [
        "Dieser Artikel ist nur für Abonnenten", "Réservé aux abonnés", "Contenido exclusivo para suscriptores",
        "This article is for subscribers only", "Dieser Inhalt ist Abonnenten vorbehalten.",
        "Denne artikel er kun for abonnenter", "［有料会員限定］ この記事は会員限定です。",
        "Thank you for your support!", "Vielen Dank für Ihre Unterstützung!", "Endast för prenumeranter",
        "Um diesen Artikel lesen zu können, benötigen Sie ein Abonnement.",
    ]),
    ("tags", "tags.list", ["Themen: Wahl, Bundestag, Koalition", "Schlagworte: Energie, Klima",
                           "Stichwörter: Bahn, Streik", "Mots-clés : élections, Sénat", "Temas: elecciones, Congreso",
                           "Emner: valg, Folketinget"]),
    ("author", "author.staff_byline", ["von Redaktion Beispielblatt", "Von der Redaktion", "Von der Online-Redaktion",
                                       "By Staff Reporter",
                                       "By The Example Times Staff", "Par la rédaction", "Por Redacción",
                                       "Door de redactie"]),
]

# plugin, article text that must stay whole
KEPT = [
    ("comments", "Facebook said comments are moderated by a team of volunteers in Dublin.\n"
                 "Your comment was very helpful, the minister told the committee.\n"
                 "The minister's comments are being reviewed by the ethics committee, a spokesperson said.\n"
                 "His comments reflect a broader frustration among voters, analysts said.\n"
                 "Die Kommentare des Ministers wurden von der Opposition scharf kritisiert.\n"
                 "La empresa se reserva el derecho de admisión, dijo el portavoz.\n"),
    ("social", "Die Behörde habe einen Fehler gefunden, sagte der Sprecher am Montag.\n"
               "The company said it would report an error rate of 2 percent in its next filing to regulators.\n"
               "Select committees will hear evidence from the ministers next week, the clerk said.\n"
               "Le ministre a reconnu une erreur de calcul dans le budget.\n"),
    ("subscribe", "The newspaper said its subscribers only learned of the price rise from a letter.\n"
                  "Der Verlag teilte mit, die Zahl der Abonnenten sei im vergangenen Jahr gestiegen.\n"
                  "Thank you for your support, she told the crowd, before leaving the stage in tears.\n"
                  "Vielen Dank für Ihre Unterstützung, sagte der Bürgermeister den Helfern am Sonntag.\n"),
    ("tags", "Die Themen der Konferenz waren Klima und Energie, sagte die Sprecherin.\n"
             "首相は記者会見で、経済対策を発表した。 来年度の予算案にも触れた。\n"),
    ("author", "Von der Redaktion wurde der Text vor der Veröffentlichung geprüft.\n"
               "By Staffan Persson\nVon Max Beispiel\nBy Jane Example, staff writer\n"),
]


@pytest.mark.parametrize("plugin,rule,lines", GONE, ids=[g[1] for g in GONE])
def test_noise_line_goes(only, plugin, rule, lines):
    for line in lines:
        text = f"{BODY}\n\n{line}\n\n{DE}\n"
        result = only(plugin, text)
        assert line not in result.text, f"{rule} left {line!r}"
        assert BODY in result.text and DE in result.text
        assert [e.rule for e in result.edits] == [rule], line


@pytest.mark.parametrize("plugin,text", KEPT, ids=[k[0] for k in KEPT])
def test_article_text_of_the_same_words_stays(only, plugin, text):
    result = only(plugin, text)
    assert result.text == text, [text[e.start:e.end] for e in result.edits]


def test_a_comment_policy_notice_of_several_lines_goes_whole(only):
    # the third sentence opens with the site's name: it goes as a RESERVED form on a page with a comment widget
    # and as a line glued under the notice
    notice = ("El contenido de los comentarios es la opinión de los usuarios, no de este diario.\n"
              "No está permitido verter comentarios injuriantes o contrarios a las leyes.\n"
              "ejemplo.es se reserva el derecho de eliminar cualquier comentario inapropiado.\n")
    result = only("comments", f"{ES}\n\n{notice}\n{ES}\n")
    assert result.text.strip() == f"{ES}\n\n\n{ES}"
    assert {e.rule for e in result.edits} == {"comments.policy"}


def test_a_reserved_right_mid_line_goes_only_on_a_page_with_comments(only):
    line = "Das Beispielblatt behält sich vor, Kommentare zu kürzen oder zu löschen."
    assert line in only("comments", f"{DE}\n\n{line}\n").text
    result = only("comments", f"{DE}\n\nKommentare\n\n{line}\n")
    assert line not in result.text and DE in result.text


def test_a_keyword_line_of_japanese_text_goes(only):
    article = "首相は記者会見で、新しい経済対策を発表した。与党内でも議論が続いている。\n"
    keywords = "経済対策 与党 首相 記者会見 予算案 国会\n"
    result = only("tags", f"{article}\n{keywords}")
    assert result.text == f"{article}\n"
    assert [e.rule for e in result.edits] == ["tags.cjk_keywords"]
    # the same words in a Latin-script text are not a keyword line of this kind
    latin = "Tokyo Osaka Kyoto Nagoya Sapporo Fukuoka\n"
    assert only("tags", f"{BODY}\n\n{latin}").text == f"{BODY}\n\n{latin}"


def test_a_share_label_in_japanese_goes(only):
    result = only("social", f"{BODY}\n\nこの記事をシェア\n\n{DE}\n")
    assert result.text == f"{BODY}\n\n\n{DE}\n"


def test_a_staff_byline_goes_in_the_default_pipeline_a_persons_stays(clean):
    head = "Neue Brücke über den Fluss eröffnet"
    para = ("Die neue Brücke über den Fluss ist am Samstag nach zwei Jahren Bauzeit eröffnet worden. "
            "Hunderte Menschen kamen zur Feier am Ufer, die Stadt hatte zu einem Fest eingeladen.")
    para2 = ("Die Kosten lagen nach Angaben der Stadt bei rund zwölf Millionen Euro und damit im Plan. "
             "Der Verkehr soll ab Montag über die Brücke rollen, zunächst nur in eine Richtung.")
    staff = clean(f"{head}\n\nvon Redaktion Beispielblatt\n\n{para}\n\n{para2}\n").text
    assert "Redaktion Beispielblatt" not in staff and para in staff and para2 in staff
    person = clean(f"{head}\n\nVon Max Beispiel\n\n{para}\n\n{para2}\n").text
    assert "Von Max Beispiel" in person
