import numpy as np

from newsfuse import Article, Settings
from newsfuse.rank.select import reading_order, select_groups
from newsfuse.rank.story import prepare_story
from newsfuse.text.tokens import word_count

TEXT = (
    "The river rose two metres overnight in the town of Ashby, officials said.\n\n"
    "The river rose two metres overnight in the town of Ashby on Monday, officials said.\n\n"
    "Schools in the valley were closed and buses were cancelled until further notice.\n\n"
    "He said the water would fall again by the end of the week at the latest."
)


def test_redundant_and_over_budget_sentences_are_passed_over() -> None:
    story = prepare_story([Article(id="1", text=TEXT)], Settings())
    scores = np.array([3.0, 2.9, 1.0, 5.0])
    chosen = select_groups(story, scores, words=30, mmr_lambda=0.5, redundancy_cosine=0.35)
    texts = [story.candidates[i].text for i in chosen]
    assert texts[0].startswith("The river rose") and len(texts) == 2
    assert sum(word_count(t) for t in texts) <= 30
    # "He said ..." leans on a sentence that was not chosen, so it stays out.
    assert not any(t.startswith("He said") for t in texts)


def test_reading_order_follows_article_position() -> None:
    story = prepare_story([Article(id="1", text=TEXT)], Settings())
    assert reading_order(story, [2, 0]) == [0, 2]
