"""Request bodies of the JSON API, validated by pydantic (the only place pydantic is used)."""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator

from newsfuse.settings import DEFAULT_WORDS, MAX_WORDS, MIN_WORDS

MAX_DOCUMENTS = 30
MAX_URLS = 10
MAX_TOTAL_CHARS = 1_000_000


class BriefRequest(BaseModel):
    """Texts or URLs of reports of one event, and the word budget of the brief."""

    documents: list[str] = Field(default_factory=list, max_length=MAX_DOCUMENTS)
    urls: list[str] = Field(default_factory=list, max_length=MAX_URLS)
    words: int = Field(default=DEFAULT_WORDS, ge=MIN_WORDS, le=MAX_WORDS)

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
