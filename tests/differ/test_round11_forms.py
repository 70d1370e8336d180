"""Round 11: forms of common news that were read but not set against each other, or not
read: a story of a fire or a bill (words the stop-word list holds), counts whose sentences
share a word by its stem ("crash" / "crashed"), a place cut at the reach of a count's frame
("near Kaltan" read as "k"), figures of other things ("worse than 11 other nations", "10
other western, industrialized nations"), people "fatally shot" or "shot dead" among the
dead, the age of a bare surname in two reports ("Reed, 34," / "Reed, 36,"), an arrest or an
indictment in the active voice ("Police arrested Tom Reed on Wednesday") and the day of more
events that happen once ("drowned", "was recovered", "was sworn in"), a denial of
wrongdoing just after a report about the denier ("... reported that Mayor Ann Lee accepted
... Lee has denied any wrongdoing."), denials of what prosecutors or a lawsuit say, and one
role given two names ("The pilot was identified as ..."); with the look-alikes that must
give none. Every text here is made up."""

import pytest

from newsfuse.differ.align import topic_words
from newsfuse.differ.frame import frame
from newsfuse.documents import Difference
from tests.differ.stories import counts, positions, reports

OPENING = "A fire destroyed the old grain mill in Marlow overnight."


# --- A fire, a bill: nouns of news that the stop-word list holds ---------------------------


def test_fire_and_bill_are_topic_words() -> None:
    assert {"fire", "mill"} <= topic_words("The fire at the mill started on Thursday.")
    assert "bill" in topic_words("The Senate passed the bill on Tuesday.")


def test_the_day_of_one_fire_in_two_reports_differs() -> None:
    (difference,) = reports(
        [OPENING, "The fire at the mill started on Thursday, fire officials said."],
        [OPENING, "The fire at the mill started on Wednesday, according to fire officials."],
    )
    assert difference.kind == "time"
    assert positions(difference) == {"Thursday", "Wednesday"}


def test_one_day_of_one_fire_agrees() -> None:
    assert (
        reports(
            [OPENING, "The fire at the mill started on Thursday, fire officials said."],
            [OPENING, "The fire at the mill started on Thursday, according to fire officials."],
        )
        == []
    )


# --- The place of a count's frame, cut at its reach ----------------------------------------

CRASH = "A bus carrying pilgrims plunged into a ravine near the northern town of Kaltan."


def test_a_place_that_starts_within_reach_is_read_whole() -> None:
    text = "Officials said 21 people died when the bus carrying pilgrims crashed near Kaltan."
    assert frame(text, text.index("21")).place == "kaltan"


def test_a_toll_that_rose_differs_from_an_earlier_one_at_one_place() -> None:
    (difference,) = reports(
        [CRASH, "The death toll from the bus crash near Kaltan rose to 34 on Saturday."],
        [CRASH, "Officials said 21 people died when the pilgrims' bus crashed near Kaltan."],
    )
    assert difference.kind == "count"
    assert positions(difference) == {"21", "34"}


def test_tolls_at_two_places_do_not_differ() -> None:
    assert (
        reports(
            [CRASH, "The death toll from the bus crash near Kaltan rose to 34 on Saturday."],
            [CRASH, "Officials said 21 people died when a second bus crashed near Dorvik."],
        )
        == []
    )


def test_counts_share_words_by_their_stems() -> None:
    (difference,) = reports(
        ["The crash of the plane killed 16 people."],
        ["Nineteen people died when the plane crashed."],
    )
    assert positions(difference) == {"16", "19"}


def test_counts_of_two_crashes_sharing_only_a_stem_do_not_differ() -> None:
    assert (
        reports(
            ["The crash of the plane killed 16 people."],
            ["Nineteen people died when the bus crashed."],
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were fatally shot at the Dunmore nightclub, police said.",
        "Police said nine people were shot dead at the Dunmore nightclub.",
        "Nine people were shot and killed at the Dunmore nightclub.",
        "Police said nine people were stabbed to death at the Dunmore nightclub.",
    ],
)
def test_people_shot_dead_are_counted_among_the_dead(text: str) -> None:
    assert counts(text) == [("dead/", "9")]


def test_people_shot_are_not_counted_among_the_dead() -> None:
    assert counts("Police said nine people were shot at the Dunmore nightclub.") == []


