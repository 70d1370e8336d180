"""The story's one cue pass, shared by the claims and the negations: the same claims and
differences as each step's own reading, whatever the articles. Every report here is made
up."""

from newsfuse.differ import find_differences
from newsfuse.differ.align import Story
from newsfuse.differ.claim import Claim
from newsfuse.differ.claims import _CUED, find_claims
from newsfuse.differ.negations import negation_differences
from newsfuse.differ.scan import CLAIM_CUES, StoryScan
from newsfuse.documents import Sentence


def article(article_id: str, *texts: str) -> list[Sentence]:
    return [Sentence(article_id, i, 0, len(t), t) for i, t in enumerate(texts)]


STORY = [
    article(
        "1",
        "Four people were killed in the Port Elder ferry fire, the coastguard said.",
        "Captain Rhys Morgan did not sign the evacuation order, his union said.",
    ),
    [],
    article(
        "2",
        "Six people were killed in the Port Elder ferry fire, officials said.",
        "Captain Morgan signed the evacuation order at noon, the port authority said.",
        "The Elder harbour ferry terminal is open, the port authority said.",
    ),
    article("3", "The Elder harbour ferry terminal is closed, the pilots said."),
]


def read(claims: list[Claim]) -> list[tuple[Sentence, str, str, str, int]]:
    return [(c.sentence, c.subject, c.value, c.claimant, c.at) for c in claims]


def one_by_one(articles: list[list[Sentence]]) -> list[tuple[Sentence, str, str, str, int]]:
    """The claims of each article read as a story of its own, in story order."""
    return [claim for a in articles for claim in read(find_claims([a]))]


def test_the_claims_of_a_story_are_those_of_its_articles_read_alone() -> None:
    assert read(find_claims(STORY)) == one_by_one(STORY)
    assert {"dead/"} <= {c.subject for c in find_claims(STORY)}


def test_a_shared_scan_gives_what_each_step_finds_on_its_own() -> None:
    scan = StoryScan.of(STORY)
    assert read(find_claims(STORY, scan)) == read(find_claims(STORY))
    story = Story(STORY)
    shared = negation_differences(story, (), scan)
    assert shared == negation_differences(Story(STORY))
    assert {d.kind for d in shared} == {"denial", "stance"}  # the order, the harbour
    assert len(find_differences(STORY)) == 3  # and the dead


def test_lower_casing_that_moves_positions_reads_each_article_alone() -> None:
    # "İ" lower-cases to two characters: positions in the whole story move after it.
    moved = [article("1", "İzmir police said 3 people were hurt."), *STORY]
    scan = StoryScan.of(moved)
    assert len(scan.lowered) != len(scan.joined)
    assert read(find_claims(moved)) == one_by_one(moved)


def test_no_articles_and_empty_articles_give_nothing() -> None:
    assert find_claims([]) == []
    assert find_claims([[], []]) == []
    assert find_differences([]) == ()


def test_each_claim_cue_family_has_its_finder() -> None:
    assert len(CLAIM_CUES) == len(_CUED)
