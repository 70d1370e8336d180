"""Round 13: common news forms probed with invented reports. Reports that disagree the
way outlets do: a denial of findings given paragraphs before it, or of a report another
outlet carries; a sum taken and "not a penny" taken; arrests counted as a noun; "twin car
bombs" against "three bombings"; troops and soldiers. And reports that agree in other words,
which must give nothing: a denial of something else that happened at the same moment ("was
drunk when the ship sank"), a toll of a similar crash last year, an act of another place,
an age at another time of a life, one of several people found on another day, a mayor
re-elected, bombs defused, twin sisters. Every text here is made up."""

from newsfuse.differ.claim import Kind
from tests.differ.stories import cited, claims, counts, positions, reports

# --- A denial of findings or of a report, far from what it denies ------------------------

FINDING = "The agency concluded in a review that the Orvel dam was poorly built, officials said."
DISMISSED = "The builder dismissed the findings on Friday."


def test_a_denial_of_findings_reaches_back_to_the_sentence_that_states_them() -> None:
    (difference,) = reports(
        [
            FINDING,
            "The review took two years.",
            "Engineers inspected the dam every spring.",
            DISMISSED,
        ]
    )
    assert difference.kind == "denial"
    assert cited(difference) == {"1:0", "1:3"}


def test_the_denier_s_own_finding_is_passed_over() -> None:
    assert (
        reports(
            [
                "The builder said it found that the Orvel dam was sound.",
                "The review took two years.",
                DISMISSED,
            ]
        )
        == []
    )


def test_findings_that_no_sentence_states_are_no_difference() -> None:
    assert (
        reports(
            [
                "The agency reviewed the Orvel dam for two years.",
                "Engineers inspected the dam every spring.",
                DISMISSED,
            ]
        )
        == []
    )


GAZETTE = "The Gazette reported on Monday that Mayor Ann Lee accepted $50,000 from a developer."
QUESTIONS = "Mayor Ann Lee is facing questions over a developer's donations."


def test_a_denial_of_the_report_meets_the_report_another_outlet_carries() -> None:
    for denial in (
        "Lee denied the report on Tuesday.",
        "Lee called the report false.",
        '"That report is not true," Lee said.',
    ):
        (difference,) = reports([GAZETTE], [QUESTIONS, denial])
        assert difference.kind == "denial"
        assert cited(difference) == {"1:0", "2:1"}


def test_a_denial_of_the_report_with_two_reports_elsewhere_is_no_difference() -> None:
    other = "The Ledger reported that Lee will run for governor next year."
    assert reports([GAZETTE], [other], [QUESTIONS, "Lee denied the report on Tuesday."]) == []


def test_a_report_about_someone_else_is_not_the_one_denied() -> None:
    about_tran = "The Gazette reported on Monday that Ray Tran accepted $50,000 from a developer."
    assert reports([about_tran], [QUESTIONS, "Lee denied the report on Tuesday."]) == []


# --- A sum, and "not any money" --------------------------------------------------------------


def test_a_sum_taken_and_no_money_taken_differ() -> None:
    for negated in (
        "Lee said she did not accept any money from the developer.",
        '"I have never accepted a penny from any developer," Lee said.',
    ):
        (difference,) = reports([GAZETTE], [QUESTIONS, negated])
        assert positions(difference) == {"stated", "negated"}


def test_no_money_from_someone_else_or_in_another_year_agrees() -> None:
    assert (
        reports([GAZETTE], [QUESTIONS, "Lee said she never accepted money from the union."]) == []
    )
    in_2019 = "The Gazette reported that Lee accepted $50,000 from a developer in 2019."
    in_2020 = "Lee said she did not accept a cash payment from the developer in 2020."
    assert reports([in_2019], [in_2020]) == []


# --- Counts: arrests, attacks, people --------------------------------------------------------

RALLY = "Police broke up a protest in Marlow on Friday."


def test_arrests_made_are_counted_as_the_arrested() -> None:
    assert counts("Police made 30 arrests at the rally.") == [("arrested/", "30")]
    (difference,) = reports(
        [RALLY, "Police made 30 arrests at the rally in Marlow on Friday."],
        [RALLY, "Police arrested 45 people at the rally in Marlow on Friday."],
    )
    assert difference.label == "Arrests"
    assert positions(difference) == {"30", "45"}


