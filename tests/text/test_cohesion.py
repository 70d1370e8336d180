import random

import pytest

from newsfuse.text.cohesion import (
    _SAYS_AFTER,
    _SAYS_CUES,
    adds_to_before,
    cohesion,
    counts_time_from_before,
    is_aside,
    leans_back,
    opens_dangling,
    people_told,
    points_back_inside,
    pronoun_of_nobody,
    tells_a_person,
    that_object,
)


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        ("He had been stabbed several times.", True),
        ("Those charges were dropped in May.", True),
        ("But the port stayed closed.", True),
        ("It's been a rough week for the port.", True),
        ("Third, weeks later the board fired him.", True),
        ("Which, as you may have noticed, is not a no.", True),
        ("It is unclear whether the road will reopen.", False),
        ("It was not clear what started the fire.", False),
        ("This week, the council voted for a new station.", False),
        ("One person died and two were hurt.", False),
        ("Then-President Obama spoke first.", False),
        ("Hermione Lee spoke first.", False),
        ("In addition to the port, two schools closed.", False),
        ("The tennis champion, 35, gave birth to her first child on Friday.", True),
        ("The Smokey and the Bandit star has been hospitalized in Florida.", True),
        ("In this case, it's not.", True),
        ("At that point the crews pulled back.", True),
        ("For those who missed it, the port reopens Monday.", False),
        ("In this week's vote, the council backed the station.", False),
        ("The star of the show, Ana Ortiz, spoke first.", False),
        ("Midway through her set, the six-time Grammy winner, 31, played it.", True),
        ("The 55-year-old former child star spoke on the radio.", True),
        ("The singer Ana Ortiz spoke first.", False),
        ("Ana Ortiz, 35, was arrested on Monday.", False),
        ("The statement also said the flyer would be withdrawn.", True),
        ("The organization found the dog at a shelter.", True),
        ("The company said it would close two plants.", True),
        ("The companies merged in May.", False),
        ("The post office on Main Street closed early.", False),
        ('"That is simply not true," the coach said.', True),
        ('"No, we never saw the letter," Ana Ortiz said.', True),
        ('"Those who left early were lucky," the fire chief said.', False),
        ('"Nobody came to help," the fire chief said.', False),
        # A pronoun inside the opening phrase points back too, unless a name follows.
        ("In his opinion, the new law was the end of the harbour market.", True),
        ("The spectacle of her playing the mayor is pure farce.", True),
        ("After his arrest, Jo Lee said he was sorry.", False),
        ("In its report, the agency said the pier was safe.", False),
        # A time counted from one the sentence before gave.
        ("By the next year, the town had decided to move.", True),
        ("The following day Ortiz replied on her page.", True),
        ("That same week, the pier closed.", True),
        ("On the same day as the vote, the pier closed.", False),
        ("For instance, the pier held through the storm.", True),
        ("Even if it is boring.", True),
        ("Just as they did in the old harbour.", True),
        ("Even if the fine is not paid, the pier reopens.", False),
        ("All lived within a mile of the pier.", True),
        ("All ferries were cancelled on Monday.", False),
        ("On the other hand, the ferries stopped.", True),
        ("By contrast, the ferries ran.", True),
        ("For instance-level data, see the council's site.", False),
        ("The next election in Halden is in May.", False),
        # "Both" points back, unless it opens the pair it names.
        ("Both men were held overnight.", True),
        ("Both were released on bail.", True),
        ("Both ferries and their crews stayed in port.", True),
        ("Both the ferry and the pier were damaged.", False),
        ("Both Halden and Ashby voted against the levy.", False),
        # One of the cases the sentence before told of.
        ("In one case, a harbour worker was charged with theft.", True),
        ("In each case, the judge thanked the juror.", True),
        ("In another instance, the ferry left early.", True),
        ("In one case study, the pier held.", False),
        ("In case of fire, crews use the stairs.", False),
    ],
)
def test_knows_openers_that_point_back(text: str, dangling: bool) -> None:
    assert opens_dangling(text) is dangling


