"""The fast paths of the metadata and phrase plugins give what their plain code gave.

``dateline`` and ``byline`` (``_bylines``), ``subscribe``, ``attribution`` and
``related`` skip work where the result is certain beforehand; their former
code is kept here as the reference, and both run on generated lines made of
the pieces they react to.
"""
from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import Document
from normalizer.textutils import TERMINAL, line_edits, lines_with, word_count
from plugins import _bylines, _dates, _related_headers, attribution, related, subscribe

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans(edits):
    return [(e.start, e.end, e.replacement, e.kind, e.reason, e.rule) for e in edits]


# -- datelines and bylines -------------------------------------------------------------------------

DATE_PIECES = ["23. November 2026", "Nov. 19, 2019", "19 Nov 2019", "2019-11-19", "20.11.2019", "05/10/2018",
               "30th  del  septiembre.  del,  2026", "7:05 AM EST", "18.54 GMT", "12:24 am", "um 14:05 Uhr",
               "Published", "Updated", "Last modified on", "Mis à jour le", "Von Max Muster", "By Jane Doe",
               "By DANICA KIRKA and JILL LAWLESS", "Reuters", "Berlin", "Wednesday", "Tue,", "on", "|", "·", " - ",
               "   ", ",", "$139", "4", "2 of 4", "12", "the", "stock car", "Text:", "Lida", "—", "x",
               "The minister said the talks would continue next week", "Former Gov. Deval Patrick, left, speaks",
               "in Grass Valley", "de", "à", "am", "le", "Montag", "um", "ET", "Et", "publié le", "first published",
               "segunda-feira", "İstanbul", "naïve", "_x", "a_b", "x2", "Monday-ish"]
DATE_LINES = st.lists(st.one_of(st.sampled_from(DATE_PIECES), st.text(alphabet="aB1 .:,/|-", max_size=6)),
                      max_size=30).map(" ".join)


def plain_dateline(text, day_first=None):
    """dateline() as it was, before its digit checks (with the later rules for a time alone and
    a place before the date: "Murcia | Actualizado: 21/04/2024")."""
    if not _bylines._YEAR.search(text):
        return None
    found = []
    pieces = _bylines.PIECES.split(_bylines._core(text))
    for i, piece in enumerate(pieces):
        if not piece.strip():
            continue
        if _bylines.TIME_ALONE.match(piece.strip()) or (
                i == 0 and len(pieces) > 1 and _bylines._place(piece) and not _bylines._DIGIT.search(piece)):
            continue
        hit = _dates.find_date(piece, day_first)
        if hit is None:
            if _dates.filler(_bylines.LABEL.sub(" ", piece)):
                continue
            return None
        iso, start, end = hit
        rest = piece[:start] + " " + piece[end:]
        if not _dates.filler(_bylines.LABEL.sub(" ", rest)):
            return None
        found.append(("modified" if _bylines.UPDATED.search(rest) else "published", iso))
    return found or None


@FAST
@given(DATE_LINES, st.sampled_from([None, True, False]))
def test_dateline_is_what_it_was_without_the_digit_checks(text, day_first):
    assert _bylines.dateline(text, day_first) == plain_dateline(text, day_first)


@FAST
@given(DATE_LINES)
def test_a_date_with_its_time_reaches_no_farther_than_reach(text):
    for piece in _bylines.PIECES.split(text):  # (pieces hold no run of three spaces)
        hit = _dates.find_date(piece, True)
        if hit is not None:
            assert hit[2] - hit[1] <= _dates.REACH


def test_the_longest_date_and_time_fit_in_reach():
    piece = "10:30:59.123456789 pm 30th  del  septiembre.  del,  2026 10:30:59.123456789 pm"
    iso, start, end = _dates.find_date(piece)
    assert iso.startswith("2026-09-30") and end - start <= _dates.REACH


@FAST
@given(DATE_LINES, st.integers(1, 20))
def test_byline_tests_its_lead_in_as_its_one_search_did(text, max_words):
    core = _bylines._core(text)
    plain = word_count(core) <= max_words and _bylines.BYLINE_ANYWHERE.search(core) is not None
    fast = bool(_bylines.BYLINE.match(core) or _bylines._AFTER_SEPARATOR.search(core)) and word_count(core) <= max_words
    assert fast == plain


# -- phrase plugins --------------------------------------------------------------------------------

