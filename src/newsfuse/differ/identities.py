"""Who or what: a name the story spells two ways ("Jonathan" / "Jonathon"), a person's rank
("an assistant professor" / "an associate professor")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind, Who
from newsfuse.differ.names import spelled_two_ways
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