def test_a_toll_of_people_shot_dead_differs() -> None:
    opening = "A gunman opened fire at a nightclub in the city of Dunmore early Sunday."
    (difference,) = reports(
        [opening, "The Dunmore nightclub shooting killed 12 people, police said."],
        [opening, "Nine people were fatally shot in the Dunmore nightclub shooting."],
    )
    assert positions(difference) == {"9", "12"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It ranks worse than 11 other rich nations on care.", [("noun:other nation/", "11")]),
        ("It was set against 10 other western, rich nations.", [("noun:other nation/", "10")]),
        ("It was set against 10 other rich nations.", [("noun:other nation/", "10")]),
        ("The study compared 11 nations on care.", [("noun:nation/", "11")]),
        # "than" before a figure of no other things, a comma after a noun
        ("The council chose the plan rather than 300 homes.", []),
        ("For one experiment, it looks robust, experts said.", []),
    ],
)
def test_figures_of_other_things(text: str, expected: list[tuple[str, str]]) -> None:
    assert counts(text) == expected


HEALTH = "A new report ranks the health care of rich nations."


def test_two_counts_of_other_nations_differ() -> None:
    (difference,) = reports(
        [
            HEALTH,
            "The report finds US health care worse than 11 other rich industrialized nations.",
        ],
        [
            HEALTH,
            "The report compared US health care with 10 other western, industrialized nations.",
        ],
    )
    assert positions(difference) == {"10", "11"}


def test_other_nations_and_all_nations_counted_are_no_difference() -> None:
    assert (
        reports(
            [
                HEALTH,
                "The report compared US health care with 10 other rich industrialized nations.",
            ],
            [HEALTH, "The report compared the health care of 11 rich industrialized nations."],
        )
        == []
    )


# --- The age of a bare surname ---------------------------------------------------------------


def _ages(first: str, second: str, other: str = "Tom Reed") -> list[Difference]:
    return reports(
        [OPENING, "Police arrested Tom Reed on Sunday.", first],
        [OPENING, f"{other} was held by police.", second],
    )


def test_one_surname_given_two_ages_differs_when_each_report_names_one_person() -> None:
    (difference,) = _ages(
        "Reed, 34, was charged with arson over the fire at the mill.",
        "Reed, 36, was charged with arson over the mill fire in Marlow.",
    )
    assert difference.kind == "age"
    assert positions(difference) == {"34", "36"}


def test_one_surname_of_two_first_names_is_two_people() -> None:
    assert (
        _ages(
            "Reed, 34, was charged with arson over the fire at the mill.",
            "Reed, 36, was charged with arson over the mill fire in Marlow.",
            other="Jim Reed",
        )
        == []
    )


def test_a_report_that_names_two_people_of_one_surname_says_nothing_of_which() -> None:
    assert (
        reports(
            [OPENING, "Police arrested Tom Reed and his brother Jim Reed on Sunday.",
             "Reed, 34, was charged with arson over the fire at the mill."],
            [OPENING, "Tom Reed was held by police.",
             "Reed, 36, was charged with arson over the mill fire in Marlow."],
        )
        == []
    )  # fmt: skip


def test_bare_surnames_with_no_full_name_are_not_aligned() -> None:
    assert (
        reports(
            [OPENING, "Reed, 34, was charged with arson over the fire at the mill."],
            [OPENING, "Reed, 36, was charged with arson over the mill fire in Marlow."],
        )
        == []
    )


def test_one_age_of_a_bare_surname_agrees() -> None:
    assert (
        _ages(
            "Reed, 34, was charged with arson over the fire at the mill.",
            "Reed, 34, was charged with arson over the mill fire in Marlow.",
        )
        == []
    )


# --- Arrests and indictments in the active voice ---------------------------------------------

BLAST = "An explosion tore through a chemical plant in the port city of Harwick on Tuesday."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Police arrested the plant's manager on Wednesday after the Harwick explosion.",
            "Police arrested the plant's manager on Thursday after the Harwick explosion.",
        ),
        (
            "Police arrested Tom Reed on Wednesday over the Harwick plant explosion.",
            "Tom Reed was arrested on Thursday over the Harwick plant explosion.",
        ),
        (
            "A grand jury indicted Tom Reed on Wednesday over the Harwick plant explosion.",
            "Tom Reed was indicted on Thursday over the Harwick plant explosion.",
        ),
    ],
)
def test_the_day_of_an_arrest_in_the_active_voice(first: str, second: str) -> None:
    (difference,) = reports([BLAST, first], [BLAST, second])
    assert difference.kind == "time"
    assert positions(difference) == {"Wednesday", "Thursday"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two people arrested on two days
        (
            "Police arrested Tom Reed on Wednesday over the Harwick plant explosion.",
            "Jim Cole was arrested on Thursday over the Harwick plant explosion.",
        ),
        (
            "Police arrested Tom Reed on Wednesday over the Harwick plant explosion.",
            "Police arrested Jim Cole on Thursday over the Harwick plant explosion.",
        ),
        (
            "Jim Cole has been arrested on Wednesday over the Harwick plant explosion.",
            "Police arrested Tom Reed on Thursday over the Harwick plant explosion.",
        ),
        # a date set is no date of what happened: it may move
        (
            "Tom Reed will be sentenced on Wednesday over the Harwick plant explosion.",
            "A judge sentenced Tom Reed on Thursday over the Harwick plant explosion.",
        ),
        # one day, written two ways
        (
            "Police arrested Tom Reed on Wednesday over the Harwick plant explosion.",
            "Police arrested Tom Reed Wednesday over the Harwick plant explosion.",
        ),
        # an active verb the table leaves out: what is released may be a statement
        (
            "The company released a statement on Wednesday about the Harwick plant explosion.",
            "The company released the plant's manager on Thursday after the Harwick explosion.",
        ),
    ],
)
def test_look_alikes_of_active_arrests_give_none(first: str, second: str) -> None:
    assert reports([BLAST, first], [BLAST, second]) == []


