"""The pattern tables of "where sources differ": the words that state a count, an age, a time,
a state or a denial, and the cheap cue words each family needs before its patterns run.

Lexical patterns written here: no offline model for claim comparison ships on PyPI, and the
claims news readers need compared are formulaic ("killing at least 12 people", "Alcorn, 28,",
"broke out shortly after 10 p.m.", "X denied the report").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick_rs

from newsfuse.differ.numbers import HEDGE_WORDS, NUMBER, SMALL, TENS, VAGUE
from newsfuse.text.lexicon import CALENDAR

HEDGE = r"(?P<hedge>" + "|".join(re.escape(h) for h in HEDGE_WORDS) + r")\s+"
FIGURE = rf"(?:{HEDGE})?(?P<number>{NUMBER})"


@dataclass(frozen=True, slots=True)
class WindowPattern:
    """A case-insensitive pattern searched in a window of a text (the words before a figure)
    only when the window holds one of its cue words in lower case: each of its matches holds
    one, most windows hold none, and the pattern, tried at each of the window's characters,
    cost three to six times the test. A window in other than ASCII goes to the pattern:
    case-insensitive, it matches "ſ" for "s" and "K" (the kelvin sign) for "k".

    Example:
        >>> later = WindowPattern(re.compile(r"\\brose\\b", re.IGNORECASE), cues=("rose",))
        >>> later.search("The toll ROSE to 34", 0, 14).group(0), later.search("Toll: 34", 0, 6)
        ('ROSE', None)
    """

    pattern: re.Pattern[str]
    cues: tuple[str, ...]

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        window = text[start:end]
        if window.isascii():
            lowered = window.lower()
            for cue in self.cues:  # (a loop: ``any`` of a generator cost twice as much)
                if cue in lowered:
                    break
            else:
                return None
        return self.pattern.search(text, start, end)


# --- Counts ---------------------------------------------------------------------------------
# What is counted, as the words that follow a figure ("12 people were killed") and the verbs
# that precede one ("killing at least 12").
ABOARD = "people aboard"
CATEGORY_AFTER = {
    "dead": (
        r"killed|dead|died|deaths|fatalities|bodies|corpses|lost their lives|perished"
        r"|murdered|slain|fatally (?:shot|stabbed|injured|wounded|struck|hit)|shot dead"
        r"|shot and killed|(?:shot|stabbed|beaten|burned|crushed|trampled) to death"
    ),
    "injured": (
        r"injured|wounded|hurt|hospitali[sz]ed|taken to (?:\w+ ){0,3}hospitals?"
        r"|treated (?:for|at|in)|with (?:\w+ ){0,2}injuries|suffered (?:\w+ ){0,2}injuries"
    ),
    "arrested": r"arrested|detained|in custody|arrests",
    "missing": r"missing|unaccounted for",
    "evacuated": r"evacuated",
    "stabbed": r"stabbed",
    # "Five people were shot": all who were hit, the dead among them; the verb only, in the
    # passive ("for one shot" is a photograph); not "shot dead", "shot and killed" (the
    # dead) nor "shot and wounded" (the hurt: one report may count the dead apart), nor
    # "shot at" (missed).
    "shot": r"(?:(?<=were\s)|(?<=been\s))shot(?!\s+(?:and|at|dead|to\s+death|down)\b)",
    "rescued": r"rescued",
    "displaced": r"displaced|left homeless",
    "cancelled": r"cancell?ed|canceled|grounded",
    "crowd": r"marched|rallied|protested|demonstrated|gathered|turned out|attended",
    # "150 people on board": everyone aboard a plane, a ship or a bus (a count of one kind of
    # them, "150 passengers aboard", is left to the figures of any noun: crew are not
    # passengers). Not when the clause goes on to what befell them: "three people on board
    # were injured" counts the injured.
    ABOARD: (
        r"(?:on board|aboard)(?![^,.;:]*\b(?:killed|dead|died|injured|wounded|hurt|missing"
        r"|rescued|evacuated|survived|arrested|detained|perished)\b)"
    ),
}
# The words that make a count of injured people a count of the worst hurt of them. Being
# taken to hospital does not: reports give it as the number of injured ("two workers were
# taken to hospital", "five hurt, not two as the fire service reported").
INJURED_PART = re.compile(
    r"\b(?:seriously|critically|severely|badly|gravely|serious|critical|severe"
    r"|(?<!non-)life-threatening)\b",
    re.IGNORECASE,
)
# The least hurt of the injured ("13 people with minor injuries", "slightly injured"): a
# part of them too, which a report may count apart from all the injured.
INJURED_LIGHT = re.compile(
    r"\b(?:minor|slightly|lightly|light|mildly|mild|superficial|non-life-threatening"
    r"|not life-threatening)\b",
    re.IGNORECASE,
)
CATEGORY_BEFORE = {
    "dead": r"killing|killed|kills|murdering|murdered|claimed the lives of|claiming the lives of",
    "injured": r"injuring|wounding|injured|wounded",
    "arrested": r"arresting|detaining|arrested|detained",
    "evacuated": r"evacuating|evacuated|forcing the evacuation of|evacuation of",
    "cancelled": r"cancell?ing|canceling|cancell?ed|canceled|grounding|grounded",
    "rescued": r"rescuing|rescued",
    # "The rally drew 20,000 people", "attracting 5,000 protesters".
    "crowd": r"drew|drawing|attracted|attracting",
    ABOARD: r"carrying|carried",
}
TOLL_NOUNS = {
    "dead": (
        r"(?:death toll|toll|number of (?:people\s+)?(?:dead|deaths|fatalities|victims|killed))"
    ),
    "injured": r"(?:number of (?:people\s+)?(?:injured|wounded|injuries|hurt))",
    "crowd": r"(?:crowd|turnout|attendance)",
}
# People a count may be of; anything else after a figure is not a head of the count.
PERSON_NOUNS = (
    "people persons workers civilians soldiers troops children kids adults men women students "
    "passengers policemen police officers firefighters migrants protesters fighters rebels "
    "militants residents employees patients inmates miners crew members victims others "
    "americans tourists pilgrims girls boys teenagers infants babies staff guards journalists "
    "demonstrators suspects attackers gunmen assailants terrorists worshippers villagers "
    "flights trains planes "
    "services homes houses buildings schools"
).split()
GENERIC_HEADS = frozenset({"", "people", "persons", "person"})
# Two words for the same people, counted as one ("9 soldiers" / "12 troops").
# Those who carried out one attack are its gunmen, attackers, assailants, or, in the
# words of a government or its media, terrorists (not rebels, militants or fighters: a war's
# parties, several of which one story may count).
SAME_PEOPLE = {
    "troops": "soldiers", "policemen": "officers", "kids": "children",
    "demonstrators": "protesters", "gunmen": "attackers", "assailants": "attackers",
    "terrorists": "attackers",
}  # fmt: skip
_PERSON = "|".join(PERSON_NOUNS)
_ADJECTIVE = r"(?:more|other|additional|further|[a-z]+-?[a-z]*(?:ian|ese|ish|an|i))"
# People named by a capitalised plural ("Jews", "Syrians"): case-sensitive inside the
# case-insensitive count patterns.
_PEOPLE_NAMED = r"(?-i:[A-Z][a-z]{2,}s)"
HEAD = rf"(?P<head>(?:\s+(?:{_ADJECTIVE}|{_PERSON}))*?(?:\s+(?:{_PERSON}|{_PEOPLE_NAMED}))?)"
# Between the count and its category word: no new clause ("and"), subset ("of") or count.
GAP = r"(?:(?!(?:and|or|but|of|while|including|to|from|than)\b)[a-z']+\s+){0,3}?"
_ALL_AFTER = "|".join(f"(?:{p})" for p in CATEGORY_AFTER.values())
_ALL_BEFORE = "|".join(f"(?:{p})" for p in CATEGORY_BEFORE.values())
# Counts are found from the figures out: a scan finds where a figure may start (a digit or a
# number word), and each pattern below is tried only there, anchored. Searching a sentence
# for any figure with one big pattern cost four times as much.
# The first words of number words ("twelve", "dozens", "a" of "a dozen"), found in one pass
# with Aho-Corasick: one case-insensitive alternation of them cost nine times as much.
_FIRST_WORDS = {phrase.split()[0] for phrase in (*SMALL, *VAGUE, *TENS)}


@dataclass(frozen=True, slots=True)
class NumberCues:
    """Cues of number words, each with the length of its first word (whose end must end a
    word of the text)."""

    automaton: ahocorasick_rs.AhoCorasick
    words: tuple[int, ...]

    @classmethod
    def of(cls, cues: set[str]) -> NumberCues:
        ordered = sorted(cues)
        words = tuple(len(cue.split()[0]) for cue in ordered)
        return cls(ahocorasick_rs.AhoCorasick(ordered), words)

    def starts(self, lowered: str) -> list[tuple[int, int]]:
        """Where each cue starts in ``lowered``, with the length of its first word."""
        matches = self.automaton.find_matches_as_indexes(lowered, overlapping=True)
        return [(start, self.words[cue]) for cue, start, _ in matches]


def _a_figure(phrase: str) -> str:
    """The cue of a figure that starts with "a" ("a dozen": "a doz"), cut before a letter
    that a case-insensitive pattern also matches in another letter ("ſ" for "s")."""
    return re.split("[iks]", phrase[:5])[0]


# The word "a" alone is in nine words of ten: found as a cue it cost more than all other
# number words (every hit is checked in Python). Where lower-casing kept every position, it
# is looked for only before the start of a figure's second word; where it moved them, the
# patterns read positions of the lower-cased text in the original, so every "a" is kept.
NUMBER_WORDS = NumberCues.of(_FIRST_WORDS)
NUMBER_STARTS = NumberCues.of(
    (_FIRST_WORDS - {"a"})
    | {_a_figure(phrase) for phrase in (*SMALL, *VAGUE) if phrase.startswith("a ")}
)
FIGURE_AT = re.compile(rf"(?P<number>{NUMBER})", re.IGNORECASE)
# The end of a number written in words, not a figure of its own: "twenty" in "one hundred and
# twenty" (read alone, it would set 20 against a report that says 120).
INSIDE_A_NUMBER = re.compile(r"\b(?:hundred|thousand)\s+(?:and\s+)?$", re.IGNORECASE)
HEDGE_BEFORE = re.compile(rf"(?:^|\s){HEDGE}$", re.IGNORECASE)
# What may not stand just before a count: "including 64", "eight of 20", "more than 100",
# "No. 1 songs", "no one wants", "a rate of 5 cases in 1,000", "3 per 1,000" ("relatives of 150
# passengers" is a count: "of" only after a figure, a share or a rate).
# The second figure of a range or a choice ("20 or 30", "between 10 and 15") is no count
# of its own either: read alone it would set "30" against a report that says "20". Nor is
# the day after a month ("August 24 still missing").
NOT_BEFORE_COUNT = re.compile(
    r"(?:[\w$£€.,-]|\b(?:including|among|than|no\.?|per|every)\s|\d(?:\s[a-z]+)?\s+in\s"
    r"|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|all|most|some|many|each"
    r"|both|several|none|any|few|dozens|hundreds|thousands|rate|ratio|odds|average))\s+of\s"
    r"|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen))\s+(?:or|to|and)\s"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?\s)$",
    re.IGNORECASE,
)
# The words that end every branch of NOT_BEFORE_COUNT but the first, just before its last
# space (and a month's or "no"'s dot): where the figure follows a space, the pattern is
# searched only after one of them (keep the two in step).
NOT_BEFORE_COUNT_WORDS = frozenset(
    """including among than no per every in of or to and january february march april may
    june july august september october november december jan feb aug sep sept oct nov
    dec""".split()
)
# The rest of a range a figure opens: "15 to 20", "between 30 and 40"; see
# ``counts._spanning``. Never with a hyphen: "the 9-11 attacks", "a 5-4 ruling", "won 3-1".
RANGE_REST = re.compile(rf"\s+(?P<joint>to|and)\s+(?P<number>{NUMBER})(?![\d-])", re.IGNORECASE)
RANGE_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# A change ("rose from 15 to 20") or ages ("men aged 18 to 25 were killed"), not a range of
# the count.
RANGE_NOT_AFTER = re.compile(
    r"\b(?:from|aged?|ages)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)
# A part of someone's group: "nine of Anaheim's 10 police officers".
OF_WHOSE = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+$")
# A count that names a part of itself: "20 people dead, including the three gunmen".
INCLUDING = re.compile(r"[^.;:]{0,40}?,\s+(?:including|among\s+them)\b", re.IGNORECASE)
# The part itself, a count of its own kind of people: "eight people, including two children,
# were injured" (the words from the first comma to the last are left out to read the total).
PART = re.compile(
    rf"(?P<open>,?\s+)(?:including|among\s+them)\s+{FIGURE}{HEAD}(?P<close>\s*,)?",
    re.IGNORECASE,
)
# "12 people were killed": after the figure, its head and the category word.
AFTER_TAIL = re.compile(
    rf"(?P<of>\s+of(?:\s+the)?)?{HEAD}\s+{GAP}(?P<what>{_ALL_AFTER})\b", re.IGNORECASE
)
# "killing at least 12 people": the category verb before the figure (and its hedge).
# (With "a total of" between: "police arrested a total of 12 people".)
BEFORE_HEAD = WindowPattern(
    re.compile(rf"\b(?P<what>{_ALL_BEFORE})\s+(?:all\s+|a\s+total\s+of\s+)?$", re.IGNORECASE),
    cues=(
        "kill", "murder", "claim", "injur", "wound", "arrest", "detain", "evacua", "cancel",
        "ground", "rescu", "drew", "draw", "attract", "carr",
    ),
)  # fmt: skip
# Where the people a count after its verb names end.
_TAIL_END = (
    r"(?=\s*(?:[,.;:)]|$|\s(?:and|in|on|at|as|when|after|during|near|across|inside|from"
    r"|aboard|outside|including|while|with|who|since|so|to)\b))"
)
BEFORE_TAIL = re.compile(rf"{HEAD}{_TAIL_END}", re.IGNORECASE)
# The category first, then a copula right before the figure: "Among the dead were 12
# children", "Killed in the blast were 15 people" (the people counted must be named).
INVERTED_HEAD = WindowPattern(
    re.compile(
        r"\b(?:among\s+the\s+)?(?P<what>killed|dead|injured|wounded|hurt|arrested|detained"
        r"|missing|rescued|evacuated)(?:\s+(?:in|during|at|on|by|from)(?:\s+[\w'’-]+){1,6}?)?"
        r"\s+(?:were|are|was|is)\s+$",
        re.IGNORECASE,
    ),
    cues=(
        "kill", "dead", "injur", "wound", "hurt", "arrest", "detain", "missing", "rescu",
        "evacua",
    ),
)  # fmt: skip
# "killed two of the gunmen": the people counted named as a group the count is of (after
# the category's verb only: "two of the gunmen were killed" may count a part of the dead).
BEFORE_OF_TAIL = re.compile(rf"\s+of\s+(?:the|those){HEAD}{_TAIL_END}", re.IGNORECASE)
# "the death toll rose to 34", "a toll of 34".
TOLL_HEAD = WindowPattern(
    re.compile(
        r"\b(?P<what>" + "|".join(f"{v}" for v in TOLL_NOUNS.values()) + r")"
        r"(?:\s+(?:from|in|at|after)(?:\s+[\w'’-]+){1,7}?)?"
        r"(?:\s+(?:has|had|have|now|was|is|had\s+been|later|then|also|further))*"
        r"(?:\s+(?P<verb>rose|risen|climbed|jumped|increased|reached|stood|stands|hit|grew|"
        r"was|is|of|at|to|went up|been revised(?: up(?:ward)?)?|revised(?: up(?:ward)?)?|"
        r"soared|surged|mounted|swelled|now))+"
        r"(?:\s+(?:to|at))?\s+$",
        re.IGNORECASE,
    ),
    cues=("toll", "number", "crowd", "turnout", "attendance"),
)
# "claimed 12 lives", "cost at least 40 lives": the verb before the figure, "lives" after it
# ("saved 12 lives" is no toll).
LIVES_VERB = re.compile(r"\b(?:claimed|claiming|cost|costing|took|taking)\s+$", re.IGNORECASE)
LIVES_AFTER = re.compile(r"\s+lives\b")
VAGUE_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens of thousands"})
NOT_TOLL_AFTER = re.compile(r"\s+(?:percent|%|years?|days?|hours?)\b", re.IGNORECASE)
# A figure in digits fused with its unit: "an 8,027-meter peak", "a 5,500-word letter".
DIGIT_COUNT = re.compile(
    r"(?P<number>(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?![\d.,]\d)))"
    r"-(?P<unit>[a-z]+)\b(?P<words>)"
)
FUSED_UNIT = re.compile(r"\d-[a-z]")
# Words that end a figure's noun phrase before its noun ("2 of them", "3 were").
NOT_BEFORE_NOUN = frozenset(
    """of and or to in on at for from with by who that were was are is have had has year
    years day days week weeks month months hour hours minute minutes times percent people
    persons""".split()
)
NOT_BEFORE_DIGITS = frozenset(".,$£€-_")  # and no letter: "COVID-19", "$5", "3.5"
# (Not "\d+": a pattern that opens on a repeat gives the regex engine no first character to
# skip to, and it tried every position of every sentence with a count cue: a third slower.)
DIGIT_RUN = re.compile(r"\d\d*")
# Any other count: a figure and the plural noun it counts ("two words", "six stories below",
# "three suicide bombings"), or a figure fused with its unit ("an 8,027-meter mountain").
GENERIC_TAIL = re.compile(r"(?:-(?P<unit>[a-z]+)\b|(?P<words>(?: [a-z][a-z-]*){1,3}))")
# Words ending in "s" that are not a counted noun.
NOT_NOUNS = frozenset(
    """thus plus less always perhaps across unless whereas besides this was has his its
    ours yours hers whose does goes various previous serious famous obvious numerous
    dangerous anonymous enormous tremendous nervous jealous curious religious generous
    ridiculous continuous analysis basis crisis thesis news series species means years
    months weeks days hours minutes seconds times decades centuries""".split()
)
# Fused units that give an age or a duration, not a count ("a 19-year-old").
NOT_UNITS = frozenset("year month week day hour minute second time point".split())
# A report that marks its figure as later than another.
LATER = WindowPattern(
    re.compile(
        r"\b(?:rose|risen|climbed|jumped|increased|grew|grown|soared|surged|mounted|swelled"
        r"|revised|raised|updated|new (?:death )?toll|later|(?:has|have|had) reached"
        r"|more than doubl\w*|has since|have since|latest"
        # "the toll now stands at 41", "is now 41", "police now say 41 died"
        r"|now (?:stands|at|say|says|said|believe|believes|put|puts|estimate|estimates|count)"
        r"|(?:is|are) now)\b",
        re.IGNORECASE,
    ),
    cues=(
        "rose", "risen", "climb", "jump", "increas", "grew", "grown", "soar", "surg", "mount",
        "swell", "revis", "raise", "updat", "toll", "late", "reach", "doubl", "since", "now",
    ),
)  # fmt: skip
# A figure a report marks as later after it: "At least 41 people have now died".
LATER_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:has|have|had|is|are)\s+now\b", re.IGNORECASE)
# Words after a figure that make it a part of another count ("eight of the 20 killed") or a
# figure of something else ("12 years", "5 miles").
NOT_A_COUNT_AFTER = re.compile(
    r"^\s*(?:%|percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|miles?|km|"
    r"kilomet\w+|met(?:er|re)s?|feet|foot|times|a\.m\.|p\.m\.|o'clock)\b",
    re.IGNORECASE,
)

# --- Ages -----------------------------------------------------------------------------------
# A name, with a nickname in quotation marks kept out of it: 'Liberty "Libby" German'.
NAME = r"(?P<name>[A-Z][a-z]+(?:[\s-](?:[A-Z]\.\s)?(?:[\"“][A-Z][a-z]+[\"”]\s)?[A-Z][a-z']+)*)"
NAME2 = NAME.replace("?P<name>", "?P<name2>")
AGE_WORD = r"(?P<age>\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)"
# The words of a role between an age and a name ("29-year-old teacher Ann Lee"), never a
# verb or a preposition: "a 13-year-old boy drowned in Velden", "a 24-year-old from Dallas",
# "a 21-year-old student at the University" name a place, not the person.
_ROLE_WORDS = (
    r"(?:(?!(?:from|in|at|on|of|to|near|with|by|for|as|into|the|an?|was|is|were|are|has|had"
    r"|who|told|said|says)\s)[a-z]+(?<!ed)\s){0,3}?"
)
# Each age pattern with a cue that a sentence must hold before the pattern runs.
AGES = (
    (re.compile(r",\s?(?:aged?\s)?\d"),
     re.compile(
        rf"\b{NAME},\s?(?:aged?\s)?(?P<age>\d{{1,3}})(?:\syears?\sold)?"
        r"(?=[,.;]|\s(?:and|was|is|who)\b)"
     )),
    (re.compile(r"\s\(\d"), re.compile(rf"\b{NAME}\s\((?P<age>\d{{1,3}})\)")),
    (re.compile("year-old"), re.compile(rf"\b{AGE_WORD}-year-old\s{_ROLE_WORDS}{NAME}")),
    (re.compile("year-old"), re.compile(rf"\b{NAME},\s(?:an?|the)\s{AGE_WORD}-year-old\b")),
    (re.compile("age of|aged"),
     re.compile(rf"\b{NAME}\s(?:[\w,'’]+\s){{0,8}}?(?:at the age of|aged)\s(?P<age>\d{{1,3}})\b")),
    # Two people of one age: "13-year-olds Liberty German and Abigail Williams", "Liberty
    # German and Abigail Williams, both 13".
    (re.compile("year-olds"),
     re.compile(rf"\b{AGE_WORD}-year-olds\s(?:[a-z]+\s){{0,2}}?{NAME}\sand\s{NAME2}")),
    (re.compile(r"(?:both|each),?\s(?:aged\s)?\d"),
     re.compile(rf"\b{NAME}\sand\s{NAME2},\s(?:both|each)\s(?:aged\s)?(?P<age>\d{{1,3}})\b")),
    # "Colin Kroll dead at 34", "Kroll died Sunday at age 35"; never a clock time or an
    # address ("died at 3 p.m.", "at 34 Elm Street").
    (re.compile(r"(?:[Dd]ead|died|dies)\s"),
     re.compile(
        rf"\b{NAME}\s(?:has\s|had\s)?(?:[Dd]ead|died|dies)\s(?:[\w,'’]+\s){{0,4}}?at\s(?:age\s)?"
        r"(?P<age>\d{1,3})\b(?![:.]\d|\s?[ap]\.?m\b|\s(?:o'clock|[A-Z][a-z]+\s(?:St|Street|Ave"
        r"|Avenue|Road|Rd|Lane|Drive)\b))"
    )),
    # "Kroll was 34.", "Ann Lee, who is 34, ...", "Lee was just 34 when she died".
    (re.compile(r"(?:is|was|turned|just|only)\s\d"),
     re.compile(
        rf"\b{NAME}(?:,\swho|,)?\s(?:is|was|turned|had\sturned)\s(?:just\s|only\s)?"
        r"(?P<age>\d{1,3})(?:\syears\sold)?(?=[.,;]|\s(?:when|at\sthe\stime|and)\b)"
    )),
    # "Ann Lee, who turned 88 last month": an age reached lately is the age now ("turned 18
    # in 2010" or "last year" may not be).
    (re.compile(r"turned\s\d"),
     re.compile(
        rf"\b{NAME}(?:,\swho)?\s(?:turned|had\sturned|has\sjust\sturned)\s(?P<age>\d{{1,3}})"
        rf"\s(?:last\s(?:week|month)|(?:earlier\s)?this\s(?:week|month|year)"
        r"|on\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    )),
)  # fmt: skip
# "He was 35." in an obituary: the age of the person the article is about.
PRONOUN_AGE = re.compile(
    r"^(?:He|She)\s(?:is|was|had\sturned|turned|died\sat)\s(?P<age>\d{1,3})(?:\syears\sold)?\.$"
)
# Words for one person a lede puts after an age and where the person is from ("a 41-year-old
# Ohio man"): the capitalised words before them are a place, not a name.
PERSON_WORDS = (
    "man", "woman", "boy", "girl", "mother", "father", "grandmother", "grandfather", "teen",
    "teenager", "student", "resident", "veteran", "widow", "widower",
)  # fmt: skip
PERSON_AFTER = re.compile(rf"\s(?:{'|'.join(PERSON_WORDS)})\b")
NOT_NAMES = CALENDAR | frozenset(
    """On In At For From By With After Before When While During Since Last This That These
    Those The A An He She It They His Her Police Officials Mr Mrs Ms Dr""".split()
)

# --- Titles -------------------------------------------------------------------------------
# A person's rank, where two reports may give two ("an assistant professor" / "an associate
# professor"): the rank words of one ladder, then the name they are given to.
RANK = r"(?P<rank>(?i:assistant|associate|adjunct|full|visiting))\s+(?i:professor)"
TITLES = (
    re.compile(rf"\b{NAME},\s(?:an?|the)\s{RANK}\b"),
    re.compile(rf"\b{RANK}\s{NAME}"),
)

# Who a person named by a role is: "The pilot was identified as Tom Reed", "police
# identified the gunman as Tom Reed". Not a first identification that was corrected
# ("initially identified as"), nor one of several ("one victim", "a second suspect").
_ROLES = (
    "victim", "suspect", "gunman", "shooter", "attacker", "assailant", "bomber", "killer",
    "pilot", "driver", "passenger", "hostage", "man", "woman", "boy", "girl", "teen",
    "teenager", "officer", "deputy", "trooper", "soldier", "student", "robber", "motorist",
    "cyclist", "pedestrian", "hiker", "climber", "swimmer", "child", "baby", "infant",
)  # fmt: skip
_ROLE = rf"(?P<role>{'|'.join(_ROLES)})"
_IDENTIFIED_NAME = (
    r"(?:(?:a|an)\s+)?(?:\d{1,3}-year-old\s+)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)+)"
)
_NOT_FIRST = r"(?<!initially )(?<!originally )(?<!first )(?<!wrongly )(?<!mistakenly )"
ROLE_IDENTIFIED = (
    re.compile(
        rf"\b[Tt]he\s+{_ROLE},?\s+(?:who\s+)?(?:was|has\s+been|had\s+been|is)\s+"
        rf"(?:(?:later|since|publicly|officially)\s+)?{_NOT_FIRST}identified\s+as\s+{_IDENTIFIED_NAME}"
    ),
    re.compile(rf"\b{_NOT_FIRST}identified\s+the\s+{_ROLE}\s+as\s+{_IDENTIFIED_NAME}"),
)

# --- Times ----------------------------------------------------------------------------------
# The events whose time reports compare, under one name each.
EVENTS = {
    "died": "died", "was killed": "died", "were killed": "died", "was shot": "was shot",
    "was arrested": "was arrested", "were arrested": "was arrested", "broke out": "began",
    "started": "began", "began": "began", "erupted": "began", "crashed": "crashed",
    "was found": "was found", "were found": "was found", "happened": "happened",
    "took place": "happened", "struck": "struck", "was charged": "was charged",
    "were charged": "was charged", "was arraigned": "was arraigned", "filed": "filed",
    "was filed": "filed", "went missing": "went missing", "disappeared": "went missing",
    "was born": "was born", "exploded": "exploded", "collapsed": "collapsed",
    "was released": "was released", "was sentenced": "was sentenced", "landed": "landed",
    "took off": "took off", "was last seen": "was last seen", "opened fire": "opened fire",
    "was attacked": "was attacked", "announced": "announced", "resigned": "resigned",
    "escaped": "escaped", "was convicted": "was convicted", "were convicted": "was convicted",
    "was found guilty": "was convicted", "were found guilty": "was convicted",
    "was stabbed": "was stabbed", "was discovered": "was found", "were discovered": "was found",
    "was kidnapped": "was abducted", "was abducted": "was abducted", "fled": "fled",
    "was stolen": "was stolen", "were stolen": "was stolen", "was rescued": "was rescued",
    "were rescued": "was rescued", "testified": "testified", "was indicted": "was indicted",
    "were indicted": "was indicted", "pleaded guilty": "pleaded guilty", "occurred": "happened",
    # The plural of the table's own words, and a death told as reported ("At least 144
    # people were reported killed Monday").
    "were shot": "was shot", "were stabbed": "was stabbed", "were attacked": "was attacked",
    "were kidnapped": "was abducted", "were abducted": "was abducted",
    "were released": "was released", "were sentenced": "was sentenced",
    "was reported killed": "died", "were reported killed": "died",
}  # fmt: skip
# The same events told in the active voice, with the time only ("Police arrested the
# manager on Wednesday" is when the manager was arrested): their subject is who acts, not
# who or what was placed, so the place of an event reads the passive only.
ACTIVE_EVENTS = {
    "arrested": "was arrested", "indicted": "was indicted", "sentenced": "was sentenced",
    "convicted": "was convicted",
}  # fmt: skip
# Events that happen to one subject once, dated only (where each happened is left to the
# table above): "Lee was sworn in Tuesday", "the body was recovered Sunday".
DATED_EVENTS = {
    "drowned": "died", "was recovered": "was found", "were recovered": "was found",
    "surrendered": "surrendered", "was sworn in": "was sworn in", "was fired": "was fired",
    "was ousted": "was fired", "was executed": "was executed", "was extradited": "was extradited",
    "was deported": "was deported", "was acquitted": "was acquitted",
    "were acquitted": "was acquitted", "was buried": "was buried", "was elected": "was elected",
    "was inaugurated": "was inaugurated", "gave birth": "gave birth",
    # Other words for a death, an arrest and a surrender; the moment a death is pronounced
    # is its own (a man found dead on Wednesday may have died on Tuesday).
    "passed away": "died", "was struck and killed": "died", "were struck and killed": "died",
    "was pronounced dead": "was pronounced dead", "were pronounced dead": "was pronounced dead",
    "was taken into custody": "was arrested", "were taken into custody": "was arrested",
    "turned himself in": "surrendered", "turned herself in": "surrendered",
    "caught fire": "caught fire",
    # A vessel or a train is lost once: "the ferry sank Tuesday" / "capsized on Wednesday".
    "sank": "sank", "capsized": "sank", "derailed": "derailed",
    # "The quake hit on Tuesday" is when it struck; "hit" of anything else is not read
    # (``times.NATURE_HIT``).
    "hit": "struck",
}  # fmt: skip
TIME_EVENTS = EVENTS | DATED_EVENTS | ACTIVE_EVENTS
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# A month shortened without its full stop, as wire copy writes it before a day ("on Oct 3"):
# read after an event's verb only (a place's frame reads ``MONTH``: "Octavia", "Junction").
SHORT_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s\d)"
# A day of the month, with or without its ordinal's letters ("March 3", "March 3rd").
DAY_OF_MONTH = r"\d{1,2}(?:st|nd|rd|th)?"
# The words after a clock time told without its half of the day that give the half: "at
# 9:30 Tuesday night", "around 10 last night", "at 6:30 this morning", "at 3 o'clock in the
# afternoon" (``times.with_half`` writes them "9:30 p.m.", "6:30 a.m.").
PART_OF_DAY_AFTER = (
    rf"(?:\s+o['’]clock)?\s+(?:(?:on\s+)?{WEEKDAY}\s+|last\s+|this\s+|yesterday\s+|in\s+the\s+"
    r"|at\s+)?(?P<part>morning|afternoon|evening|night|tonight)\b"
)
# A clock time's hour from 1 to 12 and its minutes, told without its half of the day ("9:30",
# "9.30", "10"); ``times`` reads the same hours after a part of the day.
HOUR_WITHOUT_HALF = r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?"
# Such a clock time: an hour from 1 to 12, right after "at", "about", "around", "after" or
# "before" (a figure after other words is a count: "killed 9 Tuesday night"), with the words
# that give its half after it, as a look-ahead: the time's words end at the clock, and
# ``times.with_half`` reads the half from the words after them (the look-ahead's group is
# unnamed, as ``CLOCK`` is spliced into other patterns).
BARE_CLOCK = (
    r"(?:(?<=\bat\s)|(?<=\babout\s)|(?<=\baround\s)|(?<=\bafter\s)|(?<=\bbefore\s))"
    + HOUR_WITHOUT_HALF
    + PART_OF_DAY_AFTER.replace("(?P<part>", "(?:").join(("(?=", ")"))
)
# A clock time: "10 p.m.", "9.30pm", "9:30 PM" (a capital half of the day is read as
# its small letters), "noon"; and a time on the 24-hour clock where it can be no other
# ("21:58", "01:30": after 12, or a leading zero) or where a zone names it ("11:00 BST",
# "10:30 GMT"; one told "10:30 local time" in 12 hours would be a.m. too). Never a length
# ("2:04" of a race or a video: no leading zero, hours from 1 to 12, no zone) nor a time to
# the second ("01:45:30"). Wire copy writes the 24-hour clock in four figures before its
# zone ("at 0130 GMT"), and Britain's noon "midday".
CLOCK = (
    r"\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?(?![a-z])|[AP]\.?M\.?(?![A-Za-z]))|noon|midnight"
    r"|midday|(?<![\d:.,$£€])(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC)\b)"
    r"|(?<![\d:.,$£€])(?:0\d|1[3-9]|2[0-3]):[0-5]\d(?![\d:]|\s?[apAP]\.?[mM])"
    r"|(?<![\d:.,$£€])1[0-2]:[0-5]\d(?![\d:])(?=\s*(?:GMT|UTC|BST|CES?T|local\s+time)\b)"
    rf"|{BARE_CLOCK}"
)
# (The look-ahead of the events' first letters lets the engine skip to those letters, as
# ``negations._NEGATED``'s: a third faster than trying the word boundary everywhere.)
WHEN = re.compile(
    rf"(?=[{''.join(sorted({event[0] for event in TIME_EVENTS}))}])\b"
    r"(?P<event>" + "|".join(sorted(TIME_EVENTS, key=len, reverse=True)) + r")\b"
    r"(?:\s+(?!and\b|but\b|after\b|before\b|when\b|which\b|who\b|that\b|where\b|while\b"
    r"|until\b|since\b)[\w,']+){0,6}?"
    r"\s+(?P<hedge>on\s+|at\s+|by\s+|(?:shortly|just|soon)\s+(?:after|before)\s+|around\s+"
    r"|about\s+|approximately\s+|early\s+|late\s+)?"
    rf"(?P<when>{WEEKDAY}|(?:{MONTH}|{SHORT_MONTH})\s{DAY_OF_MONTH}\b|{DAY_OF_MONTH}\s{MONTH}"
    rf"|{CLOCK})"
)

# --- Years and ordinals -----------------------------------------------------------------
# The year of an event: "stolen from the Mint in 1899", "the 1899 heist", "his 2012 memoir";
# never a span ("from 2010 to 2012", "the 1990s").
YEAR_IN = re.compile(
    r"\b(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:18|19|20)\d\d)\b"
    r"(?!s\b|\s*[-–]\s*\d|\s+(?:and|to|through|or|until)\s+\d)"
)
YEAR_BEFORE_NOUN = re.compile(
    r"\b(?:his|her|their|its|the|a|an)\s+(?P<year>(?:18|19|20)\d\d)\s+(?P<noun>[a-z]{3,})\b"
)
# The year something has gone on since: "has been tracking the deaths since 1998". Compared
# only with another "since" (the context ends with it): "since 1998" and "in 2001" may both
# hold of one thing ("tracking since 1998", "began publishing in 2001").
YEAR_SINCE = re.compile(r"\bsince\s+(?P<year>(?:18|19|20)\d\d)\b(?!s\b|\s*[-–]\s*\d)")
YEAR_CUES = tuple(
    f"{word} {century}"
    for word in ("in", "of", "the", "his", "her", "their", "its", "a", "an", "since")
    for century in ("18", "19", "20")
)
# How many words before a year say what happened in it.
YEAR_FRAME = 6
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
ORDINAL_VALUES = {word: str(i) for i, word in enumerate(_ORDINAL_WORDS, start=1)}
# Which one of a series: "the second line of the anthem", "the 17th floor of the tower".
ORDINAL = re.compile(
    rf"\bthe\s+(?P<ordinal>{'|'.join(_ORDINAL_WORDS)}|\d{{1,3}}(?:st|nd|rd|th))[\s-]"
    r"(?P<noun>[a-z]{3,})\s+of\s+(?:the\s+|this\s+|its\s+)?(?P<of>[A-Za-z][a-z]{2,})\b",
    re.IGNORECASE,
)
ORDINAL_CUES = tuple(f"the {word}" for word in _ORDINAL_WORDS) + tuple(
    f"{d}{suffix}" for d in "0123456789" for suffix in ("st ", "nd ", "rd ", "th ", "th-")
)

# --- Opposite states ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stance:
    """A question that sources answer in opposite ways: cue phrases for each answer and the
    words that name each answer to a reader. ``anchored`` questions name a place or party
    that both sides must share ("Control of Salaheddine")."""

    name: str
    label: str
    yes: re.Pattern[str]
    no: re.Pattern[str]
    yes_means: str
    no_means: str
    anchored: bool


STANCES = (
    Stance(
        "control",
        "Control of {anchor}",
        re.compile(
            r"\b(?:(?:took|taken|regained|gained|in|seized|wrested) (?:full |complete )?control"
            r"|captured|pushed into|stormed|(?:have|has|had) retreated|withdrew"
            r"|fallen back|fell back|fell to)\b"
        ),
        re.compile(
            r"\b(?:did not withdraw|didn't withdraw|denied retreating|not retreating|still there"
            r"|repelled|clashes (?:are |were )?(?:still )?(?:continu\w*|occurring)"
            r"|fighting (?:is |was )?(?:still )?continu\w*|still (?:fighting|holding))\b"
        ),
        "taken or given up",
        "still contested",
        anchored=True,
    ),
    Stance(
        "fire",
        "Whether the fire is under control",
        re.compile(r"\b(?:under control|contained|extinguished|put out)\b"),
        re.compile(r"\b(?:not under control|still (?:burning|raging)|out of control)\b"),
        "under control",
        "still burning",
        anchored=False,
    ),
)
# (The breaks are grouped by their first character, which only one group can match: a
# third off splitting every sentence that a negation or a state is read in.)
CLAUSE_BREAK = re.compile(
    r",\s*(?:but|while)\s|;\s|\s(?:but\s(?=an?\s|the\s)"
    r"|and\s(?=(?:an?|the|some)\s[^.]{0,80}?\b(?:said|says|told|claimed|denied)\b))"
)
ANCHOR = re.compile(r"(?<!^)(?<![.!?]\s)\b([A-Z][a-z]{3,}(?:[\s-][A-Z][a-z]+)*)")

# --- Cue families: a sentence without a cue of a family skips that family's patterns --------
# (" shot" with its space: the category reads it after "were" or "been", never in "gunshot")
COUNT_CUES = (
    "kill", "dead", "died", "death", "fatal", "bodies", "lives", "perish", "murder", "slain",
    "injur", "wound", "hurt", "hospital", "arrest", "detain", "custody", "missing",
    "unaccounted", "evacuat", "toll", "treated", "corpses", "crowd", "turnout", "attendance",
    "drew", "drawing", "attract", "aboard", "on board", "carrying", "carried",
    "stabbed", " shot", "rescu", "displaced", "homeless", "cancel", "grounded", "grounding",
    "marched", "rallied", "protested", "demonstrated", "gathered", "turned out", "attended",
)  # fmt: skip
# Sums of money and distances from a place, each named by the words around its figure:
# "about $500,000 in tax revenue" (two words: one, "in donations", names no one sum), "90
# miles north of Las Vegas".
_NOT_WHAT = (
    r"(?!(?:the|a|an|this|that|its|his|her|their|our|each|all|one|new|less|more|just|under"
    r"|over|about|nearly|almost)\b)"
)
MONEY = re.compile(
    r"[$£€](?P<number>\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion)\b)?)"
    rf"\s+in\s+{_NOT_WHAT}(?P<what>[a-z]{{3,}}\s{_NOT_WHAT}[a-z]{{3,}})\b"
)
# A sum named by the verb before it: "raised more than $25,000", "will start at $1,699",
# "was fined $5,000". Each verb names one kind of sum (``SUM_VERBS``).
SUM = re.compile(
    r"\b(?P<verb>raised|raising|collected|donated|paid|paying|spent|spending|costs?|costing"
    r"|priced at|starts? at|starting at|sold for|selling for|fined|valued at|budget of)"
    r"\s+(?:(?!from\b|between\b)[a-z]+\s+){0,2}?[$£€]"
    r"(?P<number>(?>\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion)\b)?))"
    # A range's ends are no sum: "from $1.6 million to $10 million".
    r"(?!\s*(?:to|-|–|and)\s*[$£€]?\d)"
)
SUM_VERBS = {
    "raised": "raised", "raising": "raised", "collected": "raised", "donated": "donated",
    "paid": "paid", "paying": "paid", "spent": "spent", "spending": "spent", "fined": "fine",
    "valued at": "value", "budget of": "budget",
}  # fmt: skip
# A sum fused with what it is: "a $6.8 million budget", "a $2,000 fine".
SUM_NOUN = re.compile(
    r"[$£€](?P<number>(?>\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion)\b)?))"
    r"\s(?P<what>budget|settlement|contract|deal|fine|loan|bailout|package|grant|donation"
    r"|salary|bonus|bail|bond|reward|ransom|payout|price tag|fee)\b"
)
# A distance is found from its unit, and its figure just before: a pattern that starts with
# the figure tries every number word at every character.
DISTANCE = re.compile(
    r" (?P<unit>miles?|kilomet(?:er|re)s?|km)(?:\s*\([^()]{1,25}\))?"
    r"\s+(?:(?:north|south|east|west|northwest|northeast|southwest|southeast|outside|away)\s+)?"
    r"(?:of|from)\s+(?P<what>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
)
# A length named by what it measures: "a depth of 10 kilometers", "six miles below the
# surface", "300 feet tall" (the figure is found just before the unit, as a distance's).
LENGTH_UNIT = re.compile(r" (?P<unit>miles?|kilomet(?:er|re)s?|km|feet|foot|met(?:er|re)s?)\b")
DIMENSION_AFTER = re.compile(
    r"(?:\s*\([^()]{1,25}\))?\s+(?:(?P<depth>deep|(?:below|beneath) the (?:surface|ground)"
    r"|underground)|(?P<height>tall|high)|(?P<length>long)|(?P<width>wide))\b"
)
DIMENSION_BEFORE = re.compile(
    r"\b(?P<dimension>depth|height|length|width)\s+of\s+(?:(?:about|around|roughly|some|just"
    r"|only|nearly|almost|more than|less than)\s+)?$",
    re.IGNORECASE,
)
FIGURE_BEFORE = re.compile(rf"(?:^|\s)(?P<number>{NUMBER})$", re.IGNORECASE)
# How many times someone was hit, and where: "shot once in the right leg", "struck twice in
# the leg".
TIMES_HIT = re.compile(
    r"\b(?:shot|struck|hit|stabbed|wounded)\s+(?P<number>once|twice|thrice|[\w-]+\s+times)"
    r"\s+in\s+the\s+(?:(?:left|right|upper|lower)\s+)?(?P<what>leg|head|chest|back|arm|neck"
    r"|face|stomach|abdomen|torso|shoulder|hand|foot|thigh|hip)\b"
)
TIMES = {"once": "1", "twice": "2", "thrice": "3"}
MEASURE_CUES = ("$", "£", "€", " mile", " kilomet", " km ", "once in the", "twice in the",
                "times in the")  # fmt: skip
# A length's unit, for a length named by what it measures ("300 feet tall").
LENGTH_CUES = (" mile", " kilomet", " km ", " feet", " foot", " meter", " metre")
# Every age pattern needs one of these words, or a digit right after ", ", "(", " is "...;
# with a digit spelled out, those cues join the one Aho-Corasick pass of all families.
_DIGITS = "0123456789"
AGE_CUES = (
    "year-old", "age of", "aged", "dead at", "died at", "dies at", "died on", "died in",
    "died sunday", "died monday", "died tuesday", "died wednesday", "died thursday",
    "died friday", "died saturday",
    *(f"{before}{d}"
      for before in (", ", "(", " is ", " was ", " turned ", " both ", " each ", " just ", " only ",
                     ", age ")
      for d in _DIGITS),
)  # fmt: skip
TITLE_CUES = ("professor", "identified")
# A figure fused with its unit: a digit, a dash, a letter ("8,027-meter").
UNIT_CUES = tuple(f"{d}-{letter}" for d in _DIGITS for letter in "abcdefghijklmnopqrstuvwxyz")
STANCE_CUES = (
    "control", "captured", "pushed into", "stormed", "retreat", "withdr", "fell back",
    "fallen back", "fell to", "repelled", "clashes", "fighting", "still there", "still burn",
    "still rag", "still fight", "still hold", "contained", "extinguished", "put out",
)  # fmt: skip
# "hit" is inside "white" and "architect": its cue is the word.
TIME_CUES = tuple(f" {event} " if event == "hit" else event for event in TIME_EVENTS)
# A clock time to the minute and its half of the day: "9:06 p.m.", "9.06pm".
MINUTE_CLOCK = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})[:.](?P<minute>[0-5]\d)\s?(?P<half>[ap])\.?m\b", re.IGNORECASE
)
MERIDIEM_CUES = tuple(f"{d}{half}" for d in _DIGITS for half in (" a.m", " p.m", "am", "pm"))
# A figure of any noun: a digit or a small number word, then a space.
NOUN_CUES = (
    *(f"{d} " for d in "0123456789"),
    *(f" {word} " for word in SMALL if " " not in word),
    " twin ",
)
# "Twin" counts two of an attack ("twin car bombs", "twin blasts") and nothing else.
TWIN_ATTACKS = re.compile(
    r"\b(?P<number>twin)(?=(?:\s+(?:car|truck|suicide|roadside))?"
    r"\s+(?:bombs|bombings|blasts|explosions|attacks)\b)",
    re.IGNORECASE,
)
# Nouns counted as one: an attack's bombings and its bombs, a fire's houses and its homes,
# a tower's storeys and its floors.
SAME_NOUN = {
    "bombing": "bomb", "house": "home", "storey": "floor", "firearm": "gun",
    "airplane": "plane", "airliner": "plane",
}  # fmt: skip
# A unit fused with its figure that names a noun counted as one with another ("a 72-storey
# tower", "a 40-story block": floors). "Stories" after a figure may be news stories, so
# only the fused unit, which is always a building's, is read as floors.
SAME_UNIT = {"storey": "floor", "story": "floor"}
# Nouns of one kind of a wider noun: a report's cars are among another's vehicles. Their
# figures are compared only one way: fewer vehicles than cars cannot both be true; more
# vehicles than cars may hold trucks too (see ``compare``).
KIND_OF = {
    "car": "vehicle", "truck": "vehicle", "motorcycle": "vehicle",
    "rifle": "gun", "pistol": "gun", "handgun": "gun", "shotgun": "gun",
}  # fmt: skip
# Bombs that did not go off: found, defused, planted, seized.
UNEXPLODED = re.compile(
    r"\b(?:defus\w*|disarm\w*|unexploded|undetonated|fail(?:ed)? to (?:explode|detonate)"
    r"|found|discovered|planted|seized|recovered|dismantled|intercepted|made|built)\b",
    re.IGNORECASE,
)
# A figure that may count a noun: digits or a number word, then a word in lower case. One
# pattern is cheap here: it runs only on sentences that hold such a cue.
_NOUN_NUMBERS = sorted((w for w in (*SMALL, *VAGUE) if " " not in w and w != "zero"), key=len)
# A scale word is part of the figure: "207 million cases" counts 207 million, not 207.
NOUN_FIGURE = re.compile(
    r"(?<![\w$£€.,-])(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(reversed(_NOUN_NUMBERS))
    + r")(?:\s(?:million|billion|trillion)\b)?)"
    + r"(?= [a-z]|(?-i: [A-Z][a-z]+(?:ese|ian|an|ish|i) [a-z]))",
    re.IGNORECASE,
)
# The plural noun a figure counts, within four words in lower case ("150 stranded
# passengers", "11 other rich industrial nations"), after a people's adjective ("153 Chinese
# passengers").
_NATIONAL = r"(?: (?P<people>[A-Z][a-z]+(?:ese|ian|an|ish|i)))?"
# Two adjectives may stand with a comma between them ("10 other western, industrialized
# nations"): the first ends as only an adjective does ("-ern", "-ian", "-ized": not "-ent",
# which "for one experiment, it looks ..." ends in).
_LISTED_ADJECTIVE = r"(?:(?:ern|ian|ese|ish|ized|ised),(?= [a-z]))?"
NOUN_TAIL = re.compile(
    rf"(?P<unit>){_NATIONAL}(?P<words>(?: [a-z][a-z-]*?{_LISTED_ADJECTIVE}(?![a-z-])){{1,4}})"
)
# A figure after "than" counts what follows it when that is "other": "worse than 11 other
# nations" counts the nations ("rather than 300 homes" does not).
THAN_OTHER = re.compile(r"\bthan\s+$", re.IGNORECASE)
# What a counted noun is of, up to the end of its phrase: "counts of third degree assault".
OF_WHAT = re.compile(
    r" of (?:the |a |an )?(?:[a-z-]+ ){0,4}?(?P<what>[a-z-]+)"
    r"(?=[,.;:)]|$|\s(?:and|or|in|on|at|for|from|with|by|to|when|after|since|over|that|who)\b)"
)


# Words of a patronymic: the names after them are a parent's ("Tamim bin Hamad Al Thani" is
# Hamad's son), read by the ages (whose name an age is) and the alignment (who is who).
PATRONYMICS = ("bin", "ibn", "bint", "binti", "ben")
