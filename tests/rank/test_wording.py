"""A sentence that restates another in other words, and one that shares no word with others."""

from __future__ import annotations

from newsfuse.rank.wording import (
    QUOTED_RESTATED_SHARE,
    QUOTED_RESTATED_WORDS,
    introduces_again,
    names_in,
    names_someone_unmet,
    opens_on_same_name,
    quotes_someone_unknown,
    restates,
    stands_apart,
    stem,
    words_of,
)

_read = words_of


def _restates(one: str, other: str, *more: str) -> bool:
    """Whether ``one`` restates ``other``, names read in both and ``more``."""
    return restates(words_of(one), words_of(other), names_in([one, other, *more]))


def test_a_short_sentence_inside_a_long_one_restates_it_and_not_the_other_way() -> None:
    short = "Officials said the inquiry is ongoing."
    long = (
        "Harbour officials would not comment because, they say, the inquiry into the sinking"
        " is ongoing, but two clerks were dismissed."
    )
    assert _restates(short, long)
    assert not _restates(long, short)


def test_forms_of_a_word_meet_and_verbs_of_reporting_do_not_count() -> None:
    assert [stem(t) for t in ("charged", "charging", "charges", "charge")] == ["charg"] * 4
    assert _restates(
        "Mara Lind revealed her engagement in April.",
        "After announcing her engagement on a podcast in April, Mara Lind said little.",
    )


def test_a_new_name_or_a_shared_figure_alone_is_a_new_fact() -> None:
    earlier = "Fire chief Marta Lind said the blaze at the terminal was contained."
    assert not _restates("Mayor Ivo Brandt said the blaze was contained.", earlier)
    assert not _restates("The boy is now 18.", "The boy told her he was 18 when they met in Ashby.")
    # A word the earlier sentence lacks: "tour" is news.
    assert not _restates("Lind will tour the terminal Monday.", earlier)


def test_a_name_that_opens_both_sentences_is_known_as_one_from_a_third() -> None:
    one = "Ortega-Vale knows what to do with actors too."
    other = "Ortega-Vale knows he must go big, and his film does: the sets are vast."
    # Read alone, the name is two plain words the other sentence has.
    assert _restates(one, other)
    assert not _restates(one, other, "The film was directed by Lia Ortega-Vale.")


def test_a_sentence_that_shares_no_word_stands_apart() -> None:
    brief = [
        _read("A fire tore through the grain terminal at Port Halden."),
        _read("Crews fought the blaze for six hours."),
    ]
    assert stands_apart(_read("Tickets for the autumn regatta go on sale next month."), brief)
    assert not stands_apart(_read("The terminal will reopen next week."), brief)
    # A word of the stop list that tells what the story is about is a shared word.
    assert not stands_apart(_read("The fire was the worst in decades."), brief)


def test_a_full_name_among_the_first_words_introduces_a_named_person_again() -> None:
    lind = frozenset({"Lind"})
    assert introduces_again("Veteran fire chief Marta Lind grew up by the bay.", lind)
    assert introduces_again("In Marta Lind's first year, the brigade doubled.", lind)
    # Look-alikes: in a quotation, named late, after a role alone, or someone else.
    assert not introduces_again('"Marta Lind grew up by the bay," a pilot said.', lind)
    assert not introduces_again("The brigade grew for years under fire chief Marta Lind.", lind)
    assert not introduces_again("Her deputy Lind grew up by the bay.", lind)
    assert not introduces_again("Veteran pilot Ove Brandt grew up by the bay.", lind)


def test_a_speaker_given_as_one_of_many_or_by_a_nickname_is_nobody_the_reader_knows() -> None:
    assert quotes_someone_unknown('"Nobody slept," one farmer said.')
    assert quotes_someone_unknown('"Nobody slept," another dock worker told the radio.')
    assert quotes_someone_unknown('"Nobody slept," the pilot often dubbed "the Owl" said.')
    # Look-alikes: a speaker named, a role or body the reader can place, no quotation.
    assert not quotes_someone_unknown('"Nobody slept," farmer Ed Moss said.')
    assert not quotes_someone_unknown('"Nobody slept," a port official said.')
    assert not quotes_someone_unknown('"Nobody slept," the union said.')
    assert not quotes_someone_unknown("One farmer said nobody slept.")


def test_a_person_given_by_one_name_the_brief_never_printed_is_unmet() -> None:
    before = ["Fire chief Marta Lind said crews fought the blaze."]
    assert names_someone_unmet('"We drifted apart," Ostrander said.', before)
    assert names_someone_unmet("The port will reopen in May, Ostrander says.", before)
    assert names_someone_unmet("Ostrander was dead within a year.", before)
    assert names_someone_unmet('"Nobody slept," Ostrander told the Gazette.', before)
    # Look-alikes: a person the brief has named, one the sentence introduces itself, a
    # plural or a firm opening the sentence, a speaker then a quotation.
    assert not names_someone_unmet('"We drifted apart," Lind said.', before)
    assert not names_someone_unmet('"We drifted apart," Chief Ed J. Ostrander said.', before)
    assert not names_someone_unmet("Activists said the port should stay shut.", before)
    assert not names_someone_unmet('Ostrander said: "We drifted apart."', before)


def test_a_paraphrase_shares_fewer_of_a_quotations_words_than_a_restatement() -> None:
    quoted = words_of('"No one was hurt and the cause is not known," the fire chief said.')
    told = words_of("Officials said no one was hurt at the terminal and the cause is not known.")
    assert not restates(told, quoted, frozenset())
    assert restates(told, quoted, frozenset(), QUOTED_RESTATED_SHARE, QUOTED_RESTATED_WORDS)


def test_a_sentence_opens_on_a_person_again_only_by_the_same_name_as_its_subject() -> None:
    lind = frozenset({"Lind"})
    before = "Crews led by fire chief Marta Lind saved the silos."
    assert opens_on_same_name("Marta Lind grew up by the bay.", lind, before)
    assert opens_on_same_name("Veteran fire chief Marta Lind grew up by the bay.", lind, before)
    # Look-alikes: a namesake, the name after a clause, in a possessive, joined to another
    # subject or late in the sentence, and a quotation.
    for text in (
        "Mayor Eva Lind left.",
        "In 2012, Marta Lind moved to the port.",
        "Marta Lind's crews saved the silos.",
        "Jo Berg and his Marta Lind tribute band played.",
        "The brigade grew for years under fire chief Marta Lind.",
        '"Marta Lind grew up by the bay," a pilot said.',
    ):
        assert not opens_on_same_name(text, lind, before), text