def test_the_same_arrests_in_other_words_agree() -> None:
    assert (
        reports(
            [RALLY, "Police made 30 arrests at the rally in Marlow on Friday."],
            [RALLY, "Thirty people were arrested at the rally in Marlow on Friday."],
        )
        == []
    )


ATTACK = "Bombers struck Kelmet on Saturday."


def test_twin_car_bombs_are_two_and_bombings_are_bombs() -> None:
    (difference,) = reports(
        [ATTACK, "Three suicide bombings in Kelmet on Saturday killed 27 people."],
        [ATTACK, "The attack came after twin car bombs ripped through Kelmet on Saturday."],
    )
    assert difference.kind == "count"
    assert positions(difference) == {"2", "3"}


def test_twin_and_two_attacks_agree() -> None:
    assert (
        reports(
            [ATTACK, "Two suicide bombings in Kelmet on Saturday killed 27 people."],
            [ATTACK, "Twin car bombs ripped through Kelmet on Saturday, killing 27 people."],
        )
        == []
    )


def test_twin_counts_only_attacks() -> None:
    assert counts("His twin sisters in Kelmet attended the funeral on Saturday.") == []
    assert counts("The twin towers in Kelmet collapsed on Tuesday.") == []


def test_bombs_found_or_defused_are_not_the_bombings() -> None:
    assert (
        reports(
            [ATTACK, "Twin bombings in Kelmet on Saturday killed 27 people."],
            [ATTACK, "Police defused three bombs in Kelmet on Saturday after the attack."],
        )
        == []
    )


def test_troops_and_soldiers_are_one_count() -> None:
    post = "Militants attacked an army post in Dara on Monday."
    (difference,) = reports(
        [post, "The attack on the post in Dara killed 9 soldiers, the army said."],
        [post, "The attack on the post in Dara killed 12 troops, officials said."],
    )
    assert positions(difference) == {"9", "12"}


def test_a_toll_of_a_similar_crash_last_year_is_another_event() -> None:
    opening = "A bus plunged off a mountain road near Tarvel on Sunday."
    assert (
        reports(
            [opening, "The bus crash near Tarvel on Sunday killed 12 people."],
            [opening, "A similar bus crash near Tarvel last year killed 20 people."],
        )
        == []
    )


# --- Denials and negations of something else -------------------------------------------------


def test_a_denial_sharing_only_the_moment_denies_nothing_stated() -> None:
    assert (
        reports(
            ["Officials said the ship sank after hitting a reef near Kavo."],
            ["The company denied that the captain was drunk when the ship sank."],
        )
        == []
    )
    assert (
        reports(
            ["Officials said the bus driver was speeding when the bus crashed near Tarvel."],
            ["The bus company denied that the bus was overloaded when it crashed near Tarvel."],
        )
        == []
    )


def test_a_denial_of_the_claim_itself_still_differs() -> None:
    (difference,) = reports(
        ["Officials said the ship sank after hitting a reef near Kavo."],
        ["The company denied that the ship struck a reef near Kavo."],
    )
    assert difference.kind == "denial"


def test_an_act_denied_of_another_place_is_no_difference() -> None:
    assert (
        reports(
            ["Reed said the council approved the budget for Marlow."],
            ["Lee said the council did not approve the budget for Dorn."],
        )
        == []
    )


# --- Ages and times of other moments ---------------------------------------------------------

DIED = "Tom Reed, the former mayor of Marlow, died on Friday."


def test_an_age_at_another_time_of_a_life_is_not_the_age_now() -> None:
    assert claims("Reed was 45 when he was first elected mayor of Marlow.", Kind.AGE) == []
    assert claims("Lee was just 34 when she died.", Kind.AGE) == [("lee", "34")]
    assert (
        reports(
            [DIED, "Reed was 45 when he was first elected mayor of Marlow."],
            [DIED, "Reed, 71, died at his home in Marlow."],
        )
        == []
    )


def test_one_of_several_found_on_another_day_is_no_difference() -> None:
    missing = "Two hikers went missing near Marlow on Friday."
    assert (
        reports(
            [missing, "One hiker was found alive on Sunday near Marlow."],
            [missing, "The second hiker was found dead on Monday near Marlow."],
        )
        == []
    )


def test_the_same_one_of_several_on_two_days_differs() -> None:
    missing = "Two hikers went missing near Marlow on Friday."
    (difference,) = reports(
        [missing, "The second hiker was found on Sunday near Marlow, police said."],
        [missing, "The second hiker was found on Monday near Marlow, police said."],
    )
    assert positions(difference) == {"Sunday", "Monday"}


