"""Years of one event, which one of a series, and the ages of two people named at once."""

from newsfuse.differ.claim import Kind
from newsfuse.differ.claims import find_claims
from tests.differ.stories import found, sentences


def test_years_with_the_words_that_say_what_happened() -> None:
    claims = find_claims(sentences("The coins were stolen from the San Francisco Mint in 1899."))
    years = [(c.value, c.context) for c in claims if c.kind is Kind.TIME]
    assert years == [("1899", "stolen from the San Francisco Mint")]
    spans = "He served from 2003 to 2006 and in the 1990s."
    assert [c for c in find_claims(sentences(spans)) if c.kind is Kind.TIME] == []


def test_years_of_one_event_that_differ() -> None:
    assert found(
        "The gold coins were stolen from the San Francisco Mint in 1899, the dealer said.",
        "The gold coins may have been stolen from the U.S. Mint in 1900, the paper reported.",
    ) == [("When it happened (year)", ["1899", "1900"])]


def test_years_of_other_events_or_only_one_name_shared_give_none() -> None:
    assert (
        found(
            "Lane's thesis was supported by the House Committee on Assassinations in 1979.",
            "Lane represented James Earl Ray before the House Committee on Assassinations in 1978.",
        )
        == []
    )
    assert (
        found(
            "The Mobb Deep album The Infamous was released in 2014 by the label.",
            "The Mobb Deep pair released their first demo together in 1992 in Queens.",
        )
        == []
    )


def test_which_one_of_a_series() -> None:
    assert found(
        "The bill would change the second line of the anthem, Canada's MPs heard.",
        "If passed, the bill will change the third line of the anthem, Canada's MPs heard.",
    ) == [("Which line of the anthem", ["2", "3"])]
    assert (
        found(
            "The bill would change the second line of the anthem, Canada's MPs heard.",
            "The bill would change the 2nd line of the anthem, Canada's MPs heard.",
        )
        == []
    )


def test_two_people_of_one_age() -> None:
    assert found(
        "Police said Liberty German, 14, and Abigail Williams, 13, were found in Delphi.",
        "The bodies were those of 13-year-olds Liberty German and Abigail Williams of Delphi.",
    ) == [("Age of Liberty German", ["13", "14"])]
    assert (
        found(
            "Police said Liberty German, 13, and Abigail Williams, 13, were found in Delphi.",
            "Police named Liberty German and Abigail Williams, both 13, of Delphi.",
        )
        == []
    )
