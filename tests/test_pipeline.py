from pathlib import Path

import pytest

from newsfuse import Article, Settings, build, load_articles
from newsfuse import pipeline as pipeline_module
from newsfuse.documents import Sentence
from newsfuse.errors import InputError, NoContentError
from newsfuse.text.tokens import word_count
from tests.story_maker import WIRE
from tests.story_maker import story as generated_story


@pytest.fixture
def example_articles(example_dir: Path) -> list[Article]:
    return load_articles([example_dir])


@pytest.mark.parametrize("words", [40, 120, 230])
def test_brief_stays_within_the_word_budget_without_cutting_sentences(
    example_articles: list[Article], words: int
) -> None:
    brief = build(Settings(words=words)).brief(example_articles)
    assert brief.sentences
    assert sum(word_count(s.text) for s in brief.sentences) <= words


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

    def count_sentences(articles: list[list[Sentence]]) -> tuple[()]:
        seen.append(sum(len(sentences) for sentences in articles))
        return ()

    monkeypatch.setattr(pipeline_module, "find_differences", count_sentences)
    settings = Settings(max_story_candidates=30, story_candidates_per_doubling=5)
    articles = generated_story(reports=24, sentences=15)
    build(settings).brief(articles)
    assert seen == [settings.candidate_cap(24)]
