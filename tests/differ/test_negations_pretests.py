"""The plain test put before ``differ.negations``' costly pattern (stop 36, speed46) gives the
pattern's answers."""

from __future__ import annotations

import pytest

from newsfuse.differ import negations
from newsfuse.documents import Sentence

_CLAUSES = [
    "the guard stole nothing from the vault",
    "he accepted no money from the firm",
    "she answered\tabsolutely nothing",
    "the mayor was a\nno-show at the meeting",
    "they noted the economy was known to be slow",
    "nothing was taken",
    "he said no",
    "the crowd cheered and the band played on",
]


@pytest.mark.parametrize("clause", _CLAUSES)
def test_a_clause_without_a_plain_no_has_no_past_before_no(clause: str) -> None:
    found = negations._PAST_NOTHING.search(clause) is not None
    assert found <= ("no" in clause)


def _nothing_without_the_plain_test(sentence: Sentence, clause: str) -> list[object]:
    found: list[object] = []
    for match in negations.NOTHING.finditer(clause):
        verb = match.group("verb")
        if negations._a_past(verb):
            subject = negations._subject_of(sentence.text, clause, match.start())
            found.extend(negations._predicate(sentence, clause, subject, verb, match.end(), "no"))
    return found


@pytest.mark.parametrize("clause", _CLAUSES)
def test_acts_negated_by_their_object_are_read_as_without_the_plain_test(clause: str) -> None:
    sentence = Sentence("1", 0, 0, len(clause), clause)
    assert list(negations._nothing(sentence, clause)) == _nothing_without_the_plain_test(
        sentence, clause
    )


def test_the_plain_test_keeps_an_act_negated_by_its_object() -> None:
    clause = "the guard stole nothing from the vault"
    sentence = Sentence("1", 0, 0, len(clause), clause)
    assert list(negations._nothing(sentence, clause))
