from dataclasses import replace
from pathlib import Path

import pytest

from newsfuse import Article, Brief, Settings, build, load_articles
from newsfuse import pipeline as pipeline_module
from newsfuse.documents import Sentence
from newsfuse.errors import InputError, NoContentError
from newsfuse.rank.backbone import Choice
from newsfuse.text.tokens import word_count
from tests.story_maker import WIRE
from tests.story_maker import story as generated_story


@pytest.fixture
def example_articles(example_dir: Path) -> list[Article]:
    return load_articles([example_dir])


@pytest.mark.parametrize("selection", ["backbone", "runs"])
@pytest.mark.parametrize("words", [40, 120, 230])
def test_brief_stays_within_the_word_budget_without_cutting_sentences(
    example_articles: list[Article], words: int, selection: str
) -> None:
    brief = build(Settings(words=words, selection=selection)).brief(example_articles)
    assert brief.sentences
    assert sum(word_count(s.text) for s in brief.sentences) <= words


@pytest.mark.parametrize("selection", ["backbone", "runs"])
def test_both_selections_open_on_a_reports_opening_statement(
    example_articles: list[Article], selection: str
) -> None:
    brief = build(Settings(words=150, selection=selection)).brief(example_articles)
    first = brief.sentences[0].citations[0]
    assert first.sentence_index <= 3
    assert not brief.sentences[0].text.startswith(('"', "He ", "She "))


def test_the_backbone_brief_keeps_one_reports_opening_in_its_order(
    example_articles: list[Article],
) -> None:
    brief = build(Settings(words=150)).brief(example_articles)
    backbone = brief.sentences[0].citations[0].article_id
    indexes = [
        c.sentence_index
        for s in brief.sentences
        for c in s.citations[:1]
        if c.article_id == backbone
    ]
    assert len(indexes) >= 2 and indexes == sorted(indexes)


def test_every_citation_points_at_the_exact_source_sentence(
    example_articles: list[Article],
) -> None:
    brief = build(Settings(words=230)).brief(example_articles)
    texts = {a.id: a.text for a in example_articles}
    for sentence in brief.sentences:
        assert sentence.citations
        for citation in sentence.citations:
            cited = texts[citation.article_id][citation.start : citation.end]
            assert cited.strip() and set(cited.split()) & set(sentence.text.split())
        assert sentence.text in {texts[c.article_id][c.start : c.end] for c in sentence.citations}


def test_a_syndicated_sentence_appears_once_and_cites_every_printer(
    example_articles: list[Article],
) -> None:
    brief = build(Settings(words=230)).brief(example_articles)
    evacuation = [s for s in brief.sentences if "evacuation of about 200" in s.text]
    assert len(evacuation) == 1
    assert {c.article_id for c in evacuation[0].citations} == {"1", "2"}


def test_no_furniture_reaches_the_brief(example_articles: list[Article]) -> None:
    text = " ".join(s.text for s in build(Settings(words=400)).brief(example_articles).sentences)
    for furniture in ("newsletter", "cookie", "Read more", "Share this", "Follow us"):
        assert furniture.lower() not in text.lower()


def test_same_input_gives_the_same_brief(example_articles: list[Article]) -> None:
    pipeline = build(Settings(words=120))
    assert pipeline.brief(example_articles) == pipeline.brief(list(example_articles))


def test_provenance_records_method_version_and_settings(example_articles: list[Article]) -> None:
    brief = build(Settings(words=100)).brief(example_articles)
    assert brief.provenance.method.startswith("newsfuse-extractive/")
    assert brief.provenance.settings_hash == Settings(words=100).digest()
    assert ("words", "100") in brief.provenance.settings


def test_pronoun_led_sentence_never_stands_without_its_predecessor(
    example_articles: list[Article],
) -> None:
    for words in (60, 100, 150, 230, 400):
        brief = build(Settings(words=words)).brief(example_articles)
        chosen = {(c.article_id, c.sentence_index) for s in brief.sentences for c in s.citations}
        for sentence in brief.sentences:
            if sentence.text.startswith(("He ", "She ", "It ", "They ")):
                first = sentence.citations[0]
                assert (first.article_id, first.sentence_index - 1) in chosen


def test_empty_story_and_duplicate_ids_are_input_errors() -> None:
    pipeline = build()
    with pytest.raises(InputError):
        pipeline.brief([])
    article = Article(id="1", text="A storm hit the coast on Monday and closed the port.")
    with pytest.raises(InputError, match="own id"):
        pipeline.brief([article, article])


def test_story_without_a_usable_sentence_is_no_content() -> None:
    with pytest.raises(NoContentError):
        build().brief([Article(id="1", text="Too short.")])


def test_a_story_whose_sentences_all_lean_back_gives_an_empty_brief_and_says_why() -> None:
    text = "He left the harbour at dawn on Monday morning. But the port stayed closed all week."
    brief = build().brief([Article(id="1", text=text)])
    assert brief.sentences == ()
    assert len(brief.warnings) == 1 and brief.warnings[0].startswith("the brief is empty")


