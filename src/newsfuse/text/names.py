"""People named in news sentences: where a person is introduced by full name ("the council
member Ana Ortiz") and where only a bare surname or title stands ("Ms. Ortiz", "Ortiz
said"), so a brief can introduce a person before using the surname alone; and the given
names printed before a surname, and whether two words of names are one spelled two ways
("Jeffrey" / "Jeffery"), so a brief does not name one person two ways.

Lexical rules written here: a named-entity model would need a download this project
cannot do. A surname counts only once the story itself prints it after a given name, which
keeps most places and organisations ("the White House", "House") out. Each pattern runs
once over all the sentences of a story joined together, not once per sentence.
"""

from __future__ import annotations

import bisect
import re
import string
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise

import ahocorasick_rs

from newsfuse.text.lexicon import CALENDAR, SHORT_TITLES

# Titles, which stand before a name but are neither a given name nor a surname.
_TITLES = frozenset(SHORT_TITLES) | frozenset(
    """President Judge Justice Officer Chief Coach Mayor Senator Governor Secretary Minister
    Premier Chancellor Speaker Leader Director Chairman Chairwoman Attorney General
    Commissioner Sheriff Detective Deputy Agent Sergeant Captain Lieutenant Colonel Major
    Professor Reverend Father Brother Sister Representative Congressman Congresswoman
    Councilman Councilwoman Superintendent Prince Princess King Queen Lady Lord Sir Dame
    Pope Saint Spokesman Spokeswoman""".split()
)
# Capitalised words that open a phrase but never a person's name.
_NOT_GIVEN = (
    _TITLES
    | CALENDAR
    | frozenset(
        """The A An In On At Of For To By And Or But New North South East West Northern Southern
    Eastern Western United Upper Lower Los Las San Santa Fort Mount Lake Great Little Old
    Royal National Federal Central State City County This That These Those His Her Their Its
    Our My Your When While After Before During Since As If He She It They We I You Who What
    Where Why How There Here God Christmas Easter Supreme White Black Red Green Blue Big
    Police Prime Former Democratic Republican Labour
    Conservative Liberal American British French German Chinese Russian Iranian Israeli
    Syrian Japanese Indian Canadian Mexican Australian European African Asian Arab However
    Besides Although Though Despite Also Yet Still Even Meanwhile Instead Moreover Thus From
    Against With Without Under Over Between Among Across Through Into About Around Like
    Unlike Including Following Outside Inside Beyond Behind Toward Towards Every Each Some
    Many Most All Both Either Neither No Not Only Just Then Now Today Tonight""".split()
    )
)
# Capitalised words that end names of places and organisations, not of people.
_NOT_SURNAME = (
    _TITLES
    | frozenset(
        """House Court County City University College School Street Avenue Road Park Department
    Party Times Post News Journal Inc Corp Company Group Association Center Centre Institute
    Hospital Church Island Islands River Lake Mountain Valley Bay Beach Airport Station Club
    Team Committee Council Agency Service Office Board Administration Force Army Navy Bank
    Fund Foundation Society Museum Library Festival Awards Award Prize League Cup Games Show
    Series Day Week Year Act Bill Law States Kingdom Republic Union Commission Ministry
    Police Network Channel Magazine Press Radio Online Media Records Studios Pictures
    Entertainment Trust Capital Square Hall Tower Bridge Field Stadium Arena Street Security
    Guard Reserve Court Senate Congress Parliament Assembly Democrats Republicans Americans
    Street Coast Sea Ocean Desert Forest Zoo Airlines Motors Technologies Systems Speaker
    Leader Minister Secretary Director Chairman President Governor Senator Attorney General
    Officer Chief Judge Mayor Spokesman Spokeswoman Jr Sr""".split()
    )
    | frozenset(
        # Events, places, publications and bodies whose name a given name may open ("the Met
        # Gala", "Super Bowl", "the Rose Garden", "The Miami Herald", "the Syrian Observatory for
        # Human Rights said"): a pronoun near one or a speech verb after it made a person of it,
        # and a report that "names Gala" was said to tell another event. None of these words is
        # used as a person's surname in the dev and anchor stories; "Camp", "Ball" and "Idol"
        # are (a committee chairman, a spokesman, a chief executive), and stay out of this list.
        """Gala Bowl Olympics Olympic Globes Tour Tours Dinner Conference Forum Slam Open Summit
    Convention Marathon Championship Championships Derby Parade Expo Trophy Concert
    Ceremony Garden Hotel Clinic Memorial Palace Capitol Peninsula Highway Boulevard
    Junction Base Kitchen Yard Point Herald Report Reporter Chronicle Insider Globe Monthly
    Daily Fair Rights Science Services Research Industries Holdings Productions Investments
    Resources Relations Communications Corporation Organization Authority Bureau District
    Division Command Unit Squadron Tribunal Judiciary Caucus Intelligence Defense Safety
    Protection Majority Minority Partners Associates Advisors Apartments Resorts Realty
    Photography Lab Movement Collective Abuse Risks Terrorism""".split()
    )
)

