"""Who or what: a name the story spells two ways ("Jonathan" / "Jonathon"), a person's rank
("an assistant professor" / "an associate professor")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsfuse.attribute import ClaimantFinder
from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind, Voices, Who
from newsfuse.differ.names import spelled_two_ways
from newsfuse.differ.ranks import ranks
from newsfuse.documents import Sentence


def title_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A named person's rank: "Matthew Kanan, an associate professor of chemistry"."""
    for pattern in p.TITLES:
        for match in pattern.finditer(sentence.text):
            name = match.group("name")
            if " " in name and not p.NOT_NAMES & set(name.split()):
                surname = name.split()[-1].lower()
                rank = f"{match.group('rank').lower()} professor"
                yield Claim(
                    Kind.IDENTITY, f"title/{surname}", name, rank, sentence.text, who, sentence
                )


def rank_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A named person's grade in the forces or the police: "Sgt. Tom Reed" (value
    "sergeant"), compared as a title is (one person named in two reports)."""
    for name, grade in ranks(sentence):
        surname = name.split()[-1].lower()
        yield Claim(Kind.IDENTITY, f"title/{surname}", name, grade, sentence.text, who, sentence)


def role_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """Who a person named by a role is: "The pilot was identified as Tom Reed" (value
    "Tom Reed"), "police identified the gunman as Tom Reed"."""
    for pattern in p.ROLE_IDENTIFIED:
        for match in pattern.finditer(sentence.text):
            name = match.group("name")
            if not p.NOT_NAMES & set(name.split()):
                role = match.group("role")
                yield Claim(Kind.IDENTITY, f"role/{role}", role, name, sentence.text, who, sentence)


def ordinal_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """Which one of a series: "the second line of the anthem" (value "2")."""
    for match in p.ORDINAL.finditer(sentence.text):
        ordinal = match.group("ordinal").lower()
        value = p.ORDINAL_VALUES.get(ordinal) or ordinal.rstrip("stndrh")
        noun, of = match.group("noun").lower(), match.group("of").lower()
        subject = f"ordinal/{noun}/{of}"
        about = f"{noun} of the {of}"
        yield Claim(Kind.IDENTITY, subject, about, value, sentence.text, who, sentence)


def spelling_claims(sentences: Sequence[Sentence]) -> Iterator[Claim]:
    """Each sentence that writes a name the story spells two ways, with its spelling."""
    for a, b in spelled_two_ways(sentences):
        spelled = re.compile(rf"\b({re.escape(a)}|{re.escape(b)})\b")
        for sentence in sentences:
            for word in set(spelled.findall(sentence.text)):
                subject = f"{a}/{b}"
                yield Claim(Kind.IDENTITY, subject, subject, word, sentence.text, "", sentence)


# Who said a quotation: a capitalised name right beside a speech verb and the quotation
# ('"...," Rodriguez told ...', '... Vasiliades tells the husband "..."', '"...," said Ann
# Lee'). A pronoun names no one and is left alone ('"...," he said'): a false speaker costs
# more than a missed one.
_SPEAKER = r"[A-Z][a-z]+(?:[\s-][A-Z][a-z'\-]+){0,6}"
_SPEECH = r"(?:(?:allegedly|also|later|then)\s+)?(?:said|says|told|tells|wrote|added|recalled)"
_QUOTED = re.compile(r"[\"“](?P<quote>[^\"“”]{20,400})[\"”]")
# A title before the name is no part of it ("Gov. Ann Lee", "harbour master Ann Lee"); a
# name after an article or a possessive is an epithet ("the Florida Republican"), and one
# after "for" or "of" is not the speaker's ("a lawyer for Ann Lee").
_TITLE = (
    r"(?:(?!for\b|of\b|to\b|with\b|and\b|by\b|the\b|an?\b|his\b|her\b|their\b|its\b)"
    r"[a-z]+\s+){0,3}?(?:[A-Z][a-z]{1,4}\.\s+)?"
)
_SPEAKER_AFTER = re.compile(
    rf"^\s*(?:{_TITLE}(?P<name>{_SPEAKER})\s+{_SPEECH}\b"
    rf"|{_SPEECH}\s+{_TITLE}(?P<name2>{_SPEAKER})\b)"
)
_PRONOUN_SAID = re.compile(r"[,.!?]?\s*(?:he|she)\s+(?:said|says|added|told)\b")
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z'\-]+){1,2}")
_SPEECH_CUE = re.compile(r"\b(?:said|says|told|tells|wrote|added|recalled)\b")
_SPEAKER_BEFORE = re.compile(rf"\b(?P<name>{_SPEAKER})\s+{_SPEECH}\b[^\"“”.;]{{0,60}}$")
# A quotation is known by its first words; two reports that quote it start it alike.
QUOTE_WORDS = 6
# How many first letters group quotations before their words are read.
QUOTE_START = 12
# How far before a quotation its speaker may be named.
SPEAKER_REACH = 120
_WORD = re.compile(r"[a-z0-9]+")
# A speaker who passes on another's words ("quoting the mayor") is not the one who said them.
_RELAYED = re.compile(r"\b(?:quoting|echoing|repeating|paraphrasing|reading from)\b")
_NOT_SPEAKERS = frozenset("He She They It We I You The This That But And In On As".split())


def quote_claims(articles: Sequence[Sequence[Sentence]]) -> Iterator[Claim]:
    """Who said each quotation of at least ``QUOTE_WORDS`` words that two reports or more
    print, by surname: two reports that give one quotation to two people disagree about who
    said it. Story-wide, like :func:`spelling_claims`: the quotations of every report are
    found first, and a speaker is looked for only where another report prints the same
    opening words, which few quotations are."""
    finders: dict[int, ClaimantFinder] = {}
    for opening, places in _shared_quotations(articles).items():
        for a, position, match in places:
            if a not in finders:
                finders[a] = ClaimantFinder([s.text for s in articles[a]])
            sentence = articles[a][position]
            speaker = _quotation_speaker(sentence.text, match, Voices(finders[a], position))
            if speaker:
                subject = f"quote/{opening}"
                yield Claim(Kind.IDENTITY, subject, opening, speaker, sentence.text, "", sentence)


Place = tuple[int, int, re.Match[str]]


def _shared_quotations(articles: Sequence[Sequence[Sentence]]) -> dict[str, list[Place]]:
    """The quotations two reports or more print, by their opening words, with where each
    stands (report, sentence, match). Quotations are first grouped by their first letters,
    which is cheap, and only groups found in two reports are read word by word."""
    by_start: dict[str, list[Place]] = {}
    for a, sentences in enumerate(articles):
        for position, sentence in enumerate(sentences):
            if '"' in sentence.text or "“" in sentence.text:
                for match in _QUOTED.finditer(sentence.text):
                    start = match.group("quote")[:QUOTE_START].lower()
                    by_start.setdefault(start, []).append((a, position, match))
    shared: dict[str, list[Place]] = {}
    for places in by_start.values():
        if len({a for a, _, _ in places}) > 1:
            for place in places:
                shared.setdefault(_opening(place[2].group("quote")), []).append(place)
    shared.pop("", None)
    return {o: ps for o, ps in shared.items() if len({a for a, _, _ in ps}) > 1}


def _opening(quotation: str) -> str:
    """The first ``QUOTE_WORDS`` words of a quotation, in lower case ("" if it has fewer)."""
    words = _WORD.findall(quotation[:120].lower().replace("'", "").replace("’", ""))
    return " ".join(words[:QUOTE_WORDS]) if len(words) >= QUOTE_WORDS else ""


def _quotation_speaker(text: str, match: re.Match[str], voices: Voices) -> str:
    """The surname of who says the quotation ("" when none is named, or when the sentence
    passes on another's words)."""
    speaker = _speaker(text, match.start(), match.end()) or _speaker_before(text, match, voices)
    return "" if _RELAYED.search(text) else speaker


def _speaker(text: str, start: int, end: int) -> str:
    """The surname of the named speaker right after or right before a quotation ("")."""
    after = _SPEAKER_AFTER.match(text[end : end + SPEAKER_REACH].lstrip(",.!? "))
    named = _surname(after.group("name") or after.group("name2")) if after else ""
    if named:
        return named
    lead = text[max(0, start - SPEAKER_REACH) : start]
    before = _SPEAKER_BEFORE.search(lead) if _SPEECH_CUE.search(lead) else None
    if before and _speaks_alone(lead[: before.start()]):
        return _surname(before.group("name"))
    return ""


def _speaker_before(text: str, quotation: re.Match[str], who: Who) -> str:
    """The surname of the person the sentence before names as speaking, when a pronoun
    says this quotation ('Ann Lee said the pier would reopen. "...," she said.')."""
    if not _PRONOUN_SAID.match(text[quotation.end() : quotation.end() + 40]):
        return ""
    named = _FULL_NAME.fullmatch(who.before())
    return _surname(named.group(0)) if named else ""


def _surname(name: str) -> str:
    """The last word of a name ("" for a pronoun, a weekday or another word no name starts
    with)."""
    first = name.split(maxsplit=1)[0]
    return "" if first in _NOT_SPEAKERS or first in p.NOT_NAMES else name.rsplit(maxsplit=1)[-1]


def _speaks_alone(before: str) -> bool:
    """Whether a name after these words is the speaker's own: not "a lawyer for Ann Lee",
    "the Florida Republican" or the last part of a longer capitalised name."""
    word = before.split()[-1:]
    return not word or not (word[0][0].isupper() or word[0].lower() in _NOT_SPEAKER_AFTER)


_NOT_SPEAKER_AFTER = frozenset("for of to with by the a an his her their its".split())


# The place of one event: "the car was found in Millbrook", "was arrested near Dover": the
# event verb, its subject (the word before it), and a capitalised place after "in", "at",
# "near" or "outside" within four words.
_EVENT_VERBS = "|".join(sorted(p.EVENTS, key=len, reverse=True))
_PLACE = re.compile(
    rf"(?<=[A-Za-z] )(?P<event>{_EVENT_VERBS})"
    r"\b(?:\s+(?!and\b|but\b|after\b|before\b|when\b|while\b|where\b|who\b|which\b)[\w'’]+){0,4}?"
    r"\s+(?:in|at|near|outside)\s+(?:the\s+)?"
    r"(?P<place>(?:(?:St|Mt|Ft)\.\s)?[A-Z][a-z]+(?:['’]s)?(?:\s[A-Z][a-z]+(?:['’]s)?){0,3})"
)
# A place's name may open with an abbreviation ("St. Mary's Hospital"): cut at its stop, it
# was the place "St".
# Cheaper than the whole pattern, and most sentences with an event verb have no such place.
_PLACE_GATE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]")
# Subjects that name no one in particular: pronouns, relative words ("what happened in
# Benghazi" and a hearing's "What happened in Washington ...?" are no two places of one
# event), auxiliaries.
_NO_SUBJECT = frozenset(
    """he she it they we i you who which that what this these those and or but also then later
    first was were been had has have is are be being police authorities officials""".split()
)


def place_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """Where one event happened: "the bodies were found near Millbrook" (value "Millbrook").
    Its subject holds the event and the word before it, so that only claims about the same
    event of the same one are compared; a weekday or a month is no place."""
    text = sentence.text
    if not _PLACE_GATE.search(text):
        return
    for match in _PLACE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()].split()
        subject, place = before[-1].lower(), match.group("place")
        if not subject.isalpha() or subject in _NO_SUBJECT or place.split()[0] in p.NOT_NAMES:
            continue
        event = p.EVENTS[match.group("event")]
        about = f"{event}/{subject}"
        yield Claim(Kind.IDENTITY, f"place/{about}", about, place, sentence.text, who, sentence)
