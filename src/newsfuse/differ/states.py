"""Opposite states of one thing: "the bridge is open" / "the bridge is closed", "half
open" / "fully open", "frozen" / "not frozen", from a small table of states written for
news."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfuse.differ.align import Story, topic_words
from newsfuse.differ.predicates import ANOTHER_TIME, UNREAL, Predicate, clauses, subject_head
from newsfuse.documents import Sentence

# Shared topic words two sentences giving opposite states need (the subject among them).
SHARED_STATE = 3
_COPULAS = r"(?:is|are|was|were|remains|remained|has been|have been|had been)"
# Opposite states written for news: each word names a state of one question.
STATES: dict[str, tuple[str, str]] = {
    "open": ("open", "open"), "closed": ("open", "closed"), "shut": ("open", "closed"),
    "alive": ("alive", "alive"), "dead": ("alive", "dead"),
    "guilty": ("guilty", "guilty"), "acquitted": ("guilty", "not guilty"),
    "innocent": ("guilty", "not guilty"),
    "freed": ("held", "free"),
    "detained": ("held", "held"), "jailed": ("held", "held"), "imprisoned": ("held", "held"),
    "approved": ("approved", "approved"), "rejected": ("approved", "rejected"),
    "missing": ("missing", "missing"),
    "frozen": ("frozen", "frozen"), "unfrozen": ("frozen", "not frozen"),
    "legal": ("legal", "legal"), "illegal": ("legal", "illegal"),
    "authentic": ("authentic", "authentic"), "fake": ("authentic", "fake"),
    "forged": ("authentic", "fake"), "genuine": ("authentic", "authentic"),
    "armed": ("armed", "armed"), "unarmed": ("armed", "unarmed"),
    "conscious": ("conscious", "conscious"), "unconscious": ("conscious", "unconscious"),
    "intact": ("intact", "intact"), "destroyed": ("intact", "destroyed"),
}  # fmt: skip
_STATE = re.compile(
    rf"\b{_COPULAS}\s+(?:still\s+|now\s+|in fact\s+|actually\s+)?(?P<not>not\s+)?"
    r"(?:(?P<full>fully|completely|entirely)\s+|(?P<part>half|partly|partially)[\s-]+)?"
    rf"(?P<state>{'|'.join(STATES)})\b"
    r"(?!\s+(?:to|by|from|for|in|a|an|the|his|her|their|its)\b)",
    re.IGNORECASE,
)
_DEGREE = re.compile(r"\b(?:not|half|partly|partially|fully|completely|entirely)\b")
# Questions of two states only, where "not open" is "closed" ("not destroyed" is not
# "intact", nor is "not approved" "rejected").
_BINARY = frozenset("open alive guilty armed conscious legal frozen authentic".split())


def state_predicates(sentence: Sentence) -> Iterator[Predicate]:
    """Clauses that give a named subject's state ("the bridge was closed").

    Example:
        >>> s = Sentence("1", 0, 0, 0, "The Kessel bridge was closed on Friday.")
        >>> [(c.subject, c.word, c.value, c.tense) for c in state_predicates(s)]
        [('bridge', 'open', 'closed', 'past')]
    """
    for clause in clauses(sentence.text):
        if UNREAL.search(clause) or ANOTHER_TIME.search(clause):
            continue
        for match in _STATE.finditer(clause):
            question, value = STATES[match.group("state").lower()]
            value = _state_value(question, value, match)
            subject = subject_head(clause, match.start(), ignore_and=False)
            if subject:
                tense = "past" if re.match(r"(?:was|were|remained|had)\b", match.group()) else "now"
                words = topic_words(clause) - {subject}
                yield Predicate(sentence, clause, subject, question, value, words, tense)


def _state_value(question: str, value: str, match: re.Match[str]) -> str:
    """ "closed", "not missing", "partly open", "fully open"."""
    if match.group("not"):
        others = {v for q, v in STATES.values() if q == question} - {value}
        return others.pop() if question in _BINARY and len(others) == 1 else f"not {value}"
    if match.group("part"):
        return f"partly {value}"
    return f"fully {value}" if match.group("full") else value


def opposite(first: str, second: str) -> bool:
    """Whether two states of one question cannot both hold: "open" and "closed", "missing"
    and "not missing", "partly open" and "fully open"; not "not approved" and "rejected",
    nor "open" and "fully open".

    Example:
        >>> opposite("open", "closed"), opposite("not approved", "rejected")
        (True, False)
        >>> opposite("partly open", "fully open"), opposite("open", "fully open")
        (True, False)
    """
    (mod_a, base_a), (mod_b, base_b) = _degree(first), _degree(second)
    if base_a == base_b:
        return {mod_a, mod_b} in ({"partly", "fully"}, {"not", ""}, {"not", "fully"})
    return {mod_a, mod_b} <= {"", "fully"}


def _degree(value: str) -> tuple[str, str]:
    mod, _, base = value.partition(" ")
    if mod in {"partly", "fully", "not"} and base:
        return mod, base
    return "", value


def opposite_states(a: Predicate, b: Predicate, story: Story) -> bool:
    if (a.subject, a.word, a.tense) != (b.subject, b.word, b.tense):
        return False
    if not opposite(a.value, b.value):
        return False
    if a.tense == "past" and _degree(a.value)[1] != _degree(b.value)[1]:
        return False  # "was detained" and "was freed": most often one after the other
    shared = story.topics(a.sentence) & story.topics(b.sentence)
    return len(shared) >= SHARED_STATE


def state_word(lowered: str, at: int) -> str:
    """The state word a cue found at ``at`` starts ("" when it starts a longer word:
    "opened", "deadline")."""
    word = lowered[at + 1 : at + 14].split(None, 1)[0].strip(".,;:!\"”’'")
    return word if word in STATES else ""


def two_answers(lowered: str, hits: list[int], words: set[str]) -> bool:
    """Whether the state words of one question may answer it two ways: two words ("open",
    "closed"), or a word with a negation or a degree before it ("not frozen", "half open")."""
    return len(words) > 1 or any(_DEGREE.search(lowered, max(0, at - 12), at) for at in hits)
