import pytest

from newsfuse.documents import Sentence
from newsfuse.errors import EvaluationError
from newsfuse.eval.baselines import baseline, lead, opening, pack_in_order, random_pick


def article(article_id: str, *texts: str) -> list[Sentence]:
    return [Sentence(article_id, i, 0, len(t), t) for i, t in enumerate(texts)]


ARTICLES = [
    article("1", "A1 first sentence here now.", "A1 second sentence is here.", "A1 third one."),
    article("2", "B2 first sentence here now.", "B2 second sentence is here."),
]


def test_pack_never_exceeds_the_budget_and_skips_what_does_not_fit() -> None:
    assert pack_in_order(["one two three", "four five six seven", "eight"], 4) == [
        "one two three",
        "eight",
    ]


def test_lead_takes_first_sentences_round_robin() -> None:
    assert lead(ARTICLES, 15) == [
        "A1 first sentence here now.",
        "B2 first sentence here now.",
        "A1 second sentence is here.",
    ]


def test_random_is_seeded() -> None:
    assert random_pick(ARTICLES, 12, seed=1) == random_pick(ARTICLES, 12, seed=1)


@pytest.mark.parametrize("name", ["lexrank", "textrank"])
def test_sumy_baselines_run_offline_within_budget(name: str) -> None:
    chosen = baseline(name)(ARTICLES, 12)
    assert chosen and sum(len(t.split()) for t in chosen) <= 12
    assert set(chosen) <= {s.text for a in ARTICLES for s in a}


def test_unknown_baseline() -> None:
    with pytest.raises(EvaluationError, match="unknown baseline"):
        baseline("gpt")


def test_opening_is_the_longest_report_up_to_the_first_sentence_that_does_not_fit() -> None:
    assert opening(ARTICLES, 10) == ["A1 first sentence here now.", "A1 second sentence is here."]
    assert opening(ARTICLES, 4) == []
