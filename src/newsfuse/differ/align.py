"""Aligning claims: pairs of claims from different reports (or from different claimants in
one report) that speak of the same fact, and the statements a denial rejects."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

from newsfuse.attribute import ClaimantFinder
from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.denials import is_denial
from newsfuse.differ.frame import frame
from newsfuse.differ.names import full_names
from newsfuse.differ.numbers import SMALL, Quantity
from newsfuse.differ.times import ANY_ONE, ONE_OF_SEVERAL
from newsfuse.differ.units import MEASURE_WORDS
from newsfuse.documents import Sentence
from newsfuse.text.tokens import NEWS_NOUNS, STOP_WORDS, word_tokens

# Words that name a category or a reporting act, not what a sentence is about.
_NOT_TOPIC = frozenset(
    """killed dead died deaths death toll fatalities bodies injured wounded hurt hospital
    hospitalized hospitalised arrested detained custody missing evacuated people persons said
    says told reported according police officials denied denies deny rejected disputed
    dismissed report reports claims claim allegations allegation statement""".split()
)
# The stop list's nouns of news (``tokens.NEWS_NOUNS``) are topic words: a story of a fire or
# a bill shares those words, and nothing else may say it is one story.
_NOT_CONTENT = (STOP_WORDS - NEWS_NOUNS) | frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_POSSESSIVE = re.compile("'s$")
_YEAR = re.compile(r"\b(?:18|19|20)\d\d\b")
# Words that make a place a region, which may hold the other place of a pair.
_REGION = re.compile(r"\b(?:County|State|Province|Region|District|Parish|Valley|Coast)\b")
# How many topic words two sentences must share to be about the same fact.
SHARED_WORDS = {Kind.COUNT: 3, Kind.TIME: 3, Kind.DENIAL: 3, Kind.IDENTITY: 3}
# How many of the words before two years must be shared for the years to be of one event.
YEAR_FRAME_SHARED = 2
# A count of any noun needs this many more shared words than a death toll.
GENERIC_EXTRA = 1
# Two counts of one named category ("dead", "cancelled") whose figures are this close (the
# larger at most this many times the smaller), or two exact counts one apart ("two of the
# gunmen" / "three gunmen"), need one shared word less: a wrong figure is most often near
# the right one, and two reports word one fact differently.
NEAR_RATIO = 1.25
# Words two lone figures of one noun in two reports must share (see ``_lone_figures``).
LONE_SHARED = 2

Pair = tuple[Claim, Claim]


class Story:
    """A story's articles and what alignment asks of them, each computed once: the topic
    words of a sentence, the full names an article writes."""

    def __init__(self, articles: Sequence[Sequence[Sentence]]) -> None:
        self.articles = articles
        self._topics: dict[tuple[str, int], frozenset[str]] = {}
        self._names: dict[str, set[str]] = {}
        # (article id, whether a quotation's speaker may come from the lines before) -> the
        # report's finder and each sentence's index in it.
        self._claimants: dict[tuple[str, bool], tuple[ClaimantFinder, dict[int, int]]] = {}
        self._denials: dict[tuple[str, int], bool] = {}
        self._stems: dict[tuple[str, int], frozenset[str]] = {}
        self._ied_stems: dict[tuple[str, int], frozenset[str]] = {}
        self._read: dict[str, frozenset[int]] = {}

    def topics(self, sentence: Sentence) -> frozenset[str]:
        key = (sentence.article_id, sentence.index)
        if key not in self._topics:
            self._topics[key] = topic_words(sentence.text)
        return self._topics[key]

    def stems(self, sentence: Sentence) -> frozenset[str]:
        """The stems of the sentence's topic words (see :func:`stem`)."""
        key = (sentence.article_id, sentence.index)
        if key not in self._stems:
            self._stems[key] = frozenset(stem(word) for word in self.topics(sentence))
        return self._stems[key]

    def ied_stems(self, sentence: Sentence) -> frozenset[str]:
        """The stems of the sentence's topic words with a verb's "-ied" read as its "-ying"
        (see :func:`ied_stems`): once per sentence, not once per denial that reads it."""
        key = (sentence.article_id, sentence.index)
        if key not in self._ied_stems:
            self._ied_stems[key] = ied_stems(self.topics(sentence))
        return self._ied_stems[key]

    def is_denial(self, sentence: Sentence) -> bool:
        """Whether the sentence denies or rejects a claim (see :func:`is_denial`)."""
        key = (sentence.article_id, sentence.index)
        if key not in self._denials:
            self._denials[key] = is_denial(sentence.text)
        return self._denials[key]

    def first_names(self, article_id: str, surname: str) -> set[str]:
        """First words of the article's full names that end in ``surname``."""
        if article_id not in self._names:
            text = "\n".join(s.text for s in self.article(article_id))
            self._names[article_id] = full_names(text)
        return {n.split()[0] for n in self._names[article_id] if n.split()[-1] == surname}

    def read_indices(self, article_id: str) -> frozenset[int]:
        """The indices of the article's sentences that were read (a story's reader may leave
        some out)."""
        if article_id not in self._read:
            self._read[article_id] = frozenset(s.index for s in self.article(article_id))
        return self._read[article_id]

    def article(self, article_id: str) -> Sequence[Sentence]:
        return next((a for a in self.articles if a and a[0].article_id == article_id), [])

    def claimant(self, sentence: Sentence, speaker_from_before: bool = False) -> str:
        """Who the sentence attributes its claim to (see :class:`ClaimantFinder`; with
        ``speaker_from_before``, a quotation's "she said" takes the speaker a reader takes
        from the lines before)."""
        key = (sentence.article_id, speaker_from_before)
        if key not in self._claimants:
            sentences = self.article(sentence.article_id)
            finder = ClaimantFinder(
                [s.text for s in sentences], speaker_from_before=speaker_from_before
            )
            positions = {s.index: i for i, s in enumerate(sentences)}
            self._claimants[key] = (finder, positions)
        finder, positions = self._claimants[key]
        return finder(positions[sentence.index])


