"""Round 19 (stop 33): counts and times in more forms of the issue's list. Reports that
disagree: clock times written "9:30 PM", on the 24-hour clock ("21:30", "01:30", "11:00
BST"), with a zone after a time written short ("9.30pm local time"); a range of a count
("between 30 and 40 people", "15 to 20 homes") against a figure outside it. And reports that
agree, which must give nothing: one time in two clocks, a length of a race ("2:04"), a time
without its half of the day, a figure inside a range, a change ("rose from 15 to 20"), ages
("aged 18 to 25"), "9-11". Every text here is made up."""

from newsfuse.differ.compare import clock_minutes
from newsfuse.differ.numbers import quantity
from tests.differ.stories import counts, found

BRIDGE = "The Varna bridge over the Osterelv collapsed at {}, officials said."


# --- Clock times ------------------------------------------------------------------------------


def test_a_half_of_the_day_in_capitals_is_read() -> None:
    assert found(BRIDGE.format("9:30 PM"), BRIDGE.format("11:10 PM")) == [
        ("When it collapsed (time)", ["11:10 p.m.", "9:30 p.m."])
    ]
    assert found(BRIDGE.format("9:30 PM"), BRIDGE.format("9:30 p.m.")) == []


def test_times_on_the_24_hour_clock_differ() -> None:
    assert found(BRIDGE.format("21:30"), BRIDGE.format("23:10")) == [
        ("When it collapsed (time)", ["21:30", "23:10"])
    ]
    assert found(BRIDGE.format("01:30 local time"), BRIDGE.format("3:10 a.m. local time")) == [
        ("When it collapsed (time)", ["01:30", "3:10 a.m."])
    ]


def test_one_time_on_two_clocks_agrees() -> None:
    assert found(BRIDGE.format("21:30"), BRIDGE.format("9:30 p.m.")) == []
    assert found(BRIDGE.format("21:30 local time"), BRIDGE.format("9:30pm local time")) == []
    assert found(BRIDGE.format("11:00 BST"), BRIDGE.format("11am BST")) == []


def test_a_zone_names_a_time_of_the_morning_on_the_24_hour_clock() -> None:
    assert found(BRIDGE.format("11:00 BST"), BRIDGE.format("14:00 BST")) == [
        ("When it collapsed (time)", ["11:00", "14:00"])
    ]


def test_a_time_written_short_with_its_zone_is_compared() -> None:
    assert found(BRIDGE.format("9.30pm local time"), BRIDGE.format("11.10pm local time")) == [
        ("When it collapsed (time)", ["11:10 p.m.", "9:30 p.m."])
    ]


def test_hours_that_may_be_either_half_or_a_length_are_not_read() -> None:
    # "11:00" alone may be 11 p.m. told without its half; "2:04" of a race is a length.
    assert found(BRIDGE.format("11:00"), BRIDGE.format("11 p.m.")) == []
    race = "Reed finished the Varna marathon at {}, the organisers said."
    assert found(race.format("2:04"), race.format("2:09")) == []
    assert found(BRIDGE.format("01:45:30"), BRIDGE.format("03:45:30")) == []


def test_minutes_after_midnight_of_the_24_hour_clock() -> None:
    assert clock_minutes("21:58") == 1318
    assert clock_minutes("00:05") == 5


# --- Ranges of a count ------------------------------------------------------------------------

STADIUM = "{} people were injured when a stand of the Varna stadium collapsed, police said."
FIRE = "The wildfire near Harlow destroyed {} homes and forced thousands to flee, officials said."


def test_a_range_and_a_figure_outside_it_differ() -> None:
    assert found(STADIUM.format("Between 30 and 40"), STADIUM.format("Sixty")) == [
        ("Injured", ["30 to 40", "60"])
    ]
    assert found(FIRE.format("80 to 100"), FIRE.format("at least 110")) == [
        ("Number of homes", ["80 to 100", "at least 110"])
    ]


def test_a_range_and_a_figure_inside_it_agree() -> None:
    assert found(STADIUM.format("Between 30 and 40"), STADIUM.format("35")) == []
    assert found(STADIUM.format("30 to 40"), STADIUM.format("About 40")) == []
    assert found(FIRE.format("between 80 and 100"), FIRE.format("about 90")) == []


def test_a_range_after_its_verb_is_read() -> None:
    killed = "The Varna fire killed {} people on Tuesday, officials said."
    assert counts(killed.format("between 15 and 20")) == [("dead/", "15 to 20")]
    assert counts(killed.format("15 to 20")) == [("dead/", "15 to 20")]


