import pytest

from newsfuse.ingest.heading import date_line, split_heading


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("April 10th, 2016", "2016-04-10"),
        ("Tuesday, 11 March 2026", "2026-03-11"),
        ("Mar 3 2021", ""),  # (no form for an abbreviated month without its comma)
        ("Mar 3, 2021", "2021-03-03"),
        ("2019-07-01", "2019-07-01"),
    ],
)
def test_a_date_line_gives_its_iso_date(line: str, iso: str) -> None:
    assert date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "April 10th",  # no year
        "March 11, 26",  # a two-digit year is no year of these forms
        "11 March 201",
        "Tuesday",
        "Storm hits Ashby, 2016 and after",
        "2016",
    ],
)
def test_a_line_without_a_whole_date_is_no_date_line(line: str) -> None:
    assert date_line(line) == ""


def test_a_stated_time_gives_its_date_and_a_stated_date_without_a_year_none() -> None:
    text = "Storm hits Ashby\n\nRain flooded the town on Monday, officials said."
    heading, _ = split_heading(text, {"published": "2021-05-04T08:30:00Z"})
    assert heading.published == "2021-05-04"
    heading, _ = split_heading(text, {"published": "May 4"})
    assert heading.published == ""
