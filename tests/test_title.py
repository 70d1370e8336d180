"""A brief's title is the story's: the most-cited headline, or a short line from its lead."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse import Article, BriefSentence, Citation, Settings, build
from newsfuse.ingest.files import article_from_text
from newsfuse.title import line_from_lead, story_title
from tests.conftest import STORY_A, STORY_B
from tests.test_cli import run


def _cites(*ids: str) -> BriefSentence:
    text = "Fire raged through the Port Halden grain terminal and the harbour blaze spread."
    return BriefSentence(text, tuple(Citation(i, 0) for i in ids))


def test_the_title_is_the_headline_of_the_most_cited_report() -> None:
    articles = [
        Article("1", "...", title="Harbour blaze: a timeline"),
        Article("2", "..."),
        Article("3", "...", title="Fire tears through Port Halden grain terminal"),
    ]
    sentences = [_cites("3", "1"), _cites("3"), _cites("2")]
    assert story_title(sentences, articles) == "Fire tears through Port Halden grain terminal"
    assert story_title([_cites("2")], articles) == "Harbour blaze: a timeline"  # first titled


def test_without_a_headline_the_title_is_a_short_line_from_the_lead() -> None:
    lead = (
        "KATHMANDU, Nepal (AP) — A Swiss climber who found the long-lost bodies of a renowned "
        "mountaineer and his cameraman on one of the world's tallest mountains says he is "
        "happy to have solved the mystery."
    )
    title = story_title([BriefSentence(lead, (Citation("1", 0),))], [Article("1", lead)])
    assert title == "A Swiss climber who found the long-lost bodies of a renowned mountaineer…"
    assert line_from_lead("Rain flooded the town of Ashby on Monday, officials said.") == (
        "Rain flooded the town of Ashby on Monday"
    )


def test_page_furniture_and_placeholders_are_never_titles() -> None:
    text = (
        "share tweet pin email\n\nHeath Harding, 18, says he's the slacker of his nine "
        "siblings, though he earned a master's degree in computer science at 17."
    )
    article = article_from_text(text, "1", "harding.txt")
    assert article.title == ""
    brief = build(Settings(words=60)).brief([article])
    assert brief.title.startswith("Heath Harding, 18, says he's the slacker")
    assert brief.title not in ("News brief", "share tweet pin email")


def test_batch_briefs_carry_a_real_title_and_what_each_document_states(tmp_path: Path) -> None:
    documents = [
        f"Port Halden grain terminal ablaze\n\nPORT HALDEN (Coastal Times) — {STORY_A}",
        f"April 10th, 2026\n\nBy Kari Holm\n\n{STORY_B}",
    ]
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "fire", "documents": documents}) + "\n")
    target = tmp_path / "out.jsonl"
    result = run("batch", source, "--output", target, "--workers", "1")
    assert result.returncode == 0, result.stderr
    brief = json.loads(target.read_text())
    assert brief["title"] == "Port Halden grain terminal ablaze"
    first, second = brief["sources"]
    assert first["title"] == "Port Halden grain terminal ablaze"
    assert first["outlet"] == "Coastal Times"
    assert (second["title"], second["outlet"], second["published"]) == ("", "", "2026-04-10")
    assert [s["path"] for s in brief["sources"]] == [f"{source}#fire/1", f"{source}#fire/2"]


def _about_the_fire(*ids: str) -> list[BriefSentence]:
    text = "Fire raged through the Port Halden grain terminal and the harbour blaze spread."
    return [BriefSentence(text, tuple(Citation(i, 0) for i in ids))]


def test_kicker_words_and_site_names_are_cut_from_a_headline() -> None:
    for raw in (
        "TOP STORIES | Fire tears through Port Halden grain terminal",
        "Watch: Fire tears through Port Halden grain terminal",
        "Story highlights Fire tears through Port Halden grain terminal",
        "BREAKING NEWS Fire tears through Port Halden grain terminal",
        "Fire tears through Port Halden grain terminal - The Coastal Times",
        "Fire tears through Port Halden grain terminal | Harbour Radio",
    ):
        title = story_title(_about_the_fire("1"), [Article("1", "...", title=raw)])
        assert title == "Fire tears through Port Halden grain terminal", raw
    # Look-alikes: an acronym that is the headline's subject, and a hyphen inside words.
    for kept in (
        "NTSB says Port Halden grain terminal fire began in a dryer",
        "Grain-terminal fire at Port Halden was set, police say",
    ):
        assert story_title(_about_the_fire("1"), [Article("1", "...", title=kept)]) == kept


def test_a_title_that_is_not_a_headline_of_this_story_falls_to_the_next_report() -> None:
    good = Article("2", "...", title="Grain terminal fire closes Port Halden harbour")
    for bad in (
        "Thermal Imaging",  # a section's name
        "Local News More>>",
        "Fire crews at the pier. (Photo: Ida Vale/Coastal Times)",  # a caption
        "By Kari Holm / Published April 10, 2026",  # a byline
        "To our readers,",
        "Council approves new budget for the town's libraries",  # another story
    ):
        articles = [Article("1", "...", title=bad), good]
        assert story_title(_about_the_fire("1", "1", "2"), articles) == good.title, bad


def test_with_no_good_title_the_line_from_the_lead_is_not_cut_into_a_fragment() -> None:
    assert line_from_lead(
        "Of the nine people held on Friday, four were charged with arson at the terminal."
    ) == ("Of the nine people held on Friday, four were charged with arson…")
    assert line_from_lead(
        "Ana Ortiz, whose family ran the ferry, said the pier had burned twice before."
    ).endswith("…")
    # Look-alike: a main clause before a short attribution is a clean line.
    assert line_from_lead("Fire crews saved the older silos on Tuesday, the port said.") == (
        "Fire crews saved the older silos on Tuesday"
    )


def test_the_line_from_the_lead_is_not_cut_right_after_an_abbreviation() -> None:
    line = line_from_lead(
        "On Monday, the appeals court handed down its ruling in Ortiz v. Ashby Mills, also"
        " known as the ferry case."
    )
    assert line == "On Monday, the appeals court handed down its ruling in Ortiz v. Ashby Mills…"
    # Look-alike: an ordinary twelfth word is cut as before.
    assert line_from_lead(
        "On Monday, the appeals court handed down its long awaited ruling in the ferry case."
    ) == ("On Monday, the appeals court handed down its long awaited ruling in…")
