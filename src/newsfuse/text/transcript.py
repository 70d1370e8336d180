"""Interview transcripts: a report printed as turns of talk under speakers' labels in
capitals ("JO LEE: Is the pier safe?", "MAYOR ORTIZ: ...Safe for the future.").

A brief cannot print a turn as it stands: the label is the page's, not a sentence's (a
brief's "MAYOR ORTIZ: ...Safe for the future." reads as a script, cut mid-answer), and a
turn's later sentences, which carry no label, are somebody's words read as the writer's own.
When no speaker is marked as the host, every turn is a question or an answer, and the
exchange stays out of the brief, from its first label to the line of its last: the reports
around it tell the same news in sentences. A broadcast that marks its host ("JO LEE,
HOST:") is left as it is: the host narrates the story there, and a brief without the host's
labels lost more than the labels cost (issue 18: dev ROUGE-1 fell 0.09 for one brief of 350
that read better).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsfuse.documents import Sentence

# A speaker's label at the start of a line: "ORTIZ:", "ANA ORTIZ:", "MAYOR ORTIZ:", "REP.
# JO LEE (R-IN):", "JO LEE, HOST:" (a role after a comma).
_LABEL = re.compile(
    r"""^[ \t]*(?P<name>(?:[A-Z][A-Z.'’-]+\ ){0,3}[A-Z][A-Z'’-]+)(?:\ \([A-Z]-[A-Z]{2}\))?
    (?:,\ (?P<role>[A-Z][A-Z ]{1,30}))?:(?=\s)""",
    re.VERBOSE | re.MULTILINE,
)
# A page's kickers and section labels share the form but are nobody's turn ("UPDATE:",
# "STORY: ...", "READ MORE: ...").
_KICKERS = frozenset(
    """UPDATE UPDATED STORY READ NEWS BLOG MAP PICS PHOTOS IMAGES VIDEO WATCH EDITORIAL
    EXCLUSIVE BONUS RELATED MORE ALSO CONTENT BREAKING OPINION ANALYSIS NOTE CORRECTION
    CLARIFICATION SPOTTED""".split()
)
# A transcript's speakers take turns: some speaker comes back. A newsletter's run of kickers
# ("TOP TALKER: ...", "FIRST LOOK: ...") never repeats one, and a dateline ("ASHBY: ...")
# stands once.
_MIN_TURNS_OF_ONE_SPEAKER = 2
_HOST_ROLES = frozenset({"HOST", "BYLINE", "ANCHOR"})


def _speaker(name: str) -> str:
    """A label's speaker by surname: "ANA ORTIZ" and "ORTIZ" are one speaker."""
    return name.rsplit(maxsplit=1)[-1]


def _takes_turns(names: Sequence[str]) -> bool:
    """Two speakers or more, one of whom comes back: by the same label ("ORTIZ:", "ORTIZ:"),
    or by a surname alone after a full label ("ANA ORTIZ:", then "ORTIZ:"). Kickers that
    share a last word ("OBAMA TODAY:", "TREASURY TODAY:") are not one speaker."""
    surnames = {name for name in names if " " not in name}
    counts = Counter(_speaker(name) if _speaker(name) in surnames else name for name in names)
    return len(counts) >= 2 and max(counts.values()) >= _MIN_TURNS_OF_ONE_SPEAKER


def interview_span(text: str) -> tuple[int, int] | None:
    """Where the turns of an interview transcript lie in ``text``: from its first label to
    the end of the line its last label opens (a report may go on after the exchange it
    prints); None for any other text, and for a broadcast that marks its host.

    Example:
        >>> interview_span("Intro.\\nJO LEE: Safe?\\nANA ORTIZ: Yes.\\nLEE: Why?\\nORTIZ: Tests.")
        (7, 60)
        >>> interview_span("ASHBY: The pier fell.\\nUPDATE: It reopened.") is None
        True
    """
    if ":" not in text:
        return None
    labels = [
        match for match in _LABEL.finditer(text) if not _KICKERS & set(match.group("name").split())
    ]
    if not _takes_turns([match.group("name") for match in labels]):
        return None
    if any(_marks_host(match) for match in labels):
        return None
    last_line_end = text.find("\n", labels[-1].end())
    return labels[0].start("name"), len(text) if last_line_end < 0 else last_line_end


def _marks_host(label: re.Match[str]) -> bool:
    role = label.group("role")
    return bool(role) and not _HOST_ROLES.isdisjoint(role.split())


def without_interview(text: str, sentences: Sequence[Sentence]) -> list[Sentence]:
    """``sentences`` of ``text`` without those of an interview transcript's turns
    (:func:`interview_span`); any other text's sentences as they are.

    Example:
        >>> from newsfuse.text.segment import segment_sentences
        >>> text = "The pier fell.\\nJO LEE: Safe?\\nANA ORTIZ: Yes.\\nLEE: Why?\\nORTIZ: No."
        >>> text += "\\nIt held."
        >>> [s.text for s in without_interview(text, segment_sentences("1", text))]
        ['The pier fell.', 'It held.']
    """
    span = interview_span(text)
    if span is None:
        return list(sentences)
    start, end = span
    return [sentence for sentence in sentences if not start <= sentence.start < end]
