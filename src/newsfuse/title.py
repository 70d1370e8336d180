"""A brief's title: the story's own headline, never a placeholder or page furniture.

The headline of the report the brief cites most (the first such report on a tie); when no
report has a headline, a short line made from the brief's lead sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsfuse.documents import Article, BriefSentence
from newsfuse.text.furniture import is_furniture
from newsfuse.text.trim import strip_dateline

# A line made from the lead sentence keeps at most this many words, cut at the first clause
# boundary after at least MIN_LINE_WORDS words when there is one.
MAX_LINE_WORDS = 12
MIN_LINE_WORDS = 6
_CLAUSE_ENDS = (",", ";", ":")
_DASHES = frozenset({"—", "–", "-", "--"})


def story_title(sentences: Sequence[BriefSentence], articles: Sequence[Article]) -> str:
    """The headline of the most-cited titled report, else a line from the lead sentence.

    Example:
        >>> from newsfuse.documents import Citation
        >>> lead = BriefSentence("Rain flooded the town of Ashby on Monday, officials said.",
        ...                      (Citation("1", 0),))
        >>> story_title([lead], [Article("1", "...")])
        'Rain flooded the town of Ashby on Monday'
    """
    cited = Counter(c.article_id for s in sentences for c in s.citations)
    titled = [(-cited[a.id], place, a.title.strip()) for place, a in enumerate(articles)]
    headlines = sorted(t for t in titled if is_headline(t[2]))
    if headlines:
        return headlines[0][2]
    return line_from_lead(sentences[0].text) if sentences else ""


def is_headline(title: str) -> bool:
    """A title that can head a brief: some words, and not page furniture.

    Example:
        >>> is_headline("Fire tears through Port Halden grain terminal"), is_headline(
        ...     "Sign up to our newsletter")
        (True, False)
    """
    return any(c.isalpha() for c in title) and not is_furniture(title)


def line_from_lead(sentence: str) -> str:
    """A short headline-like line from a lead sentence: its dateline and final stop dropped,
    cut at its first clause boundary past a few words, or after a dozen words with "…".

    Example:
        >>> line_from_lead("PITTSBURGH (KDKA) — A former teacher is in police custody.")
        'A former teacher is in police custody'
    """
    words = strip_dateline(sentence).split()
    for count in range(MIN_LINE_WORDS, min(len(words), MAX_LINE_WORDS + 1)):
        if words[count - 1].endswith(_CLAUSE_ENDS):
            return " ".join(words[:count]).rstrip(",;:")
        if words[count] in _DASHES:
            return " ".join(words[:count])
    if len(words) <= MAX_LINE_WORDS:
        return " ".join(words).rstrip(".!?;:,")
    return " ".join(words[:MAX_LINE_WORDS]).rstrip(",;:") + "…"
