from newsfuse import Article, Settings
from newsfuse.rank.lede import Ledes, coverage, key_terms, not_a_lede
from newsfuse.rank.runs import readings
from newsfuse.rank.story import PreparedStory, prepare_story

COURIER = (
    "Gull lovers on the coast may finally have something to cheer about.\n\n"
    "The Port Halden council voted on Tuesday to ban gull culling at the harbour.\n\n"
    "Fishermen said the gulls steal their catch."
)
RADIO = (
    "Port Halden's council banned gull culling at the harbour on Tuesday after a long fight.\n\n"
    "The vote was seven to two."
)


def _story(*texts: str) -> PreparedStory:
    articles = [Article(id=str(n), text=text) for n, text in enumerate(texts, start=1)]
    return prepare_story(articles, Settings())


def test_key_terms_are_those_most_reports_carry_and_a_lede_holds_them() -> None:
    story = _story(COURIER, RADIO)
    reports = list(story.report_positions().values())
    keys = key_terms(story, reports)
    teaser, lede = reports[0][0], reports[0][1]
    held = coverage(story, keys)
    assert held[lede] >= 4  # council, gull, culling, harbour, ...
    assert held[teaser] < held[lede] * 0.6


def test_a_story_of_one_report_has_no_key_terms() -> None:
    story = _story(COURIER)
    keys = key_terms(story, list(story.report_positions().values()))
    assert not keys.any()


def test_a_thin_line_is_no_lede_unless_it_tells_an_event() -> None:
    assert not_a_lede("Gull lovers on the coast have something to cheer about.", lambda: True)
    # As thin, but it says what happened: a short lede of few words.
    assert not not_a_lede("The council banned it on Tuesday.", lambda: True)
    # A frame is no lede however many key terms it holds.
    assert not_a_lede("For gull lovers, the council ban is news at the harbour.", lambda: False)
    assert not not_a_lede("The harbour is home to gulls and the council.", lambda: False)


def test_a_scene_or_a_procedure_is_no_lede_however_many_key_terms_it_holds() -> None:
    scene = "As the council was voting on Tuesday, gull lovers were waiting on the quay."
    assert not_a_lede(scene, lambda: False)
    process = "Port Halden officials held a news conference on the gull ban on Tuesday."
    assert not_a_lede(process, lambda: False)
    caption = "Campaign leaflet sent by Port Halden council candidate Jo Lee."
    assert not_a_lede(caption, lambda: False)
    # A picture and what it is of, its only verbs in a clause about its subject (read41).
    sketch = "A sketch released of a gull keeper who was hit by a ferry at Port Halden in 1990."
    assert not_a_lede(sketch, lambda: False)
    news = "A sketch of the gull keeper hit by a ferry at Port Halden was released on Tuesday."
    assert not not_a_lede(news, lambda: False)


def test_a_teaser_gives_way_to_the_first_lede_of_its_report() -> None:
    story = _story(COURIER, RADIO)
    read = readings(story)
    courier = read.reports["1"]
    ledes = Ledes(story, read, [p for ps in read.reports.values() for p in ps[:3]])
    assert ledes.teaser(courier[0])
    assert ledes.first_lede(courier, 0) == 1
    radio = read.reports["2"]
    assert not ledes.teaser(radio[0])
    assert ledes.first_lede(radio, 0) == 0