def test_seed_reports_brief_without_their_page_furniture(seeds_dir: Path) -> None:
    articles = load_articles([seeds_dir])
    brief = build(Settings(words=300)).brief(articles)
    text = "\n".join(s.text for s in brief.sentences)
    for furniture in ("Sign up", "newsletter", "inbox", "mailing list", "Mailchimp", "Reuters/AP"):
        assert furniture.lower() not in text.lower()
    assert len(brief.sources) == 2


def test_a_story_over_the_candidate_cap_still_cites_exact_offsets() -> None:
    settings = Settings(words=150, max_story_candidates=30, story_candidates_per_doubling=5)
    articles = generated_story(reports=24, sentences=15)
    brief = build(settings).brief(articles)
    texts = {a.id: a.text for a in articles}
    assert brief.sentences and len(brief.sources) == 24
    for sentence in brief.sentences:
        for citation in sentence.citations:
            cited = texts[citation.article_id][citation.start : citation.end]
            assert " ".join(cited.lower().split()) == " ".join(sentence.text.lower().split())
    wire = [s for s in brief.sentences if s.text == WIRE]
    assert len(wire) == 1 and len(wire[0].citations) == 24  # merged copies are still cited


def test_the_differ_sees_only_the_candidates_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def count_sentences(
        articles: list[list[Sentence]], claims: object = None, scan: object = None
    ) -> tuple[()]:
        seen.append(sum(len(sentences) for sentences in articles))
        return ()

    monkeypatch.setattr(pipeline_module, "find_differences", count_sentences)
    settings = Settings(max_story_candidates=30, story_candidates_per_doubling=5)
    articles = generated_story(reports=24, sentences=15)
    build(settings).brief(articles)
    assert seen == [settings.candidate_cap(24)]


FIRE_A = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, forcing the "
    "evacuation of about 200 nearby homes.\n\n"
    "Fire chief Marta Lind said crews had fought the blaze from three sides.\n\n"
    '"We will have it under control by morning, whatever the wind does," she said.\n\n'
    "Two workers were taken to hospital with burns, the fire service said.\n\n"
    "The terminal stores about 40,000 tonnes of wheat and barley for valley farmers."
)
FIRE_B = (
    "A fire swept through the Port Halden grain terminal on Tuesday, and about 200 homes "
    "near the harbour were evacuated.\n\n"
    "Lind said the cause of the fire at the grain terminal was not yet known.\n\n"
    "The union said five workers at the terminal were hurt in the fire.\n\n"
    "The terminal was built in 1962 and had never burned before this week.\n\n"
    '"It is the worst fire at the harbour in forty years, and we were lucky."'
)
ARCHIVE = (
    "These crawls are part of an effort to archive pages as they are created and archive "
    "the pages that they refer to. That way, as the pages that are referenced are changed "
    "or taken from the web, a link to the version that was live when the page was written "
    "will be preserved."
)


def _fire_brief(words: int = 230) -> Brief:
    articles = [
        Article(id="1", text=FIRE_A),
        Article(id="2", text=FIRE_B),
        Article(id="3", text=ARCHIVE, source="crawl-notice.txt"),
    ]
    return build(Settings(words=words)).brief(articles)


def test_a_report_about_something_else_is_left_out_and_named_in_a_warning() -> None:
    brief = _fire_brief()
    assert all(c.article_id != "3" for s in brief.sentences for c in s.citations)
    assert len(brief.warnings) == 1 and "report 3 (crawl-notice.txt)" in brief.warnings[0]
    assert [s.number for s in brief.sources] == [1, 2, 3]


ERROR_PAGE = (
    "Sorry, the page you requested could not be found. If you are trying to reach a page "
    "from a bookmark, it may have moved. Grain prices at Port Halden rose on Tuesday."
)


def test_a_report_that_is_not_news_is_left_out_and_named_with_why() -> None:
    articles = [
        Article(id="1", text=FIRE_A),
        Article(id="2", text=ERROR_PAGE, source="missing.html"),
        Article(id="3", text=FIRE_B),
    ]
    brief = build(Settings(words=230)).brief(articles)
    assert all(c.article_id != "2" for s in brief.sentences for c in s.citations)
    assert brief.warnings == (
        "left out report 2 (missing.html): it is not a news report (error page)",
    )
    # Look-alike: a story told only by such pages is still read (and says why it is empty).
    alone = build(Settings(words=230)).brief([Article(id="1", text=ERROR_PAGE)])
    assert not any("not a news report" in w for w in alone.warnings)


def test_quotes_come_with_their_speaker_and_keep_the_claimant() -> None:
    texts = [s.text for s in _fire_brief().sentences]
    quote = next(i for i, t in enumerate(texts) if t.startswith('"We will have it'))
    assert texts[quote - 1].startswith("Fire chief Marta Lind said")
    assert not any(t.startswith('"It is the worst fire') for t in texts)  # nobody named
    claimant = _fire_brief().sentences[quote].claimant
    assert claimant == "Fire chief Marta Lind"


