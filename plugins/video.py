"""Video blocks: a duration stamp ("02:10") with the video's title, often printed twice."""
import re

from normalizer import hookimpl
from normalizer.textutils import line_pattern, norm, phrases, prefix_pattern, remove, word_count, WS

STAMP = re.compile(rf"^{WS}*(?:[▶►]{WS}*)?(?:(?:video|play|watch){WS}*)?(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}{WS}*"
                   rf"(?:min\.?)?{WS}*$", re.IGNORECASE)
VIDEO_WORD = re.compile(r"\b(?:video|watch|play|clip|videos?|ansehen|vidéo|vídeo)\b", re.IGNORECASE)
LABELS = line_pattern(phrases(
    "Watch", "Watch video", "Watch the video", "Play video", "Play", "Now playing", "Up next",
    "Video", "Videos", "More videos", "Replay", "Video abspielen", "Video ansehen", "Zum Video",
    "Mehr Videos", "Weitere Videos", "Regarder la vidéo", "Ver vídeo", "Guarda il video",
))
PREFIX = prefix_pattern([r"(?:watch|video|videos|vidéo|vídeo)" + WS + r"*[:|]"])


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["video"],
            "description": "video duration stamps with their titles, video labels, 'Watch:' lines"}


@hookimpl
def default_options():
    return {"max_title_words": 25}


@hookimpl
def find_edits(document, options):
    lines = document.lines
    out = []
    taken = -1
    for i, line in enumerate(lines):
        if i <= taken or line.blank:
            continue
        if STAMP.match(line.text):
            block = [line] + _titles(lines, i, options["max_title_words"], bool(VIDEO_WORD.search(line.text)))
            out += remove(block, kind="video", reason="video block: duration stamp and title",
                          rule="video.stamp")
            taken = block[-1].number
        elif LABELS.fullmatch(line.text):
            out += remove([line], kind="video", reason="video player label", rule="video.label")
        elif PREFIX.match(line.text) and word_count(line.text) <= options["max_title_words"]:
            out += remove([line], kind="video", reason="'Watch:'/'Video:' link line", rule="video.prefix")
    return out


def _titles(lines, i, max_words, is_video):
    """The title lines after a stamp: the next line and its repeat, or an unpunctuated title."""
    following = [l for l in lines[i + 1:i + 6] if not l.blank][:2]
    if not following or word_count(following[0].text) > max_words or STAMP.match(following[0].text):
        return []
    first = following[0]
    if len(following) > 1 and norm(following[1].text) == norm(first.text):
        return following
    if is_video or VIDEO_WORD.search(first.text):
        return [first]
    return []
