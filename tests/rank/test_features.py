import numpy as np

from newsfuse import Article, Settings
from newsfuse.rank.features import FEATURE_NAMES, feature_matrix, lexrank_scores, story_ranks
from newsfuse.rank.story import prepare_story


def test_one_finite_row_per_candidate(two_reports: list[str]) -> None:
    articles = [Article(id=str(i), text=t) for i, t in enumerate(two_reports, 1)]
    story = prepare_story(articles, Settings())
    matrix = feature_matrix(story)
    assert matrix.shape == (len(story.candidates), len(FEATURE_NAMES))
    assert np.isfinite(matrix).all()


def test_single_article_story_has_no_cross_source_support(two_reports: list[str]) -> None:
    story = prepare_story([Article(id="1", text=two_reports[0])], Settings())
    matrix = feature_matrix(story)
    column = FEATURE_NAMES.index("mean_support")
    assert np.isfinite(matrix).all() and (matrix[:, column] == 0).all()


def test_lexrank_favours_the_central_sentence() -> None:
    similarity = np.array([[1, 0.5, 0.5], [0.5, 1, 0.0], [0.5, 0.0, 1]])
    scores = lexrank_scores(similarity)
    assert scores[0] > scores[1] and abs(scores.mean() - 1) < 1e-9


def test_story_ranks_are_scipys_ordinal_ranks() -> None:
    from scipy.stats import rankdata

    values = np.random.default_rng(0).integers(0, 4, size=(50, 6)).astype(np.float64)
    expected = (rankdata(-values, axis=0, method="ordinal") - 1.0) / 49
    assert np.array_equal(story_ranks(values), expected)
