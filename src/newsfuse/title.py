"""A brief's title: the story's own headline, never a placeholder or page furniture.

The headline of the report the brief cites most (the first such report on a tie), cleaned
of the site's name and of kicker words ("TOP STORIES |", "Watch:", "- The Daily Planet");
a report's title that is not a headline about this story (a section name, a caption, a
byline, a headline of another story) is passed over for the next. When no report has one,
a short line made from the brief's lead sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsfuse.documents import Article, BriefSentence
from newsfuse.text.furniture import is_furniture
from newsfuse.text.segment import ends_with_abbreviation
from newsfuse.text.tokens import content_terms, word_tokens
from newsfuse.text.trim import strip_dateline

# A line made from the lead sentence keeps at most this many words, cut at the first clause
# boundary after at least MIN_LINE_WORDS words when there is one.
MAX_LINE_WORDS = 12
MIN_LINE_WORDS = 6
# A name the cut would split after its title ("Gov. Nikki Haley") keeps this many words more.
MAX_NAME_WORDS = 2
_CLAUSE_ENDS = (",", ";", ":")
# ... but only before a short tail ("officials said.") or after a main clause: cuts after a
# fronted phrase ("Of the 12 arrested on Saturday"), inside an apposition ("Stormy Daniels,
# whose real name is Stephanie Clifford") or before one ("... John Conyers' youngest son,
# who ...") left fragments as titles.
MAX_TAIL_WORDS = 5
_FRONTING = frozenset(
    """of with after if as when while despite among in for by at on since although though
    because once before during following amid under over to from according unlike like
    yesterday today last this""".split()
)
_APPOSITION_OPENERS = frozenset(
    "who whose which where a an the one including whom now then known also".split()
)
_DASHES = frozenset({"—", "–", "-", "--"})
# A headline has at least this many words: one or two ("Features", "Your Health",
# "Thermal Imaging") name a section of the site, not the story.
MIN_HEADLINE_WORDS = 3
# ... and shares at least this many content words (by their first STEM letters, so
# "flooded" meets "floods") with the brief: a stray headline of another story on the page
# shares none or one.
MIN_SHARED_TERMS = 2
STEM = 5
# Kicker words a site prints before the headline: "TOP STORIES |", "Watch:", "Story
# highlights", "► Update:". Readers saw them as page furniture in our titles.
_KICKER = re.compile(
    r"^(?:[►▶•|/\s]+|(?i:story highlights|top stories|web exclusive|exclusive|breaking(?: news)?"
    r"|updated?|watch|video|photos?|gallery|listen|live|opinion|analysis|editorial)\b\s*"
    r"(?:[:|–—-]\s*)?|[A-Z][A-Z&.' ]*[A-Z]\s*[:|]\s+)"
)
# Capital kicker words run into the headline: "WEB EXCLUSIVE New Moon, ...". Two words or
# more, so an acronym that is the headline's subject ("THC makes rats lazy") stays.
_CAPITAL_KICKER = re.compile(r"^(?:[A-Z]{2,}\s+){2,}(?=[A-Z][a-z])")
# The site's name after the headline: "... - The New York Times", "... | Fox News".
_SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::)\s+(?:[A-Z0-9][\w.&']*\s*){1,4}$")
_PIPE_SUFFIX = re.compile(r"\s+\|\s+[^|]{1,40}$")
# Captions, photo credits, bylines and datelines that sites print where the title goes.
_NOT_A_HEADLINE = re.compile(
    r"photo:|reuters/|/getty|\(image:|ap photo|staff photo|\(associated press\)|copyright"
    r"|^by\s|^published\b|^updated\b|^associated press\b|wikipedia|\([^()]*/[^()]*\)\s*$",
    re.IGNORECASE,
)


def story_title(
    sentences: Sequence[BriefSentence],
    articles: Sequence[Article],
    terms: Sequence[Sequence[str]] | None = None,
) -> str:
    """The cleaned headline of the most-cited report whose title is a headline about the
    story, else a line from the lead sentence. ``terms`` are the sentences' content terms
    (``content_terms(word_tokens(text))`` of each), if the caller has them.

    Example:
        >>> from newsfuse.documents import Citation
        >>> lead = BriefSentence("Rain flooded the town of Ashby on Monday, officials said.",
        ...                      (Citation("1", 0),))
        >>> story_title([lead], [Article("1", "...", title="Weather | The Ashby Echo")])
        'Rain flooded the town of Ashby on Monday'
    """
    cited = Counter(c.article_id for s in sentences for c in s.citations)
    titled = [(-cited[a.id], place, clean_headline(a.title)) for place, a in enumerate(articles)]
    if terms is None:
        terms = [content_terms(word_tokens(s.text)) for s in sentences]
    story = frozenset(term[:STEM] for found in terms for term in found)
    for _, _, title in sorted(titled):
        if is_headline(title) and (not story or _on_story(title, story)):
            return title
    return line_from_lead(sentences[0].text) if sentences else ""


def clean_headline(title: str) -> str:
    """A report's title without the site's kicker words before it or its name after it.

    Example:
        >>> clean_headline("TOP STORIES | Dam holds after a week of rain - The Valley Post")
        'Dam holds after a week of rain'
    """
    title = title.strip()
    for _ in range(3):  # "TOP STORIES | WEB EXCLUSIVE ...": a kicker may follow a kicker
        shorter = _CAPITAL_KICKER.sub("", _KICKER.sub("", title, count=1), count=1).strip()
        if shorter == title or not shorter:
            break
        title = shorter
    return _SITE_SUFFIX.sub("", _PIPE_SUFFIX.sub("", title)).strip()


def is_headline(title: str) -> bool:
    """A title that can head a brief: some words, and not page furniture, a section's name,
    a caption, a byline or a line cut off before its end.

    Example:
        >>> is_headline("Fire tears through Port Halden grain terminal"), is_headline(
        ...     "Sign up to our newsletter"), is_headline("Local News")
        (True, False, False)
    """
    return (
        len(title.split()) >= MIN_HEADLINE_WORDS
        and any(c.isalpha() for c in title)
        and (title[0].isalnum() or title[0] in "\"'“‘")
        and not title.endswith((":", ",", ";"))
        and _NOT_A_HEADLINE.search(title) is None
        and not is_furniture(title)
    )


def _stems(text: str) -> frozenset[str]:
    return frozenset(term[:STEM] for term in content_terms(word_tokens(text)))


def _on_story(title: str, story: frozenset[str]) -> bool:
    """Whether a title shares enough content words with the brief (all of them, when it
    has fewer than ``MIN_SHARED_TERMS``)."""
    own = _stems(title)
    return len(own & story) >= min(MIN_SHARED_TERMS, len(own)) and bool(own & story)


def line_from_lead(sentence: str) -> str:
    """A short headline-like line from a lead sentence: its dateline and final stop dropped,
    cut before a short closing tail or a dash past a few words, or after a dozen words
    with "…".

    Example:
        >>> line_from_lead("PITTSBURGH (KDKA) — A former teacher is in police custody.")
        'A former teacher is in police custody'
    """
    words = strip_dateline(sentence).split()
    for count in range(MIN_LINE_WORDS, min(len(words), MAX_LINE_WORDS + 1)):
        if words[count - 1].endswith(_CLAUSE_ENDS) and _clause_before(words, count):
            return " ".join(words[:count]).rstrip(",;:")
        if words[count] in _DASHES:
            return " ".join(words[:count])
    count = _cut_after(words) if len(words) > MAX_LINE_WORDS else len(words)
    if count >= len(words):
        return " ".join(words).rstrip(".!?;:,")
    return " ".join(words[:count]).rstrip(",;:") + "…"


def _cut_after(words: list[str]) -> int:
    """How many words a long lead's line keeps: ``MAX_LINE_WORDS``, unless the cut falls
    right after an abbreviation or initial ("... in Kimble v.…", "... Gov.…"), which read
    as a broken line: the word it belongs to comes too, with the rest of a name."""
    count = MAX_LINE_WORDS
    if not ends_with_abbreviation(words[count - 1]):
        return count
    count += 1
    while count < min(len(words), MAX_LINE_WORDS + MAX_NAME_WORDS) and words[count][:1].isupper():
        count += 1
    return count


def _clause_before(words: list[str], count: int) -> bool:
    """Whether a line may end after its first ``count`` words (the last ending a clause)."""
    if len(words) - count <= MAX_TAIL_WORDS:
        return True
    inner_comma = any(w.endswith(",") for w in words[: count - 1])
    return not (
        inner_comma or words[0].lower() in _FRONTING or words[count].lower() in _APPOSITION_OPENERS
    )
