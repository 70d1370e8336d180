import pytest

from newsfuse.eval.rouge import clean_reference, lines_for_lsum, score_summary


def test_a_summary_equal_to_its_reference_scores_100() -> None:
    text = "The port closed on Tuesday.\nTwo workers were hurt."
    score = score_summary(text, "– The port closed on Tuesday. Two workers were hurt.")
    assert (score.rouge1, score.rouge2, score.rougeLsum) == (100.0, 100.0, 100.0)


def test_disjoint_summary_scores_0() -> None:
    score = score_summary("Apples grow.", "Rockets launch quickly.")
    assert (score.rouge1, score.rouge2, score.rougeLsum) == (0.0, 0.0, 0.0)


def test_stemming_is_on() -> None:
    assert score_summary("workers closing", "worker closed").rouge1 == 100.0


def test_partial_overlap_is_f1() -> None:
    # 2 of 4 summary unigrams match 2 of 2 reference unigrams: P=.5, R=1, F1=2/3.
    assert score_summary("storm hit coast today", "storm hit").rouge1 == pytest.approx(66.667, 0.01)


def test_reference_dash_is_removed_and_lines_are_sentences() -> None:
    assert clean_reference("– Hello there.") == "Hello there."
    assert lines_for_lsum("One is here. Two is here.") == "One is here.\nTwo is here."
    assert lines_for_lsum("Kept as is.\nSecond line.") == "Kept as is.\nSecond line."
