"""How long one event lasted: "the 16-hour flight", "a three-day manhunt", "the standoff
lasted nine hours". Two reports that give one event two lengths in one unit disagree ("a
15-hour flight" / "the 16-hour flight"); a length is read only for events a story tells once
(a flight, a siege, a manhunt), not for what recurs ("a 12-hour shift", "a two-day visit")
or is set rather than told ("a five-year sentence"). A prison term given to one named person
is a length of its own ("Reed was sentenced to 12 years" / "to 14 years": ``term_claims``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfuse.differ.claim import Claim, Kind, Who
from newsfuse.differ.numbers import quantity
from newsfuse.documents import Sentence

# Events a story tells once, whose length is a fact of the story.
EVENTS = (
    "flight", "filibuster", "standoff", "stand-off", "siege", "surgery", "operation", "ordeal",
    "manhunt", "search", "shutdown", "blackout", "outage", "lockdown", "journey", "voyage",
    "trek", "drive", "chase", "pursuit", "interrogation", "rescue", "speech", "hearing",
    "debate", "deliberations", "hunger strike", "power cut",
)  # fmt: skip
_UNITS = r"minute|hour|day|week|month"
_NUMBER = (
    r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five"
    r"|six|seven|eight|nine)"
)
_HEDGE = r"(?:(?P<hedge>nearly|almost|about|around|roughly|some|more\s+than|over)\s+)?"
_EVENT = "|".join(re.escape(e) for e in sorted(EVENTS, key=len, reverse=True))
# "the 16-hour flight", "a nearly 13-hour filibuster", "a three-day-long manhunt"; one word
# may stand between ("a 16-hour nonstop flight").
FUSED = re.compile(
    rf"(?<![\w.,$-]){_HEDGE}(?P<number>{_NUMBER})-(?P<unit>{_UNITS})(?:-long)?\s+"
    rf"(?:[a-z]+\s+)?(?P<event>{_EVENT})\b(?![-’'])",
    re.IGNORECASE,
)
# "the standoff lasted nine hours", "the standoff at the farm lasted nine hours", "the
# surgery, which lasted about 13 hours", "the standoff went on for nine hours", "ended after
# nine hours" (not past a word that opens another clause).
LASTED = re.compile(
    rf"\b(?P<event>{_EVENT})\b"
    r"(?:\s+(?!(?:and|but|who|that|while|after|before|when|as)\b)[\w'’-]+){0,5}?"
    r"(?:,?\s+which)?\s+(?:had\s+)?(?:lasted|(?:went|dragged|stretched)\s+on\s+for"
    rf"|ended\s+after)\s+{_HEDGE}"
    rf"(?P<number>{_NUMBER})\s+(?P<unit>{_UNITS})s\b",
    re.IGNORECASE,
)
# A length fused with its unit, told by "lasted" or its like, or a prison term given
# ("sentenced") (a length written "a 16 hour flight", without its hyphen, is rare, and " day "
# is in one sentence in ten: not a cue).
CUES = (
    "-hour", "-day", "-minute", "-week", "-month", "lasted", "went on for", "dragged on for",
    "stretched on for", "ended after", "sentenced",
)  # fmt: skip
# A prison term given to one person the sentence names: "Reed was sentenced Tuesday to 12
# years in prison", "Tom Reed, 34, has been sentenced to 18 months", "a judge sentenced Tom
# Reed to 12 years". Only a term given ("could be sentenced to" is not), in whole years or
# months (not a range: "10 to 12 years"), of a named person: co-defendants get two terms.
_SENTENCED = re.compile(
    r"(?:\b(?P<subject>[A-Z][a-z'’-]+),?(?:\s+\d{1,3},)?\s+(?:was|has\s+been|had\s+been)\s+"
    r"sentenced|\bsentenced\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][a-z'’-]+\s+)*?"
    r"(?P<object>[A-Z][a-z'’-]+))"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+in\s+\d{4}|\s+(?:last|this)\s+[a-z]+)?"
    rf"\s+to\s+(?:serve\s+)?{_HEDGE}(?P<number>{_NUMBER})[\s-](?P<unit>year|month)s?\b"
    r"(?P<rest>[^.;]{0,50})"
)
# A term not served in prison, or only partly: probation, house arrest, a suspended term
# ("sentenced to 10 years, with five suspended"), "10 years or more"; or one whose figure
# goes on ("28 years and six months": not 28 years).
_NOT_SERVED = re.compile(
    r"\b(?:probation|supervised|house\s+arrest|suspended|community|conditional|or\s+more)\b"
    r"|^,?\s+and\s+(?:a\s+half|[\w-]+\s+months?)\b",
    re.IGNORECASE,
)
# Words that no person is named by.
_NOT_A_NAME = frozenset(
    "He She They It We I You Who The A An This That Police Officials Authorities".split()
)


def duration_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """ "nearly 10 hours into the 16-hour flight": the flight's length, 16 hours (subject
    "duration/flight/hour"). A sentence that gives one event two lengths ("a 12-hour flight
    and a 14-hour flight") holds two events, and gives none."""
    text = sentence.text
    if "sentenced" in text:
        yield from term_claims(sentence, who)
    found = [*FUSED.finditer(text), *LASTED.finditer(text)]
    events = [_event(m) for m in found]
    for match, event in zip(found, events, strict=True):
        if events.count(event) > 1:
            continue
        unit = match.group("unit").lower()
        hedge = match.group("hedge") or ""
        amount = quantity(f"{hedge} {match.group('number')}".strip())
        if amount is None:
            continue
        yield Claim(
            Kind.COUNT,
            f"duration/{event}/{unit}",
            f"length of the {event}",
            f"{amount.value} {unit}s" if amount.high != 1 else f"{amount.value} {unit}",
            text,
            who,
            sentence,
            quantity=amount,
            at=match.start("number"),
        )


def term_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """ "Reed was sentenced to 12 years in prison": the prison term of Reed, 12 years
    (subject "term/reed/year"); a sentence that gives two terms (two people, or a term and
    its part) gives none, nor does a term not served in prison (see ``_NOT_SERVED``)."""
    found = list(_SENTENCED.finditer(sentence.text))
    if len(found) != 1 or _NOT_SERVED.search(found[0].group("rest")):
        return
    match = found[0]
    name = match.group("subject") or match.group("object")
    amount = quantity(f"{match.group('hedge') or ''} {match.group('number')}".strip())
    if name in _NOT_A_NAME or amount is None:
        return
    unit = match.group("unit").lower()
    yield Claim(
        Kind.COUNT,
        f"term/{name.lower()}/{unit}",
        "prison term",
        f"{amount.value} {unit}s" if amount.high != 1 else f"{amount.value} {unit}",
        sentence.text,
        who,
        sentence,
        quantity=amount,
        at=match.start("number"),
    )


def _event(match: re.Match[str]) -> str:
    return match.group("event").lower().replace("stand-off", "standoff")