def test_what_is_no_range_of_a_count() -> None:
    # A change gives no range (its second figure is not read alone either: as on main), nor
    # ages, nor a hyphen ("9-11", "5-4"), nor "and" without "between".
    assert counts("The toll rose from 15 to 20 people on Tuesday.") == []
    assert counts("Men aged 18 to 25 were killed in the Varna raid.") == []
    assert counts("The 9-11 attacks killed 2,977 people.") == [("dead/", "2977")]
    assert counts("Police said 12 and 14 people were hurt.") == []


def test_a_range_quantity() -> None:
    span = quantity("about 400 to 500")
    assert span is not None and (span.low, span.high) == (320.0, 600.0)
    assert quantity("500 to 400") is None


# --- Those who carried out an attack ------------------------------------------------------------

ATTACK = (
    "{} were killed by police after the attack on the Varna concert hall on Saturday, police said."
)


def test_gunmen_attackers_and_terrorists_of_one_attack_are_counted_as_one() -> None:
    assert found(ATTACK.format("Two gunmen"), ATTACK.format("Three attackers")) == [
        ("Death toll", ["2", "3"])
    ]
    assert found(ATTACK.format("Two assailants"), ATTACK.format("Three terrorists")) == [
        ("Death toll", ["2", "3"])
    ]
    assert found(ATTACK.format("Three gunmen"), ATTACK.format("Three attackers")) == []


def test_terrorists_killed_are_a_part_of_the_dead() -> None:
    # On main "three terrorists were killed" was read as the whole toll, against "12 people".
    assert found(ATTACK.format("Three terrorists"), ATTACK.format("Twelve people")) == []
    assert counts(ATTACK.format("Three terrorists")) == [("dead/attackers", "3")]


def test_rebels_are_not_the_attackers() -> None:
    # A war's parties (rebels, militants, fighters) may be several in one story.
    assert found(ATTACK.format("Three rebels"), ATTACK.format("Two gunmen")) == []


# --- Ages ---------------------------------------------------------------------------------------

ARREST = "{} was arrested in Varna after the market shooting, police said."


def test_an_age_in_an_apposition_before_a_person_word() -> None:
    # The person word after "a 34-year-old" is the name's role, not a place's person.
    assert found(
        ARREST.format("Tom Reed, a 34-year-old father of two,"), ARREST.format("Tom Reed, 35,")
    ) == [("Age of Tom Reed", ["34", "35"])]
    assert found(ARREST.format("A 34-year-old Varna man"), ARREST.format("Tom Reed, 35,")) == []


def test_an_age_after_has_died_and_after_an_apposition() -> None:
    died = "Varna poet Ana Lind has died at {}, her family said."
    assert found(died.format("age 88"), died.format("87")) == [("Age of Ana Lind", ["87", "88"])]
    victim = "The victim, Ana Lind, {} police in Varna said."
    assert found(victim.format("was 34 years old,"), victim.format("35, was found dead,")) == [
        ("Age of Ana Lind", ["34", "35"])
    ]


def test_an_age_turned_lately_is_the_age_now() -> None:
    lives = "Ana Lind, {} lives in the Varna harbour district with her son."
    assert found(lives.format("who turned 88 last month,"), lives.format("87,")) == [
        ("Age of Ana Lind", ["87", "88"])
    ]
    assert found(lives.format("who turned 88 last month,"), lives.format("88,")) == []
    # An age turned long ago is no age now.
    assert found(lives.format("who turned 18 in 1956,"), lives.format("87,")) == []


# --- Everyone aboard; a crowd a rally drew -------------------------------------------------------

FLIGHT = "The Orvel flight {} when it crashed near Varna on Tuesday, officials said."


def test_everyone_aboard_is_one_count() -> None:
    assert found(
        FLIGHT.format("had 150 people on board"), FLIGHT.format("was carrying 162 people")
    ) == [("People aboard", ["150", "162"])]
    assert (
        found(FLIGHT.format("had 150 people on board"), FLIGHT.format("carried 150 people")) == []
    )


def test_one_kind_of_those_aboard_is_not_everyone() -> None:
    # Passengers leave out the crew: a figure of passengers, as before.
    assert (
        found(
            FLIGHT.format("had 150 people on board"), FLIGHT.format("was carrying 144 passengers")
        )
        == []
    )
    assert found(
        FLIGHT.format("was carrying 150 passengers"), FLIGHT.format("was carrying 162 passengers")
    ) == [("Number of passengers", ["150", "162"])]


