import logging
from typing import Any

import numpy as np
import pytest
from scipy import sparse

from newsfuse import Article, Settings
from newsfuse.rank.story import PreparedStory, article_candidates, prepare_story
from newsfuse.rank.topic import without
from newsfuse.text import vectors as vectors_module
from newsfuse.text.tokens import word_count
from tests.story_maker import WIRE, report_text, story

SMALL_CAPS = Settings(max_story_candidates=40, story_candidates_per_doubling=10)


def arrays_of(prepared: PreparedStory) -> dict[str, Any]:
    fields = {name: getattr(prepared, name) for name in PreparedStory.__slots__}
    return {
        name: value
        for name, value in fields.items()
        if isinstance(value, np.ndarray) or sparse.issparse(value)
    }


def test_a_prepared_story_holds_no_n_by_n_array_over_one_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = prepare_story(story(reports=6, sentences=30), Settings())
    n = len(small.candidates)
    # Its cosine matrix only while that is one block of text.vectors.cosine_blocks.
    assert set(arrays_of(small)) == {"vectors", "cosines"}
    assert small.cosines is not None and small.cosines.shape == (n, n)
    assert n * n <= vectors_module.BLOCK_CELLS
    monkeypatch.setattr(vectors_module, "BLOCK_CELLS", n * n - 1)
    prepared = prepare_story(story(reports=6, sentences=30), Settings())
    arrays = arrays_of(prepared)
    assert set(arrays) == {"vectors"}
    for array in arrays.values():
        assert array.shape != (n, n)
    terms = sum(len(set(t)) for t in prepared.terms)
    assert prepared.vectors.shape[0] == n and prepared.vectors.nnz == terms


def test_candidates_over_the_cap_are_bounded_and_named_in_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    articles = story(reports=16, sentences=20)
    cap = SMALL_CAPS.candidate_cap(len(articles))
    with caplog.at_level(logging.WARNING):
        prepared = prepare_story(articles, SMALL_CAPS)
    assert cap == 80 and len(prepared.candidates) == cap
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert f"ranked {cap} of {16 * 21} candidate sentences" in warnings[0]
    assert "15 exact copies merged" in warnings[0] and "16 report(s)" in warnings[0]


def test_the_wire_copy_kept_carries_every_other_printing() -> None:
    prepared = prepare_story(story(reports=16, sentences=20), SMALL_CAPS)
    wire = [p for p, s in enumerate(prepared.candidates) if s.text == WIRE]
    assert len(wire) == 1
    printers = {prepared.candidates[wire[0]].article_id}
    printers |= {c.article_id for c in prepared.copies[wire[0]]}
    assert printers == {str(n) for n in range(1, 17)}


def test_a_story_under_the_caps_is_not_warned_about(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        prepared = prepare_story(story(reports=3, sentences=10), Settings())
    assert len(prepared.candidates) == 3 * 11 and prepared.copies == {}
    assert not caplog.records


def test_only_the_first_characters_of_a_long_report_are_read(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = Settings(max_article_chars=2_000)
    text = report_text(1, sentences=400)
    article = Article(id="1", text=text, source="huge.txt")
    count, candidates = article_candidates(article, settings)
    assert candidates and candidates[-1].end <= 2_000
    assert count < 40  # sentences read, not the 401 of the whole text
    # The sentence the cut runs through is dropped; every offset slices the whole text.
    assert all(text[s.start : s.end] == s.text and s.text.endswith(".") for s in candidates)
    with caplog.at_level(logging.WARNING):
        prepare_story([article], settings)
    assert "read only to their first 2000 characters (huge.txt)" in caplog.text


def test_report_positions_group_candidates_by_report_in_reading_order() -> None:
    articles = [
        Article(id="a", text="The quay closed on Monday night.\n\nShips waited offshore."),
        Article(id="b", text="Crews fought the fire at the quay for hours on end."),
    ]
    prepared = prepare_story(articles, Settings())
    by_report = prepared.report_positions()
    assert list(by_report) == ["a", "b"]
    positions = [p for ps in by_report.values() for p in ps]
    assert positions == list(range(len(prepared.candidates)))
    assert all(prepared.candidates[p].article_id == r for r, ps in by_report.items() for p in ps)


@pytest.mark.parametrize("settings", [Settings(), SMALL_CAPS])
def test_words_are_each_candidates_length_in_words(settings: Settings) -> None:
    prepared = prepare_story(story(reports=16, sentences=20), settings)
    assert prepared.copies if settings is SMALL_CAPS else not prepared.copies
    assert prepared.words == tuple(word_count(s.text) for s in prepared.candidates)
    fewer = without(prepared, ["3", "7"])
    assert fewer.words == tuple(word_count(s.text) for s in fewer.candidates)
    assert len(fewer.words) < len(prepared.words)


def test_readers_of_a_whole_report_read_only_what_the_story_read() -> None:
    # A page's genre and the names it prints are read from the same part of it that was
    # segmented: a 20 MB page read whole cost hundreds of MB (docs/EVALUATION.md).
    text = "Crews fought the harbour fire overnight, the port said.\n\n" * 100
    story = prepare_story([Article(id="1", text=text)], Settings(max_article_chars=1_000))
    assert story.read_text(story.articles[0]) == text[:1_000]


def test_an_interviews_turns_are_no_candidates_and_the_reports_own_lines_are() -> None:
    text = (
        "The mayor of Port Halden defended the new pier in a radio interview on Monday.\n\n"
        "JO LEE: Thanks for joining us on the programme this morning, Mayor Ortiz.\n\n"
        "MAYOR ANA ORTIZ: It is great to be here with you and your listeners today.\n\n"
        "JO LEE: Is the new pier safe for the ferries that dock there every day?\n\n"
        "MAYOR ANA ORTIZ: ...Safe for the future. We test the pier every single week.\n"
    )
    _, candidates = article_candidates(Article(id="1", text=text), Settings())
    assert [c.text for c in candidates] == [
        "The mayor of Port Halden defended the new pier in a radio interview on Monday."
    ]
