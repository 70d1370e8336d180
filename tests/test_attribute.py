import pytest

from newsfuse.attribute import (
    ClaimantFinder,
    claimants,
    find_claimant,
    named_kind,
    subject_before,
)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The official Sana news agency claimed regime forces had regained control.",
         "The official Sana news agency"),
        ("Abu Firas, a member of the Free Syrian Army, said rebels had left one building.",
         "Abu Firas"),
        ('"Fierce clashes are continuing," the British-based Observatory said.',
         "the British-based Observatory"),
        ("An opposition watchdog, the Syrian Observatory for Human Rights, said clashes went on.",
         "the Syrian Observatory for Human Rights"),
        ('"We held the line," said Arne Dahl.', "Arne Dahl"),
        ("The toll rose to 12, according to the regional health office.",
         "the regional health office"),
        ("But Rami Abdul-Rahman said troops met resistance.", "Rami Abdul-Rahman"),
        ("The video showed what the rebels said was an identity card.", "the rebels"),
        ("He said the fire was out.", ""),
        ('"It is out," union representative Arne Dahl told Harbour Radio on Wednesday.',
         "union representative Arne Dahl"),
        ("Dahl said five were hurt, not two as the fire service reported, and three more.",
         "Dahl"),
        ("The union said it was burning, hours after officials said it was under control.",
         "The union"),
        ("At least 144 people were reported killed on Monday.", ""),
        ("The river rose two metres overnight.", ""),
    ],
)  # fmt: skip
def test_finds_who_makes_the_claim(text: str, claimant: str) -> None:
    assert find_claimant(text) == claimant


def test_a_bare_quotation_belongs_to_the_previous_speaker() -> None:
    texts = [
        "Abu Firas, a fighter, said the rebels had left only one building.",
        '"We did not withdraw, our guys are still there."',
        "The city was quiet on Sunday.",
    ]
    assert claimants(texts) == ["Abu Firas", "Abu Firas", ""]


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Contacted via email, Peinovich flatly denied he was Enoch.", "denied", "Peinovich"),
        ("In an interview, Burke Ramsey, now 29, denied that he harmed her.", "denied",
         "Burke Ramsey"),
        ("Trump's attorney Michael Cohen has denied there was an affair.", "denied",
         "Trump's attorney Michael Cohen"),
        ("Lawyer Robert Wallack says, despite the reports, he has not met her.", "despite",
         "Lawyer Robert Wallack"),
        ('"It is incorrect," said Craig Harvey.', "It", ""),
        ("He denies the charges.", "denies", ""),
    ],
)  # fmt: skip
def test_the_subject_named_before_a_verb(text: str, verb: str, subject: str) -> None:
    assert subject_before(text, text.index(verb)) == subject


def test_a_leading_adverbial_is_not_the_speaker() -> None:
    text = "On Wednesday, White House press secretary Sarah Sanders said it was settled."
    assert find_claimant(text) == "White House press secretary Sarah Sanders"


def test_an_apposition_after_the_name_is_not_the_speaker() -> None:
    text = '"We will rebuild," state Rep. Ana Ortiz, a Democrat, said at a news conference.'
    assert find_claimant(text) == "state Rep. Ana Ortiz"
    assert find_claimant('"We held," Jo Lee, the harbour master, said.') == "Jo Lee"
    # Look-alikes: a clause before the comma is not a name, and an apposition with nobody
    # named before it stays the speaker.
    assert find_claimant("The bill passed the Senate, a spokesman said.") == "a spokesman"
    assert find_claimant('"We won," the bill\'s sponsor, a Democrat, said.') == "a Democrat"
    assert find_claimant("Funding went to Port Halden, the mayor said.") == "the mayor"


def test_an_adverb_before_the_verb_is_not_part_of_the_claimant() -> None:
    assert find_claimant("Ortiz formally announced her run for mayor.") == "Ortiz"
    assert find_claimant("Police reportedly said two people died.") == "Police"
    # Look-alike: a noun in "-ly" that ends the party's name stays.
    assert find_claimant("The Ortiz family said they were relieved.") == "The Ortiz family"


