"""Where sources differ: align the claims of a story's reports, then compare them.

The steps, one module each: ``patterns`` (the tables), ``numbers`` (figures and their
hedges), ``claims`` (finding claims, each with a ``kind``), ``align`` (pairs of claims about
the same fact), ``compare`` (whether an aligned pair conflicts) and ``phrase`` (a difference
with one side per position). A false conflict costs a reader more than a missed one, so
every step errs towards silence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsfuse.differ.align import Story, about_the_same, aligned_pairs
from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.claims import find_claims
from newsfuse.differ.compare import conflicting
from newsfuse.differ.denied import denied_statements, surname
from newsfuse.differ.negations import cited_pairs, negation_differences
from newsfuse.differ.phrase import phrase
from newsfuse.differ.replies import reply_differences
from newsfuse.differ.scan import StoryScan
from newsfuse.differ.times import is_half_day
from newsfuse.documents import Citation, Difference, Sentence

__all__ = ["Claim", "Kind", "StoryScan", "find_claims", "find_differences"]


def find_differences(
    articles: Sequence[Sequence[Sentence]],
    claims: Sequence[Claim] | None = None,
    scan: StoryScan | None = None,
) -> tuple[Difference, ...]:
    """Differences among the sentences of a story's articles (each list in article order).
    ``claims`` are ``find_claims(articles, scan)`` and ``scan`` the story's cue pass
    (``StoryScan.of(articles)``) when the caller has them already.

    Example:
        >>> from newsfuse.documents import Sentence
        >>> text = "{} workers were hurt in the grain terminal blaze, {} said."
        >>> a = Sentence("1", 0, 0, 0, text.format("Two", "police"))
        >>> b = Sentence("2", 0, 0, 0, text.format("Five", "a union"))
        >>> [(d.kind, d.label) for d in find_differences([[a], [b]])]
        [('count', 'Injured')]
    """
    story = Story(articles)
    scan = StoryScan.of(articles) if scan is None else scan  # one cue pass for both steps
    by_subject: dict[tuple[Kind, str], list[Claim]] = defaultdict(list)
    for claim in find_claims(articles, scan) if claims is None else claims:
        by_subject[claim.kind, claim.subject].append(claim)
    differences = []
    # A minute read in either half of the day comes last: it gives way to the difference of
    # a named event that already sets the same two sentences against each other.
    for (kind, _), alike in sorted(by_subject.items(), key=lambda item: is_half_day(item[1][0])):
        if kind is Kind.DENIAL:
            differences += _denial_differences(alike, story)
            continue
        pairs = list(aligned_pairs(alike, story, wanted=conflicting))
        if pairs and is_half_day(alike[0]):
            pairs = _not_yet_shown(pairs, differences)
        if pairs:
            differences.append(phrase(pairs, _agreeing(pairs, alike, story)))
    differences += negation_differences(story, differences, scan)
    return tuple(differences + reply_differences(story, differences, scan))


def _not_yet_shown(
    pairs: list[tuple[Claim, Claim]], differences: list[Difference]
) -> list[tuple[Claim, Claim]]:
    """The pairs whose two sentences no time difference already sets against each other."""
    shown = cited_pairs([d for d in differences if d.kind == Kind.TIME])
    return [
        (a, b)
        for a, b in pairs
        if frozenset({Citation.of(a.sentence), Citation.of(b.sentence)}) not in shown
    ]


def _agreeing(pairs: list[tuple[Claim, Claim]], claims: list[Claim], story: Story) -> list[Claim]:
    """Claims outside the pairs that take one of their positions about the same fact."""
    involved = [c for pair in pairs for c in pair]
    if involved[0].kind is Kind.STANCE:
        return claims  # one question of the story ("Control of Salaheddine"), every answer
    values = {c.value for c in involved}
    return [
        claim
        for claim in claims
        if claim.value in values
        and any(about_the_same(claim, other, story) for other in involved if other is not claim)
    ]


def _denial_differences(denials: list[Claim], story: Story) -> list[Difference]:
    """One difference per dispute: the denials of one party (one name, however written:
    "Michael Cohen", "Cohen") or of one same statement are one difference."""
    groups: list[tuple[set[str], set[tuple[str, int]], list[tuple[Claim, Claim]]]] = []
    for denial in denials:
        statements = denied_statements(denial, story)
        if not statements:
            continue
        cited = {(s.sentence.article_id, s.sentence.index) for s in statements}
        pairs = [(s, denial) for s in statements]
        names = {denial.claimant, surname(denial.claimant)} - {""}
        group = next((g for g in groups if names & g[0] or cited & g[1]), None)
        if group is None:
            groups.append((names, cited, pairs))
        else:
            group[0].update(names)
            group[1].update(cited)
            group[2].extend(pairs)
    return [phrase(pairs) for _, _, pairs in groups]