def test_a_sentence_leans_back_on_an_opener_an_unnamed_quotation_or_a_pronoun_speaker() -> None:
    assert leans_back("He left the harbour at dawn.")
    assert leans_back('"We will be back next year, whatever happens."')
    assert leans_back("The road stays shut until Friday, she said.")
    assert leans_back("In 1989, he joined a short-lived reunion tour.")  # "he" reads as anyone
    assert leans_back("By the next afternoon his temperature had shot to 104.6.")
    assert not leans_back("After meeting with his lawyers, Jo Lee left the court.")
    assert not leans_back("On Monday, police said the road was shut.")
    assert not leans_back("Police said he fled the scene on foot.")
    assert not leans_back('"We will be back," the mayor said on Monday.')


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The South Carolina Republican said the consulate should have closed.", True),
        ("The senator said on Sunday that the talks would resume.", True),
        ("The senator from Ohio said on Sunday that the talks would resume.", False),
        ("The Republican Party said it would appeal the ruling.", False),
        # the same description as the speaker after a quotation or a lead-in phrase
        ('"We will not put ideology first," the Oregon Democrat said.', True),
        ("“The quay stays shut,” the former harbour board candidate told reporters.", True),
        ("In a statement, the Ohio Republican said the talks would resume.", True),
        ('"We held the line," said the 61-year-old.', True),
        ('"We held the line," said the former senator.', True),
        # a name beside the description, or a bare role (the one mayor of a local story)
        ('"We held," Sen. Ana Ortiz, the Ohio Republican, said on Monday.', False),
        ("Ana Ortiz, the Ohio Republican, said the talks would resume.", False),
        ('"We will be back," the mayor said.', False),
        ('"We held the line," said the senator.', False),
        ("Voters in the district met the Ohio Republican on Monday.", False),
    ],
)
def test_a_politicians_description_stands_for_a_name(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Sen. Ana Ortiz charged on Sunday.", True),
        ("Fire chief Marta Lind said in a statement.", True),
        ("Fire chief Marta Lind said the fire was out.", False),
        # Cut off its quotation at an exclamation mark: the manner of speaking alone.
        ("Ortiz said loudly, though not happily.", True),
        ("Ortiz told Lind in a show of thanks.", True),
        ("Ortiz told Lind in May.", False),
        ("Ortiz said quietly that the dam held.", False),
    ],
)
def test_an_attribution_split_off_its_sentence_leans_back(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


def test_a_pronoun_in_a_clause_after_a_name_points_at_that_name() -> None:
    # The sentence names its subject; "when he announces" does not lean on a sentence before.
    assert not leans_back(
        "Gov. Scott Walker will join the race for the White House when he announces his bid."
    )
    # Without a name before it, the pronoun speaker still leans back.
    assert leans_back("The race will open on Monday when he announces his bid, she said.")
    assert leans_back("Police closed the road when he said so.")


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The quay will close in May, the official said.", True),
        ('"It was a mess," the biographer wrote.', True),
        ("The spokesman added that the quay would close.", True),
        ("Jo Lee: No, not at all.", True),
        # A Q&A page's answer, and its question, need each other.
        ("A: Before anything else, call the harbour office.", True),
        ("Q: What do I do with the permit?", True),
        ("Answer: Keep the permit on board.", True),
        ("A ferry left the quay at noon.", False),
        ("Plan A: the quay closes in May.", False),
        ("Officials said the quay would close in May.", False),
        ("A spokesman said the quay would close in May.", False),
        ("The quay will close, the harbour spokesman said.", False),
        ("The official death toll rose to 12 on Monday.", False),
        ("The source of the leak is unknown, police said.", False),
        ("PORT HALDEN: A mob gathered at the quay.", False),
    ],
)
def test_a_bare_role_or_a_transcripts_line_leans_on_who_introduced_them(
    text: str, leans: bool
) -> None:
    assert leans_back(text) is leans


