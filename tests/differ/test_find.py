from pathlib import Path

from newsfuse import Article, Settings, build, load_articles
from newsfuse.differ import find_differences
from newsfuse.documents import Sentence
from tests.differ.stories import positions, sentences


def labels(*texts: str) -> list[str]:
    return [d.label for d in find_differences(sentences(*texts))]


def test_counts_about_the_same_event_that_disagree() -> None:
    found = find_differences(
        sentences(
            "Two workers were injured in the fire at the grain terminal, police said.",
            "Five workers were injured in the fire at the grain terminal, the union said.",
        )
    )
    assert [d.label for d in found] == ["Injured"] and positions(found[0]) == {"2", "5"}
    claimants = {side.claimant for side in found[0].sides}
    assert claimants == {"police", "the union"}


def test_agreeing_or_compatible_counts_are_no_difference() -> None:
    assert (
        labels(
            "Seven people were killed in the attack on London Bridge on Saturday night.",
            "The attack on London Bridge on Saturday night left seven people dead.",
        )
        == []
    )
    assert (
        labels(
            "Dozens of people were injured in the attack on London Bridge on Saturday.",
            "Forty-eight people were injured in the attack on London Bridge on Saturday.",
        )
        == []
    )


def test_counts_of_different_things_are_no_difference() -> None:
    assert (
        labels(
            "Two climbers died in the avalanche on the glacier in 1999.",
            "Eighteen people died at the base camp after the earthquake in Nepal.",
        )
        == []
    )
    assert (
        labels(
            "The parents of eight of the children killed in the shooting sued the school.",
            "Twenty children were killed in the shooting at the school in 2012.",
        )
        == []
    )


def test_ages_of_the_same_named_person() -> None:
    found = find_differences(
        sentences(
            "The teacher, 29-year-old Geraldine Alcorn, faces several charges.",
            "Geraldine Alcorn, 28, was charged on Wednesday.",
        )
    )
    assert [d.label for d in found] == ["Age of Geraldine Alcorn"]
    assert positions(found[0]) == {"28", "29"}


def test_a_denial_of_what_another_source_reports() -> None:
    found = find_differences(
        sentences(
            "The New York Times reported that the mayor ordered the port closed on Tuesday.",
            "The mayor's office denied the New York Times report about the port closure.",
        )
    )
    assert [d.label for d in found] == ["Disputed account"]
    assert positions(found[0]) == {"reported", "denied"}


def test_a_denial_is_not_opposed_by_the_denier_itself() -> None:
    assert (
        labels(
            "Sanders said the case about the payment had been won in arbitration.",
            "Sanders denied the allegations about the payment and the arbitration case.",
        )
        == []
    )


def test_seed_reports_show_who_says_salaheddine_was_taken_and_who_denies_it(
    seeds_dir: Path,
) -> None:
    brief = build(Settings(words=200)).brief(load_articles([seeds_dir]))
    control = [d for d in brief.differences if d.label == "Control of Salaheddine"]
    assert len(control) == 1 and control[0].kind == "stance"
    by_position = {side.position: side.claimant.split("; ") for side in control[0].sides}
    assert list(by_position) == ["taken or given up", "still contested"]
    taken, contested = by_position["taken or given up"], by_position["still contested"]
    assert "The official Sana news agency" in taken and "Syrian state TV" in taken
    assert "Abu Firas" in contested
    assert any("Observatory" in who for who in contested)


def test_example_story_differs_on_injured_and_on_the_fire(example_dir: Path) -> None:
    brief = build(Settings(words=120)).brief(load_articles([example_dir]))
    by_label = {d.label: d for d in brief.differences}
    assert set(by_label) == {"Injured", "Whether the fire is under control"}
    assert [d.kind for d in brief.differences] == ["count", "stance"]
    assert positions(by_label["Injured"]) == {"2", "5"}
    assert positions(by_label["Whether the fire is under control"]) == {
        "under control",
        "still burning",
    }


def test_consistent_reports_have_no_section(two_reports: list[str]) -> None:
    agreeing = [
        Article(id="1", text="A storm closed the port of Ashby on Monday, officials said."),
        Article(id="2", text="The port of Ashby was closed by a storm on Monday, officials said."),
    ]
    assert build().brief(agreeing).differences == ()


def test_times_of_the_same_event_that_disagree() -> None:
    found = find_differences(
        sentences(
            "The fire at the grain terminal broke out shortly after 10 p.m. on Tuesday.",
            "The fire at the grain terminal broke out around 11 p.m., the union said.",
        )
    )
    assert [d.label for d in found] == ["When it began (time)"]
    assert positions(found[0]) == {"10 p.m.", "11 p.m."}


def test_a_weekday_is_never_set_against_a_date() -> None:
    assert (
        labels(
            "Prodigy of Mobb Deep died Tuesday in Las Vegas at the age of 42.",
            "Prodigy of Mobb Deep died on June 20 in Las Vegas at the age of 42.",
        )
        == []
    )


def test_brief_sentences_keep_their_claimant(seeds_dir: Path) -> None:
    brief = build(Settings(words=300)).brief(load_articles([seeds_dir]))
    claimant_of = {s.text.lstrip('"“')[:20]: s.claimant for s in brief.sentences}
    assert claimant_of["The official Sana ne"] == "The official Sana news agency"
    assert claimant_of["We did not withdraw,"] == "Abu Firas"  # a bare quotation
    assert claimant_of["Syrian troops have u"] == ""


