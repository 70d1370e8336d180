import pytest

from newsfuse.documents import Sentence
from newsfuse.text.trim import trim_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DENVER (AP) — Snow fell.", "Snow fell."),
        ("ALLENTOWN, Pa. - The dogs were rescued.", "The dogs were rescued."),
        ("LONDON (Reuters) - Shares rose.", "Shares rose."),
        ("(CNN) -- A man was arrested.", "A man was arrested."),
        ("US President Lee said so.", "US President Lee said so."),
    ],
)
def test_trims_datelines_and_keeps_offsets_exact(text: str, expected: str) -> None:
    article = "Intro. " + text
    sentence = Sentence("1", 1, 7, len(article), text)
    trimmed = trim_dateline(sentence)
    assert trimmed.text == expected
    assert article[trimmed.start : trimmed.end] == expected