def test_a_pronoun_next_to_the_verb_is_the_speaker_not_the_words_before_it() -> None:
    # "The harbour wall, she said, ...": the topic before the pronoun is not who said it.
    assert find_claimant('The harbour wall, she said, "will not hold another storm."') == ""
    assert find_claimant("The ferry was late, he said.") == ""
    # Look-alike: a named speaker with an apposition keeps the name.
    assert find_claimant("Jo Lee, the harbour master, said the wall held.") == "Jo Lee"


def test_he_or_she_after_a_sentence_that_opens_on_a_person_is_that_person() -> None:
    texts = [
        "Marta Lind suggested on Monday that she would not run again.",
        '"I am flattered to be asked," she said in a statement.',
    ]
    finder = ClaimantFinder(texts, speaker_from_before=True)
    assert finder(1) == "Marta Lind"
    # Look-alikes: a question's answer is not the asker's; "they" is not one person; a
    # sentence that opens on a place is not a person; without speaker_from_before a
    # sentence keeps to its own words.
    asked = ["Host Arne Dahl asked the mayor about the wall.", '"It held," she said.']
    assert ClaimantFinder(asked, speaker_from_before=True)(1) == ""
    they = ["Marta Lind and Jo Lee met on Monday.", '"We agreed," they said.']
    assert ClaimantFinder(they, speaker_from_before=True)(1) == ""
    place = ["The Port Halden council met on Monday.", '"We agreed," she said.']
    assert ClaimantFinder(place, speaker_from_before=True)(1) == ""
    assert ClaimantFinder(texts)(1) == ""
    # Not only a quotation: "She said the wall held." is the same person's claim.
    said = ["Marta Lind stood down on Monday.", "She said the harbour wall would hold."]
    assert ClaimantFinder(said, speaker_from_before=True)(1) == "Marta Lind"
    assert ClaimantFinder(said)(1) == ""


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # "told X" names who listened, not who spoke.
        ('"It held," Jo Lee, the harbour master, told Harbour Radio.', "Jo Lee"),
        ('"It held," the harbour master told Harbour Radio.', "the harbour master"),
        # A full name before an apposition that is not "a/an/the ...".
        ('"We rebuild," Marta Lind, engineer and co-founder, said.', "Marta Lind"),
        ('"We rebuild," Marta Lind, Port Halden\'s Chief Engineer, said.', "Marta Lind"),
        # Fronted participle and time phrases are not the party.
        ("Addressing the council on Monday, the mayor said the wall held.", "the mayor"),
        ("Just days later, the port authority announced a new wall.", "the port authority"),
        ("Mere hours after the mayor's office confirmed the plan, she left.",
         "the mayor's office"),
        ("Two days after the ferry sank off the coast of Halden, sparking a search, police "
         "said it was found.", ""),
        # A title's or a party's full stops are part of the name; the sentence's is not.
        ('"It is a breakthrough," said Senator Ana Ortiz (D-N.Y.).',
         "Senator Ana Ortiz (D-N.Y.)"),
        ('"A new line," said Rep. Ana Lesser.', "Rep. Ana Lesser"),
        # ... and so is a title's full stop inside the speaker, after a body or a place.
        ('"It was a whiteout," said Halden Harbour Patrol Sgt. Jo Lind.',
         "Halden Harbour Patrol Sgt. Jo Lind"),
        ('"We hold," said Halden Lt. Gov. Ana Ortiz.', "Halden Lt. Gov. Ana Ortiz"),
        # Every short title of text.lexicon, the navy's and the police's too.
        ('"We sail at dawn," said Adm. Ana Lind.', "Adm. Ana Lind"),
        ('"No one was hurt," said Halden Police Supt. Jo Lee.', "Halden Police Supt. Jo Lee"),
        # Present tense of the verbs of insisting and arguing (denials32 found "insists").
        ("Lind insists she did not hide the money.", "Lind"),
        ('"We held," the mayor maintains.', "the mayor"),
        # A title after "the" ("said the Rev. Al Sharpton" had no speaker).
        ('"We march on," said the Rev. Ana Lind.', "the Rev. Ana Lind"),
        # A sentence's full stop after a bare name still ends the speaker.
        ('"We hold," said Lind. The wall held.', "Lind"),
        # A parenthesis cut at an apposition's comma goes.
        ("Senator Ana Ortiz (D-N.Y., retired) said it held.", "Senator Ana Ortiz"),
        ('"It works," said Dr Ana Lind from HCU.', "Dr Ana Lind from HCU"),
        ('"He was calm," said passenger Jo Lee Dahl.', "passenger Jo Lee Dahl"),
        ('"Woods lied," claims she told the Halden Post.', ""),
        # Plural subjects say; a "say" of another clause has no speaker.
        ("Police say the ferry sank at dawn.", "Police"),
        # A fronted phrase of time or circumstance, and an adverb of time after the name.
        ("By Saturday, the Halden Post reported 2,000 views.", "the Halden Post"),
        ("For now, the agency says the pier is safe.", "the agency"),
        ("Ortiz later said the pier was safe.", "Ortiz"),
        ('"We held," Ortiz said Friday in an interview with Harbour Radio, adding that the '
         "wall was safe.", "Ortiz"),
        ("The ferry sank at dawn, a source confirms to the Halden Post.", "a source"),
        ('"The pier held," Ortiz tweeted.', "Ortiz"),
        # An inverted role after a quotation; a passive "by"; a relative clause after the
        # person; a quantified group.
        ('"We rose above it," said the mayor.', "the mayor"),
        ('"It is scary," Jo Lee told Harbour Radio, soon after her car slid into the dock.',
         "Jo Lee"),
        ("It is possible, the sources said, that the pier will never reopen.", "the sources"),
        ('"You bundle up, but then you are going to say, \'Enough,\'" Ana Ortiz said.',
         "Ana Ortiz"),
        ('"It is fine," said a spokeswoman from the port who asked not to be named.',
         "a spokeswoman"),
        ("He said the wall will hold.", ""),
        ("The closure was confirmed by the port authority on Monday.", "the port authority"),
        ("The mayor, who opened the wall last week, said it held.", "The mayor"),
        ("The poems, which range widely, were written by Lind, said the publisher.", ""),
        ("The wall held, according to two people familiar with the works.",
         "two people familiar with the works"),
        ("Under Armour said sales rose.", "Under Armour"),
        ("The water was 9 degrees, but experts say a ferry can sink in minutes.", "experts"),
        ("Police would not say whether the ferry sank.", ""),
        ("Officials won't comment because they say the inquiry is open.", ""),
        ("A woman called to say she had seen the ferry.", ""),
        # A phrase ending on a preposition is no party: "reports" is a noun here.
        ("Shamed by reports of the conditions, the council voted.", ""),
        # An abbreviation inside the source; a participle phrase and a glued day are no party.
        ("According to the U.S. Coast Guard, the ferry sank.", "the U.S. Coast Guard"),
        ("Written by Ana Lind (with an uncredited but acknowledged polish by Jo Lee), the "
         "film opens.", ""),
        ("LIVE On Monday, Ana Lind, the harbour master, had suggested a wall.", "Ana Lind"),
        ("Brown writes on his page that the wall held.", "Brown"),
        # A conjunction after the comma is not part of the party.
        ("The defence asked for one year, while the Crown argued for five.", "the Crown"),
        # A role of three words; the subject of a relative clause.
        ('"It is hard," says stem cell biologist Ana Lind, head of the lab.',
         "stem cell biologist Ana Lind"),
        ("The Post spoke to a harbour pilot who told them the wall held.", "a harbour pilot"),
        # A claim named before its owner, "that" left out.
        ("The suit says the sensor fails, a claim Halden Tech denies.", "Halden Tech"),
        ("The suit says the sensor fails, a charge the company denies.", "the company"),
    ],
)  # fmt: skip
def test_claimant_edges(text: str, claimant: str) -> None:
    assert find_claimant(text) == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ('"The dock was never sold," Marta Lind told reporters.', "Marta Lind"),
        ('"The dock was never sold," Lind told reporters on Tuesday.', "Lind"),
        ('"The dock was never sold," Lind told the Harbour Gazette.', "Lind"),
        ('"The dock was never sold," Lind told the local newspaper.', "Lind"),
        ('"The dock was never sold," Lind told him.', "Lind"),
    ],
)
def test_a_speaker_named_after_a_quotation_with_whom_they_told(text: str, claimant: str) -> None:
    assert find_claimant(text) == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # an order, not the speaker's words
        ("He said nothing more, and the guards told him to leave the dock.", ""),
        # a thing written is no listener (the writers are named before the verb, as before)
        ("For the opening, Lind and Berg wrote the title song.", "Lind and Berg"),
    ],
)
def test_told_or_wrote_with_an_object_names_no_listener(text: str, claimant: str) -> None:
    assert find_claimant(text) == claimant


