"""Whether a report's opening sentence frames the news instead of telling it.

A news lede says what happened: who did what, where, when. Features, analyses and columns
open on a frame instead ("For Republicans on Capitol Hill, the president may finally have
gone too far.", "If wedding costs are an indicator, ...", "Every time the chain brings the
sandwich back, ..."): the event comes a sentence or more later. Readers of a brief that
opened on such a line did not learn what happened until its fifth or sixth line.

Lexical rules written here (the opening words of a frame are few and fixed, and a parser
would be a heavy dependency for a few patterns); whether a sentence tells the story's event
at all is judged against the other reports (``rank.lede``).
"""

from __future__ import annotations

import re

from newsfuse.text.lexicon import IRREGULAR_PARTICIPLES, IRREGULAR_PAST
from newsfuse.text.names import POSSESSIVE

# A frame that names whom the news matters to: "For Republicans on Capitol Hill, ...",
# "For fans of the band, ...". Up to seven words before the comma.
_FOR_WHOM = re.compile(r"For ((?:[\w'’.-]+ ){0,6}[\w'’.-]+), ")
# "For" before a span of time or a count is a time frame of the news itself: "For the
# first time in 130 years, ...", "For three days, rescuers searched ...".
_TIME_WORDS = frozenset(
    "time times first second third last day days week weeks month months year years decade "
    "decades century centuries hour hours minute minutes now once generations seasons "
    "season while ever long nearly almost more than".split()
)
# Openers of a condition, a comparison or a generality, which set up an argument rather
# than report: "If ...", "Just because ...", "Whoever ...", "Every time ...", "Like every
# year, ...", "Unlike ...", "In a year when ...", "Basically ..."; a part of what the
# headline told ("Of the 12 arrested on Saturday, seven ..."); and a writer's verdict on
# the news ("Fortunately, ...", "Ironically, ...").
_FRAME_OPENER = re.compile(
    r"""(?:If|Just\ because|Whoever|Whatever|Every\ time|Each\ time|Unlike|Basically
    |Like\ (?:every|most|many|any)
    |In\ a\ (?:year|world|week|month|time|season|day|decade|era)\ (?:when|where|in\ which|that)
    |Of\ (?:the|those|these)\ (?:\d[\d,]*|\w+)(?:\ \w+){1,4},
    |(?:Fortunately|Unfortunately|Luckily|Thankfully|Sadly|Ironically|Surprisingly
    |Amazingly|Remarkably|Predictably|Naturally|Clearly|Obviously),
    )(?!\w)""",
    re.VERBOSE,
)

# "If X wasn't enough, ..." piles the news on what came before it: the news is the clause
# after the comma ("If losing the race wasn't enough, the senator has lost his seat").
_ENOUGH = re.compile(r"If\ [^,]*\b(?:was|were|is|are)(?:n't|n’t|\ not)\ (?:bad\ )?enough,")


def frames_the_news(text: str) -> bool:
    """Whether a sentence opens on a frame (whom the news is for, a condition, a
    comparison) rather than on the news.

    Example:
        >>> frames_the_news("For drivers on the coast road, the winter may be long.")
        True
        >>> frames_the_news("For the first time in a decade, the coast road was closed.")
        False
        >>> frames_the_news("If prices are any guide, the harvest was poor.")
        True
    """
    text = text.lstrip("\"'“‘ ")
    if _FRAME_OPENER.match(text):
        return _ENOUGH.match(text) is None
    found = _FOR_WHOM.match(text)
    if found is None:
        return False
    words = found.group(1).lower().split()
    return not (_TIME_WORDS.intersection(words) or any(w[0].isdigit() for w in words))


# A scene told as it unfolds, the opening of a feature: what somebody was doing as something
# else went on ("As the lawyer was working to free one client, he was also ..."), or had just
# done when it happened ("Jan Lee had just sat down to lunch when ..."). The news comes later.
_SCENE = re.compile(
    r"""As\ [^,]*?\b(?:was|were)\ (?:\w+ly\ )?\w+ing\b
    |[^,]*?\bhad\ just\ \w+ed\b[^,]*?\bwhen\b""",
    re.VERBOSE,
)