LINES = ["Sign up for our daily newsletter", "Already a subscriber? Log in", "Newsletter jetzt abonnieren",
         "Subscribe", "log in", "Login", "Enter your email address", "Unlock this article", "Digital-Abo testen",
         "Jetzt weiterlesen mit Plus", "Sei già abbonato", "Assine já", "Receba nosso boletim",
         "Il vous reste 80% de cet article à lire",
         "This article first appeared in the print edition of the Post", "Originally published on Medium",
         "Dieser Artikel erschien zuerst auf Zeit Online.", "Sources: Reuters, AP", "Quelle:\nStatistik",
         "© 2024 Example Media", "(c) Example", "Copyright 2024", "All rights reserved.", "Tous droits réservés",
         "Alle Rechte vorbehalten", "Reserved seats", "observers said", "Related", "» Most read", "Read more:",
         "Related articles", "More news", "A teaser title without a stop", "Latest",
         "The minister said the talks would continue next week in the capital, officials confirmed on Monday.",
         "Both sides agreed that further sanctions were not on the table for the time being, he added today.",
         "Short line.", "", "", " ", "  - ", "publicly", "posted by", "abonnés", "Member of the board"]
TEXTS = st.builds(lambda lines, end: "\n".join(lines) + end,
                  st.lists(st.one_of(st.sampled_from(LINES), st.text(alphabet="aB1 .:/(©)|-\n", max_size=12)),
                           max_size=30),
                  st.sampled_from(["", "\n", "\n\n"]))


def plain_subscribe(document, options):
    text, low = document.text, document.folded
    words_in = {}
    for word in subscribe.WORDS:
        for span in lines_with(document, (word,)):
            words_in.setdefault(span, []).append(word)
    out = []
    for start, end in sorted(words_in):
        if not any(subscribe.BY_WORD[w].search(low, start, end) for w in words_in[start, end]):
            continue
        stop = end + 1 if end < len(text) else end
        if word_count(text[start:stop]) <= options["max_words"]:
            out.append((start, stop))
    return out


@FAST
@given(TEXTS)
def test_subscribe_finds_the_lines_its_word_by_word_search_found(text):
    doc = Document(text)
    options = subscribe.default_options()
    assert [(e.start, e.end) for e in subscribe.find_edits(doc, options)] == plain_subscribe(doc, options)


def plain_attribution(document, options):
    families = [("print_edition", attribution.PRINT, "print-edition note"),
                ("originally_published", attribution.ORIGINAL, "'originally published' note"),
                ("sources", attribution.SOURCES, "sources line"),
                ("copyright", attribution.COPYRIGHT, "copyright line")]
    return [e for option, pattern, reason in families if options[option]
            for e in line_edits(document, pattern, kind="attribution", reason=reason,
                                rule=f"attribution.{option}", max_words=options["max_words"], folded=True,
                                within=attribution.COPYRIGHT_WORDS if pattern is attribution.COPYRIGHT else None)]


@FAST
@given(TEXTS, st.integers(1, 40))
def test_attribution_finds_what_a_scan_per_family_found(text, max_words):
    doc = Document(text)
    options = {**attribution.default_options(), "max_words": max_words}
    assert spans(attribution.find_edits(doc, options)) == spans(plain_attribution(doc, options))


