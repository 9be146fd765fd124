"""Video blocks: a duration stamp ("02:10") with the video's title, often printed twice.

Also the labels of video and audio players ("Video abspielen", "Artikel vorlesen") on lines of their own.
"""
import re

from normalizer import hookimpl
from normalizer.textutils import (WS, line_pattern, lines_at, matches_each, next_line, norm, phrases, prefix_pattern,
                                  remove, word_count)

# Lower case, matched on the lower-cased text (folded=True).
STAMP = re.compile(rf"^{WS}*(?:[▶►]{WS}*)?(?:(?:video|play|watch){WS}*)?(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}{WS}*"
                   rf"(?:min\.?)?{WS}*$", re.MULTILINE)
VIDEO_WORD = re.compile(r"\b(?:video|watch|play|clip|videos?|ansehen|vidéo|vídeo)\b", re.IGNORECASE)
LABELS = line_pattern(phrases(*map(str.lower, (
    "Watch", "Watch video", "Watch the video", "Play video", "Play", "Now playing", "Up next",
    "Video", "Videos", "More videos", "Replay", "Video abspielen", "Video ansehen", "Zum Video",
    "Mehr Videos", "Weitere Videos", "Regarder la vidéo", "Ver vídeo", "Guarda il video",
    "Video starten", "Video laden", "Video: Zum Abspielen klicken", "Alle Videos",
    "Vidéo", "Vidéos", "Voir la vidéo", "Lire la vidéo", "Toutes les vidéos",
    "Ver video", "Reproducir video", "Reproducir vídeo", "Más videos", "Más vídeos",
    "Guarda", "Guarda video", "Altri video", "Tutti i video",
    "Bekijk de video", "Bekijk video", "Video afspelen", "Meer video's",
    "Vídeo", "Vídeos", "Assista", "Assista ao vídeo", "Veja o vídeo", "Mais vídeos",
    # audio players of the article ("listen to this article")
    "Listen to this article", "Listen to article", "Listen", "Artikel vorlesen", "Artikel anhören",
    "Beitrag anhören", "Anhören", "Vorlesen", "Audio abspielen", "Écouter l'article", "Écouter cet article",
    "Écouter", "Escuchar", "Escuchar artículo", "Escucha la noticia", "Ascolta l'articolo", "Ascolta",
    "Luister naar dit artikel", "Beluister", "Ouça", "Ouvir", "Ouvir notícia", "Ouça a notícia",
    "Artikel vorlesen lassen", "Text vorlesen", "Vorlesen lassen", "Posłuchaj", "Odsłuchaj artykuł", "Posłuchaj artykułu",
))), flags=0)
PREFIX = prefix_pattern([r"(?:watch|video|videos|vidéo|vidéos|vídeo|vídeos)" + WS + r"*[:|]"], flags=0)


@hookimpl
def plugin_info():
    return {"phase": "phrase", "kinds": ["video"],
            "description": "video duration stamps with their titles, video labels, 'Watch:' lines"}


@hookimpl
def default_options():
    return {"max_title_words": 25}


@hookimpl
def find_edits(document, options):
    text, low = document.text, document.folded
    stamps, labels, links = ({m.start() for m in found}
                             for found in matches_each(document, (STAMP, LABELS, PREFIX), folded=True))
    out = []
    taken = -1  # where the last video block ends
    for line in lines_at(text, stamps | labels | links):
        start = line.start
        if start <= taken:
            continue
        if start in stamps:
            block = [line] + _titles(text, low, line, options["max_title_words"], bool(VIDEO_WORD.search(line.text)))
            out += remove(block, kind="video", reason="video block: duration stamp and title",
                          rule="video.stamp")
            taken = block[-1].start
        elif start in labels:
            out += remove([line], kind="video", reason="video player label", rule="video.label")
        elif word_count(line.text) <= options["max_title_words"]:
            out += remove([line], kind="video", reason="'Watch:'/'Video:' link line", rule="video.prefix")
    return out


def _titles(text, low, stamp, max_words, is_video):
    """The title lines after a stamp: the next line and its repeat, or an unpunctuated title."""
    following, line = [], stamp
    for _ in range(5):
        line = next_line(text, line)
        if line is None or len(following) == 2:
            break
        if not line.blank:
            following.append(line)
    if (not following or word_count(following[0].text) > max_words
            or STAMP.match(low, following[0].start, following[0].end)):
        return []
    first = following[0]
    if len(following) > 1 and norm(following[1].text) == norm(first.text):
        return following
    if is_video or VIDEO_WORD.search(first.text):
        return [first]
    return []
