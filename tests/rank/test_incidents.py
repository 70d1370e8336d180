"""Reports of another incident of the story's kind (rank.incidents), with invented reports:
two shipwrecks, a crash and an earlier crash on the same road, and the look-alikes that
must stay (a follow-up of the same crash, a report that names a past crash in one line)."""

from collections import Counter

import pytest

from newsfuse import Article, Settings
from newsfuse.pipeline import build
from newsfuse.rank.incidents import (
    StoryNames,
    adjectives,
    one_name,
    other_incidents,
    protagonists,
    same_name,
    whole_names,
)
from newsfuse.rank.story import PreparedStory, prepare_story

ALICANTE_WRECK = """Marine archaeologists have found a Roman merchant ship off Alicante, in
southeast Spain, a mile from the shore.
The team's leader, Marta Ruiz, said the hull lies under 70 feet of water and holds
hundreds of jars of fish sauce.
Ruiz said the ship probably sank in a storm on its way to Rome from the port of Cadiz.
Divers first saw the site in 2000, but the find was confirmed only this spring.
The jars still carry their seals, and Ruiz's team will raise a few of them next month.
"It is a jewel of the ancient trade," Ruiz told reporters in Alicante on Tuesday."""

LIGURIA_WRECK = """Italian police divers have located the remains of an ancient vessel off
Liguria, near the port of Varazze.
The wreck was spotted by sonar during a survey of the seabed, said Luca Bruni, who leads
the underwater unit.
Bruni said the ship carried amphorae and sank in the first or second century.
It is the first deep-sea Roman wreck found off the Ligurian coast, Bruni added.
The site will be guarded while experts decide how to study it, according to Bruni's
office in Genoa."""

MAPLE_ROAD_CRASH = """A 34-year-old woman was killed Friday night when her car left Route 9
near Millbrook and struck a tree, state police said.
The driver, Dana Whitfield of Poughkeepsie, was pronounced dead at the scene.
Troopers said Whitfield was driving north in heavy rain shortly before 11 p.m.
Whitfield's passenger, a 29-year-old man, was taken to a hospital with minor injuries.
The road was closed for three hours while investigators examined the wreck.
Police said speed may have been a factor and that the investigation continues.
Whitfield had worked nights as a nurse at the county hospital, a colleague said.
Neighbors in Poughkeepsie described her as a careful driver who knew the road well.
The state transportation department said it would review the lighting at the bend.
Anyone who saw the crash is asked to call the barracks in Millbrook."""

EARLIER_CRASH = """Residents are again asking for a guardrail on a stretch of Route 9 where
Peter Osgood died last year.
Osgood, a retired teacher, lost control of his truck on the curve south of Millbrook in
October 2022.
His widow, Ellen Osgood, has collected 600 signatures for the county to act.
"Nothing has been done since Peter died," Osgood said at a town meeting in Millbrook.
The county says a study of the curve is planned for next spring."""

FOLLOW_UP = """The family of Dana Whitfield, the Poughkeepsie woman who died in a crash on
Route 9, said Sunday that she was on her way home from a night shift.
Her brother, Sam Whitfield, said she had worked at the county hospital for ten years.
A coroner, Janet Brooks, said an autopsy found no alcohol in her blood.
Brooks said the cause of death was a head injury.
A memorial service will be held Thursday, Brooks said, reading the family's statement."""

FOLLOW_UP_NAMING_THE_PAST = (
    FOLLOW_UP + "\nIn October 2022, a retired teacher died on the same curve of Route 9."
)


def report(id_: str, text: str) -> Article:
    return Article(id=id_, text=" ".join(text.split()))


def found(*articles: Article, own: str = "a") -> dict[str, frozenset[str]]:
    return other_incidents(prepare_story(list(articles), Settings()), own)


def test_a_report_of_another_shipwreck_tells_another_incident() -> None:
    assert found(report("a", ALICANTE_WRECK), report("b", LIGURIA_WRECK)) == {
        "b": frozenset({"Bruni"})
    }


