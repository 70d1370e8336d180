"""Each condition of rank.incidents pinned by invented reports: a test here fails when its
condition is taken out (the commit that added them says which removal each catches)."""

import pytest

from newsfuse import Settings
from newsfuse.pipeline import build
from newsfuse.rank.incidents import StoryNames, adjectives, other_incidents, same_name
from newsfuse.rank.story import prepare_story
from newsfuse.text.names import spelled_alike
from tests.rank.test_incidents import (
    ALICANTE_WRECK,
    EARLIER_CRASH,
    FOLLOW_UP,
    LIGURIA_WRECK,
    MAPLE_ROAD_CRASH,
    found,
    report,
)

# A vigil for the crash's victim, told in other words than the crash (the cosine of the two
# reports is about 0.05): its protagonist is the pastor, and whom it mourns is a line.
VIGIL = """Pastor Janet Brooks opened the church hall on Sunday evening for a candlelight vigil.
Brooks said more than two hundred people came to sing hymns and pray together.
{who} sang in the choir every week for ten years, Brooks told the congregation.
Children lit candles on the steps while Brooks read a psalm aloud."""


def test_a_report_unlike_the_storys_naming_nobody_of_it_is_another_incident() -> None:
    # (The look-alike of the next two tests: the vigil names nobody of the crash.)
    vigil = VIGIL.format(who="A friend")
    assert found(report("a", MAPLE_ROAD_CRASH), report("b", vigil)) == {"b": frozenset({"Brooks"})}


def test_a_report_naming_the_storys_protagonist_is_no_other_incident() -> None:
    # Whitfield is the crash report's protagonist: the vigil is hers.
    vigil = VIGIL.format(who="Whitfield")
    assert found(report("a", MAPLE_ROAD_CRASH), report("b", vigil)) == {}


def test_a_report_calling_the_protagonist_by_the_given_name_alone_is_no_other_incident() -> None:
    # The crash report prints "Dana Whitfield"; the vigil says "Dana" only
    # (``StoryNames.full_names``).
    vigil = VIGIL.format(who="Dana")
    assert found(report("a", MAPLE_ROAD_CRASH), report("b", vigil)) == {}


@pytest.mark.parametrize("before", ["in", "off", "near"])
def test_a_name_after_in_off_or_near_is_a_place_and_nobodys_protagonist(before: str) -> None:
    # "Halden" is printed most, each time as a place; Osborne is the report's protagonist.
    text = f"""Crews fought a fire {before} Halden on Tuesday, Osborne said.
    Osborne said the fire {before} Halden began at dawn. Osborne said the smoke {before}
    Halden cleared by noon. A second team {before} Halden stayed until night."""
    names = StoryNames.of(prepare_story([report("a", text)], Settings()))
    assert "Halden" in names.places
    assert names.protagonists("a") == frozenset({"Osborne"})


def test_the_names_are_read_only_when_the_brief_took_a_report_little_like_its_own() -> None:
    story = prepare_story([report("a", ALICANTE_WRECK), report("b", LIGURIA_WRECK)], Settings())
    assert other_incidents(story, "a", taken=["a"]) == {}
    assert other_incidents(story, "a", taken=["a", "b"]) == {"b": frozenset({"Bruni"})}


def test_a_report_much_like_the_storys_is_the_same_incident_whoever_it_names() -> None:
    # The same wreck told through the museum's director, who is never named in the first
    # report (a cosine of about 0.8: ``OTHER_INCIDENT_REPORT_COSINE``).
    director = ALICANTE_WRECK.replace("The team's leader, Marta Ruiz,", "The museum's director,")
    director = director.replace("Ruiz's", "Ortega's").replace("Ruiz", "Ortega")
    assert found(report("a", ALICANTE_WRECK), report("b", director)) == {}


def test_a_contraction_is_no_name() -> None:
    text = """Don't expect the divers to raise the jars before the storms end, Ruiz said.
    Couldn't the museum pay for a second boat, the mayor asked Ruiz at the meeting.
    We'll know what the ship carried when the first jars come up, Ruiz's team said.
    Don't forget that the wreck has waited two thousand years for us, said a diver.
    Couldn't the jars break on the way up, asked a reporter on the quay at noon.
    We'll lift them slowly in nets, one at a time, the team's boat captain said."""
    counts = StoryNames.of(prepare_story([report("a", text)], Settings())).counts["a"]
    assert counts["Ruiz"] == 3
    assert not {"Don't", "Couldn't", "We'll"} & set(counts)


