"""The facts a sentence states that a brief must not state twice, as keys two sentences
share when they tell one fact, however differently worded.

The TF-IDF cosine that keeps repeats out misses a fact told again in other words: "received
a payment of $136,927.07" and "handed over a check for $136,927.07"; "Sandy killed 10
people in the city" and "At least 18 people died in the city" (two counts of one toll read
as a contradiction inside one brief); a person's age given twice ("Ana Ortiz, 43," after
"Ortiz, 43,"). The differ (``newsfuse.differ``) already reads counts and ages with what they count;
a key is what they are about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.claims import find_claims
from newsfuse.documents import Sentence

# A figure of five characters or more ("136,927.07", "$4.5 million" gives "4.5" only): two
# reports that print the same one tell the same fact. Years are left out: many facts share
# one.
# A figure written with a leading point (a batting average, ".340") is as particular: two
# lines that print it tell one statistic ("leading the National League in batting average
# (.340)" and "leads the majors in hitting at .340"), so its point is read with it (from
# the character before the match: an optional point opening the pattern made the search
# three times slower).
_FIGURE = re.compile(r"\d[\d,.]*\d")
# Where a figure may open on a point: a point before a digit ("4.5" has one too, 285 of
# dev's 19,708 lines). A line without one has its figures read by ``findall`` alone: the
# point looked for at each match made the figures of dev's lines 40 % slower (stop 36). (A
# look-behind for a digit before the point would say "4.5" has none, but made the search
# ten times slower: the pattern no longer opens on a plain character.)
_POINT_DIGIT = re.compile(r"\.\d")
# A count of a named kind (the dead, the injured, flights cancelled, people arrested) is one
# fact whatever its figure: a second figure of it contradicts the first. A count of any
# other noun ("noun:student/") is the same fact only with the same figure: "50 pounds
# lost" and "300 pounds" are two facts.
_ANY_NOUN = "noun:"
# Only sentences with a figure or a number word can state a count or an age: the differ reads
# the others for nothing (it cost a tenth of a brief's time). Keys come only from claims of
# such sentences, whether the claims were read from them alone or from the whole story.
_COUNTED = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|dozens?|hundreds?|thousands?|millions?|billions?)\b",
    re.IGNORECASE,
)


def fact_keys(
    sentences: Sequence[Sentence], claims: Sequence[Claim] | None = None
) -> list[frozenset[str]]:
    """For each sentence, the keys of the facts it states (see the module's docstring).
    ``claims`` are the story's claims (``differ.find_claims`` of its articles) when the
    caller has read them already (the pipeline reads them once, for this and the differ);
    otherwise the sentences' own are read.

    Example:
        >>> def s(i, text): return Sentence(str(i), 0, 0, len(text), text)
        >>> keys = fact_keys([s(1, "The storm killed 10 people in Ashby."),
        ...                   s(2, "At least 18 people died in Ashby on Monday."),
        ...                   s(3, "Crews cleared 40 roads by Tuesday.")])
        >>> keys[0] & keys[1], keys[2]
        (frozenset({'dead/'}), frozenset({'noun:road/=40'}))
    """
    found: list[set[str]] = [_figures(s.text) for s in sentences]
    place = {(s.article_id, s.index): n for n, s in enumerate(sentences)}
    # Whether a sentence holds a figure or a number word, read once a sentence: a sentence
    # states several counts, and the search for each cost a brief more than 1 %.
    counted: dict[str, bool] = {}
    for claim in _counted_claims(sentences) if claims is None else claims:
        if claim.kind is not Kind.AGE and claim.kind is not Kind.COUNT:
            continue
        number = place.get((claim.sentence.article_id, claim.sentence.index))
        if number is None:
            continue
        text = claim.sentence.text
        if text not in counted:
            counted[text] = _COUNTED.search(text) is not None
        if not counted[text]:
            continue
        key = _key(claim.kind, claim.subject, claim.value)
        if key:
            found[number].add(key)
    return [frozenset(keys) for keys in found]


def _counted_claims(sentences: Sequence[Sentence]) -> list[Claim]:
    """The claims of the sentences that hold a figure or a number word."""
    by_article: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        if _COUNTED.search(sentence.text):
            by_article.setdefault(sentence.article_id, []).append(sentence)
    return find_claims(list(by_article.values()))


def _key(kind: Kind, subject: str, value: str) -> str:
    if kind is Kind.AGE:  # with the age: members of one family share a surname
        return f"age:{subject}={value}"
    if kind is not Kind.COUNT:
        return ""
    return f"{subject}={value}" if subject.startswith(_ANY_NOUN) else subject


def _figures(text: str) -> set[str]:
    """The figures of ``text`` two lines tell one fact by (see ``_FIGURE``).

    Example:
        >>> sorted(_figures("He hit .340 in 2014, 21 home runs, for $136,927.07 and 0.3"))
        ['.340', '136,927.07']
    """
    found: Iterable[str] = (
        (
            f".{m.group()}" if m.start() and text[m.start() - 1] == "." else m.group()
            for m in _FIGURE.finditer(text)
        )
        if _POINT_DIGIT.search(text)
        else _FIGURE.findall(text)
    )
    return {f for f in found if len(f) >= 5 or (len(f) == 4 and not _year(f))}


def _year(figure: str) -> bool:
    return figure.isdigit() and 1800 <= int(figure) <= 2100