def test_an_earlier_crash_on_the_same_road_is_another_incident() -> None:
    # The road and the town are the same: places two incidents share do not make them one.
    assert found(report("a", MAPLE_ROAD_CRASH), report("b", EARLIER_CRASH)) == {
        "b": frozenset({"Osgood"})
    }


def test_the_story_naming_the_other_crash_once_still_keeps_it_apart() -> None:
    # A line of background in the brief's own report does not make the other crash the
    # story.
    own = MAPLE_ROAD_CRASH + "\nTroopers recalled that Osgood was killed nearby in 2022."
    reports = report("a", own), report("b", EARLIER_CRASH), report("c", FOLLOW_UP)
    assert found(*reports) == {"b": frozenset({"Osgood"})}


def test_a_follow_up_with_new_people_is_the_same_incident() -> None:
    assert found(report("a", MAPLE_ROAD_CRASH), report("b", FOLLOW_UP)) == {}


def test_a_report_naming_a_past_crash_in_one_line_is_the_same_incident() -> None:
    assert found(report("a", MAPLE_ROAD_CRASH), report("b", FOLLOW_UP_NAMING_THE_PAST)) == {}


def test_a_report_calling_the_protagonist_by_the_given_name_is_the_same_incident() -> None:
    # The own report prints "Dana Whitfield"; a report that says "Dana" names her.
    dana = FOLLOW_UP.replace("Dana Whitfield", "Dana").replace("Sam Whitfield", "Sam")
    dana = dana.replace("her blood", "Dana's blood") + "\nDana loved the road, Sam said."
    assert found(report("a", MAPLE_ROAD_CRASH), report("b", dana)) == {}


def test_a_report_without_protagonists_is_not_judged() -> None:
    abstract = """We measured the deceleration of passenger cars leaving wet roads at
    curves. Vehicles that struck trees at more than 50 miles per hour caused fatal head
    injuries in most cases. Guardrails reduced the energy of impact by a third."""
    assert found(report("a", MAPLE_ROAD_CRASH), report("b", abstract)) == {}


def test_protagonists_are_the_most_printed_names_but_places() -> None:
    names = Counter(Whitfield=4, Millbrook=5, Brooks=2)
    assert protagonists(names, frozenset({"Millbrook"})) == frozenset({"Whitfield"})
    assert protagonists(Counter(Brooks=2), frozenset()) == frozenset()


def test_names_in_capitals_and_common_words_are_not_names() -> None:
    text = "OMG, said the Police. Police said police work is hard. Whitfield's car left Route 9."
    names = StoryNames.of(prepare_story([report("a", text * 3)], Settings()))
    assert "OMG" not in names.counts["a"]
    assert "Police" not in names.counts["a"]
    assert names.counts["a"]["Whitfield"] == 3


def test_one_name_spelled_with_an_ending_is_one_name() -> None:
    assert same_name("Venezuela", "Venezuelan")
    assert not same_name("Osgood", "Oswald")


def test_a_brief_tells_no_line_of_another_incident() -> None:
    # Without the test, the brief of the crash ended on lines of the earlier crash.
    crash, earlier, follow_up = MAPLE_ROAD_CRASH, EARLIER_CRASH, FOLLOW_UP
    articles = [report("1", crash), report("2", earlier), report("3", follow_up)]
    brief = build(Settings(words=230)).brief(articles)
    assert {c.article_id for s in brief.sentences for c in s.citations} == {"1", "3"}
    assert any("another incident" in w and "Osgood" in w for w in brief.warnings)


def test_a_brief_reads_a_storys_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The test and the warning's wording ask for the first story's names; one reading serves
    # both (the story chosen again without the other crash is read once more).
    read: list[int] = []
    story_names = StoryNames.of

    def counted(story: PreparedStory) -> StoryNames:
        read.append(id(story))
        return story_names(story)

    monkeypatch.setattr(StoryNames, "of", staticmethod(counted))
    articles = [report("1", MAPLE_ROAD_CRASH), report("2", EARLIER_CRASH), report("3", FOLLOW_UP)]
    build(Settings(words=230)).brief(articles)
    assert read and len(read) == len(set(read))


