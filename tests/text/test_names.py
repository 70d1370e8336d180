import pytest

from newsfuse.text import names
from newsfuse.text.names import People, given_name_before


def test_full_names_and_heads_of_state_introduce_a_person_other_titles_do_not() -> None:
    # Audits 28 and 29: "Professor Rothery said", "Sgt. Riley" left readers asking who.
    people = People.of(
        [
            "Fire chief Marta Lind spoke. President Trump and Sen. Graham met.",
            "Lind said so. Trump said so. Graham said so. Ms. Ortiz said so.",
            "Council member Ana Ortiz said the port would reopen.",
            "Sen. Tom Graham left.",
            "Professor Graham stayed.",
        ]
    )
    assert people.introduced[0] == {"Lind", "Trump"}
    assert people.bare[0] == {"Graham"}
    assert people.bare[1] == {"Lind", "Trump", "Graham", "Ortiz"}
    assert people.introduced[2] == {"Ortiz"}
    assert (people.introduced[3], people.bare[4]) == ({"Graham"}, {"Graham"})


def test_a_possessive_is_no_given_name() -> None:
    people = People.of(["Al Jazeera's Bays said the emir left.", "Bays said so."])
    assert people.surnames == frozenset()


def test_a_surname_with_a_second_capital_is_a_surname() -> None:
    people = People.of(["Sen. John McCain spoke.", '"Think hard," McCain wrote.'])
    assert (people.introduced[0], people.bare[1]) == ({"McCain"}, {"McCain"})


def test_a_pronoun_or_a_description_after_a_full_name_makes_it_a_persons() -> None:
    # No speech verb: "Hiddleston is solid ..." still needs "Tom Hiddleston" first.
    story = (
        "The film stars Brie Larson and (Tom Hiddleston) as his guide. "
        "Council member John Elder, a former officer, hid. "
        "Elder and others were escorted out. Hiddleston is solid."
    )
    texts = ["Elder and others were escorted out.", "Hiddleston is solid."]
    people = People.of(texts, elsewhere=story)
    assert people.first_bare() == [frozenset({"Elder"}), frozenset({"Hiddleston"})]


def test_no_pronoun_makes_a_person_of_a_day_a_place_or_a_sentence_opener() -> None:
    story = (
        "Police came early Sunday, he said. They met where Ashby Crane beaches meet, she "
        'said. A crane fell. It was born."Neither Bethenny nor her aide replied. '
        "LA Talk Radio announced it fired her."
    )
    texts = ["Sunday was calm.", "Crane beach shut.", "Bethenny stayed.", "Radio fired her."]
    people = People.of(texts, elsewhere=story)
    assert people.first_bare() == [frozenset()] * 4


def test_places_and_organisations_are_not_people() -> None:
    people = People.of(
        ["The White House said Supreme Court rules apply.", "House members said no."]
    )
    assert people.surnames == frozenset()


def test_first_bare_is_a_surname_used_before_its_introduction() -> None:
    people = People.of(
        ["Lind said the fire was out.", "Fire chief Marta Lind spoke.", "Lind left."]
    )
    assert people.first_bare() == [frozenset({"Lind"}), frozenset(), frozenset()]


def test_a_surname_introduced_only_outside_the_sentences_still_needs_its_introduction() -> None:
    story = 'Police came. "It was scary," said Amanda Fisher, 24. Fisher said she ran.'
    alone = People.of(["Police came.", "Fisher said she ran."])
    assert alone.first_bare() == [frozenset(), frozenset()]
    people = People.of(["Police came.", "Fisher said she ran."], elsewhere=story)
    assert people.first_bare() == [frozenset(), frozenset({"Fisher"})]


def test_any_speech_verb_makes_a_surname_a_persons() -> None:
    people = People.of(
        [
            "Rob Tallin, the campaign's treasurer, conceded the photo was edited.",
            '"The eyes were made bigger," Tallin admitted.',
        ]
    )
    assert people.introduced[0] == {"Tallin"}
    assert people.bare[1] == {"Tallin"}


def test_initials_introduce_a_person_as_a_given_name_does() -> None:
    people = People.of(['"No comment," J.R. Mendel, the party chair, told us.', "Mendel left."])
    assert people.introduced[0] == {"Mendel"}
    assert people.first_bare() == [frozenset(), frozenset()]


