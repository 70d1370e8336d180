import pytest

from newsfuse.text.encoding import is_damaged, repaired


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("“The pier held,\ufffd? she said.", "“The pier held,” she said."),
        ("the word “pier\ufffd? appears twice", "the word “pier” appears twice"),
        ("(“a harbour town\ufffd?)", "(“a harbour town”)"),
        ("“It is over.\ufffd?", "“It is over.”"),
    ],
)
def test_the_lost_closing_quotation_mark_is_put_back(damaged: str, fixed: str) -> None:
    assert repaired(damaged) == fixed


@pytest.mark.parametrize(
    "kept",
    [
        "Jos\ufffd?e Ortiz spoke.",  # inside a word it stood for a letter: left alone
        "a lone \ufffd? after a space",
        "Is the pier open? Yes.",
        "Plain ASCII text about the harbour.",
        "Café, naïve, São Paulo, “quoted” — and ¿qué?",
    ],
)
def test_text_without_a_repairable_form_is_unchanged(kept: str) -> None:
    assert repaired(kept) == kept


def test_mojibake_is_undone() -> None:
    fixed = "The harbour’s café — “finally.”"
    assert repaired("The harbourâ€™s cafÃ© â€” â€œfinally.â€\x9d") == fixed


def test_a_character_lost_for_good_is_damage() -> None:
    text = "Jos\ufffd Ortiz spoke. The pier held."
    assert is_damaged(text)
    assert is_damaged(text, 0, 18)
    assert not is_damaged(text, 19)
