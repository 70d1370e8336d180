"""Whose voice a sentence speaks in, and whether it is about the story at all.

A brief reports in a neutral third person. A columnist's judgement ("This is a disgrace."),
a blogger talking to the reader ("You should see it."), a rhetorical question or a
campaign page's slogan, copied into a brief, reads as the brief's own claim: readers took
such lines for fact. The same words are fine with their owner named ("X wrote that ...",
"..., X said"). A round-up line ("In other news, ...", "(Also on the site: ...)") is about
something else, and readers held it against a brief that ended on one.

Lexical rules written here: news prose marks a writer's own voice and a change of subject
with a small set of words, and a parser or classifier would need a download this project
cannot do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick_rs

from newsfuse.text.cohesion import is_aside
from newsfuse.text.lexicon import CALENDAR_LOWER
from newsfuse.text.quotations import names_someone
from newsfuse.text.tokens import STOP_WORDS, content_terms, word_tokens

# The reader addressed: "you", "your" outside quotation marks. News prose speaks of people,
# not to the reader; a quoted speaker may ("'You never forget it,' she said.").
_SECOND_PERSON_WORDS = ("you", "your", "yours", "yourself", "yourselves", "y'all")
# Openers of an opinion or an aside to the reader, which news prose does not use in its
# own voice (it uses "It is unclear whether ..." and "Officials said ...", which stay):
# among them a writer's amazement or call ("It is amazing -- even by his standards.", "It's
# time for the truth."), not a narrator's past ("It was hard to imagine ...").
_OPINION_OPENER = re.compile(
    r"""\(?(?:let's|let\ us|make\ no\ mistake|face\ it|needless\ to\ say|of\ course,
    |frankly|honestly|admittedly|sadly|alas|mind\ you|to\ be\ (?:fair|honest|sure),
    |yes,|no,|oh,|well,|sure,|not\ that\b|here's|here\ (?:is|are)\b|guess\ what
    |imagine\b|consider\ this|remember\b|don't\b|just\ (?:look|imagine|think)
    # the reader told what to think of ("Think about the man he would replace.", "Think of
    # them as ..."), or the writer's guess with its subject left out ("Looks like it's
    # still his seat to lose.")
    |think\ (?:about|of)\b|(?:looks|seems|sounds)\ like\b
    |check\ (?:out|it)|take\ a\ look|visit\ (?!to\b)|head\ (?:over|on\ over)\ to
    |bottom\ line|the\ bottom\ line|one\ can't|one\ cannot
    # the writer summing up for the reader ("Basically anything is better than sitting on
    # the couch.", "In short, the government has taken the country to the cleaners."): of
    # the 4 such report openings in the dev and anchor sets, all a writer's
    |basically\b|in\ short,|(?:simply\ put|put\ simply|long\ story\ short),
    # the writer's praise of the one written about ("Impressively, the judge uses humour to
    # make her point."), not a reporter's "Remarkably, no one was hurt."
    |impressively,|hilariously,
    |you\b|it's\ (?:hard|difficult|impossible)\ to\ (?:see|imagine|believe|argue|understand)
    |it\ is\ (?:hard|difficult|impossible)\ to\ (?:see|imagine|believe|argue|understand)
    |it's\ no\ (?:wonder|surprise|secret)|no\ wonder|who\ knows|moments\ like\ this|please\b
    |it(?:'s|\ is)\ (?:amazing|astonishing|unbelievable|incredible|sad|shameful|high\ time
    |time\ (?:for|to))\b
    |this\ is\ (?:why|what|a\ disgrace|an\ outrage|outrageous|absurd|ridiculous))""",
    re.IGNORECASE | re.VERBOSE,
)
# A judgement only a writer or a speaker makes: words a neutral report keeps inside
# quotation marks ("called it 'a disgrace'").
_JUDGEMENT_WORDS = (
    "disgrace", "disgraceful", "despicable", "shameful", "sicko", "outrageous", "ought to",
    "absurd", "awesome", "ridiculous", "repugnant", "idiotic", "it turns out", "in my view",
    "in my opinion", "if you ask me", "laughable", "let's", "pathetic", "hilarious",
    "the bane of",
    # A blogger's swearing and name-calling, never a reporter's own words.
    "fuck", "fucking", "fucked", "fucko", "shit", "shitty", "bullshit", "asshole", "crap",
    "crappy", "garbage person", "weirdo",
    # A blogger's interjections ("Yikes.", "Meh.", "this, ahem, momentous event"): all 5 such
    # report sentences of the dev and anchor sets, outside quotation marks, are a writer's
    # quip. (Not "and whatnot" or "natch": their lines in the dev reports tell a fact with a
    # sneer, and dev 0071 lost the story's point, that China's party paper ran the satire.)
    "ahem", "yikes", "meh", "welp", "lol", "lmao",
)  # fmt: skip


def _whole_words(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern of the words (or phrases), each one whole, in any case."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


_SECOND_PERSON = _whole_words(_SECOND_PERSON_WORDS)
_JUDGEMENT = _whole_words(_JUDGEMENT_WORDS)
# A sentence can match those two patterns only where its lower-cased text holds one of their
# words: one pass of an Aho-Corasick automaton rules out most sentences, several times cheaper
# than the patterns (which are left to the few it lets through). In any case "ı" and "ſ" match
# "i" and "s", and "İ" lower-cases to "i̇": those count as cues too.
_VOICE_CUES = ahocorasick_rs.AhoCorasick(
    list(dict.fromkeys((*_SECOND_PERSON_WORDS, *_JUDGEMENT_WORDS, "ı", "ſ", "i\u0307")))
)
# The words that hand a sentence's claim to its owner: "X wrote that ...", "..., X said".
ATTRIBUTION = re.compile(
    r"""\b(?:said|says|say|wrote|writes|write|argued|argues|told|tells|tweeted|tweets
    |posted|posts|added|adds|according\ to|asked|asks|noted|notes|insisted|insists
    |claimed|claims|contended|contends|believes|believed|thinks|thought|suggested
    |suggests|concluded|concludes|opined|quipped|joked|explained|explains|warned|warns
    |declared|declares|stated|states|called|calls|described|describes)\b""",
    re.VERBOSE,
)


def in_writers_voice(text: str, unquoted: str | None = None) -> bool:
    """True when a sentence states an opinion, addresses the reader or asks a rhetorical
    question in its own words (outside quotation marks) and names nobody as saying it.

    Example:
        >>> in_writers_voice("Let's be honest: the plan was never going to work.")
        True
        >>> in_writers_voice("It is unclear whether the plan will work.")
        False
        >>> in_writers_voice('"You have to see it," the mayor said.')
        False

    ``unquoted`` is the sentence with its quotations taken out (``Cohesion.unquoted``),
    when it has been read; without it the whole sentence is read as the writer's.
    """
    own = text if unquoted is None else unquoted
    # the patterns are written with a straight apostrophe; most news pages print a curly one
    if not _voiced(own.strip().replace("’", "'")):
        return False
    return not (ATTRIBUTION.search(own) and names_someone(text, own))


# The writer's aside anywhere in the line ("Each plan is costly, but it's worth noting that
# ...", "And it's worth noting ..."), and the writer's argument ("If the memo exists, then
# there is ..."): a report's "if" tells a condition ("If convicted, he faces ..."), and only
# an argument answers it with "then".
# (A comment set off by commas, "..., of course, ...", "perhaps most interestingly,", was
# tried and taken out: readers preferred dev 0177 with its two such lines, which tell facts
# with a flourish; reading 30.)
_WRITERS_ASIDE = re.compile(
    r"""\bit(?:'s|\ is)\ (?:also\ )?worth\ (?:noting|remembering|mentioning|asking)\b
    |^if\ [^,]{3,80},\ then\b(?!-)""",
    re.IGNORECASE | re.VERBOSE,
)


def _voiced(own: str) -> bool:
    """The writer's own words open on an opinion, address the reader, judge, ask, or point
    at where the writer stands."""
    return bool(
        _OPINION_OPENER.match(own)
        or (("worth" in own or own[:2] in ("If", "if")) and _WRITERS_ASIDE.search(own))
        or "?" in own  # a question in the writer's own words is put to the reader
        or (_has_voice_cue(own) and (_SECOND_PERSON.search(own) or _JUDGEMENT.search(own)))
        or (("here" in own or "Here" in own) and _HERE.search(own) is not None)
        or _shouts(own)
    )


# A common word printed in capitals for stress between lower-case words ("The cup IS the
# dessert.", "... without ANY use on my drive."): a blogger's raised voice; news prose stresses
# nothing so. Not an acronym after an article ("an IS execution video"), not a run of
# capitals (a headline, a drop cap: "THE TOWNHOUSE that ...", "MUST WATCH ...").
_SHOUTED_WORDS = (
    "IS", "ARE", "WAS", "WERE", "NOT", "NEVER", "ANY", "ALL", "REALLY", "VERY", "DID", "DOES",
    "ONLY", "EVER", "ACTUALLY", "LITERALLY", "MUST", "HAS", "HAVE", "HAD",
)  # fmt: skip
_SHOUTED = re.compile(
    # (the space first, the word before it read back: the engine skips to each space)
    rf" (?<=[a-z,] )(?<!\ba )(?<!\ban )(?<!\bthe )(?:{'|'.join(_SHOUTED_WORDS)}) [a-z]"
)
# The words with their spaces, found in one pass (most sentences hold none; the pattern, which
# tries every space, is left to the few that do).
_SHOUTED_CUES = ahocorasick_rs.AhoCorasick([f" {word} " for word in _SHOUTED_WORDS])


def _shouts(own: str) -> bool:
    """Whether the writer's own words stress a common word in capitals (``_SHOUTED``)."""
    if not _SHOUTED_CUES.find_matches_as_indexes(own):
        return False
    return _SHOUTED.search(own) is not None


# "here" in the writer's own words: where the writer stands ("here at the show", "the
# analysis here is simple", "a first here"), a place only the page's dateline or its
# picture names. A brief has neither, and readers took "here at CES" for the brief's own
# voice. Not a time or a presence ("April is here", "here to stay", "here and there").
_HERE = re.compile(
    r"(?<!\b[Ii]s\ )(?<!\b[Aa]re\ )(?<!\bwas\ )(?<!\bwere\ )(?<!\bbeen\ )(?<!\b[Bb]e\ )(?<!'s\ )"
    r"\b[Hh]ere\b(?!\ +(?:and|nor|to\ stay)\b)(?!')"
)


def _has_voice_cue(own: str) -> bool:
    """Whether the text holds a word of ``_SECOND_PERSON`` or ``_JUDGEMENT`` in any case."""
    return bool(_VOICE_CUES.find_matches_as_indexes(own.lower()))


# Openers of a line about something else: a round-up, a link to another story.
# ("For more than a decade, ..." tells how long: news, not a link to more.)
_ROUND_UP = re.compile(
    r"""\(?(?:in\ (?:other|related|unrelated)\ news|in\ (?:an?\ )?unrelated\b
    |elsewhere\b|also\ (?:on|in|at|read|see)\b
    |related\b|more\ (?:on|from)\b|for\ more\b(?!\ than)|continue\ (?:on|reading)|click\b
    |in\ case\ you\ missed\ it|icymi|bonus:|plus:|previously:|read\b|watch\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# A label in capitals glued to the line it heads: a promotion for other coverage
# ("COUNTDOWN TO 2020 The race for 2020 starts now."). A dateline is set off by a dash or a
# bracket ("NEW YORK (AP) — ..."), so it does not match.
_PROMO_LABEL = re.compile(r"[A-Z]{3,}(?:\s+[A-Z0-9]{2,})+\s+[A-Z][a-z]")


def rounds_up_elsewhere(text: str) -> bool:
    """True when a sentence opens as a round-up or a link to another story.

    Example:
        >>> rounds_up_elsewhere("In other news, the zoo welcomed a baby giraffe.")
        True
        >>> rounds_up_elsewhere("Other news outlets reported the same figure.")
        False
        >>> rounds_up_elsewhere("LIVE UPDATES Follow the count as it happens.")
        True
    """
    text = text.lstrip()
    return _ROUND_UP.match(text) is not None or _PROMO_LABEL.match(text) is not None


# A name: a capitalised word after a space or an opening bracket (not a sentence's first
# word, nor a quotation's, which every sentence has), that is not a function word, day or
# month. The pattern starts on the capital (the space or bracket before it checked as a
# lookbehind), so the regex engine skips to capitals instead of trying every position.
_CAPITALISED_AFTER_SPACE = re.compile(r"[A-Z](?<=[\s(][A-Z])[\w'’-]+")
_NOT_NAMES = STOP_WORDS | CALENDAR_LOWER | frozenset("mr mrs ms dr".split())


def names_in(text: str) -> frozenset[str]:
    """The names of a text, lower-cased (see ``_CAPITALISED_AFTER_SPACE``).

    Example:
        >>> sorted(names_in("Rain hit Oslo and Bergen on Monday."))
        ['bergen', 'oslo']
    """
    found = {
        word.lower().replace("’", "'").removesuffix("'s")
        for word in _CAPITALISED_AFTER_SPACE.findall(text)
    }
    found -= _NOT_NAMES  # (in place, on a set: one frozenset built, not two)
    return frozenset(found)


def event_words(text: str) -> frozenset[str]:
    """A text's content words, cut to their first five letters (so "counted" and
    "counting" meet without a stemmer).

    Example:
        >>> sorted(event_words("Votes were counted in the county."))
        ['count', 'votes']
    """
    return frozenset(term[:5] for term in content_terms(word_tokens(text)))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What the other reports of a story say: every name they print, and the event words
    of their opening lines (where a report says what happened)."""

    names: frozenset[str]
    words: frozenset[str]

    @classmethod
    def of(cls, reports: Iterable[str], openings: Iterable[str]) -> Vocabulary:
        """The names of the ``reports``' texts and the event words of their ``openings``."""
        names: set[str] = set()
        for report in reports:
            names |= names_in(report)
        words: set[str] = set()
        for opening in openings:
            words |= event_words(opening)
        return cls(frozenset(names), frozenset(words))


# A sentence about the story shares a name with another report or, failing that, more than
# this many event words with their openings: the last line of a report that turns to
# another race, country or product ("Hyde-Smith is expected to win the Mississippi runoff"
# after an Arizona count) shares none of its names and none of those words.
MAX_SHARED_WORDS = 0


def off_story(text: str, elsewhere: Vocabulary) -> bool:
    """True when a plain statement (no quotation, nobody saying it) or an aside in
    parentheses names only people, places or things no other report of the story names,
    and shares at most ``MAX_SHARED_WORDS`` event words with their openings: a line
    about something else. A quotation's speaker or a new witness may be one report's
    own, so sentences that quote or attribute are left to the other rules.

    Example:
        >>> other = Vocabulary.of(["Fire crews in Dover fought a harbour blaze."] * 2, [
        ...     "Fire crews in Dover fought a harbour blaze."])
        >>> off_story("(A Denver startup gives parents a year off.)", other)
        True
        >>> off_story("The mayor of Dover thanked the crews.", other)
        False
    """
    return names_none_of(text, elsewhere.names) and shares_few_words(
        event_words(text), elsewhere.words
    )


def shares_few_words(words: frozenset[str], openings: frozenset[str]) -> bool:
    """:func:`off_story`'s test of a sentence's event words (``words``) against those of
    the reports' openings (``openings``): at most ``MAX_SHARED_WORDS`` shared."""
    return len(words & openings) <= MAX_SHARED_WORDS


def names_none_of(text: str, names: frozenset[str]) -> bool:
    """:func:`off_story`'s other tests: a plain statement or an aside that names somebody or
    something, none of them in ``names`` (what the other reports name). Both tests are pure,
    so a caller may run the cheaper :func:`shares_few_words` first and this one only when
    that one holds."""
    own_names = names_in(text)
    if not own_names or own_names & names:
        return False
    return is_aside(text) or not (_QUOTE_MARK.search(text) or ATTRIBUTION.search(text))


_QUOTE_MARK = re.compile(r"[\"“”]")
