"""Round 5 (times and identities): who said a quotation, where one event happened, the day
and the clock time of one event, and look-alikes that must give no difference. Every report
here is made up."""

import random

import pytest

from newsfuse.differ import find_differences, times
from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Kind
from newsfuse.differ.claims import find_claims
from newsfuse.documents import Sentence
from tests.differ.stories import claims, differences, positions, sentences

# --- Who said a quotation -------------------------------------------------------------------

QUOTE = "We will rebuild the pier before the summer season starts"


def speakers(text: str) -> list[str]:
    """Who the first of two reports says spoke the quotation both print."""
    found = find_claims(sentences(text, f'The notice read: "{QUOTE}."'))
    return [
        c.value for c in found if c.subject.startswith("quote/") and c.sentence.article_id == "1"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f'"{QUOTE}," Marta Lind told the council.', "Lind"),
        (f'"{QUOTE}," said harbour master Olaf Brekke.', "Brekke"),
        (f'At the meeting Olaf Brekke told residents "{QUOTE}."', "Brekke"),
        (f'"{QUOTE}," Lind allegedly told the council.', "Lind"),
        (f'"{QUOTE}," said Gov. Ann Teller.', "Teller"),
        (f'"{QUOTE}," said Harbourton Port Police Chief Ann Teller.', "Teller"),
    ],
)
def test_a_quotation_belongs_to_the_named_speaker_beside_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        f'"{QUOTE}," he said.',  # a pronoun names no one
        '"We will rebuild it," Marta Lind said.',  # too short to be known again
        f"Marta Lind said {QUOTE.lower()}.",  # no quotation marks
        f'"{QUOTE}," the Harbourton Democrat said.',  # an epithet, not a name
        f'"{QUOTE}," a lawyer for Marta Lind said.',  # not Lind's words
        f'A lawyer for Marta Lind said "{QUOTE}."',
        f'"{QUOTE}," Olaf Brekke said, quoting the mayor.',  # passed on, not said
    ],
)
def test_no_speaker_is_guessed(text: str) -> None:
    assert speakers(text) == []


def test_a_quotation_one_report_prints_is_not_read() -> None:
    # Only a quotation two reports print can be given to two people.
    assert not claims(f'"{QUOTE}," Marta Lind told the council.', Kind.IDENTITY)


def test_one_quotation_given_to_two_people_is_a_difference() -> None:
    found = differences(
        f'"{QUOTE}," Marta Lind told the council on Monday.',
        f'"{QUOTE}," harbour master Olaf Brekke told the council.',
    )
    assert [(d.kind, positions(d)) for d in found] == [("identity", {"Lind", "Brekke"})]


def test_one_quotation_given_to_one_person_twice_is_none() -> None:
    assert not differences(
        f'"{QUOTE}," Marta Lind told the council.',
        f'"{QUOTE}," said the mayor, Marta Lind.',
    )


# --- Where one event happened ---------------------------------------------------------------


def test_the_place_of_one_event_is_read() -> None:
    found = claims("The stolen van was found near Aldbury on Sunday.", Kind.IDENTITY)
    assert found == [("place/was found/van", "Aldbury")]


def test_one_event_placed_in_two_towns_is_a_difference() -> None:
    found = differences(
        "The stolen van was found in Aldbury, police said.",
        "The stolen van was found in Brenthorpe after a chase.",
    )
    assert [(d.kind, positions(d)) for d in found] == [("identity", {"Aldbury", "Brenthorpe"})]


@pytest.mark.parametrize(
    "texts",
    [
        # A town and its county: a third report prints them together.
        (
            "The stolen van was found in Aldbury, police said.",
            "The stolen van was found in Wexcombe County after a chase.",
            "Aldbury, Wexcombe County, is a quiet market town.",
        ),
        # A town and its state: the state holds another town in the story.
        (
            "The stolen van was found in Aldbury, police said.",
            "The stolen van was found in Wessex after a chase.",
            "The driver lives in Brenthorpe, Wessex.",
        ),
        # A region named as such.
        ("The stolen van was found in Aldbury.", "The stolen van was found in Wexcombe County."),
        # A place and a larger one that shares its name.
        (
            "The stolen van was found in Aldbury.",
            "The stolen van was found in Aldbury Heath.",
        ),
        # Two subjects: the van and the driver.
        (
            "The stolen van was found in Aldbury.",
            "The driver was found in Brenthorpe.",
        ),
        # Two occasions, in two years.
        (
            "In 2019 the stolen van was found in Aldbury.",
            "In 2021 the stolen van was found in Brenthorpe.",
        ),
        # A weekday or a month is no place.
        ("The stolen van was found on Sunday.", "The stolen van was found in March."),
    ],
)
def test_places_that_can_both_be_true_are_no_difference(texts: tuple[str, ...]) -> None:
    assert not [d for d in differences(*texts) if d.kind == "identity"]


def test_a_pronoun_is_no_subject_of_a_place() -> None:
    assert not [s for s, _ in claims("It was found in Aldbury.", Kind.IDENTITY)]


# --- The day and clock time of one event ----------------------------------------------------


def test_the_day_before_the_verb_is_read() -> None:
    found = claims("The harbour workers union on Tuesday filed a lawsuit.", Kind.TIME)
    assert ("filed/weekday", "Tuesday") in found