def topic_words(text: str) -> frozenset[str]:
    """Content words of a text that are not figures, categories or reporting verbs.

    Example:
        >>> sorted(topic_words("Two workers were killed in the Halden blaze, police said."))
        ['blaze', 'halden', 'workers']
    """
    words = (_POSSESSIVE.sub("", w) for w in word_tokens(text) if w not in _NOT_CONTENT)
    return frozenset(
        w for w in words if not w[0].isdigit() and w not in SMALL and w not in _NOT_TOPIC
    )


def stem(word: str) -> str:
    """A word without its commonest endings, cut to six letters: "intent", "intentional" and
    "intentionally" alike. Written here: a stemmer library for six letters of English is not
    worth a dependency.

    Example:
        >>> stem("intentionally") == stem("intent"), stem("harmed") == stem("harm")
        (True, True)
        >>> stem("setting"), stem("stopped"), stem("killed")
        ('set', 'stop', 'kill')
    """
    for ending in ("ally", "ly", "ing", "ed", "ions", "ion", "al", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            if ending in _VERB_ENDINGS and _DOUBLED.search(word):
                word = word[:-1]  # "setting", "stopped": "set", "stop"
            break
    return word[:6]


def ied_stems(words: Iterable[str]) -> frozenset[str]:
    """The stems of words (see :func:`stem`), a verb's "-ied" read as its "-ying": "denied
    supplying the weapons" meets "supplied the weapons" ("carried" / "carrying"). Only the
    verb's past: "policies" and "policy" stay apart, as in the rest of the differ.

    Example:
        >>> sorted(ied_stems(["supplied", "supplying", "policies"]))
        ['polici', 'supply']
    """
    return frozenset(
        stem(w[:-3] + "ying" if w.endswith("ied") and len(w) > 5 else w) for w in words
    )


_VERB_ENDINGS = frozenset({"ing", "ed"})
# A consonant doubled before a verb's ending ("sett-ing"); not l, s or z ("kill", "pass").
_DOUBLED = re.compile(r"([b-df-hj-km-np-rtv-y])\1$")


def aligned_pairs(
    claims: Sequence[Claim], story: Story, wanted: Callable[[Claim, Claim], bool] | None = None
) -> Iterator[Pair]:
    """Pairs of claims about one subject that speak of the same fact; two reports that each
    give one figure of one noun need fewer shared words (see :func:`_lone_figures`). With
    ``wanted``, only the pairs it holds for are aligned: the finder of differences wants
    the pairs that conflict, and comparing two values costs far less than reading two
    sentences for one fact (most pairs of a subject agree)."""
    lone = _lone_articles(claims)
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if wanted is not None and not wanted(a, b):
                continue
            if _other_statistics(a, b) or _other_acts(a, b):
                continue  # a day's average and its high, the air and the inside of a truck
            if about_the_same(a, b, story) or _lone_figures(a, b, lone, story):
                yield a, b


def _lone_articles(claims: Sequence[Claim]) -> frozenset[str]:
    """The articles that give one figure of a noun's subject, and one only."""
    if not claims or claims[0].kind is not Kind.COUNT or not claims[0].about.startswith("noun:"):
        return frozenset()
    counts = Counter(c.sentence.article_id for c in claims)
    return frozenset(article for article, n in counts.items() if n == 1)


def _lone_figures(a: Claim, b: Claim, lone: frozenset[str], story: Story) -> bool:
    """Two reports that each count one noun once ("relatives of 150 Chinese passengers",
    "the flight's 153 Chinese passengers"), in the same frame and sharing words: most often
    one thing counted two ways."""
    return (
        a.sentence.article_id in lone
        and b.sentence.article_id in lone
        and a.sentence.article_id != b.sentence.article_id
        and not frame(a.text, a.at).differs(frame(b.text, b.at))
        and len(story.topics(a.sentence) & story.topics(b.sentence)) >= LONE_SHARED
    )


def about_the_same(a: Claim, b: Claim, story: Story) -> bool:
    """Whether two claims of one subject speak of the same fact, in separate voices where
    the kind needs them (a name's two spellings need none)."""
    if a.kind is not Kind.IDENTITY and not _separate_voices(a, b):
        return False
    return _ABOUT_THE_SAME[a.kind](a, b, story)


def _separate_voices(a: Claim, b: Claim) -> bool:
    """From two reports, or from two named claimants inside one."""
    if a.sentence.article_id != b.sentence.article_id:
        return True
    return bool(a.claimant and b.claimant and a.claimant != b.claimant)


def _shared_topic(a: Claim, b: Claim, story: Story) -> bool:
    shared = _shared_words(a, b, story)
    if a.about.startswith("noun:"):  # a figure of any noun: more to share
        if a.sentence.article_id == b.sentence.article_id:
            return False
        return len(shared) >= SHARED_WORDS[a.kind] + GENERIC_EXTRA
    return len(shared) >= SHARED_WORDS[a.kind]


def _shared_words(a: Claim, b: Claim, story: Story) -> frozenset[str]:
    """The topic words two claims' sentences share; of counts, by their stems ("the bus
    crash" and "the bus crashed" share "crash")."""
    if a.kind is Kind.COUNT:
        return story.stems(a.sentence) & story.stems(b.sentence)
    return story.topics(a.sentence) & story.topics(b.sentence)


def _capitalised(text: str) -> frozenset[str]:
    return topic_words(" ".join(w for w in text.split() if w[:1].isupper()))


def _same_person(a: Claim, b: Claim, story: Story) -> bool:
    """Two reports naming one person: the same surname (the subject), a full name on one
    side at least, and no two first names ("Amber Pasztor" is not "Rene Pasztor", nor is
    a bare "Pasztor" in a report that names both). One report giving two ages under one
    surname is most often naming two people."""
    if a.sentence.article_id == b.sentence.article_id:
        return False
    first_a, first_b = _given_names(a.about), _given_names(b.about)
    if first_a and first_b:  # "Teacher Geraldine Alcorn" is "Geraldine Alcorn"
        return bool(set(first_a) & set(first_b))
    if not first_a and not first_b:
        return _one_full_name(a, b, story)
    named, bare = (a, b) if first_a else (b, a)
    surname = bare.about.split()[-1]
    return story.first_names(bare.sentence.article_id, surname) <= {named.about.split()[0]}


def _one_full_name(a: Claim, b: Claim, story: Story) -> bool:
    """Two bare surnames ("Reed, 34," / "Reed, 36,") of one person: each report writes
    that surname in one full name only, and the same one ("Tom Reed" in both)."""
    surname = a.about.split()[-1]
    firsts = story.first_names(a.sentence.article_id, surname)
    return len(firsts) == 1 and story.first_names(b.sentence.article_id, surname) == firsts


_PATRONYMIC = frozenset(p.PATRONYMICS)
# Honorifics that many people share: two sheikhs are not one person by the title.
_HONORIFICS = frozenset({"Sheikh", "Sheik", "Shaikh", "Emir", "Prince", "Princess", "King"})


def _given_names(name: str) -> list[str]:
    """The words of a full name before its surname, up to a patronymic ("bin", "ibn"),
    without an honorific ("Sheikh")."""
    words = name.split()[:-1]
    cut = next((i for i, word in enumerate(words) if word.lower() in _PATRONYMIC), len(words))
    return [word for word in words[:cut] if word not in _HONORIFICS]


def _same_name(a: Claim, b: Claim, story: Story) -> bool:
    """A name spelled two ways needs no more; a rank needs the same person in two reports,
    one of a series ("the second line of the anthem") two reports of the same fact, a
    quotation two reports, a place two reports of one occasion (see :func:`_same_place`)."""
    form = a.subject.partition("/")[0]
    if form == "quote":
        return a.sentence.article_id != b.sentence.article_id
    if form == "place":
        return _same_place(a, b, story)
    if form == "role":
        return _two_people_named(a, b, story)
    if form == "ordinal":
        return a.sentence.article_id != b.sentence.article_id and _shared_topic(a, b, story)
    return form != "title" or _same_person(a, b, story)


def _two_people_named(a: Claim, b: Claim, story: Story) -> bool:
    """Two reports naming the person of one role ("the pilot") two ways: other surnames, and
    neither report writes the other's (then the story has both people), nor names another
    person in that role."""
    if a.sentence.article_id == b.sentence.article_id:
        return False
    surname_a, surname_b = a.value.split()[-1], b.value.split()[-1]
    if surname_a == surname_b:
        return False  # "Tom Reed" and "Thomas Reed": one person, written two ways
    for claim, other in ((a, surname_b), (b, surname_a)):
        sentences = story.article(claim.sentence.article_id)
        if any(re.search(rf"\b{re.escape(other)}\b", s.text) for s in sentences):
            return False
    return True


def _same_place(a: Claim, b: Claim, story: Story) -> bool:
    """Two reports placing one event of one subject, on one occasion (no two years named),
    at two places that may not be one inside the other: places that share a word ("Dover"
    / "Dover Township"), that one report gives both of, or that one sentence of the story
    prints together ("Millbrook, Kent": one is in the other) agree."""
    if a.sentence.article_id == b.sentence.article_id or _other_years(a.text, b.text):
        return False
    if set(a.value.split()) & set(b.value.split()) or _REGION.search(f"{a.value} {b.value}"):
        return False
    texts = [s.text for article in story.articles for s in article]
    return not any(_together(a.value, b.value, text) for text in texts)


def _together(a: str, b: str, text: str) -> bool:
    """Whether a text prints both places, or prints either as holding some other place
    ("Millbrook, Kent": Kent may hold the other place too)."""
    if a in text and b in text:
        return True
    return any(re.search(rf"\b[A-Z][a-z]+, {re.escape(place)}\b", text) for place in (a, b))


def _other_years(a: str, b: str) -> bool:
    """Whether two sentences name years and none in common: two occasions."""
    years_a, years_b = set(_YEAR.findall(a)), set(_YEAR.findall(b))
    return bool(years_a and years_b and not years_a & years_b)


def _same_time(a: Claim, b: Claim, story: Story) -> bool:
    """Times of the same event; years only when the words before them that say what
    happened are shared, a word besides names among them ("stolen from the San Francisco
    Mint in 1899" / "stolen from the U.S. Mint in 1900")."""
    if a.subject.endswith("/year"):
        if not _same_year_frame(a.context, b.context):
            return False
    elif _one_of_several(a.context) or _one_of_several(b.context):
        if a.context != b.context or a.context in ANY_ONE:
            return False  # "One hiker was found" / "The second hiker was found"
    elif a.context and b.context and a.context != b.context:
        return False  # one event of two people: "Smith was arrested" / "Jones was arrested"
    return _shared_topic(a, b, story)


def _same_year_frame(a: str, b: str) -> bool:
    """Whether two years' contexts (the words before each) date one event."""
    (words_a, names_a), (words_b, names_b) = _year_frame(a), _year_frame(b)
    frames, names = words_a & words_b, names_a | names_b
    if len(frames) < YEAR_FRAME_SHARED or not frames - names:
        return False  # a shared name is no shared event: "the Assassinations Committee"
    head = _year_head(a)
    if head != _year_head(b):
        return False  # the year of another thing: "its debut album ... Takes Off"
    if head in _DATED_ACTS and not frames - names - {head}:
        return False  # one act of two things: "founded the mill" / "founded the fund"
    return _which_time(a) == _which_time(b)  # "first elected in 1998" / "re-elected in 2002"


# Acts a year dates, whichever words follow them: "the mill was founded in 1998" and "Lee
# founded the mill in 2001" date one founding (the thing founded must be shared too).
_DATED_ACTS = frozenset(
    "founded established opened built launched created formed incorporated".split()
)


@lru_cache(maxsize=1024)
def _year_head(context: str) -> str:
    """What a year's context says it dates: its last act of ``_DATED_ACTS``, else its last
    word ("the 1899 heist": heist)."""
    words = context.split()
    acts = [word for word in words if word.lower() in _DATED_ACTS]
    return acts[-1].lower() if acts else (words[-1] if words else "")


# Words that say which of several times an event happened: "first elected", "re-elected"
# (read as "re"; "reported" or "received" say nothing).
_WHICH_TIME = re.compile(
    r"\b(?:first|second|third|again|last|latest|previous|initially|originally)\b"
    r"|\b(?P<again>re-?(?:elected|appointed|opened|released|arrested|launched|married))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _which_time(context: str) -> frozenset[str]:
    """The words of a year's context that say which time of an event it dates."""
    return frozenset(
        "re" if match.group("again") else match.group().lower()
        for match in _WHICH_TIME.finditer(context)
    )


def _one_of_several(context: str) -> bool:
    return context.startswith(ONE_OF_SEVERAL)


@lru_cache(maxsize=1024)
def _year_frame(context: str) -> tuple[frozenset[str], frozenset[str]]:
    """The topic words of a year's context and those of its names: read once per context,
    not once per pair (a story's years are compared pairwise)."""
    return topic_words(context), _capitalised(context)


def _shared_anchor(a: Claim, b: Claim, story: Story) -> bool:
    return bool(shared_anchors(a, b)) or _unanchored(a, b, story)


def _unanchored(a: Claim, b: Claim, story: Story) -> bool:
    stance = next(s for s in p.STANCES if s.name == a.subject)
    return not stance.anchored and len(story.topics(a.sentence) & story.topics(b.sentence)) >= 2


def shared_anchors(a: Claim, b: Claim) -> set[str]:
    """Places or parties named in both claims' sentences (their claimants aside)."""
    names_a = set(p.ANCHOR.findall(a.sentence.text)) - {a.claimant, b.claimant}
    return names_a & set(p.ANCHOR.findall(b.sentence.text))


def _same_count(a: Claim, b: Claim, story: Story) -> bool:
    """Figures of the same fact: the same event words, set in the same frame (the same
    years and days, the same place; see :mod:`~newsfuse.differ.frame`). A named category
    needs fewer words in some cases (see :func:`_fewer_words_do`). A figure its report marks
    as later ("the toll rose to 34 on Tuesday") may be of another day: it updates the other."""
    frame_a = frame(a.text, a.at)
    if frame_a.differs(frame(b.text, b.at), by_day=not (a.later or b.later)):
        return False
    if a.about.startswith("measure:"):  # what is measured, not the words of measuring
        measured = story.topics(a.sentence) & story.topics(b.sentence) - MEASURE_WORDS
        return len(measured) >= SHARED_WORDS[Kind.COUNT]
    if _shared_topic(a, b, story):
        return True
    shared = len(_shared_words(a, b, story))
    return not a.about.startswith("noun:") and _fewer_words_do(a, b, shared, bool(frame_a.years))


# Temperatures, and the words that say which statistic or which place of the weather a
# figure gives: "averaged about 70 degrees" is not "a high of 89", nor "inside the truck ...
# 120 degrees" the air's. (A length says what it measures in its subject: "measure:depth".)
_MEASURED = ("noun:degree",)
_STATISTICS = re.compile(
    r"\b(?:averag\w*|mean|median|highs?|lows?|peak\w*|maximum|minimum|record|inside|indoors"
    r"|outside|water|surface)\b"
)
# How far before a figure its statistic is looked for: its own clause, about ten words.
_STATISTIC_REACH = 60


def _other_statistics(a: Claim, b: Claim) -> bool:
    """Two temperatures that give different statistics or places of the weather."""
    return a.kind is Kind.COUNT and a.about.startswith(_MEASURED) and _statistic(a) != _statistic(b)


def _other_acts(a: Claim, b: Claim) -> bool:
    """Two figures of any noun that count two acts: of opposite directions ("cuts 40 jobs" /
    "adds 55 jobs"), by two people named as their doers ("Reed scored 30 points" / "Lee
    scored 22 points"), or a rate and a total ("22 points a game" / "30 points")."""
    if a.kind is not Kind.COUNT or not a.about.startswith("noun:"):
        return False
    directions = {_direction(a), _direction(b)}
    if directions == {"less", "more"}:
        return True
    if {_harm(a), _harm(b)} == {"whole", "part"}:
        return True  # "destroyed 40 homes" / "damaged 75 homes": a fire's two counts
    if _is_rate(a) != _is_rate(b):
        return True
    doers = _doer(a), _doer(b)
    return all(doers) and doers[0] != doers[1]


# The verb just before a figure, and its direction: what a count adds or takes away.
_VERB_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:about|around|nearly|almost|some|over|up\s+to)\s+)?\S*$"
)
_LESS = re.compile(
    r"^(?:cut|slash|eliminat|lose|lost|losing|lays?|laid|shed|clos|reduc|drop|fell|fall"
    r"|declin|fire|fired|firing|sold|sell)"
)
_MORE = re.compile(
    r"^(?:add|creat|gain|hire|hiring|open|rose|rise|rising|increas|grew|grow|bought|buy)"
)
# A figure counted per unit of time ("22 points a game", "10 flights per day").
_RATE = re.compile(
    r"\S+(?:\s+[a-z-]+){1,3}?\s+(?:a|an|per|each)\s+(?:game|match|day|night|week|month"
    r"|year|hour|minute|season|person|capita)\b"
)
# The name right before the verb of a figure: "Reed scored 30 points", "Lee has scored 22".
_DOER = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(?:has|had|have|also|then|alone)\s+)*[a-z]+\s+"
    r"(?:(?:about|around|nearly|almost|some|over|up\s+to)\s+)?$"
)


