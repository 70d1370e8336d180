import pytest

from newsfuse.differ.claims import Claim, Kind, age_value, figures, find_claims, protagonist
from newsfuse.differ.times import is_half_day
from newsfuse.documents import Sentence


def claims(*texts: str, kind: Kind | None = None) -> list[Claim]:
    """Claims of one article made of ``texts``."""
    article = [Sentence("1", i, 0, len(t), t) for i, t in enumerate(texts)]
    return [c for c in find_claims([article]) if kind is None or c.kind is kind]


def counts(text: str) -> list[tuple[str, str]]:
    return [(c.subject, c.value) for c in claims(text, kind=Kind.COUNT)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thirty people were killed in the blast.", [("dead/", "30")]),
        ("The blast killed at least 12 people, police said.", [("dead/", "at least 12")]),
        (
            "A car bomb exploded, killing 27 people and wounding 30.",
            [("dead/", "27"), ("injured/", "30")],
        ),
        ("The death toll rose to 34 on Monday.", [("dead/", "34")]),
        ("The death toll from the bombing in Homs has risen to 34.", [("dead/", "34")]),
        ("Thirteen people with minor injuries were treated.", [("injured/", "13 lightly injured")]),
        ("Two workers were taken to Halden General Hospital.", [("injured/workers", "2")]),
        ("Dozens of people were injured.", [("injured/", "dozens")]),
        ("Police arrested 13 people after the brawl.", [("arrested/", "13")]),
        ("Authorities say 13 people are in custody.", [("arrested/", "13")]),
        ("Eight workers were stabbed in the brawl.", [("stabbed/workers", "8")]),
        (
            "Storms forced airlines to cancel flights, grounding 1,200 planes.",
            [("cancelled/planes", "1200")],
        ),
        ("Airlines cancelled 1,200 flights on Monday.", [("cancelled/flights", "1200")]),
        (
            "More than 1,200 flights were cancelled on Monday.",
            [("cancelled/flights", "more than 1200")],
        ),
        ("The bill would change 2 words of the anthem.", [("noun:word of anthem/", "2")]),
        # a length, in whatever unit: "8,027 meters" and "26,335 feet" are one subject
        ("They climbed the 8,027-meter mountain.", [("noun:length/", "8027")]),
    ],
)
def test_counts_in_every_form(text: str, found: list[tuple[str, str]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "The parents of eight of the children killed in the shooting sued.",  # a part
        "He was killed 12 years ago in Homs.",  # a duration
        "Among 20 killed were police officers.",
        "A 19-year-old was killed on Tuesday.",  # an age
        "The children were killed in 2012.",
    ],
)
def test_parts_durations_ages_and_years_are_no_counts(text: str) -> None:
    assert counts(text) == []


def test_a_figure_the_report_gives_as_later_is_marked() -> None:
    (toll,) = claims("The death toll rose to 34 on Monday.", kind=Kind.COUNT)
    (first,) = claims("The blast killed 12 people on Monday.", kind=Kind.COUNT)
    assert toll.later and not first.later


def test_figures_carry_their_hedge() -> None:
    found = [
        (f.hedge, f.number) for f in figures("More than 100 fled; at least 6 died, not 2,400.")
    ]
    assert found == [("More than", "100"), ("at least", "6"), ("", "2,400")]


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Geraldine Alcorn, 28, was charged on Wednesday.", "Geraldine Alcorn", "28"),
        ("The teacher, 29-year-old Geraldine Alcorn, faces charges.", "Geraldine Alcorn", "29"),
        ("Twenty-eight-year-old Geraldine Alcorn was arraigned.", "Geraldine Alcorn", "28"),
        ("Frank Macomber (66) was found dead.", "Frank Macomber", "66"),
        ("Frank Macomber, a 65-year-old retiree, was found.", "Frank Macomber", "65"),
        ("Prodigy Johnson died in Las Vegas at the age of 42.", "Prodigy Johnson", "42"),
        ("Opal Lee is 91 years old.", "Opal Lee", "91"),
        ("Colin Kroll was 34.", "Colin Kroll", "34"),
    ],
)
def test_ages_in_every_form(text: str, name: str, age: str) -> None:
    assert [(c.about, c.value) for c in claims(text, kind=Kind.AGE)] == [(name, age)]


def test_he_was_35_is_the_age_of_whom_the_article_is_about() -> None:
    found = claims("Colin Kroll, who founded Vine, has died.", "He was 35.", kind=Kind.AGE)
    assert [(c.about, c.value) for c in found] == [("Colin Kroll", "35")]


def test_no_age_for_a_weekday_or_a_month() -> None:
    assert claims("On Monday, 28, and March, 3, were dates.", kind=Kind.AGE) == []


def test_age_words() -> None:
    assert [age_value(w) for w in ("29", "Twenty-eight", "seven", "old", "200")] == [
        "29",
        "28",
        "7",
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("text", "subject", "value", "hedged"),
    [
        ("The fire broke out shortly after 10 p.m. on Tuesday.", "began/time", "10 p.m.", True),
        ("The plane crashed at 9:06 a.m., officials said.", "crashed/time", "9:06 a.m.", False),
        ("The plane crashed at 9.06pm near Ostvik.", "crashed/time", "9:06 p.m.", False),
        ("Prodigy died Tuesday in Las Vegas.", "died/weekday", "Tuesday", False),
        ("He was arrested on June 3 in Ostvik.", "was arrested/date", "June 3", False),
        ("The lawsuit was filed Thursday in Ohio.", "filed/weekday", "Thursday", False),
    ],
)
def test_clock_times_days_and_dates(text: str, subject: str, value: str, hedged: bool) -> None:
    claim, *also = [c for c in claims(text, kind=Kind.TIME) if not is_half_day(c)]
    assert (claim.subject, claim.value, claim.hedged) == (subject, value, hedged)
    # The weekday after a clock time is the same event's ("10 p.m. on Tuesday"), and no more.
    assert [c.subject.partition("/")[2] for c in also] in ([], ["weekday"])


def test_opposite_states_clause_by_clause() -> None:
    text = "Sana said troops took control of Salaheddine, but the rebels said clashes continue."
    found = [(c.value, c.claimant) for c in claims(text, kind=Kind.STANCE)]
    assert found == [("yes", "Sana"), ("no", "the rebels")]


def test_the_protagonist_is_the_name_written_most() -> None:
    texts = ["Kim Wall boarded the UC3 with Peter Madsen.", "Madsen denies it.", "Madsen sank it."]
    assert protagonist(texts) == "Peter Madsen"


def test_a_named_persons_rank() -> None:
    found = claims(
        "Matthew Kanan, an associate professor of chemistry, led it.", kind=Kind.IDENTITY
    )
    assert [(c.subject, c.about, c.value) for c in found] == [
        ("title/kanan", "Matthew Kanan", "associate professor")
    ]
