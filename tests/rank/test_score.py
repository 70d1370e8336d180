import numpy as np
import pytest

from newsfuse.errors import ConfigError
from newsfuse.rank.features import FEATURE_NAMES
from newsfuse.rank.score import LinearScorer, default_scorer, scorer_from_json


def test_shipped_weights_match_the_features() -> None:
    scorer = default_scorer()
    assert len(scorer.coef) == len(FEATURE_NAMES)
    assert scorer_from_json(scorer.to_json()) == scorer


def test_score_is_standardised_linear() -> None:
    n = len(FEATURE_NAMES)
    scorer = LinearScorer((1.0,) * n, (2.0,) * n, (1.0,) + (0.0,) * (n - 1), 0.5)
    features = np.full((1, n), 3.0)
    assert scorer.score(features).tolist() == [1.5]


def test_weights_for_other_features_are_refused() -> None:
    with pytest.raises(ConfigError, match="one per feature"):
        LinearScorer((0.0,), (1.0,), (1.0,), 0.0)
    text = default_scorer().to_json().replace('"log_words"', '"renamed"')
    with pytest.raises(ConfigError, match="retrain"):
        scorer_from_json(text)
