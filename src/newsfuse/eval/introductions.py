"""People a brief names by surname alone, or by a title and surname, before it has named
them in full, although its reports give their full name ("Ms. Ortiz" with no "Ana Ortiz").

A reader's measure, stricter than the selection's: a title or role before a surname
("Professor Rothery", "Det. Lind") does not introduce anyone, nor does a report's opening
that uses the surname alone; only the brief's own earlier text counts. A head of state's
title is an introduction ("President Obama", "Pope Francis"). A surname counts only when
the reports print it after a given name (or, in names written family name first, before
one: "Bo Xilai", then "Mr. Bo") and use it as a person's ("Lind said", "Ms. Lind", "Lind,
45,", or a pronoun or a description right after the full name); a name the reports never
give in full ("Madonna", "Obama" in a cluster that never says "Barack") is left alone.
When the brief has introduced somebody else of that surname ("Katera Barker", then
"Barker" for her father Matt), the surname counts when the report the sentence comes from
last named, shortly before it, a person of another given name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsfuse.text.names import (
    NOT_A_SURNAME,
    POSSESSIVE,
    TITLES,
    bare_positions,
    given_name_before,
    starts_sentence,
    used_as_people,
)
from newsfuse.text.stopwords import ENGLISH_STOP_WORDS


@dataclass(frozen=True, slots=True)
class Unintroduced:
    """One person used before the brief introduced them: the brief sentence (by position),
    the surname, and the given name the reports meant there ("" when unknown)."""

    position: int
    surname: str
    meant: str = ""
    title: str = ""  # the title or role before the surname ("Ms.", "Professor"), if any


@dataclass(frozen=True, slots=True)
class FullNames:
    """A cluster's people: each surname the reports use as a person's, with every given name
    (or initials) printed before it. A capitalised word the reports also print in lower case
    ("Earlier Thursday", "Related Prodigy"), a stop word, a title, a word in capitals and a
    hyphenated description ("Queens-based", "Oscar-winner") are no given names, and a word
    that stands before the surname only at the start of sentences ("Outgoing
    Northwestern ...") is not taken for one either."""

    given: dict[str, frozenset[str]]
    # Names written family name first: the given names after each family name.
    after: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def surnames(self) -> frozenset[str]:
        return frozenset(self.given) | frozenset(self.after)

    @classmethod
    def of(cls, texts: Sequence[str]) -> FullNames:
        """The full names of a cluster's report texts.

        Example:
            >>> FullNames.of(["Mayor Ana Ortiz won. Ortiz said so. Later Ortiz left."]).given
            {'Ortiz': frozenset({'Ana'})}
        """
        joined = fold_accents("\n".join(texts))
        common = frozenset(_LOWER_WORD.findall(joined))
        found: dict[str, frozenset[str]] = {}
        people = {POSSESSIVE.sub("", word) for word in used_as_people(joined)} - NOT_A_SURNAME
        for surname in _candidates(joined):
            full = [
                (at, name)
                for at in bare_positions(joined, surname)
                if _plausible(name := given_name_before(joined, at), common)
                and not _opens_sentence(joined, at - len(name) - 1)
            ]
            if full and (
                surname in people
                or (surname.lower() not in common and _told_as_a_person(joined, full, surname))
            ):
                found[surname] = frozenset(name for _, name in full)
        courtesy = set(_COURTESY.findall(joined)) - set(found) - NOT_A_SURNAME
        return cls(found, _family_first(joined, courtesy, people, common))


def _family_first(
    joined: str, surnames: set[str], people: set[str], common: frozenset[str]
) -> dict[str, frozenset[str]]:
    """For each of ``surnames`` (after "Mr." or "Ms.", never after a given name), the words the
    text prints right after it that read as given names: capitalised, never used as a
    person's on their own, never in lower case ("Bo Xilai", "Kim Jong-un")."""
    found: dict[str, frozenset[str]] = {}
    for surname in surnames:
        given = {
            match.group(1)
            for at in bare_positions(joined, surname)
            if (match := _NEXT_WORD.match(joined, at + len(surname)))
            and match.group(1) not in people
            and match.group(1) not in NOT_A_SURNAME
            and match.group(1).lower() not in common
        }
        if given:
            found[surname] = frozenset(given)
    return found


_COURTESY = re.compile(r"\bM(?:r|rs|s)\.? ([A-Z][a-z]+)\b")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+(?:-[a-z]+)?)\b(?![-'’])")


def _candidates(joined: str) -> set[str]:
    """Every capitalised word after a capitalised word that could be a surname."""
    words = {match.group(1) for match in _AFTER_CAPITAL.finditer(joined)}
    return {word for word in words if not word.isupper()} - NOT_A_SURNAME  # not "MP"


# (The surname is read ahead, so that "Professor Tom Rill" gives "Tom" and "Rill".)
_AFTER_CAPITAL = re.compile(r"[A-Z][\w.’'-]* (?=([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?))")
# A personal pronoun soon after a full name says it is a person's ("Tina Fey ... her").
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b")
_PRONOUN_CHARS = 100
# So does a description or relative clause after it ("John Elder, a former police officer").
_APPOSITION = (", a ", ", an ", ", the ", ", who ", ", whose ")


def _told_as_a_person(joined: str, full: list[tuple[int, str]], surname: str) -> bool:
    """Whether the reports tell a full name's surname as a person's: a pronoun or a
    description right after a full printing (``_pronoun_after``), a role before one
    ("director Jason Moore", "directed by Jason Moore"), or a role said of any printing
    ("Meryl Streep is the consummate film actress"). names41's
    reader found surnames of this kind used alone and never counted (dev 0046's director,
    0135's star, anchor 13730's director); a pronoun after the surname alone was tried and
    dropped: it took places and first names for surnames ("the Washington area ... he")."""
    if _pronoun_after(joined, full, surname):
        return True
    bare = bare_positions(joined, surname)
    for at, given in full:
        start = at - len(given) - 1  # where the given name starts
        if _ROLE_BEFORE.search(joined, max(0, start - _ROLE_CHARS), start):
            return True
    return any(_ROLE_AFTER.match(joined, at + len(surname)) for at in bare)


# Roles only a person has, before or after a name ("director Jason Moore", "Fey is the
# producer").
_ROLES = (
    r"(?:director|actress|actor|singer|author|producer|filmmaker|comedian|star|co-star"
    r"|novelist|rapper|host|writer|screenwriter|musician|dancer|designer|artist)"
)
_ROLE_BEFORE = re.compile(rf"\b(?i:{_ROLES}|(?:directed|written|produced) by|starring) $")
_ROLE_CHARS = 30
# A role said of a name: "Streep is the consummate film actress", "Lind was a writer".
# (Not a role a place or a firm may have: "California is the largest solar producer".)
_PERSONAL_ROLES = (
    r"(?:director|actress|actor|singer|author|filmmaker|comedian|novelist|rapper|writer"
    r"|screenwriter|musician|dancer)"
)
_ROLE_AFTER = re.compile(
    rf"(?:['’]s)? (?:is|was) (?:the|a|an) (?:[a-z-]+ ){{0,2}}{_PERSONAL_ROLES}\b"
)


def _pronoun_after(joined: str, full: list[tuple[int, str]], surname: str) -> bool:
    """Whether a personal pronoun follows one of the ``full`` names within the sentence, or a
    description or relative clause opens right after it."""
    for at, _ in full:
        end = at + len(surname)
        window = joined[end : end + _PRONOUN_CHARS]
        stop = min((i for i in (window.find(". "), window.find("\n")) if i >= 0), default=-1)
        if window.startswith(_APPOSITION) or _PRONOUN.search(
            window[:stop] if stop >= 0 else window
        ):
            return True
    return False


def _opens_sentence(text: str, at: int) -> bool:
    """Whether position ``at`` starts a sentence, a line or the text (quotes aside; a page
    label's "|" ends one too)."""
    return starts_sentence(text, at, ".!?:|\n")


# Words that end many capitalised phrases but no person's name: days, parties, services.
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")


def _plausible(given: str, common: frozenset[str]) -> bool:
    """Whether a word before a surname is a given name: not a word the cluster prints in
    lower case, nor one of origin; initials always are."""
    if not given:
        return False
    if given.endswith("."):
        return given not in _PLACE_INITIALS
    lower = given.lower()
    return (
        lower not in common
        and lower not in ENGLISH_STOP_WORDS
        and given not in _MORE_TITLES
        and given not in NOT_A_SURNAME
        and given.rstrip("s") not in NOT_A_SURNAME  # "Americans"
        and not given.isupper()
        and _HYPHENATED_WORD.search(given) is None  # "Oscar-winner", "Queens-based"
    )


_PLACE_INITIALS = frozenset("U.S. U.K. U.N. D.C. L.A. N.Y. E.U.".split())
_HYPHENATED_WORD = re.compile(r"-[a-z]")


# Titles of Muslim, Jewish and Christian leaders, which the selection's list lacks.
_MORE_TITLES = frozenset("Sheikh Sheik Emir Imam Rabbi Cardinal Bishop Ayatollah".split())


_MODIFIED = ("administration", "era", "presidency", "family")


def unintroduced(
    sentences: Sequence[str],
    names: FullNames,
    source_before: Sequence[str] = (),
) -> list[Unintroduced]:
    """The people of ``sentences`` (a brief, in order) used by surname before the brief
    names them in full, each once, at its first such use. ``source_before`` gives, for each
    sentence, the text of its report up to it ("" when not found), which says who a bare
    surname meant where the brief introduced another person of that surname. A name in
    full anywhere in a sentence introduces the person to the whole sentence; a surname
    that modifies "administration" or "era" ("the Trump administration") names nobody.

    Example:
        >>> names = FullNames.of(["Council member Ana Ortiz spoke. Ms. Ortiz said no."])
        >>> unintroduced(["Ms. Ortiz said no."], names)
        [Unintroduced(position=0, surname='Ortiz', meant='', title='Ms.')]
        >>> unintroduced(["Council member Ana Ortiz spoke.", "Ms. Ortiz said no."], names)
        []
    """
    introduced: dict[str, set[str]] = {}
    flagged: set[str] = set()
    found: list[Unintroduced] = []
    for position, text in enumerate(map(fold_accents, sentences)):
        bare: list[tuple[int, str, str]] = []
        for surname in names.surnames:
            for at in bare_positions(text, surname):
                given = given_name_before(text, at) or _given_after(text, at, surname, names)
                title = _title_before(text, at)
                if given or title in _HEADS:
                    introduced.setdefault(surname, set()).add(given or title)
                elif not _modifies(text, at + len(surname)):
                    bare.append((at, surname, title))
        for _, surname, title in sorted(bare):
            if surname in flagged:
                continue
            before = source_before[position] if position < len(source_before) else ""
            before = fold_accents(before[-_REFERENT_CHARS:])
            meant = _meant(surname, introduced.get(surname), names, before)
            if meant is not None:
                flagged.add(surname)
                found.append(Unintroduced(position, surname, meant, title))
    return found


# The titles of heads of state, which say who is meant: "President Obama" introduces him.
_HEADS = frozenset("President Pres. Pope King Queen Emperor Empress".split())


def _title_before(text: str, at: int) -> str:
    """The title or role right before position ``at`` ("Ms." in "Ms. Ortiz"), or ""."""
    if at < 2 or text[at - 1] != " ":
        return ""
    word = text[max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1 : at - 1]
    return word if word.rstrip(".") in TITLES or word in _MORE_TITLES else ""


def _given_after(text: str, at: int, surname: str, names: FullNames) -> str:
    """The given name after a family name written first ("Xilai" in "Bo Xilai"), or ""."""
    after = names.after.get(surname)
    match = _NEXT_WORD.match(text, at + len(surname)) if after else None
    return match.group(1) if match and after and match.group(1) in after else ""


def _modifies(text: str, end: int) -> bool:
    """Whether the surname ending at ``end`` modifies a noun rather than naming a person:
    "the Ortiz administration", "the Haas School of Business"."""
    if text[end : end + 1] != " ":
        return False
    match = _NEXT_WORD.match(text, end)
    return text[end + 1 :].startswith(_MODIFIED) or (
        match is not None and match.group(1) in NOT_A_SURNAME
    )


def _meant(surname: str, introduced: set[str] | None, names: FullNames, before: str) -> str | None:
    """Who a bare surname stands for when the brief has not introduced them: "" for a
    surname the brief never gave in full, the given name of another person of that surname
    that the report last named before it; None when the mention is fine."""
    if not introduced:
        return ""
    if len(names.given.get(surname, ())) < 2 or any(_initials(g) for g in introduced):
        return None
    for at in reversed(bare_positions(before, surname)):
        given = given_name_before(before, at)
        if given in names.given[surname] and not _paired(before, at - len(given) - 1):
            return None if _initials(given) or _same_person(given, introduced) else given
    return None


# How far back in its report a bare surname's referent is looked for: about two sentences.
_REFERENT_CHARS = 400


def _paired(text: str, at: int) -> bool:
    """Whether the given name ending before ``at`` is the second of a pair ("Phillip and
    Sandra Dunn"), which names two people."""
    return text[:at].rstrip().endswith((" and", " &"))


def fold_accents(text: str) -> str:
    """``text`` with each accented letter replaced by its base letter ("Grünberg" gives
    "Grunberg"), one character for one, so that positions stay."""
    return text.translate(_FOLD) if not text.isascii() else text


class _Folding(dict[int, str]):
    """The translation table of :func:`fold_accents`, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        base = unicodedata.normalize("NFKD", chr(code))[:1] or chr(code)
        self[code] = base
        return base


_FOLD = _Folding()


def _same_person(given: str, introduced: set[str]) -> bool:
    """Whether ``given`` is one of the ``introduced`` given names or a short form of one
    ("Steve" and "Steven")."""
    return any(given.startswith(name) or name.startswith(given) for name in introduced)


def _initials(given: str) -> bool:
    return given.endswith(".")
