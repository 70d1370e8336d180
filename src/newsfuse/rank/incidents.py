"""Reports that tell another incident of the story's kind: a second shooting in another
state, another firm's plant seized, told by a report that shares the story's event words
(so ``rank.topic`` keeps it) but none of its protagonists.

A report's protagonists are the names it prints most (``PROTAGONIST_MENTIONS`` times at
least), places aside: reports of one incident quote different people, but each names the
people and bodies the incident is about. Lexical rules written here, as ``text.names``'s:
a named-entity model would need a download this project cannot do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from newsfuse.rank.story import PreparedStory
from newsfuse.rank.topic import article_cosines, report_members
from newsfuse.text.lexicon import CALENDAR

# A name a report prints this often is one it is about. Of the tuning set's reports, the
# names printed once or twice were mostly people quoted in passing and bylines.
PROTAGONIST_MENTIONS = 3
# Two reports this little alike (the cosine of their summed sentence vectors, as
# ``rank.topic`` reads reports; ``rank.backbone``'s other events use the same bound) may
# tell two incidents; reports of one incident share more of their words. Every report of
# another incident in the tuning set's briefs was below it (0.03 to 0.17).
OTHER_INCIDENT_REPORT_COSINE = 0.18
# The brief's own report may name another report's protagonist this often and still tell
# another incident: once is a line of background ("... the latest company to leave, after
# Kimberly-Clark"), not the story.
BACKGROUND_MENTIONS = 1
# Two spellings of one name that share this many first letters are one name
# ("Venezuela", "Venezuelan"; "Kardashian", "Kardashians").
SAME_NAME_PREFIX = 6

# A capitalised word with a small letter after its first (acronyms in capitals, "GOP",
# "OMG", are left out: headlines and initialisms, not who an incident is about).
_CAPITALISED = re.compile(r"\b[A-Z][a-z]*[a-z][A-Za-z]*(?:[-'’][A-Za-z]+)*")
_SMALL_WORD = re.compile(r"\b[a-z][a-z'’-]*")
# A possessive is its name ("Roof's"); a contraction is none ("Don't").
_POSSESSIVE = re.compile(r"['’]s$")
_CONTRACTION = re.compile(r"['’](?:m|d|ll|ve|re|t)$")
# A name after one of these words is a place ("in Ferguson", "off Alicante"):
# two incidents may happen in one country, so a place two reports share does not make
# their incident one, and a place is nobody's protagonist.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|off|near|across|outside|inside)\s+(?:the\s+)?$")
_PLACE_LOOKBEHIND = 16
# Words that open sentences in capitals without being names.
_NOT_NAMES = CALENDAR | frozenset(
    """The This That These Those There Then When While After Before But And For From With
    Without His Her Their They She What Who Why How Where According Although However""".split()
)


@dataclass(frozen=True, slots=True)
class StoryNames:
    """The names a story's reports print: how often each report (by id) prints each
    (``counts``), the names the story prints as places (``places``), and the names each
    report prints next to each name (``beside``: "Raffaele" beside "Sollecito"), by which a
    report that calls a person by the given name alone still names them."""

    counts: dict[str, Counter[str]]
    places: frozenset[str]
    beside: dict[str, dict[str, set[str]]]

    @classmethod
    def of(cls, story: PreparedStory) -> StoryNames:
        """A name is a capitalised word the story never prints in small letters ("Police"
        is not one where "police" occurs)."""
        small = {word for s in story.candidates for word in _SMALL_WORD.findall(s.text)}
        counts: dict[str, Counter[str]] = {}
        beside: dict[str, dict[str, set[str]]] = {}
        places: set[str] = set()
        for sentence in story.candidates:
            count = counts.setdefault(sentence.article_id, Counter())
            pairs = beside.setdefault(sentence.article_id, {})
            text = sentence.text
            last, last_end = "", -2
            for match in _CAPITALISED.finditer(text):
                name = _POSSESSIVE.sub("", match.group())
                if _CONTRACTION.search(name) or name in _NOT_NAMES or name.lower() in small:
                    last = ""
                    continue
                count[name] += 1
                before = text[max(0, match.start() - _PLACE_LOOKBEHIND) : match.start()]
                if _PLACE_BEFORE.search(before):
                    places.add(name)
                if last and text[last_end : match.start()] == " ":
                    pairs.setdefault(name, set()).add(last)
                    pairs.setdefault(last, set()).add(name)
                last, last_end = name, match.end()
        return cls(counts, frozenset(places), beside)

    def protagonists(self, report: str) -> frozenset[str]:
        """A report's protagonists (:func:`protagonists`)."""
        return protagonists(self.counts.get(report, Counter()), self.places)

    def full_names(self, report: str, names: Iterable[str]) -> set[str]:
        """The names and the names the report prints beside them."""
        pairs = self.beside.get(report, {})
        return {n for name in names for n in (name, *pairs.get(name, ()))}


