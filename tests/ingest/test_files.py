import random
from pathlib import Path

import pytest

from newsfuse.errors import InputError, NoContentError
from newsfuse.ingest.files import article_from_text, expand_paths, read_article
from newsfuse.ingest.html import MIN_ARTICLE_WORDS, too_short


def test_html_page_keeps_text_and_metadata_and_drops_chrome(example_dir: Path) -> None:
    article = read_article(example_dir / "01-halden-courier.html", "1")
    assert article.title == "Fire tears through Port Halden grain terminal"
    assert article.outlet == "Halden Courier"
    assert article.published == "2026-03-11"
    assert article.url.startswith("https://courier.example/")
    assert "Two workers were taken to Halden General Hospital" in article.text
    for chrome in ("cookie", "newsletter", "Related stories", "Sport", "All rights reserved"):
        assert chrome.lower() not in article.text.lower()


def test_plain_text_first_short_line_is_the_title(example_dir: Path) -> None:
    article = read_article(example_dir / "03-harbour-radio.txt", "3")
    assert article.title == "Union says terminal fire still burning, five hurt"
    assert article.text.startswith("The dockworkers' union")
    assert "Follow us" not in article.text and "Photo:" not in article.text


def test_folder_expands_to_its_readable_files_in_order(example_dir: Path) -> None:
    names = [p.name for p in expand_paths([example_dir])]
    assert names == sorted(names) and len(names) == 4


def test_folder_with_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match="no .txt, .md or .html files"):
        expand_paths([tmp_path])


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        expand_paths([tmp_path / "nope.txt"])


def test_text_that_is_only_furniture_has_no_content() -> None:
    with pytest.raises(NoContentError):
        article_from_text("Sign up to our newsletter\nShare this article\n", "1", "x.txt")


def test_broken_html_still_yields_its_text(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    body = "The harbour reopened on Friday after the storm, officials said."
    page.write_text(f"<html><body><div><p>{body} <b>Bold <i>and open", encoding="utf-8")
    assert body in read_article(page, "1").text


def test_html_without_article_text_names_the_file(tmp_path: Path) -> None:
    page = tmp_path / "chrome.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(NoContentError, match="chrome.html"):
        read_article(page, "1")


def test_too_short_counts_the_words_a_whole_split_counts() -> None:
    # Only the first words are split off: the same answer as counting every word, on
    # made-up texts of words and whitespace of every kind around the threshold.
    rng = random.Random(40)
    pieces = ["storm", "hit", "-", "…", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", "\x1c"]
    texts = ["", " ", "one", " ".join(["word"] * MIN_ARTICLE_WORDS)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    for text in texts:
        assert too_short(text) == (len(text.split()) < MIN_ARTICLE_WORDS), repr(text)
