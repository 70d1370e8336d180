"""Round 22 (stop 36, diff45): claims in general news language, with invented reports.

Each form a reporter may use to deny, negate or answer is read as a claim, and the existing
alignment and comparison decide; beside each, reports that agree, or speak of another
thing, in look-alike words stay silent."""

import pytest

from tests.differ.stories import found, reports

REPORTED = "The Varna Post reported that Mayor Tom Reed accepted $5,000 from the Orvel builders."
ELSEWHERE = "Mayor Tom Reed accepted $5,000 from the Orvel builders, the Varna Post said."


def _denied(*lines: str) -> list[tuple[str, str]]:
    """The differences when a second report gives the Post's claim, then ``lines``."""
    return [(d.kind, d.label) for d in reports([ELSEWHERE], [REPORTED, *lines])]


DISPUTED = [("denial", "Disputed account")]


@pytest.mark.parametrize(
    "line",
    [
        "Reed brushed off the report as politically motivated.",
        "Reed's spokesman shot down the report on Wednesday.",
        "Reed rebuffed the claims.",
        "Reed rebutted the allegations in a statement.",
        "Reed slammed the report as false.",
        "Reed branded the report a fabrication.",
        "Reed labelled the report false.",
        "Reed characterized the report as false.",
        "Reed disputed the Post's account.",
        "Reed flatly rejected the Varna Post's account.",
        "Reed disputed the Varna Post’s account.",
    ],
)
def test_verbs_of_news_copy_that_reject_a_report(line: str) -> None:
    assert _denied(line) == DISPUTED


@pytest.mark.parametrize(
    "line",
    [
        "Reed's office shot down the idea of a run for governor.",
        "Reed brushed off the criticism from the Post.",
        "Reed rebuffed the offer from the Orvel builders.",
        "Reed slammed the report in a long statement.",
        "A Kessel air defence unit shot down a drone on Tuesday.",
        "Reed shot down the request, severing the Post's relationship with the builders.",
    ],
)
def test_the_same_verbs_with_no_claim_or_no_falsity_reject_nothing(line: str) -> None:
    assert _denied(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Asked whether Reed accepted money from the Orvel builders, a spokesman said no.",
        'Asked if the mayor accepted $5,000 from the Orvel builders, his spokesman said, "No."',
        'When asked whether he accepted $5,000 from the Orvel builders, Reed replied: "No."',
        '"No," Reed said when asked whether he accepted money from the Orvel builders.',
        '"No," a spokesman for Reed said when asked if the mayor accepted money from the builders.',
    ],
)
def test_a_no_to_a_question_that_puts_the_claim(line: str) -> None:
    assert _denied(line) == DISPUTED
    # In a report of its own, the question's words find the claim in another report.
    assert [(d.kind, d.label) for d in reports([ELSEWHERE], [line])] == DISPUTED


@pytest.mark.parametrize(
    "line",
    [
        "Asked whether Reed accepted money from the Orvel builders, a spokesman said no one had.",
        "Asked whether Reed accepted money from the Orvel builders, an aide declined to comment.",
        "Asked whether Reed accepted money from the Orvel builders, a spokesman said yes.",
        "Asked whether he had spoken with the Post, Reed said no.",
    ],
)
def test_an_answer_that_is_no_no_or_a_question_of_another_thing(line: str) -> None:
    assert _denied(line) == []


def test_a_quoted_answer_to_the_question_the_sentence_before_puts() -> None:
    question = "Reed was asked on Tuesday: Did you accept $5,000 from the Orvel builders?"
    assert _denied(question, '"No," Reed said.') == DISPUTED
    assert _denied(question, '"Not that I\'m aware of," said his spokesman.') == DISPUTED
    # A bare "no" after no question answers nothing that can be known.
    assert _denied("Reed spoke to reporters on Tuesday.", '"No," Reed said.') == []
    # Nor after a question of too few words to say which claim it puts
    # (``denials.QUESTION_WORDS``).
    assert _denied("Reporters asked him: Did Reed accept it?", '"No," Reed said.') == []


