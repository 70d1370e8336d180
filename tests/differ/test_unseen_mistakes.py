"""Wrong differences found on clusters nobody had tuned on (the anchor panel), each written
again as a small story of our own words: every one must give no difference, and beside each
the form that is a difference still gives one."""

from newsfuse.differ import find_differences
from newsfuse.documents import Sentence
from tests.differ.stories import cited


def stories(*articles: tuple[str, ...]) -> list[list[Sentence]]:
    return [
        [Sentence(str(a), i, 0, len(t), t) for i, t in enumerate(texts)]
        for a, texts in enumerate(articles, start=1)
    ]


def found(*articles: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(d.kind, d.label) for d in find_differences(stories(*articles))]


# --- counts: another event, another scope ---------------------------------------------------


def test_a_toll_of_another_year_and_place_is_no_difference() -> None:
    quake = "At least 240 people died after a magnitude 6.1 earthquake struck the hills on Monday."
    other = "A magnitude 7.6 earthquake struck the hills of Kashmir in 2005, killing 80,000 people."
    assert found((quake,), (other,)) == []
    same = "A magnitude 6.1 earthquake struck the hills on Monday, killing 120 people."
    assert found((quake,), (same,)) == [("count", "Death toll")]


def test_a_part_and_a_total_are_no_difference() -> None:
    city = "The storm killed 12 people in Port Alden, the coast guard said."
    country = "The storm killed 48 people in Norland, 12 of them in Port Alden, officials said."
    assert found((city,), (country,)) == []


def test_tolls_of_different_days_are_no_difference() -> None:
    monday = "Shelling killed 14 people in the old town of Halvik on Monday, medics said."
    tuesday = "Shelling killed 30 people in the old town of Halvik on Tuesday, medics said."
    assert found((monday,), (tuesday,)) == []


# --- identity: a typo against every other report --------------------------------------------


def test_a_name_misspelled_once_against_every_other_report_is_a_typo() -> None:
    assert (
        found(
            ("Senator Marissa Okonjo spoke first.", "Marissa Okonjo left early."),
            ("Marissa Okonjo voted no.",),
            ("The man who should have beaten Marisa Okonjo lost.",),
        )
        == []
    )
    both_written = found(
        ("Coach Jonathan Magwood fell.", "Magwood was hurt."),
        ("Jonathon Magwood broke two vertebrae.", "Jonathon Magwood is recovering."),
    )
    assert both_written == [("identity", "Name spelled two ways (Jonathan / Jonathon)")]


def test_a_name_spelled_two_ways_inside_one_report_is_no_difference() -> None:
    assert (
        found(
            ("Foreign Minister Mohamad Jalili met the envoy.", "Mohammad Jalili then left."),
            ("The envoy flew home on Friday.",),
        )
        == []
    )


# --- denials: what is denied must be what the statement asserts -----------------------------


def test_dismissing_criticism_or_a_notion_is_no_denial_of_a_fact() -> None:
    assert (
        found(
            ("Conservatives pressed the party to block the order of the president.",),
            (
                "Speaker Orlan dismissed criticism from conservatives who say the party's "
                "response to the president was weak.",
                "Unlike Orlan, Keddy rejects the notion that the country has a monopoly on "
                "hard work.",
            ),
        )
        == []
    )


def test_words_around_a_party_are_no_denier() -> None:
    assert (
        found(
            (
                '"Many people still remember the old graveyard," he said.',
                'Building there, "It\'s wrong. They made it look as if nothing was ever there."',
            ),
        )
        == []
    )


def test_a_statement_without_the_names_of_the_denied_claim_is_not_what_is_denied() -> None:
    review = (
        "The president ordered a full review of Varosian hacking during the campaign, as "
        "pressure grew to learn what Varos did."
    )
    denial = "Kessel denies that Varos hacked the NDC but says the leak was for the public good."
    assert found((review,), ("Kessel spoke on Friday.", denial)) == []
    stated = "Officials said Varos hacked the NDC in the spring and stole its emails."
    assert found((review, stated), ("Kessel spoke on Friday.", denial)) == [
        ("denial", "Disputed account")
    ]


def test_a_statement_sharing_a_few_words_far_away_is_not_what_is_denied() -> None:
    assert (
        found(
            (
                "The letter suggests that some officers knew early on about the export of "
                "nuclear technology abroad.",
                "The scientist spent years abroad.",
                "He was later pardoned.",
                "The officers retired.",
                "Azhar has long denied claims that he was working behind his government's "
                "back in covert nuclear technology sales.",
            ),
        )
        == []
    )


def test_a_denial_of_findings_points_only_at_a_sentence_that_finds() -> None:
    unrelated = (
        "In September, Senator Hale voiced doubts about the briefing, officials said.",
        "The transition team dismissed the findings in a short statement on Friday.",
    )
    assert found(unrelated) == []
    findings = (
        "The agency concluded that the hackers worked for Varos, officials said.",
        "The transition team dismissed the findings in a short statement on Friday.",
    )
    assert found(findings) == [("denial", "Disputed account")]


def test_disputing_someones_account_denies_only_what_that_someone_says() -> None:
    assert (
        found(
            ("Senator Hale asked for every note of the conversations of Voss and Brandt.",),
            ("Aides to Voss dispute Brandt's reported account of that conversation.",),
        )
        == []
    )
    differences = find_differences(
        stories(
            ("Brandt wrote that Voss asked him in the conversation to drop the inquiry.",),
            ("Aides to Voss dispute Brandt's reported account of that conversation.",),
        )
    )
    assert [d.kind for d in differences] == ["denial"] and cited(differences[0]) == {"1:0", "2:0"}


def test_a_denial_about_the_denier_needs_a_statement_naming_the_denier() -> None:
    assert (
        found(
            ("A group claimed his wife wrote for a podcast hosted by Enoch.",),
            ("Contacted by email, Pelham denied he was Enoch.",),
        )
        == []
    )
    assert found(
        ("The group said that Mike Enoch was in fact Pelham.",),
        ("Contacted by email, Pelham denied he was Enoch.",),
    ) == [("denial", "Disputed account")]


def test_a_denial_of_what_is_so_now_rejects_no_statement_of_what_once_was() -> None:
    assert (
        found(
            ("Lobbyist Ivan Dorsk is reportedly a former officer of the Norland spy agency.",
             "Dorsk denies any current ties to the Norland spy agency."),
        )
        == []
    )  # fmt: skip
    assert found(
        ("Lobbyist Ivan Dorsk is reportedly an officer of the Norland spy agency.",
         "Dorsk denies any current ties to the Norland spy agency."),
    ) == [("denial", "Disputed account")]  # fmt: skip