def _direction(claim: Claim) -> str:
    verb = _VERB_BEFORE.search(claim.text, max(0, claim.at - 30), claim.at)
    if verb is None:
        return ""
    word = verb.group(1)
    return "less" if _LESS.match(word) else "more" if _MORE.match(word) else ""


# How much of what it counts a verb of harm says was lost: all ("destroyed 40 homes", "40
# homes were destroyed") or some ("damaged 75 homes"); reports of a fire, a storm or a quake
# often give both figures, and one report may give only one of them.
_WHOLE = re.compile(r"^(?:destroy|level|flatten|raz|gutt|burn(?:ed|t)\s+down|wip)")
_PART = re.compile(r"^damag")
_HARMED_AFTER = re.compile(
    r"\S+(?:\s+[\w,-]+){1,4}?\s+(?:were|was|have\s+been|had\s+been)\s+([a-z]+)"
)


def _harm(claim: Claim) -> str:
    """ "whole" or "part" for a figure after or before a verb of harm (see ``_WHOLE``)."""
    before = _VERB_BEFORE.search(claim.text, max(0, claim.at - 30), claim.at)
    after = _HARMED_AFTER.match(claim.text, claim.at)
    for verb in (before.group(1) if before else "", after.group(1) if after else ""):
        if _WHOLE.match(verb):
            return "whole"
        if _PART.match(verb):
            return "part"
    return ""


