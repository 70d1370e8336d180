import json

import pytest

from newsfuse import (
    Brief,
    BriefSentence,
    Citation,
    Difference,
    NewsfuseError,
    Provenance,
    Side,
    Source,
    to_dict,
)
from newsfuse import render_brief as render
from newsfuse.render import FORMATS

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def make_brief(text: str = "The port closed on Tuesday.", title: str = "Port fire") -> Brief:
    return Brief(
        title=title,
        sentences=(BriefSentence(text, (Citation("a", 0, 0, len(text)), Citation("b", 2))),),
        sources=(
            Source(
                1,
                "a",
                title="First",
                outlet="Courier",
                published="2026-03-11",
                url="https://c.example/u",
            ),
            Source(2, "b", title="Second", path="b.txt"),
        ),
        provenance=Provenance("m", "0", "h", (("words", "200"),)),
        differences=(
            Difference(
                "Injured",
                (
                    Side("two workers", "fire service", (Citation("a", 1),)),
                    Side("five workers", "union", (Citation("b", 1),)),
                ),
            ),
        ),
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_renderer_shows_text_citations_sources_and_differences(fmt: str) -> None:
    out = render(make_brief(), fmt)
    for expected in ("The port closed on Tuesday.", "First", "Second", "Injured", "union"):
        assert expected in out


def test_markdown_marks_each_sentence_with_source_numbers() -> None:
    out = render(make_brief(), "markdown")
    assert "The port closed on Tuesday. [1][2]" in out
    assert "## Where sources differ" in out
    assert "1. First — Courier — 2026-03-11 — https://c.example/u" in out


def test_json_schema() -> None:
    data = json.loads(render(make_brief(), "json"))
    assert set(data) == {
        "title",
        "summary",
        "words",
        "sentences",
        "sources",
        "differences",
        "warnings",
        "provenance",
    }
    assert data["warnings"] == []
    assert data["sentences"][0]["claimant"] == ""
    assert data["sentences"][0]["citations"][0] == {
        "source": 1,
        "article_id": "a",
        "sentence": 0,
        "start": 0,
        "end": 27,
    }
    assert data["differences"][0]["sides"][1]["claimant"] == "union"
    assert data["provenance"]["settings"] == {"words": "200"}


def test_no_differences_means_no_section() -> None:
    brief = make_brief()
    plain = Brief(brief.title, brief.sentences, brief.sources, brief.provenance)
    assert "Where sources differ" not in render(plain, "markdown")
    assert "Where sources differ" not in render(plain, "html")
    assert to_dict(plain)["differences"] == []


def test_html_escapes_everything_from_articles() -> None:
    out = render(make_brief(text=HOSTILE, title=HOSTILE), "html")
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out


MARKDOWN_ATTACKS = (
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[click](javascript:alert(3))",
    "![x](data:text/html;base64,PHNjcmlwdD4=)",
    "<javascript:alert(4)>",
    "\\[escaped](javascript:alert(5))",
    "<div>\n[1]: javascript:alert(6)\n</div>",
    "`code`[link](javascript:alert(7))",
)


@pytest.mark.parametrize("attack", MARKDOWN_ATTACKS)
def test_markdown_shows_html_and_links_from_articles_as_text(attack: str) -> None:
    from markdown_it import MarkdownIt

    brief = make_brief(text=f"The port closed. {attack}", title=attack)
    side = Side(attack, attack, (Citation("a", 1),))
    brief = Brief(
        attack,
        brief.sentences,
        (Source(1, "a", title=attack, outlet=attack, url="javascript:alert(8)"), brief.sources[1]),
        brief.provenance,
        (Difference(attack, (side, side)),),
    )
    html = MarkdownIt("commonmark").render(render(brief, "markdown"))
    assert "<script" not in html and "<img" not in html and "<div" not in html
    assert "<a " not in html  # no link at all (and no image, above)
    assert "javascript:alert(8)" not in html  # a source URL that is not http(s) is dropped


def test_markdown_escapes_little_so_news_text_reads_naturally() -> None:
    text = "Crews (about 40) fought the fire at 6 p.m.; 3 * 4 = 12 — it's #1 news_today!"
    out = render(make_brief(text=text), "markdown")
    assert f"{text} [1][2]" in out
    assert "Officials said \\[sic] it was" in render(
        make_brief(text="Officials said [sic] it was out."), "markdown"
    )


def test_unknown_format_is_a_newsfuse_error_listing_the_formats() -> None:
    with pytest.raises(NewsfuseError, match="format must be one of markdown, json, html"):
        render(make_brief(), "pdf")


def test_a_difference_shows_its_kind_and_a_later_figure_as_later() -> None:
    later = Difference(
        "Death toll",
        (
            Side("12 were killed", "police", (Citation("a", 1),), position="12"),
            Side("the toll rose to 34", "", (Citation("b", 1),), position="34", later=True),
        ),
        kind="count",
    )
    brief = make_brief()
    brief = Brief(brief.title, brief.sentences, brief.sources, brief.provenance, (later,))
    data = to_dict(brief)["differences"][0]
    assert data["kind"] == "count"
    assert [s["later"] for s in data["sides"]] == [False, True]
    assert "*34 (later figure)*" in render(brief, "markdown")
    assert "34 (later figure)</em>" in render(brief, "html")


def test_a_brief_survives_its_json_and_versions_mark_new_sentences(
    two_reports: list[str],
) -> None:
    from newsfuse import brief as make_brief
    from newsfuse.documents import Changes
    from newsfuse.render import brief_from_dict, to_dict, to_html, to_markdown

    b = make_brief(two_reports, words=80)
    assert brief_from_dict(to_dict(b)) == b
    marks = tuple(i == 0 for i in range(len(b.sentences)))
    changes = Changes(
        2,
        "2026-03-11T10:00:00+00:00",
        "2026-03-11T09:00:00+00:00",
        marks,
        ("1 new report:", "New source: Coastal Times"),
    )
    data = to_dict(b, changes)
    assert data["version"] == 2 and data["since"] == "2026-03-11T09:00:00+00:00"
    assert [s["new"] for s in data["sentences"]] == list(marks)
    markdown = to_markdown(b, changes)
    assert "## What's new since 2026-03-11 09:00 UTC (version 2)" in markdown
    assert "- New source: Coastal Times" in markdown
    assert markdown.count("**New:** ") == 1
    html = to_html(b, changes)
    assert html.count('<mark class="new">New</mark>') == 1 and 'class="whats-new"' in html
    assert to_markdown(b) == to_markdown(b, None) and "What's new" not in to_markdown(b)


def test_html_is_a_styled_page_that_fits_a_phone() -> None:
    page = render(make_brief(), "html")
    head = page[: page.index("</head>")]
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in head
    assert "<style>" in head and "font:" in head and "max-width:" in head
