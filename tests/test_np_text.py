"""Text dumps of unseen sites: article parts the boilerplate core and the related blocks must keep.

All text is invented, in the shapes found on real pages.
"""
import pytest

P1 = ("The council approved the new budget on Tuesday after a long debate about the costs of the harbour "
      "project, which had been delayed twice since last spring.")
P2 = ("Several members said the plan left too little money for schools, and the mayor promised a review of "
      "the spending before the end of the year.")
P3 = ("Residents who spoke at the meeting asked for more buses in the evening, and the transport office said "
      "it would present a timetable in the coming weeks.")
P4 = ("The harbour project is expected to cost about twice as much as first planned, according to figures "
      "that the finance office published on Monday.")
P5 = ("Opposition members called the figures a warning and asked for an independent audit of the contracts "
      "that were signed with the building firms.")
P6 = ("The mayor rejected the request but said that the council would discuss the audit again at its next "
      "meeting in the autumn.")

# a widget of link titles in several blocks (section label, title, author), set inside the article
WIDGET = ("Most Popular\n\nTravel\nTen Quiet Beaches You Should Visit This Year\n\nJane Miller\n\n"
          "Science\nWhy the Moon Keeps Drifting Away From Us\n\nTom Baker\n\n")


def test_related_box_of_several_link_blocks_inside_the_article_leaves_the_prose_after_it(only):
    text = (f"{P1}\n\n{P2}\n\n{P3}\n\n{WIDGET}{P4}\n\nThe ministry declined to comment.\n\n{P5}\n\n{P6}\n\n"
            "Related Articles\n\nA Title Of Another Story Here\n\nAnd A Second Story Title\n")
    result = only("related", text)
    for piece in (P1, P2, P3, P4, "The ministry declined to comment.", P5, P6):
        assert piece in result.text
    for piece in ("Most Popular", "Ten Quiet Beaches", "Jane Miller", "Related Articles", "A Title Of Another"):
        assert piece not in result.text
    assert [e.rule for e in result.edits if e.removed.startswith("Most Popular")] == ["related.box"]


def test_related_tail_of_cut_teasers_is_no_box(only):
    # blocks of teasers cut short ('[…]') between the header and the prose after it: a tail block, not a box
    text = (f"{P1}\n\n{P2}\n\n{P3}\n\nMost Popular\n\nTen Quiet Beaches\nThe sand is white and the water […]\n\n"
            f"Why the Moon Drifts\nScientists have long known that […]\n\n{P4}\n\n{P5}\n")
    result = only("related", text)
    assert P3 in result.text
    assert "Ten Quiet Beaches" not in result.text and P5 not in result.text


# --- scripts: words keep their vowel signs; scripts without spaces between words count characters

def _features(text):
    from plugins import _linefeatures as lf
    return lf.extract(text, menu_words=6)


HI = "सरकार ने मंगलवार को नए बजट की घोषणा की, जिसमें स्कूलों और अस्पतालों के लिए अधिक धन रखा गया है।"


def test_words_keep_their_vowel_signs_and_dandas_end_sentences():
    F = _features(f"{HI}\nहोम पेज\n")
    assert F.words == [20, 2]  # not the pieces between the vowel signs
    assert F.terminal == [True, False]
    my = _features("မြို့တော်ရှိ ဆေးရုံအသစ်ကို ဒီနေ့ ဖွင့်လှစ်ခဲ့ပါတယ်။\n")
    assert my.terminal == [True] and my.words[0] < 15  # not one word per vowel sign


TH_P1 = ("รัฐบาลประกาศงบประมาณใหม่เมื่อวันอังคาร โดยเพิ่มเงินสำหรับโรงเรียนและโรงพยาบาลในต่างจังหวัด "
         "ซึ่งหลายฝ่ายเห็นว่ายังไม่เพียงพอต่อความต้องการของประชาชน โดยเฉพาะในพื้นที่ห่างไกลที่ยังขาดแคลนครูและแพทย์")
