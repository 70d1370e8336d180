from newsfuse.rank.strays import BriefLines, left_out_with, stray_line
from newsfuse.rank.wording import words_of
from newsfuse.text.names import People


def _lines(texts: list[str], reports: str) -> BriefLines:
    return BriefLines(
        text=lambda row: texts[row],
        wording=lambda row: words_of(texts[row]),
        report=lambda row: reports[row],
        own=reports[0],
        first_lines={0},
        people=People.of(texts),
    )


FIRE = [
    "A fire tore through the grain terminal at Port Halden on Tuesday night.",
    '"The roof came down at ten," Ostrander said in an interview.',
    "The terminal stores about 40,000 tonnes of wheat for farmers in the valley.",
    '"We lost the east shed and the wheat in it," Ostrander said.',
]


def test_a_strangers_last_line_leaves_with_every_line_giving_the_same_one_name() -> None:
    lines = _lines(FIRE, "1111")
    assert stray_line(lines, [0, 2, 3]) == 3
    assert left_out_with(lines, 3, range(4)) == {1, 3}


def test_a_name_printed_in_full_somewhere_leaves_the_strangers_other_lines_in() -> None:
    texts = [*FIRE, "The trader Eli Ostrander owns the shed."]
    assert left_out_with(_lines(texts, "11111"), 3, range(5)) == {3}
    # A stray of another form names nobody: it leaves alone.
    lines = _lines([*FIRE, "Tickets cost $5 at the gate."], "11112")
    assert stray_line(lines, [0, 2, 4]) == 4
    assert left_out_with(lines, 4, range(5)) == {4}
