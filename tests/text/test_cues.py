"""Cue words found once per text, and the lower case of long texts, in bounded memory."""

import pytest

from newsfuse.text import cues
from newsfuse.text.cues import CueFinder, lower_case


def test_a_long_text_is_searched_in_pieces_with_the_same_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    finder = CueFinder([["fire", "harbour fire"], ["crane"]])
    text = "the harbour fire spread. a crane fell. " * 40
    whole = finder.positions(text)
    # Pieces of 7 characters: cues cross every boundary ("harbour fire" is 12 long).
    monkeypatch.setattr(cues, "SEARCH_CHARS", 7)
    assert finder.positions(text) == whole
    assert finder.found(text) == {0, 1}


def test_a_long_text_that_is_not_ascii_is_lowered_in_pieces_as_a_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Über DEN Hafen ’Brand’\nΟΔΟΣ ΣΤΗΝ ΠΟΛΗ\nİstanbul ĞÜŞ\n" * 50
    monkeypatch.setattr(cues, "LOWER_PIECE_CHARS", 10)
    assert lower_case(text) == text.lower()
