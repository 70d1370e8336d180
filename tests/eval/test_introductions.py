from newsfuse.eval.introductions import FullNames, fold_accents, unintroduced
from newsfuse.eval.readability import Reports, judge_brief, unintroduced_people

REPORT = (
    "Council member Ana Ortiz voted against the harbour budget in Ashby on Monday. "
    "Ms. Ortiz said the plan left the sea wall unfinished. "
    "Ortiz, 45, has served on the council since 2019. "
    "Fire chief Marta Lind said the fire station would close."
)
NAMES = FullNames.of([REPORT])
INTRO = "Council member Ana Ortiz voted against the harbour budget in Ashby on Monday."
TITLED = "Ms. Ortiz said the plan left the sea wall unfinished."
BARE = "Ortiz, 45, has served on the council since 2019."


def surnames(sentences: list[str], names: FullNames = NAMES) -> list[str]:
    return [found.surname for found in unintroduced(sentences, names)]


def test_a_surname_or_title_before_the_full_name_is_unintroduced() -> None:
    assert surnames([TITLED]) == ["Ortiz"]
    assert surnames([BARE, INTRO]) == ["Ortiz"]
    assert unintroduced([TITLED], NAMES)[0].title == "Ms."


def test_a_surname_after_the_full_name_earlier_in_the_brief_is_fine() -> None:
    assert surnames([INTRO, TITLED, BARE]) == []
    # A full name anywhere in the sentence introduces the person to all of it.
    assert surnames(["Ortiz won: Ana Ortiz, 45, has served since 2019."]) == []


def test_each_person_counts_once() -> None:
    assert surnames([TITLED, BARE]) == ["Ortiz"]


def test_a_role_before_the_surname_is_no_introduction_but_a_head_of_state_title_is() -> None:
    report = "Professor Tom Rill spoke. Rill said so. President Ana Vey met Vey's aides."
    names = FullNames.of([report])
    assert surnames(["Professor Rill said the ground moved."], names) == ["Rill"]
    assert surnames(["President Vey met the aides.", "Vey said so."], names) == []


def test_a_single_name_the_reports_never_give_in_full_is_fine() -> None:
    names = FullNames.of(["Madonna said the tour would go on. Madonna, 60, sang."])
    assert surnames(["Madonna said the tour would go on."], names) == []


def test_places_organisations_and_sentence_openers_are_no_people() -> None:
    report = (
        "Earlier Thursday the Ashby Council met. Thursday said nothing. Ashby said no. "
        "Related Ortiz news: council member Ana Ortiz, 45, won. Ortiz said so."
    )
    names = FullNames.of([report])
    assert set(names.given) == {"Ortiz"} and names.given["Ortiz"] == {"Ana"}
    assert surnames(["The council met on Thursday in Ashby."], names) == []


def test_the_surname_of_another_person_the_report_just_named_is_unintroduced() -> None:
    report = (
        "Katera Lind, 1, was found in the truck. Her father, Matt Lind, left for work. "
        "Lind said he forgot. Her mother, Jenny Lind, found her."
    )
    names = FullNames.of([report])
    sentences = ["Katera Lind, 1, was found in the truck.", "Lind said he forgot."]
    before = ["", report[: report.index("Lind said")]]
    found = unintroduced(sentences, names, before)
    assert [(f.surname, f.meant) for f in found] == [("Lind", "Matt")]
    # Named in the brief, the father is introduced; a couple names no one person.
    assert unintroduced(["Matt Lind left.", "Lind said he forgot."], names, before) == []
    pair = "Her parents, Matt and Jenny Lind, spoke. Lind said he forgot."
    assert unintroduced(sentences, names, ["", pair[: pair.index("Lind said")]]) == []


def test_a_name_written_family_name_first_introduces_its_family_name() -> None:
    report = "Wen Haolin was expelled. Mr. Wen denied it. Wen said he was framed."
    names = FullNames.of([report])
    assert surnames(["As for Wen himself, nobody said."], names) == ["Wen"]
    assert surnames(["Wen Haolin was expelled.", "Mr. Wen denied it."], names) == []


def test_accents_do_not_make_two_people() -> None:
    names = FullNames.of(["Kira Grünberg, 21, fell. Grünberg said she would walk."])
    assert surnames(["Kira Grunberg fell.", "Grünberg is being treated."], names) == []
    assert fold_accents("Grünberg") == "Grunberg"


def test_a_surname_that_names_an_administration_or_a_school_names_nobody() -> None:
    assert surnames(["The Ortiz administration cut the budget."]) == []
    assert surnames(["The Ortiz School of Music closed."]) == []


def test_readability_counts_unintroduced_people_apart_from_defects() -> None:
    reports = Reports([REPORT])
    early = judge_brief([TITLED, INTRO], reports)
    late = judge_brief([INTRO, TITLED], reports)
    assert (early.unintroduced, early.defects, late.unintroduced) == (1, 0, 0)
    assert [p.position for p in unintroduced_people([TITLED, INTRO], reports)] == [0]


# Invented film pages: a director and a star the reports tell only by their role.
FILM = (
    "The harbour comedy Low Tide was directed by Jonas Brekke, and it shows. "
    "Critics called it loud. While Brekke has decent credits, the script lets him down. "
    "The ferry captain is played by Tove Halden-Lund. "
    "Halden-Lund is the consummate film actress, and the role fits. "
)


def test_a_surname_the_reports_tell_by_a_role_is_a_persons() -> None:
    # "directed by Jonas Brekke", "Halden-Lund is the consummate film actress": names41's
    # leftovers (dev 0046, 0135, anchor 13730), a hyphenated surname among them.
    names = FullNames.of([FILM])
    assert {"Brekke", "Halden-Lund"} <= names.surnames
    brief = ["While Brekke has decent credits, the script lets him down."]
    assert surnames(brief, names) == ["Brekke"]


def test_a_place_said_to_be_the_largest_producer_is_no_person() -> None:
    text = "Solar farms in South California grew. California is the largest solar producer."
    assert "California" not in FullNames.of([text]).surnames
