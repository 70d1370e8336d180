import re
from pathlib import Path

from newsfuse.rank.features import FEATURE_NAMES
from tests.benchmarks.conftest import RunScript


def test_train_scorer_prints_cross_validated_rouge_and_every_weight(
    run_script: RunScript, stories_jsonl: Path
) -> None:
    # Never --write: that would replace src/newsfuse/rank/weights.json.
    out = run_script("train_scorer", "--data", stories_jsonl, "--folds", 2, "--words", 40)
    first, *weights = out.splitlines()
    assert re.fullmatch(
        r"2-fold CV on 3 clusters, 40 words: R1 [\d.]+  R2 [\d.]+  RLsum [\d.]+", first
    )
    assert sorted(line.split()[0] for line in weights) == sorted(FEATURE_NAMES)
