"""Names spelled two ways: "Jonathan Magwood" and "Jonathon Magwood", "Radouane" and
"Redouane" — a proper name whose spelling differs by one letter between two sentences.

Written here: the test is narrower than an edit distance (one letter, never the first or the
last), and a story holds few enough names that comparing those of one initial is cheap.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import pairwise

from newsfuse.documents import Sentence

MIN_LENGTH = 5
# A spelling written once against another written this often (in two reports or more) is a typo.
CONSENSUS = 3
# A person's full name: two to four capitalised words ("Rachid Redouane", "Peder Madsen").
# (The runs of small letters are possessive, "++": a name's letters are followed only by a
# hyphen, a space or the end of the name, so giving one back can make no other match, and
# the engine no longer backs off letter by letter at each capitalised word that starts no
# name: a fifth off the search.)
_WORD = r"[A-Z][a-z]++(?:-[A-Z][a-z]++)?"
_FULL_NAME = re.compile(rf"{_WORD}(?: {_WORD}){{1,3}}")  # no \b: twice as fast, same names
# A name of an institution or a place is not a person's: "Senate Judicary Committee" is a typo.
INSTITUTIONS = frozenset(
    """Committee Senate House Court University Department Council Commission Agency Party
    Company Ministry Office Bureau Association Church School College Hospital Airport Street
    Avenue Road County City State Center Centre Institute Foundation Museum Park""".split()
)
# Plurals and adjectives one letter apart ("Klansman"/"Klansmen") are not spellings, nor are
# British and American spellings of one word ("Defence"/"Defense", "Centre"/"Center").
_INFLECTIONS = (("man", "men"), ("ence", "ense"), ("our", "or"), ("ise", "ize"), ("re", "er"))


def full_names(text: str) -> set[str]:
    """Runs of two to four capitalised words.

    Example:
        >>> sorted(full_names("Coach Jonathon Magwood broke two vertebrae in Union City."))
        ['Coach Jonathon Magwood', 'Union City']
    """
    return set(_FULL_NAME.findall(text))


def spelled_two_ways(sentences: Sequence[Sentence]) -> Iterator[tuple[str, str]]:
    """Pairs of names the story spells two ways: the same full name with one word one letter
    apart ("Jonathan Magwood" / "Jonathon Magwood"), never both in one sentence, never a
    word the story also writes in lower case ("While White House ...").

    Example:
        >>> texts = ["Coach Jonathan Magwood fell.", "Jonathon Magwood broke two vertebrae."]
        >>> reports = [Sentence(str(i), 0, 0, 0, t) for i, t in enumerate(texts, start=1)]
        >>> list(spelled_two_ways(reports))
        [('Jonathan', 'Jonathon')]
    """
    text = "\n".join(s.text for s in sentences)
    names = [n.split() for n in full_names(text)]
    people = [words for words in names if INSTITUTIONS.isdisjoint(words)]
    pairs = {
        pair
        for words in _beside_the_same_word(people)
        if len(words) > 1
        for pair in near_spellings(sorted(words))
    }
    spelled = {(a, b) for a, b in pairs if _spelled_two_ways(a, b, text, sentences)}
    doubled = _doubled_letter_pairs(people, text) - pairs
    spelled |= {
        (a, b)
        for a, b in doubled
        if not _part_of((a, b), spelled) and _spelled_two_ways(a, b, text, sentences)
    }
    yield from sorted(spelled)


def _spelled_two_ways(a: str, b: str, text: str, sentences: Sequence[Sentence]) -> bool:
    """Whether two near spellings are one name spelled two ways by two reports (see
    :func:`spelled_two_ways`)."""
    return (
        not _inflection(a, b)
        and not _written_alone(a.lower(), text)
        and not _written_alone(b.lower(), text)
        and not any(a in s.text and b in s.text for s in sentences)
        and _between_reports(a, b, sentences)
    )


def _doubled_letter_pairs(names: list[list[str]], text: str) -> set[tuple[str, str]]:
    """A word of a full name written with a letter doubled ("Annette Reed") and the same
    word with it single anywhere in the story ("his wife Anette", "Anette de la Renta"),
    beside the same word or not: a name is often written alone or with a particle, where no
    neighbour is shared. (Only names' words are searched for a doubled letter, and only
    their single forms looked for in the text: every capitalised word of the story cost
    an eighth of finding all differences.)"""
    pairs = set()
    parts = {word for words in names for word in words}
    parts |= {part for word in parts if "-" in word for part in word.split("-")}
    joined = " ".join(part for part in parts if len(part) > MIN_LENGTH)
    for match in _DOUBLED.finditer(joined):  # a regex over all names: no loop over letters
        start = joined.rfind(" ", 0, match.start()) + 1
        end = joined.find(" ", match.end())
        word = joined[start : end if end >= 0 else len(joined)]
        at = match.start() - start
        if 0 < at < len(word) - 2:  # never the first letter nor the last
            single = word[:at] + word[at + 1 :]
            if _written_alone(single, text):
                pairs.add((single, word) if single < word else (word, single))
    return pairs


def _part_of(pair: tuple[str, str], pairs: set[tuple[str, str]]) -> bool:
    """Whether a pair is the parts of a longer pair spelled two ways ("Delosantos" /
    "Delossantos" of "Aguilar-Delosantos" / "Aguilar-Delossantos"): one difference, shown
    once."""
    a, b = pair
    return any(a in x.split("-") and b in y.split("-") for x, y in pairs)


def _written_alone(word: str, text: str) -> bool:
    """Whether the text writes ``word`` as a word of its own, not inside a longer one (a
    pattern compiled for each name cost more than the rest of the search)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
            return True
        at = text.find(word, end)
    return False