@pytest.mark.parametrize(
    ("text", "points_back"),
    [
        # A demonstrative before a noun the sentence has not named: it needs the sentence
        # before it in its report.
        ("Researchers believe this change could explain the swollen joints.", True),
        ("While this group backed the levy by 40 points, it now opposes it.", True),
        ("No ambulances were called to that day-care center on Friday, the fire chief said.", True),
        ("The harbour master denies any such conversation.", True),
        ("Chief Ana Ortiz said she did not know how that factored into the decision.", True),
        ("The ruling on the appeal of those convictions is due in May.", True),
        ("Needless to say, this makes the crossing hard for the ferry crews.", True),
        ("Fishermen landed 40 tonnes of cod during that long winter of strikes.", True),
        # A demonstrative standing alone at the end: what was said before.
        ("The harbour master gets that a lot.", True),
        ("Police said there is no evidence of that.", True),
        ("Even the board's backers take issue with this.", True),
        # Look-alikes that stand alone.
        ("The storm hit the coast this week and again on Sunday.", False),
        ("This year's harvest was the worst since 1998.", False),
        ("Nine charges were filed in May, and those charges still stand.", False),
        ("A minute's silence was held in memory of those killed in the blast.", False),
        ("The fund pays those wrongly convicted of crimes.", False),
        ("The video shows two cars like those driven by the two suspects.", False),
        ("The grant is open to those born after 1990 in the county.", False),
        ("Aid goes to those who lost their homes in the flood.", False),
        ("There is no such thing as a safe quay in a storm.", False),
        ("When the tide is low, this results in a dry harbour.", False),
        ("Ana Ortiz said that the quay would reopen in June.", False),
        ("The ferry turned up at that very same quay on Friday.", False),
        ("The glow is similar to that evoked by a full moon.", False),
        ("In a case such as this reasonable doubt was enough.", False),
        ('"I was told not to interview this woman," the reporter said.', False),
        ("There are few harbours in this country with a deeper channel.", False),
        ('"We will never do that," the harbour master said.', False),
        ("The ferry leaves at 6 and the harbour closes after that hour.", False),
    ],
)
def test_knows_a_demonstrative_inside_a_sentence_that_points_back(
    text: str, points_back: bool
) -> None:
    assert points_back_inside(text) is points_back
    read = cohesion(text)
    assert read.leans is points_back
    assert read.inside is points_back


def test_a_lean_found_before_the_demonstrative_is_not_marked_inside() -> None:
    # An opener leans as before; ``inside`` marks only the leans this rule alone finds.
    read = cohesion("He said this change could explain the swollen joints.")
    assert read.leans and not read.inside
    assert not cohesion("Ana Ortiz won the vote in Ashby.").inside


@pytest.mark.parametrize(
    "text",
    [
        "The rest goes to such things as a dress and the invitations.",
        "The next person to stop was a man who knew not to move her.",
        "The remaining passengers were taken off the ferry by noon.",
        # An organisation named before, by its kind: which group, which newspaper?
        "The group warned that the quay tax would drive the ferries away.",
        "The newspaper quoted officials as saying the pier would reopen.",
    ],
)
def test_the_rest_the_next_or_an_organisation_by_its_kind_leans_on_the_sentence_before(
    text: str,
) -> None:
    assert leans_back(text)


def test_the_next_scheduled_event_or_a_group_the_sentence_defines_stands_alone() -> None:
    assert not leans_back("The next hearing is set for June 5 at the county court.")
    assert not leans_back("The restaurant on the quay reopened on Monday.")
    assert not leans_back("The group of 40 swimmers reached the buoy at noon.")


@pytest.mark.parametrize(
    "sentence",
    [
        '"By the way, the levy will not save you," Brandt added.',
        '"We will keep looking until the crew is found," added Harbour Master Ove Brandt.',
        "The mayor added that the terminal would reopen on Monday.",
        '"The pier is closed," the committee added.',
    ],
)
def test_a_statement_added_goes_on_from_the_one_before(sentence: str) -> None:
    assert cohesion(sentence).leans


