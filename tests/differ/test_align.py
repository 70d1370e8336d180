from newsfuse.differ.align import Story, aligned_pairs, topic_words
from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.claims import find_claims
from newsfuse.documents import Sentence


def story(*articles: tuple[str, ...]) -> Story:
    return Story(
        [
            [Sentence(str(a), i, 0, len(t), t) for i, t in enumerate(texts)]
            for a, texts in enumerate(articles, start=1)
        ]
    )


def claims_of(s: Story, kind: Kind) -> list[Claim]:
    return [c for c in find_claims(s.articles) if c.kind is kind]


def test_topic_words_leave_out_figures_categories_and_reporting() -> None:
    assert topic_words("Two workers were killed in the Halden blaze, police said.") == {
        "workers",
        "halden",
        "blaze",
    }


def test_counts_align_only_when_the_sentences_share_the_event() -> None:
    same = story(
        ("Five workers were hurt in the grain terminal blaze.",),
        ("Two workers were hurt in the grain terminal blaze.",),
    )
    other = story(
        ("Five workers were hurt in the grain terminal blaze.",),
        ("Two workers were hurt when a crane fell in Ostvik.",),
    )
    assert len(list(aligned_pairs(claims_of(same, Kind.COUNT), same))) == 1
    assert list(aligned_pairs(claims_of(other, Kind.COUNT), other)) == []


def test_only_the_wanted_pairs_are_aligned() -> None:
    three = story(
        ("Five workers were hurt in the grain terminal blaze.",),
        ("Five workers were hurt in the grain terminal blaze on Pier 4.",),
        ("Two workers were hurt in the grain terminal blaze.",),
    )
    claims = claims_of(three, Kind.COUNT)
    assert len(list(aligned_pairs(claims, three))) == 3
    differing = list(aligned_pairs(claims, three, wanted=lambda a, b: a.value != b.value))
    assert [(a.value, b.value) for a, b in differing] == [("5", "2"), ("5", "2")]


def test_one_report_with_one_voice_is_not_set_against_itself() -> None:
    one = story(
        (
            "Five workers were hurt in the grain terminal blaze.",
            "Later, two workers were hurt in the grain terminal blaze.",
        )
    )
    assert list(aligned_pairs(claims_of(one, Kind.COUNT), one)) == []


def test_ages_align_by_person_never_across_first_names() -> None:
    family = story(
        ("Rene Pasztor, 6, and Amber Pasztor, 29, lived in Elkhart.",),
        ("Amber Pasztor, 29, was charged.", "Pasztor, 29, admitted it."),
    )
    assert list(aligned_pairs(claims_of(family, Kind.AGE), family)) != []
    pairs = [(a.about, b.about) for a, b in aligned_pairs(claims_of(family, Kind.AGE), family)]
    assert ("Rene Pasztor", "Pasztor") not in pairs and (
        "Rene Pasztor",
        "Amber Pasztor",
    ) not in pairs


def test_a_parents_name_after_bin_is_not_the_persons_own() -> None:
    emirs = story(
        ("Power passed to Sheikh Tamim bin Hamad Al Thani, 33, on Tuesday.",),
        ("The emir, Sheik Hamad bin Khalifa Al Thani, 61, stepped down.",),
    )
    assert list(aligned_pairs(claims_of(emirs, Kind.AGE), emirs)) == []


def test_a_days_average_high_and_the_heat_inside_a_truck_are_not_one_figure() -> None:
    heat = story(
        ("Temperatures in Halden averaged about 70 degrees on Wednesday.",),
        ("Wednesday's high temperature in Halden reached 89 degrees, forecasters said.",),
        ("On Wednesday in Halden the heat inside the truck reached 120 degrees.",),
    )
    assert list(aligned_pairs(claims_of(heat, Kind.COUNT), heat)) == []
    # Look-alike: two highs of the same day are one figure, and differ.
    highs = story(
        ("Wednesday's high temperature in Halden reached 89 degrees, forecasters said.",),
        ("The high temperature in Halden on Wednesday reached 94 degrees, police said.",),
    )
    assert len(list(aligned_pairs(claims_of(highs, Kind.COUNT), highs))) == 1
