import pytest

from newsfuse.text.antecedents import (
    answers_before,
    counts_on_before,
    happening_beyond_a_quotation,
    happening_from_before,
    thing_from_before,
    thing_from_further_back,
)


@pytest.mark.parametrize(
    ("text", "before", "thing"),
    [
        (
            "The hearing, which lasted nine hours, ended without a ruling.",
            "Judge Ana Ortiz held a hearing on Monday at the county court.",
            "hearing",
        ),
        (
            "The group warned that the quay tax would drive ferries away.",
            "The Halden Chamber of Commerce, a business group, sent a letter to the board.",
            "group",
        ),
        ("The patients were followed for one year.", "The team scanned 40 patients.", "patients"),
        (
            "The data center, named Gull, opens in May.",
            "The port plans a data center on the old pier.",
            "center",
        ),
        # A capital after the noun is a name or a day: the noun is still the phrase's head.
        ("The measure passed easily.", "A measure Tuesday set a quay tax.", "measure"),
        ("The album's sales were slow.", "They released an album in 1993.", "album"),
        # "The co-X" are the X the sentence before counts, named together.
        (
            "The co-workers had pooled their pay for years.",
            "Six dock workers in Halden learned it the hard way.",
            "co-workers",
        ),
    ],
)
def test_a_sentence_opening_on_what_the_sentence_before_introduces(
    text: str, before: str, thing: str
) -> None:
    assert thing_from_before(text, before) == thing


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # The noun only modifies another in the sentence before: a bill, not a security.
        ("The security team met him at the gate.", "He paid a security bill for the ferry."),
        # Introduced by "the" or by name, the thing is not introduced here (too loose a test:
        # readers' synonyms and the story's own nouns made it half wrong, branch intro27).
        ("The hearing lasted nine hours.", "The judge closed the hearing to the press."),
        # Nouns every reader knows, names, and sentences that open otherwise.
        ("The police said the fire was set.", "A police officer saw the smoke."),
        ("The Navy sent a ship.", "A navy ship was seen off the quay."),
        ("A hearing is set for June.", "The judge held a hearing on Monday."),
        # Only "co-" names the same people: a co-pilot is no pilot the sentence introduced.
        ("The co-pilot landed the ferry plane.", "A pilot fell ill on the way."),
    ],
)
def test_a_sentence_that_does_not_take_a_thing_from_the_sentence_before(
    text: str, before: str
) -> None:
    assert thing_from_before(text, before) is None


def test_one_of_a_series_counts_on_the_sentence_that_names_the_series() -> None:
    third = "The third suspect is between 5 feet 6 inches and 5 feet 8 inches tall."
    assert counts_on_before(third, "The second suspect wore a red cap and a grey coat.")
    assert counts_on_before("The fourth soldier's body was found later.", "Three soldiers died.")
    # A series the sentence before does not name is one the brief has or never needed.
    assert not counts_on_before("The fourth victim is Jo Lee, 31.", "She is in critical care.")
    # An ordinal in a compound is no series.
    assert not counts_on_before("The second-largest port is Morvik.", "Halden is a port.")


@pytest.mark.parametrize(
    ("text", "before", "stem"),
    [
        # An act or an utterance the sentence before tells in its own words.
        (
            "The move comes two months after a rival bought a ferry line.",
            "Halden Shipping agreed to buy the Morvik ferry company for $40 million.",
            "move",
        ),
        (
            "The remarks angered the mayor, who called them reckless.",
            '"The quay is finished," the harbour master told reporters.',
            "remar",
        ),
        ("The trip, planned for May, was canceled.", "He hoped to see the fjords.", "trip"),
        ("The latest news is a sign talks could resume.", "The ferry strike went on.", "news"),
        # A happening a story also names as its own, told by the verb right before.
        ("The arrest sparked a boycott.", "Ana Ortiz was arrested in 1955 on a ferry.", "arres"),
        (
            "The investigation found two more workshops.",
            "The port set up a task force to investigate further.",
            "inves",
        ),
    ],
)
def test_a_sentence_opening_on_a_happening_the_sentence_before_tells(
    text: str, before: str, stem: str
) -> None:
    assert stem in happening_from_before(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # The phrase names its own thing: a complement or a relative clause.
        ("The decision to close the quay came in May.", "The board met on Monday."),
        ("The news of his death reached the port at noon.", "The ferry sank."),
        ("The incident that angered the mayor came in May.", "The board met on Monday."),
        # The story's own happening, not told by its verb in the sentence before.
        ("The investigation continues, police said.", "Divers searched the quay."),
        ("The arrest sparked a boycott.", "Ana Ortiz sat at the front of the ferry."),
        # "The good news is that ..." announces what follows.
        ("The good news is that the ferry runs again.", "The strike cost millions."),
    ],
)
def test_a_sentence_that_does_not_open_on_a_happening_told_before(text: str, before: str) -> None:
    assert happening_from_before(text, before) == ()