def other_incidents(
    story: PreparedStory, own: str, taken: Collection[str] | None = None
) -> dict[str, frozenset[str]]:
    """The reports (by id) that tell another incident than report ``own`` (the one the
    brief opens on), each with its protagonists: a report little like ``own``
    (``OTHER_INCIDENT_REPORT_COSINE``) whose protagonists ``own`` names at most once each
    (``BACKGROUND_MENTIONS``) and which names none of ``own``'s (nor a name ``own`` prints
    beside one). A report with no protagonist (an abstract, a page of links) is not judged,
    nor is a story whose own report has none. With ``taken`` (the reports a brief took
    lines from), none is found unless one of those is little like ``own``: the names are
    read only then (reading them for every story cost a tenth of a brief's time).
    """
    ids, member = report_members(story)
    if own not in ids:
        return {}
    cosines = article_cosines(story, member, len(ids))[ids.index(own)].tolist()
    unlike = [r for r, c in zip(ids, cosines, strict=True) if c < OTHER_INCIDENT_REPORT_COSINE]
    if taken is not None and not set(unlike) & set(taken):
        return {}
    names = StoryNames.of(story)
    own_protagonists = names.protagonists(own)
    if not own_protagonists:
        return {}
    own_names = names.full_names(own, own_protagonists)
    found: dict[str, frozenset[str]] = {}
    for report in unlike:
        theirs = names.protagonists(report)
        if not theirs or mentions(own_names, names.counts[report]):
            continue
        own_counts = names.counts[own]
        if all(mentions([name], own_counts) <= BACKGROUND_MENTIONS for name in theirs):
            found[report] = theirs
    return found


def protagonists(names: Counter[str], places: frozenset[str]) -> frozenset[str]:
    """The names a report prints most, ``PROTAGONIST_MENTIONS`` times at least, places
    aside (ties: all of them); none when no name is printed that often.

    Example:
        >>> protagonists(Counter(Roof=4, Charleston=5, Cowles=2), frozenset({"Charleston"}))
        frozenset({'Roof'})
    """
    counts = {name: n for name, n in names.items() if name not in places}
    most = max(counts.values(), default=0)
    if most < PROTAGONIST_MENTIONS:
        return frozenset()
    return frozenset(name for name, n in counts.items() if n == most)


def mentions(wanted: Iterable[str], names: Mapping[str, int]) -> int:
    """How often ``names`` (a report's counts) print any of the wanted names, however
    spelled at the end (``SAME_NAME_PREFIX``)."""
    wanted = list(wanted)
    return sum(n for name, n in names.items() if any(same_name(name, w) for w in wanted))


def same_name(one: str, other: str) -> bool:
    """Whether two names are one: the same, or long and alike in their first letters."""
    if one == other:
        return True
    cut = SAME_NAME_PREFIX
    return len(one) >= cut and len(other) >= cut and one[:cut] == other[:cut]
