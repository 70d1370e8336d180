import pytest

from newsfuse.text.cohesion import cohesion
from newsfuse.text.voice import (
    Vocabulary,
    event_words,
    in_writers_voice,
    names_in,
    names_none_of,
    off_story,
    rounds_up_elsewhere,
    shares_few_words,
)


def _voiced(text: str) -> bool:
    return in_writers_voice(text, cohesion(text).unquoted)


@pytest.mark.parametrize(
    "text",
    [
        "It's hard to see why anyone would sign a lease on that quay again.",
        "This is a disgrace, and the harbour board should be ashamed of it.",
        "Let's be honest: the ferry timetable was never going to survive the winter.",
        "You should visit the old lighthouse before the council sells it.",
        "If you live near the river, your insurance bill is about to climb.",
        "So why did nobody check the crane before the storm? Nobody knows.",
        "Check out the photos of the flooded square below.",
        "Needless to say, the mayor's plan has its critics.",
        "Frankly, the new bridge is an eyesore that nobody asked for.",
        "The council's excuse is frankly ridiculous.",
        "Not that the ferry company will care much about the fine.",
        "Here's what the new parking rules mean for commuters.",
        "One can't help but admire the volunteers who stayed all night.",
        "It's also worth remembering that the quay flooded twice last year.",
        # the aside inside the line, the reader told what to think of, the writer's argument
        "Each plan is costly, but it's worth noting that the second one shuts the quay.",
        "Think about the man the harbour master would be replacing.",
        "Looks like it's still the ferry company's contract to lose after all.",
        "If the letter exists, then the harbour board broke its own rules.",
        "Please keep the family in your thoughts this week.",
        "The town deserves better, so let's hope the council listens.",
        "One can’t help but pity the ferry's last passengers.",
        "It’s hard to imagine the quay without its cranes.",
        "Visit the harbour museum's website for the full timetable.",
        "Head over to the council's page for the plans.",
        # "here": where the writer stands, which a brief has no page or dateline to name.
        "Apparently Kestrel liked the idea, because here at the fair it shows its own boat.",
        "The lesson here is that a quay needs more than one crane.",
        "Ferry crews have struck here twice since the spring.",
        # A blogger's swearing and name-calling.
        "He is no prankster but a garbage person who ruins premieres.",
        "The man is a fucking weirdo, and the festival let him in again.",
        # A writer's amazement or call to act.
        "It is amazing -- even by the harbour board's standards.",
        "It’s time for the truth about the crane, and for the board to tell it.",
        "It is sad that the ferry needs a court order to sail.",
        # The writer summing up for the reader.
        "Basically anything is better than waiting for the ferry.",
        "In short, the new ferry isn't the old one.",
        "Long story short, the crane was never safe.",
        # The writer's snark, stress in capitals and praise (round 17, continued: read41).
        "Crowds gathered for this, ahem, historic ribbon cutting at the quay.",
        "Yikes.",
        "The ferry ticket IS the souvenir.",
        "The crane dropped its load without ANY warning to the crew.",
        "Impressively, the judge uses ferry jokes to make her point.",
    ],
)
def test_a_writers_own_opinion_address_or_question_is_found(text: str) -> None:
    assert _voiced(text)


