import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfuse.text.segment import segment_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in segment_sentences("a", text)]


def test_splits_on_sentence_ends_and_lines() -> None:
    assert texts("The port closed. Ships waited!\nA new paragraph") == [
        "The port closed.",
        "Ships waited!",
        "A new paragraph",
    ]


def test_keeps_abbreviations_initials_and_acronyms_inside_a_sentence() -> None:
    text = "Mr. Lee met Dr. Ana F. Costa in the U.S. capital at 3 p.m. Friday. Talks ended."
    assert texts(text) == [
        "Mr. Lee met Dr. Ana F. Costa in the U.S. capital at 3 p.m. Friday.",
        "Talks ended.",
    ]


def test_a_plural_title_does_not_end_a_sentence() -> None:
    text = "Only two senators voted no: Sens. Ana Ortiz and Jo Lee. The bill passed."
    assert texts(text) == [
        "Only two senators voted no: Sens. Ana Ortiz and Jo Lee.",
        "The bill passed.",
    ]


def test_splits_sentences_a_scraper_glued_together() -> None:
    assert texts("They went to a Shia shrine.Iran has remained an ally.") == [
        "They went to a Shia shrine.",
        "Iran has remained an ally.",
    ]


def test_keeps_a_quotation_of_several_sentences_whole() -> None:
    text = '"We did not withdraw. We left one building," he said. Fighting went on.'
    assert texts(text) == [
        '"We did not withdraw. We left one building," he said.',
        "Fighting went on.",
    ]


def test_question_inside_quote_followed_by_lowercase_does_not_split() -> None:
    assert texts('"Is there something wrong with it?" fan Jo Dee asked.') == [
        '"Is there something wrong with it?" fan Jo Dee asked.'
    ]


def test_indexes_count_from_zero_per_article() -> None:
    sentences = segment_sentences("7", "One is here. Two is here.")
    assert [(s.article_id, s.index) for s in sentences] == [("7", 0), ("7", 1)]


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"“”A'")), max_size=200))
def test_offsets_always_slice_the_text_exactly_in_order(text: str) -> None:
    sentences = segment_sentences("a", text)
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The robot was knocked over last week."I think this is a first," one woman said.',
            ["The robot was knocked over last week.", '"I think this is a first," one woman said.'],
        ),
        ("It ended.“We won,” she said.", ["It ended.", "“We won,” she said."]),
        ('He said "stop."Then he left.', ['He said "stop."', "Then he left."]),
    ],
)
def test_a_quotation_glued_to_the_sentence_before_opens_the_next(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in segment_sentences("a", text)] == expected


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A hyphenated rank is an abbreviation as a whole.
        ("Police, Det.-Sgt. Ana Ortiz said on Friday, found the boat.", 1),
        ("Call Lt.-Col. Jo Lee at the pier.", 1),
        # Two sentences a scraper glued after an acronym of three or more capitals.
        ("The quake was mapped by the USGS.Geologists studied the fault.", 2),
        ("A friend tells PEOPLE.Ortiz, 68, left Halden in May.", 2),
        # Look-alikes: dotted acronyms and courtesy titles stay whole.
        ("The U.S.Army said so on Friday.", 1),
        ("Mr. Lee and Dr.Ortiz met at the pier.", 1),
    ],
)
def test_ranks_and_glued_acronyms(text: str, pieces: int) -> None:
    assert len(segment_sentences("1", text)) == pieces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An exclamation and its speaker's tag are one sentence.
        (
            '"Close the quay!" Ana Ortiz shouted. "Now."',
            ['"Close the quay!" Ana Ortiz shouted.', '"Now."'],
        ),
        ('"We did it!" Lee wrote on Twitter.', ['"We did it!" Lee wrote on Twitter.']),
        ('"Okay!" Ortiz said loudly.', ['"Okay!" Ortiz said loudly.']),
        ('"Go home!" said Jo Lee.', ['"Go home!" said Jo Lee.']),
        # Look-alikes: a sentence of its own after the exclamation, or a pronoun's; a
        # question's tag stays apart, as before (``segment._SPEECH_TAG``).
        (
            '"Fair votes now!" He said the office had failed.',
            ['"Fair votes now!"', "He said the office had failed."],
        ),
        ('"Is it safe?" Ortiz asked.', ['"Is it safe?"', "Ortiz asked."]),
        (
            '"Ferries run!" Port Halden reopened the quay on Friday.',
            ['"Ferries run!"', "Port Halden reopened the quay on Friday."],
        ),
    ],
)
def test_an_exclamation_keeps_its_speakers_tag(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An exclamation inside a name: the words after it end the subject before its verb.
        (
            "The film, made with Hop To It! Harbour Studios, was shown on Friday. It ran late.",
            [
                "The film, made with Hop To It! Harbour Studios, was shown on Friday.",
                "It ran late.",
            ],
        ),
        (
            "She told E! News on Friday that she left.",
            ["She told E! News on Friday that she left."],
        ),
        # Look-alikes: a sentence opening on a name and a comma, then anything but a verb.
        (
            "We won! Ana Ortiz, the mayor, said so.",
            ["We won!", "Ana Ortiz, the mayor, said so."],
        ),
        ("Run! Jo Lee shouted.", ["Run!", "Jo Lee shouted."]),
    ],
)
def test_an_exclamation_inside_a_name_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
