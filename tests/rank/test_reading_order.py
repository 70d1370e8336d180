"""Where a backbone brief's additions go in its reading order (``rank.reading_order``)."""

from tests.rank.test_backbone import (
    COURIER,
    DAY_LATER,
    TOLD_FRIDAY,
    _brief,
    _day_later_brief,
    _story,
)

HARBOUR = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.\n\n"
    "Harbour pilot Ove Brandt steered the last ferry out of the port through thick smoke.\n\n"
    "Brandt said the smoke was thick enough to hide the water from the bridge of the ship."
)
BAY = (
    "Smoke from the terminal fire drifted across the whole bay on Tuesday night.\n\n"
    "Ferries kept to their timetable through the evening, the company said.\n\n"
    "Harbour pilot Ove Brandt steered the last ferry out of Port Halden through the smoke."
)


def test_a_backbone_sentence_may_lean_on_an_additions_introduction_placed_before_it() -> None:
    # The other report's introduction of the pilot enters first; the backbone's own then
    # repeats it and stays out, and the backbone's "Brandt said ..." follows the addition.
    story = _story(HARBOUR, BAY)
    scores = [3.0, 0.2, 2.0, 0.0, 0.0, 2.5]
    texts = _brief(story, scores, words=200)
    said = [i for i, t in enumerate(texts) if t.startswith("Brandt said")]
    pilot = [i for i, t in enumerate(texts) if t.startswith("Harbour pilot Ove Brandt")]
    assert said and pilot and pilot[0] < said[0]


def test_another_reports_printing_of_a_backbone_line_goes_where_the_backbone_prints_it() -> None:
    # The radio's copy of the courier's line wins on score; placed by likeness it went
    # after Friday's plan, and "A day later" then counted from Friday.
    texts = _day_later_brief(DAY_LATER, DAY_LATER)
    assert texts.index(DAY_LATER) == texts.index(TOLD_FRIDAY) - 1
    assert texts[texts.index(DAY_LATER) - 1].startswith("Fire chief Marta Lind")


VOLUNTEERS = (
    "Volunteers handed out soup and blankets to families near the docks on Wednesday.\n\n"
    '"We will rebuild before the harvest, whatever it costs," Kessler said of the terminal.'
)
OWNER = (
    "Terminal owner Jo Kessler flew home from a trade fair in Oslo on Wednesday.\n\n"
    "Farmers in the northern valleys fear the loss of their winter wheat stores."
)


def test_another_reports_introduction_comes_before_the_line_that_uses_the_surname() -> None:
    # The volunteers' line enters first and puts its report first at the end of the brief;
    # its "Kessler said" needs the owner's introduction, which another report gives: that
    # report's line moves before the volunteers' report.
    story = _story(COURIER, VOLUNTEERS, OWNER)
    texts = _brief(story, [3.0, 2.0, 1.5, 1.0, 2.6, 2.2, 2.4, 0.1], words=200)
    said = [i for i, t in enumerate(texts) if "Kessler said" in t]
    owner = [i for i, t in enumerate(texts) if t.startswith("Terminal owner Jo Kessler")]
    assert said and owner and owner[0] < said[0]
    # Each report's lines stay together, in the report's order.
    volunteers = [i for i, t in enumerate(texts) if t.startswith("Volunteers")]
    assert volunteers == [said[0] - 1]


def _placed(addition: str, courier: str = COURIER) -> list[str]:
    """A 200-word brief of the courier (Lind introduced in its second line) with a radio
    whose third line is ``addition`` (past its opening, where it would be a second lede)."""
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        "\n\nFishing boats waited offshore until the smoke had thinned in the morning."
        f"\n\n{addition}"
    )
    story = _story(courier, radio)
    scores = [3.0, 2.0, 1.5, *[1.0] * (len(story.candidates) - 6), 0.0, 0.0, 1.2]
    return _brief(story, scores)


def test_an_addition_naming_a_person_the_backbone_introduced_goes_after_the_line_it_is_like() -> (
    None
):
    # Lind's line on the cause goes after the courier's line on the cause, which the line
    # introducing her comes before; it went to the end, after the wheat.
    cause = "Lind said inspectors from the capital would arrive on Thursday to study the cause."
    texts = _placed(cause)
    she = next(t for t in texts if t.startswith("She said the cause"))
    assert texts.index(cause) == texts.index(she) + 1
    assert texts[-1].startswith("The terminal stores wheat")


def test_an_addition_most_like_a_line_before_its_persons_introduction_goes_to_the_end() -> None:
    # Most like the lede, which comes before the line introducing Lind: after the lede it
    # would use her surname before her name.
    feared = "Lind said harbour officials had long feared a night like this one."
    texts = _placed(feared)
    assert texts[-1] == feared
    # Nor after a line followed by one that introduces the person again: her surname would
    # come before her name.
    cause = "Lind said inspectors from the capital would arrive on Thursday to study the cause."
    again = "Marta Lind, who grew up in the valley, has led its crews since the terminal opened."
    courier = COURIER.replace("The terminal stores", f"{again}\n\nThe terminal stores")
    texts = _placed(cause, courier)
    assert again in texts
    assert texts[-1] == cause


PLAN_COURIER = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.\n\n"
    "Fire chief Marta Lind said crews fought the blaze for six hours before it was contained.\n\n"
    "Lind had crews pump seawater from the harbour onto the silos and cut a firebreak.\n\n"
    "Officials said Lind fought a warehouse fire in the port the same way last year.\n\n"
    "The terminal stores wheat for farmers across the northern valleys of the region."
)


