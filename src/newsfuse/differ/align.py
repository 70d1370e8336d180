"""Aligning claims: pairs of claims from different reports (or from different claimants in
one report) that speak of the same fact, and the statements a denial rejects."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from newsfuse.attribute import ClaimantFinder
from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.denials import is_denial
from newsfuse.differ.names import full_names
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
# A count of any noun needs this many more shared words than a death toll.
GENERIC_EXTRA = 1
MAX_STATEMENTS = 3
# A sentence in which a named party says something: "Salehi was quoted as saying".
SAID_BY = (
    r"\b{}\b(?:\W+\w+){{0,5}}?\W+(?:said|says|saying|told|tells|quoted|wrote|added|insisted)\b"
)
# How far back an allegation may stand from a denial that only names it ("the charges").
ALLEGATION_DISTANCE = 3

Pair = tuple[Claim, Claim]


class Story:
    """A story's articles and what alignment asks of them, each computed once: the topic
    words of a sentence, the full names an article writes."""

    def __init__(self, articles: Sequence[Sequence[Sentence]]) -> None:
        self.articles = articles
        self._topics: dict[tuple[str, int], frozenset[str]] = {}
        self._names: dict[str, set[str]] = {}
        self._claimants: dict[str, tuple[ClaimantFinder, dict[int, int]]] = {}

    def topics(self, sentence: Sentence) -> frozenset[str]:
        key = (sentence.article_id, sentence.index)
        if key not in self._topics:
            self._topics[key] = topic_words(sentence.text)
        return self._topics[key]

    def first_names(self, article_id: str, surname: str) -> set[str]:
        """First words of the article's full names that end in ``surname``."""
        if article_id not in self._names:
            text = "\n".join(s.text for s in self.article(article_id))
            self._names[article_id] = full_names(text)
        return {n.split()[0] for n in self._names[article_id] if n.split()[-1] == surname}

    def article(self, article_id: str) -> Sequence[Sentence]:
        return next((a for a in self.articles if a and a[0].article_id == article_id), [])

    def claimant(self, sentence: Sentence) -> str:
        """Who the sentence attributes its claim to (see :class:`ClaimantFinder`)."""
        if sentence.article_id not in self._claimants:
            sentences = self.article(sentence.article_id)
            finder = ClaimantFinder([s.text for s in sentences])
            positions = {s.index: i for i, s in enumerate(sentences)}
            self._claimants[sentence.article_id] = (finder, positions)
        finder, positions = self._claimants[sentence.article_id]
        return finder(positions[sentence.index])


def topic_words(text: str) -> frozenset[str]:
    """Content words of a text that are not figures, categories or reporting verbs.

    Example:
        >>> sorted(topic_words("Two workers were killed in the Halden blaze, police said."))
        ['blaze', 'halden', 'workers']
    """
    words = content_terms(word_tokens(text))
    return frozenset(
        w for w in words if not w[0].isdigit() and w not in SMALL and w not in _NOT_TOPIC
    )


def aligned_pairs(claims: Sequence[Claim], story: Story) -> Iterator[Pair]:
    """Pairs of claims about one subject that speak of the same fact."""
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if about_the_same(a, b, story):
                yield a, b


def about_the_same(a: Claim, b: Claim, story: Story) -> bool:
    """Whether two claims of one subject speak of the same fact, in separate voices where
    the kind needs them (a name's two spellings need none)."""
    if a.kind is not Kind.IDENTITY and not _separate_voices(a, b):
        return False
    return _ABOUT_THE_SAME[a.kind](a, b, story)


def _separate_voices(a: Claim, b: Claim) -> bool:
    """From two reports, or from two named claimants inside one."""
    if a.sentence.article_id != b.sentence.article_id:
        return True
    return bool(a.claimant and b.claimant and a.claimant != b.claimant)


def _shared_topic(a: Claim, b: Claim, story: Story) -> bool:
    shared = story.topics(a.sentence) & story.topics(b.sentence)
    if a.about.startswith(("noun:", "unit:")):  # a figure of any noun: more to share
        if a.sentence.article_id == b.sentence.article_id:
            return False
        return len(shared) >= SHARED_WORDS[a.kind] + GENERIC_EXTRA
    return len(shared) >= SHARED_WORDS[a.kind]


def _same_person(a: Claim, b: Claim, story: Story) -> bool:
    """Two reports naming one person: the same surname (the subject), a full name on one
    side at least, and no two first names ("Amber Pasztor" is not "Rene Pasztor", nor is
    a bare "Pasztor" in a report that names both). One report giving two ages under one
    surname is most often naming two people."""
    if a.sentence.article_id == b.sentence.article_id:
        return False
    first_a, first_b = a.about.split()[:-1], b.about.split()[:-1]
    if first_a and first_b:  # "Teacher Geraldine Alcorn" is "Geraldine Alcorn"
        return bool(set(first_a) & set(first_b))
    named, bare = (a, b) if first_a else (b, a)
    if not first_a and not first_b:
        return False
    surname = bare.about.split()[-1]
    return story.first_names(bare.sentence.article_id, surname) <= {named.about.split()[0]}


