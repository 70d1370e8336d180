import pytest

from newsfuse.text.leadin import leads_in


@pytest.mark.parametrize(
    "line",
    [
        # things counted and not told: the next sentence tells them one by one
        "Dock owners feel confident for several reasons.",
        "The union disagrees with the port in many ways.",
        "The inspectors checked the silos in two ways.",
        "Investigators are weighing three possible scenarios.",
        "The fire chief gave a few key reasons why.",
        # how somebody spoke, not what
        "The harbour master was more blunt on the radio.",
        "Friday's report by the port was far more explicit.",
        "Marta Lind had a message for the terminal's owners.",
        "A Halden widow has a warning for them.",
        "The union had some choice words for the mayor on Sunday.",
    ],
)
def test_a_line_that_leaves_its_point_to_the_next_sentence_leads_in(line: str) -> None:
    assert leads_in(line)


@pytest.mark.parametrize(
    "line",
    [
        # the count told in the line, a figure or a measure, a hedge, no count at all
        "Dock owners feel confident for two reasons: the insurance and the new silos.",
        "The terminal cut 300 jobs in three stages, ending in May.",
        "The crane fell eight stories onto the quay.",
        "The grain index fell 1,500 points on Wednesday.",
        "The port made 12 recommendations.",
        "The union's plan is flawed in some ways.",
        "He resigned for personal reasons.",
        "The fire spread to three silos.",
        "The army is fighting on two fronts.",
        "The union sent three members with questions.",
        # what somebody said is in the line, or a comparison that is not about speaking
        'The harbour master was more blunt: "We were lucky."',
        "Lind had a message for the owners, saying the terminal must be rebuilt.",
        "The second fire was more intense than the first.",
        "The port had a plan for the winter.",
        "Lind had a message from the minister read aloud to the crews.",
        # "Not all ...": a fact of its own (reading 52), short or long, with or without "but"
        "Not all silos will be rebuilt, however.",
        "Not everyone in Port Halden welcomed the inquiry.",
        "Not all silos burned, but the wheat in them is lost.",
        "Not everyone was evacuated; 12 workers stayed to fight the fire.",
        "Not all of the 40 terminals the inspectors visited last year had working alarms in "
        "their silos, the report said.",
        "Nearly all the silos will be rebuilt.",
        # the message told after a colon or in curly single quotes, a manner followed by more
        "Lind had a message for the crews: stay away from the silos.",
        "Lind had a message for the crews, ‘stay away from the silos.’",
        "Lind was more blunt in 2019, and quit the port board a week later.",
        "The union was more blunt on the radio about the pay of the dockers who fought the fire.",
    ],
)
def test_a_line_that_tells_its_point_or_counts_a_fact_does_not_lead_in(line: str) -> None:
    assert not leads_in(line)
