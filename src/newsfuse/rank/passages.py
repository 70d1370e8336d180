"""Passages of a report that tell another incident than the story's: after a line such as
"It's not the first ...", "In a separate case" or "Meanwhile, in ...", a report may tell, over
a few lines, another wreck, another crash or another trial, with its own place and people.
A brief that takes those lines without the line that says they are another incident tells
them as the story's.

A passage is the cue line and the lines after it (``PASSAGE_LINES`` at most) up to the first
that names one of the brief's own report's names again (the story is back); it tells another
incident only if it names someone or somewhere (``rank.incidents`` reads names) that the
brief's own report prints nowhere outside it. Lexical rules, as ``rank.incidents``'s.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsfuse.documents import Sentence
from newsfuse.rank.incidents import NamesReader, StoryNames, mentions
from newsfuse.rank.story import PreparedStory

# The lines after a cue that a passage may hold. The other incident is told in a few lines
# before the report comes back to its own ("..., Bruni said. The team in Alicante ...").
PASSAGE_LINES = 3

# A line that says what follows is another incident. Left out, because they open lines of
# the story itself as often: "Separately," (another side of the same story: two senators'
# talks), "In another experiment" or "call" (the same study, the same suspect), "In a
# similar statement".
_CUE = re.compile(
    r"""^[\"“‘'(]*(?:
        (?:It|This|That)(?:['’]s|\s+is|\s+was)\s+not\s+the\s+first\b
      | In\s+(?:a\s+|an\s+)?(?:separate|unrelated)\s+(?:case|incident|attack|crash|accident|
            shooting|killing|trial|ruling|development)s?\b
      | In\s+another\s+(?:case|incident|attack|crash|accident|shooting|killing)\b
      | Meanwhile,?\s+(?:in|off|near|at)\s+[A-Z]
      | Elsewhere\s+(?:in|off|near|at)\s+[A-Z]
    )""",
    re.VERBOSE,
)


def passages(
    story: PreparedStory,
    own: str,
    taken: Collection[int],
    read_names: NamesReader | None = None,
) -> list[int]:
    """The positions of the lines of another incident's passages that the brief took
    (``taken``: positions of its lines) without the cue line that opens them, with all the
    passage's lines after its cue; none when the brief took no line of one. ``own`` is the
    report the brief opens on. The names are read only when a taken line follows a cue (by
    ``read_names`` when given)."""
    # Only the lines a few before a taken line can open its passage: a few regex matches
    # a brief, not one a candidate.
    near = {q - k for q in taken for k in range(1, PASSAGE_LINES + 1) if q - k >= 0}
    cues = sorted(p for p in near if _CUE.match(story.candidates[p].text))
    if not cues:
        return []
    names = read_names() if read_names else StoryNames.of(story)
    lines = names.line_names
    own_lines = [p for p, s in enumerate(story.candidates) if s.article_id == own]
    own_names = names.protagonists(own) or names.opening_names(own)
    took = set(taken)
    gone: list[int] = []
    for cue in cues:
        passage = _passage(story.candidates, cue, lines, own_names)
        told = set(passage[1:]) & took
        if told and cue not in took and _names_another(passage, own_lines, lines):
            gone += passage[1:]
    return gone


def _passage(
    candidates: Sequence[Sentence],
    cue: int,
    lines: Sequence[frozenset[str]],
    own_names: Collection[str],
) -> list[int]:
    """The cue and the lines of its report after it, up to ``PASSAGE_LINES``, ending before
    the first that names one of ``own_names``: the brief's report's protagonists or, when
    it has none, the names of its opening (the story is back)."""
    report = candidates[cue].article_id
    passage = [cue]
    for p in range(cue + 1, min(cue + 1 + PASSAGE_LINES, len(candidates))):
        if candidates[p].article_id != report or mentions(own_names, dict.fromkeys(lines[p], 1)):
            break
        passage.append(p)
    return passage


def _names_another(
    passage: list[int], own_lines: list[int], lines: Sequence[frozenset[str]]
) -> bool:
    """Whether a passage names someone or somewhere the brief's report prints nowhere
    outside the passage (another place, another vessel or person)."""
    told = {name for p in passage for name in lines[p]}
    elsewhere = {name for p in own_lines if p not in passage for name in lines[p]}
    return any(not mentions([name], dict.fromkeys(elsewhere, 1)) for name in told)
