"""Request bodies of the JSON API, validated by pydantic (the only place pydantic is used)."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import (
    BaseModel,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from newsfuse.settings import DEFAULT_WORDS, MAX_WORDS, MIN_WORDS

MAX_DOCUMENTS = 30
MAX_URLS = 10
MAX_TOTAL_CHARS = 1_000_000
MAX_URL_CHARS = 2000
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class BriefRequest(BaseModel):
    """Texts or URLs of reports of one event, and the word budget of the brief."""

    documents: list[str] = Field(default_factory=list, max_length=MAX_DOCUMENTS)
    urls: list[Annotated[str, StringConstraints(max_length=MAX_URL_CHARS)]] = Field(
        default_factory=list, max_length=MAX_URLS
    )
    words: int = Field(default=DEFAULT_WORDS, ge=MIN_WORDS, le=MAX_WORDS)

    @field_validator("documents", "urls")
    @classmethod
    def _valid_unicode(cls, texts: list[str], info: ValidationInfo) -> list[str]:
        """JSON can carry a lone surrogate ("\\ud800") that no UTF-8 text can hold."""
        for number, text in enumerate(texts):
            found = _LONE_SURROGATE.search(text)
            if found:
                raise ValueError(
                    f"{info.field_name}[{number}] is not valid Unicode: a lone surrogate"
                    f" at character {found.start()}"
                )
        return texts

    @model_validator(mode="after")
    def _bounded_work(self) -> BriefRequest:
        if not self.documents and not self.urls:
            raise ValueError("give 'documents' (article texts) or 'urls', or both")
        total = sum(len(d) for d in self.documents)
        if total > MAX_TOTAL_CHARS:
            raise ValueError(
                f"documents hold {total} characters in all, more than {MAX_TOTAL_CHARS}"
            )
        return self


class StoryItem(BaseModel):
    """A stored story as listed: its counts, span (earliest and latest publication time), when
    it last got an article (``updated``) and the first words of its first report."""

    id: int
    title: str
    articles: int
    outlets: int
    first: str
    last: str
    updated: str
    lead: str


class StoryList(BaseModel):
    """One page of the stories, the last updated first. ``next_cursor`` is the ``cursor`` of
    the next page ("" on the last page)."""

    stories: list[StoryItem]
    next_cursor: str
