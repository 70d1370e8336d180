import pytest

from newsfuse.differ.numbers import number_value, quantity
from tests.differ.stories import counts, found


@pytest.mark.parametrize(
    ("words", "low", "high"),
    [
        ("12", 12, 12),
        ("2,400", 2400, 2400),
        ("twenty-eight", 28, 28),
        ("a dozen", 12, 12),
        ("1.5 million", 1_450_000, 1_550_000),  # rounded to its last digit
        ("4 million", 3_500_000, 4_500_000),
        ("at least 12", 12, 24),
        ("more than 100", 100, 200),
        ("about 200", 160, 240),
        ("nearly 1,600", 1280, 1600),
        ("as many as 30", 0, 30),
        ("dozens", 13, 99),
    ],
)
def test_a_figure_allows_the_range_its_words_allow(words: str, low: float, high: float) -> None:
    figure = quantity(words)
    assert figure is not None
    assert (figure.low, figure.high) == pytest.approx((low, high))


def test_a_year_is_no_count() -> None:
    assert number_value("2012") is None
    assert quantity("in 2012") is None
    assert number_value("2,012") == 2012


@pytest.mark.parametrize(
    ("a", "b"),
    [("about 200", "200"), ("at least 6", "7"), ("more than 100", "120"), ("dozens", "40")],
)
def test_rounding_and_vagueness_are_compatible(a: str, b: str) -> None:
    first, second = quantity(a), quantity(b)
    assert first is not None and second is not None
    assert first.compatible(second) and second.compatible(first)


@pytest.mark.parametrize(("a", "b"), [("at least 12", "30"), ("2", "5"), ("125", "at least 144")])
def test_far_apart_figures_are_not_compatible(a: str, b: str) -> None:
    first, second = quantity(a), quantity(b)
    assert first is not None and second is not None
    assert not first.compatible(second)


def test_the_value_shown_is_canonical() -> None:
    assert [quantity(w).value for w in ("2,400", "Five", "at least 12")] == [  # type: ignore[union-attr]
        "2400",
        "5",
        "at least 12",
    ]


def test_dozens_multiply_the_number_before_them() -> None:
    assert number_value("two dozen") == 24
    assert number_value("a dozen") == 12
    assert number_value("several dozen") is None  # no vague amount of dozens, not "several"
    blast = "{} people were injured in the Halden blast at the grain terminal, {} said."
    # "Two dozen" was read as two: a false difference with "24".
    assert found(blast.format("Two dozen", "police"), blast.format("24", "officials")) == []
    assert found(blast.format("Two dozen", "police"), blast.format("Three", "officials")) == [
        ("Injured", ["3", "24"])
    ]
    assert found(blast.format("A few dozen", "police"), blast.format("Five", "officials")) == []


def test_a_number_in_words_is_read_whole() -> None:
    assert number_value("twenty one") == 21
    blast = "{} people were injured in the Halden blast at the grain terminal, {} said."
    # "Twenty one" was read as 20 and 1, "one hundred and twenty" as 20: false differences.
    assert found(blast.format("Twenty one", "police"), blast.format("21", "officials")) == []
    one_hundred_and_twenty = blast.format("One hundred and twenty", "police")
    assert found(one_hundred_and_twenty, blast.format("120", "officials")) == []
    assert counts(one_hundred_and_twenty) == []  # no figure rather than a wrong one
