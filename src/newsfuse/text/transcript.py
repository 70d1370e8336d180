"""Interview transcripts: a report printed as turns of talk under speakers' labels in
capitals ("JO LEE: Is the pier safe?", "MAYOR ORTIZ: ...Safe for the future.").

A brief cannot print a turn as it stands: the label is the page's, not a sentence's (a
brief's "MAYOR ORTIZ: ...Safe for the future." reads as a script, cut mid-answer), and a
turn's later sentences, which carry no label, are somebody's words read as the writer's own.
When no speaker is marked as the host, every turn is a question or an answer, and the
exchange stays out of the brief, from its first label to the line of its last: the reports
around it tell the same news in sentences. A broadcast that marks its host ("JO LEE,
HOST:") is the host's story told between the guests' turns: the host's lines lose their
label and read on from one another as the writer's narration (the guests' turns between
them are gone, so a host's "Now she's walked ..." follows the host's line before, not a
guest's answer); a guest's turn stays out, as an interview's does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsfuse.documents import Sentence

# A speaker's label at the start of a line: "ORTIZ:", "ANA ORTIZ:", "MAYOR ORTIZ:", "REP.
# JO LEE (R-IN):", "JO LEE, HOST:" (a role after a comma), and a hearing's titles of up to
# four words before the name ("FMR. SECRETARY OF STATE ORTIZ:", later "ORTIZ:").
_LABEL = re.compile(
    r"""^[ \t]*(?P<name>(?:[A-Z][A-Z.'’-]+\ ){0,4}[A-Z][A-Z'’-]+)(?:\ \([A-Z]-[A-Z]{2}\))?
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


def _turn_labels(text: str) -> list[re.Match[str]]:
    """The speakers' labels of ``text`` when it is a transcript (some speaker comes back),
    else none."""
    labels = [
        match
        for match in _labels_at_colons(text)
        if not _KICKERS & set(match.group("name").split())
    ]
    return labels if _takes_turns([match.group("name") for match in labels]) else []


def _labels_at_colons(text: str) -> list[re.Match[str]]:
    """``_LABEL.finditer(text)``, read only at the start of each line that holds a colon: a
    label lies inside one line and ends on a colon, and the pattern, whose ``^`` gives the
    engine no character to skip to, was tried at every character of every report (0.011 s
    a dev round, a sixth of segmenting its reports)."""
    found = []
    colon = text.find(":")
    while colon >= 0:
        line_start = text.rfind("\n", 0, colon) + 1
        match = _LABEL.match(text, line_start)
        if match is not None:
            found.append(match)
        line_end = text.find("\n", colon)
        colon = -1 if line_end < 0 else text.find(":", line_end)
    return found


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
    labels = _turn_labels(text)
    if not labels or any(_marks_host(match) for match in labels):
        return None
    return _exchange(text, labels)


def _exchange(text: str, labels: Sequence[re.Match[str]]) -> tuple[int, int]:
    """From the first label to the end of the line the last one opens."""
    last_line_end = text.find("\n", labels[-1].end())
    return labels[0].start("name"), len(text) if last_line_end < 0 else last_line_end


def _marks_host(label: re.Match[str]) -> bool:
    role = label.group("role")
    return bool(role) and not _HOST_ROLES.isdisjoint(role.split())


def without_interview(text: str, sentences: Sequence[Sentence]) -> list[Sentence]:
    """``sentences`` of ``text`` as a brief may use them: without those of an interview
    transcript's turns (:func:`interview_span`); in a broadcast that marks its host, the
    host's lines without their labels and no guest's turn (:func:`hosts_lines`); any other
    text's sentences as they are.

    Example:
        >>> from newsfuse.text.segment import segment_sentences
        >>> text = "The pier fell.\\nJO LEE: Safe?\\nANA ORTIZ: Yes.\\nLEE: Why?\\nORTIZ: No."
        >>> text += "\\nIt held."
        >>> [s.text for s in without_interview(text, segment_sentences("1", text))]
        ['The pier fell.', 'It held.']
    """
    labels = _turn_labels(text)
    if not labels:
        return list(sentences)
    if any(_marks_host(match) for match in labels):
        return hosts_lines(labels, sentences)
    start, end = _exchange(text, labels)
    return [sentence for sentence in sentences if not start <= sentence.start < end]


@dataclass(frozen=True, slots=True)
class _Turn:
    """A speaker's turn: where its label starts and ends in the text, and whether the host
    speaks it."""

    start: int
    label_end: int
    host: bool


def hosts_lines(labels: Sequence[re.Match[str]], sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences of a broadcast whose host is marked (``labels``: its speakers'
    labels), as a brief may use them: the page's own lines before the first label, the
    host's lines without the label (offsets moved, so they still slice the text), and no
    guest's. A host's line takes the index after the host's line it follows, whatever
    guest's turn came between (a brief lets a line that leans on its report's line before
    enter only right after it: "Now she's made her walk ..." leans on the host's "It started
    as a walk around her church.", not on the guest's answer between them); the lines after
    them move down as far. (A citation of such a line gives the index so moved; its offsets
    are the text's.)

    Example:
        >>> from newsfuse.text.segment import segment_sentences
        >>> text = "JO LEE, HOST:\\nThe pier fell.\\nANA ORTIZ: I saw it.\\nLEE: Ortiz ran."
        >>> text += "\\nORTIZ: Yes."
        >>> lines = without_interview(text, segment_sentences("1", text))
        >>> [(s.index, s.text) for s in lines]
        [(0, 'The pier fell.'), (1, 'Ortiz ran.')]
    """
    hosts = {_speaker(match.group("name")) for match in labels if _marks_host(match)}
    turns = [
        _Turn(match.start("name"), match.end(), _speaker(match.group("name")) in hosts)
        for match in labels
    ]
    kept: list[Sentence] = []
    left_out = 0
    for sentence in sentences:
        turn = _turn_of(turns, sentence.start)
        if turn is not None and not turn.host:
            left_out += 1
            continue
        line = sentence if turn is None else _without_label(sentence, turn)
        if line is None:
            left_out += 1  # a label on a line of its own ("JO LEE, HOST:")
        else:
            kept.append(replace(line, index=line.index - left_out) if left_out else line)
    return kept


def _turn_of(turns: Sequence[_Turn], start: int) -> _Turn | None:
    """The turn a sentence starting at ``start`` belongs to: the last label at or before it
    (None before the first: the page's own introduction)."""
    found = None
    for turn in turns:
        if turn.start > start:
            break
        found = turn
    return found


def _without_label(sentence: Sentence, turn: _Turn) -> Sentence | None:
    """The host's sentence without its label; None when the label is all it holds."""
    if turn.start != sentence.start:
        return sentence
    cut = turn.label_end - sentence.start
    rest = sentence.text[cut:]
    if not rest.strip():
        return None
    skip = cut + len(rest) - len(rest.lstrip())
    return replace(sentence, start=sentence.start + skip, text=sentence.text[skip:])