@pytest.mark.parametrize(
    "text",
    [
        # Neutral news prose that looks a little like an opinion.
        "It is unclear whether the ferry will run again before the spring.",
        "It remains to be seen how much the repairs will cost the town.",
        "Officials said they should know by Friday whether the quay is safe.",
        "The harbour authority closed the northern quay on Monday after a crane collapsed.",
        "Young people in the valley are leaving for the cities, a study found.",
        # Quoted speech with its speaker: their words, not the brief's.
        '"You have to see it to believe it," said the ferry captain Rui Costa.',
        '"This is a disgrace," the council member Ana Ortiz told reporters.',
        '"Why did nobody check the crane?" asked the dock worker Sam Reyes.',
        # The writer's judgement handed to its owner.
        "The columnist Dana Holt wrote that the new bridge is ridiculous.",
        "Ana Ortiz said you could see the smoke from the next town.",
        # "here" of a time, a presence, or in a speaker's words.
        "Spring is here, and the first ferries of the season sail on Monday.",
        "The harvest festival is here to stay, the organisers of the fair believe.",
        "Here, the quay is sinking by a centimetre a year, said the engineer Ana Ortiz.",
        "The ferry sails there and back twice a day, and the town thinks it is a success.",
        # Words that hold a swear word's letters, and a quoted one with its speaker.
        "The council called on Scunthorpe's craftsmen to restore the shitake farm's roof.",
        # A narrator's past, a compound word, and amazement in a speaker's words.
        "It was hard to imagine the quay without cranes when the first ship came in 1950.",
        "It is time-consuming work, and the divers surface every 40 minutes.",
        '"It is amazing that nobody was hurt," said the harbour master Ove Brandt.',
        # A condition a report tells, a verb of seeming with its subject, a past "then-".
        "If convicted, the ferry's captain faces up to 10 years in prison.",
        "The new quay looks like a fortress, the harbour master said.",
        "If elected, then-Councillor Jo Lee would be the first harbour master from the town.",
        "Thinking about the storm, the crews tied down every crane on Monday.",
        # A comment set off by commas in a line that tells a fact (reading 30 kept them).
        "The board's shifting fortunes, of course, come as its ferry contract is embattled.",
        "The strike hit the young, the poor and, perhaps most interestingly, the captains.",
        # "of course" and "interestingly" not set off as the writer's aside, or a speaker's.
        "The course of the ferry changed after the crane fell on Monday.",
        "The inquiry found the crane's design an interesting case of neglect.",
        '"Of course, we will appeal," the harbour master Ove Brandt said.',
        "The harbour master Ove Brandt said the ferry, of course, would sail again.",
        "The golf course of the harbour club reopened on Monday.",
        "The ferry sailed ironically named after the crane's builder, Ana Ortiz.",
        # "short" and "basically" that sum nothing up, or a speaker's.
        "In short order, the crews cleared the quay on Monday.",
        "In shorter sessions, the harbour board met twice a week.",
        '"Basically, we ran out of money," the harbour master Ove Brandt said.',
        # Capitals of an acronym, a drop cap, a headline; a quoted or attributed shout.
        "Once there, the gunman appeared in an IS propaganda video filmed at the quay.",
        "The US IS NOT a party to the harbour treaty, the ministry said.",
        "THE FERRY that served the island for 40 years was sold on Monday.",
        "MUST WATCH Ferry crews strike at Dorn 01:22",
        '"It IS the end of the quay," the harbour master Ove Brandt said.',
        # Interjections' letters inside other words, and a reporter's "Remarkably".
        "Mehmet Lee ran the lollipop stall on the quay until the storm.",
        "Remarkably, no one was hurt when the crane fell on the quay.",
        "The crews breathed a sigh of relief when the quay held.",
        # A fact told with a sneer stays (its line may carry the story's point).
        "The board's notice is little more than a map of the quay and whatnot.",
    ],
)
def test_news_prose_and_attributed_words_are_not_the_writers_voice(text: str) -> None:
    assert not _voiced(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In other news, the zoo welcomed a baby giraffe on Sunday.", True),
        ("(Also on the site: ten towns with the best bakeries.)", True),
        ("Related: The ferry strike of last summer, explained.", True),
        ("For more on the flood, see our live coverage.", True),
        ("For more about ferry timetables, visit the port's website.", True),
        # How long something lasted, not a link to more coverage.
        ("For more than a decade, the ferry has crossed the bay twice a day.", False),
        ("For more than 60 hours, divers searched the harbour for the barge.", False),
        ("In related news, a second crane was inspected on Tuesday.", True),
        ("Other news outlets reported the same figure on Monday.", False),
        ("Elsewhere in the valley, the river stayed within its banks.", True),
        ("Relatives of the crane driver gathered at the quay.", False),
        ("Reading the report, the mayor called for an inquiry.", False),
        ("TOWN HALL LIVE Join our reporters for questions on the flood.", True),
        ("NEW YORK (AP) — The ferry strike ended on Monday.", False),
        ("NEW YORK — The ferry strike ended on Monday.", False),
        ("NATO leaders met in Brussels on Monday.", False),
        ("In unrelated cases, prosecutors charged two ferry workers on Friday.", True),
        ("In an unrelated incident, a crane toppled at the quay.", True),
        ("In other cases, the harbour fees were waived.", False),
    ],
)
def test_round_up_openers_are_found(text: str, expected: bool) -> None:
    assert rounds_up_elsewhere(text) is expected


