"""A sentence in the middle of a long quotation (its marks and its speaker in the sentences
around it) enters a brief only with the sentences before it (issue 18, read42: dev 0010's
"They blur reality and fiction quite often." read as the writer's own claim)."""

import numpy as np

from newsfuse import Article, Settings
from newsfuse.rank.backbone import BackboneSettings, select_backbone
from newsfuse.rank.story import PreparedStory, prepare_story

OPENING = "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said."
MIDDLE = "Grain terminals burn far hotter than anyone in the port expects."
LONG_QUOTE = (
    "“We had crews on the quay by midnight. The wind was against us from the start. "
    "The flames reached the silos within the hour. The roof fell in before dawn. "
    f"{MIDDLE} We will rebuild it,” fire chief Marta Lind said of the Port Halden terminal."
)
AFTER = "The terminal stores wheat for farmers across the northern valleys of the region."


def _story(*texts: str) -> PreparedStory:
    articles = [Article(id=str(n), text=text) for n, text in enumerate(texts, start=1)]
    return prepare_story(articles, Settings())


def _brief(story: PreparedStory, favoured: str, words: int) -> list[str]:
    scores = np.array([5.0 if s.text == favoured else 1.0 for s in story.candidates])
    scores[0] = 6.0
    choice = select_backbone(story, scores, words, BackboneSettings.of(Settings()))
    assert choice is not None
    return [story.candidates[p].text for p in choice.order]


def test_the_middle_of_a_long_quotation_comes_with_the_sentences_before_it() -> None:
    story = _story(f"{OPENING}\n\n{LONG_QUOTE}\n\n{AFTER}")
    texts = [s.text for s in story.candidates]
    assert MIDDLE in texts  # (the segmenter keeps three sentences of a quotation whole)
    brief = _brief(story, MIDDLE, 200)
    at = brief.index(MIDDLE)  # (a brief with room for the run takes it)
    assert brief[at - 1] == texts[texts.index(MIDDLE) - 1]
    # In a brief too short for the run, the middle does not enter alone.
    assert MIDDLE not in _brief(story, MIDDLE, 40)


def test_a_sentence_after_a_closed_quotation_or_before_an_opening_one_stands_alone() -> None:
    closed = "“We had crews on the quay by midnight,” fire chief Marta Lind said."
    story = _story(f"{OPENING}\n\n{closed} {MIDDLE}\n\n{AFTER}")
    assert MIDDLE in _brief(story, MIDDLE, 40)
    # A quotation that opens after it in its paragraph.
    later = "“We will rebuild it,” fire chief Marta Lind said."
    story = _story(f"{OPENING}\n\n{MIDDLE} {later}\n\n{AFTER}")
    assert MIDDLE in _brief(story, MIDDLE, 40)