def test_first_elected_and_re_elected_are_two_times() -> None:
    assert (
        reports(
            [DIED, "Reed was first elected mayor of Marlow in 1998."],
            [DIED, "Reed was re-elected mayor of Marlow in 2002."],
        )
        == []
    )


def test_clock_times_of_two_zones_are_not_compared() -> None:
    quake = "A strong earthquake struck the coast of Varnia on Tuesday."
    assert (
        reports(
            [quake, "The quake struck Varnia at 3:42 a.m. local time on Tuesday."],
            [quake, "The quake struck Varnia at 9:42 p.m. GMT on Monday."],
        )
        == []
    )
    (difference,) = reports(
        [quake, "The quake struck Varnia at 3:42 a.m. local time, officials said."],
        [quake, "The quake struck Varnia at 5:15 a.m. local time, officials said."],
    )
    assert difference.label == "When it struck (time)"


# --- A denial taken back ---------------------------------------------------------------------

CHARGED = "Prosecutors say Tom Reed set the fire that destroyed the Marlow mill."


def test_a_denial_taken_back_is_no_denial() -> None:
    for taken_back in (
        "Reed no longer denies setting the fire at the Marlow mill, his lawyer said.",
        "Reed initially denied setting the fire at the Marlow mill but later admitted it.",
    ):
        assert reports([CHARGED], [taken_back]) == []


def test_a_denial_that_stands_still_differs() -> None:
    (difference,) = reports([CHARGED], ["Reed denies setting the fire at the Marlow mill."])
    assert difference.kind == "denial"


# --- Figures of any noun that count two acts -------------------------------------------------

GAME = "The Marlow Tigers beat the Dorn Hawks on Saturday."
BUDGET = "The Marlow council voted on the budget on Tuesday."


def test_two_players_points_and_a_rate_are_no_difference() -> None:
    reed = "Reed scored 30 points for the Tigers on Saturday."
    assert reports([GAME, reed], [GAME, "Lee scored 22 points for the Tigers on Saturday."]) == []
    average = "Reed has averaged 22 points a game for the Tigers this season."
    assert reports([GAME, reed], [GAME, average]) == []


def test_one_player_s_points_in_two_reports_differ() -> None:
    (difference,) = reports(
        [GAME, "Reed scored 30 points for the Tigers on Saturday."],
        [GAME, "Reed scored 26 points for the Tigers on Saturday."],
    )
    assert positions(difference) == {"26", "30"}


def test_jobs_cut_and_jobs_added_are_no_difference() -> None:
    cuts = "The budget cuts 40 jobs at city hall, the council said."
    assert (
        reports([BUDGET, cuts], [BUDGET, "The budget adds 55 jobs in the police department."]) == []
    )
    (difference,) = reports(
        [BUDGET, cuts], [BUDGET, "The budget cuts 55 jobs at city hall, the union said."]
    )
    assert positions(difference) == {"40", "55"}


def test_clock_times_of_one_zone_keep_their_tolerance() -> None:
    quake = "A strong earthquake struck the coast of Varnia on Tuesday."
    assert (
        reports(
            [quake, "The quake struck Varnia at 3:42 a.m. local time, officials said."],
            [quake, "The quake struck Varnia at 3:50 a.m. local time, officials said."],
        )
        == []
    )


# --- Two weekdays around one midnight --------------------------------------------------------

WAREHOUSE = "A fire destroyed a warehouse in Marlow this week."


def test_late_one_night_and_early_the_next_day_may_be_one_hour() -> None:
    assert (
        reports(
            [WAREHOUSE, "The fire broke out late Tuesday night at the warehouse in Marlow."],
            [WAREHOUSE, "The fire broke out early Wednesday at the warehouse in Marlow."],
        )
        == []
    )


def test_two_days_apart_or_with_no_night_named_still_differ() -> None:
    (difference,) = reports(
        [WAREHOUSE, "The fire broke out on Tuesday at the warehouse in Marlow."],
        [WAREHOUSE, "The fire broke out on Wednesday at the warehouse in Marlow."],
    )
    assert positions(difference) == {"Tuesday", "Wednesday"}
    (difference,) = reports(
        [WAREHOUSE, "The fire broke out late Monday night at the warehouse in Marlow."],
        [WAREHOUSE, "The fire broke out early Wednesday at the warehouse in Marlow."],
    )
    assert positions(difference) == {"Monday", "Wednesday"}
