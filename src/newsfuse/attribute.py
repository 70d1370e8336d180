"""Who said what: find the claimant of a sentence from reporting verbs and quotations.

Lexical patterns written here: a parser model would need a download this project cannot do,
and news attribution is formulaic ("X said", "according to X", '"...," X told Y').
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import ahocorasick_rs

from newsfuse.text.lexicon import IRREGULAR_PAST, SHORT_TITLES
from newsfuse.text.quotations import quotation
from newsfuse.text.tokens import STOP_WORDS

_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"  # one word of a person's name
_VERBS = (
    r"said|says|told|tells|claimed|claims|denied|denies|reported|reports|added|stated|"
    r"insisted|confirmed|announced|alleged|warned|yelled|shouted|wrote|argued|maintained|"
    r"say|explained|explains|noted|confirms|tweeted|adds|writes|admitted|admits|acknowledged|"
    r"allege|alleges|"
    r"acknowledges|suggested|emphasized|predicted|predicts|insists|maintains|argues|warns|"
    r"accused"
)
# Verbs of speech only beside a quotation ('"Is it wrong?" a fan asked', '"...," Lee
# replied'): elsewhere they are narration ("Lee asked the court to", "Lee responded to the
# attack by ...").
_QUOTE_ONLY_VERBS = "asked|responded|replied"
# Every pattern needs one of these; most sentences have none, and testing for them first is
# far cheaper than the patterns. They are found in one pass of an Aho-Corasick automaton: a
# substring test per cue cost more than all the patterns together.
# (The cues of a quotation's verbs come last: the patterns for them run only where they are.)
_VERB_CUES = tuple(dict.fromkeys((*_VERBS.split("|"), "according to", "described by")))
_QUOTE_CUES = (*_QUOTE_ONLY_VERBS.split("|"), "statement:")
_VERB_CUE_FINDER = ahocorasick_rs.AhoCorasick([*_VERB_CUES, *_QUOTE_CUES])
# "According to the Syrian Observatory, ..." / "..., according to state TV."
_ACCORDING = re.compile(r"\b(?i:according) to (?P<who>(?:[^,.;:\"“”]|(?<=[A-Z])\.){3,80})")
# "... was confirmed by the South African and Sudanese governments."
_PASSIVE = re.compile(
    r"\b(?:was|were|has been|have been|had been)\ (?:confirmed|reported|announced|denied|described)"
    r"\ by\ (?P<who>(?:the\ |an?\ )?[^,.;:\"“”]{3,60}?)(?=[,.;]|\ (?:on|in|at|after|as)\b|$)"
)
# Inverted with a role, right after a quotation: '"...," said the president.', '"...," said
# a spokeswoman from the coroner's office who ...' (the role, up to a relative clause or a
# preposition; without the quotation, "He said the bill ..." would give "the bill").
_INVERTED_ROLE = re.compile(
    r"[,!?][\"”]\s*(?:said|says|added|wrote|insisted|confirmed|explained|noted)\s+"
    r"(?P<who>(?:the|an?|his|her|their|its)(?:\ (?:[\w'’-]|\.(?=\w))+){1,5}?)"
    r"(?=\ (?:who|which|from|at|of|with)\b|[,;]|[.!?]?[\"”’]?\s*$)"
)
# The speaker's name after the role an inverted verb gave: '"...," said his spokesman, Adam
# Lind.' (the sentence ends on it).
_NAME_AFTER_ROLE = re.compile(
    r",\ (?P<who>[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){1,4})[.!?]?[\"”]?\s*$"
)
# A speech verb's word that speaks of no claim: a participle ("a boom reported by the
# Times", "reported as the likeliest"), a prize or lives claimed ("claimed his winnings",
# "claimed the lives of three"; not "claimed his wife had ...").
_CLAIMED_THING = (
    r"\s+(?:his|her|their|its|the|a)\s+(?:[\w-]+\s+)?(?:winnings|prize|jackpot|title|crown"
    r"|victory|lives?|seat|throne)\b"
)
# "Added" of a number is an increase ("the port added 300 jobs"); "accused of" (or "in",
# or "accused, of") is the accused, not the accuser; "tells three stories" a plot, not a claim.
_NOT_SPEECH = (
    r"(?!\s+by\b)(?!(?<=reported)\s+as\b)(?!(?<=added)\s+(?:\$?\d|another\b|more\b))"
    r"(?!(?<=accused)(?:\s+(?:of|in)\b|\s*,))"
    r"(?!(?:(?<=tells)|(?<=told))\s+(?:\w+\s+){0,3}(?:stories|story|tales?)\b)"
    rf"(?!(?<=claimed){_CLAIMED_THING})(?!(?<=claims){_CLAIMED_THING})"
)
# Subject before the verb: "Fire chief Marta Lind said ...", "The official Sana news agency
# claimed ...", "Abu Firas, a member of the Free Syrian Army, said ...".
_SUBJECT = re.compile(
    rf"(?:^|[,;:—]\s*(?:but|and|while)?\s*|\b(?:but|and|while)\s+)"
    rf"(?P<who>(?:[A-Z]|the |an? |some |one |its )[^\"“”;:]{{1,120}}?)"
    rf"\s+(?:(?:has|have|had|also)\s+){{0,2}}(?:{_VERBS})\b{_NOT_SPEECH}"
)
# A leading adverbial is not the speaker: "On Wednesday, Sarah Sanders said ...".
_ADVERBIAL = re.compile(
    r"^(?:On|In|At|As|After|Before|When|While|During|Since|Last|Earlier|Later|Contacted|Asked"
    r"|By|For|With|Without|Until|Amid|Following|Despite|Within|Over|Under|Through"
    r"|Speaking|Meanwhile|However|Also|Still|Now|Then|Yet|Instead|Separately|Previously"
    r"|Early (?:in|on)|But|And|So)\b"
)
# After a quotation or clause: '"...," the British-based Observatory said.', also when the
# quotation goes on: '"That is false," a spokesperson said, "and ..."', or a phrase of when
# or of whom follows ('"...," Lee said of her rival.', '... said after the vote.').
# Whom the speaker told, after the verb: '"...," Lee told reporters', '... told the
# newspaper', '... told the Harbour news agency by telephone', '... told him' (not "told him
# to leave": an order, not the speaker's words).
_LISTENER = (
    r"\s+(?:reporters|journalists|us|me|him|her|them"
    r"|the(?:\s+[A-Z][\w'’.-]*){1,4}(?:\s+(?:news\s+)?(?:agency|newspaper|network|channel))?"
    r"|(?:the|a|an|local)(?:\s+[a-z]+)?\s+(?:newspaper|paper|station|network|site|magazine"
    r"|outlet|agency|program|programme|show|broadcaster|channel|crowd|audience|court|jury"
    r"|committee|panel|hearing|radio|television|media|press))(?!\s+to\b)"
)
_AFTER = re.compile(
    rf"[,\"”]\s*(?P<who>[^\"“”,;:]{{1,80}}?)\s+(?:{_VERBS})\b{_NOT_SPEECH}(?:{_LISTENER})?"
    r"(?:\s+(?:on|in|at|late|early|last|this|to|during|from|of|after|before|when|while|by"
    r"|via)\b"
    # (a title in quotation marks among them, and a quotation after it: 'said on "Fox News
    # Sunday." "We ..."')
    r"[^,;\"“”]{0,120}(?:[\"“][^\"“”]{1,60}[\"”][^,;\"“”]{0,60}){0,2}"
    r"|\s+[A-Z][^,;\"“”]{0,50})?(?:[.!?]?[\"”]?$|,)"
)
# Inverted: '"...," said Jo Lee.'
# A person's full name, an apposition, the verb: '"...," Alain Carpentier, surgeon and
# co-founder, told ...' is Alain Carpentier (the patterns below would take the apposition).
_NAMED_APPOSITION = re.compile(
    rf"(?:^|[,\"”]\s*)(?P<who>{_NAME}(?: {_NAME}){{1,3}}), [^,\"“”]{{2,80}}, (?:{_VERBS})\b"
)
# A role, then the person's full name in apposition, then the verb: '"...," the leader of the
# opposition, Ana Lind, said after the vote, the agency reported' is Ana Lind's quotation.
_ROLE_THEN_NAME = re.compile(
    rf"(?:^|[,\"”]\s*)(?i:the|an?|his|her|its|their)\ [^,\"“”]{{2,80}},\ "
    rf"(?P<who>{_NAME}(?:\ {_NAME}){{1,3}}),\ (?:{_VERBS})\b"
)
# Not "told" or "tells": '..., she told France 2 television' names who listened.
_INVERTED_VERBS = "|".join(v for v in _VERBS.split("|") if v not in {"told", "tells"})
# The speaker may open on a role in lower case or a title with its full stop: "said
# passenger Jacques Roizen", "said Rep. Ana Lesser".
_TITLE = rf"(?:{'|'.join(SHORT_TITLES)})\."
# A title's full stop inside the speaker ("said Iowa State Patrol Sgt. Scott Bright"): one
# fixed-width look-behind per title, since Python's look-behinds cannot alternate widths.
_TITLE_STOP = "|".join(rf"(?<=\b{word})\." for word in SHORT_TITLES)
# "passenger " before "Jacques Roizen", "stem cell biologist "; not "she told the ".
# (Not "that": '..., SUNA, reported that Foreign Minister Ali Osman would ...' is no speaker.)
_ROLE = rf"(?:(?!(?:he|she|they|we|it|that|to|{_VERBS})\b)[a-z]+ ){{1,3}}(?={_NAME} [A-Z])"
_INVERTED = re.compile(
    rf"[,\"”]\s*(?:{_INVERTED_VERBS})\s+"
    rf"(?P<who>(?:(?:the )?{_TITLE} |{_ROLE})?"
    rf"[A-Z](?:[^\"“”,;:.]|(?<=[A-Z])\.|{_TITLE_STOP}){{1,60}})"
)
# A verb of ``_QUOTE_ONLY_VERBS`` right after a quotation, its speaker before or after it:
# '"Is it wrong?" fan Ana Lind asked', '"...," replied the mayor'.
_QUOTE_VERB_AFTER = re.compile(
    rf"[,?!][\"”]\s*(?P<who>[^\"“”,;:]{{1,80}}?)\s+(?:{_QUOTE_ONLY_VERBS})\b(?=\s*[,.]|\s*$)"
)
_QUOTE_VERB_INVERTED = re.compile(
    rf"[,?!][\"”]\s*(?:{_QUOTE_ONLY_VERBS})\s+"
    r"(?P<who>(?:the |an? )?[^\"“”,;:.]{1,60}?)(?=[,.]|\s*$)"
)
# A statement a party gave, quoted after a colon: "The network responded to Lind with a terse
# statement: “...”" is the network's.
_STATEMENT_AFTER_COLON = re.compile(
    r"^(?P<who>(?:The |[A-Z])[^\"“”,;:]{1,60}?)\s+(?:responded|replied|issued|released)\b"
    r"[^\"“”,;:]{0,60}\bstatement:\s*[\"“]"
)
# A quotation's speaker given as a pronoun for one person: '"...," he said', 'she told'.
_PRONOUN_SPEAKER = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+(?:{_VERBS})\b|\b(?:{_VERBS})\s+(?:he|she)\b")
# A sentence that opens on a person's full name and its verb: "Sylvester Stallone suggested".
_LEADING_PERSON = re.compile(rf"(?P<who>{_NAME}(?: {_NAME}){{1,2}}) [a-z]")
_ASKED = re.compile(r"\b(?:ask|asks|asked|asking|question|questioned|interview|interviewed)\b")
# Words a speaker's name never ends on before its verb: the verb belongs to another clause
# ("refuse to say", "would not say", "because they say") or is a noun ("According to these
# reports").
_NOT_A_SUBJECT_END = frozenset(
    """to not never would will could can should might must did do does they he she it we
    the a an these those their its his our my your as""".split()
)
# Nor, before its verb, on a preposition or an auxiliary: the verb is a noun ("amid reports
# that") or a passive ("were said to have been told"). (Words after an inverted verb may end
# on one where a pattern cut a long speaker off: "said ... Juan Peñalosa in".)
_NOT_BEFORE_VERB = frozenset(
    """amid after before despite following among of with by from for about over under into
    on in at was were is are be been being""".split()
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that"})
_QUOTE_START = '"“'
_QUOTE_END = '"”'
_ARTICLES = frozenset(
    {"a", "an", "the", "some", "one", "its", "his", "her", "their", "these", "those"}
)
# Lower-case claimants that need no article.
_GROUPS = frozenset(
    """police officials authorities witnesses residents activists doctors investigators
    prosecutors rebels troops sources analysts experts scientists researchers historians
    executives reports""".split()
)
# "according to two people familiar with the talks", "multiple sources".
_QUANTIFIERS = frozenset(
    "two three four five six seven eight nine ten several multiple many other".split()
)
_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "has", "have", "had"})


def find_claimant(text: str) -> str:
    """The party a sentence attributes its claim to, or "" when it has none.

    Appositions are dropped ("Abu Firas, a member of ..." gives "Abu Firas"); pronouns do
    not count as claimants.

    Example:
        >>> find_claimant("Abu Firas, a member of the Free Syrian Army, said they held.")
        'Abu Firas'
        >>> find_claimant('"Clashes go on," the British-based Observatory said.')
        'the British-based Observatory'
        >>> find_claimant("The river rose two metres.")
        ''
    """
    cues = _VERB_CUE_FINDER.find_matches_as_indexes(text.lower())
    if not cues:  # no cue in it
        return ""
    kinds = {cue >= len(_VERB_CUES) for cue, _, _ in cues}  # True: a quotation's verb
    speech, quoted = False in kinds, True in kinds
    named = _named_in_apposition(text) if speech else ""
    if named:
        return named
    for pattern in (
        _PATTERNS if speech and quoted else _SPEECH_PATTERNS if speech else _QUOTE_PATTERNS
    ):
        for match in _matches(pattern, text):
            if _not_the_speaker(pattern, text, match):
                continue
            if pattern in (_SUBJECT, _AFTER) and (before_dash := _named_before_dashes(text, match)):
                return before_dash
            if pattern is _INVERTED_ROLE and (name := _NAME_AFTER_ROLE.match(text, match.end())):
                return name.group("who").rstrip(".")  # "said his spokesman, Adam Lind."
            who = _party_of(match.group("who"), noun_phrase=pattern is _ACCORDING)
            if who:
                return _named_before(text, match.start("who")) or who
    return ""


def _named_in_apposition(text: str) -> str:
    """A full name before an apposition or after a role ("Ana Lind, a surgeon, said")."""
    for pattern in (_NAMED_APPOSITION, _ROLE_THEN_NAME):
        named = pattern.search(text)
        if named and not any(w.lower() in STOP_WORDS for w in named.group("who").split()):
            return named.group("who")
    return ""


def _not_the_speaker(pattern: re.Pattern[str], text: str, match: re.Match[str]) -> bool:
    """Whether the words a pattern took before its verb are no speaker of the sentence."""
    who = match.group("who")
    if pattern is _AFTER:
        return _last_word(who) in _NOT_BEFORE_VERB
    if pattern is not _SUBJECT:
        return False
    return bool(
        _INFINITIVE_SPEECH.search(text, 0, match.end())  # "forced to take the mic and say"
        or _last_word(who) in _NOT_BEFORE_VERB
        # "Some 43% of Americans say ..., according to a poll by ...": the poll's
        or (("%" in who or "percent" in who) and _ACCORDING.search(text) is not None)
        or _state_of_a_place(text, match.start("who"))  # "Boulder, (Colorado, home ...)"
    )


def _party_of(who: str, noun_phrase: bool) -> str:
    """The party in a pattern's words before its verb (see ``_tidy``); when they end on a
    relative pronoun, the sender of what the pronoun stands for ("X sent home a letter
    with students that (said)" gives X) or none."""
    if who.rstrip().endswith((" that", " which")):
        sender = _SENDER.match(who.strip())
        return sender.group("who") if sender else ""
    return _tidy(who, noun_phrase=noun_phrase)


_PATTERNS = (
    _AFTER,
    _INVERTED,
    _INVERTED_ROLE,
    _QUOTE_VERB_AFTER,
    _QUOTE_VERB_INVERTED,
    _STATEMENT_AFTER_COLON,
    _SUBJECT,
    _ACCORDING,
    _PASSIVE,
)
# The patterns that need a cue of ``_VERB_CUES``, and those that need one of ``_QUOTE_CUES``.
_QUOTE_PATTERNS = (_QUOTE_VERB_AFTER, _QUOTE_VERB_INVERTED, _STATEMENT_AFTER_COLON)
_SPEECH_PATTERNS = tuple(p for p in _PATTERNS if p not in _QUOTE_PATTERNS)


# A speech verb coordinated with an infinitive or a modal's verb ("was forced to take the
# microphone and say the film had lost", "will meet them and tell them"): an event the
# writer narrates, not a claim the sentence attributes to the clause's subject.
_INFINITIVE_SPEECH = re.compile(
    r"\b(?:to|would|will|could|can|should|must|might)\s[^,;:—\"“”]{1,60}?\s(?:and|or)\s+(?:say|tell)$"
)


# A dash closing an apposition before the verb ("Prof Ana Lind - who led the team at the
# Institute, University of Oslo - said"), and the dash that opened it.
_DASHES = ("-", "–", "—")
_OPENING_DASH = re.compile(r"\s[-–—]\s")


def _named_before_dashes(text: str, match: re.Match[str]) -> str:
    """The speaker before an apposition between dashes, when the words a pattern took for
    the speaker end on the closing dash (they are the apposition's last words, "University
    of Oslo -"); "" otherwise."""
    who = match.group("who")
    if not (who.endswith(_DASHES) and who[-2:-1].isspace()):
        return ""
    openings = list(_OPENING_DASH.finditer(text, 0, match.end("who") - 1))
    return subject_before(text, openings[-1].start()) if openings else ""


def _state_of_a_place(text: str, start: int) -> bool:
    """Whether the words at ``start`` open on a state that belongs to the place before it
    ("Boulder, Colorado, home"), not on a party."""
    return bool(_STATE_OPENING.match(text, start) and _PLACE_BEFORE.search(text, 0, start))


def _last_word(words: str) -> str:
    return words.rsplit(None, 1)[-1].lower() if words.strip() else ""


def _matches(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """The first match of a pattern; of ``_AFTER`` every match in turn, since a clause ending
    on a comma can hold a speech verb that is not the speaker's ('"..., you're going to say,
    'OK,'" Celli said'). (A tuple or the pattern's own iterator, not a generator: this runs
    six times for every sentence with a speech verb.)"""
    if pattern is _AFTER:
        return pattern.finditer(text)
    match = pattern.search(text)
    return (match,) if match else ()


# '"...," state Rep. Ana Ortiz, a Democrat, said': the words after a quotation or comma
# and before the apposition a pattern took as the speaker, when they end on a name.
_NAME_BEFORE_APPOSITION = re.compile(
    r"[,\"”]\s*(?P<who>(?:[a-z]+\ )?(?:[A-Z][\w.'’-]*\ ){1,3}[A-Z][\w'’-]+)$"
)


def _named_before(text: str, start: int) -> str:
    """The person an apposition describes ("Ana Ortiz, a Democrat, said"), when the
    speaker a pattern found (at ``start``) is that apposition, opening with an article."""
    comma = start - 2
    if comma < 1 or not text.startswith((", a ", ", an ", ", the "), comma):
        return ""
    match = _NAME_BEFORE_APPOSITION.search(text, 0, comma)
    return match.group("who") if match else ""


# Nouns in "-ly" that end a party's name ("the Ortiz family", "a tally"): no adverbs.
_NOT_ADVERBS = (
    r"(?!(?:family|ally|assembly|rally|daily|weekly|monthly|quarterly|supply|monopoly|anomaly)\b)"
)
# Words between a subject and its verb: "Cohen has flatly denied", "Lee has consistently
# denied" (any "-ly" adverb).
_BEFORE_VERB = re.compile(
    rf"(?:\s+(?:has|have|had|also|again|later|long|always|all|both|now|then|since"
    rf"|{_NOT_ADVERBS}[a-z]{{4,}}ly))+$"
)
# A speech verb (and whom it was said to) ending the words before a subject's verb.
_VERB_AT_END = re.compile(rf"\s+(?:{_VERBS})(?:\s+(?:us|me|him|her|them|reporters))?$")
_POSSESSIVE = re.compile(r"['’]s$")
_SUBJECT_START = re.compile(r"(?:^|[,;:—(\"“”]|\b(?i:but|and|while|as|when|after|that)\s)\s*(?=\S)")


def subject_before(text: str, position: int) -> str:
    """The party named just before ``position`` (the subject of a verb that starts there),
    or "" when it is a pronoun or no name.

    Example:
        >>> text = "Contacted via email, Peinovich flatly denied he was Enoch."
        >>> subject_before(text, text.index("denied"))
        'Peinovich'
        >>> text = "Lawyer Robert Wallack says, despite the reports, he has not met her."
        >>> subject_before(text, text.index("despite"))
        'Lawyer Robert Wallack'
        >>> subject_before("He denies the charges.", 3)
        ''
    """
    before = _BEFORE_VERB.sub("", text[:position].rstrip(" ,\"“”'‘’"))
    before = _VERB_AT_END.sub("", before)
    starts = [m.end() for m in _SUBJECT_START.finditer(before)] or [0]
    who = before[starts[-1] :]
    # An apposition: "Burke Ramsey, now 29," (after a comma; not "But (the mayor)").
    if len(starts) > 1 and who[:1].islower() and before[: starts[-1]].rstrip().endswith(","):
        named = before[starts[-2] : starts[-1]].strip(" ,")
        if named.istitle() and len(named.split()) <= 4:
            who = named
    last = _POSSESSIVE.sub("", who.split()[-1].lower()) if who.split() else ""
    if not 0 < len(who.split()) <= 8 or last in _PRONOUNS:
        return ""
    return _tidy(who)


class ClaimantFinder:
    """Claimants of an article's sentences, each found only when asked for.

    A bare quotation ('"We did not withdraw."') belongs to whoever the sentence before it
    attributed a claim to; with ``speaker_from_before``, so does any quotation whose
    speaker the sentence does not name ('"We did not withdraw," she said.'), and a claim
    whose speaker is "he" or "she" ("She said the wall held.") belongs to the person the
    sentence before opens on.
    """

    def __init__(self, texts: Sequence[str], speaker_from_before: bool = False) -> None:
        self.texts = texts
        self.speaker_from_before = speaker_from_before
        self.found: dict[int, str] = {}

    def __call__(self, position: int) -> str:
        if position not in self.found:
            text = self.texts[position]
            who = find_claimant(text)
            if not who and position > 0 and self._speaks_for_before(text):
                who = self._party_before(text, position) or self._named_subject_before(
                    text, position
                )
            elif not who and position > 0:  # "He said the wall held." after "Ana Lind ..."
                who = self._named_subject_before(text, position)
            self.found[position] = who
        return self.found[position]

    def _party_before(self, text: str, position: int) -> str:
        """The claimant of the sentence before, unless this one's speaker is "he" or "she"
        and that claimant is no person ('"...," he said.' after "State TV announced ...")."""
        who = self(position - 1)
        head = _OF_PHRASE.split(who, 1)[0]  # "A spokesman (for the police)" is a person
        return "" if _NO_PERSON.search(head) and _PRONOUN_SPEAKER.search(text) else who

    def _speaks_for_before(self, text: str) -> bool:
        return is_bare_quote(text) or (
            self.speaker_from_before and quotation(text).quotes and not _cites_words(text)
        )

    def _named_subject_before(self, text: str, position: int) -> str:
        """'"I am flattered," he said.' after "Sylvester Stallone suggested ...": the person
        the sentence before opens on, when this one's speaker is "he" or "she" (the
        previous sentence's subject is who a reader takes the pronoun for)."""
        if not self.speaker_from_before or not _PRONOUN_SPEAKER.search(text):
            return ""
        before = self.texts[position - 1]
        if _ASKED.search(before):  # "Host Chris Wallace asked the senator ...": he answers
            return ""
        match = _LEADING_PERSON.match(before)
        if match and not any(w.lower() in STOP_WORDS for w in match.group("who").split()):
            return match.group("who")
        return self._speaker_named_in(before, position - 1)

    def _speaker_named_in(self, before: str, at: int) -> str:
        """'"That's not so," she said.' after "This is where Lind went into spin mode.": the
        one name the sentence before holds (past its first word), when it is the surname of
        a claimant of the ``SPEAKER_REACH`` sentences before that one (Lind has spoken)."""
        names = set(_CAPITALISED_WORD.findall(before, before.find(" ") + 1 if " " in before else 0))
        if len(names) != 1:
            return ""
        name = names.pop()
        spoken = {
            who for i in range(max(0, at - SPEAKER_REACH), at) if _surname(who := self(i)) == name
        }
        return spoken.pop() if len(spoken) == 1 else ""


# A claimant that is an institution, a medium or a text, never "he" or "she".
_NO_PERSON = re.compile(
    r"\b(?:TV|television|radio|agency|newspaper|network|company|firm|police|ministry"
    r"|department|government|poll|survey|report|reports|study|statement)$"
)
_OF_PHRASE = re.compile(r"\s(?:for|of|at|from|with)\s")
# How many sentences before a line naming a person a claimant of that person may stand.
SPEAKER_REACH = 3
# A word that opens on a capital where a word starts (after a space, a mark or a bracket).
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")


def _surname(claimant: str) -> str:
    return _POSSESSIVE.sub("", claimant.rsplit(None, 1)[-1]) if claimant.strip() else ""


# Quoted words a sentence names as words, not as anybody's speech: 'a bill to change the
# words "in all thy sons command" to "in all of us command"'.
_CITED = re.compile(r"\bthe\s+(?:words?|phrases?|terms?|lines?|lyrics?|slogan|motto)\s+[\"“]")
_QUOTE_OPENING = re.compile(r"(?:^|(?<=\s))[\"“](?=\w)")
_AFTER_CITED = re.compile(r"\b(?:to|from|with|and|or)\s+$")


def _cites_words(text: str) -> bool:
    """Whether every quotation a sentence holds is words it names ("the words "..." to
    "..."", see ``_CITED``), so its quotation marks give it no speaker."""
    openings = list(_QUOTE_OPENING.finditer(text))
    if not openings or not _CITED.search(text, 0, openings[0].end()):
        return False
    return all(
        _CITED.search(text, 0, q.end())
        and (_CITED.search(text[: q.end()][-40:]) or _AFTER_CITED.search(text, 0, q.start()))
        for q in openings
    )


def claimants(texts: Sequence[str]) -> list[str]:
    """The claimant of each sentence of one article, in order (see :class:`ClaimantFinder`)."""
    finder = ClaimantFinder(texts)
    return [finder(position) for position in range(len(texts))]


# A party named only by its kind ("the firm", "the accounting firm"), and where a report
# names that kind's member before: "the accounting firm PwC".
_KIND = r"firm|company|agency|network|studio|group|organization|organisation|league|charity"
_KIND_ONLY = re.compile(rf"^(?:the|a|an)\ (?:[a-z-]+\ )?(?P<kind>{_KIND})$")
_KIND_NAME = r"[A-Z][\w&'’-]*(?:\ (?:&\ )?[A-Z][\w&'’-]*){0,3}"
# Only "the firm PwC": "Paris, the biomedical firm (said)" is a place before an apposition.
# (One pattern a kind, compiled once: a claimant is read for every sentence a brief takes.)
_NAMED_KIND = {kind: re.compile(rf"\b{kind}\ (?P<name>{_KIND_NAME})") for kind in _KIND.split("|")}


def named_kind(claimant: str, earlier: Sequence[str]) -> str:
    """The name a report gave a claimant that is only a kind of party ("the firm"): the one
    party of that kind the ``earlier`` sentences of its report name ("The accounting firm
    PwC said ..."); "" when the claimant names a party or the report names none or two.

    Example:
        >>> named_kind("the firm", ["The accounting firm PwC said it erred."])
        'PwC'
        >>> named_kind("the firm", ["The firm Lind & Co and the firm Berg Ltd sued."])
        ''
    """
    kind = _KIND_ONLY.match(claimant)
    if not kind:
        return ""
    found = _NAMED_KIND[kind.group("kind")]
    names = {m.group("name") for text in earlier for m in found.finditer(text)}
    return names.pop() if len(names) == 1 else ""


def is_bare_quote(text: str) -> bool:
    """A sentence that is a quotation and nothing else: '"We did not withdraw."'."""
    return text[:1] in _QUOTE_START and text.rstrip(" .")[-1:] in _QUOTE_END


# Fronted phrases that are not a party either: "Addressing lawmakers on Thursday, the prime
# minister said", "Just days later, the military announced", "Written by Alvarez, the film".
_PARTICIPLE_BY_WORDS = r"[A-Z][a-z]+(?:ed|en) by\b"
_FRONTED = re.compile(
    rf"^(?:[A-Z][a-z]+ing\b|{_PARTICIPLE_BY_WORDS}"
    r"|(?:(?:Just|Mere|Only|Some|A few|\w+) (?:minutes|hours|days|weeks|months|years)"
    r"|(?:Minutes|Hours|Days|Weeks|Months|Years))"
    r" (?:later|earlier|after|before)\b"
    r"|(?:(?:Just|Only|Barely) )?(?:a|an|one|\w+) (?:minute|hour|day|week|month|year)s? into\b)"
)
# "Mere hours after Kerry Washington's camp (confirmed)": the verb's subject follows the
# time phrase.
_TIME_BEFORE_SUBJECT = re.compile(
    r"^(?:(?:Just |Mere |Only )?(?:\w+ )?(?:minutes|hours|days|weeks|months|years) (?:after|before)"
    r"|(?:It|This|That) (?:comes|came) (?:after|as)) "
)
_PARTICIPLE_BY = re.compile(_PARTICIPLE_BY_WORDS)
# A phrase ending on a day is a time, whatever page furniture is glued before it ("LIVE
# BLOG On Monday, William Hague ... had suggested").
_ENDS_ON_A_DAY = re.compile(r"\b[Oo]n (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
# A claimant cut off inside its parenthesis: "Chuck Schumer (D-N" of "(D-N.Y.) said".
_OPEN_PARENTHESIS = re.compile(r"\s*\([^)]*$")
# "Shamed by (reports of ...)": a phrase that ends on a preposition is no party.
_ENDS_ON_PREPOSITION = re.compile(r"\b(?:by|of|to|for|with|from|into|about|after|before)$")


def _after_time_phrase(who: str) -> str:
    """The subject after a leading time phrase when it is a short noun phrase ("Kerry
    Washington's camp"), else ``who`` as it was ("Two days after the student went missing
    from ..." holds a clause, not a party)."""
    rest = _TIME_BEFORE_SUBJECT.sub("", who)
    return rest if rest != who and "," not in rest and len(rest.split()) <= 6 else who


_NAME_START = re.compile(r"(?:the\s)?[A-Z]")
# A state between commas after a place and before a lower-case word is part of the place
# ("The Palm Beach County, Florida, sheriff's office", "her parents' Boulder, Colorado,
# home"), not an apposition naming a party.
_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec"
)
_STATE_IN_COMMAS = re.compile(rf"(?<=[A-Za-z]), (?P<state>{_STATES}), (?=[a-z])")
_STATE_OPENING = re.compile(rf"(?:{_STATES}), [a-z]")
_PLACE_BEFORE = re.compile(r"[A-Z][\w.'’-]*, $")


def _named_part(who: str) -> str:
    """Of an apposition keep the name: "Abu Firas, a member of ..." gives "Abu Firas";
    "an opposition watchdog, the Syrian Observatory" gives "the Syrian Observatory"."""
    if who.count(",") > 1:  # (the look-behind is slow: only where two commas could hold one)
        who = _STATE_IN_COMMAS.sub("\x00\\g<state>\x00", who)
    parts = [p.strip().replace("\x00", ", ") for p in who.split(",") if p.strip()]
    while len(parts) > 1 and (
        _ADVERBIAL.match(parts[0][:1].upper() + parts[0][1:])  # "(But) in an interview, Lee"
        or _FRONTED.match(parts[0])
        or _ENDS_ON_A_DAY.search(parts[0])
    ):
        parts = parts[1:]
    if not parts:
        return ""
    if parts[0].split()[0].lower() in _ARTICLES:
        named = [p for p in parts[1:] if _NAME_START.match(p)]
        if named:
            return named[0]
    return parts[0]


# Lower-case "-ly" adverbs after a name, before its verb ("Davis formally announced", "Lee
# quickly told"); not the nouns in "-ly" (``_NOT_ADVERBS``).
_TRAILING_ADVERBS = re.compile(rf"(?<=[A-Za-z.'’])(?:\s+{_NOT_ADVERBS}[a-z]{{4,}}ly)+$")


# Adverbs of time after a name, before its verb: "Limbaugh later said", "Ortiz again told",
# "officials at first reported".
_TRAILING_TIME = re.compile(
    r"(?<=\w)\s+(?:at first|later|earlier|again|then|now|once|first|also|too)$"
)

# A claim named before its owner, with "that" left out: "..., a claim Fitbit denies" and
# "a charge the company denies" are the owner's denial, not a claim's.
_REDUCED_RELATIVE = re.compile(
    r"^(?:a|an|the)\s+(?:\w+\s+)?(?:claim|charge|allegation|accusation|assertion|account"
    r"|characterization|suggestion|version)s?\s+(?=[A-Z]|(?:the|its|his|her|their)\s)"
)

# The verb of a relative clause: "The magazine spoke to a producer who (told them ...)" is
# the producer's; the words before the producer are another clause.
_SUBJECT_OF_RELATIVE = re.compile(r"^.*\b(?P<who>(?:an?|the)\s[^,]{1,60}?)\s+who$")


# What ``_tidy`` cuts off a speaker's words (compiled here, not by ``re.split`` and
# ``re.sub`` at each call: their cache lookups cost a tenth of finding a claimant).
_RELATIVE_WORD = re.compile(r"\b(?:what|that|who|which|whom)\s+")
_LEADING_CONJUNCTION = re.compile(r"^(?:[Bb]ut|[Aa]nd|[Ww]hile|[Ww]hereas|[Ss]o|[Yy]et)\s+")
# A time word or a subordinator with no comma before the speaker: "Yesterday historians
# (said)", "When Ana Lind (reported her son missing, she ...)".
_LEADING_TIME = re.compile(
    r"^(?:Yesterday|Earlier|Later|Recently|When|After|Before|Once|Although|Though|Because)\s+"
    r"(?=[^,]*$)"
)
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:but|and|while|as)\s+")
_FULL_STOP_AFTER_CAPITALS = re.compile(r"(?<=[A-Z]{2})\.$")
# The medium a party spoke through is not the party: "a statement from (the firm)", "A
# statement released by (the Department of Health)", "In a statement (Shell)", "(Sanders)
# in a short interview", "(the company) in a statement", "(Buck) on Twitter to ...".
_MEDIUM = r"(?:statement|release|interview|blog post|post|tweet|e-?mail)"
_MEDIUM_BEFORE = re.compile(
    rf"^(?:(?:[Aa]n?|[Tt]he)\ (?:[\w-]+\ )?{_MEDIUM}\ (?:from|by|(?:released|issued)\ by)\ "
    rf"|In\ an?\ (?:[\w-]+\ )?{_MEDIUM},?\ )(?=\S)"
)
_MEDIUM_AFTER = re.compile(
    rf"(?<=\w)\ (?:in\ an?\ (?:[\w-]+\ )?{_MEDIUM}$|on\ (?:Twitter|Facebook|Instagram)\b.*)"
)
_TIME_AFTER = re.compile(
    r"\s+(?:on|in|at|late|early|last|this)\s+"
    r"(?:[A-Z]\w+day|\w+ing|week|nightfall|night|dawn|dusk|noon|midday|midnight)\b"
)


# Words before a verb that end on a relative pronoun: the verb is the clause's, whose
# antecedent is what a party sent ("... sent home a letter with students that said ...");
# the party is the sender the words open on, if any.
_SENDER = re.compile(
    r"^(?P<who>(?:The\ )?[A-Z][\w&'’.-]*(?:\ [A-Z][\w&'’.-]*){0,5})"
    r"\ (?:sent|issued|released|posted|published|put\ out|distributed)\b"
    r"[^,]*\b(?:letter|statement|report|note|memo|message|e-?mail|notice|release)\b"
)


def _tidy(who: str, noun_phrase: bool = False) -> str:
    """The party in the words a pattern took for a speaker, or "" when they hold none. With
    ``noun_phrase`` (the words after "according to"), a party in lower case needs no
    article ("according to exit polls", "according to local police")."""
    who = who.strip(" ,—-'‘’")
    # (Words that open on "according to" and hold no comma end on a noun taken for the verb:
    # "according to media (reports)"; ``_ACCORDING`` takes "media reports".)
    according = who.startswith(("according to ", "According to ")) and "," not in who
    if according or not any(c.isalpha() for c in who) or _ends_another_clause(who):
        return ""
    who = _before_relative_clause(who)
    who = _SUBJECT_OF_RELATIVE.sub(r"\g<who>", who)  # "spoke to a producer who (told)"
    who = _head_of_relative(who)  # "A climber who found the bodies (said)"
    who = _RELATIVE_WORD.split(who)[-1]  # "showed what the rebels"
    who = _LEADING_TIME.sub("", _LEADING_CONJUNCTION.sub("", who))
    who = _REDUCED_RELATIVE.sub("", who)  # "a claim Fitbit (denies)": the name is the party
    who = _CLAUSE_AFTER_COMMA.split(who)[-1]  # "It was 70 degrees, but experts"
    who = _OPEN_PARENTHESIS.sub("", _named_part(_after_time_phrase(who)))
    who = _subject_of_coordination(who)  # "Zirkle reached Nulato and (told)"
    if _PARTICIPLE_BY.match(who):  # "Written by Lind (with ... but acknowledged ...)"
        return ""
    who = _FULL_STOP_AFTER_CAPITALS.sub("", who)  # the sentence's full stop after "from JCU"
    who = _TRAILING_ADVERBS.sub("", who)  # "Davis formally" (announced): the name is the party
    who = _TRAILING_TIME.sub("", who)  # "Limbaugh later" (said)
    who = _TIME_AFTER.split(who)[0]
    who = _MEDIUM_AFTER.sub("", _MEDIUM_BEFORE.sub("", who))  # "a statement from (the firm)"
    words = who.split()
    if not words or who.lower() in _PRONOUNS or len(words) > 12 or _ENDS_ON_PREPOSITION.search(who):
        return ""
    if any(w.lower() in _AUXILIARIES for w in words):  # a clause, not a name
        return ""
    named = any(w[:1].isupper() for w in words)
    if (
        who[0].islower()
        and not noun_phrase
        and words[0] not in _ARTICLES | _GROUPS | _QUANTIFIERS
        and not named
    ):
        return ""  # "not two as the fire service", "hours after officials"
    return who


_COORDINATED = re.compile(r"\s(?:and|but)$")


def _subject_of_coordination(who: str) -> str:
    """The subject of a predicate coordinated with the speech verb: "Zirkle reached Nulato
    and (told ...)" gives "Zirkle", "Another juror stood up and (said)" "Another juror"; ""
    when no verb of a first predicate shows ("the team comes around and (says)")."""
    if not _COORDINATED.search(who):
        return who
    words = who.split()
    for index, word in enumerate(words[1:], start=1):
        if word.islower() and (word.endswith("ed") or word in IRREGULAR_PAST):
            return " ".join(words[:index])
    return ""


# (A head of four words at most: "Texas will pay $3.4 million to a couple who ..." is a clause.)
_HEAD_WHO_VERB = re.compile(
    r"^(?P<head>(?:[Aa]n?|[Tt]he|[A-Z][\w'’-]*)(?:\ [\w'’-]+){0,3})\ who\ (?P<next>[a-z]+)\ "
)


def _head_of_relative(who: str) -> str:
    """The party a relative clause describes when the clause has its own verb: "A climber
    who found the bodies (said)" gives "A climber"; not "the dock that police (said)",
    where the words after the relative word are the speaker."""
    match = _HEAD_WHO_VERB.match(who)
    if not match or "," in who or match.group("next") in _ARTICLES | _GROUPS | _QUANTIFIERS:
        return who
    return match.group("head")


_WHO_CLAUSE = re.compile(r",\s*who\s+")


def _before_relative_clause(who: str) -> str:
    """The person a relative clause describes, when the verb follows the clause: "The
    senator, who went all-in on the bill last week, (said)" gives "The senator"; not when
    the verb is the clause's own ("The man, who was (told)") or more follows the clause."""
    parts = _WHO_CLAUSE.split(who)
    if len(parts) != 2 or "," in parts[1]:
        return who
    last = parts[1].split()[-1:]
    return who if not last or last[0].lower() in _AUXILIARIES else parts[0]


def _ends_another_clause(who: str) -> bool:
    """Words before a speech verb that are not its speaker: the verb belongs to another
    clause ("... won't comment because they (say)", "would not (say)") or its speaker is a
    pronoun after the topic ("The hacking, he (said), ...")."""
    words = who.split()
    return bool(words) and (
        words[-1].lower() in _NOT_A_SUBJECT_END
        or who.rsplit(",", 1)[-1].strip().lower() in _PRONOUNS
    )
