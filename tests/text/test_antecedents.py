import pytest

from newsfuse.text.antecedents import counts_on_before, happening_from_before, thing_from_before


@pytest.mark.parametrize(
    ("text", "before", "thing"),
    [
        (
            "The hearing, which lasted nine hours, ended without a ruling.",
            "Judge Ana Ortiz held a hearing on Monday at the county court.",
            "hearing",
        ),
        (
            "The group warned that the quay tax would drive ferries away.",
            "The Halden Chamber of Commerce, a business group, sent a letter to the board.",
            "group",
        ),
        ("The patients were followed for one year.", "The team scanned 40 patients.", "patients"),
        (
            "The data center, named Gull, opens in May.",
            "The port plans a data center on the old pier.",
            "center",
        ),
        # A capital after the noun is a name or a day: the noun is still the phrase's head.
        ("The measure passed easily.", "A measure Tuesday set a quay tax.", "measure"),
        ("The album's sales were slow.", "They released an album in 1993.", "album"),
    ],
)
def test_a_sentence_opening_on_what_the_sentence_before_introduces(
    text: str, before: str, thing: str
) -> None:
    assert thing_from_before(text, before) == thing


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # The noun only modifies another in the sentence before: a bill, not a security.
        ("The security team met him at the gate.", "He paid a security bill for the ferry."),
        # Introduced by "the" or by name, the thing is not introduced here (too loose a test:
        # readers' synonyms and the story's own nouns made it half wrong, branch intro27).
        ("The hearing lasted nine hours.", "The judge closed the hearing to the press."),
        # Nouns every reader knows, names, and sentences that open otherwise.
        ("The police said the fire was set.", "A police officer saw the smoke."),
        ("The Navy sent a ship.", "A navy ship was seen off the quay."),
        ("A hearing is set for June.", "The judge held a hearing on Monday."),
    ],
)
def test_a_sentence_that_does_not_take_a_thing_from_the_sentence_before(
    text: str, before: str
) -> None:
    assert thing_from_before(text, before) is None


def test_one_of_a_series_counts_on_the_sentence_that_names_the_series() -> None:
    third = "The third suspect is between 5 feet 6 inches and 5 feet 8 inches tall."
    assert counts_on_before(third, "The second suspect wore a red cap and a grey coat.")
    assert counts_on_before("The fourth soldier's body was found later.", "Three soldiers died.")
    # A series the sentence before does not name is one the brief has or never needed.
    assert not counts_on_before("The fourth victim is Jo Lee, 31.", "She is in critical care.")
    # An ordinal in a compound is no series.
    assert not counts_on_before("The second-largest port is Morvik.", "Halden is a port.")


@pytest.mark.parametrize(
    ("text", "before", "stem"),
    [
        # An act or an utterance the sentence before tells in its own words.
        (
            "The move comes two months after a rival bought a ferry line.",
            "Halden Shipping agreed to buy the Morvik ferry company for $40 million.",
            "move",
        ),
        (
            "The remarks angered the mayor, who called them reckless.",
            '"The quay is finished," the harbour master told reporters.',
            "remar",
        ),
        ("The trip, planned for May, was canceled.", "He hoped to see the fjords.", "trip"),
        ("The latest news is a sign talks could resume.", "The ferry strike went on.", "news"),
        # A happening a story also names as its own, told by the verb right before.
        ("The arrest sparked a boycott.", "Ana Ortiz was arrested in 1955 on a ferry.", "arres"),
        (
            "The investigation found two more workshops.",
            "The port set up a task force to investigate further.",
            "inves",
        ),
    ],
)
def test_a_sentence_opening_on_a_happening_the_sentence_before_tells(
    text: str, before: str, stem: str
) -> None:
    assert stem in happening_from_before(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # The phrase names its own thing: a complement or a relative clause.
        ("The decision to close the quay came in May.", "The board met on Monday."),
        ("The news of his death reached the port at noon.", "The ferry sank."),
        ("The incident that angered the mayor came in May.", "The board met on Monday."),
        # The story's own happening, not told by its verb in the sentence before.
        ("The investigation continues, police said.", "Divers searched the quay."),
        ("The arrest sparked a boycott.", "Ana Ortiz sat at the front of the ferry."),
        # "The good news is that ..." announces what follows.
        ("The good news is that the ferry runs again.", "The strike cost millions."),
    ],
)
def test_a_sentence_that_does_not_open_on_a_happening_told_before(text: str, before: str) -> None:
    assert happening_from_before(text, before) == ()