@pytest.mark.parametrize(
    "sentence",
    [
        'Mayor Ana Ortiz said the pier "will stay shut," and added that it would reopen.',
        "The fire was set, according to police, who added that nobody was hurt.",
        "The terminal added 200 jobs last year.",
        "Rescuers added sandbags to the harbour wall on Monday.",
    ],
)
def test_added_with_its_statement_or_without_speech_stands_alone(sentence: str) -> None:
    assert not cohesion(sentence).leans


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("A day later, the mayor replied on her page.", True),
        ("Moments later the ferry listed to port.", True),
        ("Just two weeks earlier, the board had met.", True),
        ("Three days before, the dock had flooded.", True),
        ("Shortly afterward, crews arrived.", True),
        ("Soon after that, the mayor resigned.", True),
        # Look-alikes that give their own time, or name no time at all:
        ("Two days before the vote, the mayor resigned.", False),
        ("Shortly after 3 p.m., the ferry sank.", False),
        ("A day later than planned, the launch went ahead.", False),
        ("Days after the vote, the city sued.", False),
        ("A dayside probe landed on Tuesday.", False),
    ],
)
def test_knows_a_time_counted_from_an_event_told_before(text: str, counted: bool) -> None:
    assert counts_time_from_before(text) is counted


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # A refusal to say more gives no statement of its own: it leans on the one before.
        ("Publicist Ana Ortiz said in an email that there would be no further comment.", True),
        ("Lind declined to elaborate.", True),
        # Look-alikes: a statement with its refusal, a plain "no comment", an elaboration.
        ("Lind said the inquiry was open and she could not comment further.", False),
        ("The port authority had no comment on the fire.", False),
        ("Lind declined to elaborate on the cause, citing the inquiry.", False),
        ("Mayor Ana Ortiz will elaborate on her budget at a further meeting.", False),
    ],
)
def test_a_refusal_to_say_more_leans_on_the_statement_before_it(text: str, leans: bool) -> None:
    assert cohesion(text).leans is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # A fragment giving the reason for a word of the sentence before.
        ("Smart because of the way it holds back from its own premise.", True),
        ("Cheap because the pier was built by volunteers.", True),
        # Sentences of their own.
        ("Just because the pier is old does not mean it is unsafe.", False),
        ("Only because the tide turned did the ferry reach the quay.", False),
        ("Officials closed the quay because the pier was unsafe.", False),
    ],
)
def test_a_reason_alone_leans_on_the_sentence_it_explains(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        # "that" before a noun that ends its clause: the object a verb points at, told in
        # the sentence before.
        ("The harbour board rejected that argument, and the quay closed.", "argument"),
        ('"The quay is a public road," reads that filing.', "filing"),
        ("Many ferrymen don't want that discussion.", "discussion"),
        ("Within that range, no fee is charged on the quay.", "range"),
        ("While rescuing that sailor, two pilots were hurt.", "sailor"),
        (
            "A pilot who was on the bridge disputed that account, saying the tug was late.",
            "account",
        ),
    ],
)
def test_that_before_a_noun_ending_its_clause_points_back(text: str, thing: str) -> None:
    assert that_object(cohesion(text).unquoted) == thing


@pytest.mark.parametrize(
    "text",
    [
        # A conjunction or a relative pronoun: "that" opens a clause.
        "Ana Ortiz said that officials were told on Monday.",
        "The pilots say that ferries, tugs and barges are at risk.",
        "Groups that deny the claim met at the quay on Friday.",
        "A storm that swept the coast closed the quay.",
        "Ferries that serve the island were late.",
        # "that" before a noun that goes on: as often a clause as an object.
        "The ferrymen learned that lesson the hard way.",
        # The sentence tells the thing itself, in a clause before the pointer.
        "The ferry made $9 million, becoming the first to reach that mark.",
        "They earned millions, but they got that money honestly.",
        # A noun the sentence names before, and an adverb.
        "Nine ferries were late, and that delay cost the port.",
        "Late storms are not that unusual.",
        # Inside a quotation: the speaker's words.
        '"We rejected that argument," the harbour master said.',
    ],
)
def test_that_before_a_noun_that_points_nowhere_back(text: str) -> None:
    assert that_object(cohesion(text).unquoted) is None