def _is_rate(claim: Claim) -> bool:
    return _RATE.match(claim.text, claim.at) is not None


def _doer(claim: Claim) -> str:
    """The name that does the act of a figure, or "" (also for a group that opens the
    sentence: "Police found 40 bodies" and "Rescuers found 44 bodies" may be one count)."""
    doer = _DOER.search(claim.text, max(0, claim.at - 40), claim.at)
    name = doer.group(1) if doer else ""
    return "" if name in p.NOT_NAMES or name.lower() in _GROUPS else name


_GROUPS = frozenset(
    (
        *p.PERSON_NOUNS,
        *"""officials authorities researchers scientists rescuers investigators
    prosecutors experts analysts organizers organisers companies doctors firefighters
    volunteers witnesses sources""".split(),
    )
)


def _statistic(claim: Claim) -> frozenset[str]:
    """The words before a figure that say which statistic or which place of a measure it
    gives ("averaged", "high", "inside"), in its own clause."""
    before = claim.text[max(0, claim.at - _STATISTIC_REACH) : claim.at]
    clause = re.split(r"[,;:]", before)[-1].lower()
    return frozenset(word[:5] for word in _STATISTICS.findall(clause))


def _fewer_words_do(a: Claim, b: Claim, shared: int, dated: bool) -> bool:
    """Two counts of a named category ("dead") with fewer words in common than usual: one
    word less for near figures (``near_figures``), two less for figures that both frames
    date alike ("a 1997 quake killed", "in 1997, an earthquake killed")."""
    if dated:
        return shared >= SHARED_WORDS[Kind.COUNT] - 2
    return shared >= SHARED_WORDS[Kind.COUNT] - 1 and near_figures(a, b)