def test_the_brief_opens_with_what_happened_and_introduces_people_first() -> None:
    texts = [s.text for s in _fire_brief().sentences]
    assert texts[0].startswith("A fire")
    lind = [i for i, t in enumerate(texts) if "Lind" in t]
    assert not lind or "Marta Lind" in texts[lind[0]]


def test_many_printings_of_one_wire_sentence_leave_room_for_the_rest() -> None:
    # 30 reports open on the same wire sentence: the shortlist counts it once.
    brief = build(Settings(words=230)).brief(generated_story(reports=30, sentences=15))
    assert brief.sentences[0].text == WIRE and len(brief.sentences) > 10


def test_a_story_told_only_in_its_writers_voice_gives_that_writers_opening_and_says_so() -> None:
    text = (
        "You have seen the harbour at dawn, but have you seen it on fire?\n\n"
        "Let's be honest: nobody in Port Halden expected the terminal to burn.\n\n"
        "It's hard to see how the town recovers from this."
    )
    brief = build().brief([Article(id="1", text=text)])
    assert [s.text[:12] for s in brief.sentences] == ["Let's be hon", "It's hard to"]
    assert any("in its writer's own words" in w for w in brief.warnings)


def test_a_report_telling_another_event_is_named_in_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The backbone's choice names the reports it took nothing from (``other_events``,
    # tests/rank/test_backbone.py); the brief says so, as it does for a stray report.
    choose = pipeline_module.choose_sentences

    def choosing(*args: object, **kwargs: object) -> Choice:
        return replace(choose(*args, **kwargs), other_events=(("2", frozenset({"Lind"})),))  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline_module, "choose_sentences", choosing)
    articles = [Article(id="1", text=FIRE_A), Article(id="2", text=FIRE_B, source="gazette")]
    brief = build(Settings(words=120)).brief(articles)
    assert brief.warnings == (
        "took nothing from report 2 (gazette): it names Lind but tells another event than"
        " the brief's opening",
    )


# An op-ed whose author line names its author, and a news report of it (invented).
OP_ED = (
    "When I ran the harbour board in Ashby, I learned that ports live on trust. "
    "I saw the dock fall to ruin after the board cut its budget in 2015. "
    "The managers rebuilt the cranes, and the port grew by 300 jobs in three years.\n\n"
    "Today, fees are weighing on ferry firms across the coast because the council has raised "
    "them every year. I know what it takes to turn a port around. "
    "My plan would cut the fees and open the north pier to cargo.\n\n"
    "Ms. Lind is the Harbour Party candidate for mayor of Ashby.\n"
)
OP_ED_NEWS = (
    "The Harbour Party candidate for mayor of Ashby, Ana Lind, set out a plan on Monday to cut "
    "port fees, in an opinion piece for the Ashby Courier. "
    "Lind ran the harbour board for six years. "
    "The council raised port fees for the fourth year in a row in March, officials said.\n"
)


def test_an_op_eds_lines_carry_its_author_as_their_claimant() -> None:
    articles = [Article(id="1", text=OP_ED), Article(id="2", text=OP_ED_NEWS)]
    brief = build(Settings(words=230)).brief(articles)
    by_report = {s.citations[0].article_id: s for s in brief.sentences}
    assert by_report["1"].claimant == "Ms. Lind"
    # Look-alikes: the news report's own lines keep theirs, and without an author line the
    # op-ed's lines name nobody.
    assert {s.claimant for s in brief.sentences if s.citations[0].article_id == "2"} == {
        "",
        "officials",
    }
    unsigned = OP_ED.replace("Ms. Lind is the Harbour Party candidate", "Ashby is a port town")
    brief = build(Settings(words=230)).brief([replace(articles[0], text=unsigned), articles[1]])
    assert all(s.claimant == "" for s in brief.sentences if s.citations[0].article_id == "1")


# A firm named by its kind in a quotation's attribution, and by name two lines before.
FIRM_REPORT = (
    "The wrong envelope was handed to the presenters at the Ashby film awards on Sunday. "
    "The accounting firm Berg Lind, which counts the votes, said on Monday that the presenters "
    "had been given the wrong envelope. "
    '"We sincerely apologise to the nominees and the viewers for the error," a statement from '
    "the firm said.\n"
)


def test_a_party_given_by_its_kind_takes_the_name_its_report_gave_it() -> None:
    brief = build(Settings(words=230)).brief([Article(id="1", text=FIRM_REPORT)])
    quote = next(s for s in brief.sentences if s.text.startswith('"We sincerely'))
    assert quote.claimant == "Berg Lind"


def test_provenance_is_made_once_for_a_pipeline_and_follows_its_settings(
    example_articles: list[Article],
) -> None:
    # speed35: the provenance is the same for every brief of a pipeline, made once.
    pipeline = build(Settings(words=100))
    first, second = pipeline.brief(example_articles), pipeline.brief(example_articles)
    assert first.provenance is second.provenance
    other = build(Settings(words=120)).brief(example_articles).provenance
    assert other.settings_hash == Settings(words=120).digest() != first.provenance.settings_hash
    assert ("words", "120") in other.settings
