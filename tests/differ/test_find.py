from pathlib import Path

from newsfuse import Article, Settings, build, load_articles
from newsfuse.differ import find_differences
from newsfuse.documents import Difference, Sentence


def sentences(*texts: str) -> list[list[Sentence]]:
    """One sentence per article, article ids "1", "2", ..."""
    return [[Sentence(str(i), 0, 0, len(t), t)] for i, t in enumerate(texts, start=1)]


def labels(*texts: str) -> list[str]:
    return [d.label for d in find_differences(sentences(*texts))]


def positions(difference: Difference) -> set[str]:
    return {side.position for side in difference.sides}


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
    assert len(control) == 1
    sides = {side.claimant: side.position for side in control[0].sides}
    assert sides["The official Sana news agency"] == "taken or given up"
    assert sides["Syrian state TV"] == "taken or given up"
    assert sides["Abu Firas"] == "still contested"
    assert any("Observatory" in who and pos == "still contested" for who, pos in sides.items())


def test_example_story_differs_on_injured_and_on_the_fire(example_dir: Path) -> None:
    brief = build(Settings(words=120)).brief(load_articles([example_dir]))
    by_label = {d.label: d for d in brief.differences}
    assert set(by_label) == {"Injured", "Whether the fire is under control"}
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
    claimant_of = {s.text[:20]: s.claimant for s in brief.sentences}
    assert claimant_of["The official Sana ne"] == "The official Sana news agency"
    assert claimant_of["“We did not withdraw"] == "Abu Firas"  # a bare quotation
    assert claimant_of["Syrian troops have u"] == ""