FLOOD = "Flooding swept through the river town of Alder Creek this week."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The body of a missing kayaker was found Thursday on the Alder River.",
            "The body of the missing kayaker was recovered Wednesday on the Alder River.",
        ),
        (
            "Two people drowned in Alder Creek on Thursday when the river rose.",
            "Two people drowned in Alder Creek on Wednesday when the river rose.",
        ),
        (
            "The new Alder Creek mayor, Tom Hale, was sworn in Thursday amid the flood.",
            "New Alder Creek mayor Tom Hale was sworn in on Wednesday amid the flood.",
        ),
    ],
)
def test_the_day_of_an_event_that_happens_once(first: str, second: str) -> None:
    (difference,) = reports([FLOOD, first], [FLOOD, second])
    assert difference.kind == "time"
    assert positions(difference) == {"Thursday", "Wednesday"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # shots are fired on many days
        (
            "Shots were fired Thursday near the Alder Creek shelter.",
            "Shots were fired on Wednesday near the Alder Creek shelter.",
        ),
        # a swearing-in to come
        (
            "The new Alder Creek mayor, Tom Hale, will be sworn in Thursday amid the flood.",
            "New Alder Creek mayor Tom Hale was sworn in on Wednesday amid the flood.",
        ),
        # one day
        (
            "Two people drowned in Alder Creek on Thursday when the river rose.",
            "Two people drowned in Alder Creek Thursday when the river rose.",
        ),
    ],
)
def test_look_alikes_of_events_that_happen_once_give_none(first: str, second: str) -> None:
    assert reports([FLOOD, first], [FLOOD, second]) == []


# --- A denial of wrongdoing just after a report about the denier ------------------------------

CONTRACT = "The mayor of Marlow faces questions over the harbour contract."
REPORTED = (
    "The Marlow Gazette reported that Mayor Ann Lee accepted $50,000 from the harbour contractor."
)


@pytest.mark.parametrize(
    "denial",
    [
        "Lee has denied any wrongdoing.",
        "Lee denies the allegations.",
        "Lee insisted she had done nothing wrong.",
    ],
)
def test_a_denial_of_wrongdoing_answers_the_report_just_before_it(denial: str) -> None:
    (difference,) = reports([CONTRACT, REPORTED, denial], [CONTRACT])
    assert difference.kind == "denial"
    cited = {(c.article_id, c.sentence_index) for s in difference.sides for c in s.citations}
    assert cited == {("1", 1), ("1", 2)}


def test_a_report_about_someone_else_is_not_what_a_denial_answers() -> None:
    other = "The Marlow Gazette reported that councillor Tom Cole accepted $50,000 last year."
    assert reports([CONTRACT, other, "Lee has denied any wrongdoing."], [CONTRACT]) == []


def test_a_fact_given_by_its_source_is_not_what_a_denial_answers() -> None:
    sourced = "According to the Marlow Gazette, Mayor Ann Lee was first elected in 2015."
    assert reports([CONTRACT, sourced, "Lee has denied any wrongdoing."], [CONTRACT]) == []


def test_a_report_far_before_the_denial_is_not_what_it_answers() -> None:
    far = [
        CONTRACT,
        REPORTED,
        "The harbour was dredged in the spring.",
        "Ferries were moved to the north quay.",
        "The quay will reopen in June.",
        "Lee has denied any wrongdoing.",
    ]
    assert reports(far, [CONTRACT]) == []


def test_an_accusation_is_still_taken_before_a_report() -> None:
    accused = "Councillors accused Lee of steering the harbour contract to a friend."
    (difference,) = reports(
        [CONTRACT, accused, REPORTED, "Lee has denied any wrongdoing."], [CONTRACT]
    )
    cited = {(c.article_id, c.sentence_index) for s in difference.sides for c in s.citations}
    assert ("1", 1) in cited and ("1", 2) not in cited


