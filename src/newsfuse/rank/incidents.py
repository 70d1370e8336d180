"""Reports that tell another incident of the story's kind: a second shooting in another
state, another firm's plant seized, told by a report that shares the story's event words
(so ``rank.topic`` keeps it) but none of its protagonists.

A report's protagonists are the names it prints most (``PROTAGONIST_MENTIONS`` times at
least), places aside: reports of one incident quote different people, but each names the
people and bodies the incident is about. A short report that prints no name that often is
known by the names of its opening lines; another report then tells another incident only if
it names its own protagonists in its opening and no place of the short report's opening.
Lexical rules written here, as ``text.names``'s: a named-entity model would need a download
this project cannot do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field

from newsfuse.rank.story import PreparedStory
from newsfuse.rank.topic import article_cosines, report_members
from newsfuse.text.lexicon import CALENDAR
from newsfuse.text.names import POSSESSIVE
from newsfuse.text.stopwords import ENGLISH_STOP_WORDS

# A name a report prints this often is one it is about. Of the tuning set's reports, the
# names printed once or twice were mostly people quoted in passing and bylines.
PROTAGONIST_MENTIONS = 3
# Two reports this little alike (the cosine of their summed sentence vectors, as
# ``rank.topic`` reads reports; ``rank.backbone``'s other events use the same bound) may
# tell two incidents; reports of one incident share more of their words. Every report of
# another incident in the tuning set's briefs was below it (0.03 to 0.17).
OTHER_INCIDENT_REPORT_COSINE = 0.18
# The brief's own report may name another report's protagonist this often and still tell
# another incident: once is a line of background ("... the latest company to leave, after
# Kimberly-Clark"), not the story.
BACKGROUND_MENTIONS = 1
# Two spellings of one name that share this many first letters are one name
# ("Venezuela", "Venezuelan"; "Kardashian", "Kardashians").
SAME_NAME_PREFIX = 6
# ... but a surname made with "son" of a name is another family's ("Williams" / "Williamson",
# "Roberts" / "Robertson", "Harris" / "Harrison"), as ``text.names.spelled_alike`` reads
# them: the longer is no ending of the shorter, as "Venezuelan" is of "Venezuela". (A
# plural of one, "the Johnsons", is the same name.)
_SON = re.compile(r"s[eo]ns?$")
# A report's opening is its first lines: where a news report says what happened, to whom
# and where (the tuning set's reports of another incident named its company, measure or
# committee in the first two).
OPENING_LINES = 2

# A capitalised word with a small letter after its first (acronyms in capitals, "GOP",
# "OMG", are left out: headlines and initialisms, not who an incident is about).
_CAPITALISED = re.compile(r"\b[A-Z][a-z]*[a-z][A-Za-z]*(?:[-'’][A-Za-z]+)*")
_SMALL_WORD = re.compile(r"\b[a-z][a-z'’-]*")
# Capitalised words in a row, one space apart: a whole name ("New York", "Luca Bruni").
_CAPITALISED_RUN = re.compile(r"[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*)*")
# What comes before a sentence's first word: nothing, or a sentence's end, then quotation
# marks or brackets.
_SENTENCE_BEFORE = re.compile(r"[.!?:\n][\s\"'“‘(\[]*$")
_OPENING_LOOKBEHIND = 8
# A run of more words than this is a title or a headline, not one name.
WHOLE_NAME_WORDS = 4
# A possessive is its name ("Roof's": ``text.names.POSSESSIVE``); a contraction is none
# ("Don't").
_CONTRACTION = re.compile(r"['’](?:m|d|ll|ve|re|t)$")
# A name after one of these words is a place ("in Ferguson", "off Alicante"):
# two incidents may happen in one country, so a place two reports share does not make
# their incident one, and a place is nobody's protagonist.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|off|near|across|outside|inside)\s+(?:the\s+)?$")
_PLACE_LOOKBEHIND = 16
# What may come before a line's first word: quotation marks and brackets.
_BEFORE_FIRST_WORD = re.compile(r"[\s\"'“‘(\[]*")
# A capitalised word with the ending of a people's or a style's adjective ("Roman",
# "Italian", "Chinese", "British", "Gothic", "Israeli", "Romanesque") is no protagonist where
# the story prints it only before the thing it describes ("a Roman merchant ship"): a wreck
# story that printed "Roman" three times was "about" Roman, and every other Roman wreck was
# then its own incident. A person's name with such an ending ("Ryan", "Morgan") is printed,
# somewhere, before a verb, a small word or a stop ("Ryan said", "Ryan, 45,").
_ADJECTIVE = re.compile(r"\b[A-Z][a-z]*(?:an|ese|ish|ic|esque|i)\b(?![-'’])")
_FOLLOWER = re.compile(r"[ ]([a-z]+)\b")
# A name followed by one of these words is a person or a body that acts or speaks.
_SAYING = frozenset("said says told tells added wrote recalled".split())
# Words that open sentences in capitals without being names.
_NOT_NAMES = CALENDAR | frozenset(
    """The This That These Those There Then When While After Before But And For From With
    Without His Her Their They She What Who Why How Where According Although However""".split()
)


@dataclass(frozen=True, slots=True)
class Opening:
    """What a report's opening lines name: ``names`` and ``places`` (a name after "in",
    "off" ...), and the names printed as a line's first word (``first_words``)."""

    names: set[str]
    places: set[str]
    first_words: set[str]


