import numpy as np

from newsfuse import Article, Settings
from newsfuse.rank.runs import opens_well, shortlist
from newsfuse.rank.story import prepare_story

OPENING = "A fire tore through the grain terminal at Port Halden on Tuesday night."


def _usable(reports: list[str]) -> dict[str, bool]:
    """Each sentence of the reports, and whether the pool lets it enter a brief."""
    articles = [Article(id=str(n), text=text) for n, text in enumerate(reports, 1)]
    story = prepare_story(articles, Settings())
    pool = shortlist(story, np.ones(len(story.candidates)))
    return {
        story.candidates[position].text: bool(pool.usable[row])
        for row, position in enumerate(pool.positions)
    }


def test_a_writers_opinion_stays_out_and_the_same_words_with_their_speaker_enter() -> None:
    usable = _usable(
        [
            f"{OPENING}\n\n"
            "It's hard to see why anyone would store grain on that quay again.\n\n"
            "Let's be honest: the harbour board ignored every warning.\n\n"
            "It is unclear whether the terminal will reopen before the harvest.",
            "Flames rose over the Port Halden grain terminal late on Tuesday.\n\n"
            '"The board ignored every warning," said the dock worker Sam Reyes.',
        ]
    )
    assert not usable["It's hard to see why anyone would store grain on that quay again."]
    assert not usable["Let's be honest: the harbour board ignored every warning."]
    assert usable["It is unclear whether the terminal will reopen before the harvest."]
    assert usable['"The board ignored every warning," said the dock worker Sam Reyes.']


def test_a_line_about_another_story_stays_out() -> None:
    usable = _usable(
        [
            f"{OPENING}\n\n"
            "Firefighters from Halden and Morvik fought the blaze until dawn.\n\n"
            "In other news, the town's bakery won a national prize.\n\n"
            "Kestrel Air is expected to open a route to Lisbon in June.",
            "The grain terminal at Port Halden burned through Tuesday night.\n\n"
            "Firefighters said the blaze started in a conveyor belt.",
        ]
    )
    assert usable["Firefighters from Halden and Morvik fought the blaze until dawn."]
    assert not usable["In other news, the town's bakery won a national prize."]
    assert not usable["Kestrel Air is expected to open a route to Lisbon in June."]


def test_a_brief_does_not_open_on_an_address_to_the_reader() -> None:
    assert opens_well(OPENING)
    assert not opens_well(
        "Imagine the quay at Port Halden on Tuesday night as the terminal burned."
    )
    assert not opens_well("Grain farmers in the valley will pay for your cheap bread this winter.")
