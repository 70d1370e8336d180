"""Conditions of ``text.lede.reacts_to_the_unnamed`` that the tests of ``test_lede`` leave
open, each pinned by an invented sentence (review46: a test here fails when its condition
is taken out)."""

from newsfuse.text.lede import reacts_to_the_unnamed


def test_called_that_names_a_thing_is_no_reaction() -> None:
    # "a band called the hollow men": "called" after a noun with its article names it.
    assert not reacts_to_the_unnamed("Lena Moss joined a band called the hollow men last year.")


def test_a_known_things_possessive_says_which_thing() -> None:
    # "the president's plan" is the president's: the reader knows which.
    assert not reacts_to_the_unnamed("Lena Moss called the president's plan a disgrace.")
    assert reacts_to_the_unnamed("Lena Moss called the harbour's plan a disgrace.")
