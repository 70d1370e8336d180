"""Quotations in a sentence and who speaks them ("...," Mayor Ana Ortiz said / she said /
nobody), the sentence's own words outside them, whether it names somebody or speaks as "I"
or "we", and whether it goes on with a quotation an earlier sentence of its paragraph opened.

Lexical rules written here, shared by the selection of a brief (``text.cohesion``,
``rank``), the claimants of ``attribute`` and the readability measure of ``newsfuse eval``:
a parser would need a download this project cannot do, and news prose marks quotations
and their speakers with a small set of words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from newsfuse.text.lexicon import CALENDAR_LOWER
from newsfuse.text.tokens import STOP_WORDS

# Speech verbs that name who said a quotation ("according to" and "put it" are found as
# pairs). A word of this list only counts outside the quotation marks.
_SPEECH_WORDS = frozenset(
    """say says said saying tell tells told telling add adds added adding ask asks asked
    explain explains explained explaining note notes noted noting write writes wrote writing
    written tweet tweets tweeted tweeting post posts posted stated declare declares declared
    announce announces announced insist insists insisted claim claims claimed argue argues
    argued recall recalls recalled recalling continue continues continued quip quips quipped
    joke jokes joked offer offers offered reply replies replied respond responds responded
    shout shouts shouted yell yells yelled warn warns warned warning admit admits admitted
    acknowledge acknowledges acknowledged concede concedes conceded confirm confirms confirmed
    deny denies denied describe describes described describing call calls called calling
    testify testifies testified comment comments commented remark remarks remarked observe
    observes observed conclude concludes concluded report reports reported exclaim exclaims
    exclaimed plead pleads pleaded urge urges urged boast boasts boasted complain complains
    complained predict predicts predicted promise promises promised vow vows vowed suggest
    suggests suggested email emailed texted caution cautions cautioned stress stresses
    stressed emphasize emphasizes emphasized lament laments lamented muse muses mused gush
    gushes gushed counter counters countered retort retorts retorted answer answers answered
    agree agrees agreed cry cries cried scream screams screamed reveal reveals revealed read
    reads whisper whispers whispered mutter mutters muttered sigh sighs sighed moan moans
    moaned sob sobs sobbed beg begs begged laugh laughs laughed explain denounce denounces
    denounced condemn condemns condemned criticize criticizes criticized criticise criticises
    criticised praise praises praised branded brand brands pan pans panned slam slams
    slammed blast blasts blasted lambast lambaste lambastes lambasted deride derides derided
    dismiss dismisses dismissed label labels labeled labelled hail hails hailed mock mocks
    mocked ridicule ridicules ridiculed""".split()
)
_LOWER_WORD = re.compile(r"[a-z]+")
_CUE_WORDS = _SPEECH_WORDS | {"according", "put", "puts"}
# Forms whose subject is the clause's own subject, not a word beside them.
_PARTICIPLES = frozenset(
    """saying telling adding explaining noting writing tweeting recalling warning describing
    calling written""".split()
)
_PRONOUNS = frozenset("he she they we i it you".split())
# Words that may stand between a speaker and the verb: "she later said", "Smith has said".
_BETWEEN = frozenset(
    """also later then has had have was is once previously recently further reportedly
    simply just again earlier had""".split()
)
# Double quotation marks in every form scrapers leave: straight, curly, ``TeX'' pairs.
_TEX_OPEN = re.compile(r"``")
_TEX_CLOSE = re.compile(r"''(?!\w)")
_QUOTED = re.compile(r"[\"“”]")
# A quoted span of fewer words, or in title case, is a title or a scare quote ("slacker",
# "The Infamous"), not somebody's words.
MIN_QUOTED_WORDS = 3
_TITLE_CASE_SHARE = 0.6
_TITLE_MAX_WORDS = 20
_MINOR = frozenset("a an the of and or in on at to for by with from as".split())


class Speaker(Enum):
    """Who a sentence says is speaking: a named party, only a pronoun, or nobody."""

    NAMED = "named"
    PRONOUN = "pronoun"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Quotation:
    """What a sentence quotes: whether it holds somebody's words, and who it names as
    saying them.

    ``open_end`` is a quotation that runs on past the sentence or began before it (its
    other quotation mark lies in another sentence).
    """

    quotes: bool
    speaker: Speaker
    open_end: bool = False

    @property
    def needs_speaker(self) -> bool:
        """True when the sentence quotes somebody without naming them itself."""
        return self.quotes and self.speaker is not Speaker.NAMED


def quotation(text: str) -> Quotation:
    """Whether ``text`` quotes somebody, and whether it names the speaker.

    Example:
        >>> quotation('"We held the line," Mayor Ana Ortiz said.').needs_speaker
        False
        >>> quotation('"We held the line," she said.').speaker
        <Speaker.PRONOUN: 'pronoun'>
        >>> quotation('"We held the line and we will hold it again."').needs_speaker
        True
        >>> quotation('In the Harding family, "slacker" is a relative term.').quotes
        False
    """
    return read_quotes(text)[0]


def read_quotes(text: str) -> tuple[Quotation, str]:
    """What the sentence quotes, and its words outside quotation marks (each quoted span
    a placeholder ``Q``): the quotation marks are read once for every question asked."""
    text = _double_quotes(text)
    spans, open_end = _quoted_spans(text)
    outside = _outside(text, spans)
    quoted = [text[a:b] for a, b in spans]
    if not (open_end or any(_is_somebodys_words(q) for q in quoted)):
        return Quotation(quotes=False, speaker=Speaker.NONE), outside
    return Quotation(quotes=True, speaker=_speaker(outside), open_end=open_end), outside


def quoted_words(text: str) -> int:
    """How many words a sentence holds inside quotation marks.

    Example:
        >>> quoted_words('"It is a hard visit," said Ana Ortiz.')
        5
    """
    text = _double_quotes(text)
    return sum(len(text[a:b].split()) for a, b in _quoted_spans(text)[0])


def mostly_quoted(text: str) -> bool:
    """Whether most of a sentence's words are somebody's, inside quotation marks: a line
    of quotation ('"We held the line," Ortiz said.'), not a report quoting a few words.

    Example:
        >>> mostly_quoted('"We held the line at the river," Ortiz said.')
        True
        >>> mostly_quoted('Ortiz said the crews "held the line" at the river on Monday.')
        False
    """
    return has_quote_marks(text) and 2 * quoted_words(text) >= len(text.split())


# British single quotation marks around somebody's words: ‘There is nothing you can do.’
_SINGLE_QUOTED = re.compile(r"(?<!\w)‘([^‘’]+)’(?!\w)")


_SINGLE_QUOTE_TAIL = re.compile(r"[.!?,]'$")
_SINGLE_QUOTE_HEAD = re.compile(r"(?:^|\s)'\w")


def _double_quotes(text: str) -> str:
    """Every form of quotation mark as “ ”: TeX pairs and single marks around words."""
    if "``" in text or "''" in text:
        text = _TEX_CLOSE.sub("”", _TEX_OPEN.sub("“", text))
    if "‘" in text and '"' not in text and "“" not in text:
        text = _SINGLE_QUOTED.sub(r"“\1”", text)
    # (The tail's pattern ends the text, or a line break does: only a text with "'" among its
    # last two characters is searched, not every candidate the selection reads.)
    if "'" in text[-2:] and _SINGLE_QUOTE_TAIL.search(text) and not _SINGLE_QUOTE_HEAD.search(text):
        text = text[:-1] + "”"  # "... not looking back.'" closes a quotation begun earlier
    return text


def _quoted_spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """Spans inside quotation marks; a mark left unmatched opens (or closes) a span at the
    sentence's end (or start), and makes the quotation ``open_end``."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    open_end = False
    for match in _QUOTED.finditer(text):
        mark, at = match.group(), match.start()
        if start is None and mark != "”":
            start = at + 1
        elif start is not None and mark != "“":
            spans.append((start, at))
            start = None
        elif mark == "”":  # a closing mark with nothing open: the quote began earlier
            spans.append((0, at))
            open_end = True
        else:  # "“" while one is open: treat the first as unclosed
            spans.append((start or 0, at))
            start, open_end = at + 1, True
    if start is not None:
        spans.append((start, len(text)))
        open_end = True
    return spans, open_end


