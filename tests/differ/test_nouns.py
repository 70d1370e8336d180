"""Figures of any noun ("150 passengers", "six counts of fraud"), and the cases in which two
such figures are no difference: ranges, vagueness, two figures of one noun in a sentence,
amounts measured at different places."""

from newsfuse.differ import find_differences
from newsfuse.differ.counts import figure_starts, figures
from newsfuse.differ.frame import frame
from newsfuse.differ.plurals import plural
from tests.differ.stories import counts, found, sentences


def test_a_figure_of_any_plural_noun_is_a_count_of_that_noun() -> None:
    assert counts("The ferry carried 150 stranded passengers across the bay.") == [
        ("noun:passenger/", "150")
    ]
    assert counts("She faces six counts of burglary in the county court.") == [
        ("noun:count of burglary/", "6")
    ]
    # A people's adjective is part of the noun; any other capitalised word ends the phrase.
    assert counts("The ferry carried 150 Korean passengers across the bay.") == [
        ("noun:Korean passenger/", "150")
    ]
    assert counts("The ferry carried 150 Ostvik passengers across the bay.") == []


def test_two_figures_of_one_noun_in_a_sentence_count_two_things() -> None:
    assert counts("The ferry carried 150 passengers out and 120 passengers back.") == []


def test_what_a_noun_is_of_tells_two_counts_apart() -> None:
    two_charges = (
        "Tom Brell faces two counts of assault and five counts of third degree trespass at"
        " the Norland rail depot."
    )
    assert counts(two_charges) == [
        ("noun:count of assault/", "2"),
        ("noun:count of trespass/", "5"),
    ]
    six = "Police said Tom Brell was charged with six counts of trespass at the Norland depot."
    assert found(two_charges, six) == [("Number of counts of trespass", ["5", "6"])]


def test_a_figure_fused_with_its_noun_is_a_count_of_that_noun() -> None:
    assert found(
        "The Tallon, a 72-storey tower, is the tallest building in Norland, its owners said.",
        "The Tallon, the tallest building in Norland, has 87 storeys, its owners said.",
    ) == [("Number of floors", ["72", "87"])]  # storeys and floors are one noun


def test_a_figure_a_category_names_is_counted_once() -> None:
    assert counts("The base lies 90 miles north of Port Delray, officials said.") == [
        ("distance:Port Delray/", "90")
    ]


def test_figures_of_one_noun_that_differ() -> None:
    assert found(
        "The ferry to Kelling Island carried 150 stranded passengers when it sank in the bay.",
        "The ferry to Kelling Island carried 210 passengers when it sank in the bay.",
    ) == [("Number of passengers", ["150", "210"])]


def test_agreeing_figures_of_one_noun_give_no_difference() -> None:
    agreeing = [
        ("The ferry to Kelling Island carried about 150 passengers when it sank in the bay.",
         "The ferry to Kelling Island carried 160 passengers when it sank in the bay."),
        ("The ferry to Kelling Island carried at least 150 passengers when it sank in the bay.",
         "The ferry to Kelling Island carried 170 passengers when it sank in the bay."),
        ("A lab test found the wrist monitors were off by 20 beats per minute in hard exercise.",
         "Testers said the wrist monitors were off by 20 or 30 beats per minute in exercise."),
        ("A lab test found the wrist monitors were off by 20 beats per minute in hard exercise.",
         "Testers said the wrist monitors were off by between 10 and 30 beats per minute."),
    ]  # fmt: skip
    for texts in agreeing:
        assert find_differences(sentences(*texts)) == (), texts


def test_amounts_measured_at_different_places_give_no_difference() -> None:
    assert (
        found(
            "The blizzard dropped as much as 13 inches of snow on parts of central Ostria.",
            "The town of Belmar, Ostria, got 16 inches of snow from the blizzard on Friday.",
        )
        == []
    )
    assert found(
        "The blizzard dropped 13 inches of snow on the town of Belmar, forecasters said.",
        "The blizzard left 16 inches of snow on the town of Belmar, forecasters said.",
    ) == [("Figure in inches of snow", ["13", "16"])]


