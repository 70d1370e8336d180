import pytest

from newsfuse.text.lede import (
    frames_the_news,
    is_a_caption,
    mourns_a_death,
    reacts_to_the_unnamed,
    sets_a_scene,
    speaks_to_the_reader,
    tells_a_past,
    tells_an_event,
    tells_the_process,
    unanchored_lede,
)


@pytest.mark.parametrize(
    "text",
    [
        "For Republicans in the state house, the governor may finally have gone too far.",
        "For fans of the band, there is no such thing as too many reissues.",
        "For Ana Ortiz, the harbour was always home.",
        "If ferry fares are any guide, islanders must be feeling rich.",
        "Just because the council agreed does not mean the vote is done.",
        "Whoever buys the lighthouse next had better like tourists.",
        "Every time the bakery brings back its rye loaf, crowds form.",
        "Like every year, the harbour festival had its share of surprises.",
        "Unlike the rival paper, there is no photo gallery.",
        "Basically anything is better than sitting on the sofa.",
        "In a year when every week brings a storm, the fair is cancelled again.",
        "Of the 12 arrested on Saturday, seven were booked at the county jail.",
        "Of the three victims, two died at the scene.",
        "Fortunately, the ferry in the new film does not sink.",
        "“For drivers on the coast road, the winter may be long.",
    ],
)
def test_a_frame_before_the_news_is_read_as_one(text: str) -> None:
    assert frames_the_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "For the first time in 30 years, the harbour froze over on Monday.",
        "For three days, rescuers searched the hills above Port Halden.",
        "For more than a decade, the mill stood empty.",
        "Ifeoma Ade was elected mayor of Port Halden on Sunday.",
        "Of course, the mayor won the vote on Tuesday.",
        "Officials of the port said the terminal burned for six hours.",
        "Unlikely allies met on Monday to save the ferry line.",
        "If losing the vote wasn't enough, the mayor has now lost her seat.",
        "A fire tore through the grain terminal at Port Halden on Tuesday night.",
    ],
)
def test_a_lede_that_opens_on_the_news_or_a_time_is_no_frame(text: str) -> None:
    assert not frames_the_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fire crews were called to the harbour on Monday.",
        "The mayor died at her home in Port Halden.",
        "A new study finds that gulls remember faces.",
        "The ferry line will close in March.",
        "A video of the rescue is going viral.",
        "The harbour's lighthouse is now a museum.",
        "Ana Ortiz says the mill must stay open.",
        # What a study or a report found, and what an act had people doing.
        "Gulls remember faces for years, according to new research.",
        "New rules call for twice as many boats to carry radios.",
        "The old pier has sunk another inch.",
        "The harbour vote had fishermen cheering on the quay.",
        # What many researchers or officials say, as a report's "says" for one.
        "A little sea swimming is good for the heart, researchers say.",
    ],
)
def test_a_sentence_that_tells_what_happened_has_an_event(text: str) -> None:
    assert tells_an_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour is home to forty fishing boats.",
        "Ana Ortiz has a hard name to spell, even in her own town.",
        "Salt fever is a common disease of the northern coast.",
        "In Greek and in Latin with English subtitles.",
        "The cabin of a fishing boat.",
        "The harbour is home to five hundred fishing boats.",
    ],
)
def test_a_scene_a_generality_or_a_caption_has_none(text: str) -> None:
    assert not tells_an_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "As Ana Ortiz was locking the mill on Tuesday, she was also writing to the council.",
        "Jo Lee and her husband had just arrived at the quay for lunch when the crane fell.",
    ],
)
def test_a_scene_as_it_unfolds_is_set(text: str) -> None:
    assert sets_a_scene(text)


