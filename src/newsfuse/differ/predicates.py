"""Reading a clause for what it says of a subject: its clauses, the head of the subject
before a verb, and the words that place a clause out of what is so (a question, a
condition, another time). Shared by negations and states."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.differ import patterns as p
from newsfuse.documents import Sentence
from newsfuse.text.lexicon import IRREGULAR_VERBS

# Words after a negation that say nothing a report could contradict, or that say it of
# the speech itself ("did not comment", "did not deny", "is not clear").
NOT_ACTS = frozenset(
    """a an the be been being to only just yet immediately deny denied dispute disputed
    comment respond responded return returned say said know knew confirm confirmed specify
    elaborate disclose disclosed reveal revealed identify identified release released
    name named provide provided want wanted think thought believe believed expect expected
    seem seemed appear appeared get got go went make made take took have had do did see saw
    need needed like sure clear available able known aware immediately necessarily always
    all much many more less enough anything nothing anyone everyone one his her their its
    our my your this that these those so as in on at of for with by from about into
    involve involved happen happened exist existed mean meant matter""".split()
)
PRONOUNS = frozenset(
    "i we you he she it they this that there who which what these those someone".split()
)
# Pronouns that are a verb's whole subject (not "that" or "which", which may close a
# relative clause after its noun: "the road near the school that was closed").
_PERSONAL = frozenset("i we you he she it they".split())
# A clause that is a question, a condition or a possibility states nothing as so.
# Each of these word lists starts with a look-ahead on the words' first letters: the same
# matches, and Python's regex engine skips most positions at once (about twice as fast).
UNREAL = re.compile(
    r"(?=[cilmpsuw])\b(?:if|unless|whether|would|could|should|might|may|must|can|cannot"
    r"|can't|couldn't"
    r"|wouldn't|shouldn't|perhaps|maybe|possibly|probably|likely|suppose|supposedly)\b",
    re.IGNORECASE,
)
# A state or act at another time than the other side's: "closed until Monday".
ANOTHER_TIME = re.compile(
    r"(?=[abefilnoprstuwy])\b(?:until|till|before|after|since|earlier|later|previously"
    r"|initially|at first|briefly"
    r"|temporarily|again|once|no longer|anymore|any more|yet|soon|now|then|formerly"
    r"|first|last|reopen\w*|re-\w+|when)\b(?!,)",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words between a subject and its verb: "Lee has also never ...".
BETWEEN = frozenset(
    """has have had is are was were did does do will also still reportedly allegedly ever
    been simply just""".split()
)
# Prepositions that qualify a head noun ("the bridge over the river"), and the words that
# open a noun phrase.
_QUALIFYING = frozenset("over of in at on near for from with outside inside across along".split())
_DETERMINERS = frozenset("the a an its his her their this that these those".split())


# The other forms of irregular verbs that news sets against their negation ("did not
# steal" / "stole", "never paid" / "paid"): a negation takes the base form, a statement the
# past, and their stems differ. From ``text.lexicon``'s table; light verbs ("take", "make",
# "go", "see", "know", "get", "do", "say") are no acts (see ``NOT_ACTS``) and are left out.
_IRREGULAR = {
    base: tuple(dict.fromkeys(form for form in forms if form != base))
    for base, forms in IRREGULAR_VERBS.items()
    if base not in NOT_ACTS
}
_BASE_OF = {form: base for base, forms in _IRREGULAR.items() for form in forms}
# The irregular verbs' other forms (pasts and participles: "stole", "paid", "stolen").
PAST_FORMS = tuple(sorted(_BASE_OF))
IRREGULAR_BASES = tuple(_IRREGULAR)


def verb_base(word: str) -> str:
    """The base form of an irregular verb's past ("stole" -> "steal"); any other word as
    it is.

    Example:
        >>> verb_base("stole"), verb_base("paid"), verb_base("attacked")
        ('steal', 'pay', 'attacked')
    """
    return _BASE_OF.get(word, word)


def verb_forms(base: str) -> tuple[str, ...]:
    """The base form of a verb and its irregular past forms ("steal", "stole", "stolen")."""
    return (base, *_IRREGULAR.get(base, ()))


@dataclass(frozen=True, slots=True)
class Predicate:
    """What one clause says of a subject: ``word`` is the stem of its verb or the question
    of its state, ``value`` its answer ("yes" / "no", or a state), ``rest`` the topic words
    after the verb."""

    sentence: Sentence
    clause: str
    subject: str
    word: str
    value: str
    rest: frozenset[str]
    tense: str = ""
    # A state said with "to be" ("the video was not altered", "they are not employees"):
    # the word after the verb is what is said, so fewer governed words need be shared.
    copular: bool = False
    # The words of the noun phrase that names the subject ("reed's main parachute",
    # "funding for the kessel school project"), where a state's reader compares them.
    thing: frozenset[str] = frozenset()
    # What the subject is said to be, by a noun after "a", "the" or "his" ("Reed was not a
    # suspect", "Lind was not his girlfriend"): ``word`` is that noun's stem.
    noun: bool = False


def clauses(text: str) -> list[str]:
    return [piece.strip() for piece in p.CLAUSE_BREAK.split(text) if piece.strip()]


def subject_head(clause: str, position: int, ignore_and: bool) -> str:
    """The head of the subject just before ``position``: a name's last word or a noun's,
    lower-cased; "" for a pronoun. With ``ignore_and``, a verb after "and" takes the
    clause's first name ("Lee was cleared and does not have to ...")."""
    before = WORD.findall(clause[:position])
    while before and before[-1].lower() in BETWEEN:
        before.pop()
    if not before:
        return ""
    if before[-1].lower() in _PERSONAL:
        return ""  # "A lawyer for Lee said he ...": the subject is "he", not "lawyer"
    if ignore_and and before[-1].lower() == "and":
        names = [w for w in before[:4] if w[:1].isupper() and w.lower() not in PRONOUNS]
        return head_word(names[-1]) if names else ""
    return head_word(_np_head(before))


def _np_head(words: list[str]) -> str:
    """The head of the noun phrase that ends ``words``: "the Kessel bridge over the Alder
    river" has "bridge" (a preposition right before a determiner or a name opens a phrase
    that only qualifies the head; "said on Monday the bridge" has "bridge")."""
    head = len(words) - 1
    for at in range(len(words) - 2, max(0, len(words) - 7), -1):
        if words[at].lower() in _QUALIFYING and at > 0:
            head = at - 1
        elif words[at].lower() in _DETERMINERS and words[at - 1].lower() not in _QUALIFYING:
            break
    return words[head]


def head_word(phrase: str) -> str:
    words = WORD.findall(phrase)
    if not words:
        return ""
    head = re.sub(r"['’]s?$", "", words[-1]).lower()
    if head in PRONOUNS or head in p.NOT_NAMES or len(head) < 3:
        return ""
    return head if head not in NOT_ACTS else ""