def test_words_that_open_sentences_in_capitals_are_no_names() -> None:
    # "However" and "According" open a line each time and are never printed in small
    # letters: without ``_NOT_NAMES`` they were the report's protagonists.
    text = """However, the jars were found. According to Ruiz, they are Roman. Tuesday was
    calm. However, the sea rose. According to the team, Ruiz was pleased. Tuesday ended.
    However, divers stayed. According to reporters, Ruiz smiled. Tuesday passed. However,
    it rained. According to police, the boat left. Tuesday came."""
    names = StoryNames.of(prepare_story([report("a", text)], Settings()))
    assert not {"However", "According"} & set(names.counts["a"])
    assert names.protagonists("a") == frozenset({"Ruiz"})


def test_a_surname_made_with_son_is_another_name_but_an_ending_is_not() -> None:
    # As ``text.names.spelled_alike`` reads them (review43's F3).
    for one, other in (("Williams", "Williamson"), ("Roberts", "Robertson")):
        assert not same_name(one, other) and not spelled_alike(one, other)
    assert not same_name("Harris", "Harrison")
    for one, other in (
        ("Venezuela", "Venezuelan"),
        ("Kardashian", "Kardashians"),
        ("Johnson", "Johnsons"),
        ("Palestine", "Palestinian"),
    ):
        assert same_name(one, other) and same_name(other, one)


def test_a_report_about_williamson_is_another_incident_than_one_about_williams() -> None:
    crash = MAPLE_ROAD_CRASH.replace("Whitfield", "Williams")
    vigil = VIGIL.format(who="A friend").replace("Brooks", "Williamson")
    assert found(report("a", crash), report("b", vigil)) == {"b": frozenset({"Williamson"})}


# The wreck's report printing "Roman" more often than its leader's name, and never after a
# word of place ("near the Roman stern" made it a place, which no protagonist is: the test
# of adjectives was then not what kept it out).
ROMAN_WRECK = (
    ALICANTE_WRECK
    + """
The Roman hull is the best kept found in Spain, and Roman coins lay beside it.
Ruiz said the Roman crew probably reached the shore.
Roman jars and a Roman anchor lay by the Roman stern."""
)


def _names(*texts: str) -> StoryNames:
    articles = [report(chr(ord("a") + n), text) for n, text in enumerate(texts)]
    return StoryNames.of(prepare_story(articles, Settings()))


def test_an_adjective_printed_most_is_no_protagonist() -> None:
    assert _names(ROMAN_WRECK).protagonists("a") == frozenset({"Ruiz"})


def test_an_adjective_in_an_opening_is_none_of_its_names() -> None:
    # "Marine archaeologists have found a Roman merchant ship off Alicante, ..."
    assert "Roman" not in _names(ALICANTE_WRECK).opening_names("a")


def test_an_adjective_before_a_stop_word_is_a_name() -> None:
    # "Roman and ...": a name before a small word of the stop list, as a person's is.
    assert adjectives(["A Roman ship.", "Roman and the ship sank."]) == frozenset()


def test_an_adjective_in_a_hyphened_word_is_still_an_adjective() -> None:
    # "Italian-born" says nothing either way: it neither makes "Italian" a name ...
    texts = ["An Italian-born chef.", "An Italian chef."]
    assert adjectives(texts) == frozenset({"Italian"})
    # ... nor does it when only the words asked for are read.
    assert adjectives(texts, ["Italian"]) == frozenset({"Italian"})


def test_a_report_that_names_the_others_person_twice_tells_no_other_incident() -> None:
    # The crash report names the coroner more than in passing (``BACKGROUND_MENTIONS``):
    # the vigil she leads is of the story, not another incident.
    crash = MAPLE_ROAD_CRASH + (
        "\nA coroner, Janet Brooks, said an autopsy found no alcohol in her blood."
        "\nBrooks said the cause of death was a head injury."
    )
    assert found(report("a", crash), report("b", VIGIL.format(who="A friend"))) == {}


def test_a_line_of_names_alone_does_not_tell_the_other_reports_matter() -> None:
    # "Peter Osgood" is most of the background line's words: names aside, it shares too
    # few with the earlier crash's report to tell it, and the warning still calls that
    # crash another incident.
    own = MAPLE_ROAD_CRASH + "\nTroopers recalled that Peter Osgood died nearby."
    articles = [report("1", own), report("2", EARLIER_CRASH), report("3", FOLLOW_UP)]
    brief = build(Settings(words=230)).brief(articles)
    assert any("another incident, about Osgood" in w for w in brief.warnings)
