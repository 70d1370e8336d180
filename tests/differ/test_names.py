from newsfuse.differ.names import near_spellings, spelled_two_ways
from newsfuse.documents import Sentence


def sentences(*texts: str) -> list[Sentence]:
    return [Sentence(str(i), 0, 0, len(t), t) for i, t in enumerate(texts, start=1)]


def test_one_letter_changed_left_out_or_swapped() -> None:
    names = ["Jonathan", "Jonathon", "Annette", "Anette", "Pasztor", "Pastzor"]
    assert sorted(near_spellings(names)) == [
        ("Anette", "Annette"),
        ("Jonathan", "Jonathon"),
        ("Pastzor", "Pasztor"),
    ]


def test_inflections_and_other_words_are_not_spellings() -> None:
    names = ["Korea", "Korean", "Democrat", "Democrats", "Mohamed", "Ahmed", "Marie", "Maria"]
    assert list(near_spellings(names)) == []


def test_a_full_name_spelled_two_ways_across_reports() -> None:
    story = sentences(
        "Coach Jonathan Magwood was hurt at the banquet.",
        "Union City coach Jonathon Magwood broke two vertebrae.",
    )
    assert list(spelled_two_ways(story)) == [("Jonathan", "Jonathon")]


def test_two_names_in_one_sentence_or_a_word_in_lower_case_are_not_a_spelling() -> None:
    both = sentences("Rachid Redouane and Rachid Radouane were named.", "Rachid Redouane fled.")
    assert list(spelled_two_ways(both)) == []
    word = sentences("While White House aides met, the aides waited.", "White House aides said.")
    assert list(spelled_two_ways(word)) == []


def test_a_single_name_without_a_full_name_to_match_is_left_alone() -> None:
    assert list(spelled_two_ways(sentences("Jonathan was hurt.", "Jonathon broke a bone."))) == []


def test_british_and_american_spellings_are_not_a_name_spelled_two_ways() -> None:
    story = sentences(
        "The Australian Defence Vessel Ocean Shield searched the area.",
        "Divers of the Australian Defense Force searched the area.",
    )
    assert list(spelled_two_ways(story)) == []