def test_a_crowd_a_rally_drew() -> None:
    rally = "The Varna protest drew {} to the main square on Saturday, police said."
    assert found(rally.format("5,000 people"), rally.format("20,000 people")) == [
        ("Size of the crowd", ["5000", "20000"])
    ]
    assert found(rally.format("about 5,000 people"), rally.format("5,500 people")) == []
    assert found(rally.format("criticism from 12 senators"), rally.format("praise from 30")) == []


# --- The month of an event that befalls its subject once -----------------------------------------

CONVICTED = "Reed was convicted {} of fraud in the Varna harbour case, prosecutors said."


def test_two_months_of_one_conviction_differ() -> None:
    assert found(CONVICTED.format("in March"), CONVICTED.format("in May")) == [
        ("When it was convicted (month)", ["March", "May"])
    ]
    assert found(CONVICTED.format("in March 2015"), CONVICTED.format("in March 2016")) == [
        ("When it was convicted (month)", ["March 2015", "March 2016"])
    ]


def test_months_that_agree_or_are_not_read() -> None:
    assert found(CONVICTED.format("in March 2015"), CONVICTED.format("in March")) == []
    # A part of a month is rounding; a day and a month are two forms.
    assert found(CONVICTED.format("in early March"), CONVICTED.format("in April")) == []
    assert found(CONVICTED.format("on March 3"), CONVICTED.format("in April")) == []
    # Arrests (and announcements) recur within months: only events that happen once.
    arrested = "Reed was arrested {} for fraud in the Varna harbour case, prosecutors said."
    assert found(arrested.format("in March"), arrested.format("in May")) == []
    died = "Ana Lind died in {} at her home in Varna, her family said."
    assert found(died.format("May's heat"), died.format("March")) == []


# --- Other words for a death, an arrest, a surrender; a fire ------------------------------------

MARKET = "Reed {} after the Varna market shooting, police said."


def test_other_words_of_the_dated_events() -> None:
    assert found(
        MARKET.format("was taken into custody on Tuesday"),
        MARKET.format("was arrested on Wednesday"),
    ) == [("When it was arrested (weekday)", ["Tuesday", "Wednesday"])]
    assert found(
        MARKET.format("turned himself in on Tuesday"), MARKET.format("surrendered on Wednesday")
    ) == [("When it surrendered (weekday)", ["Tuesday", "Wednesday"])]
    died = "Ana Lind {} at her home in Varna, her family said."
    assert found(died.format("passed away on Tuesday"), died.format("died on Wednesday")) == [
        ("When it died (weekday)", ["Tuesday", "Wednesday"])
    ]


def test_the_moment_a_death_is_pronounced_is_its_own() -> None:
    hospital = "Reed {} at Varna General Hospital, police said."
    assert found(
        hospital.format("was pronounced dead at 10:45 p.m."),
        hospital.format("was pronounced dead at 11:50 p.m."),
    ) == [("When it was pronounced dead (time)", ["10:45 p.m.", "11:50 p.m."])]
    # Found dead on Wednesday, he may have died on Tuesday.
    assert (
        found(
            hospital.format("was pronounced dead on Wednesday"), hospital.format("died on Tuesday")
        )
        == []
    )


def test_a_total_between_the_verb_and_its_count() -> None:
    raid = "Police have arrested a total of {} people after the Varna harbour raid, officials said."
    assert found(raid.format("12"), raid.format("15")) == [("Arrests", ["12", "15"])]
    assert found(raid.format("12"), raid.format("about 12")) == []


def test_what_befell_those_aboard_is_its_own_count() -> None:
    # "Three people on board were injured" counts the injured, not everyone aboard.
    assert counts("Three people on board were injured when the Orvel flight landed.") == [
        ("injured/", "3")
    ]
    assert counts("All 150 people on board were killed when the plane crashed.") == [
        ("dead/", "150")
    ]
    assert (
        found(
            FLIGHT.format("had 150 people on board"),
            FLIGHT.format("had three people on board hurt"),
        )
        == []
    )


def test_a_hedge_of_words_before_a_figure_is_no_range() -> None:
    # "As many as 125": the vague "many" inside the hedge does not hide the figure after it.
    assert counts("As many as 125 people died across the Varna region on Monday.") == [
        ("dead/", "as many as 125")
    ]