@pytest.mark.parametrize(
    "text",
    [
        # "he" or "she" inside a sentence that names nobody: the person is told before.
        "In May, one of the tickets he bought won the draw.",
        "When he didn't, one of the pilots sounded the horn.",
        "No ferry came, and he did not, in fact, reach the island.",
        "Six of the nine charges she faced were dropped today.",
        "During the three days she will eat only bread.",
        # "his", "him", "her" likewise.
        "The restraining order took her by surprise.",
        "No one has been charged with his death.",
        "The constant visits of the keepers made her calm.",
    ],
)
def test_a_pronoun_of_nobody_leans_on_the_sentence_before(text: str) -> None:
    assert pronoun_of_nobody(text)
    assert cohesion(text).leans


@pytest.mark.parametrize(
    "text",
    [
        # A person named or described before the pronoun, or a name anywhere in it.
        "A ferryman said he saw the wreck at dawn.",
        "A pilot on the tug said she was not allowed to talk.",
        "The woman who ran the kiosk said she had seen it before.",
        "When he sailed in 1990, Ana Ortiz was 12.",
        "Ortiz said he would sail on Monday.",
        # A person named by what they do, or a creature ("she" of a mare, a ferry).
        "A wedding crasher stole the cake before she left.",
        "The robber waited until he saw the van.",
        "The hard-charging filmmaker known for his red hat often juggled three films.",
        "The emir said he would stay.",
        "The gentle old animal was loved for her calm.",
        "No attempt to get al-Tamar to stop his crackdown has worked.",
        # The pronoun in a quotation is the speaker's.
        'The crew said: "We knew he would come back."',
        # No pronoun inside.
        "The ferry left at noon.",
    ],
)
def test_a_pronoun_with_its_person_in_the_sentence_stands(text: str) -> None:
    assert not pronoun_of_nobody(cohesion(text).unquoted)


@pytest.mark.parametrize(
    "text",
    [
        # The same holds of something told before.
        "In Dorn, half of the pilots live on the island, too.",
        "The tug crews know what to do with a storm too.",
        # A short comparison with no second term, a reason untold.
        "The second report was more explicit.",
        "Moving the harbour will take much longer.",
        "Some crews didn't even know why.",
        # One more of the sentence before.
        "Even worse, the quay flooded.",
        "What's more, the tide turned.",
    ],
)
def test_one_more_of_what_came_before_leans(text: str) -> None:
    assert cohesion(text).leans


@pytest.mark.parametrize(
    "text",
    [
        # The parallel told inside the sentence.
        "The ferry was late, and the bus was late too.",
        "Lee didn't expect the storm, but she isn't hiding from it, either.",
        "Beyond the cost, the ride won't be easy either.",
        "Not only was the ferry late, but the bus was late too.",
        # What also holds, told with "either" or "not the only ones": readers kept such lines
        # (they named what later lines lean on, or gave a contrast).
        "The ferrymen aren't pushovers either.",
        "Ferrymen aren't the only ones raising questions.",
        # "either" of a choice; "too" of a degree.
        "The pilots may take either the ferry or the bus.",
        "The ferry was too slow for the pilots to board.",
        # A comparison with its second term, or a long sentence of its own.
        "The second report was more explicit than the first.",
        "Higher fares on the ferries make the bridge look more appealing.",
        "The pilots' own union is not the only group that opposed the new rule.",
        # A summary or a return further back is the report's, not the sentence's.
        "In short, the ferry is no bridge.",
        "Once again, the tide had no effect on the count.",
        "In addition to the ferry, the port runs two tugs.",
    ],
)
def test_a_parallel_told_inside_the_sentence_stands(text: str) -> None:
    assert not adds_to_before(cohesion(text).unquoted)
    assert not cohesion(text).leans


@pytest.mark.parametrize(
    "text",
    [
        # A comparison with what the line before told.
        "Even more simply, the left ratio can be used as a sign.",
        "Even less usefully, the count was taken at night.",
        "Even better, the quay held.",
        # A turn from what the line before told to something else.
        "As for the tugs, their crews stayed home.",
        "As for who started the fire, the chief would not say.",
        "As for adults, the naps made no difference.",
        # A reason given for what the line before told.
        "After all, there are plenty of ferries to go around.",
    ],
)
def test_a_comparison_with_or_a_turn_from_the_line_before_leans(text: str) -> None:
    assert cohesion(text).leans


