"""Function words per language, for the boilerplate classifier's stopword share.

Prose is full of function words; menus, labels and teaser titles have few.
The lists are short (the most frequent function words), lower-case, and plain
data: add a language by adding an entry. ``guess`` picks the language whose
words cover the most of a text (``ALL_STOPWORDS``: ``STOPWORDS`` and the lists
of languages that would otherwise be read as a listed one), or None when none
covers enough of it.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Iterable

_RAW = {
    "en": """a about above after again against all also am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for from further
        had has have having he her here hers herself him himself his how i if in into is it its itself just
        me more most my myself no nor not now of off on once only or other our ours ourselves out over own
        same she should so some such than that the their theirs them themselves then there these they this
        those through to too under until up very was we were what when where which while who whom why will
        with would you your yours yourself yourselves said says may might must shall who's it's can't don't
        won't isn't wasn't there's that's one like even still however although though since""",
    "de": """aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin bis
        bist da damit dann das dass daß dein deine dem den denn der des dich die dies diese diesem diesen dieser
        dieses dir doch dort du durch ein eine einem einen einer eines einige er es etwas euch euer für gegen
        gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im
        in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können könnte machen man manche
        mehr mein meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine
        seinem seinen seiner sich sie sind so solche soll sollte sondern sonst über um und uns unser unter
        viel vom von vor war waren warum was weil welche welchem welchen welcher wenn werde werden wie wieder
        will wir wird wirst wo wollen würde würden zu zum zur zwar zwischen schon bereits sowie seit""",
    "fr": """a ai aie au aux avec avait avoir c ce ceci cela celle celles celui ces cet cette chez comme
        comment d dans de des donc dont du elle elles en encore est et été être eu fait il ils j je jusqu l la
        le les leur leurs lui m ma mais me même mes moi mon n ne ni nos notre nous on ont ou où par pas pendant
        peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui s sa sans se selon ses si son
        sont sous sur ta te tes toi ton tous tout toute toutes très tu un une vers vos votre vous y était
        étaient sera sont aussi alors après avant bien depuis entre""",
    "es": """a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e
        el él ella ellas ellos en entre era eran es esa esas ese eso esos esta está estaban estado están estar
        este esto estos fue fueron ha había habían han hasta hay la las le les lo los más me mi mis mucho muy
        ni no nos nosotros o otra otras otro otros para pero poco por porque que qué quien se sea según ser si
        sí sido sin sobre son su sus también tanto te tiene tienen todo todos tu un una uno unos y ya yo
        puede pueden cada donde mientras aunque""",
    "it": """a ad al alla alle allo agli ai anche ancora avere aveva avevano c che chi ci come con contro cui
        da dal dalla dalle dai degli dei del della delle dello di dove e è ed era erano essere gli ha hanno ho
        i il in io la le lei lo loro lui ma mi mio molto ne nei nel nella nelle nello no noi non nostro o per
        perché più poi può quale quali quando quanto quella quelle quelli quello questa queste questi questo
        se sei si sia siamo sono sta stato su sua sue sui sul sulla suo suoi tra tu tutti tutto un una uno
        vi voi anche già ogni dopo prima senza fra essere stati""",
    "nl": """aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
        een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is
        ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons
        ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen
        wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou volgens tussen wordt""",
    "pt": """a ao aos aquela aquelas aquele aqueles aquilo as até com como da das de dela delas dele deles
        depois do dos e é ela elas ele eles em entre era eram essa essas esse esses esta está estão estava
        este estes eu foi foram há isso isto já lhe lhes mais mas me mesmo meu minha muito na não nas nem no
        nos nós nossa nosso num numa o os ou para pela pelas pelo pelos por qual quando que quem se sem ser
        seu seus sua suas só também te tem têm ter um uma umas uns você vocês será sobre ainda onde""",
    "pl": """a aby ale albo ani bardzo bez będą będzie bo by był była było były być chociaż czy dla do dlatego
        gdy gdzie go i ich ile im iż ja jak jako jakie jego jej jest jeszcze jeśli już każdy kiedy kto która
        które którego której który których którym którzy lub ma mają może można mu na nad nam nas nawet nich nie
        niż o od oraz po pod ponieważ przed przez przy się są ta tak także tam te tego tej ten też to tu tych
        tylko tym u w we więc wszystko z za ze że żeby jednak również według""",
    "ru": """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
        было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас
        нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем
        была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем
        ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два
        об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя
        впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между
        это также""",
}

