import numpy as np

from newsfuse import Article, Settings
from newsfuse.rank.select import reading_order, select_runs, writers_opening
from newsfuse.rank.story import prepare_story
from newsfuse.text.tokens import word_count

TEXT = (
    "The river rose two metres overnight in the town of Ashby, officials said.\n\n"
    "The river rose two metres overnight in the town of Ashby on Monday, officials said.\n\n"
    "Schools in the valley were closed and buses were cancelled until further notice.\n\n"
    "He said the water would fall again by the end of the week at the latest."
)


def _texts(story_text: str, scores: list[float], words: int) -> list[str]:
    story = prepare_story([Article(id="1", text=story_text)], Settings())
    runs = select_runs(story, np.array(scores), words=words, mmr_lambda=0.5, redundancy_cosine=0.35)
    return [story.candidates[i].text for i in reading_order(story, runs)]


def test_redundant_and_over_budget_sentences_are_passed_over() -> None:
    texts = _texts(TEXT, [3.0, 2.9, 1.0, 5.0], words=30)
    assert texts[0].startswith("The river rose") and len(texts) == 2
    assert sum(word_count(t) for t in texts) <= 30
    # "He said ..." leans on a sentence that was not chosen, so it stays out.
    assert not any(t.startswith("He said") for t in texts)


def test_a_leaning_sentence_comes_with_the_sentence_it_leans_on() -> None:
    text = (
        "Fire chief Marta Lind spoke to reporters at the harbour on Tuesday night.\n\n"
        "Schools in the valley were closed and buses were cancelled until further notice.\n\n"
        '"We will have the fire under control by morning, whatever the wind does."\n\n'
        "He said the water would fall again by the end of the week at the latest."
    )
    texts = _texts(text, [1.0, 2.0, 0.5, 5.0], words=40)
    # The quotation and "He said ..." are worth most, but the quotation names no speaker and
    # follows a sentence that names nobody; "He said" leans on it: neither can enter.
    assert texts == [
        "Schools in the valley were closed and buses were cancelled until further notice.",
        "Fire chief Marta Lind spoke to reporters at the harbour on Tuesday night.",
    ] or texts[0].startswith("Fire chief")
    texts = _texts(text.replace("Schools in the valley", "Lind said schools"), [1, 2, 5, 0.5], 60)
    quote = next(i for i, t in enumerate(texts) if t.startswith('"We will'))
    assert texts[quote - 1].startswith("Lind said schools")


def test_the_brief_opens_on_a_report_lead_not_a_quotation() -> None:
    text = (
        "A fire tore through the grain terminal at Port Halden on Tuesday night.\n\n"
        '"It was the worst night of my life," said the dock worker Jon Berg, 54.\n\n'
        "The terminal stores about 40,000 tonnes of wheat for farmers in the valleys."
    )
    texts = _texts(text, [1.0, 9.0, 2.0], words=60)
    assert texts[0].startswith("A fire tore")


def test_reading_order_keeps_each_report_together() -> None:
    story = prepare_story(
        [Article(id="1", text=TEXT), Article(id="2", text="Rain fell all day in Ashby town.")],
        Settings(),
    )
    second = len(story.candidates) - 1
    assert reading_order(story, [[0], [second], [2]]) == [0, 2, second]


def test_a_headline_closed_by_a_quotation_mark_never_enters() -> None:
    text = (
        'Police name the officer who fired the shot; chiefs call him "gentleman"\n\n'
        "A fire tore through the grain terminal at Port Halden on Tuesday night."
    )
    texts = _texts(text, [9.0, 1.0], words=60)
    assert texts == ["A fire tore through the grain terminal at Port Halden on Tuesday night."]


def test_a_writers_own_first_person_never_enters() -> None:
    text = (
        "A fire tore through the grain terminal at Port Halden on Tuesday night.\n\n"
        "I was on the quay that night and I have never seen flames so high.\n\n"
        '"We will rebuild the terminal by spring," said the harbour master Ines Moll.\n\n'
        "The terminal stores about 40,000 tonnes of wheat for farmers in the valleys."
    )
    texts = _texts(text, [1.0, 9.0, 3.0, 2.0], words=80)
    assert texts[0].startswith("A fire tore")
    assert not any(t.startswith("I was on the quay") for t in texts)
    assert any(t.startswith('"We will rebuild') for t in texts)  # quoted and named: fine


def test_an_exclaimed_line_outside_quotation_marks_never_enters() -> None:
    text = (
        "A fire tore through the grain terminal at Port Halden on Tuesday night.\n\n"
        "The harbour board did nothing wrong - no negligence at all!\n\n"
        '"Get out of the building now!" shouted the night guard Ines Moll.\n\n'
        "The terminal stores about 40,000 tonnes of wheat for farmers in the valleys."
    )
    texts = _texts(text, [1.0, 9.0, 3.0, 2.0], words=80)
    assert not any(t.startswith("The harbour board") for t in texts)
    assert any(t.startswith('"Get out') for t in texts)  # the exclamation is quoted


def test_the_writers_opening_may_start_on_a_demonstrative_that_points_at_the_page() -> None:
    # On the writer's own page, "this montage" is the page's: the fallback keeps its
    # first sentence; an opener that leans back ("He ...") is still skipped.
    page = (
        "The club's video team cut together this montage of every goal of the season.\n\n"
        "It runs for nine minutes and ends on the final whistle in May."
    )
    story = prepare_story([Article(id="1", text=page)], Settings())
    first = writers_opening(story, 100)[0]
    assert story.candidates[first].text.startswith("The club")
    leaning = "He cut together a montage of every goal of the season.\n\n" + page
    story = prepare_story([Article(id="1", text=leaning)], Settings())
    first = writers_opening(story, 100)[0]
    assert story.candidates[first].text.startswith("The club")


STRANGER = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night.\n\n"
    "The terminal stores about 40,000 tonnes of wheat for farmers in the valley.\n\n"
    '"We lost the whole east shed in an hour and the wheat with it," Ostrander said.'
)


def test_the_runs_leave_out_a_last_line_whose_speaker_nobody_has_met() -> None:
    # As a backbone brief does ('"...," Cowles said.' with no Cowles before it).
    texts = _texts(STRANGER, [3.0, 1.0, 5.0], words=80)
    assert texts == [
        "A fire tore through the grain terminal at Port Halden on Tuesday night.",
        "The terminal stores about 40,000 tonnes of wheat for farmers in the valley.",
    ]


def test_the_runs_keep_a_speaker_the_brief_has_met_and_drop_the_strangers_other_lines() -> None:
    met = STRANGER.replace("fire tore", "fire, said the grain trader Eli Ostrander, tore")
    assert _texts(met, [3.0, 1.0, 5.0], words=80)[-1].endswith("Ostrander said.")
    # Chosen again without the last line alone, the brief took the stranger's other line.
    twice = STRANGER.replace(
        "The terminal stores",
        '"The roof came down at ten," Ostrander said in an interview.\n\nThe terminal stores',
    )
    texts = _texts(twice, [3.0, 0.5, 1.0, 5.0], words=45)
    assert len(texts) == 2 and not any("Ostrander" in t for t in texts)