@pytest.mark.parametrize(
    "text",
    [
        # "As" of a role, a manner or an extent; "Even more" of an amount, or with its
        # second term inside the sentence.
        "As former harbour master, Lee knew every quay.",
        "As forecasters expected, the storm passed to the north.",
        "As far as the pilots know, the quay held.",
        "Even more ferries will sail from Dorn in May.",
        "Even more than the fees, the delays angered the traders of Dorn.",
        "Evenly spaced buoys mark the channel into Dorn.",
        # "After all" of a time, with its own clause.
        "After all the votes were counted, Ana Ortiz was named harbour master.",
        "After all four ferries docked, the quay of Dorn closed for the night.",
    ],
)
def test_an_as_of_a_role_or_an_even_more_of_an_amount_stands(text: str) -> None:
    assert not cohesion(text).leans


def test_a_titled_name_tells_a_person_and_a_saint_s_town_does_not() -> None:
    for text in ("Mr Lee was fined.", "Sgt. Jo Lind was fined.", "Cmdr Ana Lind spoke."):
        assert tells_a_person(text), text
    for text in ("The ferry leaves St. Ives on Monday.", "Gen Z shoppers queued."):
        assert not tells_a_person(text), text


def test_the_capitalised_word_pattern_reads_as_its_plain_form_did() -> None:
    # speed35: the capital first, its lookbehinds after; the plain form is the reference.
    import re

    from newsfuse.text.cohesion import _CAPITALISED_AFTER_NO_LETTER

    plain = re.compile(r"(?<![A-Za-z0-9_'’-])[A-Z][\w'’-]*|(?<=[0-9_])[A-Z][\w'’-]*")
    texts = [
        "Ana met O'Neil and x-Ray, 9Bob, _Cy, ’Dan, 'Eve, éFay and ÉGil at the McCain-Lee pier.",
        "A B C, then Q. Lee—Ana-Maria said; (Tom) [Jo] “Kim”.",
    ]
    for text in texts:
        for start in (0, 1, 5):
            assert [m.span() for m in _CAPITALISED_AFTER_NO_LETTER.finditer(text, start)] == [
                m.span() for m in plain.finditer(text, start)
            ]


def test_the_that_object_pattern_reads_as_its_plain_form_did() -> None:
    # speed35: "t" first, the boundary before it a lookbehind; the plain form is the reference.
    import re

    from newsfuse.text.cohesion import _THAT_NOUN

    plain = re.compile(_THAT_NOUN.pattern.replace("t(?<![\\w'’-]t)hat ", "(?<![\\w'’-])that ", 1))
    assert plain.pattern != _THAT_NOUN.pattern
    text = "He read that filing. Athat step, _that plan; ‘that vote, 'that deal: that that, ok."
    assert [(m.span(), m.groupdict()) for m in _THAT_NOUN.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]
    assert [m.group("noun") for m in _THAT_NOUN.finditer(text)] == ["filing", "vote"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("He was not looking back.'", "He was not looking back.”"),  # closes a quotation
        ("He said 'no more.'", "He said 'no more.'"),  # its opening mark is in the sentence
        ("The pier held, he said.", "The pier held, he said."),
        ("Rock 'n' roll", "Rock 'n' roll"),
    ],
)
def test_a_closing_single_mark_at_the_end_is_read_as_a_closing_quotation(
    text: str, read: str
) -> None:
    # speed35: the tail's pattern is searched only when "'" is among the last characters.
    from newsfuse.text.quotations import _double_quotes

    assert _double_quotes(text) == read