@pytest.mark.parametrize(
    "text",
    [
        "As the storm nears, the port has closed.",
        "As expected, the council voted to close the mill on Tuesday.",
        "Jo Lee had just one week left on the quay.",
    ],
)
def test_news_that_starts_with_as_or_had_just_sets_no_scene(text: str) -> None:
    assert not sets_a_scene(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour police and state agents executed a warrant at 12 Quay Road at 5 a.m. Tuesday.",
        "Det. Jo Lee, the officer in charge of the case, updated reporters on Friday.",
        "Officials held a news conference on Monday at the harbour hospital.",
        "Harbour detectives have partnered with investigators from three counties.",
    ],
)
def test_a_procedure_of_officials_is_the_process(text: str) -> None:
    assert tells_the_process(text)


def test_what_officials_found_is_not_the_process() -> None:
    assert not tells_the_process("Harbour police arrested two men at 12 Quay Road on Monday.")
    assert not tells_the_process("A warrant for the mayor's arrest was issued on Monday.")


def test_a_caption_names_a_thing_and_who_made_it_with_no_verb_of_its_own() -> None:
    assert is_a_caption("Campaign leaflet sent by council candidate Jo Lee.")
    assert is_a_caption("Flowers left by mourners outside the harbour school.")
    assert not is_a_caption("A leaflet sent by Jo Lee has angered her rival.")
    assert not is_a_caption("Police sent by the county arrested two men on Monday.")


def test_a_picture_of_something_with_no_verb_of_its_own_is_a_caption() -> None:
    # The verbs of a clause about its subject are not the caption's (read41).
    assert is_a_caption("A sketch released of an unidentified man who was hit by a ferry.")
    assert is_a_caption("A rendering of the new harbour bridge, which opens in May.")
    assert is_a_caption("An undated photo of the ferry captain Ana Ortiz.")
    # A picture that is the subject of a verb: news of it.
    assert not is_a_caption("A sketch of the suspect was released by the harbour police.")
    assert not is_a_caption("A photo released by the school showed the boy in a hospital bed.")
    assert not is_a_caption("This photo provided by the port shows the ferry on its side.")
    assert not is_a_caption("This photo provided by the port shows the scene of a crash.")
    assert not is_a_caption("A picture of the quay went viral on Monday.")
    assert not is_a_caption("A drawing of the quay sells for $9,000 at the harbour fair.")


def test_a_lede_whose_subject_is_a_bare_definite_noun_is_unanchored() -> None:
    assert unanchored_lede("The project has raised $30,000 since July.")
    assert not unanchored_lede("The parents of a missing boy say he was taken.")


def test_a_figure_before_the_bare_noun_leaves_the_lede_unanchored() -> None:
    assert unanchored_lede("The 100% recyclable crate is made from pressed seaweed.")
    assert unanchored_lede("The 12 new ferries were built in Bergen.")
    # (A figure with more words after it names the thing, and a name anchors it.)
    assert not unanchored_lede("The 2031 harbour fishing quotas have been published.")
    assert not unanchored_lede("The Halden harbour master has resigned.")


@pytest.mark.parametrize(
    "text",
    [
        "A fisherman from Port Halden had both legs amputated after a gull bite.",
        "The council has approved the harbour plan.",
        "Two crew members have been arrested, police said.",
        "The harbour master says the ferry should not sail.",
        "Halden Ferries is announcing a new route today.",
        "Passing the old mill, the harbour now trails only the port of Bergen.",
        "Hinted at for months, the ferry line formally opened its winter route today.",
        "The mayor won the vote by 40 votes.",
        "A car park in Halden has been confirmed by archaeologists as a Viking meeting place.",
        "Gulls are more likely to nest on roofs, studies have shown.",
    ],
)
def test_a_sentence_that_tells_what_happened_or_what_is_said_tells_a_past(text: str) -> None:
    assert tells_a_past(text)


