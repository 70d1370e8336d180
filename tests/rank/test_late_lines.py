"""A brief that stops short of its budget takes last a line from outside the shortlist
(``rank.backbone._late_lines``), and only a plain statement that tells something new."""

import numpy as np
import pytest

from newsfuse import Article, Settings
from newsfuse.rank import runs
from newsfuse.rank.backbone import BackboneSettings, select_backbone
from newsfuse.rank.story import PreparedStory, prepare_story

COURIER = [
    "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.",
    "Fire chief Marta Lind said crews fought the blaze at the terminal for six hours.",
    "The terminal stores wheat for farmers across the northern valleys of the region.",
]
RADIO = [
    "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours.",
]
# A new fact of the story, outside the shortlist, that fits the words the brief leaves.
LOSSES = "Insurers put the losses at the grain terminal near four million dollars on Wednesday."


def _story(courier: list[str], radio: list[str]) -> PreparedStory:
    articles = [
        Article(id="1", text="\n\n".join(courier)),
        Article(id="2", text="\n\n".join(radio)),
    ]
    return prepare_story(articles, Settings())


def _brief(story: PreparedStory, shortlisted: list[str], words: int = 200) -> list[str]:
    # The shortlist's lines score high, the rest low: with ``runs.SHORTLIST`` at 3 groups
    # (below), only the reports' openings and those lines are shortlisted.
    scores = np.array([3.0 if s.text in shortlisted else 0.1 for s in story.candidates])
    choice = select_backbone(story, scores, words, BackboneSettings.of(Settings()))
    assert choice is not None
    return [story.candidates[p].text for p in choice.order]


@pytest.fixture(autouse=True)
def _short_shortlist(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runs, "SHORTLIST", 3)


def _with(line: str) -> list[str]:
    """The brief of the fire with ``line`` in the radio report, outside the shortlist."""
    story = _story(COURIER, [*RADIO, line])
    assert line in [s.text for s in story.candidates]
    return _brief(story, COURIER + RADIO)


def test_a_new_fact_outside_the_shortlist_ends_a_brief_that_has_the_words_for_it() -> None:
    texts = _with(LOSSES)
    assert texts[-1] == LOSSES
    assert texts[:-1] == COURIER  # (the radio's opening is a second lede)


def test_a_line_taken_last_never_takes_the_brief_past_its_budget() -> None:
    story = _story(COURIER, [*RADIO, LOSSES])
    length = {s.text: story.words[p] for p, s in enumerate(story.candidates)}
    taken = set()
    for words in range(40, 80):
        texts = _brief(story, COURIER + RADIO, words)
        assert sum(length[text] for text in texts) <= words
        if LOSSES in texts:
            taken.add(words)
    assert taken  # (some of these budgets leave it the words)


@pytest.mark.parametrize(
    "line",
    [
        # an instruction to the reader
        "Follow the Port Halden terminal on Twitter for news of the grain fire.",
        # a word pointing back to what its report told before it
        "Insurers there put the losses at the grain terminal near four million dollars.",
        "Insurers instead put the losses at the grain terminal near four million dollars.",
        "Of the four, two grain terminal workers lost their homes near the harbour.",
        # a pronoun whose person or thing is in a line before
        "Harbour crews watched it burn from the far side of the grain terminal all night.",
        # another matter, sharing no name or event word with the brief
        "The city council will vote on new parking rules for the market square next month.",
        # a fact the brief tells, in other words
        "A blaze tore through the Port Halden grain terminal on Tuesday night, officials said.",
        # a person by surname alone, whom the brief never introduced
        "Okafor said the grain terminal had passed its last fire inspection in May.",
    ],
)
def test_a_line_that_would_read_badly_last_is_not_taken(line: str) -> None:
    # (A quotation: it names Okafor, and is never taken last itself.)
    radio = [*RADIO, '"It was built to last," said dock manager Ben Okafor of the terminal.']
    story = _story(COURIER, [*radio, line])
    assert line not in _brief(story, COURIER + RADIO)


def test_a_quotation_outside_the_shortlist_is_not_taken_last() -> None:
    line = '"We lost a year of grain at the terminal in one night," Marta Lind said.'
    assert line not in _with(line)