# Words that are neither a given name nor a surname (one set, made once: the union made
# for each story cost more than the subtraction).
_NO_NAME_OF_A_PERSON = _NOT_SURNAME | _NOT_GIVEN

# Words that look like a surname after a capitalised word but name no person ("Thursday",
# "Republican", "Navy").
NOT_A_SURNAME = _NOT_SURNAME | _NOT_GIVEN | frozenset("Embassy Airways Administration".split())

# Every title and role ("Mr", "Sen", "Professor"), without a full stop.
TITLES = _TITLES

# A head of state's title before a surname introduces the person ("President Trump",
# "Pope Francis"): it says who is meant. No other title or role does ("Ms. Ortiz",
# "Professor Rothery", "Sgt. Riley", "Sen. Graham"): readers of audits 28 and 29 asked who
# they were.
_HEADS = frozenset("President Pres Pope King Queen Emperor Empress".split())
# Runs of capitalised words and initials ("President Donald J. Trump"): names are read off
# pairs of neighbours in a run, so the pattern runs once over the text, not at each letter.
# A name in capitals and small letters; "Mc" and "Mac" take a second capital ("McCain").
# (The runs of small letters are possessive, "++": what may follow one is never a small
# letter, so giving letters back can make no match, and on the capital of every word that
# is no name, the engine no longer tries each shorter run: a quarter off finding runs.)
_NAME = r"(?:Ma?c[A-Z]|[A-Z])[a-z]++(?:[-'’][A-Z]?[a-z]++)?"
# A word of a run of names may hold accented small letters ("Carmen Yulín Cruz"): read
# as a given name, never as a surname, so that the surname after it is introduced and no
# accented spelling of a name is told from its plain one ("Grünberg" / "Grunberg", dev
# 0042, read as two people). (A surname is a person's only where the story uses it as one,
# ``_used_as_people``, whose ``_NAME`` holds no accented letter: ``_introductions`` may
# find "Yulín" after "Carmen", and no caller keeps it.)
_LETTERS = "a-zà-öø-ÿ"
_NAME_WORD = rf"(?:Ma?c[A-Z]|[A-Z])[{_LETTERS}]++(?:[-'’][A-Z]?[{_LETTERS}]++)?\.?|(?:[A-Z]\.)+"
# A pattern that starts with a character class lets the regex engine skip to capitals; a
# leading lookbehind would make it try every position (2x slower).
_CAPITALISED_RUN = re.compile(
    rf"[A-Z](?<![\w.’'-][A-Z])(?:[{_LETTERS}]++(?:[-'’][A-Z]?[{_LETTERS}]++)?\.?|\.(?:[A-Z]\.)*)"
    rf"(?:\ (?:{_NAME_WORD}))+"
)
_SPEECH = (
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "explained",
    "noted", "insisted", "testified", "admitted", "admits", "claimed", "claims",
    "acknowledged", "argued", "argues", "stated", "replied", "recalled", "recalls",
    "announced", "confirmed", "conceded", "countered", "responded", "warned", "warns",
    "tweeted", "declared", "denied", "denies", "urged", "stressed", "remarked", "observed",
    "continued", "predicted", "complained", "insists", "explains", "notes",
)  # fmt: skip
# " said", " says", ...: found with where they start and end (ahocorasick-rs goes through a
# whole story's text in half the time pyahocorasick's iterator takes).
_SPEECH_FINDER = ahocorasick_rs.AhoCorasick([f" {verb}" for verb in _SPEECH])
# Initials that stand for given names: "J.", "J.R.", "J.K.".
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_SURNAME = re.compile(_NAME)
_WITH_AGE = re.compile(rf"({_NAME}), (?:then |now |aged? )?\d{{1,3}},")
# The age alone, which starts on a comma: found several times faster than a name before it.
_AGE = re.compile(r", (?:then |now |aged? )?\d{1,3},")
# The characters a name of ``_WITH_AGE`` is written in.
_NAME_CHARS = frozenset(string.ascii_letters + "-'’")
_COURTESY_NAME = re.compile(rf"M(?:r|rs|s|iss)\.? ({_NAME})")
# "Ortiz said", "Ortiz, 45, said": the name closing the text before a speech verb.
_APPOSITION_CHARS = 60