def sets_a_scene(text: str) -> bool:
    """Whether a sentence opens on a scene as it unfolds rather than on the news.

    Example:
        >>> sets_a_scene("As Ana Ortiz was locking the mill, she heard the alarm.")
        True
        >>> sets_a_scene("Ana Ortiz had just arrived at the quay when the crane fell.")
        True
        >>> sets_a_scene("As the storm nears, the port has closed.")
        False
    """
    return _SCENE.match(text.lstrip("\"'“‘ ")) is not None


# The procedure of a police or press release rather than its news: a warrant executed at an
# address, reporters updated, a news conference held, agencies that have partnered ("LAPD
# detectives have partnered with investigators from the FBI, ..."). The arrest, the death or
# the charge comes after it.
_PROCESS = re.compile(
    r"""\b(?:executed|served)\ an?\ (?:search\ )?warrant\b
    |\b(?:updated|briefed)\ (?:reporters|the\ media|the\ press|journalists)\b
    |\bheld\ an?\ (?:news|press)\ (?:conference|briefing)\b
    |\b(?:have|has)\ (?:partnered|teamed\ up)\ with\b""",
    re.VERBOSE,
)


def tells_the_process(text: str) -> bool:
    """Whether a sentence tells the procedure of officials (a warrant served, a briefing
    held) rather than what happened.

    Example:
        >>> tells_the_process("Harbour police executed a warrant at 12 Quay Road at 5 a.m.")
        True
        >>> tells_the_process("Harbour police arrested two men at 12 Quay Road on Monday.")
        False
    """
    return _PROCESS.search(text) is not None


# A photo caption printed as prose: a thing and the participle of who made, sent or showed it,
# with no verb of its own ("Campaign mailer sent by GOP state Senate candidate Ed Charamut.",
# "Flowers left by mourners outside the school."). Up to five words before the participle.
_CAPTION = re.compile(
    r"""(?:(?:A|An|The)\ )?(?:[\w'’.-]+\ ){0,4}?[\w'’-]+
    \ (?:sent|seen|shown|pictured|taken|posted|released|displayed|photographed|left)
    \ (?:by|at|in|on|during|outside|inside)\b""",
    re.VERBOSE,
)
# A verb of its own: a caption has none.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|does|do|did|says|said)\b"
)


def is_a_caption(text: str) -> bool:
    """Whether a sentence is a photo caption: a thing and who made, sent or showed it,
    or a picture and what it is of (``_PICTURE_OF``), with no verb of its own.

    Example:
        >>> is_a_caption("Campaign leaflet sent by council candidate Jo Lee.")
        True
        >>> is_a_caption("A leaflet sent by Jo Lee has angered her rival.")
        False
        >>> is_a_caption("Police sent by the county arrested two men.")
        False
    """
    # (every picture opens on "A", "An", "The" or "This": others skip the pattern)
    picture = _PICTURE_OF.match(text) if text[:1] in "AT" else None
    if picture is not None:
        return _pictures_without_a_verb(picture)
    found = _CAPTION.match(text)
    if found is None or _FINITE.search(text) is not None:
        return False
    # ("Police sent by the county arrested two men" has a verb after the participle.)
    return not tells_an_event(text[found.end() :])


# A picture and what it is of ("A sketch released of an unidentified woman who was hit and
# killed ...", "A rendering of the dinosaur, or "Bigfoot.""): a caption whose only verbs are
# in a clause about its subject. Of the report sentences of the dev and anchor sets that open
# so, the 2 without a verb of their own are captions; "A photo released by school officials
# showed the boy ..." and "This photo ... shows ..." have one.
_PICTURE_OF = re.compile(
    r"""(?:A|An|The|This)\ (?:(?:undated|file|handout|police|composite)\ )?
    (?:photo|photograph|image|sketch|picture|drawing|rendering|illustration|mugshot)
    (?P<participle>\ (?:released|provided|taken|made|drawn|distributed))?
    (?:\ by\ (?:(?!shows?\b|showed\b)[^,]){1,60}?)?
    \ of\b""",
    re.VERBOSE,
)
# The start of a clause about the caption's subject: its verbs are not the caption's.
_RELATIVE = re.compile(r"\b(?:who|whom|whose|that|which|where|when)\b|,(?!\d)")
# Without a participle ("A drawing of the quay sells for $9,000."), a present verb this module
# cannot tell may follow: only a short subject before the clause or the end is a caption.
_BARE_CAPTION_WORDS = 6
# A participle after an article describes the subject ("an unidentified woman"): no event.
_DESCRIBING_PARTICIPLE = re.compile(r"\b(?:a|an|the)\ [a-z]+ed\b")