@pytest.mark.parametrize(
    ("text", "befores", "found"),
    [
        (
            "The hearing ended without a ruling.",
            ("The mayor did not attend.", "Judge Ana Ortiz held a hearing on Monday."),
            ("hearing", 2),
        ),
        (
            "The ferry sailed again in May.",
            (
                "Nobody was hurt.",
                "The crew was praised.",
                "Police said a ferry was stuck off Halden.",
            ),
            ("ferry", 3),
        ),
        (
            # A quoted opening is read too ('"The ..." she said').
            "The patients were followed for a year.",
            ("It was paid for by the city.", "The team scanned 40 patients in Halden."),
            ("patients", 2),
        ),
    ],
)
def test_a_sentence_opening_on_what_a_sentence_further_back_introduces(
    text: str, befores: tuple[str, ...], found: tuple[str, int]
) -> None:
    assert thing_from_further_back(text, befores) == found


@pytest.mark.parametrize(
    ("text", "befores"),
    [
        # The sentence right before introduces it: ``thing_from_before``'s.
        ("The hearing ended.", ("A judge held a hearing.", "The mayor came.")),
        # Four sentences back: too far to be the one it means.
        ("The ferry sailed.", ("One.", "Two.", "Three.", "A ferry ran aground.")),
        # A noun the reader knows, or a name.
        ("The police left.", ("It rained.", "A police car came.")),
        ("The Navy left.", ("It rained.", "A Navy ship came.")),
        # "a security bill" introduces a bill; a hyphen joins the noun to the next word.
        ("The security team met him.", ("It rained.", "He paid a security bill.")),
        (
            "The documents support administration testimony.",
            ("It was released.", "It is part of an administration-wide effort."),
        ),
        # No "The" opening.
        ("Its hearing ended.", ("It rained.", "A judge held a hearing.")),
        # The phrase tells which thing it is.
        ("The hearing on the quay tax ended.", ("It rained.", "A judge held a hearing.")),
        # Only the phrase's head counts, and only a phrase read to its end.
        ("The worker benefit ends.", ("It rained.", "It helps a worker at home.")),
        ("The broad new worker benefit ends.", ("It rained.", "A worker benefit is new.")),
        # A verb after the noun is no noun of the phrase ("said" after "a spokesman said").
        ("The agency said it would appeal.", ("It rained.", "A spokesman said so.")),
        # A function word between the introducer and the noun: "a summary of the deal"
        # introduces a summary; a figure after a month is a day.
        ("The deal also pays $9.", ("It rained.", "We saw a summary of the deal obtained.")),
        ("The attacks changed it.", ("It rained.", "Since the Sept. 11 attacks, it grew.")),
    ],
)
def test_a_sentence_that_takes_no_thing_from_further_back(
    text: str, befores: tuple[str, ...]
) -> None:
    assert thing_from_further_back(text, befores) is None


def test_a_happening_after_a_quotation_needs_the_telling_before_the_quotation() -> None:
    assert happening_beyond_a_quotation("The trip was canceled for surgery.", before_quotes=True)
    assert happening_beyond_a_quotation("The move angered the union.", before_quotes=True)
    # Look-alikes: an utterance the quotation can be; no quotation before; a noun naming
    # its own thing; no happening at all.
    assert not happening_beyond_a_quotation("The remarks angered the mayor.", before_quotes=True)
    assert not happening_beyond_a_quotation("The trip was canceled.", before_quotes=False)
    assert not happening_beyond_a_quotation("The trip to Oslo was canceled.", before_quotes=True)
    assert not happening_beyond_a_quotation("The ferry was late.", before_quotes=True)