# Capitalised words that are never a person's surname, though a speech verb may stand beside
# them ("the 7th Fleet said", "said Thursday", "the District Attorney’s Office said").
# Not "May", a surname as well as a month ("May said").
_NEVER_PEOPLE = (
    _NOT_SURNAME
    | (CALENDAR - {"May"})
    | frozenset(
        """Fleet America Russia China Iran
    Iraq Syria Israel Britain England France Germany Japan Korea Ukraine Crimea Mexico Canada
    India Pakistan Afghanistan Egypt Europe Asia Africa Australia Italy Spain Cuba Venezuela
    Brazil Libya Yemen Qatar Lebanon Gaza Taiwan Vietnam Greece Sweden Norway Poland Ireland
    Scotland Moscow Beijing Tokyo London Paris Kiev Tehran Baghdad Treasury Pentagon""".split()
    )
)


def _used_as_people(joined: str) -> set[str]:
    """Words the text uses as people's surnames: after a courtesy title, before an age
    ("Bridges, then 29,"), or beside a speech verb ("Ortiz said", "said Ortiz", "Ortiz, 45,
    said"). Speech verbs are found in one pass of an Aho-Corasick automaton, far cheaper
    than one pattern of alternatives or a search per verb."""
    found = set(_COURTESY_NAME.findall(joined))
    found |= _aged(joined)
    for _, start, end in _SPEECH_FINDER.find_matches_as_indexes(joined, overlapping=True):
        if end == len(joined) or not joined[end].isalpha():
            before = _word_before(joined, start)
            if _SURNAME.fullmatch(before):
                found.add(before)
            after = joined[end : end + 1] == " " and _SURNAME.match(joined, end + 1)
            # "said Emma Stone": the name's last word is the surname.
            while after and joined[after.end() : after.end() + 1] == " ":
                following = _SURNAME.match(joined, after.end() + 1)
                if following is None or following.group() in _NOT_SURNAME:
                    break
                after = following
            if after:
                found.add(after.group())
    # "Mr. Trump's plans" uses Trump as a person's, as "Peter Strzok's firing" introduces him.
    return {_without_possessive(word) for word in found} - _NEVER_PEOPLE


# A personal pronoun soon after a full name, in its sentence, says it is a person's ("Tom
# Hiddleston plays ... his"), and so does a description or relative clause right after it
# ("John Elder, a former police officer"); a place or a firm is rarely either.
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b")
_PRONOUN_CHARS = 100
# A capitalised word that could be a surname: ``_NAME``, written to open on a class of
# characters (its "Mc"/"Mac" branch after the capital, read back by a lookbehind). A pattern
# that opens on a group of alternatives gives the regex engine no first character to skip
# to, and ``findall`` tried every position of a story's shortlist (a third off its time).
_NAME_FROM_A_CAPITAL = re.compile(r"[A-Z](?:(?<=M)a?c[A-Z])?[a-z]++(?:[-'’][A-Z]?[a-z]++)?")
_DESCRIPTION = re.compile(r"[\w’'-]+, (?:a|an|the|who|whose) ")


def _described(text: str, among: set[str]) -> set[str]:
    """Those of ``among`` that ``text`` prints after a given name ("Tom Hiddleston") with a
    personal pronoun after them in the sentence, or a description or relative clause right
    after, unless the word is also printed in lower case (a "Crane beach"). (One pass of the
    pattern for full names: a search for each word, or an Aho-Corasick automaton of them,
    cost more.)"""
    found: set[str] = set()
    for start, surname in _introductions(text, among):
        if (
            surname not in found
            and _plain_given_name(text, start, surname)
            # (A title's full stop is no sentence's end: "Rep. Greg Walden".)
            and (
                (_after_title(text, start) and _acts_alone(text, surname))
                or (not _opens_sentence(text, start) and _followed(text, start))
            )
        ):
            found.add(surname)
    return {surname for surname in found if f" {surname.lower()} " not in text}