def _pictures_without_a_verb(picture: re.Match[str]) -> bool:
    """Whether a line that opens on a picture (``picture``, its ``_PICTURE_OF`` match) has no
    verb of its own before a clause about its subject ("A sketch released of a woman who was
    hit ..."), as a caption has none ("A sketch of the suspect was released." has)."""
    head = picture.string[picture.end() :]
    clause = _RELATIVE.search(head)
    own = head if clause is None else head[: clause.start()]
    bare = picture.group("participle") is None
    if bare and len(own.split()) > _BARE_CAPTION_WORDS:
        return False
    own = _DESCRIBING_PARTICIPLE.sub(" ", own)
    return _FINITE.search(own) is None and not tells_an_event(own)


# The irregular verbs' past forms and participles (``text.lexicon``): forms that do not end
# in "-ed" ("never got a chance", "set out on a bike ride they had ridden before").
_PAST_FORMS = IRREGULAR_PAST | IRREGULAR_PARTICIPLES
# Those, "died" (four letters), and the present verbs of a report ("says", "finds",
# "call for"): a sentence with one of them, an "-ed" form, "will", "now" (a change: "The hero
# is now a woman"), a progressive, what an act had people doing ("had liberals fuming") or a
# source ("..., according to new research") tells of something that happened, happens or
# will happen, or that a study or a report has found.
_EVENT_WORDS = _PAST_FORMS | frozenset(
    """died run won't will says say tells reports announces confirms finds suggests shows
    claims warns reveals admits denies charges sues urges recommends now""".split()
)
# One pattern for all of them (one search of the text, not a word-by-word lookup); a past
# form in "-ed" has five letters or more ("named", not "red" or "bed"; nor "hundred").
_EVENT = re.compile(
    rf"""[a-z]{{3}}(?<!hundr)ed\b|\b(?:{"|".join(sorted(_EVENT_WORDS))})\b
    |\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?\w+ing\b
    |\bhad\s+\w+\s+\w+ing\b|\bcalls?\ for\b|\baccording\ to\b""",
    re.VERBOSE,
)


def tells_an_event(text: str) -> bool:
    """Whether a sentence has a verb of something happening: a past form ("-ed", "died"),
    a report's "says" or "finds", "will", "now", or a progressive ("is trying"). A scene or a
    generality has only "is", "has" and present verbs of state: "The zoo is home to ...",
    "The name is hard to spell".

    Example:
        >>> tells_an_event("The harbour is home to forty fishing boats.")
        False
        >>> tells_an_event("Fire crews were called to the harbour on Monday.")
        True
    """
    return _EVENT.search(text.lower()) is not None


# The past forms that do not end in "-ed" or have four letters, and the auxiliaries of the
# past.
_PAST_WORDS = _PAST_FORMS | frozenset("died was were had did".split())
# A word that opens in lower case: one in capitals is a name ("the United States", "Rocky
# Mountain Spotted Fever"), and a sentence seldom opens on a past form.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*\b")
# A participle after these tells a state or a present passive ("is located", "are
# expected"), not something that happened ("has been arrested" did); nor after an adverb of
# degree ("among the most prescribed drugs", "one of Hollywood's most celebrated couples",
# "a more detailed account"), an explainer's description of what is. (One pattern: the text
# before each past form is searched once.)
_NO_EVENT_BEFORE = re.compile(
    r"\b(?:(?:is|are|am|be|being)\s+(?:\w+ly\s+)?|(?i:most|more|less|least)\s+)\Z"
)
# A participle before these describes a noun ("a disease caused by ...", "the tick most
# closely associated with ..."), as in a fact sheet, unless an auxiliary of the past comes
# before it ("has been confirmed by archaeologists").
_DESCRIBING = re.compile(r"\s+(?:by|with)\b")
_PAST_PASSIVE = re.compile(r"\b(?:was|were|been|has|have|had)\s+(?:\w+ly\s+)?\Z")


# A report's present verbs of what somebody said or found ("Mitch McConnell says ..."), a
# change ("Rihanna now trails only Madonna") and a progressive of what is going on ("Google
# is announcing ..."): news told in the present.
_REPORTED = re.compile(
    r"""\b(?:says|tells|announces|confirms|finds|suggests|shows|claims|warns|reveals|admits
    |denies|charges|sues|urges|recommends|now)\b
    |\b(?:is|are|it's|it’s)\s+(?:\w+ly\s+)?[a-z]+ing\b""",
    re.VERBOSE,
)