# A two-line report that prints no name three times: what it is about is in its opening.
CEREAL_PLANT = """Harlow Mills, citing the collapse of the country's economy, said Tuesday it
was closing the cereal plant that employed 300 workers near the capital.
"The situation no longer allows us to operate," the Ohio-based maker of breakfast cereal
said in a statement."""

TISSUE_FACTORY = """The government has said it seized a factory owned by the paper maker
Brandt-Weller after the firm halted its operations.
Brandt-Weller had said it could no longer obtain pulp and chemicals to make tissues.
The labour minister said the closure was illegal and that the factory had reopened under
the control of its workers.
Brandt-Weller, which makes nappies and tissues, said it regretted the decision."""


def test_a_short_report_is_known_by_the_names_of_its_opening() -> None:
    # Harlow Mills is printed once: the opening names the story; the seized factory of
    # another firm, named in that report's own opening, is another incident.
    assert found(report("a", CEREAL_PLANT), report("b", TISSUE_FACTORY)) == {
        "b": frozenset({"Brandt-Weller"})
    }


def test_another_report_of_the_same_place_is_the_same_incident_by_the_opening() -> None:
    # The short report opens on a speaker; another report of the same ambush "in Garoua"
    # quotes other officials and names the place, not the speaker.
    speaker = """Defence Minister Paul Okafor said on Thursday the army did not yet know how
    the patrol was ambushed in Garoua last week. "We will say more when we know more,"
    the minister told reporters."""
    same = """Soldiers are still searching the hills where the patrol was attacked in Garoua.
    Colonel Ngassa said the attackers fled on motorcycles. Ngassa said four soldiers died.
    A local chief said villagers heard gunfire for an hour, and Ngassa's men arrived later."""
    assert found(report("a", speaker), report("b", same)) == {}


def test_a_report_whose_most_printed_name_is_not_in_its_opening_stays() -> None:
    # A paper whose most printed name is a unit does not say up front whose incident it is.
    paper = """These experiments show that the clock integrates light over milliseconds.
    Furthermore, the response did not depend on the colour of the light.
    Flashes at 0.5 Hz shifted the phase; flashes at 2 Hz did not, and 8 Hz pulses were as
    weak as continuous light at low Hz counts."""
    assert found(report("a", CEREAL_PLANT), report("b", paper)) == {}


def test_a_capitalised_first_word_is_a_name_only_if_printed_within_a_line() -> None:
    # "Harlow" opens a line but is printed within another: a name; "Measurements" is not.
    text = """Measurements of the speed of the cars were taken by the team on the road at
    night. Harlow Mills said on Tuesday that it was closing the plant near the capital city.
    The plant of Harlow Mills employed three hundred workers from the town for years."""
    names = StoryNames.of(prepare_story([report("a", text)], Settings()))
    assert "Measurements" not in names.opening_names("a")
    assert {"Harlow", "Mills"} <= names.opening_names("a")


def test_a_warning_names_protagonists_whole() -> None:
    # "England" and "York" were printed as halves of New England and New York.
    text = "Snow fell on New England. New York froze. New England and New York shivered."
    assert whole_names(text, ["England", "York"]) == ["New England", "New York"]
    assert whole_names("Bruni said so. Bruni's office and Luca Bruni.", ["Bruni"]) == ["Bruni"]
    # A sentence's first word is part of the name only if printed inside a sentence too.
    text = "Top Obama adviser David Axelrod spoke. Axelrod said Obama won. The Obama team agreed."
    assert whole_names(text, ["Obama", "Axelrod"]) == ["David Axelrod", "Obama"]


def test_a_brief_that_opens_on_the_other_incident_keeps_the_storys_report() -> None:
    # The brief of these two opens on the earlier crash's report; without the Whitfield
    # report it would be five lines of another crash, so the brief that cites both stands
    # (pipeline.INCIDENT_FULLNESS) and no report is said to be set apart.
    articles = [report("1", MAPLE_ROAD_CRASH), report("2", EARLIER_CRASH)]
    brief = build(Settings(words=230)).brief(articles)
    cited = {c.article_id for s in brief.sentences for c in s.citations}
    assert cited == {"1", "2"}
    assert not any("another incident" in w for w in brief.warnings)