# Titles and roles that stand before a person's full name only ("Rep. Greg Walden", "Deputy
# Foreign Minister Sergei Ryabkov", "Staff Sgt. Dustin Wright"): the name after one is a
# person's though no speech verb stands beside the surname ("Ryabkov was cited by ...",
# "Wright was killed in Niger."). Every title but "Major", "General" and "Brother", which open
# the names of leagues, firms and bands, and the royal, church and office styles below, which
# were never read as this sign on dev ("King", "St", "President", ...): left out as before.
_PERSON_TITLES = _TITLES - frozenset(
    """Agent Attorney Brother Chief Dame Director Father General King Lady Leader Lord Major
    Miss Pope Premier Pres President Prince Princess Queen Saint Sir Sister Speaker St""".split()
)


def _after_title(text: str, at: int) -> bool:
    """Whether a title of ``_PERSON_TITLES`` stands before the given name of the full name
    whose surname is at ``at`` ("Rep. Greg Walden")."""
    given_at = text.rfind(" ", 0, at - 1)
    if given_at < 1:
        return False
    word_at = max(text.rfind(" ", 0, given_at), text.rfind("\n", 0, given_at)) + 1
    return text[word_at:given_at].rstrip(".") in _PERSON_TITLES


def _acts_alone(text: str, surname: str) -> bool:
    """Whether ``text`` opens a sentence or a clause on the surname alone, before a word in
    small letters ("Ryabkov was cited by ...", ", Walden pivoted"): the person acts in the
    story. A surname only as a modifier ("the Pinochet regime", "after Pinochet's coup")
    names a figure readers know from history as often as one they need to meet."""
    return any(
        text[at + len(surname) : at + len(surname) + 2] in _SPACE_SMALL
        and starts_sentence(text, at, ".!?:\n,;")
        for at in _bare_positions(text, surname)
    )


# A space and a small letter: what follows a surname that opens a clause.
_SPACE_SMALL = frozenset(f" {letter}" for letter in string.ascii_lowercase)


def _plain_given_name(text: str, at: int, surname: str) -> bool:
    """Whether a plain given name stands before the surname at ``at``: not a description
    ("Oscar-winner Emma"), not the same word ("La La Land")."""
    given = given_name_before(text, at)
    return bool(given) and given != surname and _DESCRIPTIVE.search(given) is None


_DESCRIPTIVE = re.compile(r"-[a-z]")


def _followed(text: str, at: int) -> bool:
    """Whether the name at ``at`` is followed right away by a description ("Elder, a former
    officer") or, in its sentence, by a personal pronoun."""
    window = text[at : at + _PRONOUN_CHARS]
    if _DESCRIPTION.match(window):
        return True
    stop = min((i for i in (window.find(". "), window.find("\n")) if i >= 0), default=-1)
    return _PRONOUN.search(window[:stop] if stop >= 0 else window) is not None


def _opens_sentence(text: str, surname_at: int) -> bool:
    """Whether the word before the surname at ``surname_at`` opens a sentence or a line, where
    any word is capitalised ('Meet Mona, who ...', 'born."Neither Bethenny nor ...')."""
    given_at = surname_at - 1
    while given_at > 0 and (text[given_at - 1].isalpha() or text[given_at - 1] in ".-'’"):
        given_at -= 1
    return starts_sentence(text, given_at)


_OPENING_SPACE = frozenset(" \"'“‘(")


def starts_sentence(text: str, at: int, ends: str = ".!?:\n") -> bool:
    """Whether position ``at`` starts the text or follows one of ``ends`` (a sentence's or a
    line's end), with only spaces and opening quotation marks or brackets between.

    The text before is read backwards from ``at``, character by character: slicing the
    text up to there cost a whole story's length for each name (quadratic on a 20 MB page).

    Example:
        >>> starts_sentence('Rain fell. "Ana Ortiz left.', 12), starts_sentence("Ana Ortiz", 4)
        (True, False)
    """
    at -= 1
    while at >= 0 and text[at] in _OPENING_SPACE:
        at -= 1
    return at < 0 or text[at] in ends