def tells_a_past(text: str) -> bool:
    """Whether a sentence tells something that happened: a past form ("died", "said",
    "-ed" of five letters or more) that is no name, describes no noun and is no present
    passive, or news told in the present ("says", "is announcing"). A report says what
    happened; a fact sheet, a review's credits, an analysis or a preview tell what is,
    what may be and what will be. (Stricter than :func:`tells_an_event`, which reads any
    "-ed" and "will" as an event: it judges one line, this a passage's first few.)

    Example:
        >>> tells_a_past("Rocky Mountain Spotted Fever is a disease caused by bacteria.")
        False
        >>> tells_a_past("The council has approved the harbour plan.")
        True
        >>> tells_a_past("The harbour is located in the old town.")
        False
    """
    if _REPORTED.search(text) is not None:
        return True
    for found in _LOWER_WORD.finditer(text):
        word = found.group()
        if word not in _PAST_WORDS and (
            len(word) < 5 or not word.endswith("ed") or word.endswith("hundred")
        ):
            continue
        if _NO_EVENT_BEFORE.search(text, 0, found.start()):
            continue
        if _DESCRIBING.match(text, found.end()) and not _PAST_PASSIVE.search(
            text, 0, found.start()
        ):
            continue
        return True
    return False


# An opening statement whose subject is a bare definite noun ("The project has raised
# $30,000", "The ad, for a 1999 model, ...", "The song is from ...") leans on the headline
# above it, which the brief does not print: readers could not tell what "the project" was.
# "The parents of a 2-year-old ...", "The storm system that hit ..." say what they are. A
# figure before the noun describes it and anchors it no better: "The 100% edible cup is made
# from ..." opened a brief where another report's lede said KFC had unveiled the cup.
_UNANCHORED_LEDE = re.compile(
    r"(?:The|This|These|That|Those)\ (?:\d[\d.,]*%?\ )?(?:[a-z-]+\ )?[a-z-]+"
    r"(?:,|\ (?:is|was|are|were|has|had|have|will|would|can|could|may|might|made|makes"
    r"|said|says|comes|came|they|he|she|it|we)\b)",
    re.VERBOSE,
)


def unanchored_lede(text: str) -> bool:
    """Whether an opening statement's subject is a bare definite noun.

    Example:
        >>> unanchored_lede("The project has raised $30,000 since July.")
        True
        >>> unanchored_lede("The parents of a missing boy say he was taken.")
        False
    """
    return _UNANCHORED_LEDE.match(text) is not None


# The reader addressed as "you" (outside quotation marks: a speaker's "you" is somebody
# else's listener).
_YOU = re.compile(r"\b[Yy]ou(?:['’](?:re|ve|ll|d))?\b")
_QUOTED_IN_LINE = re.compile(r'"[^"\n]*(?:"|$)|“[^”\n]*(?:”|$)', re.MULTILINE)
# A paragraph's "you"s from which it speaks to the reader rather than telling the news:
# a feature casting the reader in a scene ("You're bored. You're adults. You share a
# bed."), a column's or a horoscope's "you can ...". (Two is a lede's "good for your
# health" and a quoted motto's "You can't win unless you win".)
READER_YOUS = 3


def speaks_to_the_reader(paragraph: str) -> bool:
    """Whether a report's opening paragraph speaks to the reader as "you" (``READER_YOUS``
    times or more, outside quotation marks): the news, if it comes, comes later.

    Example:
        >>> speaks_to_the_reader("The ferry is late. You wait. You're cold. You go home.")
        True
        >>> speaks_to_the_reader('The ferry is late. "You wait, you freeze," Lee said.')
        False
    """
    own = _QUOTED_IN_LINE.sub(" ", paragraph)
    return len(_YOU.findall(own)) >= READER_YOUS