def test_verb_first_counts_that_disagree() -> None:
    found = find_differences(
        sentences(
            "A car bomb in the Homs market on Sunday exploded, killing at least 12 people.",
            "A car bomb in the Homs market on Sunday exploded, killing 30 people, Sana said.",
        )
    )
    assert [(d.kind, d.label) for d in found] == [("count", "Death toll")]
    assert [(s.position, s.claimant) for s in found[0].sides] == [
        ("at least 12", ""),
        ("30", "Sana"),
    ]


def test_a_toll_the_report_gives_as_later_is_shown_as_later() -> None:
    found = find_differences(
        sentences(
            "The bomb in the Homs market on Sunday killed 12 people, police said.",
            "The death toll from the Homs market bomb on Sunday rose to 34, the governor said.",
        )
    )
    assert [(s.position, s.later) for s in found[0].sides] == [("12", False), ("34", True)]


def test_injuries_counted_with_their_noun() -> None:
    found = find_differences(
        sentences(
            "Thirteen people with minor injuries were treated after the Halden ferry crash.",
            "Four people were injured in the Halden ferry crash on Monday, the coastguard said.",
        )
    )
    # More lightly injured than injured cannot both be true; each figure shows its part.
    assert [s.position for s in found[0].sides] == ["4 injured", "13 lightly injured"]


def test_ages_in_other_forms_of_the_same_person() -> None:
    found = find_differences(
        sentences(
            "Frank Macomber (66) lived next door.", "Macomber, a 65-year-old retiree, was shot."
        )
    )
    assert [(d.label, sorted(positions(d))) for d in found] == [
        ("Age of Frank Macomber", ["65", "66"])
    ]


def test_clock_times_and_dates_of_the_same_event() -> None:
    clock = labels(
        "The plane crashed at 9:06 p.m. near the Ostvik airport, officials said.",
        "The plane crashed at 9:06 a.m. near the Ostvik airport, the airline said.",
    )
    day = labels(
        "The lawsuit was filed Thursday in the Ostvik district court by the union.",
        "The union filed Wednesday in the Ostvik district court, its lawyer said.",
    )
    assert clock == ["When it crashed (time)"] and day == ["When it filed (weekday)"]


def test_a_named_party_denying_what_another_report_states() -> None:
    found = find_differences(
        sentences(
            "An ABC News report said that Scott suffered from inoperable brain cancer.",
            '"The family told us it is incorrect that he has inoperable brain cancer," said '
            "Craig Harvey.",
        )
    )
    assert [(d.kind, sorted(positions(d))) for d in found] == [("denial", ["denied", "reported"])]
    denied = next(s for s in found[0].sides if s.position == "denied")
    assert denied.claimant == "The family"


def test_a_name_spelled_two_ways() -> None:
    found = find_differences(
        sentences(
            "Coach Jonathan Magwood was hurt at the banquet in Peachtree City.",
            "Union City coach Jonathon Magwood broke two vertebrae.",
        )
    )
    assert [(d.kind, sorted(positions(d))) for d in found] == [
        ("identity", ["Jonathan", "Jonathon"])
    ]


def test_opposite_states_of_the_fire() -> None:
    found = labels(
        "The fire service said the fire at the Halden terminal was contained on Tuesday.",
        "The union said the fire at the Halden terminal was still burning on Tuesday.",
    )
    assert found == ["Whether the fire is under control"]


def test_agreeing_reports_give_no_difference() -> None:
    agreeing = [
        ("A car bomb in Homs killed at least 12 people on Sunday.",
         "Twelve people were killed by a car bomb in Homs on Sunday, police said."),
        ("About 200 people were evacuated from homes near the Halden terminal.",
         "200 people were evacuated from homes near the Halden terminal."),
        ("The plane crashed shortly after 10 p.m. near the Ostvik airport.",
         "The plane crashed at 10:15 p.m. near the Ostvik airport, officials said."),
        ("Geraldine Alcorn, 28, was charged on Wednesday.",
         "Twenty-eight-year-old Geraldine Alcorn was arraigned on Wednesday."),
        ("The fire service said the Halden terminal fire was under control.",
         "Crews had the Halden terminal fire under control by 2 a.m., the fire service said."),
        ("Hayes shot Smith in the street after the crash, police said.",
         "Police said Hayes shot Smith in the street after the crash."),
        ("Coach Jonathan Magwood was hurt.", "Coach Jonathan Magwood broke two vertebrae."),
    ]  # fmt: skip
    for texts in agreeing:
        assert labels(*texts) == [], texts


def test_two_ranks_of_one_person_in_two_reports() -> None:
    found = find_differences(
        sentences(
            "Matthew Kanan, an assistant professor of chemistry at Stanford, led the study.",
            "Matthew Kanan, an associate professor of chemistry at Stanford, co-wrote it.",
        )
    )
    assert [(d.kind, d.label) for d in found] == [("identity", "Title of Matthew Kanan")]
    one_report = [
        [
            Sentence("1", 0, 0, 0, "Ann Lee, an assistant professor, and Bo Lee met."),
            Sentence("1", 1, 0, 0, "Bo Lee, an associate professor, spoke."),
        ]
    ]
    assert find_differences(one_report) == ()