def test_a_day_is_no_place() -> None:
    assert frame("A bomb killed at least three people on Sunday, monitors said.", 26).place == ""
    assert frame("Snow fell on portions of central Ostria, 13 inches deep.", 40).place == "ostria"


def test_plural() -> None:
    assert [plural(n) for n in ("story", "inch", "passenger", "day", "box")] == [
        "stories",
        "inches",
        "passengers",
        "days",
        "boxes",
    ]


def test_the_day_after_a_month_is_no_count() -> None:
    assert counts("Dog lost at Pellham station on August 24 still missing.") == []
    assert counts("Dog lost at Pellham station; 24 still missing.") == [("missing/", "24")]


def test_a_rank_or_no_one_is_no_count() -> None:
    assert counts("She holds the record for the most No. 1 songs on the club chart.") == []
    assert counts("No one wants to talk about the three mayors.") == [("noun:mayor/", "3")]
    assert counts("Mice learned across a 4- and 24-h delay.") == []


def test_a_part_of_someones_group_is_no_count() -> None:
    assert counts("Nine of Port Alden's 10 police officers backed the chief.") == []
    assert counts("Port Alden's 10 police officers backed the chief.") == [("noun:officer/", "10")]


def test_a_figure_may_start_at_a_only_before_its_second_word() -> None:
    text = "A man saw a Dozen boats, a thousand fans and a pair of dogs."
    assert figure_starts(text) == (10, 25, 45)  # not "A man"
    assert [f.number for f in figures(text)] == ["a Dozen", "a thousand", "a pair of"]
    # Where lower-casing moves positions ("İ" is two letters lower-cased), every "a" stays.
    assert figure_starts("İ saw a man and a dozen boats.") == (7, 17)


def test_the_words_before_a_figure_are_read_as_the_pattern_reads_them() -> None:
    from newsfuse.differ import patterns as p
    from newsfuse.differ.counts import _may_follow_no_count_word

    words = [*p.NOT_BEFORE_COUNT_WORDS, "killing", "ſept", "ınto", "Including", "no.", "x"]
    befores = ["", "eight ", "3 ", "(", "of the", "Xincluding", "one ", "2 people "]
    texts = [f"{b}{w}{sep}12" for b in befores for w in words for sep in (" ", ". ", "  ", "\n")]
    for text in texts:
        start = len(text) - 2
        if p.NOT_BEFORE_COUNT.search(text, max(0, start - 12), start):
            assert _may_follow_no_count_word(text, start), text
    assert not _may_follow_no_count_word("They killed 12", 12)
    assert _may_follow_no_count_word("eight of 20", 9)


def test_a_figure_of_a_noun_is_read_as_its_plain_form_read_it() -> None:
    # speed38: the hedge is read after the noun, and the range only when its rest follows;
    # the plain form (range and hedge first, then the tail) is the reference.
    from newsfuse.differ import patterns as p
    from newsfuse.differ.counts import _figure, _generic, _noun_of, _spanning

    texts = [
        "The ferry carried between 30 and 40 passengers across the bay.",
        "The ferry carried about 30 to 40 stranded passengers and 3 or 4 cars.",
        "Some 150 homes burned; more than 2,000 people and 12 of them fled by 9 p.m.",
        "He had 3 and then 4 cats, rose from 15 to 20 points and won 5-4.",
    ]
    for text in texts:
        for start in figure_starts(text):
            match = p.NOUN_FIGURE.match(text, start)
            if match is None:
                continue
            figure = _spanning(text, _figure(text, match))
            tail = p.NOUN_TAIL.match(text, figure.end)
            counted = _generic(tail) if tail else None
            plain = None if tail is None or counted is None else (figure, tail.span(), counted)
            read = _noun_of(text, match)
            assert (read and (read[0], read[1].span(), read[2])) == plain, text[start:]
    assert counts(texts[0]) == [("noun:passenger/", "30 to 40")]
