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
