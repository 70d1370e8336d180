"""Round 8: a state said with "to be" and negated ("the players are not employees"), the
authenticity of a record in a noun or a party's word ("called the memo a fake", "is clearly
a fabrication", "appears genuine"), a modal after a state, and a report that gives both
sides of a dispute found between two reports, a count after its verb of a named group
("killed two of the gunmen") or after its category and a copula ("Among the dead were 12
children"), a quoted "I" negating what the speaker is said to have done; and the
look-alikes that must give none. Every text here is made up."""

import pytest

from newsfuse.differ import find_differences
from newsfuse.differ.states import state_predicates
from newsfuse.documents import Sentence
from tests.differ.stories import counts, differences, found, positions


def states(text: str) -> list[tuple[str, str, str]]:
    sentence = Sentence("1", 0, 0, len(text), text)
    return [(s.subject, s.word, s.value) for s in state_predicates(sentence)]


@pytest.mark.parametrize(
    ("stated", "negated"),
    [
        (
            "The rowers are employees of the Ostvik club, the labour board ruled.",
            "The Ostvik club said its rowers are not employees of the club.",
        ),
        (
            "The harbour video was altered, the host said.",
            "The harbour video was not altered, Lee said.",
        ),
    ],
)
def test_a_negated_state_said_with_to_be_is_set_against_the_state(
    stated: str, negated: str
) -> None:
    (difference,) = differences(stated, negated)
    assert positions(difference) == {"stated", "negated"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # both say the same
            "The rowers are employees of the Ostvik club, the labour board ruled.",
            "The rowers are employees of the Ostvik club, the union said.",
        ),
        (  # "the employees" is a noun, not the state "are employees"
            "The rowers are not employees of the Ostvik club, the club said.",
            "The rowers met the employees of the Ostvik club on Monday, the union said.",
        ),
        (  # "has been": no state said with "to be" alone, and nothing it governs is shared
            "The harbour video has not been released, Lee said.",
            "The harbour video was released to the press, the host said.",
        ),
    ],
)
def test_agreeing_or_unlike_states_give_none(first: str, second: str) -> None:
    assert [d for d in differences(first, second) if d.kind in {"stance", "denial"}] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour officials have called the memo a fake.", [("memo", "authentic", "fake")]),
        ('An official said the memo "is clearly a fabrication."', [("memo", "authentic", "fake")]),
        ('Lee called the memo "a forgery."', [("memo", "authentic", "fake")]),
        ("The memo was a forgery, the court found.", [("memo", "authentic", "fake")]),
        ("The signature appears genuine, experts said.", [("signature", "authentic", "authentic")]),
        # A modal after the state is another verb's: the state stands.
        (
            "Experts think the memo is authentic and that it shows a deal they could never prove.",
            [("memo", "authentic", "authentic")],
        ),
    ],
)
def test_the_authenticity_of_a_record(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert states(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The courier was a fake passport holder, police said.",  # a noun's word, not a state
        "Lee called the memo a fake passport application.",
        "The memo could be a forgery, Lee said.",  # a modal before the state
        "If the memo is a fake, the deal is off.",  # a condition
    ],
)
def test_look_alikes_of_authenticity_give_no_state(text: str) -> None:
    assert states(text) == []


def test_a_record_called_a_fake_is_set_against_a_report_that_calls_it_authentic() -> None:
    assert found(
        "Western experts said they think the Ostvik memo is authentic.",
        "Harbour officials, named in the memo as recipients of bribes, called the memo a fake.",
    ) == [("State of the memo", ["authentic", "fake"])]


def test_records_called_alike_give_none() -> None:
    assert (
        found(
            "Western experts said they think the Ostvik memo is authentic.",
            "Harbour officials called the memo genuine.",
        )
        == []
    )


def test_a_report_with_both_sides_joins_a_dispute_found_between_two_reports() -> None:
    first = [
        Sentence("1", 0, 0, 0, "Western experts said they think the Ostvik memo is authentic."),
        Sentence("1", 1, 0, 0, "Harbour officials have called the memo a fake."),
    ]
    second = [Sentence("2", 0, 0, 0, 'A harbour official called the memo "a fabrication."')]
    (difference,) = find_differences([first, second])
    cited = {(c.article_id, c.sentence_index) for s in difference.sides for c in s.citations}
    assert cited == {("1", 0), ("1", 1), ("2", 0)}


def test_one_report_alone_with_both_sides_and_no_claimants_gives_none() -> None:
    first = [
        Sentence("1", 0, 0, 0, "Some think the Ostvik memo is authentic."),
        Sentence("1", 1, 0, 0, "Others have called the memo a fake."),
    ]
    assert find_differences([first]) == ()


def test_a_count_after_its_verb_of_a_named_group_is_the_groups_count() -> None:
    assert found(
        "Security forces in Vessby killed two of the gunmen and arrested the third, police said.",
        "Security forces in Vessby killed three gunmen and arrested a fourth, state radio said.",
    ) == [("Death toll", ["2", "3"])]


@pytest.mark.parametrize(
    "first",
    [
        # The same count in both words: no difference.
        "Security forces in Vessby killed three of the gunmen, police said.",
        # A part of a group before the verb may be a part of the dead: no count of its own.
        "Two of the gunmen were killed by security forces in Vessby, police said.",
    ],
)
def test_a_group_count_that_agrees_or_is_a_part_gives_none(first: str) -> None:
    second = "Security forces in Vessby killed three gunmen on Monday, state radio said."
    assert [d for d in differences(first, second) if d.kind == "count"] == []


def test_a_count_after_its_category_and_a_copula_is_a_count() -> None:
    assert found(
        "Killed in the Vessby blast were 15 people, the ministry said.",
        "Police said 12 people were killed in the Vessby blast.",
    ) == [("Death toll", ["12", "15"])]
    assert counts("Among the dead in the Vessby blast were 12 children, police said.") == [
        ("dead/children", "12")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The two boys killed in the Vessby blast were 12 and 14 years old.",  # ages
        "Those killed in the Vessby blast were 12, police said.",  # no people named
    ],
)
def test_a_copula_after_a_category_without_people_counts_nothing_new(text: str) -> None:
    assert ("dead/", "12") not in counts(text)


LEASE = "Prosecutors said Lindqvist signed the Vessby harbour lease in March."


@pytest.mark.parametrize(
    "quoted",
    [
        '"I never signed the Vessby harbour lease," Lindqvist said.',
        'Lindqvist said: "I didn\'t sign the Vessby harbour lease."',
    ],
)
def test_a_quoted_first_person_negation_is_the_speakers(quoted: str) -> None:
    (difference,) = differences(LEASE, quoted)
    assert positions(difference) == {"stated", "negated"}


@pytest.mark.parametrize(
    "other",
    [
        '"I signed the Vessby harbour lease," Lindqvist said.',  # agrees
        'Berg said: "I did not sign the Vessby harbour lease."',  # another speaker
        "I never signed the Vessby harbour lease, the columnist Lindqvist wrote.",  # no quote
    ],
)
def test_a_first_person_that_is_not_the_accused_quoted_gives_none(other: str) -> None:
    assert differences(LEASE, other) == []