def _aged(joined: str) -> set[str]:
    """The names ``_WITH_AGE`` finds ("Bridges, then 29,"), read only before each age: the
    pattern tried at every capital of a story cost a tenth of its people. A name ends
    where its age starts, so it lies in the run of name characters before the age; and an
    age that the search for ages steps over (it opens on the comma that closes another)
    follows a digit, never a name."""
    found: set[str] = set()
    for age in _AGE.finditer(joined):
        start = age.start()
        while start and joined[start - 1] in _NAME_CHARS:
            start -= 1
        named = _WITH_AGE.search(joined, start, age.end())
        if named:
            found.add(named.group(1))
    return found


def _word_before(joined: str, at: int) -> str:
    """The word before position ``at`` (a space), or before an apposition closed by a comma
    there ("Ortiz, 45," gives "Ortiz")."""
    start = max(joined.rfind(" ", 0, at), joined.rfind("\n", 0, at)) + 1
    word = joined[start:at]
    if word.endswith(",") and start > 0:
        opening = joined.rfind(", ", max(0, start - _APPOSITION_CHARS), start)
        if opening > 0:
            begins = max(joined.rfind(" ", 0, opening), joined.rfind("\n", 0, opening)) + 1
            word = joined[begins:opening]
    return word


def _bare_positions(joined: str, surname: str) -> list[int]:
    """Where a surname stands as a whole word (found with str.find: a pattern compiled per
    story and surname costs more than the search)."""
    found = []
    at = joined.find(surname)
    while at != -1:
        end = at + len(surname)
        before = joined[at - 1] if at else " "
        after = joined[end] if end < len(joined) else " "
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            found.append(at)
        at = joined.find(surname, end)
    return found


