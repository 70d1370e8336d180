"""Ages of named people ("Geraldine Alcorn, 28", "29-year-old Geraldine Alcorn")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind, Who
from newsfuse.differ.numbers import SMALL, TENS
from newsfuse.documents import Sentence


def age_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """ "Geraldine Alcorn, 28,", "29-year-old Geraldine Alcorn", "Alcorn, a 28-year-old",
    "Kroll was 34."; "He was 35." is the age of the person the article names most."""
    seen: set[tuple[str, str]] = set()
    for cue, pattern in p.AGES:
        if not cue.search(sentence.text):
            continue
        for match in pattern.finditer(sentence.text):
            age = age_value(match.group("age"))
            if match.end() == match.end("name") and p.PERSON_AFTER.match(
                sentence.text, match.end()
            ):
                continue  # "a 90-year-old Texas woman": a place (see ``lede_ages``); not
                # "Tom Reed, a 34-year-old father of two", whose name is before the age
            if _at_another_time(sentence.text, match.end()):
                continue  # "Reed was 45 when he was first elected": not his age now
            for name in _names(match, sentence.text):
                if age is None or p.NOT_NAMES & set(name.split()) or (name, age) in seen:
                    continue
                seen.add((name, age))
                surname = name.split()[-1].lower()
                yield Claim(Kind.AGE, surname, name, age, sentence.text, who, sentence)
    pronoun = p.PRONOUN_AGE.match(sentence.text)
    if pronoun and who.protagonist():
        name = who.protagonist()
        surname = name.split()[-1].lower()
        yield Claim(Kind.AGE, surname, name, pronoun.group("age"), sentence.text, "", sentence)


# An age given at an event the sentence names after "when": the story's own event (a death,
# an attack, an arrest) or another time of the person's life ("when he joined the army").
_WHEN = re.compile(r"\s+when\s+((?:[\w'’-]+\s+){0,6}[\w'’-]+)")
_STORY_EVENTS = re.compile(
    r"\b(?:die[ds]?|dying|death|killed|shot|murdered|stabbed|struck|hit|attacked|injured"
    r"|arrested|disappeared|vanished|missing|found|passed|crash\w*|drowned|accident|fell"
    r"|collapsed|taken|kidnapped|abducted|rescued|born)\b",
    re.IGNORECASE,
)


def _at_another_time(text: str, end: int) -> bool:
    """Whether an age is given at a time of the person's life that is not the story's event
    ("was 45 when he was first elected"; not "was just 34 when she died")."""
    when = _WHEN.match(text, end)
    return when is not None and not _STORY_EVENTS.search(when.group(1))


# The words of a full name before the part an age pattern found, when that part follows a
# patronymic or an article glued to the surname: "Hamad Al Thani, 33" in "Sheikh Tamim bin
# Hamad Al Thani, 33" is Tamim, Hamad's son; "Thani, 61" in "Hamad bin Khalifa al-Thani, 61".
_PATRONYMIC = "|".join(p.PATRONYMICS)
_NAME_BEFORE = re.compile(
    rf"(?:(?:[A-Z][\w'’-]+|{_PATRONYMIC})\ ){{0,4}}(?:(?:{_PATRONYMIC})\ |[Aa]l-|[Ee]l-)$"
)


def _with_patronymic(text: str, start: int, name: str) -> str:
    """The full name when the part found follows a patronymic ("bin", "ibn") or a glued
    article ("al-"), else ``name``."""
    before = _NAME_BEFORE.search(text, max(0, start - 60), start)
    return before.group(0) + name if before else name


def _names(match: re.Match[str], text: str) -> list[str]:
    """The one name an age pattern found, or the two of "Ann Lee and Bo Lee, both 13"."""
    names = match.groupdict()
    first = _with_patronymic(text, match.start("name"), names["name"])
    return [first, *([names["name2"]] if names.get("name2") else [])]


def age_value(text: str) -> str | None:
    """ "29" or "twenty-eight" as a number string; None for anything else.

    Example:
        >>> age_value("Twenty-eight"), age_value("41"), age_value("old")
        ('28', '41', None)
    """
    if text.isdigit():
        return text if 0 < int(text) < 120 else None
    tens, _, ones = text.lower().partition("-")
    if ones:
        value = SMALL[tens] + SMALL.get(ones, 100) if tens in TENS else 0
    else:
        value = SMALL.get(tens, 0)
    return str(value) if 0 < value < 120 else None