def test_a_denial_of_an_owners_account_names_no_claim_of_its_own() -> None:
    # "the Varna Post's account" is only a claim (an owner among its words): the denial
    # reaches the Post's report, not a claim of those words.
    plain = "Mayor Tom Reed accepted $5,000 from the Orvel builders."
    line = "Reed disputed the Varna Post's account."
    assert [(d.kind, d.label) for d in reports([plain], [REPORTED, line])] == DISPUTED


STATED = "Tom Reed accepted $5,000 from the Orvel builders in March, the Varna Post reported."


@pytest.mark.parametrize(
    "negated",
    [
        "Reed accepted nothing from the Orvel builders, his lawyer said.",
        "Reed's lawyer said the mayor accepted no money from the Orvel builders.",
        "Tom Reed received no money from the Orvel builders, his lawyer said.",
    ],
)
def test_an_act_negated_by_its_object(negated: str) -> None:
    statement = STATED.replace("accepted", "received") if "received" in negated else STATED
    if "mayor" in negated:
        statement = statement.replace("Tom Reed", "Mayor Tom Reed")
    assert found(statement, negated) == [("Disputed account", ["stated", "negated"])]


@pytest.mark.parametrize(
    "negated",
    [
        "Reed accepted no money from the Kessel union, his lawyer said.",
        "Reed accepted nothing from the Orvel builders before 2020, his lawyer said.",
        "Reed had no money from the Orvel builders, his lawyer said.",
        "Reed accepted no longer any calls from the Orvel builders, his aide said.",
        # "no more than": a bound on the sum, not none of it
        "Reed accepted no more than $500 from the Orvel builders, his lawyer said.",
    ],
)
def test_nothing_of_another_thing_or_time_or_a_light_verb_is_silent(negated: str) -> None:
    assert found(STATED, negated) == []


@pytest.mark.parametrize(
    ("stated", "negated"),
    [
        (
            "Police said Tom Reed was a suspect in the Kessel shooting.",
            "Tom Reed is not a suspect in the Kessel shooting, police said on Tuesday.",
        ),
        (
            "Ana Lind was Reed's girlfriend, her sister said.",
            "Reed told deputies that Lind was not his girlfriend.",
        ),
        (
            "Police said Tom Reed was a suspect in the Kessel shooting.",
            "Tom Reed isn’t a suspect in the Kessel shooting, police said on Tuesday.",
        ),
        (
            "Tom Reed was the driver of the car that crashed in Kessel, police said.",
            "Tom Reed was not the driver of the car that crashed in Kessel, his lawyer said.",
        ),
        (
            "The shooting was an accident, police said.",
            "The shooting was not an accident, the family said.",
        ),
        (
            "The Kessel fire was the work of arsonists, investigators said.",
            "The Kessel fire was not the work of arsonists, the owner said.",
        ),
    ],
)
def test_what_a_subject_is_said_not_to_be(stated: str, negated: str) -> None:
    assert found(stated, negated) == [("Disputed account", ["stated", "negated"])]


