"""Whether a report is an opinion piece (a column, a blog post, a review) or a news report.

A sentence-level rule (``text.voice``) catches a writer's voice where one sentence shows it
("Let's be honest", "you", a question); a column's plain verdicts ("Abortion is a medical
procedure.", "The gadget is cool and very gimmicky.") show nothing on their own, and only
the report they come from says whose verdict they are. Counted over the whole report, the
writer's "I", the reader's "you", questions and exclamations, verdicts ("should", "must",
"the best") against the "said" of a reporter tell a column from a news report.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import ahocorasick_rs
import numpy as np

from newsfuse.text.cues import lower_case
from newsfuse.text.quotations import names_someone
from newsfuse.text.voice import ATTRIBUTION

# Quoted words are somebody else's: a news report may quote a witness's "I" at length. A
# quotation runs to its closing mark or, as news prints a quotation of several paragraphs,
# to the end of its paragraph.
_QUOTED = re.compile(r"[\"“][^\"“”\n]*(?:[\"”]|(?=\n)|$)")
# A transcript's or an interview's turn ("SMITH: ...", "Q: ...") is its speaker's words; a
# heading in capitals ("WHY IS QATAR IMPORTANT?") is an explainer's, not a question put.
_SPEAKER_TURN = re.compile(r"^[A-Z][A-Z .'()-]*:.*$|^[^a-z\n]+\?$", re.MULTILINE)
# The writer speaking as "I" (not "we": a newspaper's "we" reports too, "we reported").
_FIRST_PERSON = frozenset("i my me myself mine i'm i've i'd i'll".split())
# A body speaking as "we": a company's, a family's or a campaign's statement, a letter, a
# group's release ("We are deeply saddened ...", "our country"). Not "us", which lower-cased
# is also the United States.
_FIRST_PLURAL = frozenset("we our ours ourselves we're we've we'll we'd".split())
_SECOND_PERSON = frozenset("you your yours yourself you're you've you'll you'd".split())
# A verdict in the writer's own voice: what somebody should do, or a grade given.
_VERDICT_WORDS = frozenset(
    """should shouldn't must mustn't ought deserve deserves best worst greatest
    silly dumb stupid awful terrible wonderful brilliant amazing fantastic cool ridiculous
    absurd shameful disgraceful pathetic gimmicky fun lovely beautiful ugly boring
    embarrassing outrageous laughable hilarious frankly honestly clearly obviously surely
    seriously probably maybe perhaps really very incredibly utterly truly definitely
    arguably""".split()
)
# A reporter hands each claim to its owner.
_ATTRIBUTION_WORDS = frozenset(
    """said says told according spokesman spokeswoman spokesperson statement reported
    reports announced confirmed""".split()
)
# Every byte that is not a letter or an apostrophe as a space: a word of a lower-cased
# report is a run of letters and apostrophes from its first letter (``word_counts``).
_WORD_BYTES = bytes(b if b in b"abcdefghijklmnopqrstuvwxyz'" else 32 for b in range(256))
# The words whose counts a report's signals read.
_COUNTED = _FIRST_PERSON | _FIRST_PLURAL | _SECOND_PERSON | _VERDICT_WORDS | _ATTRIBUTION_WORDS
# Those words in a fixed order (the finder's match numbers index it), found with a space on
# each side (a counted word holds no space, so none is found inside another).
_COUNTED_IN_ORDER = sorted(_COUNTED)
_COUNTED_FINDER = ahocorasick_rs.BytesAhoCorasick(
    [f" {word} ".encode("ascii") for word in _COUNTED_IN_ORDER]
)
_SPACE = ord(" ")
# What a page calls itself: a column, a commentary, a review, an editorial.
# (Its first letters as a look-ahead: the engine skips to them instead of trying the word
# boundary at every position, twice as fast.)
_LABEL = re.compile(
    r"""(?=[cehilmort])
    \b(?:opinion|commentary|op-ed|editorial|columnist|my\ column|this\ column|review:
    |hands-on|i\ think|i\ believe|in\ my\ (?:view|opinion)|let\ me|i'd\ argue)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# What every match of ``_LABEL`` holds, lower-cased: a page head holding none of these is
# not searched (the pattern, tried at every letter it may start on, cost a tenth of a
# report's signals).
_LABEL_WORDS = (
    "opinion", "commentary", "op-ed", "editorial", "column", "review:", "hands-on", "i think",
    "i believe", "in my ", "let me", "i'd argue",
)  # fmt: skip


# A letter or a statement printed without quotation marks is all "I": past this rate, more
# of it says no more about the writer.
FIRST_PERSON_CAP = 2.0
# A report of this many speakers' turns or more is a transcript or an interview.
TRANSCRIPT_TURNS = 3
# A report whose own words say "we" or "our" at this rate (per 100 words) or more, and a
# reporter's "said" at most at ``DOCUMENT_ATTRIBUTIONS``, is a body's own document: the
# statement, letter or release itself, not a report of it (docs/EVALUATION.md, issue 18).
DOCUMENT_PLURAL = 1.5
DOCUMENT_ATTRIBUTIONS = 0.2


@dataclass(frozen=True, slots=True)
class GenreSignals:
    """What a report's own words (outside quotation marks) hold, per 100 of them.

    ``first_person`` counts "I", "my", "me"; ``reader`` "you", "your"; ``questions`` and
    ``exclamations`` the marks; ``verdicts`` the words of a grade or a ruling ("should",
    "the best", "very"); ``attributions`` a reporter's "said", "told", "according to";
    ``label`` whether the page calls itself an opinion, a column or a review;
    ``plural`` counts "we", "our".
    """

    words: int
    first_person: float
    reader: float
    questions: float
    exclamations: float
    verdicts: float
    attributions: float
    label: bool
    transcript: bool = False
    plural: float = 0.0

    def score(self) -> float:
        """How much the report reads as its writer's opinion (0 for a plain news report, and
        for a transcript: its "I" and "you" are its speakers')."""
        if self.transcript:
            return 0.0
        voice = (
            min(self.first_person, FIRST_PERSON_CAP)
            + self.reader
            + 2.0 * self.questions
            + 2.0 * self.exclamations
            + 0.5 * self.verdicts
        )
        return voice - 1.5 * self.attributions + (1.0 if self.label else 0.0)

    def document(self) -> bool:
        """Whether the report is a body's own statement, letter or release, in its own "we"
        (``DOCUMENT_PLURAL``) with next to no reporter's "said": every line of it is that
        body's claim, and a brief that prints one without its owner tells it as its own
        ("Accuracy of information is very important.", from a chief executive's letter)."""
        return (
            not self.transcript
            and self.plural >= DOCUMENT_PLURAL
            and self.attributions <= DOCUMENT_ATTRIBUTIONS
        )


def genre_signals(text: str) -> GenreSignals:
    """The :class:`GenreSignals` of a report's text."""
    # (A closing quotation mark that lost its encoding prints as "\ufffd?": no question.)
    text = text.replace("\ufffd?", "”")
    unturned, turns = _SPEAKER_TURN.subn(" ", text)
    own = _QUOTED.sub(" ", unturned)
    # (The words and the vocabularies' words are counted without a string for each word:
    # ``word_counts``.)
    words, counts = word_counts(lower_case(own).replace("’", "'"))
    per = 100.0 / max(words, 1)

    def rate(vocabulary: frozenset[str]) -> float:
        return per * sum(counts[word] for word in vocabulary)

    return GenreSignals(
        words=words,
        first_person=rate(_FIRST_PERSON),
        reader=rate(_SECOND_PERSON),
        questions=per * own.count("?"),
        exclamations=per * own.count("!"),
        verdicts=rate(_VERDICT_WORDS),
        attributions=rate(_ATTRIBUTION_WORDS),
        label=_labelled(_QUOTED.sub(" ", text[:400])),
        transcript=turns >= TRANSCRIPT_TURNS,
        plural=rate(_FIRST_PLURAL),
    )


def _labelled(head: str) -> bool:
    """Whether a page's head (its quotations blanked) calls it an opinion, a column or a
    review (``_LABEL``). Only an ASCII head is ruled out by ``_LABEL_WORDS``: ignoring
    case, the pattern's "i" and "k" also match characters that ``lower`` leaves apart."""
    if head.isascii():
        lowered = head.lower()
        if not any(word in lowered for word in _LABEL_WORDS):
            return False
    return _LABEL.search(head) is not None


def word_counts(lowered: str) -> tuple[int, Counter[str]]:
    """How many words ``lowered`` holds (``re.findall(r"[a-z][a-z']*", lowered)``: the runs
    of ASCII letters and apostrophes, each from its first letter; every other character,
    non-ASCII ones included, is a separator, and ``encode`` makes each of those one "?"),
    and how often each word the signals count (``_COUNTED``) occurs among them, without
    making a string of every word: the words' starts are counted in an array of the text's
    bytes, and the counted words are found with the spaces around them by one Aho-Corasick
    pass (listing a report's every word and filtering them cost over a third of its
    signals).

    Example:
        >>> word_counts("i said: 'i'm sure i did, very' -- you")
        (8, Counter({'i': 2, 'said': 1, "i'm": 1, 'you': 1}))
    """
    spaced = b" " + lowered.encode("ascii", "replace").translate(_WORD_BYTES) + b" "
    while b" '" in spaced:  # a word starts at its first letter
        spaced = spaced.replace(b" '", b" ")
    in_word = np.frombuffer(spaced, dtype=np.uint8) != _SPACE
    words = int(np.count_nonzero(in_word[1:] & ~in_word[:-1]))  # (where each word starts)
    # (Overlapping: two counted words side by side share the space between them.)
    found = _COUNTED_FINDER.find_matches_as_indexes(spaced, overlapping=True)
    return words, Counter(_COUNTED_IN_ORDER[number] for number, _, _ in found)


# A report that scores this much or more reads as an opinion piece; at this or less, as
# plainly news (its reporter's "said" outweighs any voice). 1.5: precision 0.84 and recall
# 0.75 on 53 hand-labelled dev and anchor reports (docs/EVALUATION.md, issue 18).
OPINION_SCORE = 1.5
NEWS_SCORE = 0.0


def is_opinion(text: str) -> bool:
    """True when a report reads as an opinion piece rather than a news report.

    Example:
        >>> is_opinion("I think the plan is silly. Should we really pay for it? No!")
        True
        >>> is_opinion("The council approved the plan on Monday, officials said.")
        False
    """
    return genre_signals(text).score() >= OPINION_SCORE


# A verdict in a sentence: what ought to be ("should", "need to", "don't need"), a grade
# ("cool", "the best", "one of the most"), or the hedge or stress of a writer's judgement
# ("probably", "clearly", "very").
_VERDICT = re.compile(
    r"""\b(?:should|shouldn't|must|mustn't|ought|needs?\ to|(?:don't|doesn't|didn't)\ need
    |has\ to|have\ to|deserves?|best|worst|greatest|silly|dumb|stupid|awful|terrible
    |wonderful|brilliant|amazing|fantastic|cool|ridiculous|absurd|shameful|disgraceful
    |pathetic|gimmicky|fun|boring|embarrassing|outrageous|laughable|hilarious
    |frankly|honestly|clearly|obviously|surely|seriously|probably|maybe|perhaps
    |really|very|incredibly|utterly|truly|definitely|arguably|one\ of\ the\ most|the\ most
    |an?\ (?:pretty|rather|bit)|nonetheless|of\ course|no\ matter\ what)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def gives_verdict(text: str, unquoted: str | None = None) -> bool:
    """True when a sentence judges in its own words (outside quotation marks) and hands the
    judgement to nobody: in an opinion piece, the writer's verdict (``_VERDICT``, or a
    grade of :func:`grades`).

    Example:
        >>> gives_verdict("The new tablet is cool, and very gimmicky.")
        True
        >>> gives_verdict("The tablet weighs eight kilograms and costs $900.")
        False
        >>> gives_verdict("Critics said the tablet was very gimmicky.")
        False
    """
    own = (text if unquoted is None else unquoted).replace("’", "'")
    if _VERDICT.search(own) is None and not _graded(own):
        return False
    return not (ATTRIBUTION.search(own) and names_someone(text, own))


# A grade or a writer's hedge that news prose leaves to its speakers: the verdicts of
# ``_VERDICT`` without those a report also uses of facts ("the most", "very", "best",
# "should", "need to", "seriously injured", "have some fun"), and without the writer's
# feelings about a fact ("Unfortunately, the cat had to be put down.": the fact is news).
# Matched in lower case only but for the first word, so a title ("Amazing Fantasy",
# "Cool Runnings") is no grade.
_GRADE_WORDS = (
    "deserve", "deserves", "greatest", "silly", "dumb", "stupid", "awful", "terrible",
    "wonderful", "brilliant", "amazing", "fantastic", "cool", "ridiculous", "absurd",
    "shameful", "disgraceful", "pathetic", "gimmicky", "fun", "boring", "embarrassing",
    "outrageous", "laughable", "hilarious", "frankly", "honestly", "clearly", "obviously",
    "surely", "probably", "maybe", "perhaps", "incredibly", "utterly", "truly", "definitely",
    "arguably", "of course", "uplifting", "exhilarating", "delightful", "charming",
    "gorgeous", "superb", "excellent", "terrific", "masterpiece", "masterful", "impressive",
    "remarkable", "must-see", "breathtaking", "stunning", "hopefully",
)  # fmt: skip
_GRADE = re.compile(
    r"\b(?:"
    + "|".join(r"(?<!some )fun" if w == "fun" else re.escape(w) for w in _GRADE_WORDS)
    + r")\b",
    re.IGNORECASE,
)
# A sentence whose lower-cased text holds none of those words is ruled out by one pass of
# an Aho-Corasick automaton, several times cheaper than the pattern. (In any case "ı" and
# "ſ" match "i" and "s": those count as cues too.)
_GRADE_CUES = ahocorasick_rs.AhoCorasick([*_GRADE_WORDS, "ı", "ſ"])


def grades(text: str, unquoted: str | None = None) -> bool:
    """True when a sentence grades or hedges in its own words ("a stupid movie", "perhaps
    the perfect part", "is truly a relative term") and hands the judgement to nobody: in a
    report the genre test cannot place (a review, an analysis, a blog that reads neither
    as a column nor as news), the writer's verdict. Narrower than :func:`gives_verdict`,
    whose "very", "the most" and "should" such a report also uses of facts.

    Example:
        >>> grades("Kestrel's new tablet is a truly silly gadget.")
        True
        >>> grades("The tablet was the most popular of the year and sold very well.")
        False
        >>> grades("Critics said the tablet was perhaps the silliest of the year.")
        False
        >>> grades("She stars in Amazing Tales, a comic of the 1960s.")
        False
    """
    own = (text if unquoted is None else unquoted).replace("’", "'")
    return _graded(own) and not (ATTRIBUTION.search(own) and names_someone(text, own))


def _graded(own: str) -> bool:
    """Whether the writer's own words hold a word of ``_GRADE`` in lower case (or first)."""
    if not _GRADE_CUES.find_matches_as_indexes(own.lower()):
        return False
    return any(m.start() == 0 or own[m.start()].islower() for m in _GRADE.finditer(own))


def reads_as_news(text: str, unquoted: str | None = None) -> bool:
    """True when a sentence of an opinion piece may stand in a brief's neutral voice: it
    gives no verdict of its own (:func:`gives_verdict`) and tells something particular, a
    name (past its first word) or a figure, or hands its words to somebody. A columnist's
    general claims ("Abortion is a medical procedure.") are as much the columnist's as
    the verdicts, and read as the brief's own.

    Example:
        >>> reads_as_news("Sales fell 4% in the quarter ending in March.")
        True
        >>> reads_as_news("Taxes are a choice a society makes.")
        False
        >>> reads_as_news("The report is clearly the best work of the Dover office.")
        False
    """
    if gives_verdict(text, unquoted):
        return False
    return any(c.isdigit() for c in text) or names_someone(text, unquoted)


# What a body's statement or letter asserts as a judgement of its own, or asks for: what
# ought to be ("must", "should", "need to", "it is time", "we call on"), what breaks a
# rule ("violates all standards", "unacceptable", "wrong"), and its "we", "our" (in a brief
# they would be the brief's). Read only in a document (``GenreSignals.document``), where
# every line is the body's claim: a news report's "must" and "wrong" are often of facts.
_JUDGES = re.compile(
    r"""\b(?:must|mustn't|should|shouldn't|ought|needs?\ to|has\ to|have\ to|it\ is\ time
    |it's\ time|time\ to|let's|let\ us|call\ on|calls\ on|urge|urges|demand|demands
    |deserves?|violat\w*|unacceptable|unfair(?:ly)?|wrong|shameful|disgrace\w*|outrage\w*
    |important|essential|we|we're|we've|we'll|our|ours)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def judges(text: str, unquoted: str | None = None) -> bool:
    """True when a line of a body's own statement or letter judges, calls to act or speaks
    as "we" in its own words (``_JUDGES``, outside quotation marks), or gives a verdict
    (:func:`gives_verdict`): in a brief, with nobody named as its owner, the brief's own
    claim. The document's news ("The cat was found on Tuesday.") stays.

    Example:
        >>> judges("Bowing to ultimatums violates all the standards of the trade.")
        True
        >>> judges("Our hearts go out to the family.")
        True
        >>> judges("The cat was found in the customs hall on Tuesday.")
        False
    """
    own = (text if unquoted is None else unquoted).replace("’", "'")
    return _JUDGES.search(own) is not None or gives_verdict(text, unquoted)


# A scholarly paper's or abstract's marks (blind readers: a brief copied from a journal
# abstract never says who did the study, and its "This study" and "The experiment" are
# never identified). A section heading on a line of its own ("Abstract", "MATERIALS AND
# METHODS:"); the paper speaking of itself ("This study was undertaken ...", "Here we
# show", "We observed", "our results"); and its apparatus: reference numbers set after a
# word ("the forearc region14,16,18"), "(Fig. 1)", "(ref. 12)", "[3, 4]", "et al.", a
# p-value, "±". A news report about a study has these in its quotations, which are blanked.
_PAPER_HEADING = re.compile(
    r"""^[ \t]*(?:abstract|introduction|background|methods?|materials\ and\ methods|results
    |discussion|conclusions?|significance)[ \t]*:?[ \t]*$""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
# (Each pattern opens on a look-ahead of its first letters: the engine then skips to them
# instead of trying every position, several times faster over a long report.)
_PAPER_VOICE = re.compile(
    r"""(?=[TIHWwOo])\b(?:(?:This|The\ present|In\ this|In\ the\ present)
    \ (?:study|paper|experiment|work|article|trial|analysis|research)\b
    |To\ our\ knowledge|Here,?\ we\ [a-z]+
    |[Ww]e\ (?:[a-z]+ly\ )?(?:found|find|show|showed|report|demonstrate|demonstrated|observed
    |observe|propose|investigated|investigate|measured|estimate|estimated|examined|examine
    |analy[sz]ed|hypothesi[sz]ed|note|test|tested|identified|identify|assessed|evaluated
    |performed|obtained|conclude|compared)\b
    |\b[Oo]ur\ (?:results|findings|data|analysis|analyses|model|experiments?)\b)""",
    re.VERBOSE,
)
_PAPER_APPARATUS = re.compile(
    r"""(?<=[a-z]{3})\d{1,3}(?:[,–-]\d{1,3})+\b|(?<=[a-z]{4})\d{1,2}(?=[\s.,;)])
    |\[\d{1,3}(?:[,–-]\ ?\d{1,3})*\]|\((?:Figs?\.|Figure|Table|refs?\.)\ ?S?\d|\bet\ al\.
    |\b[Pp]\ ?[<=]\ ?0?\.\d|±""",
    re.VERBOSE,
)
# A report attributes its claims to people ("said", "told"); a paper states them as its own.
_REPORTER_WORDS = re.compile(r"(?=[sta])\b(?:said|says|told|according\ to)\b")
# What a paper's heading or voice, or its figures and statistics, cannot do without (lower
# case): a report holding none of these is no paper, and one pass of an Aho-Corasick
# automaton over it spares the patterns for five reports in six. (A page of reference
# numbers alone, as an encyclopedia prints, is let go.)
_PAPER_CUES = ahocorasick_rs.AhoCorasick(
    [
        "abstract", "introduction:", "to our knowledge", "here we", "here, we", "present study",
        "present paper", "et al.", "(fig", "(figure", "(table", "(ref", "±", "p <", "p<", "p =",
        "p=",
        *(
            f"this {w}"
            for w in "study paper experiment work article trial analysis research".split()
        ),
        *(f"our {w}" for w in "results findings data analys model experiment".split()),
        *(
            f"we {w}"
            for w in """found find show report demonstrate observe propose investigat measure
            estimate examine analy hypothesi note test identif assess evaluate perform obtain
            conclude compare""".split()
        ),
    ]
)  # fmt: skip
# How many marks make a paper (its apparatus counts up to this many, so that one page of
# reference numbers is not the only witness), and how many of a reporter's words for
# each two marks a paper may hold (it quotes a press office at most).
PAPER_MARKS = 2
APPARATUS_CAP = 3


def reads_as_paper(text: str) -> bool:
    """True when a report reads as a scholarly paper or an abstract rather than as a report
    of one: ``PAPER_MARKS`` marks at least (``_PAPER_HEADING``, ``_PAPER_VOICE``,
    ``_PAPER_APPARATUS``, outside quotation marks), and no more than one reporter's "said"
    or "according to" for each two.

    Example:
        >>> reads_as_paper("Abstract\\nThis study tested a feed additive. We found less gas.")
        True
        >>> reads_as_paper("This study tested a feed additive, the researchers said.")
        False
    """
    if not _PAPER_CUES.find_matches_as_indexes(text.lower()):
        return False
    own = _QUOTED.sub(" ", _SPEAKER_TURN.sub(" ", text))
    needed = max(PAPER_MARKS, 2 * len(_REPORTER_WORDS.findall(own)))
    marks = len(_PAPER_HEADING.findall(own)) + len(_PAPER_VOICE.findall(own))
    # (The apparatus, the costliest pattern, is searched only when it may decide: most news
    # reports have a reporter's "said" too many for it to.)
    if marks < needed <= marks + APPARATUS_CAP:
        marks += min(len(_PAPER_APPARATUS.findall(own)), APPARATUS_CAP)
    return marks >= needed


# The line an op-ed or a letter ends on to say who wrote it ("Mr. Lind is the mayor of
# Ashby.", "Ana Lind is a professor of law."): a person, by title and surname or by full
# name ("Ashby is a port town." names none), among the last lines of a report; page
# furniture may follow it ("A version of this article appeared ...").
_AUTHOR_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<line>(?P<who>(?:Mr|Ms|Mrs|Dr)\.\ [A-Z][a-z'’-]+"
    r"|[A-Z][a-z]+(?:\ [A-Z]\.)?(?:\ [A-Z][a-z'’-]+){1,2})"
    r"\ (?:is|was)\ (?:an?|the)\ [^\n]{5,200}\.)[ \t]*(?=\n|$)",
    re.VERBOSE,
)
AUTHOR_LINE_TAIL = 700
_NOT_AN_AUTHOR = frozenset("He She It This That There They We What Which Who".split())
# The writer's "I" at this rate (per 100 own words) or more: the whole piece is its author's.
# The one dev or anchor report that ends on an author line and says "I" this often is an
# op-ed (2.5 per 100); reports that end on a line about their subject ("Lind is a coach
# who ...") say "I" at 0.4 per 100 at most.
OP_ED_FIRST_PERSON = 1.0


@dataclass(frozen=True, slots=True)
class Author:
    """Who wrote a report in the first person (``name`` as its author line gives it) and
    that line itself (the editor's words, not the author's)."""

    name: str
    line: str


def op_ed_author(text: str, signals: GenreSignals | None = None) -> Author | None:
    """The author of an op-ed or a letter that ends on a line naming its author, when the
    report speaks as "I" throughout (``OP_ED_FIRST_PERSON``): every line of it is the
    author's claim; None for any other report. ``signals`` are the text's
    :func:`genre_signals` if the caller has read them (they are read otherwise).

    Example:
        >>> text = "I ran the mill for ten years. I know what it takes.\\n\\nMr. Lind is the mayor."
        >>> op_ed_author(text)
        Author(name='Mr. Lind', line='Mr. Lind is the mayor.')
        >>> op_ed_author("The mill closed.\\n\\nLind is a coach who never quit.") is None
        True
    """
    lines = [m for m in _AUTHOR_LINE.finditer(text[-AUTHOR_LINE_TAIL:])]
    if not lines or lines[-1].group("who").split()[0] in _NOT_AN_AUTHOR:
        return None
    if signals is None:
        signals = genre_signals(text)
    if signals.transcript or signals.first_person < OP_ED_FIRST_PERSON:
        return None
    return Author(lines[-1].group("who"), lines[-1].group("line"))