# --- Denials and negations of an act that prosecutors, a lawsuit or a lawyer name ------------

ALLEGED = "Prosecutors say Tom Reed set the fire at the mill to collect insurance money."


@pytest.mark.parametrize(
    "denial",
    [
        # "setting" and "set" share a stem
        "Reed has denied setting the fire.",
        # what prosecutors say of someone is an allegation against him
        "Reed denies any involvement in the fire.",
        "Through his lawyer, Reed denied the charges.",
        "Reed maintains his innocence.",
        "Reed's attorney called the charges baseless.",
        # "his client" after "Reed's lawyer" is Reed
        "Reed's lawyer said his client did not set the fire at the mill.",
        # "he" after "told reporters" is the speaker
        "Reed told reporters he never set the fire at the mill.",
    ],
)
def test_a_denial_of_what_prosecutors_say(denial: str) -> None:
    (difference,) = reports([OPENING, ALLEGED], [OPENING, denial])
    assert difference.kind == "denial"
    cited = {(c.article_id, c.sentence_index) for s in difference.sides for c in s.citations}
    assert cited == {("1", 1), ("2", 1)}


@pytest.mark.parametrize(
    "sentence",
    [
        # prosecutors say something of someone else
        "Reed denies the charges.",
        # another act of the one subject
        "Reed's lawyer said his client did not sell the mill to the insurance firm.",
        # "he" after "told him" may be either man
        "Cole told him he never set the fire at the mill.",
    ],
)
def test_look_alikes_of_denials_of_what_prosecutors_say(sentence: str) -> None:
    other = "Prosecutors say Jim Cole set the fire at the mill to collect insurance money."
    alleged = other if sentence == "Reed denies the charges." else ALLEGED
    assert reports([OPENING, alleged], [OPENING, sentence]) == []


LAWSUIT = "The lawsuit alleges that Verro Chemicals knew about the gas leak for months."


def test_a_denial_of_a_clause_that_opens_with_it_says_what_it_denies() -> None:
    (difference,) = reports(
        [OPENING, LAWSUIT], [OPENING, "Verro Chemicals denied it knew about the gas leak."]
    )
    assert difference.kind == "denial"


def test_denied_it_alone_still_points_at_the_sentence_before() -> None:
    (difference,) = reports([OPENING, LAWSUIT, "Verro Chemicals denied it."], [OPENING])
    cited = {(c.article_id, c.sentence_index) for s in difference.sides for c in s.citations}
    assert cited == {("1", 1), ("1", 2)}


def test_a_clause_after_it_that_shares_nothing_with_the_claim_gives_none() -> None:
    denial = "Verro Chemicals denied it had paid the Harwick inspectors."
    assert reports([OPENING, LAWSUIT], [OPENING, denial]) == []


# --- Who a person named by a role is -----------------------------------------------------

PLANE = "A small plane crashed near Millbrook on Saturday, killing its pilot."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The pilot was identified as Tom Reed, 52, of Millbrook.",
            "The pilot was identified as Jim Cole, 52, of Millbrook.",
        ),
        (
            "Authorities identified the pilot as Tom Reed of Millbrook.",
            "The pilot, who was identified as 52-year-old Jim Cole, lived in Millbrook.",
        ),
    ],
)
def test_one_role_given_two_names_differs(first: str, second: str) -> None:
    (difference,) = reports([PLANE, first], [PLANE, second])
    assert difference.kind == "identity"
    assert difference.label == "Who the pilot is"
    assert positions(difference) == {"Tom Reed", "Jim Cole"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one name
        (
            "The pilot was identified as Tom Reed, 52, of Millbrook.",
            "Authorities identified the pilot as Tom Reed.",
        ),
        # one surname, a first name written two ways
        (
            "The pilot was identified as Tom Reed, 52, of Millbrook.",
            "The pilot was identified as Thomas Reed, 52, of Millbrook.",
        ),
        # a first identification, corrected
        (
            "The pilot was identified as Tom Reed, 52, of Millbrook.",
            "The pilot was initially identified as Jim Cole, 52, of Millbrook.",
        ),
        # one of several
        (
            "The pilot was identified as Tom Reed, 52, of Millbrook.",
            "One passenger was identified as Jim Cole, 52, of Millbrook.",
        ),
    ],
)
def test_look_alikes_of_a_role_given_two_names_give_none(first: str, second: str) -> None:
    assert reports([PLANE, first], [PLANE, second]) == []


def test_a_report_that_writes_both_names_has_two_people() -> None:
    second = [
        PLANE,
        "The pilot was identified as Jim Cole, 52, of Millbrook.",
        "His passenger, Tom Reed, survived.",
    ]
    assert reports([PLANE, "The pilot was identified as Tom Reed."], second) == []
