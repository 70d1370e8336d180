"""A reply that denies a state just stated, in an exchange a report quotes: '"The video was
altered," Lee said.' then '"That's not altered, that's sped up," she said.'

The reply names its subject only by "that", "it" or "this", which the negations step never
reads as a subject (a pronoun may be anything). In an exchange it is what the line just
before stated, so the reply is read only against a sentence of its report at most
``REPLY_REACH`` before it that states the same word of a named subject in another voice;
the state must close the reply's clause ("it's not altered," but not "it's not going to
...", "it's not a rumor" or "that's not what fans want").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsfuse.differ.align import Story
from newsfuse.differ.predicates import (
    ANOTHER_TIME,
    NOT_ACTS,
    UNREAL,
    Predicate,
    clauses,
    subject_head,
)
from newsfuse.differ.scan import StoryScan
from newsfuse.documents import Citation, Difference, Sentence, Side

# How many sentences before a reply the line it answers may stand (a line of narration
# between them: 'Wallace said. This is where she spun it. "That's not altered," she said').
REPLY_REACH = 2
# "that's not altered", "it isn't altered", "this was never altered": the state word closes
# the clause (punctuation, a closing quote, "but" or "and" after it).
_REPLY = re.compile(
    r"(?<![\w'’])(?:that|it|this)(?:['’]s|\s+is|\s+was)(?:n['’]t|\s+not|\s+never)\s+"
    r"(?:(?:really|actually|even)\s+)?(?P<state>[a-z]{4,})"
    r"(?=\s*[,.;:!?\"”’—]|\s+(?:but|and)\b|\s*$)",
    re.IGNORECASE,
)
# A quotation mark before the reply: the reply is a speaker's line, not the writer's.
_QUOTE = re.compile('["“”]')
# Words after "not" that close a clause but state nothing of the thing: "that's not true"
# (a denial read elsewhere), "it's not over", "it's not here".
_NOT_STATES = NOT_ACTS | frozenset(
    "true false correct right wrong accurate fair over here there done okay fine real".split()
)
_COPULA = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)"


def reply_differences(
    story: Story, others: Sequence[Difference], text: StoryScan
) -> list[Difference]:
    """One difference per reply that negates the state the line before it stated, unless
    one of ``others`` already sets the two sentences against each other."""
    shown = {
        frozenset({a, b})
        for d in others
        for a in (c for side in d.sides for c in side.citations)
        for b in (c for side in d.sides for c in side.citations)
    }
    found = []
    for stated, negated in answered_pairs(story, text):
        pair = frozenset({Citation.of(stated.sentence), Citation.of(negated.sentence)})
        if pair not in shown:
            shown.add(pair)
            found.append(
                Difference(
                    label="Disputed account",
                    sides=(_side(stated, "stated", story), _side(negated, "negated", story)),
                    kind="denial",
                )
            )
    return found


def _side(predicate: Predicate, position: str, story: Story) -> Side:
    return Side(
        # (A reply the report gives to "she" or "he", '"...," she said.' after "This is where
        # Lind went into spin mode.", is named by the speaker a reader takes from the lines
        # before, only for naming the side.)
        claimant=story.claimant(predicate.sentence)
        or story.claimant(predicate.sentence, speaker_from_before=True),
        claim=predicate.clause,
        citations=(Citation.of(predicate.sentence),),
        position=position,
    )


def answered_pairs(story: Story, text: StoryScan) -> Iterator[tuple[Predicate, Predicate]]:
    """Each reply that negates a state (see the module) with the statement it answers, as
    (stated, negated) predicates of the statement's subject."""
    for index in sorted({text.at(at) for at in text.negation_hits}):
        reply = text.sentences[index]
        for match in _replies(reply):
            stated = _answered(reply, match.group("state").lower(), story)
            if stated is not None:
                negated = Predicate(
                    reply, reply.text, stated.subject, stated.word, "no", frozenset(), copular=True
                )
                yield stated, negated


def _replies(sentence: Sentence) -> Iterator[re.Match[str]]:
    """The replies in a sentence's quotation that negate a state word."""
    if _QUOTE.search(sentence.text) is None:
        return  # a reply follows a quotation mark: most sentences with "not" hold none
    for match in _REPLY.finditer(sentence.text):
        state = match.group("state").lower()
        if state in _NOT_STATES or not _QUOTE.search(sentence.text, 0, match.start()):
            continue
        if UNREAL.search(sentence.text, 0, match.end()):
            continue  # "it would not be altered"
        yield match


def _answered(reply: Sentence, state: str, story: Story) -> Predicate | None:
    """The sentence just before the reply in its report that states ``state`` of a named
    subject, in a named voice other than the reply's, as a stated predicate; else None."""
    sentences = story.article(reply.article_id)
    position = sentences.index(reply)
    stated = re.compile(rf"\b{_COPULA}\s+(?:\w+ly\s+)?{re.escape(state)}\b", re.IGNORECASE)
    for sentence in reversed(sentences[max(0, position - REPLY_REACH) : position]):
        if reply.index - sentence.index > REPLY_REACH:
            break
        claimant = story.claimant(sentence)
        if not claimant or claimant == story.claimant(reply) or story.is_denial(sentence):
            continue
        for clause in clauses(sentence.text):
            match = stated.search(clause)
            if match is None or _negated_or_unreal(clause, match.start()):
                continue
            subject = subject_head(clause, match.start(), ignore_and=False)
            if subject:
                return Predicate(sentence, clause, subject, state, "yes", frozenset(), copular=True)
    return None


def _negated_or_unreal(clause: str, position: int) -> bool:
    """Whether a stated clause is negated before its copula, or unreal, or of another time."""
    before = clause[max(0, position - 12) : position].lower()
    return (
        " not" in before
        or "n't" in before
        or "n’t" in before
        or "never" in before
        or UNREAL.search(clause) is not None
        or ANOTHER_TIME.search(clause) is not None
    )
