"""Aligning claims: pairs of claims from different reports (or from different claimants in
one report) that speak of the same fact, and the statements a denial rejects."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from newsfuse.attribute import ClaimantFinder
from newsfuse.differ import patterns as p
from newsfuse.differ.claims import Claim, Kind
from newsfuse.differ.numbers import SMALL
from newsfuse.documents import Sentence
from newsfuse.text.tokens import content_terms, word_tokens

# Words that name a category or a reporting act, not what a sentence is about.
_NOT_TOPIC = frozenset(
    """killed dead died deaths death toll fatalities bodies injured wounded hurt hospital
    hospitalized hospitalised arrested detained custody missing evacuated people persons said
    says told reported according police officials denied denies deny rejected disputed
    dismissed report reports claims claim allegations allegation statement""".split()
)
# How many topic words two sentences must share to be about the same fact.
SHARED_WORDS = {Kind.COUNT: 3, Kind.TIME: 3, Kind.DENIAL: 3}
MAX_STATEMENTS = 3
_DENIED_WORDS = 20

Pair = tuple[Claim, Claim]


class Topics:
    """The topic words of sentences, each computed once per story."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, int], frozenset[str]] = {}

    def of(self, sentence: Sentence) -> frozenset[str]:
        key = (sentence.article_id, sentence.index)
        if key not in self._found:
            self._found[key] = topic_words(sentence.text)
        return self._found[key]


def topic_words(text: str) -> frozenset[str]:
    """Content words of a text that are not figures, categories or reporting verbs.

    Example:
        >>> sorted(topic_words("Two workers were killed in the Halden fire, police said."))
        ['fire', 'halden', 'workers']
    """
    words = content_terms(word_tokens(text))
    return frozenset(
        w for w in words if not w[0].isdigit() and w not in SMALL and w not in _NOT_TOPIC
    )


def aligned_pairs(claims: Sequence[Claim], topics: Topics) -> Iterator[Pair]:
    """Pairs of claims about one subject that speak of the same fact."""
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if about_the_same(a, b, topics):
                yield a, b


def about_the_same(a: Claim, b: Claim, topics: Topics) -> bool:
    """Whether two claims of one subject speak of the same fact, in separate voices where
    the kind needs them (a name's two spellings need none)."""
    if a.kind is not Kind.IDENTITY and not _separate_voices(a, b):
        return False
    return _ABOUT_THE_SAME[a.kind](a, b, topics)


def _separate_voices(a: Claim, b: Claim) -> bool:
    """From two reports, or from two named claimants inside one."""
    if a.sentence.article_id != b.sentence.article_id:
        return True
    return bool(a.claimant and b.claimant and a.claimant != b.claimant)


def _shared_topic(a: Claim, b: Claim, topics: Topics) -> bool:
    shared = topics.of(a.sentence) & topics.of(b.sentence)
    return len(shared) >= SHARED_WORDS[a.kind]


def _same_person(a: Claim, b: Claim, topics: Topics) -> bool:
    """Two reports naming one person: the same surname (the subject), a full name on one
    side at least, and no two first names ("Amber Pasztor" is not "Rene Pasztor"). One
    report giving two ages under one surname is most often naming two people."""
    if a.sentence.article_id == b.sentence.article_id:
        return False
    first_a, first_b = a.about.split()[:-1], b.about.split()[:-1]
    if first_a and first_b and first_a[0] != first_b[0]:
        return False
    return bool(first_a or first_b)


def _always(a: Claim, b: Claim, topics: Topics) -> bool:
    return True


def _shared_anchor(a: Claim, b: Claim, topics: Topics) -> bool:
    return bool(shared_anchors(a, b)) or _unanchored(a, b, topics)


def _unanchored(a: Claim, b: Claim, topics: Topics) -> bool:
    stance = next(s for s in p.STANCES if s.name == a.subject)
    return not stance.anchored and len(topics.of(a.sentence) & topics.of(b.sentence)) >= 2


def shared_anchors(a: Claim, b: Claim) -> set[str]:
    """Places or parties named in both claims' sentences (their claimants aside)."""
    names_a = set(p.ANCHOR.findall(a.sentence.text)) - {a.claimant, b.claimant}
    return names_a & set(p.ANCHOR.findall(b.sentence.text))


_ABOUT_THE_SAME: dict[Kind, Callable[[Claim, Claim, Topics], bool]] = {
    Kind.COUNT: _shared_topic,
    Kind.TIME: _shared_topic,
    Kind.AGE: _same_person,
    Kind.STANCE: _shared_anchor,
    Kind.DENIAL: _shared_topic,
    Kind.IDENTITY: _always,
}


def denied_statements(
    denial: Claim, articles: Sequence[Sequence[Sentence]], topics: Topics
) -> list[Claim]:
    """Sentences of other voices that state what ``denial`` rejects, best match first."""
    denied = _denied_words(denial)
    if len(denied) < SHARED_WORDS[Kind.DENIAL]:
        return []
    scored = []
    for sentences in articles:
        who = ClaimantFinder([s.text for s in sentences])
        for position, sentence in enumerate(sentences):
            shared = len(denied & topics.of(sentence))
            if shared < SHARED_WORDS[Kind.DENIAL] or p.NEGATED.search(sentence.text):
                continue
            statement = _statement(sentence, who(position))
            if statement.claimant != denial.claimant and sentence != denial.sentence:
                scored.append((shared, statement))
    scored.sort(key=lambda item: -item[0])
    return [statement for _, statement in scored[:MAX_STATEMENTS]]


def _denied_words(denial: Claim) -> frozenset[str]:
    """What a denial is about: its sentence's topic words, the denier's own name aside."""
    words = topic_words(" ".join(denial.text.split()[:_DENIED_WORDS]))
    return words - topic_words(denial.claimant)


def _statement(sentence: Sentence, claimant: str) -> Claim:
    return Claim(
        Kind.DENIAL, "denial", "denial", "stated", sentence.text, claimant, sentence
    )
