import re

from hypothesis import given
from hypothesis import strategies as st

from newsfuse.text.tokens import word_tokens

# The tokens' definition: word_tokens splits texts without an apostrophe on the characters
# that are not in it, which must give the same tokens.
_WORD = re.compile(r"[0-9a-z]+(?:'[a-z]+)*")


def by_pattern(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def test_tokens_of_unusual_characters_are_the_pattern_s() -> None:
    for text in (
        "Kelvin \u212a İstanbul ſtraße naïve café—x’y 'tis o'2 5's a''b",
        "x² ¹ ﬁne ﬂow ÀÉÎ x\u0130y",
        "A\tB\nC\x0bD\x1cE\x85F\u2028G 3.5% $20,000 e-mail U.S.",
        "",
        "   ",
    ):
        assert word_tokens(text) == by_pattern(text)


@given(st.text(alphabet=st.sampled_from("aZ09 '’-.\u212aİſé²\n\t\x85—"), max_size=40))
def test_tokens_are_the_pattern_s(text: str) -> None:
    assert word_tokens(text) == by_pattern(text)


@given(st.text(max_size=40))
def test_tokens_of_any_text_are_the_pattern_s(text: str) -> None:
    assert word_tokens(text) == by_pattern(text)
