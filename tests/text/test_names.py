from newsfuse.text.names import People


def test_full_names_and_roles_introduce_a_person_courtesy_titles_do_not() -> None:
    people = People.of(
        [
            "Fire chief Marta Lind spoke. President Trump and Sen. Graham met.",
            "Lind said so. Trump said so. Graham said so. Ms. Ortiz said so.",
            "Council member Ana Ortiz said the port would reopen.",
        ]
    )
    assert people.introduced[0] == {"Lind", "Trump", "Graham"}
    assert people.bare[1] == {"Lind", "Trump", "Graham", "Ortiz"}
    assert people.introduced[2] == {"Ortiz"}


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