def test_a_brief_set_apart_from_another_incident_takes_no_headline_of_it() -> None:
    osgood = "Widow of Route 9 crash victim Peter Osgood asks county for a guardrail"
    articles = [
        report("1", MAPLE_ROAD_CRASH),
        Article("2", report("2", EARLIER_CRASH).text, title=osgood),
        report("3", FOLLOW_UP),
    ]
    brief = build(Settings(words=230)).brief(articles)
    cited = {c.article_id for s in brief.sentences for c in s.citations}
    assert cited == {"1", "3"}
    assert brief.title != osgood


# Two ballot measures of one election night: one county's, and a state proposition whose
# report cites a newspaper named after the county's city.
COUNTY_MEASURE = """A measure that would require bus drivers to take rest breaks every two
hours in Orange Vale County was approved by voters on Tuesday.
The measure won 56% of the vote after a long campaign by the drivers' union."""

PROPOSITION_12 = """Supporters of Proposition 12 conceded defeat early on Wednesday at a
party in Fresno, after the returns showed the labelling measure losing by six points.
Proposition 12 would have required a label on every bottle of imported olive oil, the
Orange Vale Herald reported on Monday.
Growers spent millions against Proposition 12, and its backers said they would try again.
Maria Lopez, who led the campaign, said Proposition 12 had been outspent ten to one."""


def test_names_that_share_their_first_words_are_two_names() -> None:
    # "Orange Vale Herald" is not the "Orange Vale County" of the brief's report: compared a
    # word at a time, "Vale" was shared and the proposition's report was the same incident.
    assert found(report("a", COUNTY_MEASURE), report("b", PROPOSITION_12)) == {
        "b": frozenset({"Proposition"})
    }


def test_a_report_naming_the_same_county_whole_is_the_same_measure() -> None:
    same = " ".join(PROPOSITION_12.split()).replace(
        "the Orange Vale Herald reported", "officials in Orange Vale County said"
    )
    assert found(report("a", COUNTY_MEASURE), report("b", same)) == {}


def test_one_person_named_two_ways_is_one_name() -> None:
    assert one_name(("Officer", "Wilson"), ("Darren", "Wilson"))
    assert one_name(("Wilson",), ("Darren", "Wilson"))
    assert one_name(("Darren",), ("Darren", "Wilson"))
    assert not one_name(("Los", "Angeles", "County"), ("Los", "Angeles", "Times"))
    assert not one_name(("Mike", "Enoch"), ("Mike", "Cernovich"))


def test_a_report_calling_the_protagonist_by_title_and_surname_is_the_same_incident() -> None:
    # The own report prints "Dana Whitfield"; a follow-up prints "Nurse Whitfield".
    nurse = FOLLOW_UP.replace("Dana Whitfield", "Nurse Whitfield") + (
        "\nColleagues said Nurse Whitfield never missed a shift."
    )
    assert found(report("a", MAPLE_ROAD_CRASH), report("b", nurse)) == {}


def test_two_incidents_in_one_city_are_two_by_their_people() -> None:
    # Both crashes are "near Millbrook" and both reports print "Millbrook Fire Department".
    crash = MAPLE_ROAD_CRASH + "\nThe Millbrook Fire Department cut the passenger free."
    earlier = EARLIER_CRASH + "\nThe Millbrook Fire Department was called to the curve then."
    assert found(report("a", crash), report("b", earlier)) == {"b": frozenset({"Osgood"})}


# The Alicante wreck's report, printing "Roman" more often than its leader's name.
ROMAN_WRECK = (
    ALICANTE_WRECK
    + """
The Roman hull is the best kept found in Spain, and Roman coins lay beside it.
Ruiz said the Roman crew probably reached the shore.
Roman jars and a Roman anchor lay near the Roman stern."""
)


def test_an_adjective_of_a_people_is_no_protagonist() -> None:
    # "Roman" printed more often than "Ruiz" made the wreck's report "about" Roman, and the
    # Ligurian wreck, which prints "Roman wreck", was then the same incident.
    assert found(report("a", ROMAN_WRECK), report("b", LIGURIA_WRECK)) == {
        "b": frozenset({"Bruni"})
    }
    names = StoryNames.of(prepare_story([report("a", ROMAN_WRECK)], Settings()))
    assert names.protagonists("a") == frozenset({"Ruiz"})


