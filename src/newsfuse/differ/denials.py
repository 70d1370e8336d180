"""Denials: a named party denying or rejecting a claim ("X denied supplying the weapons",
"it is incorrect that ...", '"That is absolutely false," a spokesperson said')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfuse.attribute import subject_before
from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind, Who
from newsfuse.documents import Sentence

# How many words of a denial say what it denies.
DENIAL_WORDS = 14


def denial_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A named party denying or rejecting a claim ("X denied supplying the weapons", "it is
    incorrect that ...", '"That is absolutely false," a spokesperson said'). The claim's text
    is the denying clause; ``about`` is "anaphoric" when it only names what it denies ("He
    denies the charges", "That is false")."""
    text = sentence.text
    found = _denial(text)
    if found is None:
        return
    pattern, match = found
    subject = subject_before(text, match.start())
    if not subject and p.PRONOUN_BEFORE.search(text, 0, match.start()):
        subject = who.before()  # "He denies the charges": whom the sentence before named
    denier = subject or who()
    if not denier:
        return
    clause = p.DENIAL_CLAUSE_END.split(text[match.start() :], maxsplit=1)[0]
    clause = " ".join(clause.split()[:DENIAL_WORDS])
    if pattern is p.DENIAL:
        anaphoric = bool(p.ANAPHORIC.match(clause))
    else:
        said = match.group(0).lower()
        before = p.DEMONSTRATIVE_BEFORE.search(text, 0, match.start())
        pointing = before is not None or said.startswith(p.POINTING) or said.endswith(p.POINTING)
        rest = re.split(r"[,;\"”]", text[match.end() :], maxsplit=1)[0]
        anaphoric = pointing and len(rest.split()) < 4
    context = text[: match.start()].replace(denier, "") if anaphoric else ""
    yield Claim(
        Kind.DENIAL,
        "denial",
        subject,
        "denied",
        clause,
        denier,
        sentence,
        anaphoric=anaphoric,
        context=context,
    )


def is_denial(text: str) -> bool:
    """Whether a sentence denies or rejects a claim."""
    return _denial(text) is not None


def _denial(text: str) -> tuple[re.Pattern[str], re.Match[str]] | None:
    if p.NOT_A_DENIAL.search(text):
        return None
    for pattern in (p.DENIAL, p.FALSE_CLAIM, p.REJECTS):
        match = pattern.search(text)
        if match and not p.NOUN_BEFORE.search(text, 0, match.start()):
            return pattern, match
    return None
