import pytest

from newsfuse import ConfigError, Settings


def test_defaults_are_valid_and_hash_stably() -> None:
    assert Settings().digest() == Settings().digest()
    assert Settings(words=100).digest() != Settings().digest()


@pytest.mark.parametrize(
    ("field", "value"), [("words", 3), ("mmr_lambda", 1.5), ("syndication_jaccard", 0.0)]
)
def test_out_of_range_settings_say_what_is_allowed(field: str, value: float) -> None:
    with pytest.raises(ConfigError, match=f"{field} must be between .* got {value}"):
        Settings(**{field: value})  # type: ignore[arg-type]


def test_an_unknown_selection_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="selection must be one of backbone, runs, got 'mosaic'"):
        Settings(selection="mosaic")