_DOUBLED = re.compile(r"([a-z])\1")


def _between_reports(a: str, b: str, sentences: Sequence[Sentence]) -> bool:
    """Whether two spellings are the reports' disagreement, not one report's slip: a report
    that writes one and another report that writes the other, and neither spelling
    written once against the other written three times or more in two reports or more
    ("Barrack" once, "Barack" in every other report, is a typo)."""
    where: dict[str, list[str]] = {a: [], b: []}
    for name in (a, b):
        written = re.compile(rf"\b{re.escape(name)}\b")
        for sentence in sentences:
            # (the substring first: most sentences do not hold the name at all)
            if name in sentence.text and written.search(sentence.text):
                where[name].append(sentence.article_id)
    if not any(x != y for x in where[a] for y in where[b]):
        return False
    lone, common = sorted((where[a], where[b]), key=len)
    return not (len(lone) == 1 and len(common) >= CONSENSUS and len(set(common)) >= 2)


def _beside_the_same_word(names: list[list[str]]) -> Iterator[set[str]]:
    """Groups of words long enough to be spelled two ways (``MIN_LENGTH``) that stand beside
    one same word in the story's names (each a list of its words): "Jonathan" and
    "Jonathon" both before "Magwood". Only such words can be one name spelled two ways, and
    grouping them first spares comparing every name with every other."""
    before: dict[str, set[str]] = defaultdict(set)
    after: dict[str, set[str]] = defaultdict(set)
    for words in names:
        for left, right in pairwise(words):
            if len(left) >= MIN_LENGTH:
                before[right].add(left)
            if len(right) >= MIN_LENGTH:
                after[left].add(right)
    yield from before.values()
    yield from after.values()


def _inflection(a: str, b: str) -> bool:
    return any({a[-len(x) :], b[-len(y) :]} == {x, y} for x, y in _INFLECTIONS)


def near_spellings(names: Sequence[str]) -> Iterator[tuple[str, str]]:
    """Pairs of names one letter apart (a letter changed, left out or two swapped), the
    first letter and the ending shared: "Annette"/"Anette", "Pasztor"/"Pastzor", never
    "Korea"/"Korean" or "Democrat"/"Democrats".

    Example:
        >>> sorted(near_spellings(["Jonathan", "Jonathon", "Korea", "Korean", "Annette", "Anette"]))
        [('Anette', 'Annette'), ('Jonathan', 'Jonathon')]
    """
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
    for name in sorted(set(names)):
        if len(name) >= MIN_LENGTH:
            by_shape[name[0], len(name)].append(name)
    yield from _first_sound_spelled_two_ways(by_shape)
    for (letter, length), group in by_shape.items():
        longer = by_shape.get((letter, length + 1), [])
        for i, a in enumerate(group):
            for b in (*group[i + 1 :], *longer):
                if _one_letter_apart(a.lower(), b.lower()):
                    yield (a, b) if a < b else (b, a)


# First letters that spell one sound: "Catherine" / "Katherine", "Cristina" / "Kristina".
_SAME_SOUND = {"C": "K"}


def _first_sound_spelled_two_ways(
    by_shape: dict[tuple[str, int], list[str]],
) -> Iterator[tuple[str, str]]:
    """Pairs of names alike but for a first letter of the same sound (``_SAME_SOUND``):
    the one letter a first letter may differ by."""
    for first, other in _SAME_SOUND.items():
        for (letter, length), group in list(by_shape.items()):
            if letter != first:
                continue
            others = set(by_shape.get((other, length), ()))
            for name in group:
                if other + name[1:] in others:
                    yield name, other + name[1:]


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, left out or swapped with its neighbour; never the first or the
    last letter, where a different word or an inflection would show."""
    if a[0] != b[0]:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if diff[-1:] == [len(a) - 1]:
            return False
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1
        return len(diff) == 1 or (swapped and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]]))
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long) - 1)
    )