@pytest.mark.parametrize(
    "text",
    [
        # A whole sentence in parentheses: an aside on the line before, or its citation.
        "(The harbour film was later shown by the Channel Four website.)",
        "(Earlier surveys counted fewer ports.)",
        "(The quay reopens in May).",
        "(Ferry board minutes, May 2, 2019, p. 7).",
        '(The quay, built in 1901 (and rebuilt in 1950), was "the best in Dorn.")',
    ],
)
def test_a_sentence_wholly_in_parentheses_leans_on_the_line_before(text: str) -> None:
    assert is_aside(text)
    assert cohesion(text).leans


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: a parenthesis that closes early, or one inside the sentence.
        "(AP) The harbour board voted to close the quay on Monday.",
        "(CNN) -- The ferry ran aground off Dorn.",
        "The harbour board (a body of nine) voted to close the quay.",
        "(Surveys in 2018 counted 20 ports.) Dorn's survey counts 40 ports in all.",
    ],
)
def test_a_parenthesis_that_is_not_the_whole_sentence_stands(text: str) -> None:
    assert not is_aside(text)
    assert not cohesion(text).leans


def test_the_epithet_speaker_pretest_keeps_every_match_of_the_pattern() -> None:
    # speed38: "the " and a verb of saying are looked for before the pattern; the pattern
    # alone is the reference.
    from newsfuse.text.cohesion import _EPITHET_SPEAKS, speaks_by_epithet

    texts = [
        "“ Q ” the Oregon Democrat said.",
        "In a statement, the California Democrat explained the bill.",
        "“ Q ,” said the 61-year-old.",
        "“ Q ,” wrote the Grammy-winning singer, 31.",
        "the Ohio senator insisted he had voted.",
        "Q, the two-time champion argued that the ruling was wrong.",
        "Ron Wyden, the Oregon Democrat, said the deal would pass.",
        "The mayor said the deal would pass.",
        "The 55-year-old tweeted on Monday.",
        "The star tells fans it is over.",
        "She said the singer left.",
    ]
    for text in texts:
        assert speaks_by_epithet(text) == (_EPITHET_SPEAKS.search(text) is not None), text
    assert [speaks_by_epithet(t) for t in texts[:6]] == [True] * 6


def test_the_verbs_of_saying_pre_test_finds_what_the_substring_tests_find() -> None:
    # speaks_by_epithet's one-pass cue search against the test of each verb it replaces.
    rng = random.Random(39)
    pieces = [*_SAYS_AFTER, "sai", "the ", " ", "d", "s", "Q", "“", "noted", "x"]
    texts = [
        rng.choice(pieces) + "".join(rng.choice(pieces) for _ in range(6)) for _ in range(5000)
    ]
    for text in ["", "said", "He sai d so.", "the mayor tweets", *texts]:
        found = bool(_SAYS_CUES.find_matches_as_indexes(text))
        assert found == any(verb in text for verb in _SAYS_AFTER)


@pytest.mark.parametrize(
    "text",
    [
        # A share and a bare verb: what it counts is in the line before.
        "Fifty-five percent disapprove, a record.",
        "Forty percent now agree.",
        "57 percent disapprove.",
        "12% approve, down from 30% in May.",
        # A count with no noun: of what is in the line before.
        "There are 1.2 billion now.",
        "There were about 300 million today.",
    ],
)
def test_a_bare_share_or_a_count_without_a_noun_leans_on_the_line_before(text: str) -> None:
    assert cohesion(text).leans


@pytest.mark.parametrize(
    "text",
    [
        # The share names its people, or what they did, or is no share.
        "Fifty-five percent of voters disapprove.",
        "55 percent favor delaying the ferry fees.",
        "23% didn't even have a budget for the harbour fees.",
        "Fifty dockers disapprove.",
        "2015 was a record year for the ferries of Dorn.",
        "There are 40 ferries now.",
        "There were 12 dockers at the gate.",
    ],
)
def test_a_share_that_names_its_people_or_their_act_stands(text: str) -> None:
    assert not cohesion(text).leans


def test_people_told_by_a_word_of_a_doer_count() -> None:
    # "a bystander", "the photographer": an agent's noun after its article tells a person.
    assert people_told("She saw a bystander film the photographer.") == frozenset(
        {"bystander", "photographer"}
    )