@pytest.mark.parametrize(
    ("stated", "negated"),
    [
        (  # another case
            "Police said Tom Reed was a suspect in the Kessel shooting.",
            "Tom Reed is not a suspect in the Kessel robbery, police said on Tuesday.",
        ),
        (  # another role
            "Tom Reed was the driver of the car that crashed in Kessel, police said.",
            "Tom Reed was not the owner of the car that crashed in Kessel, his lawyer said.",
        ),
        (  # another person
            "Tom Reed is a suspect in the Kessel shooting, police said.",
            "Ana Lind is not a suspect in the Kessel shooting, police said.",
        ),
        (  # what he was once, and what he is now
            "Tom Reed was a suspect in the Kessel shooting, according to court papers.",
            "Tom Reed is not a suspect in the Kessel shooting, police said on Tuesday.",
        ),
        (  # no longer: another time
            "Tom Reed was a suspect in the Kessel shooting, police said in May.",
            "Tom Reed is no longer a suspect in the Kessel shooting, police said.",
        ),
        (  # no role: "the first time"
            "It was the first time Reed had visited Kessel, his aide said.",
            "It was not the first time Reed had visited Kessel, a neighbour said.",
        ),
        (
            "Tom Reed was the first to arrive at the Kessel station, police said.",
            "Tom Reed was not the first to arrive at the Kessel station, a witness said.",
        ),
        (  # no role: "a surprise" (``negations._NOT_ROLES``)
            "The Kessel fire was a surprise to residents, officials said.",
            "The Kessel fire was not a surprise to residents, the mayor said.",
        ),
        (  # a guess
            "Police said Tom Reed was a suspect in the Kessel shooting.",
            "Perhaps Tom Reed was not a suspect in the Kessel shooting, his lawyer said.",
        ),
    ],
)
def test_what_a_subject_is_not_of_another_thing_person_or_time_is_silent(
    stated: str, negated: str
) -> None:
    assert found(stated, negated) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Tom Reed pleaded guilty to fraud charges in Kessel on Tuesday, prosecutors said.",
            "Tom Reed pleaded not guilty to fraud charges in Kessel on Tuesday, his lawyer said.",
        ),
        (
            "Tom Reed pleaded guilty in Kessel on Tuesday to fraud, prosecutors said.",
            "Tom Reed pleads not guilty to fraud in Kessel court",
        ),
        (  # the name right before the verb pleads, not the clause's first noun
            "As part of a deal, Reed pleaded guilty to fraud in Kessel on Tuesday, prosecutors"
            " said.",
            "Tom Reed pleaded not guilty to fraud in Kessel on Tuesday, his lawyer said.",
        ),
        (  # "the charges on Tuesday" names no charge of its own
            "Tom Reed pleaded guilty to the charges on Tuesday in Kessel, prosecutors said.",
            "Tom Reed pleaded not guilty to fraud in Kessel on Tuesday, his lawyer said.",
        ),
    ],
)
def test_two_pleas_of_one_person(first: str, second: str) -> None:
    assert found(first, second) == [("Plea of Reed", ["guilty", "not guilty"])]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # two charges, both pleas true
            "Tom Reed pleaded guilty to drunk driving in Kessel on Tuesday, prosecutors said.",
            "Tom Reed pleaded not guilty to manslaughter in Kessel on Tuesday, his lawyer said.",
        ),
        (  # one plea after the other
            "Tom Reed pleaded not guilty to fraud in Kessel in March, prosecutors said.",
            "Tom Reed later pleaded guilty to fraud in Kessel, his lawyer said.",
        ),
        (  # a plea to come
            "Tom Reed is expected to plead guilty to fraud in Kessel, prosecutors said.",
            "Tom Reed pleaded not guilty to fraud in Kessel on Tuesday, his lawyer said.",
        ),
        (  # two people
            "Tom Reed pleaded not guilty to fraud in Kessel on Tuesday, prosecutors said.",
            "Ana Lind pleaded guilty to fraud in Kessel on Tuesday, her lawyer said.",
        ),
        (  # a verdict is no plea
            "Tom Reed was found guilty of fraud by a Kessel jury, prosecutors said.",
            "Tom Reed pleaded not guilty to fraud in Kessel, his lawyer said.",
        ),
        (  # agreeing pleas
            "Tom Reed pleaded not guilty to fraud in Kessel on Tuesday, prosecutors said.",
            "Tom Reed pleaded not guilty to all charges in Kessel on Tuesday, his lawyer said.",
        ),
    ],
)
def test_pleas_of_two_charges_times_or_people_are_silent(first: str, second: str) -> None:
    assert found(first, second) == []


def test_homes_destroyed_and_homes_damaged_are_two_counts() -> None:
    destroyed = "The fire destroyed 40 homes in Kessel, officials said."
    assert found(destroyed, "The fire damaged 75 homes in Kessel, the fire chief said.") == []
    assert (
        found(
            "Forty homes were destroyed by the fire in Kessel, officials said.",
            "About 75 homes were damaged in the Kessel fire, the fire chief said.",
        )
        == []
    )
    # Two figures of homes destroyed still differ.
    assert found(destroyed, "The fire destroyed 75 homes in Kessel, the fire chief said.") == [
        ("Number of homes", ["40", "75"])
    ]


def test_homes_destroyed_told_after_their_figure_and_homes_damaged_are_two_counts() -> None:
    # The verb of harm after the figure ("40 homes were destroyed"): the two counts still
    # do not differ.
    assert (
        found(
            "In Kessel, 40 homes were destroyed by the fire, officials said.",
            "About 75 homes were damaged in the Kessel fire, the fire chief said.",
        )
        == []
    )