TH_P2 = ("นายกเทศมนตรีกล่าวว่าจะมีการทบทวนค่าใช้จ่ายทั้งหมดก่อนสิ้นปี และจะเปิดให้ประชาชนแสดงความคิดเห็น "
         "ผ่านการประชุมที่ศาลากลางในเดือนหน้า ซึ่งคาดว่าจะมีผู้เข้าร่วมจากทุกตำบลในจังหวัด")
TH_P3 = ("ผู้อยู่อาศัยหลายคนขอให้เพิ่มรถโดยสารในช่วงเย็น ขณะที่สำนักงานขนส่งระบุว่าจะเสนอตารางเวลาใหม่ "
         "ภายในไม่กี่สัปดาห์ข้างหน้า หลังจากที่ได้รับเรื่องร้องเรียนจำนวนมากตลอดทั้งปีที่ผ่านมา")


def test_a_line_of_a_script_without_spaces_counts_its_characters():
    F = _features(f"{TH_P1}\nหน้าแรก\n")
    assert F.words[0] >= 25  # about five characters a word, not the three phrases between spaces
    assert F.words[1] == 1


def test_thai_article_paragraphs_stay_in_the_core(clean):
    text = ("หน้าแรก\nข่าว\nกีฬา\nบันเทิง\n\nงบประมาณใหม่ของเมือง\n\n"
            f"{TH_P1}\n\nภาพประกอบ\n\n{TH_P2}\n\n{TH_P3}\n\nข่าวที่เกี่ยวข้อง\n\nเปิดตลาดน้ำแห่งใหม่\n\nฝนตกหนักทั่วภาคใต้\n")
    result = clean(text)
    for piece in (TH_P1, TH_P2, TH_P3):
        assert piece in result.text
    for piece in ("บันเทิง", "เปิดตลาดน้ำแห่งใหม่", "ฝนตกหนักทั่วภาคใต้"):
        assert piece not in result.text


# --- a line of HTML left in a dump (a tracking pixel, a style block) is no prose

def test_a_line_of_markup_is_boilerplate_and_a_line_opening_with_a_bracket_label_is_not(clean):
    pixel = ('<p style="position: absolute; top: -999em"><img src="https://stats.example.org/s?name=news.story.1234'
             '&amp;ml_name=webmodule&amp;ml_version=1&amp;lang=en&amp;page=story&amp;section=local&amp;x=1" '
             'height="1" width="1" alt="" /></p>')
    chat = "<Jane> the council approved the new budget on Tuesday after a long debate, said <Joe>"
    text = (f"Home\nNews\nSport\n\n{pixel}\n{P1}\n\n{P2}\n\n<Updated> {P3}\n{chat}\n\n{P4}\n"
            f"{pixel.replace('1234', '5678')}\n")
    result = clean(text)
    assert "stats.example.org" not in result.text
    for piece in (P1, P2, f"<Updated> {P3}", chat, P4):
        assert piece in result.text
    assert any(e.rule == "boilerplate.outside_core" and "ml_name" in e.removed for e in result.edits)


# --- the core spans a short gap (a widget, an ad, a caption) to article parts beyond it

MENU = "Home\nNews\nSport\nWeather\nContact\n\n"
GAP = ("Ten Quiet Beaches You Should Visit This Year Before Summer\n"
       "Why the Moon Keeps Drifting Away From the Earth Each Year\n"
       "The Best Small Cameras for Travellers on a Budget in Spring\n"
       "How to Keep Your Garden Green Through a Long Dry Summer\n\n")
FOOTER = "\nAbout us\nJobs\nAdvertise\nImprint\n"


