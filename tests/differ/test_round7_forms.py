"""Round 7: rejections named by "balked at" or "took issue with", a claim spelled out and
then called false, "his client" as the lawyer's client, a negated irregular verb against its
past, hedged figures of any noun ("more than 300 homes"), tolls of all on board, ages in a
relative clause, and the look-alikes that must give none. Every text here is made up."""

import pytest

from newsfuse.differ.claim import Kind, Reach
from newsfuse.differ.claims import find_claims
from newsfuse.differ.denials import find_denial
from newsfuse.differ.predicates import verb_base
from newsfuse.documents import Sentence
from tests.differ.stories import claims, differences, positions

ALLEGATION = "Prosecutors said Jones bribed the inspector to pass the Ostvik tower."


def denial_reach(text: str) -> Reach | None:
    article = [Sentence("1", 0, 0, len(text), text)]
    (claim,) = [c for c in find_claims([article]) if c.kind is Kind.DENIAL]
    return claim.reach


@pytest.mark.parametrize(
    ("text", "reach"),
    [
        ("The Ostvik clinic balked at that claim, saying births had not risen.", "pointing"),
        ("The Ostvik clinic took issue with the report that births rose in May.", "object"),
        ("Jones called the allegations that he bribed the inspector untrue.", "object"),
        ("Jones said the claim that he bribed the inspector is completely untrue.", "object"),
        ("The report that the Ostvik tower was sold was wrong, Jones said.", "object"),
    ],
)
def test_rejections_that_say_what_they_reject(text: str, reach: str) -> None:
    assert denial_reach(text) == Reach(reach)


@pytest.mark.parametrize(
    "text",
    [
        "The union balked at the proposal to cut wages at the plant.",  # a proposal, no claim
        "The mayor balked at the cost of the new bridge.",
        "Critics said the theory that the tower leans was absurd.",  # an opinion's noun
        "Jones repeated the claim that the tower votes were false.",  # his claim, not a denial
        "The claim that the tower votes were false was made by Jones.",  # falsity inside it
    ],
)
def test_look_alikes_reject_nothing(text: str) -> None:
    assert find_denial(text) is None


@pytest.mark.parametrize(
    "denial",
    [
        "Jones said the accusation that he bribed the inspector at the Ostvik tower was false.",
        "Jones called the allegations that he bribed the inspector untrue.",
    ],
)
def test_a_spelled_out_claim_called_false_is_set_against_its_statement(denial: str) -> None:
    (found,) = differences(ALLEGATION, denial)
    assert found.kind == "denial" and positions(found) == {"reported", "denied"}