def test_a_later_comma_still_names_the_speaker() -> None:
    text = "Later, family members reported the two missing, police said."
    assert find_claimant(text) == "police"


# Claimants must be the speaker of the sentence's quotation or speech verb (claim35).
@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a predicate before the speech verb: its subject is the speaker
        ("Marta Lind reached the dock and told a guard the boats had sunk.", "Marta Lind"),
        ('Another diver stood up and said, "We saw nothing."', "Another diver"),
        ("The port authority pledged more patrols but said it lacked boats.", "The port authority"),
        # a time phrase or a subordinator is not the speaker
        (
            "Hours after police charged Ada Berg, her lawyer insisted she was innocent.",
            "her lawyer",
        ),
        ("Yesterday historians said the wreck was Norse.", "historians"),
        ("Early in the inquiry, a detective suggested the fire was an accident.", "a detective"),
        ("But, as in many such cases, the coroner said tests would take weeks.", "the coroner"),
        ("But in a new interview with Harbour TV, Lind, 29, said she saw the boat.", "Lind"),
        ("When Ada Berg reported her son missing, she told police a man took him.", "Ada Berg"),
        # "reports" speak; "these reports" after "according to" is the party, not a verb
        ("Two ferries would not sail, reports said, and the port stayed shut.", "reports"),
        (
            "According to these reports, which hold a map, the dock was a test site.",
            "these reports",
        ),
        ("Turnout fell by 11 points, according to exit polls; today it is up.", "exit polls"),
        # the medium is not the party
        ('"We regret the error," a statement from the firm said.', "the firm"),
        (
            "A statement released by the Harbour Board said the dock would reopen.",
            "the Harbour Board",
        ),
        ('"Yes," said Lind in a short interview.', "Lind"),
        ('"We held," wrote Lind on Twitter to mark the day.', "Lind"),
        # a role, then the name
        ('"This is an attack," said his spokesman, Adam Berg.', "Adam Berg"),
        ('"This is an attack," said the lawyer, Ada W. Lind III.', "Ada W. Lind III"),
        # a relative clause with its own verb describes the speaker
        ("A Swiss diver who found the wreck said it took days.", "A Swiss diver"),
        # a phrase of whom or when after the verb
        ('"I remember his voice," Lind said of Berg.', "Lind"),
        ('"It may take a subpoena," Berg told reporters on the pier when asked about it.', "Berg"),
        ('"I am honoured," Berg said after being introduced.', "Berg"),
    ],
)
def test_the_claimant_is_the_speaker_of_the_speech_verb(text: str, claimant: str) -> None:
    assert find_claimant(text) == claimant


