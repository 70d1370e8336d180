import pytest

from newsfuse.eval.readability import Readability, Reports, brief_defects, judge_brief

REPORT = (
    "Fire chief Marta Lind spoke to reporters at the harbour on Tuesday night. "
    '"We will have the fire under control by morning, whatever the wind does." '
    "He had been on duty for twenty hours by then, his staff said. "
    "Those charges were dropped in May after a long review by the city. "
    "But the port stayed closed to shipping for the rest of the week. "
    "It is unclear whether the grain terminal can reopen before the harvest. "
    "This week, the council voted to pay for a new fire station near the docks."
)
REPORTS = Reports([REPORT, "Police closed the coast road for the night, a spokesman said."])
LEAD = "Fire chief Marta Lind spoke to reporters at the harbour on Tuesday night."
QUOTE = '"We will have the fire under control by morning, whatever the wind does."'
HE = "He had been on duty for twenty hours by then, his staff said."
ROAD = "Police closed the coast road for the night, a spokesman said."


def kinds(sentences: list[str]) -> list[str]:
    return [d.kind for d in brief_defects(sentences, REPORTS)]


def test_a_quotation_that_names_nobody_is_a_defect() -> None:
    assert kinds([ROAD, QUOTE]) == ["quote"]
    assert kinds([QUOTE]) == ["quote"]


def test_a_quotation_right_after_the_report_sentence_naming_the_speaker_is_fine() -> None:
    assert kinds([LEAD, QUOTE]) == []


def test_a_quotation_whose_speaker_the_sentence_names_is_fine() -> None:
    reports = Reports(['"We will hold the line tonight, come what may," Mayor Ana Ortiz said.'])
    named = '"We will hold the line tonight, come what may," Mayor Ana Ortiz said.'
    assert brief_defects([named], reports) == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"We held the line tonight, all of us," she said.',
        "The river was rising again, she told reporters.",
    ],
)
def test_a_pronoun_as_the_only_speaker_is_a_quote_defect_away_from_its_report(
    sentence: str,
) -> None:
    reports = Reports([f"Ana Ortiz ran the count in Ashby on Monday. {sentence}"])
    if '"' in sentence:
        assert [d.kind for d in brief_defects([sentence], reports)] == ["quote"]
    assert brief_defects(["Ana Ortiz ran the count in Ashby on Monday.", sentence], reports) == []


@pytest.mark.parametrize(
    "opener",
    [
        HE,
        "Those charges were dropped in May after a long review by the city.",
        "But the port stayed closed to shipping for the rest of the week.",
    ],
)
def test_an_opener_away_from_its_report_sentence_is_a_defect(opener: str) -> None:
    assert kinds([ROAD, opener]) == ["opener"]
    assert kinds([opener]) == ["opener"]


def test_an_opener_right_after_its_report_sentence_is_fine() -> None:
    assert kinds([LEAD, QUOTE, HE]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It is unclear whether the grain terminal can reopen before the harvest.",
        "This week, the council voted to pay for a new fire station near the docks.",
    ],
)
def test_openers_that_point_nowhere_are_fine(sentence: str) -> None:
    assert kinds([ROAD, sentence]) == []


@pytest.mark.parametrize(
    "furniture",
    [
        "Hide Caption 5 of 23 Photos: The fire at the grain terminal",
        "In this Aug. 15, 2014 file photo, firefighters spray water on the terminal.",
        "WATCH: Fire tears through Port Halden grain terminal",
        "You always have the option to delete your Tweet location history.",
        "Fire crews are still at the terminal and the cause of the blaze is ...",
        "Fire Tears Through Port Halden Grain Terminal",
    ],
)
def test_captions_embeds_teasers_and_headlines_are_furniture(furniture: str) -> None:
    reports = Reports([f"{furniture}\n\n{LEAD}"])
    assert [d.kind for d in brief_defects([LEAD, furniture], reports)] == ["furniture"]


def test_a_sentence_under_five_words_is_a_fragment() -> None:
    assert kinds([LEAD, "The port closed."]) == ["fragment"]