def _is_somebodys_words(quoted: str) -> bool:
    words = quoted.split()
    if len(words) < MIN_QUOTED_WORDS:
        return False
    if len(words) > _TITLE_MAX_WORDS:
        return True
    major = [w for w in words if w.lower().strip(",.;:!?") not in _MINOR]
    capitalised = sum(1 for w in major if w[:1].isupper())
    return not (major and capitalised / len(major) >= _TITLE_CASE_SHARE)


# What stands for a quoted span in a sentence's ``unquoted`` form.
_PLACEHOLDER = " Q "


def _outside(text: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with every quoted span replaced by a placeholder ``Q``."""
    pieces = []
    last = 0
    for start, end in spans:
        pieces.append(text[last:start])
        pieces.append(_PLACEHOLDER)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


_WORDS = re.compile(r"[A-Za-z][\w'’.-]*|Q|[:,;—–-]")
_PUNCTUATION = frozenset(",:;—–-Q")
# '"..." — Jon Cryer, on his upset victory': a quotation signed with a dash and a name.
_DASH_SIGNATURE = re.compile(r"Q[\s\"”]*[—–-]+\s*[A-Z][a-z]")


def _speaker(outside: str) -> Speaker:
    """The speaker named by the words outside the quotation: the attribution nearest to a
    quotation decides ('"...," he said during one of the phone calls' is the pronoun's)."""
    if _colon_lead_in(outside) or _DASH_SIGNATURE.search(outside):
        return Speaker.NAMED
    tokens = _WORDS.findall(outside)
    quotes = [at for at, token in enumerate(tokens) if token == "Q"]
    found: list[tuple[int, Speaker]] = []
    lowered = [token.lower().rstrip(".") for token in tokens]
    for at in [i for i, word in enumerate(lowered) if word in _CUE_WORDS]:
        cue = _speech_cue(tokens, at, lowered[at])
        if cue:
            kind = _subject_of(cue, tokens[:at], tokens[at + len(cue.split()) :])
            if kind is not Speaker.NONE:
                found.append((min((abs(at - q) for q in quotes), default=0), kind))
    if not found:
        return Speaker.NONE
    if quotes:
        return min(found, key=lambda item: item[0])[1]
    return Speaker.NAMED if any(k is Speaker.NAMED for _, k in found) else Speaker.PRONOUN


def _speech_cue(tokens: list[str], at: int, word: str) -> str:
    if word in _SPEECH_WORDS:
        return word
    following = tokens[at + 1].lower() if at + 1 < len(tokens) else ""
    if (word, following) in (("according", "to"), ("put", "it"), ("puts", "it")):
        return f"{word} {following}"
    return ""


def _colon_lead_in(outside: str) -> bool:
    """'Adds Weir: "..."' or 'Mayor Ana Ortiz on the vote: "..."': a name, then a colon
    that opens the quotation."""
    head, colon, rest = outside.partition(":")
    if not colon or not rest.lstrip(' "“”').startswith("Q"):
        return False
    return any(w[:1].isupper() and w.lower() not in STOP_WORDS for w in _WORDS.findall(head))


def _subject_of(cue: str, before: list[str], after: list[str]) -> Speaker:
    """Who stands beside a speech word: a named party, a pronoun, or nobody."""
    before = [w for w in before if w.lower() not in _BETWEEN]
    if cue in _PARTICIPLES or " " in cue:
        # "according to the lawsuit", "..., saying ...": the party is elsewhere in the
        # clause.
        if cue == "according to":
            return Speaker.NAMED if after else Speaker.NONE
        return _party(before + after)
    if before and before[-1] not in _PUNCTUATION:
        return _subject_before(before)
    if before and before[-1] == ",":  # "Ana Ortiz, the mayor, said": the clause before
        clause = before[len(before) - before[::-1].index("Q") :] if "Q" in before else before
        if any(w not in _PUNCTUATION for w in clause):
            return _party(clause)
    if after and after[0] not in _PUNCTUATION:  # '"...," said Jo Lee', 'said the matron'
        ends = [at for at, w in enumerate(after) if w in _PUNCTUATION]
        return _party(after[: ends[0] if ends else len(after)])
    return Speaker.NONE


# Words before "to" whose subject then speaks: "went on to say", "declined to comment", "was
# quick to respond" (not "Needless to say", "to say the least").
_TO_SPEAK = frozenset("on declined refused quick first wanted continued hastened eager".split())


def _subject_before(before: list[str]) -> Speaker:
    """The party right before a speech word ("Ortiz said", "the statement said"), or after
    "to" the clause's subject ("Celli went on to say that ...")."""
    if before[-1].lower() == "to" and len(before) > 1 and before[-2].lower() in _TO_SPEAK:
        return _infinitive_subject(before)
    return _party(before[-2:] if _bare_writing(before[-2:]) else before[-1:])


def _infinitive_subject(before: list[str]) -> Speaker:
    """The subject of a clause whose speech word follows "to" ("Celli went on to say",
    "she declined to say"): its name or pronoun, read from the clause's first words (its
    verbs are no party)."""
    start = max((at + 1 for at, w in enumerate(before) if w in _PUNCTUATION), default=0)
    clause = before[start:]
    if any(w[:1].isupper() and w.lower() not in STOP_WORDS for w in clause):
        return Speaker.NAMED
    if any(w.lower() in _PRONOUNS for w in clause):
        return Speaker.PRONOUN
    return Speaker.NONE


# Writings that speak for whoever issued them: '"...," the statement said' leans, like a
# pronoun, on the sentence that says whose statement it is.
_WRITINGS = frozenset(
    "statement letter post email memo note message tweet release filing document".split()
)


# People a report names by a bare role once it has introduced them ("the official said",
# "said one of the sources", "the biographer wrote"): readers asked who "the official" was
# when the sentence that introduced them was left out. (Plural "officials said" is the
# ordinary unnamed attribution and stands alone.)
_ROLES = frozenset(
    "official source biographer spokesman spokeswoman spokesperson researcher witness"
    " investigator detective prosecutor".split()
)
# (Written from the first letters, the word boundary before them a lookbehind, as
# ``_FIRST_PERSON``: a leading \b makes the engine try every position, twice as slow.)
_BARE_ROLE = re.compile(
    rf"[Tto](?<!\w.)(?:(?<=[Tt])he|(?<=o)ne of the) (?:{'|'.join(sorted(_ROLES))})s?\b"
)


def _bare_writing(words: list[str]) -> bool:
    """ "the statement" (a writing), "the official" or "one of the sources" (a role)."""
    lowered = [w.lower() for w in words]
    if len(words) == 2 and lowered[0] == "the":
        return lowered[1] in _WRITINGS or lowered[1] in _ROLES
    return lowered[:3] == ["one", "of", "the"] and len(words) == 4 and lowered[3][:-1] in _ROLES


def _party(words: list[str]) -> Speaker:
    """NAMED for a capitalised word that is no pronoun or function word, else PRONOUN for a
    pronoun or a bare writing ("the statement"), else NAMED for any other word ("the bus
    matron"), else NONE."""
    words = [w.rstrip(".") for w in words if w not in _PUNCTUATION]
    if _bare_writing(words):
        return Speaker.PRONOUN
    if any(w[:1].isupper() and w.lower() not in STOP_WORDS for w in words):
        return Speaker.NAMED
    if any(w.lower() in _PRONOUNS for w in words):
        return Speaker.PRONOUN
    if any(w.lower() not in STOP_WORDS for w in words):
        return Speaker.NAMED
    return Speaker.NONE


def _has_speech_word(text: str) -> bool:
    return not _SPEECH_WORDS.isdisjoint(_LOWER_WORD.findall(text.lower()))


def pronoun_speaks(text: str) -> bool:
    """ "The road stays shut, she said.": a pronoun (or a bare role) says it, and no name in
    the sentence is the pronoun's ("... when he announces his bid")."""
    pronoun_speech = (_has_pronoun(text) or _has_bare_role(text)) and _has_speech_word(text)
    if not pronoun_speech or _own_subject(text):
        return False
    return _speaker(text) is Speaker.PRONOUN


# "Gov. Scott Walker will join the race when he announces his bid": a pronoun in a clause
# of time or reason points at the person the sentence has just named, not at one before.
_SUBORDINATE_PRONOUN = re.compile(
    r"\b(?:when|as|after|before|while|because|since|until|once|if)\s+(?:he|she|they)\b"
)


def _own_subject(text: str) -> bool:
    match = _SUBORDINATE_PRONOUN.search(text)
    return match is not None and names_someone(text[: match.start()])


# Substring tests (quotation marks, subject pronouns), several times cheaper than a
# regular expression over every candidate.


def has_quote_marks(text: str) -> bool:
    marks = '"' in text or "“" in text or "”" in text or "``" in text or "''" in text
    return marks or "‘" in text or text.endswith("'")


def _has_bare_role(text: str) -> bool:
    return ("the " in text or "The " in text) and _BARE_ROLE.search(text) is not None


def _has_pronoun(text: str) -> bool:
    return (
        " he " in text
        or " she " in text
        or " they " in text
        or " we " in text
        or " I " in text
        or " he." in text
        or " she." in text
        or " they." in text
    )


# A capitalised word after the first: starts with the capital, so the engine skips to it.
_LATER_CAPITAL = re.compile(r"[A-Z](?<=[\s\"“(‘'][A-Z])[\w'’-]*")


def names_someone(text: str, unquoted: str | None = None) -> bool:
    """True when a sentence names a party a following quotation can belong to: a
    capitalised word past the first that is not a function word or a day or month
    ("Fire chief Marta Lind spoke ..."), or a speaker ('"...," said the bus matron.');
    not "He said it was over." nor "Schools were closed on Monday."

    Example:
        >>> names_someone("The fire chief, Marta Lind, spoke."), names_someone("He left.")
        (True, False)

    ``unquoted`` is the sentence's :func:`outside_quotes` (``Cohesion.unquoted``), when it
    has been read.
    """
    for match in _LATER_CAPITAL.finditer(text):
        if match.group().lower() not in _NOT_NAMES:
            return True
    return names_a_speaker(text, unquoted)


def names_someone_outside_quotes(text: str, unquoted: str | None = None) -> bool:
    """:func:`names_someone`, reading only the words outside quotation marks: a name a
    speaker mentions ('"Obamacare is failing," he said.') is not who speaks, so a quotation
    after that sentence would still read as nobody's.

    Example:
        >>> names_someone_outside_quotes('"Obamacare is failing," he said.')
        False
        >>> names_someone_outside_quotes('"It is failing," Senator Ana Ortiz said.')
        True
    """
    own = _unquoted(text) if unquoted is None else unquoted
    words = own.replace(_PLACEHOLDER, " ")  # each quotation's placeholder is no name either
    return names_someone(words, own)


# Capitalised words after a preposition of place ("to Port Ashby", "in Lisbon") name a place,
# and a place speaks no quotation: issue 18 wants the sentence before a speakerless quotation
# to name its speaker. An outside check written from the definitions found one such
# quotation in the dev briefs (0053: a sentence whose only name is a theme park it was going
# to, then a quotation of nobody named). "from" is left out: "warnings from" a firm named by
# name names a party that can speak.
_PLACE = re.compile(
    r"\b(?P<prep>to|in|at|near|into|inside|outside|across|around|toward|towards)"
    r"\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
)


def names_a_possible_speaker(text: str, unquoted: str | None = None) -> bool:
    """Whether a sentence names somebody a quotation after it can belong to: a speaker
    ("Lind said ..."), or a name outside quotation marks that is not only a place
    (:func:`names_someone_outside_quotes`, places aside).

    Example:
        >>> names_a_possible_speaker("The boy was to sail to Port Ashby next week.")
        False
        >>> names_a_possible_speaker("Ana Ortiz flew to Lisbon on Monday.")
        True

    ``unquoted`` is the sentence's :func:`outside_quotes` (``Cohesion.unquoted``), when it
    has been read.
    """
    own = _unquoted(text) if unquoted is None else unquoted
    if names_a_speaker(text, own):
        return True
    placeless = _PLACE.sub(r"\g<prep> somewhere", own)
    return names_someone_outside_quotes(placeless, placeless)


_NOT_NAMES = STOP_WORDS | CALENDAR_LOWER


def names_a_speaker(text: str, unquoted: str | None = None) -> bool:
    """True when a sentence says who is speaking: a named party beside a speech verb
    ("Bob Weir tells Billboard the shows are the last").

    Example:
        >>> names_a_speaker("Bob Weir tells Billboard the shows are the last.")
        True
        >>> names_a_speaker("She said the shows are the last.")
        False

    ``unquoted`` is the sentence's :func:`outside_quotes` (``Cohesion.unquoted``), when it
    has been read.
    """
    return _speaker(_unquoted(text) if unquoted is None else unquoted) is Speaker.NAMED


def outside_quotes(text: str) -> str:
    """The sentence with each quoted span as a placeholder ``Q``: its writer's own words.

    Example:
        >>> "Ortiz" in outside_quotes('"Ana Ortiz was a great mayor," Lind said.')
        False
    """
    return _unquoted(text)


def _unquoted(text: str) -> str:
    """The sentence with each quoted span as a placeholder ``Q`` (see ``Cohesion``)."""
    return read_quotes(text)[1] if has_quote_marks(text) else text


# First-person words of a writer's own voice ("I" apart: see _first_person_i).
# (We, my, our, ours, myself, ourselves, me, us; written from its first letter, with the
# word boundary before it as a lookbehind, so the engine skips to those letters: a leading
# \b makes it try every position, three times slower.)
_FIRST_PERSON = re.compile(
    r"[WwMmOou](?<!\w.)(?:(?<=[Ww])e|(?<=[Mm])y(?:self)?|(?<=[Oo])ur(?:s|selves)?|(?<=m)e|(?<=u)s)\b"
)
# (The boundary before "I" as a lookbehind after it: the engine skips to each "I".)
# ("ARSO-I", an agent's title: an "I" after a hyphen ends a word, as one before a hyphen.)
_PRONOUN_I = re.compile(r"I(?<![\w-].)\b(?![.-])")


# "our" of everyone, which news prose uses in its own voice ("protect our ancestors from
# frostbite", "absorbed by our skin", "the future of our planet"): not a writer's "we".
_EVERYONES = re.compile(
    r"\b[Oo]ur (?:own )?(?:ancestors|forebears|planet|solar system|galaxy|species|bodies|body"
    r"|brains?|skin|genes|DNA|universe|immune systems?|cells)\b"
)


def speaks_in_first_person(text: str, unquoted: str | None = None) -> bool:
    """True when a sentence speaks as "I" or "we" outside quotation marks: a columnist's
    or a memo's own voice, which a brief in the third person would pass off as its own
    (readers took such lines for the brief's words, or for the last-named person's).

    Example:
        >>> speaks_in_first_person("I was invited to fly on the old jet last spring.")
        True
        >>> speaks_in_first_person('"We will rebuild," the mayor said.')
        False
        >>> speaks_in_first_person("Veterans of World War I were honoured in Paris.")
        False

    ``unquoted`` is the sentence's :func:`outside_quotes` (``Cohesion.unquoted``), when it
    has been read.
    """
    if not _has_first_person_cue(text):
        return False
    own_words = _unquoted(text) if unquoted is None else unquoted
    if "our " in own_words or "Our " in own_words:
        own_words = _EVERYONES.sub("", own_words)
    return _FIRST_PERSON.search(own_words) is not None or _first_person_i(own_words)


def _has_first_person_cue(text: str) -> bool:
    """Substring tests ahead of the patterns ("I " covers " I "): an ``or`` of ``in`` tests
    costs a third of ``any`` over a tuple of cues."""
    return (
        "I " in text
        or " we" in text
        or "We" in text
        or " my" in text
        or "My" in text
        or " our" in text
        or "Our" in text
        or " me" in text
        or " us" in text
    )


def _first_person_i(text: str) -> bool:
    """An "I" that is the pronoun: not a numeral after a capitalised word inside the
    sentence ("World War I", "Elizabeth I", "Phase I"); after the sentence's first word
    or a comma it is the pronoun ("Yesterday I left", "Then, I left")."""
    for match in _PRONOUN_I.finditer(text):
        before = text[: match.start()].split()
        if len(before) < 2 or not before[-1][:1].isupper() or not before[-1][-1].isalnum():
            return True
    return False


# How far (characters) a quotation is looked for on either side of a sentence: a long
# quotation of a few sentences, not a mark left unpaired far up a page without line breaks.
QUOTE_REACH = 600


def inside_open_quotation(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` of ``text`` continues a quotation an earlier
    sentence of its paragraph opened and left open: a quotation longer than the segmenter
    keeps whole ("People build close ties with TV characters." inside an actor's eight
    sentences, his name after the last). Alone, it reads as the writer's own claim, its
    quotation marks and speaker in other sentences. A paragraph's start is a line break.

    Example:
        >>> text = "“We left. We ate. We slept. We woke. We sailed,” Ana said."
        >>> inside_open_quotation(text, text.index("We woke")), inside_open_quotation(text, 0)
        (True, False)
    """
    paragraph = max(text.rfind("\n", 0, start) + 1, start - QUOTE_REACH)
    if paragraph == start:
        return False
    end = text.find("\n", start, start + QUOTE_REACH)
    end = min(len(text), start + QUOTE_REACH) if end < 0 else end
    # Curly marks only, which tell an opening from a closing: straight ones glued to the
    # next sentence or left unpaired ('... chubby!"Gillibrand isn't ...') misled the
    # count; and only where the quotation closes after the sentence, as it opened before.
    opened = text.count("“", paragraph, start) - text.count("”", paragraph, start)
    return opened == 1 and text.count("”", start, end) - text.count("“", start, end) == 1