# Languages whose function words the lists above lack, and whose texts would be read as a listed
# language with a share of function words too low for prose (Danish as Dutch, Czech as Polish,
# Romanian as Spanish): only ``guess`` (the boilerplate classifier) uses them, the language plugin's
# check keeps to ``STOPWORDS``. Languages whose words take their endings (Finnish, Turkish) are left
# out: a document in no listed language needs no share of function words.
_MORE = {
    "sv": """och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så
        kan man när år säger under också efter eller nu sin där vid mot ska skulle kommer ut hade blir blev bara
        hon hans även mellan alla andra dem deras detta denna dessa vara varit vad vilket vilka hur sedan än
        genom utan inom över mycket många redan samt enligt""",
    "da": """og i at det er en til på som de med for af den ikke har han et var der fra jeg sig men om vi kan så
        skal efter også hun når eller hans over sin blev blive være været havde have dem deres denne dette disse
        man mod under ud alle andre nu kun meget mange hvor hvad hvis hvorfor ved end da siger sagde ifølge
        mellem samt allerede""",
    "no": """og i det at en er til på som de med for av den ikke har han et var der fra jeg seg men om vi kan så
        skal etter også hun når eller hans over sin ble bli være vært hadde ha dem deres denne dette disse man
        mot under ut alle andre nå bare mye mange hvor hva hvis hvorfor ved enn da sier sa ifølge mellom samt
        allerede""",
    "cs": """a v se na je že to s z o k do i by jako ale za po jsou jak pro tak jeho který která které kteří
        jsem byl byla bylo byli být už jen také když nebo od ve ze při podle jejich její jsme jste není než však
        aby mezi ani bude budou může tento tato toto tyto této tím tom ho mu jim nás vás co""",
    "sk": """a v sa na je že to s z o k do i by ako ale za po sú pre tak jeho ktorý ktorá ktoré ktorí som
        bol bola bolo boli byť už len tiež keď alebo od vo zo pri podľa ich jej sme ste nie než však aby medzi
        ani bude budú môže tento táto toto tieto tejto tým tom ho mu im nás vás aj čo""",
    "ro": """și în de la a cu pe că nu din o un se care este sunt au fost mai pentru ca dar sau această acest
        acesta aceasta acestea lui ei lor el ea noi voi le îi ce cum când după până prin despre între fără
        spre va vor fi fie poate doar deja încă foarte toate tot toți unui unei mult""",
    "hr": """i u je se na da za od su a o s sa iz koji koja koje kojeg kako ali ili te to što nije bi bio
        bila bilo biti će smo ste sam kao po do pa ne još već samo također prema između nakon prije ima imaju
        može mogu ovaj ova ovo taj ta njegov njezin njihov ga mu im ih nas vas""",
    "sl": """in je v na se da za so z s od pa ki ne bi bil bila bilo biti kot po do ali ter tudi še že le
        samo med pred brez jih ga mu mi vi on ona ono to ta kar kako kjer ko ker saj sem smo ste bo bodo
        lahko""",
    "hu": """a az és hogy is nem egy meg de csak már van volt lesz mint ez azt ezt még után szerint között
        vagy pedig ha mert akkor amely amit aki minden kell lehet több sem nagyon most majd úgy itt ott ki mi
        ő ők azonban valamint illetve""",
}

STOPWORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _RAW.items()}
# Every list ``guess`` reads: STOPWORDS first (ties go to the language listed first).
ALL_STOPWORDS: dict[str, frozenset[str]] = {**STOPWORDS,
                                            **{lang: frozenset(words.split()) for lang, words in _MORE.items()}}


# word -> the languages whose list holds it
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in ALL_STOPWORDS.items():
    for _w in _words:
        _LANGUAGES_OF[_w] = _LANGUAGES_OF.get(_w, ()) + (_lang,)


def guess(words: Iterable[str], *, min_share: float = 0.08) -> tuple[str | None, frozenset]:
    """The language whose stopwords make up the largest share of ``words`` (lower-cased).

    Returns ``(None, empty)`` when no list covers ``min_share`` of the words (a
    language without a list). Ties go to the language listed first.
    """
    words = words if isinstance(words, list) else list(words)
    if not words:
        return None, frozenset()
    hits = Counter(chain.from_iterable(filter(None, map(_LANGUAGES_OF.get, words))))
    best = max(ALL_STOPWORDS, key=lambda lang: hits[lang])
    if not hits[best] or hits[best] < min_share * len(words):
        return None, frozenset()
    return best, ALL_STOPWORDS[best]
