import pytest

from newsfuse.text.quotations import (
    Speaker,
    inside_open_quotation,
    names_someone,
    quotation,
    speaks_in_first_person,
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We held the line," Mayor Ana Ortiz said.', Speaker.NAMED),
        ('"We will be back next year," said the bus driver Jo Lee.', Speaker.NAMED),
        ('Adds Weir: "Trey listens to what the others are playing."', Speaker.NAMED),
        ('The mayor called the plan "a waste of good money."', Speaker.NAMED),
        ('Smith, 45, said "we will be back next year."', Speaker.NAMED),
        ("So, I apologize for my speech.” — Jon Cryer, on his upset victory", Speaker.NAMED),
        ("All we know is we're not looking back.'", Speaker.NONE),
        ('"We held the line," she said.', Speaker.PRONOUN),
        ('"I am the victim here," he said during one of the phone calls.', Speaker.PRONOUN),
        ('In a statement, he said: "We are devastated by the news."', Speaker.PRONOUN),
        ('"We regret the harm the flyer caused," the statement said.', Speaker.PRONOUN),
        ('"We regret the harm the flyer caused," said the letter.', Speaker.PRONOUN),
        ('"We regret the harm the flyer caused," the party\'s statement said.', Speaker.NAMED),
        ('"We regret the harm the flyer caused," the bus driver said.', Speaker.NAMED),
        ('"We held the line and we will hold it again."', Speaker.NONE),
        ("We would like to thank everyone for respecting our privacy.”", Speaker.NONE),
        # A judgement verb hands a quoted phrase to its subject, as "called" does.
        ('The harbour master denounced the plan as "a waste of good money."', Speaker.NAMED),
        ('Jo Lee, a ferry captain, branded the timetable "a work of pure fiction."', Speaker.NAMED),
        ('The union praised the deal as "a fair day\'s pay at last."', Speaker.NAMED),
        ('Mayor Ana Ortiz slammed the board as "a gang of amateurs."', Speaker.NAMED),
        ('Jo Lee panned the timetable as "a work of pure fiction."', Speaker.NAMED),
        # A speech word after "to": the clause's subject speaks ("went on to say").
        ('Ortiz went on to say that "the quay will not open before June."', Speaker.NAMED),
        ('Lind was quick to respond, calling the plan "a waste of good money."', Speaker.NAMED),
        ('She went on to say that "the quay will not open before June."', Speaker.PRONOUN),
        ('Needless to say, "the quay will not open before June."', Speaker.NONE),
    ],
)
def test_finds_who_a_quotation_is_from(text: str, speaker: Speaker) -> None:
    found = quotation(text)
    assert found.quotes and found.speaker is speaker
    assert found.needs_speaker == (speaker is not Speaker.NAMED)


@pytest.mark.parametrize(
    "text",
    [
        'In the Harding family, "slacker" is a relative term.',
        'Their new book is called "The Brainy Bunch: Our Method to College by Twelve."',
        "The river rose two metres overnight.",
    ],
)
def test_scare_quotes_and_titles_are_no_quotation(text: str) -> None:
    assert not quotation(text).quotes


def test_names_someone_needs_a_name_or_a_speaker() -> None:
    assert names_someone("The fire chief, Marta Lind, spoke on Monday.")
    assert names_someone('"It will be out by dawn," said the bus matron.')
    assert not names_someone("He said it was over.")
    assert not names_someone("Schools were closed on Monday.")


@pytest.mark.parametrize(
    ("text", "first_person"),
    [
        ("I was invited to fly on the old jet last spring.", True),
        ("Voters, myself included, trust a record of accuracy.", True),
        ("We, the residents, were never asked.", True),
        ("The mystery of the missing mural deepened.", False),
        ("Then, I left the hearing before the vote.", True),
        ("The investigation revealed a need to make changes, which we did.", True),
        ("Neither the mayor nor her office returned my emails.", True),
        ("Sources tell me the deal is not yet signed.", True),
        ('"We will rebuild by spring," the harbour master said.', False),
        ("Veterans of World War I were honoured in Paris on Sunday.", False),
        ("King Henry I founded the abbey, the guide said.", False),
        ("US troops left the base on Monday.", False),
        # An "I" that ends a hyphenated title, and the "our" of everyone.
        ("An informant tipped off the ARSO-I about the forged visas.", False),
        ("The mutation helped protect our ancestors from frostbite.", False),
        ("The compound is absorbed by our skin within minutes.", False),
        ("Our team found the mutation helped our ancestors.", True),
        ("We think our planet is warming faster than feared.", True),
    ],
)
def test_knows_a_writers_own_voice(text: str, first_person: bool) -> None:
    assert speaks_in_first_person(text) is first_person


def test_a_sentence_inside_a_long_quotation_is_read_as_inside_it() -> None:
    text = (
        "The chief spoke late.\n“We left. We ate. We slept. We woke. We sailed,” Ana said. "
        "Then she went home.\n“A new one.” And more."
    )
    assert inside_open_quotation(text, text.index("We woke"))
    # Not a quotation's first sentence, nor one after it closes, nor one after a line break.
    assert not inside_open_quotation(text, text.index("“We left"))
    assert not inside_open_quotation(text, text.index("Then she"))
    assert not inside_open_quotation(text, text.index("And more"))
    assert not inside_open_quotation(text, text.index("The chief"))
    # Straight marks, which do not tell an opening from a closing, and a quotation that
    # never closes (a dropped mark) are not read.
    straight = '"We left. We ate. We slept. We woke. We sailed," Ana said.'
    assert not inside_open_quotation(straight, straight.index("We woke"))
    unclosed = "“We left. We ate. We slept. We woke. We sailed, Ana said."
    assert not inside_open_quotation(unclosed, unclosed.index("We woke"))