@dataclass(frozen=True, slots=True)
class People:
    """For each sentence of a story, the surnames it introduces by full name and the
    surnames (of people the story introduces somewhere) it uses alone or after a title."""

    introduced: tuple[frozenset[str], ...]
    bare: tuple[frozenset[str], ...]

    @classmethod
    def of(
        cls, texts: Sequence[str], surnames: frozenset[str] = frozenset(), elsewhere: str = ""
    ) -> People:
        """The people of a story's sentences; ``surnames`` adds people introduced elsewhere
        (in the reports a brief was drawn from), and so does ``elsewhere``, the text of the
        whole story, for the people these sentences use by surname ("Fisher said" when only
        a sentence left out prints "Amanda Fisher").

        A surname counts when the texts (or ``elsewhere``) also use it as a person's: after
        "Mr." or "Ms.", or beside a speech verb ("Ortiz said").

        Example:
            >>> people = People.of(["Ana Ortiz met Ms. Ortiz.", "Ortiz said Lind left."])
            >>> people.introduced, people.bare
            ((frozenset({'Ortiz'}), frozenset()), (frozenset(), frozenset({'Ortiz'})))
        """
        joined = "\n".join(texts)
        starts = [0]
        for text in texts[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        # Sets only for the sentences that name someone: most of a shortlist's name no one.
        introduced: dict[int, set[str]] = {}
        in_full: set[int] = set()
        people = _used_as_people(joined) | surnames
        if elsewhere:  # "Plaskett said" in a sentence left out makes "for Plaskett" a person's
            people |= _used_as_people(elsewhere)
        # "LA Talk Radio announced", "tweeted Monday": no person.
        people = people - _NO_NAME_OF_A_PERSON
        unknown = set(_NAME_FROM_A_CAPITAL.findall(joined)) - people - _NO_NAME_OF_A_PERSON
        people |= _described(elsewhere or joined, unknown)
        first_in_full: dict[tuple[int, str], int] = {}  # (row, surname) -> where, first
        for start, surname in _introductions(joined):
            if surname in people:
                row = bisect.bisect_right(starts, start) - 1
                introduced.setdefault(row, set()).add(surname)
                in_full.add(start)
                first_in_full.setdefault((row, surname), start)
        known: set[str] = set(surnames).union(*introduced.values())
        if elsewhere:
            # Only a surname these texts print can stand bare in them: the rest of the
            # story's people are not looked for in the whole story's text.
            known |= introduced_in(elsewhere, {s for s in people - known if s in joined})
        bare = _bare_by_row(joined, starts, known, in_full, first_in_full)
        return cls(_by_row(introduced, len(texts)), _by_row(bare, len(texts)))

    @property
    def surnames(self) -> frozenset[str]:
        """Every surname introduced somewhere."""
        return frozenset().union(*self.introduced)

    def first_bare(self) -> list[frozenset[str]]:
        """For each sentence in order, the surnames it uses alone before any earlier
        sentence (or itself) introduced them."""
        seen: set[str] = set()
        found: list[frozenset[str]] = []
        for introduced, bare in zip(self.introduced, self.bare, strict=True):
            found.append(frozenset(bare - seen))
            seen |= introduced
        return found


def _bare_by_row(
    joined: str,
    starts: list[int],
    known: set[str],
    in_full: set[int],
    first_in_full: dict[tuple[int, str], int],
) -> dict[int, set[str]]:
    """The ``known`` surnames each sentence of ``joined`` (starting at ``starts``) uses
    alone, by sentence: not where a full name prints them (``in_full``), nor after the
    sentence's first full name of the person (``first_in_full``, by sentence and surname).
    Before it, the surname is used alone: "Smith's wife, Racquel Smith, ..." uses a Smith
    nobody has met, her husband."""
    bare: dict[int, set[str]] = {}
    for surname in known:
        for at in _bare_positions(joined, surname):
            if at in in_full:
                continue
            row = bisect.bisect_right(starts, at) - 1
            if at < first_in_full.get((row, surname), len(joined)):
                bare.setdefault(row, set()).add(surname)
    return bare


# One empty set for every sentence that names no one (a set for each cost a tenth of a
# story's people, and kept the garbage collector busy).
_NO_ONE: frozenset[str] = frozenset()


def _by_row(found: dict[int, set[str]], rows: int) -> tuple[frozenset[str], ...]:
    """The names found in each of ``rows`` sentences, from those of the sentences with any."""
    return tuple(frozenset(found[row]) if row in found else _NO_ONE for row in range(rows))


def introduced_in(text: str, surnames: set[str]) -> set[str]:
    """Those of ``surnames`` that ``text`` prints after a given name, an initial or a head of
    state's title ("Amanda Fisher", "J. K. Rowling", "President Trump").

    Example:
        >>> sorted(introduced_in("said Amanda Fisher, 24. Fisher said", {"Fisher", "Lind"}))
        ['Fisher']
    """
    return {
        surname
        for surname in surnames
        if any(_introduces(text, at) for at in _bare_positions(text, surname))
    }


_OPENING_MARKS = "(\"'“‘["
# A possessive ending: "Strzok's" is Strzok's.
POSSESSIVE = re.compile(r"['’]s$")


def _introduces(text: str, at: int) -> bool:
    """Whether the word before position ``at`` makes a full name of the surname there."""
    if at < 2 or text[at - 1] != " ":
        return False
    given = text[max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1 : at - 1]
    given = given.lstrip(_OPENING_MARKS)  # "(Tom Hiddleston)"
    if given[-1:] in _NICKNAME_CLOSES:  # a nickname: 'James "Derek" Lovelace'
        given = given[:-1]
    title = given.rstrip(".")
    if title in _HEADS or _initial(given):
        return True
    return given == title and _given_name(title) and _SURNAME.fullmatch(title) is not None


# A given name or nickname in brackets or quotation marks between a name and the surname:
# "D.C. (Duck-chul) Lee", 'Seaman James "Derek" Lovelace', "Liberty “Libby” German",
# "Speaker (Paul) Ryan". A run of capitalised words stops at the mark, so these full names
# are read apart; without them the surname counted as no one's, and "In Lee's own study"
# stood in a brief that never said who Lee is. The word before the mark is capitalised
# (or initials). Not single quotation marks: a headline quotes a word in them ("Fox Hits
# 'Racist' Trump", "Director Was 'Determined' Just Before ..."), and inside a quotation
# they may be the speaker's own marks.
_NICKNAME_CLOSES = frozenset(')"”')
_NICKNAMED = re.compile(
    rf"(?:{_NAME_WORD})\ (?:\(({_NAME})\)|\"({_NAME})\"|“({_NAME})”)\ ({_NAME})\b"
)


# A bracketed or quoted name followed by a capital, opening on the mark: the engine skips to
# the marks, so a story without a nickname is ruled out by one fast search (running
# ``_NICKNAMED``, which opens on any capital, over every story cost 15 % of choosing).
_NICKNAME_CUE = re.compile(rf"[(\"“]{_NAME}[)\"”]\ [A-Z]")


def _nicknamed(joined: str) -> list[tuple[int, str]]:
    """(start, surname) of every full name with a given name or nickname in brackets or
    quotation marks before its surname (see ``_NICKNAMED``)."""
    if _NICKNAME_CUE.search(joined) is None:
        return []
    found = []
    for match in _NICKNAMED.finditer(joined):
        nickname = next(group for group in match.groups()[:-1] if group)
        surname = match.group(4)
        if _given_name(nickname) and _given_name(surname) and surname not in _NOT_SURNAME:
            found.append((match.start(4), surname))
    return found


def _introductions(joined: str, among: Collection[str] | None = None) -> list[tuple[int, str]]:
    """(start, surname) of every given name or head of state's title followed by a possible
    surname: "Ana Ortiz", "J. K. Rowling", "President Trump"; only surnames of ``among``, if
    given (the tests of the word before are then spared for the others: most of the pairs
    of capitalised words in a story's whole text)."""
    found = []
    for run in _CAPITALISED_RUN.finditer(joined):
        words = run.group().split(" ")
        start = run.start()
        for given, word in pairwise(words):
            start += len(given) + 1  # where ``word`` starts
            # (Initials end with a full stop: the pattern runs only on words that do.)
            if word.endswith(".") and (len(word) <= 3 or _INITIALS.fullmatch(word)):
                continue  # an initial or a title ("W.", "Gov."), not a surname
            # (A possessive is the name's: "Peter Strzok's firing" introduces Strzok.)
            surname = _without_possessive(word.rstrip("."))
            if surname in _NOT_SURNAME or (among is not None and surname not in among):
                continue
            title = given.rstrip(".")
            if title in _HEADS or (title == given and _given_name(title)) or _initial(given):
                found.append((start, surname))
    found.extend(  # (``_nicknamed`` rules a text out with one search of its marks)
        (start, surname)
        for start, surname in _nicknamed(joined)
        if among is None or surname in among
    )
    return found


def _without_possessive(word: str) -> str:
    """``POSSESSIVE.sub("", word)`` for a word of a name, which holds no line break: a
    test of its ending costs a fraction of a pattern's substitution, run at every pair of
    capitalised words of a story and at every name used as a person's."""
    return word[:-2] if word.endswith(_POSSESSIVE_ENDINGS) else word


_POSSESSIVE_ENDINGS = ("'s", "’s")


def _given_name(word: str) -> bool:
    """Whether a capitalised word may be a given name: not a title or a word that opens
    other phrases, nor a possessive ("Al Jazeera's Bays" names no Jazeera Bays)."""
    return word not in _NOT_GIVEN and not word.endswith(("'s", "’s"))


def _initial(word: str) -> bool:
    """Initials that stand for a given name: "J.", "J.R."; not a place's ("U.S. Capitol")."""
    return (
        word.endswith(".") and _INITIALS.fullmatch(word) is not None and word not in _PLACE_INITIALS
    )


_PLACE_INITIALS = frozenset("U.S. U.K. U.N. D.C. L.A. N.Y. E.U.".split())


def given_name_before(text: str, at: int) -> str:
    """The given name or initials right before position ``at`` ("Ana" in "Ana Ortiz", "J.K."
    in "J.K. Rowling", "Abby" in '"Abby" Ortiz'), or "" when a title, a role, a word that
    never opens a name or no name stands there ("Ms. Ortiz", "President Trump", "said
    Ortiz").

    Example:
        >>> given_name_before("Ana Ortiz", 4), given_name_before("Sen. Ortiz", 5)
        ('Ana', '')
    """
    if at < 2 or text[at - 1] != " ":
        return ""
    word = text[max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1 : at - 1]
    given = word.strip(_QUOTES)
    if _INITIALS.fullmatch(given):
        return given
    if not given[:1].isupper() or given in _NOT_GIVEN or given.endswith(("'s", "’s")):
        return ""
    return given if _GIVEN.fullmatch(given) else ""


# Quotation marks and brackets around a nickname or opening a quotation ('"Abby" Ortiz').
_QUOTES = "\"'“”‘’()"
# A given name in any alphabet, with capitals inside ("LeBron", "JonBenét", "Jean-Paul").
_GIVEN = re.compile(r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)?")


def used_as_people(text: str) -> set[str]:
    """Words ``text`` uses as people's surnames: after a courtesy title, before an age, or
    beside a speech verb ("Ms. Ortiz", "Ortiz, 45,", "Ortiz said").

    Example:
        >>> sorted(used_as_people("Ms. Ortiz met Lind, 45, at Ashby Park. Reyes said no."))
        ['Lind', 'Ortiz', 'Reyes']
    """
    return _used_as_people(text)


def bare_positions(text: str, surname: str) -> list[int]:
    """Where ``surname`` stands in ``text`` as a whole word, not inside a longer word or a
    hyphenated one ("Ortiz's" counts, "Ortiz-Lind" does not)."""
    return _bare_positions(text, surname)


def uses_as_a_person(text: str, surname: str) -> bool:
    """Whether ``text`` uses ``surname`` as a person's somewhere: after a courtesy title or
    beside a speech verb ("Ms. Ortiz", "Ortiz said", "said Ortiz"), read only around the
    surname's own printings (``used_as_people`` reads a whole story).

    Example:
        >>> uses_as_a_person("Alaska's race began. Ortiz said so.", "Ortiz")
        True
        >>> uses_as_a_person("Alaska's race began. Ortiz said so.", "Alaska")
        False
    """
    for at in _bare_positions(text, surname):
        window = text[max(0, at - 12) : at + len(surname) + 12]
        if _AS_A_PERSON.search(window, 0) and surname in _used_as_people(window):
            return True
    return False


# A courtesy title or a speech verb near a printing of a surname (``uses_as_a_person``).
_AS_A_PERSON = re.compile(r"M(?:r|rs|s|iss)\.? |\b(?:said|says|told|tells|added|wrote)\b")


def given_names(text: str, surname: str) -> frozenset[str]:
    """The given names (or initials) ``text`` prints right before ``surname``.

    Example:
        >>> sorted(given_names("Judge Jeffrey Minehart ruled. Minehart left.", "Minehart"))
        ['Jeffrey']
    """
    found = {given_name_before(text, at) for at in _bare_positions(text, surname)}
    return frozenset(found - {""})


def spelled_alike(one: str, other: str) -> bool:
    """Whether two words of names may be one name spelled two ways: different, of the same
    first letter, five letters or more, one or two letters apart (a letter changed, left out
    or added, or two neighbours swapped): "Jeffrey" / "Jeffery", "Perdili" / "Purdeli",
    "Qasani" / "Qusani". Not a hyphenated name ("Jong-il" / "Jong-un", two people), nor a
    name that is the start of the other ("Williams" / "Williamson", "Johns" / "Johnson").

    Example:
        >>> spelled_alike("Perdili", "Purdeli"), spelled_alike("Williams", "Williamson")
        (True, False)
        >>> spelled_alike("Yulín", "Yulin")
        False
    """
    if one == other or one[:1] != other[:1] or min(len(one), len(other)) < SPELLING_LENGTH:
        return False
    if "-" in one or "-" in other or one.startswith(other) or other.startswith(one):
        return False
    if _without_accents(one) == _without_accents(other):
        return False  # "Yulín" / "Yulin": readers see one name
    return abs(len(one) - len(other)) <= SPELLING_EDITS and _edits(one, other) <= SPELLING_EDITS


# The shortest word of a name that two reports spell two ways ("Marc" and "Mark" may be two
# people), and how far apart the spellings may be: transliterated names differ in two
# vowels ("Perdili" / "Purdeli", read by anchor 52810's readers as two police chiefs).
SPELLING_LENGTH = 5
SPELLING_EDITS = 2


def _without_accents(word: str) -> str:
    """The word with its letters' accents taken off ("Yulín" gives "Yulin")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _edits(one: str, other: str) -> int:
    """Letters changed, left out, added, or neighbours swapped between two words (the
    optimal string alignment distance; names are short, so the full table is cheap)."""
    rows = [list(range(len(other) + 1))]
    for i, a in enumerate(one, start=1):
        row = [i]
        for j, b in enumerate(other, start=1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]
