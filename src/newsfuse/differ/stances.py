"""Opposite states: a clause that answers a stance question ("regained control" / "did not
withdraw"; "contained" / "still burning")."""

from __future__ import annotations

from collections.abc import Iterator

from newsfuse.attribute import find_claimant
from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind, Who
from newsfuse.documents import Sentence


def stance_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A clause that answers a stance question ("regained control" / "did not withdraw")."""
    for piece in p.CLAUSE_BREAK.split(sentence.text):
        clause = piece.strip()
        for stance in p.STANCES:
            answer = (
                "no" if stance.no.search(clause) else "yes" if stance.yes.search(clause) else ""
            )
            if answer:
                speaker = find_claimant(clause) or who()
                yield Claim(
                    Kind.STANCE, stance.name, stance.name, answer, clause, speaker, sentence
                )