def test_a_surname_the_rest_of_the_story_uses_as_a_persons_needs_its_introduction() -> None:
    # Only a sentence left out says "Vale said": the surname is still a person's.
    story = "Harbour master Ida Vale closed the port. Vale said the smoke was too thick."
    people = People.of(["Ships waited outside for Vale to reopen the port."], elsewhere=story)
    assert people.first_bare() == [frozenset({"Vale"})]
    # Look-alike: a place that shares a name with nobody the story quotes.
    town = "Ships sailed from Vale Harbour. Port officials said the smoke was too thick."
    assert People.of(["Ships waited outside Vale."], elsewhere=town).first_bare() == [frozenset()]


def test_a_name_before_an_age_is_a_persons_after_another_age_or_with_a_hyphen() -> None:
    # Only the age makes these surnames people's (no title, no speech verb beside them).
    people = People.of(
        [
            "Rosa Bridges, then 29, and Jo Ann-Lee, aged 3, met Ray Dunn, 45,61, there.",
            "Bridges left, Ann-Lee stayed and Dunn waved.",
        ]
    )
    assert people.bare[1] == {"Bridges", "Ann-Lee", "Dunn"}


def test_the_given_name_before_a_surname_is_a_name_not_a_title_or_an_opener() -> None:
    def given(text: str) -> str:
        return given_name_before(text, text.rindex(" ") + 1)

    assert [given(t) for t in ("Ana Ortiz", "J.K. Ortiz", '"Abby" Ortiz', "LeBron Ortiz")] == [
        "Ana",
        "J.K.",
        "Abby",
        "LeBron",
    ]
    assert [given(t) for t in ("Ms. Ortiz", "President Ortiz", "said Ortiz", "Ana’s Ortiz")] == [
        "",
        "",
        "",
        "",
    ]


def test_a_possessive_full_name_introduces_the_surname_and_days_are_no_people() -> None:
    # "FBI agent Peter Strzok's firing" introduces Strzok; "said Emma Stone" makes Stone,
    # not Emma, a person's; "tweeted Monday" makes no person of Monday.
    story = "Kim Lee said Monday the agent's firing was wrong, said Emma Stone of Ashby."
    texts = ["FBI agent Peter Strzok's firing came first.", "Strzok said he was fired."]
    people = People.of([*texts, "Emma Stone said it on Monday."], elsewhere=story)
    assert people.introduced[0] == {"Strzok"}
    assert people.bare[1] == {"Strzok"}
    assert people.introduced[2] == {"Stone"}
    assert "Monday" not in people.surnames | people.bare[2]


def test_a_places_initials_are_no_given_name_and_a_possessive_after_a_title_is_a_persons() -> None:
    story = "The U.S. Capitol Police said his photo was fine. Mr. Lind's office said no."
    people = People.of(
        ["The Capitol Police were in charge.", "Ana Lind spoke.", "Lind left."], elsewhere=story
    )
    assert "Capitol" not in people.surnames
    assert people.first_bare() == [frozenset(), frozenset(), frozenset()]
    assert (people.introduced[1], people.bare[2]) == ({"Lind"}, {"Lind"})


def test_a_speech_verb_beside_a_country_a_weekday_or_an_office_makes_no_person() -> None:
    story = (
        "The prime minister said Thursday that Norland Harbour would reopen. However Norland "
        "said it would wait. The District Attorney's Office said no charges were filed. "
        "Officials at the U.S. Treasury said sanctions stood. He said Russia will respond. "
        "Dock worker Ida Vale told Asia Today the smoke was thick. From Asia, help came."
    )
    people = People.of(
        [
            "Norland was closed on Thursday.",
            "The Office and the Treasury are shut.",
            "Russia and Asia Today agreed.",
        ],
        elsewhere=story,
    )
    assert people.first_bare() == [frozenset(), frozenset(), frozenset()]
    # Look-alike: a person beside a speech verb, before or after it, is still one.
    quoted = People.of(['"We will reopen," said Vale.', "Dock worker Ida Vale told Lind."])
    assert quoted.first_bare() == [frozenset({"Vale"}), frozenset()]


