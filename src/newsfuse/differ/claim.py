"""A claim: one clause of a source sentence that answers a question, with its ``kind``, what
it is about, its value and who says it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from newsfuse.attribute import ClaimantFinder
from newsfuse.differ import patterns as p
from newsfuse.differ.names import full_names
from newsfuse.differ.numbers import Quantity
from newsfuse.documents import Sentence


class Kind(StrEnum):
    """What a claim (and a difference) is about; the code dispatches on it, never on labels."""

    COUNT = "count"
    AGE = "age"
    TIME = "time"
    STANCE = "stance"
    DENIAL = "denial"
    IDENTITY = "identity"


class Reach(StrEnum):
    """Where a denial's claim is found: what its words say it denies ("denied he was Enoch"),
    the sentence just before it that it points at ("That is absolutely false"), the
    allegations against the denier ("He denies the charges"), its own sentence ("a claim
    Fitbit denies"), or the act it says did not happen ("I don't know Whitaker" against "I
    know Matt Whitaker")."""

    OBJECT = "object"
    POINTING = "pointing"
    CHARGES = "charges"
    INLINE = "inline"
    ACT = "act"


@dataclass(frozen=True, slots=True)
class Voices:
    """Who speaks in a sentence of an article, and in the sentence before it, looked for
    only when a claim needs it."""

    finder: ClaimantFinder
    position: int

    def __call__(self) -> str:
        return self.finder(self.position)

    def before(self) -> str:
        return self.finder(self.position - 1) if self.position > 0 else ""

    def protagonist(self) -> str:
        """The full name whose surname the article writes most often ("" if none)."""
        return protagonist(self.finder.texts)


def protagonist(texts: Sequence[str]) -> str:
    """The full name whose surname the texts write most often.

    Example:
        >>> protagonist(["Colin Kroll died on Sunday.", "Kroll founded Vine.", "He was 35."])
        'Colin Kroll'
    """
    text = "\n".join(texts)
    names = [n for n in full_names(text) if n.split()[0] not in p.NOT_NAMES]
    if not names:
        return ""
    counts = {n: len(re.findall(rf"\b{re.escape(n.split()[-1])}\b", text)) for n in names}
    return max(names, key=lambda n: (counts[n], -len(n), n))


@dataclass(frozen=True, slots=True)
class Claim:
    """One clause of a source sentence that answers a question.

    ``subject`` says which question (claims compare only within one subject: "dead",
    "alcorn", "began/weekday", "control"); ``about`` names it to a reader ("Geraldine
    Alcorn"); ``value`` is the answer ("12", "at least 12", "28", "Tuesday", "yes");
    ``later`` is true when the report marks its value as a later figure ("rose to");
    ``said_by`` is who makes it, or the :class:`Voices` that can tell when asked;
    ``hedged`` when a clock time is approximate ("shortly after 10 p.m."); ``at`` is where
    in its sentence a figure stands, and ``unit`` what unit of measure it is in, when it is
    in one that another unit converts to ("mile", "kilometer"; see
    :mod:`~newsfuse.differ.units`). Of a denial, ``reach`` says where what it denies is
    found and ``context`` holds the words that say what that is.
    """

    kind: Kind
    subject: str
    about: str
    value: str
    text: str
    said_by: str | Voices
    sentence: Sentence
    quantity: Quantity | None = None
    later: bool = False
    hedged: bool = False
    reach: Reach | None = None
    context: str = ""
    at: int = 0
    unit: str = ""

    @property
    def claimant(self) -> str:
        """Who makes the claim ("" when its sentence states it as fact), found when first
        asked for: most claims never reach a difference."""
        return self.said_by if isinstance(self.said_by, str) else self.said_by()


Who = Voices
Finder = Callable[[Sentence, Voices], Iterator[Claim]]