def test_names_are_capitalised_words_after_the_first() -> None:
    assert names_in("Police in Dover said Ana Ortiz left on Monday.") == {"dover", "ana", "ortiz"}
    assert names_in('"They left," she said.') == frozenset()


STORY = Vocabulary.of(
    [
        "Voters in Arizona waited as officials in Maricopa County counted ballots for Ortiz.",
        "Ortiz led Reyes by 9,000 votes in the Arizona Senate race on Thursday.",
    ],
    ["Ortiz took a narrow lead over Reyes as Arizona counted more ballots on Thursday."],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another race, another state: no name and no event word of the story.
        ("Hale is expected to prevail in the Nevada primary.", True),
        ("(A Denver bakery gives its staff a year of paid leave.)", True),
        # On the story: a name, or event words, it shares.
        ("More than half a million ballots remain in Maricopa.", False),
        ("The lead amounts to less than half a percentage point of the ballots counted.", False),
        ("(Reyes conceded the 2012 race a week after the count.)", False),
        # New people speaking or named by a speaker are a report's own; other rules judge them.
        ('"We remain confident," said Jim Banks, a campaign aide.', False),
        ("Jim Banks, a campaign aide, said the mood was calm.", False),
        # Nothing named: nothing to judge.
        ("The mood at the campaign office was calm.", False),
    ],
)
def test_a_line_about_another_story_is_found(text: str, expected: bool) -> None:
    assert off_story(text, STORY) is expected
    # Its two parts, in either order (the shortlist runs the cheaper one first).
    words_apart = shares_few_words(event_words(text), STORY.words)
    assert (words_apart and names_none_of(text, STORY.names)) is expected


def test_reader_and_judgement_words_are_whole_words_in_any_case() -> None:
    for voiced in (
        "YOU will not believe the queue.",
        "Y'all know the rest.",
        "The plan was Absurd from the start.",
        "It Turns Out the mayor knew.",
        "The fee is the bane of renters.",
    ):
        assert in_writers_voice(voiced), voiced
    for plain in (
        "Youth groups gathered at the bayou.",
        "The absurdity claim was dismissed by the court.",
        "The disgraced official resigned on Monday.",
        "Letts and Oughton signed the contract.",
    ):
        assert not in_writers_voice(plain), plain


def test_every_word_of_the_voice_patterns_is_a_cue_in_any_case() -> None:
    from newsfuse.text.voice import (
        _JUDGEMENT,
        _JUDGEMENT_WORDS,
        _SECOND_PERSON,
        _SECOND_PERSON_WORDS,
        _has_voice_cue,
    )

    for words, pattern in ((_SECOND_PERSON_WORDS, _SECOND_PERSON), (_JUDGEMENT_WORDS, _JUDGEMENT)):
        for word in words:
            for form in (word, word.upper(), word.title()):
                assert pattern.search(f"Well, {form}.")
                assert _has_voice_cue(f"Well, {form}.")
    # Letters a case-blind pattern matches as "i" or "s" though they lower-case otherwise.
    for text in ("İdiotic.", "ıdiotic.", "ſhameful."):
        assert _JUDGEMENT.search(text) and _has_voice_cue(text)
    assert not _has_voice_cue("The council closed the quay on Monday.")
