"""Small stories for the differ tests: one sentence per report, and what the differ reads
and finds in them."""

from newsfuse.differ import find_differences
from newsfuse.differ.claim import Kind
from newsfuse.differ.claims import find_claims
from newsfuse.documents import Difference, Sentence


def sentences(*texts: str) -> list[list[Sentence]]:
    """One sentence per article, article ids "1", "2", ..."""
    return [[Sentence(str(i), 0, 0, len(t), t)] for i, t in enumerate(texts, start=1)]


def claims(text: str, kind: Kind) -> list[tuple[str, str]]:
    return [(c.subject, c.value) for c in find_claims(sentences(text)) if c.kind is kind]


def counts(text: str) -> list[tuple[str, str]]:
    return claims(text, Kind.COUNT)


def differences(*texts: str) -> list[Difference]:
    return list(find_differences(sentences(*texts)))


def positions(difference: Difference) -> set[str]:
    return {side.position for side in difference.sides}


def found(*texts: str) -> list[tuple[str, list[str]]]:
    return [(d.label, [s.position for s in d.sides]) for d in differences(*texts)]


def reports(*texts: list[str]) -> list[Difference]:
    """Differences among reports of several sentences each (article ids "1", "2", ...)."""
    articles = [
        [Sentence(str(n), i, 0, len(t), t) for i, t in enumerate(sentences)]
        for n, sentences in enumerate(texts, start=1)
    ]
    return list(find_differences(articles))


def cited(difference: Difference) -> set[str]:
    """Each side's cited sentences, as "article:index"."""
    return {f"{c.article_id}:{c.sentence_index}" for s in difference.sides for c in s.citations}