@pytest.mark.parametrize(
    "text",
    [
        # a speech verb coordinated with an infinitive: the writer narrates an event
        "The second diver was still speaking — when Ada Berg was forced to take the microphone"
        " and say the race was lost.",
        # "reported by": a participle, not the subject's speech
        "In 1970, Ada Berg published a study of a flood reported by the Harbour Gazette.",
        # "reports" as a noun after a time phrase
        "Two weeks after reports were confirmed that Lind was ill, the singer toured again.",
        # a reported sentence read as a source's name, "As (reported)"
        "As reported in the Harbour Journal in May, she found that seals hid.",
        # no verb of a first predicate before "and (says)": nobody to name
        "\"When there is a slip, the crew comes around and says 'square yourself away.'\"",
    ],
)
def test_no_claimant_where_no_one_is_the_speaker(text: str) -> None:
    assert find_claimant(text) == ""


def test_look_alikes_keep_their_claimants() -> None:
    # an adverbial "Later" before a comma still drops; a subordinate clause's subject stays
    assert find_claimant("Later Sunday, Ortiz said he left.") == "Ortiz"
    # a relative clause without its own verb: the speaker follows the relative word
    assert find_claimant("He met the lawyer who police said had fled.") == "police"
    # a long head is a clause, not a party
    assert find_claimant("Ashby will pay $3 million to a couple who were jailed in 1992.") == ""
    # "that" after a source's verb is no role of a speaker
    text = "The state agency, HNA, reported that Minister Ali Osman would speak on Monday."
    assert find_claimant(text) == "HNA"


