"""A sentence that opens on a thing the sentence before it introduces: "The hearing lasted
nine hours." after "A judge held a hearing on Monday."

News prose introduces a thing with an indefinite noun phrase ("a hearing", "an edible
coffee cup", "40 patients") and then names it with "the" ("The hearing ...", "The cup,
named ...", "The patients were followed ..."). A brief that takes the second sentence
without the first leaves the reader asking which hearing, which cup. Readers named this
as their most frequent complaint (issue 18: "The group warned that ...", "The hearing,
which lasted more than nine hours, ..."). The test is lexical, as in ``text.cohesion``:
the sentence's opening "The" phrase and its predecessor's indefinite phrase share a
head noun. A wider reading of every definite noun against the brief (branch
``intro27-rule``) was 54 % precise; this one reads only the subject that opens the
sentence, and only against an indefinite introduction in the sentence right before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Nouns a reader of any news story knows without an introduction, or that name a time or
# the page ("The police said ...", "The next day ..."): the branch ``intro27-rule``'s list.
_KNOWN = frozenset(
    """police president court courts company government city state country nation world
    public military army navy media press internet economy market markets weather year
    years day days week weeks month months time times end start beginning rest first last
    same way past future moment morning afternoon evening night weekend story article
    video photo report news people man woman men women family community area region
    capital town village home house street road site website web page number numbers
    majority minority top bottom side sides middle hospital school university election
    campaign law laws other others latter former following next previous second third
    latest wake face issue investigation owner suspect suspects victim victims authorities
    officials county""".split()
)
# Function words and auxiliaries: they end a noun phrase. (Not ``tokens.STOP_WORDS``, whose
# list holds nouns news prints as things: "fire", "bill", "system".)
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at for from by with about into over under after before between
    as than that which who whom whose what when where while and or but nor so if because
    is are was were be been being has have had do does did will would shall should can
    could may might must it its he she they them their his her him we us our you your this
    these those there then also not no just only even still now here""".split()
)
# "The" and at most three words of its phrase, lower case (a capital is a name: "The Navy",
# "The Trump administration"); the phrase ends at punctuation or a function word.
_OPENING = re.compile(r"The ((?:[a-z][a-z-]*(?:['’]s)? ?){1,3})")
# "The third suspect", "The second fire": one of a series the text before counts (the
# ordinal and at most two more words; "The second-largest ..." is no series).
_ORDINAL = re.compile(
    r"The (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"((?: [a-z][a-z-]*(?:['’]s)?){1,2})(?=[\s,.;:])"
)
# A noun counts as named before when a word with its first this many letters was printed;
# ``rank.runs`` reads the things a story makes known to the same length, so that the stems
# of ``happening_from_before`` meet them.
STEM = 5
# Words that introduce a thing: "a", "an", a count ("40 patients", "two studies"). (A year
# passes for a count: "her 1997 memoir" and "the December 2017 reports" tell the thing
# that "The memoir ..." and "The reports ..." after them take, as an introduction does.)
_INTRODUCER = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|\d[\d,]*)"
)


def thing_from_before(text: str, before: str) -> str | None:
    """The noun of the "The" phrase that opens ``text`` which ``before`` (the sentence
    before it) introduces as the head of an indefinite phrase ("a hearing", "an edible
    coffee cup", "40 patients"); None when there is none, or the phrase names a noun every
    reader knows ("the police").

    Example:
        >>> thing_from_before("The hearing lasted nine hours.", "A judge held a hearing.")
        'hearing'
        >>> thing_from_before("The security team met him.", "He paid a security bill.")
        >>> thing_from_before("The hearing lasted nine hours.", "The judge held a vote.")
    """
    if not text.startswith("The "):  # (most sentences: no phrase is read)
        return None
    return next(
        (
            noun
            for noun in _opening_nouns(text)
            for named in _named_as(noun)
            if _introduces(before, named)
        ),
        None,
    )


def _named_as(noun: str) -> tuple[str, ...]:
    """The words by which an indefinite phrase may introduce ``noun``: itself, and for
    "co-workers" also "workers" ("Six construction workers ..." then "The co-workers had
    pooled their money ...": the workers, named together)."""
    return (noun, noun[3:]) if noun.startswith("co-") and len(noun) > 3 else (noun,)


def counts_on_before(text: str, before: str) -> bool:
    """Whether ``text`` opens on one of a series ("The third suspect ...", "The second
    fire ...") that ``before`` (the sentence before it) names ("The second suspect wore
    ...", "two suspects"): the reader needs the ones counted before. (A series the
    sentence before does not name is one the brief has or never needed: "The fourth
    victim ..." after "She is in critical condition.")

    Example:
        >>> counts_on_before("The third suspect is 5 feet 8.", "The second suspect wore a cap.")
        True
        >>> counts_on_before("The fourth victim is Jo Lee, 31.", "She is in critical condition.")
        False
    """
    if not text.startswith("The "):
        return False
    ordinal = _ORDINAL.match(text)
    if ordinal is None:
        return False
    nouns = _nouns(ordinal.group(1))
    return bool(nouns) and nouns[-1][:STEM] in before.lower()


def _opening_nouns(text: str) -> tuple[str, ...]:
    """The lower-case words of the "The" phrase that opens ``text`` (up to three, before
    the first function word or punctuation; "The data center, ..." gives "data" and
    "center"), a possessive without its "'s"; none when the phrase names a noun every
    reader knows."""
    match = _OPENING.match(text)
    if match is None:
        return ()
    nouns = _nouns(match.group(1))
    return () if any(noun in _KNOWN for noun in nouns) else nouns


def _nouns(phrase: str) -> tuple[str, ...]:
    """The words of a phrase up to its first function word, and up to a possessive, whose
    thing is the one taken as known ("album's" in "album's sales"), without its "'s"."""
    nouns: list[str] = []
    for token in phrase.split():
        possessive = token.endswith(("'s", "’s"))
        word = token[:-2] if possessive else token
        if word in _FUNCTION_WORDS:
            break
        nouns.append(word)
        if possessive:
            break
    return tuple(nouns)


def _introduces(before: str, noun: str, plainly: bool = False) -> bool:
    """Whether ``before`` has ``noun`` as the head of an indefinite phrase: after "a", "an"
    or a count and at most two other words, and followed by punctuation, a function word
    or a participle ("a sauce made from ..."), not by another noun it would modify ("a
    security bill" introduces a bill). ``plainly``: only when the words between are no
    function words ("a summary of the deal" introduces a summary) and a figure is no day
    of a month ("Sept. 11 terror attacks")."""
    if noun not in before or not _near_an_introducer(before, noun):
        return False
    for start, following in _indefinite_phrases(before, noun, plainly):
        if plainly and before[start].isdigit() and _MONTH_BEFORE.search(before[:start]):
            continue  # (a day of a month: "Sept. 11 terror attacks")
        if not following or following in _FUNCTION_WORDS or following.endswith(("ed", "ing")):
            return True
    return False


def _indefinite_phrases(before: str, noun: str, plainly: bool) -> Iterator[tuple[int, str]]:
    """Where each indefinite phrase of ``noun`` starts in ``before``, with the lower-case
    word after the noun ("" when none): the matches, in order, of the pattern

        \\b(?i:INTRODUCER) (?:WORD){0,3}?NOUN\\b(?!-)(?P<next> [a-z]+)?

    found without compiling it. (It was compiled for each noun, 2 ms each: 0.14 s of a
    batch of 250 stories, which ``brief_ab.py`` never saw, re's cache keeping them for its
    later rounds.) Each part of it matches in one way only (an introducer or a word ends on
    its space), so it is walked step by step: from every place an introducer starts, a
    match takes the fewest words before the noun; the next search starts at its end."""
    word = _PLAIN_WORD_AT if plainly else _WORD_AT
    at = 0
    while (introducer := _INTRODUCER_AT.search(before, at)) is not None:
        end = _noun_after(before, noun, introducer.end(), word)
        if end is None:
            at = introducer.start() + 1
            continue
        following = _FOLLOWING.match(before, end)
        yield introducer.start(), following.group().strip() if following else ""
        at = following.end() if following else end


def _noun_after(before: str, noun: str, at: int, word: re.Pattern[str]) -> int | None:
    """The end of ``noun`` after at most three words from ``at`` (the fewest that reach
    it), when a word boundary and no hyphen follow it."""
    for _ in range(4):
        end = at + len(noun)
        if before.startswith(noun, at) and _BOUNDARY_NO_HYPHEN.match(before, end):
            return end
        step = word.match(before, at)
        if step is None:
            return None
        at = step.end()
    return None


# A word of an indefinite phrase between its introducer and its noun, no function word ("a
# summary of the deal" introduces a summary), for ``_introduces`` read ``plainly``.
_PLAIN_WORD = rf"(?!(?:{'|'.join(sorted(_FUNCTION_WORDS))})\b)[\w$’'-]+ "
# The parts of an indefinite phrase (see ``_indefinite_phrases``). The introducer in either
# case, "A measure ..."; a capital after the noun is a name or a day, "a hearing Tuesday",
# so the noun is the head; nor is a noun that a hyphen joins to the next word "an
# administration-wide effort".
_INTRODUCER_AT = re.compile(rf"\b(?i:{_INTRODUCER}) ")
_WORD_AT = re.compile(r"[\w$’'-]+ ")
_PLAIN_WORD_AT = re.compile(_PLAIN_WORD)
_BOUNDARY_NO_HYPHEN = re.compile(r"\b(?!-)")
_FOLLOWING = re.compile(r" [a-z]+")
# A month's name or abbreviation just before a figure: the figure is a day.
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\.? $"
)


_INTRODUCER_WORDS = frozenset(
    "a an one two three four five six seven eight nine ten eleven twelve several".split()
)
# (Whatever is not a letter or a figure at a word's ends: "$40", "(a".)
_EDGES = re.compile(r"^\W+|\W+$")


@lru_cache(maxsize=256)
def _plain_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower case, without what is not a letter or a figure at their
    ends (a sentence is read against each noun of the sentences after it)."""
    return tuple(_EDGES.sub("", word).lower() for word in text.split())


def _near_an_introducer(before: str, noun: str) -> bool:
    """Whether a word of ``before`` that begins with ``noun`` has "a", "an" or a count
    among the four words before it: a test without a pattern of the noun's own, which
    :func:`_introduces` compiles only when this holds (a story's nouns are many, and
    compiling a pattern for each cost a thirtieth of a brief)."""
    words = _plain_words(before)
    return any(
        word.startswith(noun)
        and any(w in _INTRODUCER_WORDS or w[:1].isdigit() for w in words[max(0, at - 4) : at])
        for at, word in enumerate(words)
    )


# Nouns that name an act or a happening the text before tells in its own words ("The move
# comes two months after ..." after "Halden Shipping agreed to buy ..."; "The remarks angered
# ...", "The trip was canceled"): the reader needs that telling whatever its words. Each
# with the stems (first ``STEM`` letters; a shorter word whole) of its own forms and its
# verb's, by which a story that tells it in its openings makes it known ("decided" for "The
# decision").
_EVENTS: dict[str, tuple[str, ...]] = {
    "move": ("move", "moved", "moves"),
    "decision": ("decis", "decid"),
    "announcement": ("annou",),
    "discovery": ("disco",),
    "trip": ("trip", "trips"),
    "visit": ("visit",),
    "incident": ("incid",),
    "remarks": ("remar",),
    "comments": ("comme",),
    "news": ("news",),
    "reaction": ("react",),
    "exchange": ("excha",),
    "confrontation": ("confr",),
    "controversy": ("contr",),
    "accident": ("accid",),
    "allegations": ("alleg",),
    "revelation": ("revea", "revel"),
    "revelations": ("revea", "revel"),
    "disclosure": ("discl",),
    "episode": ("episo",),
    "backlash": ("backl",),
    "outcry": ("outcr",),
    "uproar": ("uproa",),
    "furor": ("furor",),
    "apology": ("apolo",),
    "stress": ("stres",),
    "cut": ("cut", "cuts"),
    "cuts": ("cut", "cuts"),
}
# Nouns of a happening a story also names as its own ("The investigation continues"):
# they need the sentence before only when it tells the happening with the verb ("...
# was arrested in 1955." then "The arrest sparked the boycott."). Each with that verb's
# forms.
_TOLD_BY_VERB: dict[str, str] = {
    "arrest": r"arrest(?:ed|ing)",
    "arrests": r"arrest(?:ed|ing)",
    "decline": r"declin(?:ed|ing)",
    "investigation": r"investigat(?:e|ed|es|ing)",
}
# "The" and at most one word that grades the happening, then its noun; the noun's phrase
# must end there (punctuation or a verb): "The decision to ...", "The news of his death",
# "The incident that angered the mayor" name their thing themselves.
_EVENT_OPENING = re.compile(
    r"The (?:(?:new|latest|recent|surprise|sudden|unexpected|controversial|apparent|bizarre"
    r"|shocking|stunning|unusual|tragic|heated) )?(?P<noun>[a-z]+)(?P<end>[,;:]|\s+[a-z]+\b)"
)
# Words after the noun that name its thing: a complement or a relative clause.
_NAMES_ITS_THING = frozenset(
    """of to by from that on over about in for between with against at into which who
    whether""".split()
)


def happening_from_before(text: str, before: str) -> tuple[str, ...]:
    """The stems of the happening (an act, an utterance, an event) that ``text`` opens on
    and that ``before`` (the sentence before it) tells: "The move ...", "The remarks
    ...", "The trip ..." need what the text before told ("agreed to buy ...", "said
    ..."), and "The arrest ..." what ``before`` tells with its verb ("was arrested").
    Empty when the phrase names its thing itself ("The decision to ...").

    Example:
        >>> happening_from_before("The move comes a month later.", "Halden agreed to buy Morvik.")
        ('move', 'moved', 'moves')
        >>> happening_from_before("The arrest sparked a boycott.", "Ana was arrested in 1955.")
        ('arres',)
        >>> happening_from_before("The arrest sparked a boycott.", "Ana sat in the front.")
        ()
        >>> happening_from_before("The decision to sell came in May.", "The board met.")
        ()
    """
    match = _EVENT_OPENING.match(text)
    if match is None or match.group("end").strip() in _NAMES_ITS_THING:
        return ()
    noun = match.group("noun")
    if noun in _EVENTS:
        return _EVENTS[noun]
    verb = _TOLD_BY_VERB.get(noun)
    if verb is not None and re.search(rf"\b{verb}\b", before, re.IGNORECASE):
        return (noun[:STEM],)
    return ()


# How far back a "The X" opening's introduction is looked for: a run holds at most five
# sentences (``rank.runs.MAX_RUN``), and an introduction further back than this is rarely
# the one the sentence means (reports name a thing again before they lean on it).
FURTHEST_BACK = 3


def thing_from_further_back(text: str, befores: tuple[str, ...]) -> tuple[str, int] | None:
    """The noun of the "The" phrase that opens ``text`` and how many sentences back its
    introduction lies, when that is two or more: ``befores`` are the sentences before it in
    its report, the nearest first ("The trip was canceled." two sentences after "He planned
    a trip to Oslo."). The reader needs the introduction and what lies between; None when
    the sentence right before introduces it (:func:`thing_from_before`) or none of the
    first ``FURTHEST_BACK`` does.

    Example:
        >>> thing_from_further_back(
        ...     "The hearing ended at noon.", ("It was closed.", "A judge held a hearing.")
        ... )
        ('hearing', 2)
        >>> thing_from_further_back("The hearing ended.", ("A judge held a hearing.",))
    """
    if not text.startswith("The ") or len(befores) < 2:
        return None
    head = _head(text)
    if head is None or _names_itself(text, head):
        return None
    nouns = _opening_nouns(text)
    for back, before in enumerate(befores[1:FURTHEST_BACK], start=2):
        if _introduces(before, head, plainly=True):
            noun = head
            # (The sentence right before is read only now: most openings find nothing.)
            nearer = any(_introduces(b, n) for b in befores[: back - 1] for n in nouns)
            return None if nearer else (noun, back)
    return None


# Verbs that may follow an opening "The" noun ("The agency said ...", "The documents show
# ..."): they end its phrase.
_VERBS = frozenset(
    """said says say told tells added adds wrote writes noted notes found finds show shows
    showed support supports supported became becomes made makes took takes got gets came
    comes went goes began begins left remains remained""".split()
)


def _head(text: str) -> str | None:
    """The head noun of the "The" phrase that opens ``text``: its last word before a verb
    (one of ``_VERBS``, or a word after the first ending in "ed"), a function word or
    punctuation ("The tax brackets are ..." gives "brackets"). None when the phrase runs
    on past the words read ("The broad new worker benefit": "worker" is no head) or names
    a noun every reader knows."""
    nouns = _opening_nouns(text)
    for at, word in enumerate(nouns):
        if word in _VERBS or (at > 0 and word.endswith("ed")):
            return nouns[at - 1] if at else None
    if not nouns:
        return None
    words = text.split()
    after = words[len(nouns) + 1].strip(",;:.") if len(words) > len(nouns) + 1 else ""
    if nouns[-1] != words[len(nouns)] or not after[:1].islower():
        return nouns[-1]  # (the phrase ended at punctuation, or a name follows)
    verb = after in _VERBS or after.endswith("ed")
    return nouns[-1] if verb or after in _FUNCTION_WORDS else None


def _names_itself(text: str, last: str) -> bool:
    """Whether the "The" phrase that opens ``text``, whose last word is ``last``, goes on
    with a complement or a relative clause that tells which thing it is ("The hearing on
    the quay tax ...", "The man who ..."): a reader a few sentences on knows it so."""
    rest = text[4:].split(maxsplit=4)
    at = next((k for k, word in enumerate(rest) if word.rstrip(",;:") == last), None)
    if at is None or at + 1 >= len(rest) or rest[at] != last:
        return False
    return rest[at + 1] in _NAMES_ITS_THING


# Happenings a quotation can be: "The remarks angered ..." after '"...," he said.' takes
# the quoted words for its thing. The other happenings of ``_EVENTS`` (a trip, a move, a
# decision) a quotation only comments on.
_UTTERANCES = frozenset(
    """remarks comments news reaction exchange allegations revelation revelations disclosure
    announcement apology backlash outcry uproar furor controversy""".split()
)


def happening_beyond_a_quotation(text: str, before_quotes: bool) -> bool:
    """Whether ``text`` opens on a happening that is no utterance ("The trip was canceled
    ...") right after a sentence that quotes (``before_quotes``): the quotation comments on
    the happening, which the report told before it ('He booked a trip to Oslo.', '"I would
    like to say hello," he writes.'), and the reader needs that telling too.

    Example:
        >>> happening_beyond_a_quotation("The trip was canceled in May.", True)
        True
        >>> happening_beyond_a_quotation("The remarks angered the mayor.", True)
        False
    """
    if not before_quotes:
        return False
    match = _EVENT_OPENING.match(text)
    if match is None or match.group("end").strip() in _NAMES_ITS_THING:
        return False
    noun = match.group("noun")
    return (noun in _EVENTS or noun in _TOLD_BY_VERB) and noun not in _UTTERANCES


# Verbs of answering, with no object that says what they answer ("Russia responded with
# its own sanctions ...", '"That is a softball," Gorsuch replied.', "In return, the city
# gets ..."): the question, the act or the claim answered is told before, in the report's
# sentence before. "responded to the criticism", "fired back at critics" name it
# themselves.
_ANSWERS = re.compile(
    r"\b(?:responded|replied|retorted|countered|retaliated|reciprocated"
    r"|(?:shot|fired|hit|struck) back)\b(?!\s+(?:to|against|at)\b)"
    r"|^In (?:response|return|retaliation|reply),"
)
# Before the verb, a question the sentence tells itself ("When asked why ..., she
# replied"), a clause the verb belongs to ("since he responded in the scanner", "if they
# responded with a nose poke") or a relative clause ("Urgant, who replied ...").
_ASKED_BEFORE = re.compile(
    r"\b(?:ask\w*|question\w*|when|if|whether|who|which|since|until)\b|\?",
    re.IGNORECASE,
)
# First responders who "responded" to a call ("three officers responded two minutes
# later", "Harbour Police also responded."): the scene is the story's, no answer to the
# sentence before. (The subject right before the verb, but for one word: "Police Chief Ana
# Ortiz replied" is an answer.)
_RESPONDERS = re.compile(
    r"\b(?:police|officers?|firefighters?|deputies|troopers|crews?|paramedics|medics"
    r"|units?|agents|responders|departments?)\b(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)


# Somebody's utterance or act named after the verb ("Lee fired back, saying Ortiz's
# comments were cruel."): the sentence names what it answers, as "responded to" does.
_NAMES_WHAT_IT_ANSWERS = re.compile(
    r"\b\w+['’]s (?:\w+ )?(?:comments?|remarks?|tweets?|posts?|statements?|claims?"
    r"|allegations?|accusations?|criticism|attacks?|insults?|decision|move|questions?"
    r"|letter|ruling|sanctions|threats?)\b"
)


# A quotation that opens on the first point of a reply ('"First of all, the toll is a
# fee," Ortiz said.') answers a question put or a charge made, which its report tells in
# the sentence before ("Ortiz denied that the toll is a tax."). (Not "Well," or "Look,":
# a speaker opens a statement or a post on them too, '"Look, prices do move," Lee said.')
_REPLY_OPENING = re.compile(r"[\"“‘'](?:First of all|First off|For one thing|To begin with),")

# A closed quotation, straight or curly.
_QUOTATION = re.compile(r'"[^"]*"|“[^”]*”')


def answers_before(text: str) -> bool:
    """Whether ``text`` answers what it does not tell: outside quotation marks, a verb of
    answering with no object saying what it answers ("Mira responded with a statement of
    its own.", '"Not yet," the mayor replied.', "In return, ..."), or a quotation that
    opens on the first point of a reply ('"First of all, ..."'). The question, act or
    claim answered is in the report's sentence before, which the reader needs.

    Example:
        >>> answers_before("Morvik responded with its own tariffs on fish.")
        True
        >>> answers_before("Morvik responded to the tariffs with a tax on fish.")
        False
        >>> answers_before("When asked about the tariffs, the mayor replied, 'Not yet.'")
        False
        >>> answers_before("Lee fired back, saying Ortiz's comments were cruel.")
        False
        >>> answers_before('"First of all, the toll is a fee," Ortiz said.')
        True
    """
    if _REPLY_OPENING.match(text):
        return True
    if not _may_answer(text):
        return False
    for match in _ANSWERS.finditer(text):
        head = text[: match.start()]
        if _inside_quotation(head):
            continue
        # (The quoted words are the speaker's: '"Not before May," she replied.')
        own = _QUOTATION.sub(" Q ", head)
        if _ASKED_BEFORE.search(own):
            continue
        if match.group() == "responded" and _RESPONDERS.search(own):
            continue
        if _NAMES_WHAT_IT_ANSWERS.search(text, match.end()):
            continue
        return True
    return False


def _may_answer(text: str) -> bool:
    """Whether ``text`` holds what ``_ANSWERS`` needs: one of its verbs, " back" or an opening
    "In ". Its leading word boundary makes the pattern try every position of every candidate
    a brief reads, which cost more than the rest of this test; few sentences hold any."""
    return text.startswith("In ") or " back" in text or any(v in text for v in _ANSWER_VERBS)


_ANSWER_VERBS = ("responded", "replied", "retorted", "countered", "retaliated", "reciprocated")


def _inside_quotation(head: str) -> bool:
    """Whether the text after ``head`` lies inside a quotation that ``head`` opens: an odd
    number of straight double quotes, or more opening curly quotes than closing ones."""
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")
