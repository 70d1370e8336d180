"""Recognise a line that leads in to what its report tells next: it announces a point and
leaves the point to the sentence after it ("Republicans feel confident for several reasons."
before "First, ...", "Banks had a message for the gangs." before her words).

The forward counterpart of :mod:`newsfuse.text.cohesion` (a line that leans on the one before
it). Read by the backbone at the end of a brief (``rank.backbone._Builder.lead_in_ending``):
there nothing follows, and readers of the briefs marked such a last line down as a promise
the brief does not keep. Hand-written, like the rest of ``text``: news prose marks a lead-in
with a few forms, each tested here on its own words:

- things counted and not told: "for several reasons.", "in two ways.",
  "clashes with Trump in many ways." (a count of reasons, ways, lessons ... at the line's end);
- how somebody spoke, not what: "was more blunt on Twitter.", "had a message for the gangs",
  "has a warning for them".

A short "Not all ..., however." is no lead-in: it tells a fact of its own (blind reading 52
kept "Not all hospitals said they had evidence of a baby boom, however." after a hospital's
"it's real", and let "Not all buildings will be relocated, however." go: one each way).

A line that carries a quotation (the words it announces are in it) is none of them.
"""

from __future__ import annotations

import re

# A count that does not list what it counts. Number words only: a figure is a fact of its
# own ("made 12 recommendations"), and "some" ("in some ways") is a hedge, not a count the
# next sentence must keep.
_COUNT = (
    r"(?:several|many|a\ few|a\ number\ of|a\ couple\ of|multiple|numerous"
    r"|two|three|four|five|six|seven|eight|nine|ten)"
)
# Abstract kinds a writer counts before telling them one by one (never stories of a
# building, points of a score, fronts of a war, areas or groups of people: things counted
# as facts).
_KINDS = (
    r"(?:reasons|ways|things|factors|lessons|questions|steps|options|explanations"
    r"|possibilities|theories|concerns|takeaways|challenges|scenarios|priorities)"
)
# The count, at most one word before the kind ("three possible scenarios", "a few key
# reasons"; "three members with questions" counts people), at the very end of the line ("...
# why." / "... for this." still ends it).
_COUNTED_AT_END = re.compile(
    rf"\b{_COUNT}\s+(?:[a-z-]+\s+)?{_KINDS}(?:\s+(?:why|for\s+(?:this|that|it)))?"
    r"\s*\.[\"”’']?\s*$"
)
# How somebody spoke, in place of what: a comparative of plain speaking ("was more blunt",
# "has been less candid") or a message held for somebody ("had a message for", "has a
# warning for", "had some choice words for").
_MANNER = re.compile(
    r"""\b(?:was|were|is|are|has\ been|have\ been)\ (?:even\ |much\ |far\ )?(?:more|less)
    \ (?:blunt|direct|candid|pointed|explicit|forthright|succinct|emphatic|forceful
    |outspoken|colou?rful)\b
    |\b(?:had|has|have)\ (?:a|this|some|one|a\ few)\ (?:[a-z]+\ )?
    (?:message|words|advice|warning|response|reply|answer)\ for\b""",
    re.VERBOSE,
)
# The manner is the line's point only when little follows it ("was more blunt on Twitter.",
# "had a message for the gangs in her neighborhood."): with more, or after a comma, the line
# goes on to tell something ("Lee was more blunt in 2019, and quit.").
_MANNER_TAIL_WORDS = 6
# The announced words are in the line: a quotation mark (a curly single one too), what was
# said after a colon ("had a message for the gangs: stay away"), or "saying ...".
_CARRIES_WORDS = re.compile(r"[\"“”‘]|:\s+\S|\bsaying\b")


def leads_in(text: str) -> bool:
    """Whether a line announces what the sentence after it tells: things counted and not
    told, or how somebody spoke and not what (module docstring).

    Example:
        >>> leads_in("Republicans feel confident for several reasons.")
        True
        >>> leads_in("Republicans feel confident for two reasons: turf and money.")
        False
    """
    text = text.strip()
    if _CARRIES_WORDS.search(text):
        return False
    if _COUNTED_AT_END.search(text):
        return True
    manner = _MANNER.search(text)
    return manner is not None and _ends_soon(text[manner.end() :])


def _ends_soon(tail: str) -> bool:
    """Whether the text after a manner of speaking ends the line: a few words, no comma."""
    return "," not in tail and len(tail.split()) <= _MANNER_TAIL_WORDS