def near_figures(a: Claim, b: Claim) -> bool:
    """Whether two counts' figures are close: the nearest values they allow within
    ``NEAR_RATIO`` of each other, or two exact whole counts one apart (a ratio is coarse for
    a few: a miscount of two or three is one off, as one of 20 is four off).

    Example:
        >>> from newsfuse.differ.numbers import quantity
        >>> def claim(words: str) -> Claim:
        ...     s = Sentence("1", 0, 0, 0, words)
        ...     return Claim(Kind.COUNT, "dead/", "dead", words, words, "", s, quantity(words))
        >>> near_figures(claim("68"), claim("69")), near_figures(claim("19"), claim("26"))
        (True, False)
        >>> near_figures(claim("2"), claim("3")), near_figures(claim("2"), claim("4"))
        (True, False)
        >>> near_figures(claim("2.5"), claim("3.5"))
        False
    """
    if a.quantity is None or b.quantity is None:
        return False
    low = min(a.quantity.high, b.quantity.high)
    high = max(a.quantity.low, b.quantity.low)
    return low > 0 and (high / low <= NEAR_RATIO or _one_apart(a.quantity, b.quantity))


def _one_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are exact whole counts one apart ("2" and "3", not "about 2")."""
    exact = all(q.exact and q.low == q.high and q.low.is_integer() for q in (a, b))
    return exact and abs(a.low - b.low) == 1


_ABOUT_THE_SAME: dict[Kind, Callable[[Claim, Claim, Story], bool]] = {
    Kind.COUNT: _same_count,
    Kind.TIME: _same_time,
    Kind.AGE: _same_person,
    Kind.STANCE: _shared_anchor,
    Kind.DENIAL: _shared_topic,
    Kind.IDENTITY: _same_name,
}