@pytest.mark.parametrize(
    ("claimant", "earlier", "named"),
    [
        ("the firm", ["The accounting firm PwC said the envelope was wrong."], "PwC"),
        ("the accounting firm", ["The accounting firm PwC said it erred."], "PwC"),
        # two firms named, or none: the kind stays
        ("the firm", ["The firm Lind & Co and the firm Berg Ltd sued."], ""),
        ("the firm", ["The firm said it erred."], ""),
        # a place before an apposition is no name of the firm
        ("the biomedical firm", ["The implant was done in Paris, the biomedical firm said."], ""),
        # a claimant that names its party is left alone
        ("Lind", ["The accounting firm PwC said it erred."], ""),
    ],
)
def test_a_party_given_by_its_kind_takes_the_name_its_report_gave_it(
    claimant: str, earlier: list[str], named: str
) -> None:
    assert named_kind(claimant, earlier) == named


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a role, then the name in apposition, before the verb (not the agency reporting it)
        (
            '"It will fall," the leader of the opposition, Ana Lind, said after the vote, the'
            " Harbour agency reported.",
            "Ana Lind",
        ),
        # "allege" speaks
        (
            "The fishermen's lawyers allege that Berg admitted taking the nets.",
            "The fishermen's lawyers",
        ),
        # whom the speaker told, then how
        (
            "The shelling went on all night, residents told the Harbour news agency by telephone.",
            "residents",
        ),
        # look-alike: a claim about a wife is a claim, not a prize claimed
        ("Lind claimed his wife had also written for the podcast.", "Lind"),
        # look-alike: "said as he left" is the speaker's
        ("Lind said as he left for the port that the mayor was wrong.", "Lind"),
    ],
)
def test_more_speakers_named_where_the_verb_is_theirs(text: str, claimant: str) -> None:
    assert find_claimant(text) == claimant