def test_a_claim_of_another_act_called_false_gives_none() -> None:
    denial = "Jones said the claim that he paid the Ostvik council for the permit was false."
    assert differences(ALLEGATION, denial) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 300 homes were destroyed by the Ostvik fire.",
            [("noun:home/", "more than 300")],
        ),
        (
            "The ferry was carrying fewer than 20 passengers.",
            [("noun:passenger/", "fewer than 20")],
        ),
        # What stands before a hedge is read as before a bare figure.
        (
            "There were 90 cases of flu in 2012 and an estimated 6,000 deaths in Ostvik.",
            [("noun:case of flu/", "90"), ("noun:death/", "an estimated 6000")],
        ),
        # "than" before a bare figure is a comparison, not a hedge.
        ("The plant will hire 40 welders rather than 300 welders.", [("noun:welder/", "40")]),
    ],
)
def test_a_figure_of_any_noun_with_a_hedge_of_more_or_fewer(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert claims(text, Kind.COUNT) == expected


def test_more_than_a_figure_agrees_with_a_larger_one_and_not_with_a_smaller() -> None:
    first = "More than 150 passengers were aboard the Ostvik ferry when it ran aground at dawn."
    larger = "The Ostvik ferry had 170 passengers aboard when it ran aground at dawn on the reef."
    smaller = "The Ostvik ferry had 110 passengers aboard when it ran aground at dawn on the reef."
    assert differences(first, larger) == []
    (found,) = differences(first, smaller)
    assert positions(found) == {"more than 150", "110"}
    # The same in either order: the nearest values the two figures allow are compared.
    assert [positions(d) for d in differences(smaller, first)] == [{"more than 150", "110"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee, who is 34, was arrested in Ostvik.", [("lee", "34")]),
        ("Ann Lee, who was 34 years old, died in Ostvik.", [("lee", "34")]),
        ("Lee was just 34 when she died.", [("lee", "34")]),
        ("Lee was only 34 points behind the leader.", []),  # a score, not an age
        ("Lee, who was 34 points ahead, won.", []),
    ],
)
def test_ages_in_a_relative_clause_or_with_just(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, Kind.AGE) == expected


def test_two_ages_of_one_person_in_a_relative_clause_differ() -> None:
    (found,) = differences(
        "Ann Lee, who was 34, was found dead in her Ostvik flat on Monday.",
        "Ann Lee, 36, was found dead in her flat in Ostvik on Monday, police said.",
    )
    assert found.kind == "age" and positions(found) == {"34", "36"}


BRIBES = "Prosecutors accuse Mayor Tom Vance of taking $50,000 in bribes from Ostvik builders."


@pytest.mark.parametrize(
    ("denial", "denier"),
    [
        ("A lawyer for Tom Vance said his client denies any wrongdoing.", "Tom Vance"),
        ("Vance's attorney, Ann Reed, said her client denies the charges.", "Vance"),
        ("Ann Reed, who represents Vance, said her client denies the charges.", "Vance"),
    ],
)
def test_his_client_is_the_lawyer_s_client(denial: str, denier: str) -> None:
    article = [Sentence("1", 0, 0, len(denial), denial)]
    (claim,) = [c for c in find_claims([article]) if c.kind is Kind.DENIAL]
    assert claim.claimant == denier
    (found,) = differences(BRIBES, denial)
    assert found.kind == "denial" and positions(found) == {"reported", "denied"}


def test_his_client_of_another_party_denies_nothing_said_of_the_mayor() -> None:
    denial = "A lawyer for Ostvik Council said his client denies any wrongdoing."
    assert differences(BRIBES, denial) == []


def test_called_completely_false_is_a_rejection() -> None:
    text = 'Vance\'s attorney called the allegations "completely false."'
    assert denial_reach(text) is Reach.CHARGES
    (found,) = differences(BRIBES, text)
    assert positions(found) == {"reported", "denied"}


@pytest.mark.parametrize(
    ("statement", "negation"),
    [
        (
            "Mayor Tom Vance stole money from the Ostvik builders fund, prosecutors said.",
            "Vance said he did not steal money from the Ostvik builders fund.",
        ),
        (
            "Mayor Tom Vance paid the Ostvik builders in cash, prosecutors said.",
            "Vance did not pay the Ostvik builders in cash, his lawyer said.",
        ),
        (
            "Vance met the Ostvik builders at a hotel in March, prosecutors said.",
            "Vance did not meet the Ostvik builders at a hotel, his lawyer said.",
        ),
    ],
)
def test_a_negated_irregular_verb_meets_its_past(statement: str, negation: str) -> None:
    (found,) = differences(statement, negation)
    assert positions(found) == {"stated", "negated"}


@pytest.mark.parametrize(
    ("statement", "negation"),
    [
        (  # another verb
            "Vance sold the Ostvik land to builders in March, records show.",
            "Vance did not steal the Ostvik land from builders, his lawyer said.",
        ),
        (  # another object
            "Vance paid the Ostvik builders in cash, prosecutors said.",
            "Vance did not pay his parking fines on time, his lawyer said.",
        ),
        (  # agreeing: both negate
            "Vance never paid the Ostvik builders in cash, prosecutors said.",
            "Vance did not pay the Ostvik builders in cash, his lawyer said.",
        ),
    ],
)
def test_irregular_look_alikes_give_none(statement: str, negation: str) -> None:
    assert differences(statement, negation) == []


def test_irregular_verbs_have_their_base_form() -> None:
    assert [verb_base(w) for w in ("stole", "stolen", "paid", "met", "attacked")] == [
        "steal", "steal", "pay", "meet", "attacked",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The missile strike killed all 239 people aboard the Ostvik jet.", [("dead/", "239")]),
        ("The number of people killed has climbed to 34.", [("dead/", "34")]),
        ("The number of people injured rose to 80 on Monday.", [("injured/", "80")]),
        # All but some of them: no toll of the whole.
        ("The crash killed all but 2 of the 150 passengers.", [("noun:passenger/", "150")]),
    ],
)
def test_tolls_of_all_on_board_and_of_the_number_of_people(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert claims(text, Kind.COUNT) == expected


def test_all_on_board_against_another_toll() -> None:
    first = "The missile strike killed all 239 people aboard the Ostvik jet, officials said."
    other = "The missile strike killed 227 people aboard the Ostvik jet, officials said."
    same = "The missile strike on the Ostvik jet killed 239 people aboard, officials said."
    assert positions(differences(first, other)[0]) == {"239", "227"}
    assert differences(first, same) == []