def test_a_person_whose_name_has_an_adjectives_ending_is_a_name() -> None:
    texts = ["A Roman ship sank.", "Roman Empire coins.", "Ryan saw a Ryan fan.", "Ryan said so."]
    assert adjectives(texts) == frozenset({"Roman"})
    # "Italian" inside a name ("Italian Coast Guard") and nowhere before a small word stays.
    assert adjectives(["The Italian Coast Guard said so."]) == frozenset()
    # A person called Roman speaks and is spoken of: a name.
    assert adjectives(["Roman said the ship sank.", "The Roman ship, Roman added."]) == frozenset()


# A roundup of Sunday's shows: a senator's interview on a trade deal, then a line on each of
# two other shows. The story is the senator's; one other show has a report of its own.
SUNDAY_ROUNDUP = """Senator Alma Ridgeway said Sunday that the trade deal with Korvania
would cost the state thousands of factory jobs. Ridgeway, who sits on the finance committee,
told a morning news show that she would vote against the deal next month. "We are trading
away our mills for cheaper televisions," Ridgeway said. Ridgeway said three other senators
of her party had told her they were undecided. The deal, signed in March, needs a simple
majority in the Senate. On another channel, Governor Felix Oduya said the state budget would
be balanced by June. Elsewhere on the morning shows, the pollster Nina Castell said voters
cared most about grocery prices."""

GOVERNOR_BUDGET = """Governor Felix Oduya promised on Sunday to close the state's budget
gap by June without raising income taxes. Oduya said his office had found savings in road
repairs and in the prison system. "Nobody in this state will pay more income tax this year,"
Oduya told the program's host. Oduya's budget director, Carl Weems, said the gap had shrunk
from 900 million dollars to 300 million. Lawmakers of the opposition said the savings were
cuts to schools in disguise. The legislature must pass the budget before its summer recess,
and Oduya said he expected a vote in May."""

TRADE_VOTE = """The trade agreement with Korvania faces a close vote in the Senate next
month, and opponents say factory towns will pay the price. Unions in the mill towns have
organised buses to the capital for the vote. Ridgeway's office said it had received 4,000
calls against the deal in a week."""

TRADE_SENATORS = """Senator Alma Ridgeway's vote against the Korvania trade deal could sink
it, her colleagues said on Monday. Ridgeway told reporters the deal would close mills in her
state. Two senators of her party said they would follow Ridgeway and vote no. The White
House said it still expected the deal to pass."""


def test_a_roundups_other_item_is_named_in_passing_not_another_incident() -> None:
    # The brief opens on a report of the trade vote; the governor's report is set apart,
    # but the roundup, which the brief keeps, tells the governor's item in a line: the
    # warning says so rather than calling it an incident the brief does not tell.
    articles = [
        report("1", SUNDAY_ROUNDUP),
        report("2", GOVERNOR_BUDGET),
        report("3", TRADE_VOTE),
        report("4", TRADE_SENATORS),
    ]
    brief = build(Settings(words=230)).brief(articles)
    assert "2" not in {c.article_id for s in brief.sentences for c in s.citations}
    warning = next(w for w in brief.warnings if "report 2" in w)
    assert "named only in passing in report 1" in warning
    assert "another incident" not in warning


def test_a_line_of_background_naming_the_other_crash_keeps_another_incident() -> None:
    # The crash report names the earlier crash's victim in a line that tells nothing of it.
    own = MAPLE_ROAD_CRASH + "\nTroopers recalled that Osgood was killed nearby in 2022."
    articles = [report("1", own), report("2", EARLIER_CRASH), report("3", FOLLOW_UP)]
    brief = build(Settings(words=230)).brief(articles)
    assert {c.article_id for s in brief.sentences for c in s.citations} == {"1", "3"}
    assert any("another incident, about" in w and "Osgood" in w for w in brief.warnings)
