"""Score candidate sentences with a linear model over standardised features.

The weights were learned on the Multi-News dev set (see ``benchmarks/train_scorer.py``) and
ship as ``weights.json`` beside this module, so a brief never needs a download.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

import numpy as np

from newsfuse.errors import ConfigError
from newsfuse.rank.features import FEATURE_NAMES
from newsfuse.rank.story import FloatArray


@dataclass(frozen=True, slots=True)
class LinearScorer:
    """``score = ((x - mean) / scale) @ coef + intercept`` over ``FEATURE_NAMES``."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    name: str = "linear"

    def __post_init__(self) -> None:
        sizes = {len(self.mean), len(self.scale), len(self.coef)}
        if sizes != {len(FEATURE_NAMES)}:
            raise ConfigError(
                f"scorer needs {len(FEATURE_NAMES)} weights, one per feature, got {sorted(sizes)}"
            )

    def score(self, features: FloatArray) -> FloatArray:
        standardised = (features - np.asarray(self.mean)) / np.asarray(self.scale)
        return np.asarray(standardised @ np.asarray(self.coef) + self.intercept, dtype=np.float64)

    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "features": list(FEATURE_NAMES),
                "mean": list(self.mean),
                "scale": list(self.scale),
                "coef": list(self.coef),
                "intercept": self.intercept,
            },
            indent=1,
        )


def scorer_from_json(text: str) -> LinearScorer:
    """Load a scorer, checking that it was trained on the features this version computes."""
    data = json.loads(text)
    if tuple(data["features"]) != FEATURE_NAMES:
        raise ConfigError("the scorer's weights were trained on other features; retrain them")
    return LinearScorer(
        mean=tuple(data["mean"]),
        scale=tuple(data["scale"]),
        coef=tuple(data["coef"]),
        intercept=float(data["intercept"]),
        name=str(data.get("name", "linear")),
    )


def default_scorer() -> LinearScorer:
    """The scorer shipped with newsfuse."""
    text = resources.files("newsfuse.rank").joinpath("weights.json").read_text(encoding="utf-8")
    return scorer_from_json(text)
