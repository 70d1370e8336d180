"""The patterns read in the words before a figure, searched only where a cue word holds
(``patterns.WindowPattern``): the same matches as the plain pattern."""

import random
import re

from newsfuse.differ import patterns as p

WINDOWED = {
    "BEFORE_HEAD": (p.BEFORE_HEAD, 40),
    "INVERTED_HEAD": (p.INVERTED_HEAD, 70),
    "TOLL_HEAD": (p.TOLL_HEAD, 110),
    "LATER": (p.LATER, 60),
}


def _words_of(pattern: re.Pattern[str]) -> list[str]:
    """The words a pattern's source spells out, whole and cut ("cancell" of "cancell?ing")."""
    return re.findall(r"[A-Za-z]+", pattern.pattern)


def test_the_cue_test_finds_what_the_pattern_finds_on_made_up_texts() -> None:
    # Windows before every position of made-up texts: the pattern's own words (in any
    # case, with letters a case-insensitive pattern reads as others: "ſ", the kelvin sign),
    # the table's phrases, figures and punctuation, against the plain pattern's search.
    rng = random.Random(40)
    phrases = [
        "claimed the lives of", "claiming the lives of", "forcing the evacuation of",
        "cancelling", "canceling", "cancelled", "canceled", "a total of", "all", "death toll",
        "number of people", "went up", "been revised upward", "has since", "more than doubled",
        "among the", "in the blast", "waſ", "iſ", "\u212aILLED", "kilLed", "İs", "12", "three",
        ",", ".", "'", "’", "-", "the", "police", "said",
    ]  # fmt: skip
    matched = 0
    for name, (windowed, reach) in WINDOWED.items():
        pieces = _words_of(windowed.pattern) + phrases
        for _ in range(3000):
            words = [rng.choice(pieces) for _ in range(rng.randint(1, 10))]
            words = [w.upper() if rng.random() < 0.1 else w for w in words]
            text = "".join(w + rng.choice(["", " ", " ", " ", "  ", "\n"]) for w in words)
            for end in range(len(text) + 1):
                start = max(0, end - reach)
                plain = windowed.pattern.search(text, start, end)
                found = windowed.search(text, start, end)
                assert (found and found.span()) == (plain and plain.span()), (name, text, end)
                matched += plain is not None
    assert matched > 10_000  # the made-up texts reach the patterns' matches


def test_every_category_verb_and_toll_noun_holds_a_cue() -> None:
    # The tables others extend: a verb without a cue word would never be searched for.
    for windowed, table in ((p.BEFORE_HEAD, p.CATEGORY_BEFORE), (p.TOLL_HEAD, p.TOLL_NOUNS)):
        for value in table.values():
            for alternative in _alternatives(value):
                shortest = re.sub(r"\(\?:[^()]*\)\?|.\?|[()?:]|\\s\+", "", alternative).lower()
                assert any(cue in shortest for cue in windowed.cues), alternative


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source, inside its outer group if any."""
    if source.startswith("(?:") and source.endswith(")"):
        source = source[3:-1]
    alternatives, depth, start = [], 0, 0
    for at, character in enumerate(source):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if character == "|" and depth == 0:
            alternatives.append(source[start:at])
            start = at + 1
    return [*alternatives, source[start:]]