def test_an_event_a_place_a_paper_or_a_body_a_given_name_opens_is_no_person() -> None:
    # A pronoun near "Harbor Gala" or a speech verb after "Human Rights" made people of them.
    people = People.of(
        [
            "She wore green to the Harbor Gala, where she met her agent.",
            "He watched the Coastal Bowl on Sunday before he flew home.",
            "She spoke in the Lantern Garden after her trip, the Ashby Herald said.",
            "The Ashby Observatory for Human Rights said four people died.",
            "Senate Majority Leader Ann Pell said the vote would wait.",
        ]
    )
    assert people.surnames == {"Pell"}


def test_a_surname_that_is_also_a_word_of_an_event_or_a_body_stays_a_persons() -> None:
    # Look-alikes: a chairman Camp, a spokesman Ball and a chief executive Idol are people.
    people = People.of(
        [
            "Committee chairman Dave Camp said he would ask for the files.",
            "Transit spokesman Mark Ball says the line reopens today.",
            "Chief executive John Idol said sales rose.",
            "Camp said so. Ball says so. Idol said so.",
        ]
    )
    assert people.introduced[:3] == ({"Camp"}, {"Ball"}, {"Idol"})
    assert people.bare[3] == {"Camp", "Ball", "Idol"}


def test_a_full_name_after_a_title_is_a_persons_whose_surname_acts_alone() -> None:
    # No speech verb beside the surname: the title before the full name says it is a
    # person's, and the story opens a clause on the surname ("Ryabkov was cited ...").
    story = (
        "The warning, by Deputy Port Minister Ivo Marek, came on Tuesday.\n\n"
        "Marek was cited by the radio as saying the port would stay shut.\n\n"
        "Asked about the harvest, Staff Sgt. Lena Vos pointed at the silos."
    )
    people = People.of(
        ["Marek was cited by the radio as saying the port would stay shut.", "Vos left."],
        elsewhere=story + "\n\nAsked again, Vos pivoted toward the gate.",
    )
    assert people.bare == ({"Marek"}, {"Vos"})


def test_a_titled_name_used_only_as_a_modifier_or_a_leagues_name_is_no_persons() -> None:
    # Look-alikes: "the Marek regime" and "after Marek's coup" name a figure, not somebody
    # who acts in the story; "Major League Baseball" opens on no person's title.
    story = (
        "The port was built under Gen. Ivo Marek in the old days.\n\n"
        "It was run by the Marek regime until 1980, after Marek's coup.\n\n"
        "Major League Baseball moved its games from the port city."
    )
    people = People.of(
        ["It was run by the Marek regime until 1980.", "Baseball was played there."],
        elsewhere=story,
    )
    assert people.bare == (frozenset(), frozenset())


def test_a_surname_used_before_a_namesakes_full_name_in_its_sentence_stays_bare() -> None:
    # "Lind's wife, Mara Lind" uses a Lind nobody has met (her husband) before introducing
    # her; after the full name the surname is hers.
    people = People.of(
        ["Lind's wife, Mara Lind, was hurt in the fire.", "Mara Lind said Lind's boat sank."],
        elsewhere="Lind said the boat was lost.",
    )
    assert people.introduced == ({"Lind"}, {"Lind"})
    assert people.bare == ({"Lind"}, frozenset())


def test_the_capitalised_words_pattern_finds_what_the_name_pattern_finds() -> None:
    # speed35: _NAME_FROM_A_CAPITAL opens on a class of characters for speed; _NAME is the
    # reference.
    import re

    from newsfuse.text import names

    texts = [
        "Ana McCain met Ian MacDonald and Mark Macy at Mackie's, then MacDX and Mc left.",
        "Jo O'Neil, Ana Smith-Jones, Lee D'Arcy-Ma and the MCA spoke to Macbeth in Mac.",
        "Mcdonald, MacA, McCAIN, Mac-Lee and Ma's Mar’Shawn waited by the Mc-Kay bridge.",
    ]
    reference = re.compile(names._NAME)
    for text in texts:
        assert names._NAME_FROM_A_CAPITAL.findall(text) == reference.findall(text)


def test_introductions_among_some_surnames_are_those_of_all_introductions() -> None:
    from newsfuse.text.names import _introductions

    text = "Fire chief Marta Lind met President Trump, J. K. Rowling and Tom Ortiz's aide."
    every = _introductions(text)
    assert [surname for _, surname in every] == ["Lind", "Trump", "Rowling", "Ortiz"]
    among = {"Rowling", "Ortiz", "Reyes"}
    assert _introductions(text, among) == [(at, s) for at, s in every if s in among]
    assert _introductions(text, set()) == []