@pytest.mark.parametrize("text", [
    f"{MENU}{P1}\n\n{P2}\n\n{P3}\n\n{GAP}{P4}\n\n{P5}\n{FOOTER}",  # the part after the gap is the smaller
    f"{MENU}{P1}\n\n{P2}\n\n{GAP}{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n{FOOTER}",  # the part before it
], ids=["after", "before"])
def test_article_paragraphs_across_a_widget_gap_stay(clean, text):
    result = clean(text)
    for piece in (P1, P2, P3, P4, P5):
        assert piece in result.text
    assert "Ten Quiet Beaches" not in result.text and "Imprint" not in result.text


def test_prose_past_a_drawn_rule_or_standing_apart_is_no_article_part(clean):
    ruled = f"{MENU}{P1}\n\n{P2}\n\n{P3}\n\n{GAP}______________________________\n\n{P4}\n\n{P5}\n{FOOTER}"
    result = clean(ruled)
    assert P3 in result.text and P4 not in result.text and P5 not in result.text
    # prose lines each under a title (teasers), not close to each other
    apart = f"{MENU}{P1}\n\n{P2}\n\n{P3}\n\n{GAP}{P4}\n\nMore From Our Site\nOther News\nNew Story Title Here\nJane Miller\n\n{P5}\n{FOOTER}"
    result = clean(apart)
    assert P3 in result.text and P4 not in result.text and P5 not in result.text


# --- languages without a list of their own were read as a listed one, their prose too poor in its function words

DA = ["Kommunen har besluttet at bygge en ny skole i byen, og arbejdet skal efter planen begynde til foråret.",
      "Borgmesteren sagde, at det er en vigtig dag for de mange familier, som har ventet længe på en løsning.",
      "Skolen får plads til omkring fire hundrede elever, og den skal også bruges af foreningerne om aftenen."]
CS = ["Město se rozhodlo postavit novou školu a práce by podle plánu měly začít na jaře příštího roku.",
      "Starosta řekl, že je to důležitý den pro mnoho rodin, které na řešení čekaly velmi dlouho.",
      "Škola bude mít místo pro zhruba čtyři sta žáků a večer ji budou moci využívat také místní spolky."]
RO = ["Primăria a decis să construiască o școală nouă în oraș, iar lucrările ar urma să înceapă în primăvară.",
      "Primarul a spus că este o zi importantă pentru multe familii care au așteptat mult timp o soluție.",
      "Școala va avea loc pentru aproximativ patru sute de elevi și va fi folosită seara și de asociațiile locale."]


@pytest.mark.parametrize("lang,paragraphs", [("da", DA), ("cs", CS), ("ro", RO)], ids=["da", "cs", "ro"])
def test_prose_of_a_language_near_a_listed_one_stays(clean, lang, paragraphs):
    from plugins import _linefeatures as lf
    body = "\n\n".join(paragraphs)
    text = f"Forside\nNyheder\nSport\nKultur\nKontakt\n\n{body}\n\nOm os\nJob\nAnnoncer\n"
    assert lf.extract(text, menu_words=6).lang == lang
    result = clean(text)
    for p in paragraphs:
        assert p in result.text
    assert "Nyheder" not in result.text and "Annoncer" not in result.text


@pytest.mark.parametrize("sentence,lang", [
    ("The council met for an hour at the town hall, and under the new plan it will meet over the summer.", "en"),
    ("De gemeente heeft besloten om een nieuwe school te bouwen, en het werk begint er in het voorjaar.", "nl"),
    ("Miasto postanowiło zbudować nową szkołę, a prace mają się rozpocząć na wiosnę przyszłego roku.", "pl"),
    ("Die Stadt hat beschlossen, eine neue Schule zu bauen, und die Arbeiten sollen im Frühjahr beginnen.", "de"),
    ("El ayuntamiento ha decidido construir una nueva escuela en la ciudad, y las obras empezarán en primavera.", "es"),
])
def test_the_listed_languages_are_still_read_as_themselves(sentence, lang):
    from plugins import _stopwords
    assert _stopwords.guess(_words(sentence))[0] == lang


def _words(s):
    from plugins import _linefeatures as lf
    return lf.WORD.findall(s.lower())