# A lede that reacts to or describes a thing as one the reader knows, though it names it
# nowhere ("... called the work an "insult."", "Eater describes the sandwich as ..."): the
# report leans on a headline or a photo the brief does not print, and readers asked what
# work, which sandwich. (Not "identified the two bodies as ...", which names them, nor
# "dismissed the charges", a judge's act: those are the news.) The thing is "the" and the
# lower-case words after it, up to the complement ("a disgrace", "as a ..."), when none of
# them says which it is ("the officer who shot ...", "the death of ...", "the song, a cover
# of ...") or names one every reader knows ("the president").
_REACTS_TO = re.compile(
    r"""\b(?:call(?:s|ed)?|describ(?:es|ed)|denounce[sd]|slam(?:s|med)
    |prais(?:es|ed)|defend(?:s|ed)|critici[sz](?:es|ed)|blast(?:s|ed)|hail(?:s|ed)
    |condemn(?:s|ed)|welcom(?:es|ed))
    \ the(?P<words>(?:,?\ [a-z][\w'’-]*){1,6})""",
    re.VERBOSE,
)
# Where the thing ends and what it is called begins: "called the plan a disgrace".
_COMPLEMENT = frozenset("a an as".split())
# What says which thing it is: a clause, an "of", a place or a time.
_EXPLAINED_BY = frozenset(
    "of who whom whose that which where when in at on for from by with".split()
)
# Things every reader knows without a name.
_KNOWN_THINGS = frozenset(
    "president police government public world nation military media press".split()
)
# "called" that names ("a program called the ABCs", "a band called the Dead") comes after a
# noun with its article.
_NAMING_CALLED = re.compile(r"\b(?i:a|an|the)\ [\w-]+\ \Z")
# The words after a comma that open an apposition: "the song, a cover of ...".
_APPOSITION_OPENERS = frozenset("a an the who which whose".split())


def reacts_to_the_unnamed(text: str) -> bool:
    """Whether a sentence reacts to or describes a thing by "the" and words that do not say
    which it is, as though its headline had told it.

    Example:
        >>> reacts_to_the_unnamed("Lena Moss, a harbour pilot, called the plan a disgrace.")
        True
        >>> reacts_to_the_unnamed("Lena Moss called the plan that closed the quay a disgrace.")
        False
        >>> reacts_to_the_unnamed("The mayor called the new president a coward.")
        False
    """
    # (A speaker's words are the speaker's: '"We called the plan a disgrace," Lee said.')
    own = _QUOTED_IN_LINE.sub(" ", text)
    for found in _REACTS_TO.finditer(own):
        if _NAMING_CALLED.search(own, 0, found.start()) is None and not _says_which(
            found.group("words")
        ):
            return True
    return False


def _says_which(words: str) -> bool:
    """Whether the words after "the" (as ``_REACTS_TO`` reads them) say which thing it is,
    or name one every reader knows, before its complement: a clause or a phrase after it,
    an apposition (a comma, then "a", "an", "the" or "who"), a known thing."""
    thing: list[str] = []
    tokens = words.replace(",", " ,").split()
    for at, word in enumerate(tokens):
        if word == ",":
            if tokens[at + 1 : at + 2] and tokens[at + 1] in _APPOSITION_OPENERS:
                return True  # an apposition: "the song, a cover of ..."
            continue
        if word in _COMPLEMENT:
            break
        thing.append(POSSESSIVE.sub("", word))  # "the boy's mother" is the boy's
    return bool(set(thing) & (_EXPLAINED_BY | _KNOWN_THINGS))


# A lede that tells somebody mourning a death rather than the death ("Musician Brad
# Fischetti ... is mourning the recent death of friend and band mate Devin Lima." where
# another report's lede says the singer died on Wednesday): a reaction to the news.
_MOURNS = re.compile(
    r"\b(?:is|are|was|were)\ mourning\b|\bmourn(?:s|ed)\ the\ (?:\w+\ )?death\b", re.VERBOSE
)


def mourns_a_death(text: str) -> bool:
    """Whether a sentence tells somebody mourning a death.

    Example:
        >>> mourns_a_death("The band is mourning the death of its drummer, Ed Lo.")
        True
        >>> mourns_a_death("Ed Lo, the band's drummer, died on Monday. He was 40.")
        False
        >>> mourns_a_death("The town is mourning after a fire killed three people on Tuesday.")
        False
    """
    return _MOURNS.search(text) is not None and _TELLS_THE_DEATH.search(text) is None


# A sentence that tells the death as well as the mourning ("The town is mourning after a fire
# killed three people on Tuesday.") tells the news: no reaction only.
_TELLS_THE_DEATH = re.compile(r"\b(?:killed|killing|died|dies|dead|slain)\b", re.IGNORECASE)