@dataclass(frozen=True, slots=True)
class StoryNames:
    """The names a story's reports print: how often each report (by id) prints each
    (``counts``), the names the story prints as places (``places``), the names each
    report prints next to each name (``beside``: "Raffaele" beside "Sollecito"), by which a
    report that calls a person by the given name alone still names them, and what each
    report's opening lines name (``opening``), and the names of each candidate line (by
    position: ``line_names``), and the whole names each report prints each name in
    (:meth:`wholes`: "Los Angeles County" for "Angeles"), by which two names that share a word
    are told apart."""

    counts: dict[str, Counter[str]]
    places: frozenset[str]
    beside: dict[str, dict[str, set[str]]]
    opening: dict[str, Opening]
    line_names: tuple[frozenset[str], ...]
    texts: dict[str, list[str]]
    small: Collection[str]
    # What :meth:`wholes` and :meth:`no_adjectives` read when first asked, kept for the
    # story's next asks: no arguments of the constructor, nor part of a comparison.
    _wholes: dict[tuple[str, str], Counter[tuple[str, ...]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _adjectives: dict[str, bool] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def of(cls, story: PreparedStory) -> StoryNames:
        """A name is a capitalised word the story never prints in small letters ("Police"
        is not one where "police" occurs)."""
        # (One pass over the story's lines joined: a word never runs over a line's end.)
        small = set(_SMALL_WORD.findall("\n".join(s.text for s in story.candidates)))
        counts: dict[str, Counter[str]] = {}
        texts: dict[str, list[str]] = {}
        beside: dict[str, dict[str, set[str]]] = {}
        places: set[str] = set()
        openings: dict[str, Opening] = {}
        lines: Counter[str] = Counter()
        inside: set[str] = set()
        line_names: list[frozenset[str]] = []
        for sentence in story.candidates:
            line: set[str] = set()
            count = counts.setdefault(sentence.article_id, Counter())
            opening = openings.setdefault(sentence.article_id, Opening(set(), set(), set()))
            in_opening = lines[sentence.article_id] < OPENING_LINES
            lines[sentence.article_id] += 1
            pairs = beside.setdefault(sentence.article_id, {})
            text = sentence.text
            # Where the line's first word starts: a name there opens it (read once a line,
            # not by matching the line's start again at each name).
            opens = _BEFORE_FIRST_WORD.match(text)
            first = opens.end() if opens else 0
            texts.setdefault(sentence.article_id, []).append(text)
            last, last_end = "", -2
            for match in _CAPITALISED.finditer(text):
                name = POSSESSIVE.sub("", match.group())
                if _CONTRACTION.search(name) or name in _NOT_NAMES or name.lower() in small:
                    last = ""
                    continue
                count[name] += 1
                line.add(name)
                before = text[max(0, match.start() - _PLACE_LOOKBEHIND) : match.start()]
                place = bool(_PLACE_BEFORE.search(before))
                within = match.start() != first
                if place:
                    places.add(name)
                if within:
                    inside.add(name)
                if in_opening:
                    (opening.places if place else opening.names).add(name)
                    if not within:
                        opening.first_words.add(name)
                if last and text[last_end : match.start()] == " ":
                    pairs.setdefault(name, set()).add(last)
                    pairs.setdefault(last, set()).add(name)
                last, last_end = name, match.end()
            line_names.append(frozenset(line))
        for opening in openings.values():
            # A capitalised first word is a name only if the story prints it inside a
            # sentence too ("Kellogg Co., citing ..."; not "Measurements of velocity ...").
            opening.names.difference_update(opening.first_words - inside)
        return cls(
            counts,
            frozenset(places),
            beside,
            openings,
            tuple(line_names),
            texts,
            small,
        )

    def wholes(self, report: str, name: str) -> Counter[tuple[str, ...]]:
        """The whole names a report prints a word of a name in ("Los Angeles County" for
        "Angeles"), read when asked, over the report's lines that print the word: only the
        names of the reports compared need them."""
        key = report, name
        if key not in self._wholes:
            whole: Counter[tuple[str, ...]] = Counter()
            for text in self.texts.get(report, ()):
                if name not in text:
                    continue
                for run in _CAPITALISED_RUN.finditer(text):
                    words = _whole(run.group().split(" "), _NOT_NAMES, self.small)
                    if name in words:
                        whole[words] += 1
            self._wholes[key] = whole
        return self._wholes[key]

    def protagonists(self, report: str) -> frozenset[str]:
        """A report's protagonists (:func:`protagonists`), no adjective among them
        (:meth:`no_adjectives`: "Roman" printed more than the wreck's finder)."""
        counts = self.counts.get(report, Counter())
        while True:
            most = protagonists(counts, self.places)
            kept = self.no_adjectives(most)
            if kept == most:
                return most
            counts = Counter({n: c for n, c in counts.items() if n not in most - kept})

    def opening_names(self, report: str) -> frozenset[str]:
        """The names of a report's opening lines (``OPENING_LINES``), places aside (nor a
        place's spelling with an ending: :func:`not_places`), no adjective among them."""
        opening = self.opening.get(report)
        names = not_places(opening.names, self.places) if opening else frozenset()
        return self.no_adjectives(names)

    def no_adjectives(self, names: frozenset[str]) -> frozenset[str]:
        """The names without the adjectives of a people or a style (:func:`adjectives`):
        read over the whole story, for the few names with such an ending, when asked (a
        pass over every story cost more than the names it changes)."""
        unread = [n for n in names if n not in self._adjectives and _ADJECTIVE.fullmatch(n)]
        if unread:
            texts = (text for lines in self.texts.values() for text in lines)
            found = adjectives(texts, unread)
            self._adjectives.update((n, n in found) for n in unread)
        return frozenset(n for n in names if not self._adjectives.get(n, False))

    def opening_places(self, report: str) -> frozenset[str]:
        """The places a report's opening lines name ("an ambush in Niger")."""
        opening = self.opening.get(report)
        return frozenset(opening.places) if opening else frozenset()

    def shared(self, one: str, names: Iterable[str], other: str) -> int:
        """How often report ``other`` prints any of ``names`` as report ``one`` prints
        them, compared whole (:func:`one_name`): "Los Angeles Times" does not print the
        "Angeles" of "Los Angeles County"; "Officer Wilson" prints the "Wilson" of "Darren
        Wilson"."""
        names = list(names)
        printed = [n for n in self.counts.get(other, ()) if any(same_name(n, w) for w in names)]
        if not printed:
            return 0  # (the words alone first: most reports compared print none of them)
        mine = [whole for name in names for whole in self.wholes(one, name)]
        return sum(
            n
            for name in printed
            for whole, n in self.wholes(other, name).items()
            if any(one_name(whole, m) for m in mine)
        )

    def full_names(self, report: str, names: Iterable[str]) -> set[str]:
        """The names and the names the report prints beside them."""
        pairs = self.beside.get(report, {})
        return {n for name in names for n in (name, *pairs.get(name, ()))}


# Reads a story's names when first asked: a brief asks for one story's names up to three
# times (the test, a warning's wording, ``rank.passages``) and reading them is most of the
# test's cost, so the caller may hand one reading to all three (``pipeline._Chosen.names``).
NamesReader = Callable[[], StoryNames]


def other_incidents(
    story: PreparedStory,
    own: str,
    taken: Collection[str] | None = None,
    read_names: NamesReader | None = None,
) -> dict[str, frozenset[str]]:
    """The reports (by id) that tell another incident than report ``own`` (the one the
    brief opens on), each with its protagonists: a report little like ``own``
    (``OTHER_INCIDENT_REPORT_COSINE``) whose protagonists ``own`` names at most once each
    (``BACKGROUND_MENTIONS``) and which names none of ``own``'s (nor a name ``own`` prints
    beside one). A report with no protagonist (an abstract, a page of links) is not judged.
    When ``own`` has none, the names of its opening stand for them, and a report must also
    pass :func:`_opening_of_another`; a story whose own report names nobody there is not
    judged. With ``taken`` (the reports a brief took
    lines from), none is found unless one of those is little like ``own``: the names are
    read only then (reading them for every story cost a tenth of a brief's time), by
    ``read_names`` when given (:data:`NamesReader`).
    """
    ids, member = report_members(story)
    if own not in ids:
        return {}
    cosines = article_cosines(story, member, len(ids))[ids.index(own)].tolist()
    unlike = [r for r, c in zip(ids, cosines, strict=True) if c < OTHER_INCIDENT_REPORT_COSINE]
    if taken is not None and not set(unlike) & set(taken):
        return {}
    names = read_names() if read_names else StoryNames.of(story)
    own_protagonists = names.protagonists(own)
    by_opening = not own_protagonists
    if by_opening:
        # A short report may print no name three times; then the names of its opening
        # tell what it is about ("Kellogg Co. ... said Tuesday it was closing operations").
        own_protagonists = names.opening_names(own)
    if not own_protagonists:
        return {}
    own_names = names.full_names(own, own_protagonists)
    found: dict[str, frozenset[str]] = {}
    for report in unlike:
        theirs = names.protagonists(report)
        if not theirs or names.shared(own, own_names, report):
            continue
        if by_opening and not _opening_of_another(names, own, report, theirs):
            continue
        if all(names.shared(report, [name], own) <= BACKGROUND_MENTIONS for name in theirs):
            found[report] = theirs
    return found


def named_in(
    story: PreparedStory,
    found: Mapping[str, Collection[str]],
    reports: Iterable[str],
    read_names: NamesReader | None = None,
) -> dict[str, tuple[str, int]]:
    """For each report of another incident (``found``: its protagonists, by report id), the
    first of ``reports`` (the story's own, the brief's first) that tells its matter in a
    line of its own (:func:`_tells`), and how often it prints its protagonists: a roundup
    of Sunday shows or a digest tells another item in a line, and the item's own report
    then tells no "other incident" than the story's reports do. A line of background that
    names the other firm in a list ("... include Clorox, Kimberly-Clark, ...") does not."""
    names = read_names() if read_names else StoryNames.of(story)
    told: dict[str, tuple[str, int]] = {}
    for report, theirs in found.items():
        words = {
            t
            for p, s in enumerate(story.candidates)
            if s.article_id == report
            for t in story.terms[p]
        }
        for own in reports:
            count = names.shared(report, theirs, own)
            if count and _tells(story, names, own, theirs, words):
                told[report] = (own, count)
                break
    return told


# A line tells another report's matter when this share of its words, names aside, are
# words of that report: a roundup's line on another show ("On another channel, Governor
# Oduya said the state budget would be balanced by June") shares most of them with the
# report of that show; a list of firms that left the country (anchor 2082) shares 2 of 14.
TELLS_SHARE = 0.5


def _tells(
    story: PreparedStory,
    names: StoryNames,
    report: str,
    theirs: Collection[str],
    words: Collection[str],
) -> bool:
    """Whether a line of ``report`` names one of ``theirs`` and tells what the report of
    their words (``words``) tells (``TELLS_SHARE``)."""
    for p, sentence in enumerate(story.candidates):
        line = names.line_names[p]
        if sentence.article_id != report or not mentions(theirs, dict.fromkeys(line, 1)):
            continue
        name_words = {part.lower() for name in line for part in re.split(r"[-'’]", name)}
        terms = [t for t in story.terms[p] if t not in name_words]
        if terms and sum(t in words for t in terms) >= TELLS_SHARE * len(terms):
            return True
    return False


def _opening_of_another(names: StoryNames, own: str, report: str, theirs: frozenset[str]) -> bool:
    """Whether a report tells another incident by its opening, when the brief's report
    names nobody three times: the report names its protagonists in its own opening (a report
    of another incident says up front whose it is: "a factory owned by ... Kimberly-Clark";
    a paper whose most printed name is a unit, "Hz", does not), and names no place of the
    brief's report's opening (one ambush "in Niger" told through two sets of officials)."""
    if not theirs & names.opening_names(report):
        return False
    return not names.shared(own, names.opening_places(own), report)


def adjectives(texts: Iterable[str], words: Collection[str] | None = None) -> frozenset[str]:
    """The capitalised words with an adjective's ending (:data:`_ADJECTIVE`) that the
    texts print only before another word, before a small one at least once, and never
    before a stop, a small word of the stop list or a verb of saying; only ``words`` among
    them, when given.

    Example:
        >>> sorted(adjectives(["A Roman ship and a Roman port.", "Ryan saw a Ryan fan.",
        ...     "Ryan said so."]))
        ['Roman']
    """
    before_noun: set[str] = set()
    named: set[str] = set()
    if words is not None:
        texts = [text for text in texts if any(word in text for word in words)]
    text = "\n".join(texts)
    pattern = _ADJECTIVE
    if words is not None:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b(?![-'’])")
    for match in pattern.finditer(text):
        word, after = match.group(), text[match.end() : match.end() + 2]
        if after[:1] == " " and after[1:].isupper():
            continue  # inside a name ("Roman Empire"): neither
        follower = _FOLLOWER.match(text, match.end())
        if (
            follower
            and follower.group(1) not in ENGLISH_STOP_WORDS
            and follower.group(1) not in _SAYING
        ):
            before_noun.add(word)
        else:
            named.add(word)
    return frozenset(before_noun - named)


def _whole(run: list[str], not_names: Collection[str], small: Collection[str]) -> tuple[str, ...]:
    """A run of capitalised words without its first ones that are no name ("The", a
    sentence's first word the story prints in small letters), possessives cut."""
    # (A plural's possessive, "Fools'", is its name too, as ``_CAPITALISED`` reads it.)
    words = [POSSESSIVE.sub("", word).rstrip("'’-") for word in run]
    while len(words) > 1 and (words[0] in not_names or words[0].lower() in small):
        words = words[1:]
    return tuple(words)


def one_name(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two whole names may name one person, place or body: the words of one are
    all words of the other ("Wilson", "Darren Wilson"), or they end on the same word, the
    one that says what is named ("Officer Wilson", "Darren Wilson"); "Los Angeles County"
    and "Los Angeles Times", which share their first words, are two.

    Example:
        >>> one_name(("Los", "Angeles", "County"), ("Los", "Angeles", "Times"))
        False
        >>> one_name(("Officer", "Wilson"), ("Darren", "Wilson"))
        True
    """
    if same_name(one[-1], other[-1]):
        return True
    shorter, longer = sorted((one, other), key=len)
    return all(any(same_name(w, v) for v in longer) for w in shorter)


def protagonists(names: Counter[str], places: frozenset[str]) -> frozenset[str]:
    """The names a report prints most, ``PROTAGONIST_MENTIONS`` times at least, places
    aside (ties: all of them); none when no name is printed that often.

    Example:
        >>> protagonists(Counter(Roof=4, Charleston=5, Cowles=2), frozenset({"Charleston"}))
        frozenset({'Roof'})
    """
    counts = {name: n for name, n in names.items() if name not in places}
    most = max(counts.values(), default=0)
    if most < PROTAGONIST_MENTIONS:
        return frozenset()
    return frozenset(name for name, n in counts.items() if n == most)


def whole_names(text: str, names: Iterable[str]) -> list[str]:
    """Each name as the text prints it most often with the capitalised words around it
    ("New England" for "England"; "Bruni" where "Luca Bruni" is printed less), sorted:
    a warning that named "England, York" named halves of New England and New York.

    Example:
        >>> whole_names("Snow in New England. New York froze.", ["England", "York"])
        ['New England', 'New York']
    """
    runs = [
        ([POSSESSIVE.sub("", word) for word in run.group().split(" ")], _opens(text, run))
        for run in _CAPITALISED_RUN.finditer(text)
    ]
    inside = {word for words, opens in runs for word in (words[1:] if opens else words)}
    printed = Counter(" ".join(_name_words(words, opens, inside)) for words, opens in runs)
    whole = set()
    for name in names:
        found = [(n, run) for run, n in printed.items() if name in run.split(" ")]
        # (Printed as often, the longer is the whole name: "David Axelrod", "Axelrod".)
        best = max(found, default=(0, name), key=lambda p: (p[0], len(p[1])))[1]
        whole.add(best if best.count(" ") < WHOLE_NAME_WORDS else name)
    return sorted(whole)


def _opens(text: str, run: re.Match[str]) -> bool:
    """Whether a run of capitalised words opens a sentence."""
    before = text[max(0, run.start() - _OPENING_LOOKBEHIND) : run.start()]
    return _SENTENCE_BEFORE.search(before) is not None or not text[: run.start()].strip()


def _name_words(words: list[str], opens: bool, inside: Collection[str]) -> list[str]:
    """A run's words without its first ones when they are no name: words that open
    sentences in capitals ("The Calgary Zoo"), or a sentence's first word the text never
    capitalises inside a sentence ("Top Obama campaign adviser"; "New" of "New England" is
    capitalised inside one)."""
    while len(words) > 1 and (words[0] in _NOT_NAMES or (opens and words[0] not in inside)):
        words, opens = words[1:], False
    return words


def not_places(names: Iterable[str], places: Collection[str]) -> frozenset[str]:
    """The names that are no place, nor a place's spelling with an ending ("Venezuelans")."""
    return frozenset(n for n in names if not any(same_name(n, p) for p in places))


def mentions(wanted: Iterable[str], names: Mapping[str, int]) -> int:
    """How often ``names`` (a report's counts) print any of the wanted names, however
    spelled at the end (``SAME_NAME_PREFIX``)."""
    wanted = list(wanted)
    return sum(n for name, n in names.items() if any(same_name(name, w) for w in wanted))


def same_name(one: str, other: str) -> bool:
    """Whether two names are one: the same, or long and alike in their first letters, unless
    one is a surname made with "son" of the other's name (:data:`_SON`).

    Example:
        >>> same_name("Venezuela", "Venezuelan"), same_name("Williams", "Williamson")
        (True, False)
    """
    if one == other:
        return True
    cut = SAME_NAME_PREFIX
    if len(one) < cut or len(other) < cut or one[:cut] != other[:cut]:
        return False
    return bool(_SON.search(one)) == bool(_SON.search(other))