def plain_related(document, options):
    """related.find_edits the plain way: a set lookup of every line, prefix sums, lists of lines."""
    from itertools import accumulate, compress, repeat
    from operator import add

    text = document.text
    low = document.folded.split("\n")
    if len(low) > 1 and not low[-1]:
        low.pop()
    heads = [i for i in compress(range(len(low)), map(_related_headers.KEYS.__contains__,
                                                      map(str.strip, low, repeat(_related_headers.DECORATION))))
             if related.HEADERS.fullmatch(low[i])]
    if not heads:
        return []
    raw = text.split("\n")[:len(low)]
    offsets = list(accumulate(map(add, map(len, raw), repeat(1)), initial=0))
    offsets[-1] = min(offsets[-1], len(text))
    ends = compress(range(len(raw)), map(str.endswith, map(str.rstrip, raw), repeat(TERMINAL)))
    prose = {i: w for i, w in ((i, word_count(raw[i])) for i in ends) if w >= options["min_prose_words"]}
    real = related._real_prose(raw, prose)
    before_at = list(accumulate(map(prose.get, range(len(raw)), repeat(0))))
    real_at = list(accumulate(map(real.get, range(len(raw)), repeat(0))))
    total_real = real_at[-1]
    edits, taken = [], -1
    for i in heads:
        if i <= taken:
            continue
        header = raw[i].strip()
        before, after = before_at[i], total_real - real_at[i]
        block, run, stop = [i], 0, len(raw)
        for j in range(i + 1, len(raw)):
            if not raw[j].strip():
                if run > 1 and options["teaser_block"]:
                    stop = j
                    break
                run = 0
                continue
            run += 1
            if j in prose or word_count(raw[j]) > options["max_teaser_words"]:
                stop = j
                break
            block.append(j)
        if before and before >= options["tail_share"] * (before + after) and not header.endswith(":"):
            # a box inside the article: the prose its short lines stop at goes on with the article
            nonblank = [j for j in range(len(raw)) if raw[j].strip()]
            goes_on = 0
            stop = next((j for j in nonblank if j >= stop), len(raw))
            long = 1.5 * options["max_teaser_words"]

            def heading(j):
                return (j < len(raw) and j not in prose and not raw[j].rstrip().endswith(TERMINAL)
                        and word_count(raw[j]) <= 12)
            box_end = stop
            if stop not in prose and heading(stop):  # an intertitle between the box and the prose
                after_stop = [j for j in nonblank if j > stop]
                if after_stop and after_stop[0] in prose:
                    box_end, stop = stop, after_stop[0]
            elif stop in prose and raw[i + 1].strip():  # an intertitle alone after the box's glued links
                h = max((j for j in nonblank if i < j < stop), default=None)
                if h is not None and h > i + 1 and not raw[h - 1].strip() and heading(h):
                    box_end = h
            if stop in prose:
                later = [j for j in nonblank if j > stop]
                earlier = [j for j in nonblank if j < i]
                if later and (later[0] in prose
                              or (heading(later[0]) and len(later) > 1 and prose.get(later[1], 0) > long)):
                    real_after = sum(w for j, w in prose.items() if j > stop and (j in real or w > long))
                    teasers = sum(w for j, w in prose.items() if j > stop and j not in real and w <= long)
                    goes_on = 1 if real_after >= teasers else 0
                elif (not any(j in prose for j in later) and prose[stop] > options["max_teaser_words"]
                      and not raw[stop].rstrip().endswith(("…", "...")) and earlier and earlier[-1] in prose):
                    goes_on = -1
            if not goes_on:
                edits.append((offsets[i], offsets[-1], "related.tail_block",
                              f"related block after header '{header}': "
                              f"{before / (before + after):.0%} of the article's prose is before it"))
                break
            edits.append((offsets[i], offsets[box_end], "related.box",
                          f"related box '{header}' inside the article: article prose goes on after it"))
            if goes_on < 0:
                if stop + 1 < len(raw):
                    edits.append((offsets[stop + 1], offsets[-1], "related.tail_block",
                                  f"related block after header '{header}' and the article's last paragraph"))
                break
            taken = stop
            continue
        taken = block[-1]
        edits += [(offsets[j], offsets[j + 1], "related.header_teasers",
                   f"related header '{header}' and its teaser lines") for j in block]
    return edits


# pieces of a box inside an article: prose, a header, link lines, a paragraph longer than a teaser
PROSE = "The minister said the talks would continue next week in the capital, officials confirmed on Monday."
PROSE2 = "Both sides agreed that further sanctions were not on the table for the time being, he added today."
LONG = ("Challenges include designing the spacecraft to operate largely on its own while the crew sleeps "
        "through much of the long cruise to Mars, the agency said.")
BOX_TEXTS = st.builds(lambda lines: "\n".join(lines) + "\n",
                      st.lists(st.sampled_from([PROSE, PROSE2, LONG, LONG[:-1] + "…", "Related links",
                                                "Mehr zum Thema", "A teaser title without a stop", "", ""]),
                               max_size=14))


@FAST
@given(st.one_of(TEXTS, BOX_TEXTS), st.integers(1, 14), st.sampled_from([0.0, 0.5, 0.9]))
def test_related_finds_what_its_line_by_line_lookup_found(text, min_words, share):
    doc = Document(text)
    options = {**related.default_options(), "min_prose_words": min_words, "tail_share": share}
    assert [(e.start, e.end, e.rule, e.reason) for e in related.find_edits(doc, options)] == plain_related(doc, options)


def test_the_needles_cover_the_words():
    leads = ("©", "(c)", "copyright")
    assert all(w in leads or any(n in w for n in attribution.COPYRIGHT_NEEDLES) for w in attribution.COPYRIGHT_WORDS)


# -- meta_text's walk to the first prose line ------------------------------------------------------

@FAST
@given(TEXTS, st.integers(0, 8), st.integers(1, 14), st.sampled_from([None, 1, 3, 60]))
def test_meta_text_walks_to_the_lines_it_split_the_top_into(text, k, words, limit):
    from plugins import meta_text
    from normalizer.document import split_lines

    options = {**meta_text.default_options(), "head_lines": k, "prose_words": words}
    lines = [l for l in split_lines(text) if l.text.strip()]
    top = meta_text._Top(text, options)
    prose = next((i for i, l in enumerate(lines) if l.start == top.at), None)
    assert (prose is None) == (top.at == -1)
    above = lines[:prose] if prose is not None else lines[:k]
    assert list(top.top(limit)) == above[:limit]
    if prose is not None:
        assert top.last_above(k) == above[-k:]
        assert top.prose_line() == lines[prose]
        assert top.below(3) == lines[prose + 1:prose + 4]
