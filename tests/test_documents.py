"""The data model's single constructors: one way to cite a sentence, one way to an Article."""

from __future__ import annotations

from newsfuse.documents import Article, Citation, Sentence, article_from
from newsfuse.ingest.pages import Page
from newsfuse.store.sqlite import StoredArticle


def test_a_citation_of_a_sentence_carries_its_identity_and_offsets() -> None:
    sentence = Sentence("3", 2, 40, 61, "Two workers were hurt.")
    assert Citation.of(sentence) == Citation("3", 2, 40, 61)


def test_a_page_and_a_stored_row_become_the_same_article() -> None:
    fields = {"title": "Fire", "outlet": "Courier", "url": "https://c.example/f",
              "published": "2026-03-11", "author": "Ann"}  # fmt: skip
    page = Page("a.html", "https://c.example/f", "Crews fought a fire.", **fields)
    stored = StoredArticle(7, "a.html", "https://c.example/f", text="Crews fought a fire.",
                           junk_reason="", version=1, ingested_at="", story_id=1,
                           duplicate_of=None, **fields)  # fmt: skip
    expected = Article("7", "Crews fought a fire.", source="a.html", **fields)
    assert page.to_article("7") == stored.to_article() == article_from(page, "7") == expected