@pytest.mark.parametrize(
    "text",
    [
        # A fact sheet: the "-ed" words are a name, a noun described, a present passive.
        "Halden Spotted Fever is a notifiable disease in the northern valleys.",
        "Halden Spotted Fever is a disease caused by a bacterium of gulls.",
        "In Halden, the gull most closely associated with the fever is the herring gull.",
        "The harbour is located in the old town.",
        # A review's credits, an analysis, a preview.
        "In Norwegian and in English with English subtitles.",
        "The ferry line might be a lot of things to the islanders.",
        "The new ferry will sail from the Halden pier on Friday.",
        "Only a hundred islanders live there all year.",
        # A participle of degree is an adjective: what is, not what happened.
        "Ferry tickets are among the most requested items at the Halden office.",
        "It is one of the less visited islands of the northern valleys.",
    ],
)
def test_a_generality_a_credit_or_a_preview_tells_no_past(text: str) -> None:
    assert not tells_a_past(text)


@pytest.mark.parametrize(
    ("paragraph", "speaks"),
    [
        ("The ferry is late again. You wait. You're cold. You go home.", True),
        ("Have you ever missed a ferry? You know the feeling. You run, and it leaves.", True),
        # A lede's passing "your", a quoted motto's "you", a speaker's words.
        ("A little swimming is good for your health, researchers say.", False),
        ("Coach Jo Lee has a line: You can't win unless you win.", False),
        ('"You wait, you freeze, you go home," Ana Ortiz said of the ferry.', False),
    ],
)
def test_an_opening_paragraph_that_speaks_to_the_reader(paragraph: str, speaks: bool) -> None:
    assert speaks_to_the_reader(paragraph) is speaks


@pytest.mark.parametrize(
    "text",
    [
        # (Invented after dev 0185, 0057, 0122: the thing was in the headline.)
        "Lena Moss, head of the harbour trust, called the work an “insult.”",
        "A food blog describes the sandwich as a fried pie with ham in it.",
        "Ed Lo said the school did not call a doctor but called the boy's mother instead.",
        "Islanders have denounced the decision as a betrayal.",
    ],
)
def test_a_reaction_to_a_thing_its_sentence_never_names_is_read(text: str) -> None:
    assert reacts_to_the_unnamed(text)


@pytest.mark.parametrize(
    "text",
    [
        # A thing every reader knows without a name.
        "The mayor called the president a coward on Tuesday.",
        "Lena Moss criticized the police for their slow response.",
        # A thing the same sentence explains: a clause, a phrase, an apposition.
        "Lena Moss called the plan that closed the quay a disgrace.",
        "Lena Moss called the fire at the grain terminal a warning.",
        "Critics called the song, a cover of an old sea shanty, a hit.",
        "Reviewers praised the newest, final draft deal from the harbour talks as bold.",
        # A judge's act is the news: "dismissed the charges" is not a reaction.
        "Judge Ana Ortiz dismissed the murder charges Tuesday against Ed Lo.",
        # Naming, not reacting: "a group called the ...".
        "She joined a group called the harbour watchers in 2010.",
        # A speaker's words are the speaker's; who said them follows.
        '"We called the plan a disgrace," harbour pilot Lena Moss said on Tuesday.',
        # Naming the dead is the news itself.
        "Police identified the two bodies found on Tuesday as Ana Ortiz and Ed Lo.",
        # A name: "the Senate", "the Halden Trust".
        "Lena Moss praised the Halden Trust for its swift response.",
    ],
)
def test_a_reaction_to_a_named_or_known_thing_is_not(text: str) -> None:
    assert not reacts_to_the_unnamed(text)


def test_a_lede_that_mourns_a_death_is_read_and_one_that_tells_it_is_not() -> None:
    assert mourns_a_death("Singer Ed Lo is mourning the recent death of his band mate Ana Ortiz.")
    assert mourns_a_death("Fans mourned the sudden death of the singer on Friday.")
    assert not mourns_a_death("Singer Ana Ortiz died on Wednesday after a long illness.")
    assert not mourns_a_death("A mourning dove nested on the harbour crane.")
    assert not mourns_a_death("The town of Ashby is mourning after a fire killed three on Tuesday.")