def _plan_brief(next_line: str) -> list[str]:
    """A brief of the courier (Lind's method third, a later line on her plan fourth) with a
    radio whose third line is 'Lind had a plan for the burning silos, officials said.' and
    its fourth ``next_line``."""
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        "\n\nFishing boats waited offshore until the smoke had thinned in the morning."
        f"\n\nLind had a plan for the burning silos, officials said.\n\n{next_line}"
    )
    story = _story(PLAN_COURIER, radio)
    return _brief(story, [3.0, 2.0, 1.5, 1.0, 1.0, 0.0, 0.0, 1.2, 0.0])


def test_an_addition_its_reports_next_line_goes_on_from_goes_before_the_line_telling_it() -> None:
    # The radio's next line, left out, tells the method the courier tells third and leans
    # on the addition ("She"): the addition announces the method and goes before it, in its
    # report's order, not after the courier's later line on the plan, which shares its words.
    texts = _plan_brief("She had crews pump seawater from the harbour onto the silos.")
    plan = texts.index("Lind had a plan for the burning silos, officials said.")
    assert texts[plan + 1].startswith("Lind had crews pump seawater")


def test_an_addition_whose_reports_next_line_stands_alone_goes_after_the_line_it_is_like() -> None:
    # The next line names the crews itself and leans on nothing: the addition goes after the
    # line most like it.
    texts = _plan_brief("Crews pumped seawater from the harbour onto the silos all night.")
    plan = texts.index("Lind had a plan for the burning silos, officials said.")
    assert texts[plan - 1].startswith("Officials said Lind fought a warehouse fire")


SETUP_LINE = (
    "The fire began in a conveyor belt near silo four at Port Halden, where a welder had worked."
)


def _refilled_brief(second_line: str, stray: bool = True, courier: str = COURIER) -> list[str]:
    """A 95-word brief of the courier with a radio whose second line is ``second_line``; with
    ``stray``, a third report's line on an ice rink, the best addition, that ends the first
    fill, stands apart from it and is left out: the brief is filled again."""
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\n{second_line}\n\nDockers sang on the quay at dawn."
    )
    texts = [courier, radio]
    scores = [3.0, 2.0, 1.5, 1.0, 0.0, 1.2, 0.0]
    if stray:
        texts.append(
            "A new ice rink opened in Mirren on Monday.\n\n"
            "Elsewhere, a new ice rink opened in Mirren with skating lessons for children."
        )
        scores += [0.0, 2.5]
    return _brief(_story(*texts), scores, words=95)


def test_a_refills_second_line_of_another_report_goes_after_the_opening() -> None:
    # The radio's second line sets the event up; brought in for the stray, it goes where its
    # report tells it, after the brief's opening, and the courier's own line ends the brief.
    texts = _refilled_brief(SETUP_LINE)
    assert texts[1] == SETUP_LINE
    assert texts[-1].startswith("The terminal stores wheat")


def test_the_line_in_a_first_fill_or_a_line_naming_nothing_stays_last() -> None:
    # Not a refill: the placement of a first fill stands (placed early in every brief, such
    # lines moved 50 dev and anchor briefs, most of them for the worse).
    texts = _refilled_brief(SETUP_LINE, stray=False)
    assert texts.index(SETUP_LINE) > texts.index(COURIER.split("\n\n")[3])
    # A line that shares no name with the brief's opening may tell another thing.
    unnamed = "The fire began in a conveyor belt near silo four, where a welder had worked."
    texts = _refilled_brief(unnamed)
    assert texts.index(unnamed) > texts.index(COURIER.split("\n\n")[3])


def test_a_refills_second_line_that_introduces_a_person_the_brief_names_stays_last() -> None:
    # Placed after the opening, "Marta Lind" would be introduced before the courier's own
    # "Fire chief Marta Lind said ..." (``_Builder._introduces_a_named``).
    naming = (
        "The fire began in a conveyor belt near silo four at Port Halden, where Marta Lind"
        " first saw smoke."
    )
    texts = _refilled_brief(naming)
    assert texts.index(naming) > texts.index(COURIER.split("\n\n")[3])


POLICE_ACCOUNT = (
    "According to police, the fire began in a conveyor belt near silo four at Port Halden."
)


def test_an_account_by_police_goes_after_the_opening_in_a_first_fill() -> None:
    # How the event happened, as police or witnesses tell it, from another report's second
    # line: after the opening, not after the consequences (dev 0025's "According to a police
    # report, witnesses saw Magwood land in the pit head-first ..." after the fund-raiser).
    texts = _refilled_brief(POLICE_ACCOUNT, stray=False)
    assert texts[1] == POLICE_ACCOUNT
    # Its report's next line goes on from it there, in its report's order.
    assert texts[2] == "Dockers sang on the quay at dawn."
    assert texts[-1].startswith("The terminal stores wheat")


def test_an_account_quoted_or_naming_nothing_of_the_opening_stays_last() -> None:
    last_courier_line = COURIER.split("\n\n")[3]
    for line in (
        # a witness's own words: a quotation, read as a reaction before the facts
        '"The fire began in a conveyor belt near silo four at Port Halden," a witness told police.',
        # police, but no name of the opening: it may tell another thing
        "According to police, the fire began in a conveyor belt near silo four.",
    ):
        texts = _refilled_brief(line, stray=False)
        assert texts.index(line) > texts.index(last_courier_line)


def test_an_account_by_police_stays_last_when_the_backbone_tells_its_own() -> None:
    # The backbone's report tells what police found: another report's account retells it,
    # and placed first it came before the backbone's own (dev 0073 at 400 words).
    courier = COURIER.replace("Fire chief Marta Lind said crews", "Police said crews")
    texts = _refilled_brief(POLICE_ACCOUNT, stray=False, courier=courier)
    assert texts.index(POLICE_ACCOUNT) > texts.index(courier.split("\n\n")[3])
