"""The one place where newsfuse's defaults are chosen.

A :class:`Settings` is validated on construction and hashed into every brief's provenance.
Below it, the caps of every reader: how much of a file, archive, feed or JSONL line newsfuse
reads, so that no input can make it use unbounded memory or time. What a cap cuts is never
dropped silently: the reader names the input and the cap in one line. The fetcher's body and
time limits are the defaults of :class:`newsfuse.ingest.fetch.FetchPolicy`.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, fields
from typing import Any

from newsfuse.errors import ConfigError

DEFAULT_WORDS = 200
MIN_WORDS = 10
MAX_WORDS = 5000
SELECTIONS = ("backbone", "runs")


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob of the brief pipeline.

    Example:
        >>> Settings(words=120).words
        120
    """

    words: int = DEFAULT_WORDS
    # Sentences outside this length (in words) are never selected: fragments and run-ons.
    min_sentence_words: int = 5
    max_sentence_words: int = 70
    # Two sentences whose word-shingle Jaccard similarity reaches this are one syndicated sentence.
    syndication_jaccard: float = 0.55
    # A candidate this similar (TF-IDF cosine) to a sentence already chosen is redundant.
    redundancy_cosine: float = 0.35
    # MMR trade-off: 1.0 ranks by score alone, lower values penalise similarity more.
    mmr_lambda: float = 0.5
    # How sentences are chosen: "backbone" (one report's opening passage with what the
    # others add, ``rank.backbone``) or "runs" (the best runs of every report, ``rank.select``).
    selection: str = "backbone"
    # Backbone: added to a backbone sentence's relevance (0..1) against an addition; the
    # least cosine to a backbone sentence for an addition to be placed after it rather than
    # at the end (ROUGE-neutral). A sentence that repeats the brief is one that reaches
    # ``redundancy_cosine``, as in the runs design. A bonus of 0.4 rather than 0.1 (fewer
    # additions: 1.72 reports a brief instead of 2.14) was preferred by blind readers in 19 of
    # 30 unseen anchor clusters (readable 2.77 vs 2.33, faithful 4.57 vs 4.40, informative
    # 3.67 vs 3.57), at -0.56 ROUGE-1 / -0.77 ROUGE-2 on dev (docs/EVALUATION.md, reading 5).
    backbone_bonus: float = 0.4
    place_cosine: float = 0.2
    # Another report's opening this similar to the brief's opening statement tells the event
    # again (a second lede), and stays out.
    lede_cosine: float = 0.15
    # Bounded cost (docs/EVALUATION.md, "Story scale"). Only the first this many characters of
    # a report are segmented and ranked (about 10,000 words: longer than nearly any news report;
    # the longest Multi-News dev report has 47,829).
    max_article_chars: int = 60_000
    # A story ranks at most this many candidate sentences, plus ``story_candidates_per_doubling``
    # for each doubling of its number of reports: 500 for one report, 998 for 10, 1,734 for
    # 300 (see ``candidate_cap``). No Multi-News dev story has more than 440.
    max_story_candidates: int = 500
    story_candidates_per_doubling: int = 150

    def __post_init__(self) -> None:
        _check_range("words", self.words, MIN_WORDS, MAX_WORDS)
        _check_range("min_sentence_words", self.min_sentence_words, 1, 50)
        _check_range("max_sentence_words", self.max_sentence_words, self.min_sentence_words, 500)
        _check_range("syndication_jaccard", self.syndication_jaccard, 0.1, 1.0)
        _check_range("redundancy_cosine", self.redundancy_cosine, 0.05, 1.0)
        _check_range("mmr_lambda", self.mmr_lambda, 0.0, 1.0)
        if self.selection not in SELECTIONS:
            raise ConfigError(
                f"selection must be one of {', '.join(SELECTIONS)}, got {self.selection!r}"
            )
        _check_range("backbone_bonus", self.backbone_bonus, 0.0, 10.0)
        _check_range("place_cosine", self.place_cosine, 0.0, 1.0)
        _check_range("lede_cosine", self.lede_cosine, 0.0, 1.0)
        _check_range("max_article_chars", self.max_article_chars, 1_000, 10_000_000)
        _check_range("max_story_candidates", self.max_story_candidates, 10, 100_000)
        _check_range("story_candidates_per_doubling", self.story_candidates_per_doubling, 0, 10_000)

    def candidate_cap(self, reports: int) -> int:
        """How many candidate sentences a story of ``reports`` reports may rank: grows with
        the logarithm of the number of reports, so similarity work stays bounded.

        Example:
            >>> [Settings().candidate_cap(n) for n in (1, 10, 300)]
            [500, 998, 1734]
        """
        doublings = math.log2(max(reports, 1))
        return self.max_story_candidates + int(self.story_candidates_per_doubling * doublings)

    def as_dict(self) -> dict[str, Any]:
        # Every setting is a number: no need for asdict's deep copy, which costs more than
        # a small brief's provenance should.
        return {field.name: getattr(self, field.name) for field in fields(self)}

    def digest(self) -> str:
        """A short stable hash of every setting, for provenance."""
        payload = json.dumps(self.as_dict(), sort_keys=True).encode()
        return hashlib.sha256(payload).hexdigest()[:16]


def _check_range(name: str, value: float, low: float, high: float) -> None:
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}, got {value}")


# --- Reader caps ---------------------------------------------------------------------------

# A report file (.txt, .md, .html, a feed file) larger than this is skipped unread.
MAX_FILE_BYTES = 20_000_000

# Web archives (.warc, .warc.gz). A page kept in an archive is held to the fetcher's body cap:
# a larger HTML response is skipped. The whole archive is read up to MAX_ARCHIVE_BYTES after
# decompression (a gzip bomb stops there, ~25 s of inflating at most); a single header line
# longer than MAX_ARCHIVE_LINE_BYTES, or more than MAX_ARCHIVE_LINES_IN_A_ROW header lines
# without a record body between them, is a broken archive (a line bomb would otherwise be
# held whole in memory, or read line by line for hours). MAX_ARCHIVE_LINES bounds the time
# spent on header lines of the whole archive (a real archive has ~30 per record).
MAX_ARCHIVE_RECORD_BYTES = 5_000_000
MAX_ARCHIVE_BYTES = 8_000_000_000
MAX_ARCHIVE_LINE_BYTES = 1_000_000
MAX_ARCHIVE_LINES_IN_A_ROW = 10_000
MAX_ARCHIVE_LINES = 20_000_000

# RSS/Atom: the first entries (newest first in almost every feed) read per feed, per read or
# poll; and how many entry pages are fetched ahead of the one being extracted (each may be
# as large as the fetcher's body cap, so this bounds the pages held in memory at once).
MAX_FEED_ENTRIES = 100
FEED_FETCH_WINDOW = 16

# Multi-News-style JSONL: a longer line is skipped unread (its JSON would need ~30 times its
# size in memory). Nesting is bounded by Python's JSON reader, which refuses anything deeper
# than the interpreter's recursion limit (about 1,000 levels) with RecursionError; newsfuse
# turns that into a skipped line. A valid story is never more than 2 levels deep.
MAX_JSONL_LINE_BYTES = 10_000_000