def test_one_filing_dated_to_two_weekdays_is_a_difference() -> None:
    found = differences(
        "The harbour workers union filed the lawsuit Thursday in the county court.",
        "The harbour workers union on Wednesday filed the lawsuit against the port.",
    )
    assert [(d.kind, positions(d)) for d in found] == [("time", {"Thursday", "Wednesday"})]


def test_two_people_arrested_on_two_days_is_no_difference() -> None:
    assert not differences(
        "Brekke was arrested on Tuesday after the harbour warehouse fire.",
        "Lind was arrested on Wednesday after the harbour warehouse fire.",
    )


def test_a_report_dated_by_its_own_dateline_day_is_no_difference() -> None:
    # "Tuesday" dates the report, not the arrest the other report dates.
    assert not differences(
        "TUESDAY, HARBOURTON - The harbour warehouse owner was arrested on Monday.",
        "The harbour warehouse owner was arrested on Monday, Harbourton police said Tuesday.",
    )


def test_the_clock_time_of_an_event_named_by_a_noun_is_read() -> None:
    found = claims("The collision at about 4:10 a.m. damaged both ferries.", Kind.TIME)
    assert ("collided/time", "4:10 a.m.") in found


def test_one_collision_at_two_clock_times_is_a_difference() -> None:
    found = differences(
        "The coast guard logged the ferries' collision at around 4:10 a.m. off the cape.",
        "The two ferries collided around 2:50 a.m. off the cape, the coast guard said.",
    )
    assert [(d.kind, positions(d)) for d in found] == [("time", {"4:10 a.m.", "2:50 a.m."})]


@pytest.mark.parametrize(
    ("first", "second"),
    [("about 9 p.m.", "9:10 p.m."), ("around 9 p.m.", "9:40 p.m."), ("9:05 p.m.", "9:15 p.m.")],
)
def test_clock_times_within_rounding_are_no_difference(first: str, second: str) -> None:
    assert not differences(
        f"The coast guard said the ferries' collision happened at {first} off the cape.",
        f"The coast guard said the ferries collided at {second} off the cape.",
    )


def test_a_pronoun_speaks_for_the_person_named_just_before() -> None:
    first = [
        Sentence("1", 0, 0, 0, "Marta Lind said the harbour would reopen in May."),
        Sentence("1", 1, 0, 0, f'"{QUOTE}," she said.'),
    ]
    second = [Sentence("2", 0, 0, 0, f'"{QUOTE}," Olaf Brekke told the council.')]
    found = list(find_differences([first, second]))
    assert [(d.kind, positions(d)) for d in found] == [("identity", {"Lind", "Brekke"})]


def test_a_pronoun_after_an_unnamed_speaker_names_no_one() -> None:
    first = [
        Sentence("1", 0, 0, 0, "The harbour would reopen in May, officials said."),
        Sentence("1", 1, 0, 0, f'"{QUOTE}," she said.'),
    ]
    second = [Sentence("2", 0, 0, 0, f'"{QUOTE}," Olaf Brekke told the council.')]
    assert not list(find_differences([first, second]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Up to six words between the verb and its day.
        ("The union filed the lawsuit in the county court on Thursday.", "Thursday"),
        # A day after a relative word is the day of another clause's event.
        ("The union announced the lawsuit, which was heard on Thursday.", None),
    ],
)
def test_the_day_after_an_event_verb(text: str, expected: str | None) -> None:
    days = [v for s, v in claims(text, Kind.TIME) if s in {"filed/weekday", "announced/weekday"}]
    assert days == ([expected] if expected else [])


def test_the_month_pretest_keeps_every_match_of_the_pattern() -> None:
    # speed38: " in " and a month's name are looked for before the month pattern; the
    # pattern alone is the reference (a text it matches always holds both).
    from newsfuse.differ.times import _MONTH_WHEN, _MONTHS, time_claims

    texts = [
        "Tom Reed died in March 2016 at his Varna home, his family said.",
        "The Orvel ferry sank in May, officials said.",
        "Reed was convicted in early March in Varna.",
        "Reed died in May's cabinet row.",
        "Reed died in the Varna hospital on Tuesday.",
    ]
    for text in texts:
        matched = _MONTH_WHEN.search(text) is not None
        assert matched <= (" in " in text and any(m in text for m in _MONTHS)), text
    whens = [
        [c.value for c in time_claims(Sentence("1", 0, 0, len(t), t), None) if "month" in c.subject]
        for t in texts[:2]
    ]
    assert whens == [["March 2016"], ["May"]]


def test_the_time_patterns_are_read_only_where_a_time_can_be() -> None:
    # Wherever WHEN or _DAY_BEFORE match, the pre-test lets the sentence through: made-up
    # sentences of event verbs, weekdays, dates, clock times and other words.
    rng = random.Random(39)
    pieces = [
        "died", "was arrested", "crashed", "on", "late", "Monday", "Sunday", "noon", "midnight",
        "March", "3", "10", "p.m.", "21:58", "at", "around", "the", "fire", "days", "٣", ",",
    ]  # fmt: skip
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(2, 9))) for _ in range(20000)]
    texts += ["He died on Tuesday.", "It crashed at 10 p.m.", "She died at noon."]
    for text in texts:
        if p.WHEN.search(text) or times._DAY_BEFORE.search(text):
            assert times._may_tell_when(text), text