@pytest.mark.parametrize(
    "text",
    [
        "This week, Berg claimed his winnings from the Harbour Lottery in one payment.",
        "Published in a journal, the study compared 83 ads, with one reported as the best.",
        "A third singer spun tales of the tour on Tuesday amid reports that his wife may leave.",
        "The girl's parents, Ana and Per Lind, were said to have been told of the search.",
    ],
)
def test_no_claimant_for_a_speech_word_that_speaks_of_no_claim(text: str) -> None:
    assert find_claimant(text) == ""


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a question or a reply right after its quotation
        ('"Is the bridge shut?" fan Ana Lind asked, according to the Harbour Post.',
         "fan Ana Lind"),
        ('"Not at all," replied the mayor.', "the mayor"),
        ("“Well, first of all,” Berg responded, “what do you mean?”", "Berg"),
        # a statement quoted after a colon
        ("The club responded to Lind with a short statement: “We stand by the coach.”",
         "The club"),
        # "accused" is the accuser's claim
        ("In a radio interview, Berg accused “the harbour board” of hiding the report.", "Berg"),
        # a state between commas belongs to its place
        ("The Lake County, Oregon, fire office and the Nampa, Idaho, police said all was calm.",
         "The Lake County, Oregon, fire office and the Nampa, Idaho, police"),
        # a dash apposition before the verb
        ("But the Dutch surgeon Prof Ana Lind - who led the team at the Vell Institute, "
         "University of Orvel - said the boy was awake.", "the Dutch surgeon Prof Ana Lind"),
        ("Just a year into the job, Berg accused the board of lying.", "Berg"),
        # the party "It comes after" introduces
        ("It comes after six engineers suggested the dam could not hold.", "six engineers"),
        # the poll a share of people answered
        ("Some 41% of drivers say they speed, according to a 2019 poll by the Road Fund.",
         "a 2019 poll by the Road Fund"),
        # the sender of a letter that says
        ("The Orvel School Board sent home a letter with pupils on Monday that said the roof "
         "was safe.", "The Orvel School Board"),
        ("State TV at nightfall announced that the harbour was shut.", "State TV"),
        ("Harbour officials at first reported Lind had been hurt.", "Harbour officials"),
        # the programme a speaker spoke on, its title in quotation marks
        ('"We hold the line," the Orvel senator said on "Harbour Sunday."', "the Orvel senator"),
        ("“We hold,” Lind said on “Harbour Sunday.” “We will not go.”", "Lind"),
    ],
)  # fmt: skip
def test_speakers_of_questions_statements_and_accusations(text: str, claimant: str) -> None:
    assert find_claimant(text) == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # look-alikes: "asked" and "replied" away from a quotation are narration
        ("Lind asked the court to rule on the harbour.", ""),
        ("The mayor replied to the letter on Monday.", ""),
        # "accused of" is the accused
        ("Lind was accused of lying to the board.", ""),
        ("Anyone fined, or even just accused, of speeding risks a ban.", ""),
        ("The man accused of the theft said he was at home.", "The man accused of the theft"),
        # "added" of a number is an increase; "tells ... stories" a plot
        ("The port added 300 jobs last year.", ""),
        ("Lind tells three short stories in the film.", ""),
        ("The port added 300 jobs last year, the mayor said.", "the mayor"),
        ('"We are here," Lind added.', "Lind"),
        ("Lind told three reporters the dam held.", "Lind"),
        # a state after a place: no party; a state as a speaker's home stays
        ("The boy was found in his parents' Salem, Oregon, home hours after they reported him "
         "missing.", ""),
        ("Ana Lind, of Salem, Oregon, said the river rose.", "Ana Lind"),
        # a share of people with no "according to" stays theirs
        ("Some 41% of drivers say they speed.", "Some 41% of drivers"),
        # an apposition between commas, and dashes that close no apposition
        ("Abu Firas, a member of the Free Army, said they held.", "Abu Firas"),
        ("The mayor - a former judge - said the bridge would open.", "The mayor"),
    ],
)  # fmt: skip
def test_look_alikes_of_questions_accusations_and_places(text: str, claimant: str) -> None:
    assert find_claimant(text) == claimant


def test_quoted_words_a_sentence_names_take_no_speaker_from_before() -> None:
    texts = [
        '"We will keep the old words," said Berg.',
        'Last year, Lind put forth a bill to change the words "all thy sons" to "all of us."',
        'Lind called the plan "a gift to every family in the harbour."',
    ]
    finder = ClaimantFinder(texts, speaker_from_before=True)
    assert [finder(i) for i in range(3)] == ["Berg", "", ""]


def test_he_or_she_takes_no_institution_from_before() -> None:
    texts = [
        "State TV announced that the harbour was shut.",
        '"They will not hold it," he said.',
        "A spokesman for the harbour police said the gates were shut.",
        '"We are watching," he said.',
    ]
    finder = ClaimantFinder(texts, speaker_from_before=True)
    assert [finder(i) for i in range(4)] == [
        "State TV",
        "",
        "A spokesman for the harbour police",
        "A spokesman for the harbour police",
    ]


@pytest.mark.parametrize(
    ("before", "claimant"),
    [
        ("This is where Lind went into spin mode.", "Lind"),
        # look-alikes: two names, or a name that has not spoken
        ("This is where Lind and Berg went into spin mode.", ""),
        ("This is where Moss went into spin mode.", ""),
    ],
)
def test_she_is_the_one_speaker_the_line_before_names(before: str, claimant: str) -> None:
    texts = [
        "“Well, first of all,” Lind responded, “what do you mean?”",
        "“The footage was altered,” Berg said.",
        before,
        "“That’s not altered, that’s slowed down,” she said.",
    ]
    assert ClaimantFinder(texts, speaker_from_before=True)(3) == claimant
