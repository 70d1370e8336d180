import pytest

from newsfuse.text.stopwords import ENGLISH_STOP_WORDS


def test_the_copy_equals_scikit_learns_list() -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    assert text.ENGLISH_STOP_WORDS == ENGLISH_STOP_WORDS
