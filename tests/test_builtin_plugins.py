"""Each built-in plugin: what it removes, and what must survive it."""
import pytest

BODY = "The minister said the talks would continue next week in the capital, officials confirmed."
BODY2 = "Both sides agreed that further sanctions were not on the table for the time being, he added."

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
    ("tags", f"Afghanistan\n{BODY}\n\nThe specter of Islamic terrorism\n\n{BODY2}\n",
     ["Afghanistan\n"], [BODY, "The specter of Islamic terrorism", BODY2]),
    ("attribution", f"{BODY}\nThis article appeared in the South China Morning Post print edition as: China, Russia to work together\n"
                    "© 2024 Example Media. All rights reserved.\n",
     ["print edition", "All rights reserved"], [BODY]),
    ("author", f"{BODY}\n\nAbout Author\n\nView all posts by Jane Doe\n", ["About Author", "View all posts"], [BODY]),
]


@pytest.mark.parametrize("plugin,text,gone,kept", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_plugin(only, plugin, text, gone, kept):
    result = only(plugin, text)
    for piece in gone:
        assert piece not in result.text, f"{plugin} left {piece!r}"
    for piece in kept:
        assert piece in result.text, f"{plugin} removed {piece!r}"
    assert all(e.plugin == plugin and e.reason and e.rule.startswith(plugin) for e in result.edits)


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