def test_a_summary_not_drawn_from_the_reports_is_judged_on_its_own_order() -> None:
    written = [
        "Fire chief Marta Lind tells reporters the blaze will be out by morning.",
        '"It will be out by dawn, whatever the wind does."',
        "She had been on duty for twenty hours.",
    ]
    assert kinds(written) == []
    assert kinds(written[1:]) == ["quote"]
    assert kinds(written[2:]) == ["opener"]


def test_counts_add_up_over_briefs_and_name_the_share_without_defects() -> None:
    good = judge_brief([LEAD, QUOTE, HE], REPORTS)
    bad = judge_brief([ROAD, QUOTE, "The port closed."], REPORTS)
    total = good + bad
    assert (good.defects, bad.quote, bad.fragment) == (0, 1, 1)
    assert total == Readability(sentences=6, briefs=2, quote=1, fragment=1, clean=1)
    assert total.per_100("defects") == pytest.approx(100 * 2 / 6)
    assert total.clean_share == 0.5


def test_a_bare_surname_before_its_introduction_is_counted_apart() -> None:
    reports = Reports(
        ["Fire chief Marta Lind spoke on Tuesday. Lind said the fire would be out by morning."]
    )
    early = judge_brief(["Lind said the fire would be out by morning."], reports)
    late = judge_brief(
        ["Fire chief Marta Lind spoke on Tuesday.", "Lind said the fire would be out by morning."],
        reports,
    )
    assert (early.name, early.defects, late.name) == (1, 0, 0)


def test_a_quotation_after_a_he_said_line_names_nobody_even_in_a_chain() -> None:
    # Issue 18: a quote enters with the report's preceding sentence that names its speaker.
    # Two sentences up is not enough: '"...," he added.' names nobody.
    report = (
        "Mayor Ana Ortiz opened the new sea wall at Ashby on Monday. "
        '"It will hold for a hundred years, whatever the sea does," she added. '
        '"We built it with our own hands, every stone of it."'
    )
    lead, added, bare = (
        "Mayor Ana Ortiz opened the new sea wall at Ashby on Monday.",
        '"It will hold for a hundred years, whatever the sea does," she added.',
        '"We built it with our own hands, every stone of it."',
    )
    assert [d.kind for d in brief_defects([lead, added, bare], Reports([report]))] == ["quote"]
    assert brief_defects([lead, added], Reports([report])) == []


def test_a_name_inside_the_quotation_before_is_not_the_speaker() -> None:
    report = (
        "Mayor Ana Ortiz opened the new sea wall at Ashby on Monday. "
        '"Port Halden will envy us, whatever the sea does," she added. '
        '"We built it with our own hands, every stone of it."'
    )
    lead, added, bare = (
        "Mayor Ana Ortiz opened the new sea wall at Ashby on Monday.",
        '"Port Halden will envy us, whatever the sea does," she added.',
        '"We built it with our own hands, every stone of it."',
    )
    # "Port Halden" is in her words: the line names nobody, so the quotation after it is
    # nobody's.
    assert [d.kind for d in brief_defects([lead, added, bare], Reports([report]))] == ["quote"]


def test_a_quotation_after_a_sentence_naming_only_a_place_names_nobody() -> None:
    # Issue 18: the sentence before must name the speaker; "Port Ashby" is where the boy was
    # going, not who speaks (the form an outside check found in dev 0053).
    report = (
        '"He was my pride," Ana Ortiz said. The boy was to sail to Port Ashby next week. '
        '"He had packed his bag already, he was so happy."'
    )
    reports = Reports([report])
    place = "The boy was to sail to Port Ashby next week."
    quote = '"He had packed his bag already, he was so happy."'
    assert [d.kind for d in brief_defects([place, quote], reports)] == ["quote"]


def test_a_quotation_after_a_sentence_naming_a_person_beside_a_place_is_fine() -> None:
    report = 'Ana Ortiz flew to Lisbon on Monday. "We will sign the treaty there, come what may."'
    reports = Reports([report])
    lead = "Ana Ortiz flew to Lisbon on Monday."
    quote = '"We will sign the treaty there, come what may."'
    assert brief_defects([lead, quote], reports) == []


