"""Each cue form of rank.passages and where a passage ends, pinned by invented reports: a
test here fails when its form or its end is taken out (the commit that added them says
which removal each catches)."""

import pytest

from newsfuse import Article, Settings
from newsfuse.rank.passages import passages
from newsfuse.rank.story import prepare_story
from tests.rank.test_passages import WRECK, position, story_of

CUE = "It's not the first Roman wreck found along this coast in recent years."


@pytest.mark.parametrize(
    "cue",
    [
        "This is not the first Roman wreck found along this coast in recent years.",
        "That was not the first Roman wreck found along this coast in recent years.",
        "In a separate case, another Roman wreck was found along this coast in recent years.",
        "In an unrelated incident, another wreck was found along this coast in recent years.",
        "In another case, a Roman wreck was found along this coast in recent years.",
        "Meanwhile, off Spain's east, a Roman wreck was found along the coast in recent years.",
        "Elsewhere in Spain, another Roman wreck was found along the coast in recent years.",
    ],
)
def test_each_cue_form_opens_a_passage_of_another_wreck(cue: str) -> None:
    story = story_of(WRECK.replace(CUE, cue))
    first, denia, bruni = (position(story, s) for s in ("Marine", "In 2019", "Bruni said"))
    assert passages(story, "a", [first, denia, bruni]) == [denia, denia + 1, bruni]


def test_a_passage_ends_before_the_line_that_names_the_storys_protagonist() -> None:
    # Two lines of the other wreck, then Ruiz again: the story is back, and her line stays.
    short = WRECK.replace(
        "Bruni said the two ships may have sailed the same route two centuries apart.\n", ""
    )
    story = story_of(short)
    first, denia, back = (position(story, s) for s in ("Marine", "In 2019", "Ruiz's team"))
    assert back == denia + 2
    assert passages(story, "a", [first, denia, back]) == [denia, denia + 1]


def test_a_passage_ends_with_its_report() -> None:
    # The cue is its report's last line but two: the next report's lines are not its own.
    ending = WRECK.split("It's not the first")[0] + (
        "It's not the first Roman wreck found along this coast in recent years.\n"
        "In 2019, police divers located the remains of a smaller vessel off Denia, near Valencia."
    )
    other = """Luca Bruni, who led a team from Genoa, said the Denia ship carried wine jars.
    Bruni said the two ships may have sailed the same route two centuries apart."""
    articles = [Article(id=i, text=" ".join(t.split())) for i, t in (("a", ending), ("b", other))]
    story = prepare_story(articles, Settings())
    first, denia, genoa = (position(story, s) for s in ("Marine", "In 2019", "Luca Bruni"))
    assert passages(story, "a", [first, denia, genoa]) == [denia]


def test_a_passage_holds_three_lines_after_its_cue_at_most() -> None:
    # A fourth line of the other wreck that names nobody of the story is no longer its
    # passage (``PASSAGE_LINES``).
    longer = WRECK.replace(
        "Ruiz's team will raise",
        "That vessel now rests in a museum in Valencia, where visitors see its jars.\n"
        "Ruiz's team will raise",
    )
    story = story_of(longer)
    first, denia, fourth = (position(story, s) for s in ("Marine", "In 2019", "That vessel"))
    assert passages(story, "a", [first, denia, fourth]) == [denia, denia + 1, denia + 2]