@pytest.mark.parametrize(
    "text",
    [
        # A verb of answering with no object: what it answers is told before.
        "Morvik responded with its own tariffs on Halden fish.",
        '"Not before the spring," the harbour master replied.',
        "The union countered that the quay would close anyway.",
        "Within a day, the ferry line fired back with a lawsuit.",
        "In return, the port gets two more berths.",
        "And, sure enough, it was not long before Ortiz responded.",
        # A quotation that opens on the first point of a reply.
        '"First of all, the toll is a fee and not a tax," Ortiz said.',
        "“First off, nobody was hurt at the quay,” the harbour master said.",
    ],
)
def test_a_sentence_that_answers_what_it_does_not_tell(text: str) -> None:
    assert answers_before(text)


@pytest.mark.parametrize(
    "text",
    [
        # The sentence names what it answers.
        "Morvik responded to the tariffs with a tax on Halden fish.",
        "The mayor fired back at critics of the quay plan.",
        "Lee fired back, saying Ortiz's comments were cruel.",
        "In response to the fire, the port closed the quay.",
        # It tells the question itself, or the verb is in a clause of its own.
        "When asked about the quay, Ortiz replied that it would reopen.",
        'Asked why the quay closed, she responded: "The fire."',
        "Rats got two pellets if they responded with a nose poke.",
        "Scans since he responded in the scanner show no change.",
        # First responders answering a call.
        "Three officers responded two minutes later.",
        "The harbour police also responded.",
        # Inside a quotation: the speaker's words.
        '"Republicans responded with a shrug," the mayor said.',
        # A statement or a post that opens on a speaker's "Look," or "Well,"; a plain
        # "First" of a sequence told.
        '"Look, ferry fares do rise in the summer," Lee told reporters.',
        '"Well, the secret is out," the singer wrote.',
        '"First, we close the quay, then we test it," Ortiz said.',
        "First of all the ferries, then the trains stopped.",
    ],
)
def test_a_sentence_that_answers_nothing_untold(text: str) -> None:
    assert not answers_before(text)


@pytest.mark.parametrize(
    ("text", "before", "thing"),
    [
        # (The indefinite phrase is read without a pattern of the noun's own: its parts.)
        ("The bill passed.", "A bill on ferry fares went to the council.", "bill"),
        ("The bill passed.", "Lawmakers filed a new ferry fares bill, the third.", "bill"),
        ("The bills passed.", "Lawmakers filed 1,200 bills in May.", "bills"),
        ("The bill passed.", "Lawmakers filed a bill. Mayor Ana Ortiz signed it.", "bill"),
        ("The bill passed.", "It was a bill-like form. Lawmakers then filed a bill.", "bill"),
        ("The bill passed.", "Lawmakers filed a bill Tuesday.", "bill"),  # (a day after it)
    ],
)
def test_a_thing_introduced_however_the_phrase_is_set(text: str, before: str, thing: str) -> None:
    assert thing_from_before(text, before) == thing


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("The bill passed.", "Lawmakers filed a very long new ferry fares bill."),  # four words
        ("The bill passed.", "Lawmakers filed a bill-like form on Monday."),
        ("The bill passed.", "Lawmakers filed a billing form on Monday."),
        ("The bill passed.", "Lawmakers filed a bill form on Monday."),
        ("The bill passed.", "Lawmakers filed the bill on Monday."),
    ],
)
def test_look_alikes_of_an_introduced_thing(text: str, before: str) -> None:
    assert thing_from_before(text, before) is None


@pytest.mark.parametrize(
    "text",
    [
        "Morvik responded with its own tariffs on fish.",
        "The mayor fired back on Monday.",
        "In response, the council closed the pier.",
        "Lee countered with a lower bid.",
        '"Not yet," the mayor replied.',
    ],
)
def test_a_sentence_with_a_verb_of_answering_is_read_by_the_pattern(text: str) -> None:
    # speed35: the pattern is searched only where one of its words occurs (``_may_answer``).
    from newsfuse.text.antecedents import _ANSWERS, _may_answer

    assert _ANSWERS.search(text) is not None
    assert _may_answer(text)
    assert answers_before(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council closed the pier on Monday.",
        "Their response came a day later.",  # a noun, not the verb
        "She replies to every letter.",  # not a form the pattern reads
        "Within response times, crews arrived.",
    ],
)
def test_a_sentence_without_the_patterns_words_answers_nothing(text: str) -> None:
    from newsfuse.text.antecedents import _ANSWERS

    assert _ANSWERS.search(text) is None
    assert not answers_before(text)