# Invented: a ferry office manager tells of a man on a bike the brief may skip (the form an
# outside check found in dev 0050, 0121 and anchor 39565: "He" reads as the man named last).
STRANGER_REPORT = (
    "Officer Ivo Rand was hurt on Dock Road on Tuesday night. "
    "Ana Lind, who runs the ferry office, said she called the police. "
    "She looked outside as the officer stopped a man on a bike. "
    '"He was outside, in front, shouting at the officer," Lind said.'
)
RAND, LIND, BIKE, SAW = (
    "Officer Ivo Rand was hurt on Dock Road on Tuesday night.",
    "Ana Lind, who runs the ferry office, said she called the police.",
    "She looked outside as the officer stopped a man on a bike.",
    '"He was outside, in front, shouting at the officer," Lind said.',
)


def test_a_quoted_he_for_a_person_only_a_skipped_line_tells_is_an_opener() -> None:
    reports = Reports([STRANGER_REPORT])
    assert [d.kind for d in brief_defects([RAND, LIND, SAW], reports)] == ["opener"]


def test_a_quoted_he_right_after_the_line_that_tells_him_is_fine() -> None:
    assert brief_defects([RAND, LIND, BIKE, SAW], Reports([STRANGER_REPORT])) == []


def test_a_quoted_he_for_a_person_the_brief_already_tells_is_fine() -> None:
    # The skipped line tells him by a word the brief prints ("coach"), or by a name it
    # prints ("Reyes"): the pronoun is his, as a reader takes it.
    report = (
        "Coach Tom Reyes was hurt at the team's banquet on Friday. "
        "He is a coach who never gave up on anyone. "
        "Later, Reyes thanked the players for their cards. "
        '"He brought out the best in every kid on the team," Sam Eberhart said.'
    )
    reports = Reports([report])
    first = "Coach Tom Reyes was hurt at the team's banquet on Friday."
    quote = '"He brought out the best in every kid on the team," Sam Eberhart said.'
    assert brief_defects([first, quote], reports) == []
    coach = report.replace("Later, Reyes thanked the players for their cards. ", "")
    assert brief_defects([first, quote], Reports([coach])) == []


def test_a_quoted_he_the_sentence_itself_tells_is_fine() -> None:
    report = (
        "Rep. Tom Reyes was first elected in 1964. "
        "A once-worried mother is relieved after her son was found safe. "
        '"He does not even know where he was," said Ana Reyes, Carl Reyes\'s mother.'
    )
    first = "Rep. Tom Reyes was first elected in 1964."
    quote = '"He does not even know where he was," said Ana Reyes, Carl Reyes\'s mother.'
    assert brief_defects([first, quote], Reports([report])) == []


def test_a_pronoun_speaker_right_after_the_line_naming_him_is_fine() -> None:
    report = 'Mayor Tom Reyes toured the flooded quay on Monday. "We will rebuild," he said.'
    first = "Mayor Tom Reyes toured the flooded quay on Monday."
    assert brief_defects([first, '"We will rebuild," he said.'], Reports([report])) == []


def test_a_quoted_he_that_opens_its_report_is_no_opener() -> None:
    # No line before it in its report tells anybody ("a man on a bike" is the report's
    # last line, not the one before).
    report = (
        '"He was outside, in front, shouting at the officer," Ana Lind said on Tuesday. '
        "Officer Ivo Rand was hurt on Dock Road. "
        "She looked outside as the officer stopped a man on a bike."
    )
    first = "Officer Ivo Rand was hurt on Dock Road."
    quote = '"He was outside, in front, shouting at the officer," Ana Lind said on Tuesday.'
    assert brief_defects([first, quote], Reports([report])) == []


def test_a_quoted_he_for_people_the_brief_tells_in_the_singular_is_fine() -> None:
    # The skipped line tells "two officers"; the brief prints "Officer": the same word.
    bike = "She looked outside as two officers stopped the car."
    reports = Reports([STRANGER_REPORT.replace(BIKE, bike)])
    assert brief_defects([RAND, LIND, SAW], reports) == []