def _same_name(a: Claim, b: Claim, story: Story) -> bool:
    """A name spelled two ways needs no more; a rank needs the same person in two reports."""
    return not a.subject.startswith("title/") or _same_person(a, b, story)


def _shared_anchor(a: Claim, b: Claim, story: Story) -> bool:
    return bool(shared_anchors(a, b)) or _unanchored(a, b, story)


def _unanchored(a: Claim, b: Claim, story: Story) -> bool:
    stance = next(s for s in p.STANCES if s.name == a.subject)
    return not stance.anchored and len(story.topics(a.sentence) & story.topics(b.sentence)) >= 2


def shared_anchors(a: Claim, b: Claim) -> set[str]:
    """Places or parties named in both claims' sentences (their claimants aside)."""
    names_a = set(p.ANCHOR.findall(a.sentence.text)) - {a.claimant, b.claimant}
    return names_a & set(p.ANCHOR.findall(b.sentence.text))


_ABOUT_THE_SAME: dict[Kind, Callable[[Claim, Claim, Story], bool]] = {
    Kind.COUNT: _shared_topic,
    Kind.TIME: _shared_topic,
    Kind.AGE: _same_person,
    Kind.STANCE: _shared_anchor,
    Kind.DENIAL: _shared_topic,
    Kind.IDENTITY: _same_name,
}


def denied_statements(denial: Claim, story: Story) -> list[Claim]:
    """Sentences of other voices that state what ``denial`` rejects: those sharing the most
    topic words with it (at least ``SHARED_WORDS``, one at least not the denier's own name);
    failing any, when the denial only names what it denies ("He denies the charges"), the
    nearest allegation before it."""
    own = _name_words(denial.about)
    denied = topic_words(f"{denial.context} {denial.text}")
    denied = denied - topic_words(story.claimant(denial.sentence)) | own
    # A denial of "the reports" needs fewer shared words with a sentence that reports.
    of_reports = bool(p.REPORTS_DENIED.search(denial.text))
    need = SHARED_WORDS[Kind.DENIAL] - 1 if of_reports else SHARED_WORDS[Kind.DENIAL]
    scored = []
    for sentences in story.articles:
        for sentence in sentences:
            lowered = sentence.text.lower()
            # Words as substrings first: far cheaper than the topic words of every sentence.
            if sum(word in lowered for word in denied) < need:
                continue
            shared = denied & story.topics(sentence)
            enough = len(shared) >= SHARED_WORDS[Kind.DENIAL] or (
                of_reports and len(shared) >= need and p.REPORTS_THAT.search(sentence.text)
            )
            if enough and shared - own:
                statement = _statement(sentence, story, denial)
                if statement is not None:
                    scored.append((len(shared), statement))
    if not scored:
        nearest = _allegation_before(denial, story) if denial.anaphoric else None
        return [nearest] if nearest is not None else []
    best = max(shared for shared, _ in scored)
    return [statement for shared, statement in scored if shared == best][:MAX_STATEMENTS]


def _statement(sentence: Sentence, story: Story, denial: Claim) -> Claim | None:
    """The sentence as a statement that a denial may reject, or None when it is the denial,
    negates something itself, or comes from the denier."""
    if sentence == denial.sentence or is_denial(sentence.text) or "?" in sentence.text:
        return None
    claimant = story.claimant(sentence)
    deniers = {denial.claimant, story.claimant(denial.sentence)}
    surnames = {_surname(d) for d in deniers if d}
    if claimant in deniers or (claimant and _surname(claimant) in surnames):
        return None
    if any(re.search(SAID_BY.format(re.escape(s)), sentence.text, re.I) for s in surnames):
        return None  # "Salehi was quoted as saying ...": the denier's own words
    return Claim(Kind.DENIAL, "denial", "", "stated", sentence.text, claimant, sentence)


def _name_words(name: str) -> frozenset[str]:
    """The capitalised words of a name ("Burke Ramsey"), in lower case."""
    return topic_words(" ".join(w for w in name.split() if w[:1].isupper()))


def _surname(name: str) -> str:
    return name.rsplit(maxsplit=1)[-1].strip("().,").lower()


def _allegation_before(denial: Claim, story: Story) -> Claim | None:
    sentences = story.article(denial.sentence.article_id)
    position = sentences.index(denial.sentence)
    for sentence in reversed(sentences[max(0, position - ALLEGATION_DISTANCE) : position]):
        if p.ALLEGATION.search(sentence.text):
            return _statement(sentence, story, denial)
    return None