def test_a_given_name_or_nickname_in_brackets_or_double_quotes_introduces_the_surname() -> None:
    # read38 (dev 0074): "said D.C. (Duck-chul) Lee, an assistant professor" introduced
    # nobody, so "In Lee's own study ..." stood in a brief that never said who Lee is.
    story = (
        "The study has limits, said D.C. (Duck-chul) Lee, a professor at the harbour college. "
        "In Lee's own study of 5,000 rowers, he found the opposite. Lee said so on Monday."
    )
    people = People.of(
        ["In Lee's own study of 5,000 rowers, he found the opposite."], elsewhere=story
    )
    assert people.first_bare() == [frozenset({"Lee"})]
    named = People.of(
        [
            'Seaman Ivo "Derek" Lindqvist was pulled from the harbour on Friday.',
            "Lindqvist said he was fine.",
            "Speaker (Paul) Ortiz and Liberty “Libby” Marsh met the crews.",
            "Ortiz said so. Marsh said so.",
        ]
    )
    assert named.introduced[0] == {"Lindqvist"}
    assert named.introduced[2] == {"Ortiz", "Marsh"}
    assert named.first_bare() == [frozenset()] * 4


def test_a_headlines_quoted_word_or_an_acronym_in_brackets_introduces_nobody() -> None:
    # Look-alikes: a headline quotes a word in single marks; a dateline's wire and an
    # acronym stand in brackets before a capitalised word.
    people = People.of(
        [
            "Mayor Hits 'Reckless' Ortiz Over Ferry Fees",
            "Washington (CNN) Ortiz said the ferry would sail.",
            "The Harbour Grants (HG) Program paid. Ortiz said so.",
        ]
    )
    assert people.introduced == (frozenset(), frozenset(), frozenset())


def test_a_nickname_introduction_is_found_among_some_surnames_as_among_all() -> None:
    from newsfuse.text.names import _introductions

    text = 'Crews met D.C. (Duck-chul) Lee and Ivo "Derek" Lindqvist at the quay.'
    every = _introductions(text)
    assert [surname for _, surname in every] == ["Lee", "Lindqvist"]
    assert _introductions(text, {"Lindqvist"}) == [(at, s) for at, s in every if s == "Lindqvist"]


@pytest.mark.parametrize(
    ("text", "nicknamed"),
    [
        ("Researcher D.C. (Duck-chul) Lee led the study.", True),
        ('Seaman James "Derek" Lovelace died on Friday.', True),
        ("Liberty “Libby” German was found on Tuesday.", True),
        ("Speaker (Paul) Ryan said no.", True),
        ('(CNN) Two boats sank. "Help" Ortiz shouted.', False),
    ],
)
def test_every_nicknamed_name_passes_the_cue_search(text: str, nicknamed: bool) -> None:
    # The cue search gates the nickname pattern: whatever the pattern finds, the cue finds.
    assert (names._NICKNAMED.search(text) is not None) == nicknamed
    if nicknamed:
        assert names._NICKNAME_CUE.search(text) is not None


def test_an_accented_given_name_introduces_the_surname_after_it() -> None:
    # "Carmen Yulín Cruz" (anchor 40535) was read as a bare "Cruz" before any introduction.
    people = People.of(["San Juan Mayor Carmen Yulín Cruz spoke.", "Cruz said no."])
    assert people.first_bare() == [frozenset(), frozenset()]
    assert people.introduced[0] == {"Cruz"}
    # An accented word is never read as a surname: "Grünberg" is no other person than the
    # "Grunberg" of another report (dev 0042).
    people = People.of(["Kira Grünberg fell.", "Kira Grunberg fell.", "Grunberg said so."])
    assert people.introduced == (frozenset(), frozenset({"Grunberg"}), frozenset())


def test_an_accented_surname_used_as_a_persons_is_introduced_by_no_one() -> None:
    # "Ms. Grünberg said" uses the word as a person's; it is still read as a given name
    # (``_LETTERS``), so no sentence introduces it and none uses it alone.
    people = People.of(["Kira Grünberg fell.", "Ms. Grünberg said so.", "Grünberg, 24, said."])
    assert people.introduced == (frozenset(), frozenset(), frozenset())
    assert people.first_bare() == [frozenset(), frozenset(), frozenset()]
