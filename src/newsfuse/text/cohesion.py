"""How a sentence leans on the text before it: openers ("He ...", "Those charges ...",
"But ...") that need the sentence they follow, a quotation whose speaker is not named
(``text.quotations``), and words inside a sentence that point back.

Lexical rules written here, shared by the selection of a brief and by the readability
measure of ``newsfuse eval``: a parser or coreference model would need a download this
project cannot do, and news prose marks these things with a small set of words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick_rs

from newsfuse.text.lexicon import CALENDAR, SHORT_TITLES
from newsfuse.text.quotations import (
    Quotation,
    Speaker,
    has_quote_marks,
    outside_quotes,
    pronoun_speaks,
    read_quotes,
)
from newsfuse.text.tokens import STOP_WORDS

# --- Openers --------------------------------------------------------------------------------

# Pronouns, demonstratives and connectives that point back to the sentence before.
_OPENER = re.compile(
    r"""^\(?(?:
    He|She|It|They|We|I|You|His|Her|Its|Their|Our|My|Your|Him|Them|Us|Me|One
    |This|That|These|Those|Such|Both|Another|Other|Others|Either|Neither|The\ latter|The\ former
    |But|And|Or|Nor|So|Yet|Also|However|Still|Meanwhile|Instead|Moreover|Furthermore|Besides
    |Nevertheless|Nonetheless|Thus|Therefore|Hence|Otherwise|Then|Indeed|Plus|Except|Likewise
    |Similarly|Additionally|Again|Even\ so|In\ addition(?!\ to)|As\ a\ result|In\ fact|After\ that
    # one more of what the sentence before told ("In short", "Once again" and a bare
    # "Worse" reach further back, to what the report told all along)
    |Even\ worse|Worse\ (?:still|yet)|Better\ (?:yet|still)|What['’]s\ more
    # a comparison with what the line before told ("Even more simply, the ratio can be
    # used.", "Even better, ..."), and a turn from it to something else ("As for adults,
    # naps do not help.", "As for Bing, it ..."): each of the 13 report sentences of the dev
    # and anchor sets that opens on "As for" turns from the one before it
    |Even\ better|Even\ (?:more|less)\ \w+ly(?=,)|As\ for
    # a reason given for what the line before told ("After all, there are plenty of millions
    # to go around."): all 6 such report sentences of the dev and anchor sets; not "After all
    # the votes were counted, ..."
    |After\ all(?=,)
    |Afterward|Afterwards|Later|Earlier|By\ then|At\ the\ time|Until\ then|Since\ then
    |In\ turn|In\ response|As\ such|Even\ then|Not\ only\ that|Because|Regardless|Of\ course
    |Overall|Anyway|Ultimately|Specifically|Accordingly|Consequently|Conversely|Alternatively
    |Which|Whereas|Though|Although\ that|Now|Here|True,
    |All(?=\ (?:of\ (?:them|those|these)|were|are|had|have|lived|died|survived)\b)
    |For\ (?:instance|example)|In\ other\ words|On\ the\ other\ hand|By\ contrast|In\ contrast
    |On\ the\ contrary|That\ said|Even\ (?:before|after)\ that|By\ comparison
    |The\ (?:two|three|four|pair|couple|duo|trio)
    |The\ (?:next|remaining|rest)(?!\ (?:step|steps|hearing|meeting|election|round|phase|stage
    |season|generation|time)\b)
    |The\ (?:group|newspaper|paper|magazine|network|nonprofit|non-profit|charity)(?!\ of\b)
    |The\ (?:statement|letter|memo|e-?mails?|documents?|filing|post(?!\ office)|tweet|message|note
    |organi[sz]ation|company|firm|agency|other|same)
    |The\ (?:official|source|biographer|spokes(?:man|woman|person)|researcher|investigator)
    (?=\ (?:said|says|added|adds|told|wrote|noted|explained|confirmed|declined|stated|asked))
    |(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|Next|Secondly|Thirdly)(?=,)
    # one of cases told before: "In one case, ...", "In another instance, ..."
    |In\ (?:one|another|the\ other|both|each|either)\ (?:case|instance)s?(?=,)
    )(?![\w-])""",
    re.VERBOSE,
)
# "One" opens many sentences that stand alone ("One person died ..."): only "One of them".
_ONE_OF_THEM = re.compile(r"^One of (?:them|those|these|the two|the three)\b")
# "Both" points back ("Both men were held."), unless it opens a pair it names itself:
# "Both the parasite and the mosquito ...", "Both Apple and Google ...".
_BOTH_NAMED = re.compile(
    r"^Both (?:(?:the|a|an) [\w'’.-]+(?: [\w'’.-]+){0,4}|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r" and (?:the |a |an )?[\w'’.-]"
)
# "It is unclear whether ...", "It has been 10 years since ...": an "it" with no antecedent.
_EXPLETIVE_IT = re.compile(
    r"""^It(?:'s|’s|\ is|\ was|\ remains|\ remained|\ seems|\ seemed|\ appears|\ appeared
    |\ has\ been|\ had\ been|\ will\ be|\ would\ be|\ could\ be|\ may\ be|\ might\ be)
    (?:\ not|\ still|\ now|\ also|\ already|\ yet)*
    \ (?:unclear|clear|known|unknown|likely|unlikely|possible|impossible|expected|believed
    |thought|estimated|reported|understood|hoped|feared|uncertain|rumou?red|alleged|said
    |too\ early|not\ yet\ known|difficult|hard|easy|important|illegal|legal|true|false
    |unusual|rare|common|uncommon|obvious|evident|apparent|worth|time|necessary|against
    |(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\ (?:years|months|
    weeks|days|decades|hours)\ since)\b""",
    re.VERBOSE,
)
# "This week, ...": a demonstrative of time points at the date of the report, not back.
_THIS_TIME = re.compile(
    r"^This (?:week|weekend|month|year|morning|afternoon|evening|summer|spring|fall|autumn"
    r"|winter|season|past|coming)\b"
)


# The descriptions that stand for a person named before: "the singer", "the Oregon
# Democrat", "the 55-year-old".
_EPITHET_NOUNS = r"""(?:star|singer|actress|actor|rapper|champion|comedian
    |crooner|musician|model|singer-songwriter|frontman|songwriter|legend|icon|heiress
    |socialite|hitmaker|starlet|mogul|personality|winner|Republican|Democrat|senator
    |lawmaker|congressman|congresswoman|governor|mayor|candidate|nominee|billionaire
    |businessman|businesswoman|tycoon|contender|hopeful)"""
# "The tennis champion, 35, gave birth ...", "The Smokey and the Bandit star has been ...",
# "The South Carolina Republican said ...",
# "Midway through her set, the six-time Grammy winner, 31, played ...", "The 55-year-old
# ...": a description that stands for a person named before (the headline, usually). A
# description with an age beside it, or a "star" word followed by its verb, not by a name.
_EPITHET = re.compile(
    rf"""^(?:The\ (?:[\w'’.-]+\ ){{0,6}}?{_EPITHET_NOUNS}
    \ (?!(?:of|for|in|at|on|from|and|with|to|who's)\b)[a-z]
    |The\ \d{{1,3}}-year-old\b
    |(?:[^,;:"“]{{0,60}},\ )?[Tt]he\ (?:[\w'’.-]+\ ){{0,5}}?[a-z][\w-]*,\ \d{{1,3}},)""",
    re.VERBOSE,
)
# '"...," the Oregon Democrat said.', 'In a statement, the California Democrat said ...',
# '"...," said the 61-year-old.': the same description, with a word that sets it apart
# (a state, a party, "former"), as the speaker of a line, after its quotation or a lead-in
# phrase. The page named the person in the line before ("Rep. Kurt Schrader, a member of
# ..., predicted ..."); without it a reader meets a speaker who is nobody. A bare role ("the
# mayor said") is the one mayor of a local story and stands; so does "Ron Wyden, the Oregon
# Democrat, said", which names him.
# The verbs of saying after the description ("the Oregon Democrat said"), and those before
# it ("said the 61-year-old"), fewer.
_SAYS_AFTER = (
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "explained",
    "explains", "noted", "notes", "continued", "insisted", "argued", "tweeted",
)  # fmt: skip
_SAYS_BEFORE = (
    "said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "continued",
    "tweeted",
)  # fmt: skip
_EPITHET_SPEAKS = re.compile(
    rf"""(?:^|Q\s*["”’]?\s*,?\s*|[,;]\s+)the\ (?:(?:[\w'’.-]+\ ){{1,6}}?{_EPITHET_NOUNS}
    |(?:[\w'’.-]+\ ){{0,6}}?\d{{1,3}}-year-old)(?:,\ \d{{1,3}},)?
    \ (?:{"|".join(_SAYS_AFTER)})\b
    |\b(?:{"|".join(_SAYS_BEFORE)})
    \ the\ (?:(?:[\w'’.-]+\ ){{1,6}}?{_EPITHET_NOUNS}|(?:[\w'’.-]+\ ){{0,6}}?\d{{1,3}}-year-old)
    (?:,\ \d{{1,3}})?\s*[.,]?\s*$""",
    re.VERBOSE,
)


def speaks_by_epithet(unquoted: str) -> bool:
    """Whether the speaker of a line is only a description of somebody named before.

    Example:
        >>> speaks_by_epithet('“ Q ” the Oregon Democrat said.')
        True
        >>> speaks_by_epithet('Ron Wyden, the Oregon Democrat, said the deal would pass.')
        False
    """
    # Pre-test: every match holds "the " and a verb of saying (3 lines in 10); the pattern is
    # slow. (``_SAYS_BEFORE`` is within ``_SAYS_AFTER``.)
    return (
        "the " in unquoted
        and bool(_SAYS_CUES.find_matches_as_indexes(unquoted))
        and _EPITHET_SPEAKS.search(unquoted) is not None
    )


# The verbs of saying as substrings, found in one pass: ``any(verb in unquoted for verb in
# _SAYS_AFTER)`` (a generator of 16 tests) took three times as long, on every line with "the ".
_SAYS_CUES = ahocorasick_rs.AhoCorasick(_SAYS_AFTER)


# "Sen. Ana Ortiz charged on Sunday.": the attribution of the sentence before it, split
# off at a line break; it says nothing by itself.
_ATTRIBUTION_TAIL = re.compile(
    r"""^[A-Z][\w.'’-]*\ (?:[\w.'’-]+\ ){0,5}(?:said|says|charged|added|wrote|tweeted|noted|argued
    |claimed|insisted|explained|stated|declared|warned|contended|told\ reporters)
    (?:\ (?:on\ )?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today
    |yesterday|last\ week|this\ week|in\ a\ statement|in\ an\ interview))?\.$""",
    re.VERBOSE,
)
_TAIL_MAX_CHARS = 90
# '"Okay!" Weiner said loudly, though not enthusiastically.', '"We pray together!" Francis
# told Benedict in a gesture of humility.': a speaker and the manner of speaking, cut off
# its quotation where the sentence splitter took "!" for an end; it tells nothing alone (3
# of the 24,469 dev and anchor candidates, all such tails; "Ortiz told Lind in May" and
# "Lind said the dam held" say something).
_MANNER_TAIL = re.compile(
    r"""^(?:[A-Z][\w.'’-]*\ ){1,3}(?:said|says|told|asked|replied|responded|shouted|yelled
    |exclaimed|whispered|joked|quipped|insisted)
    (?:\ (?:[A-Z][\w'’-]*|reporters|him|her|them))?
    (?:,?\ (?:(?:though|but|and)\ (?:not\ )?)?(?:[a-z]+ly
    |in\ (?:an?|the|his|her|their)\ [\w’'-]+(?:\ [\w’'-]+){0,4}))+\.$""",
    re.VERBOSE,
)
# "In this case, ...", "At that point ...", "Despite those warnings ...": a lead-in phrase
# whose demonstrative points back ("This week" and "For those who ..." do not).
_DEMONSTRATIVE_LEAD_IN = re.compile(
    r"""^(?:In|At|For|By|On|After|Before|Since|Despite|Given|Under|With|Besides|Like|Unlike
    |Because\ of|Due\ to|As\ for|As\ with|Amid|Following|From|Beyond|Against)
    \ (?:(?:all|both|one|some|many|none|each|most)\ of\ )?
    (?:that|these|those(?!\ who)|such|this(?!\ (?:week|weekend|month|year|morning|afternoon
    |evening|summer|spring|fall|autumn|winter|season|time|past|coming|story|article)\b))\b""",
    re.VERBOSE,
)

# "In his opinion, the law ...", "After their defeat, the party ...", "The spectacle of her
# playing Kate ...": a pronoun inside the opening phrase points back too, unless a name
# follows that it points forward to ("After his arrest, Demoski said ...").
_PRONOUN_IN_LEAD_IN = re.compile(
    r"""^(?:(?:In|At|For|By|On|After|Before|Since|Despite|During|Under|With|Unlike|Like|Amid
    |Following|From|Against|To)\ (?:his|her|their)\ [\w'’-]+(?:\ [\w'’-]+){0,3},\ (?![A-Z])
    |The\ [a-z]+\ of\ (?:his|her|their|him|them)\b)""",
    re.VERBOSE,
)

# "By the next year, ...", "The following day ...", "That same week ...": a time counted from
# one the sentence before gave ("the same day as the vote" gives its own).
_RELATIVE_TIME = re.compile(
    r"""^(?:(?:By|On|In|At|Later|Early|Late|Until)\ )?(?:the|that)\ (?:very\ )?
    (?:next|following|previous|same)\ (?:day|week|month|year|morning|afternoon|evening|night
    |weekend)\b(?!\ (?:as|of|that|when)\b)""",
    re.VERBOSE | re.IGNORECASE,
)

# "A day later, ...", "Moments later ...", "Two weeks earlier, ...", "Shortly afterward, ...":
# a time counted from an event some sentence before told, without naming it. ("Two days
# before the vote" and "Shortly after 3 p.m." give their own; "Later"/"Earlier" alone and
# "The next day" lean on the sentence before already: ``_OPENER``, ``_RELATIVE_TIME``.)
_TIME_COUNTED = re.compile(
    r"""^(?:(?:Just|Only|About|Nearly|Almost|Some|Barely|Less\ than|More\ than)\ )?
    (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\ few|several|\d+)\ )?
    (?:seconds?|minutes?|moments?|hours?|days?|weeks?|months?|years?|decades?)
    \ (?:(?:later|earlier)\b(?!\ than\b)|(?:before|afterward|afterwards)(?=,))
    |(?:Shortly|Soon|Not\ long|Immediately)\ (?:after|afterward|afterwards|before)
    (?:\ (?:that|this))?(?=,)""",
    re.VERBOSE | re.IGNORECASE,
)


def counts_time_from_before(text: str) -> bool:
    """True when the sentence opens on a time counted from an event told before it ("A day
    later, ...", "Hours later ...", "Shortly afterward, ..."): it reads right only after
    that event, in its report's order.

    Example:
        >>> counts_time_from_before("A day later, the mayor replied on her page.")
        True
        >>> counts_time_from_before("Two days before the vote, the mayor replied.")
        False
    """
    return _TIME_COUNTED.match(text) is not None


# A subordinate clause standing alone ("Even if it is boring.", "Just as they did in Baby
# Mama."): its main clause is the sentence before. With a comma the main clause follows
# ("Even if the fine is not paid, the pier reopens.").
_CLAUSE_ALONE = re.compile(
    r"^(?:Even\ if|Even\ though|Even\ when|Just\ as|Although|Unless|As\ if|As\ though"
    r"|So\ that)\b[^,;:]{0,80}[.!?]$"
)
# A fragment that gives the reason for a word of the sentence before ('... plays like a
# smart and stylish thriller. Smart because of the way it pulls back ...'): one word, then
# "because". ("Just because ..." and "Only because ..." open sentences of their own, and
# "Partly because ..." answers the sentence before as surely.)
_REASON_ALONE = re.compile(r"^(?!(?:Just|Only|Simply)\b)[A-Z][a-z]+\ because\b")
# A share that opens a sentence and tells neither what it counts nor what it is of: a bare
# verb follows it ("Fifty-five percent disapprove, a record.", "Forty percent now agree."),
# and the sentence before says what was asked ("The president's approval rating has fallen
# to 42 percent ..."). Last in a brief without that sentence, it counted nothing the brief
# told (dev 0177; 2 of the 26,339 report sentences of the dev and anchor sets, both of
# that poll). A share that names its people ("Fifty-five percent of voters
# disapprove.") or what they did ("55 percent favor delaying it.") stands: a wider rule
# (any share without "of") took from dev 0018 "23% didn't even have a wedding budget"
# after a line on couples' budgets, which reads well there.
_TENS = r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SHARE_ALONE = re.compile(
    rf"^(?:\d+(?:\.\d+)?\ ?(?:%|percent|per\ cent)"
    rf"|(?:{_TENS}(?:-{_UNITS})?|Ten|Eleven|Twelve|Fifteen)\ (?:percent|per\ cent))"
    r"\ (?:[a-z]+ly\ |now\ |still\ )?[a-z]+[,;.]"
)
# A count with no noun at all ("There are 1.2 billion now." after "In 1966 there were
# around half a billion Indians."): what it counts is in the sentence before, as a bare
# share's is (1 report sentence of the dev and anchor sets).
_COUNT_ALONE = re.compile(
    r"^There\ (?:are|were|is|was)\ (?:about\ |nearly\ |more\ than\ |over\ |some\ )?"
    r"[\d.,]+(?:\ (?:hundred|thousand|million|billion))?(?:\ now|\ today)?[.!]$"
)

# A quotation that opens by answering or pointing back ('"That\'s not true," she said.',
# '"No, we never did."') answers words the brief would leave out.
_ANSWERING_QUOTE = re.compile(
    r"""^["“‘](?:That|This|These|Those(?!\ who)|No|Yes|But|And|So|Which|Also|However|Again)
    (?![\w-])""",
    re.VERBOSE,
)


def opens_dangling(text: str) -> bool:
    """True when the sentence opens with a word that needs the sentence before it: a
    pronoun, a demonstrative or a connective ("He had been stabbed ...", "Those charges
    ...", "But ..."), not "It is unclear whether ..." or "This week ...".

    Example:
        >>> opens_dangling("Those charges were dropped in May.")
        True
        >>> opens_dangling("It is unclear whether the road will reopen.")
        False
        >>> opens_dangling("Hermione Lee spoke first.")
        False
    """
    match = _OPENER.match(text)
    if match is None:
        return bool(
            _ANSWERING_QUOTE.match(text)
            or _EPITHET.match(text)
            or _DEMONSTRATIVE_LEAD_IN.match(text)
            or _PRONOUN_IN_LEAD_IN.match(text)
            or _RELATIVE_TIME.match(text)
            or _CLAUSE_ALONE.match(text)
            or _REASON_ALONE.match(text)
            or _SHARE_ALONE.match(text)
            or _COUNT_ALONE.match(text)
            or (
                len(text) < _TAIL_MAX_CHARS
                and (_ATTRIBUTION_TAIL.match(text) or _MANNER_TAIL.match(text))
            )
        )
    core = text.lstrip("(")
    if core.startswith("One"):
        return _ONE_OF_THEM.match(core) is not None
    if core.startswith("Both"):
        return _BOTH_NAMED.match(core) is None
    return not (_EXPLETIVE_IT.match(core) or _THIS_TIME.match(core))


# "In 1989, he joined ...": a pronoun subject right after a short lead-in phrase points
# back as surely as one that opens the sentence.
_PRONOUN_AFTER_LEAD_IN = re.compile(
    r"[A-Z][^,;:\"“]{0,40}, (?:he|she|they|we|I|his|her|their|its|him|them)\b(?!-)"
    # and without the comma: "By the next afternoon his temperature had shot to 104.6"
    r"|(?:By|After|Before|Within|During|Until|Later|Days|Weeks|Hours|Months)(?: [\w'’-]+){1,4}"
    r" (?:his|their) [a-z]+ (?:had|has|was|were|is|are|would|will|could|[a-z]+ed)\b"
)


# --- Demonstratives inside a sentence ---------------------------------------------------------

# Nouns after "this"/"these" that point at the time or the page of the report, not back:
# "this week", "this year's", "these days", "this story", "in this country".
_HERE_AND_NOW = (
    "week|weekend|month|year|morning|afternoon|evening|night|summer|spring|fall|autumn|winter"
    "|season|time|times|past|coming|quarter|century|decade|term|session|semester|era|day|days"
    "|point|stage|story|article|page|post|site|country|way|far|much|many|kind|sort|type"
)
# Words that make "this"/"that"/"those" a pronoun or a conjunction rather than a pointer
# at a noun ("this is", "those who", "in that there are", "similar to that evoked by").
_NOT_A_NOUN = (
    "is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|shall|does|did"
    "|isn|wasn|a|an|the|he|she|it|they|we|you|i|his|her|its|their|our|there|this|that|one"
    "|and|or|but|if|in|on|of|to|at|for|from|by|with|as|who|whom|whose|which|what|when"
)
# Past participles not ending in "-ed": "those driven by ...", "those born after 1990" is
# a group the sentence itself defines, as "those killed in ..." is.
_IRREGULAR_PARTICIPLES = (
    "born|driven|given|taken|known|held|seen|caught|chosen|written|found|hit|hurt|struck"
    "|bitten|shown|sent|sold|paid|brought|bought|made|kept|told|thrown|won|lost|stolen|hidden"
)
# A demonstrative that points at something named before the sentence: "this change",
# "these reports", "to that pre-K center", "of that evidence", "those convictions", "any
# such conversation", "how that factored into ...". (Hand-written: a determiner is told
# from a pronoun or a conjunction by the word beside it; a tagger would need a download.)
# (Written from the first letters, the word boundary before them a lookbehind, and the word
# before "that" or "such" as lookbehinds after it: the engine skips to each "t" and "s".)
_POINTER = re.compile(
    rf"""[ts](?<![\w'’-][ts])(?<!such\ as\ [ts])(?:
    (?<=t)h(?:is|ese)\ (?!(?:{_HERE_AND_NOW}|{_NOT_A_NOUN})\b(?!-))(?P<near>[a-z][a-z-]*)
    |(?<=t)hat(?:(?<=\bto\ that)|(?<=\bof\ that)|(?<=\bin\ that)|(?<=\bon\ that)
    |(?<=\bat\ that)|(?<=\bfor\ that)|(?<=\bfrom\ that)|(?<=\bduring\ that)
    |(?<=\babout\ that)|(?<=\binto\ that)|(?<=\bover\ that)|(?<=\bsince\ that))
    \ (?!(?:{_HERE_AND_NOW}|{_NOT_A_NOUN}|very)\b(?!-))(?P<far>[a-z][a-z-]*)
    |(?<=t)hose\ (?!(?:{_NOT_A_NOUN}|many|few|most|still|close|closest|eligible|responsible
    |under|over|between|without|{_IRREGULAR_PARTICIPLES})\b|[a-z]+(?:ed|ing|ly)\b)
    (?P<those>[a-z][a-z-]*)
    |(?<=s)uch(?:(?<=\bany\ such)|(?<=\bno\ such))\ (?!thing\b)(?P<such>[a-z][a-z-]*)
    |(?<=t)hat(?:(?<=\bhow\ that)|(?<=\bwhy\ that)|(?<=\bwhether\ that))\ [a-z]+ed\b
    )""",
    re.VERBOSE,
)
# "By the way, this isn't ...", "Needless to say, that makes ...": a demonstrative subject
# right after a short lead-in, as "In 1989, he joined ...".
# (Not after a clause of time or condition: "When the finger is shorter, this results in
# ..." points at that clause.)
_DEMONSTRATIVE_AFTER_LEAD_IN = re.compile(
    r"(?!(?:When|If|As|Because|Since|While|Although|Though|Once|Unless|After|Before|Whether)\b)"
    rf"[A-Z][^,;:\"“]{{0,40}}, (?:this|that)\ (?!(?:{_HERE_AND_NOW})\b)[a-z]"
)
# A noun after "this" that ends in "s" is mostly a verb ("this results in", "this means"),
# unless its ending is a singular noun's ("this process", "this crisis", "this news").
_SINGULAR_S = ("ss", "is", "us", "ews")


def points_back_inside(text: str, unquoted: str | None = None) -> bool:
    """True when a sentence points, past its first words, at something named before it:
    a demonstrative before a noun that the sentence itself does not name earlier ("While
    this group backed Obama ...", "... called to that pre-K center on Friday", "The public
    official denies any such conversation.", "... how that factored into the decision").
    Words inside quotation marks are the speaker's and are not read; "this week", "those
    who", "the charges, and those charges ..." and "no such thing as" are fine.

    Example:
        >>> points_back_inside("Researchers believe this change could explain it.")
        True
        >>> points_back_inside("Nine charges were filed, and those charges stand.")
        False
        >>> points_back_inside("The storm hit the coast this week.")
        False
        >>> points_back_inside("The harbour master gets that a lot.")
        True

    ``unquoted`` is the sentence's :attr:`Cohesion.unquoted`, when it has been read.
    """
    tail = text[-_TAIL_CHARS:]
    ends_on_pointer = "that" in tail or "this" in tail
    pointer_inside = _has_pointer_word(text)
    if not (ends_on_pointer or pointer_inside):
        return False
    own = outside_quotes(text) if unquoted is None else unquoted  # (read once for both tests)
    if ends_on_pointer and _POINTER_AT_END.search(own[-_TAIL_CHARS:]):
        return True
    return pointer_inside and _demonstrative_points_back(own)


def _demonstrative_points_back(own: str) -> bool:
    """:func:`points_back_inside`'s reading of a demonstrative before a noun in ``own``
    (the sentence without its quotations)."""
    if (", this " in own or ", that " in own) and _DEMONSTRATIVE_AFTER_LEAD_IN.match(own):
        return True
    for match in _POINTER.finditer(own):
        noun = match.group("near") or match.group("far") or match.group("those")
        noun = noun or match.group("such")
        if noun is None:  # "how that factored"
            return True
        if _verb_after(match.group(), noun):
            continue
        if noun[:5] not in own[: match.start()].lower():  # "Nine charges ... those charges"
            return True
    return False


# Words after "that" that make it no determiner of a noun: a verb of a relative clause
# ("an avalanche that swept down"), an adverb or a degree ("that ever lived", "not that
# unusual"), the subject of a clause ("said that police ..."), besides the pointer's own
# exceptions ("that week", "that is").
_NOT_AFTER_THAT = (
    "ever|already|even|both|still|also|never|only|just|often|always|most|all|some|each"
    "|every|no|not|without|during|despite|after|before|until|while|once|when|if|because"
    "|such|over|upon|up|although|though|inside|outside|around|women|men|people|children"
    "|police|led|drew|broke|ran|took|made|won|came|went|began|grew|fell|rose|saw|gave|left"
    "|met|sent|set|put|got|kept|thought|stood|spent|became|knew|let|swept|cost|cut|bound"
    "|large|small|many|more|less|few|new|old|same|other|little|well|good|bad|high|low"
    "|great|last|first|next|unusual|impressive|important|serious|easy|hard|simple"
    f"|very|{_IRREGULAR_PARTICIPLES}|{_HERE_AND_NOW}|{_NOT_A_NOUN}"
)
# "that" and one or two words before punctuation: the object a verb points at, ending its
# clause ("... reads that filing.", "The court rejected that argument, and ..."), told from
# a clause ("said that officials were ...") by the punctuation after the noun. (Before
# another word "that" was as often a conjunction or a relative pronoun: "a song that
# spell out ...", "Note that right now ...".) (Its "t" first, the boundary before it a
# lookbehind after it: a leading lookbehind made the engine try every position, three and a
# half times slower.)
_THAT_NOUN = re.compile(
    rf"t(?<![\w'’-]t)hat (?!(?:{_NOT_AFTER_THAT})\b(?!-))"
    r"(?P<noun>[a-z][a-z-]*)(?: (?P<second>[a-z][a-z-]*))?(?P<after>[.,;:!?])"
)
_NOT_A_SECOND_NOUN = re.compile(rf"(?:{_NOT_AFTER_THAT})")
# The word before "that" when it is a conjunction or a relative pronoun, not a
# determiner: a verb of saying or knowing ("said that ..."), a plural noun ("groups that
# deny ..."), a day ("announced Tuesday that ..."); prepositions are ``_POINTER``'s.
_THAT_JOINS = re.compile(
    r"(?:\b(?:to|of|in|on|at|for|from|during|about|into|over|since|so|now|such|and|but"
    r"|or|is|was|are|were|be|been|who|which|people|one|ones|those|things?|never|not|quite"
    r"|all|said|say|announced|reported|argued|claimed|believe|believed|suggested|showed"
    r"|shown|found|noted|insisted|warned|revealed|concluded|hoped|think|thought|know|knew"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|[a-z]+[^s\W]s|n['’]t|[^\w\s])\s*$"
)

# A clause before "that" in the sentence itself, which may tell its thing: "... made $9
# million, becoming the first ferry to reach that mark.", "... earned millions, but they got
# that money honestly.", "..., and the levy should help that effort.".
_ANOTHER_CLAUSE = re.compile(r"\bbut\b|, and\b|, [a-z]+ing\b")


def that_object(unquoted: str) -> str | None:
    """The noun that "that" determines as the object a verb points at, outside quotation
    marks (``unquoted``, a :attr:`Cohesion.unquoted`), when the sentence has not named it
    before, at the end of its clause: "... reads that filing." gives "filing", "The board
    rejected that argument, and ..." gives "argument"; the filing, the argument are told
    before the sentence. None for "that" as a conjunction or a relative pronoun ("said that
    officials were ...", "groups that deny the claim."). Of the 19 sentences of the dev and anchor
    tuning reports it finds (that no other rule finds leaning), all 19 lean on what came
    before.

    Example:
        >>> that_object("The harbour board rejected that argument, and the quay closed.")
        'argument'
        >>> that_object("Ana Ortiz said that officials were told.")
        >>> that_object("Ferrymen pooled their pay for years, but the quay took that.")
    """
    if " that " not in unquoted:  # (most sentences: no pattern is run)
        return None
    for match in _THAT_NOUN.finditer(unquoted):
        noun, second = match.group("noun"), match.group("second")
        after = match.group("after").strip()
        if _a_verb_form(noun) or (
            second is not None
            and (_a_verb_form(second) or _NOT_A_SECOND_NOUN.fullmatch(second) is not None)
        ):
            continue
        head = unquoted[: match.start()]
        at_end = after in (".", "?", "!")  # (an object at the sentence's end: "... that filing.")
        if not at_end and (_THAT_JOINS.search(head) or not head.strip()):
            continue
        if _ANOTHER_CLAUSE.search(head):
            continue  # ("... earned millions, but they got that money honestly.")
        if noun[:5] not in head.lower():
            return noun
    return None


def _a_verb_form(word: str) -> bool:
    """Whether a word after "that" reads as a verb or an adverb ("drew", "matches",
    "reportedly"), not a singular noun ("lesson", "process", "news")."""
    if word.endswith(("ed", "ly")):
        return True
    return word.endswith("s") and not word.endswith(_SINGULAR_S)


# A demonstrative standing for something said before, at the sentence's end: "Shinozuka
# gets that a lot.", "Police have said there is no evidence of that.", "Even its backers
# take issue with this." (Of 30 such sentences in the dev and anchor reports, 26 lean on
# the one before; the others point inside themselves: "... refused to do that.")
_POINTER_AT_END = re.compile(
    r"\b(?:that|this)(?:\ (?:a\ lot|too|again|either|anymore|anyway|yet|now))?"
    r"[.!?][\"”’)]*\s*$"
)
_TAIL_CHARS = 24


def _verb_after(pointer: str, noun: str) -> bool:
    """Whether the word after a demonstrative is its verb, not its noun: "this results in
    ...", "similar to that evoked by ..."."""
    if pointer.startswith("this ") and noun.endswith("s"):
        return not noun.endswith(_SINGULAR_S)
    return pointer.startswith("that ") and noun.endswith("ed")


def _has_pointer_word(text: str) -> bool:
    """Substring tests ahead of the pattern: most sentences hold none of these words."""
    return (
        "this " in text
        or "these " in text
        or " that " in text
        or "those " in text
        or (" such " in text)
    )


@dataclass(frozen=True, slots=True)
class Cohesion:
    """How a sentence leans on the one before it, worked out once: ``leans`` when it
    cannot stand alone (see :func:`leans_back`), with its :class:`Quotation`."""

    leans: bool
    quotation: Quotation
    # The sentence with each quoted span as a placeholder ``Q`` (the sentence itself when it
    # has no quotation marks): what ``quotations.speaks_in_first_person`` and
    # ``quotations.names_a_speaker`` read, so a caller that has the Cohesion need not read
    # the quotation marks again.
    unquoted: str
    # The sentence leans only because a demonstrative inside it points back
    # (:func:`points_back_inside`): a writer's page that falls back on its own words may
    # still open on it ("... this montage of ...").
    inside: bool = False
    # The sentence leans only on a "his", "him" or "her" of nobody (:func:`pronoun_of_nobody`):
    # the person is in the sentence before only when that sentence tells one
    # (:func:`tells_a_person`).
    of_nobody: bool = False


_NO_QUOTATION = Quotation(quotes=False, speaker=Speaker.NONE)


def cohesion(text: str) -> Cohesion:
    """Whether a sentence leans back, and what it quotes.

    Example:
        >>> cohesion('"We held," the mayor said.').leans, cohesion("He left early.").leans
        (False, True)
    """
    quoted, unquoted = read_quotes(text) if has_quote_marks(text) else (_NO_QUOTATION, text)
    if opens_dangling(text) or _PRONOUN_AFTER_LEAD_IN.match(text) or _TRANSCRIPT.match(text):
        return Cohesion(True, quoted, unquoted)
    # a quotation of nobody, or a speaker who is only a description ("the Oregon Democrat")
    if (quoted.quotes and quoted.needs_speaker) or speaks_by_epithet(unquoted):
        return Cohesion(True, quoted, unquoted)
    if not quoted.quotes and pronoun_speaks(text):
        return Cohesion(True, quoted, unquoted)
    if continues_a_statement(unquoted) or says_no_more(unquoted) or is_aside(text):
        return Cohesion(True, quoted, unquoted)
    nobody = pronoun_of_nobody(unquoted)
    if (nobody and _INNER_HE_OR_SHE.search(unquoted)) or adds_to_before(unquoted):
        return Cohesion(True, quoted, unquoted)
    # Last, as the cue of a lean only this rule finds (``Cohesion.inside``).
    inside = points_back_inside(text, unquoted)
    of_nobody = nobody and not inside
    return Cohesion(inside or of_nobody, quoted, unquoted, inside=inside, of_nobody=of_nobody)


def is_aside(text: str) -> bool:
    """Whether the whole sentence is in parentheses: an aside on the line before it ("(The
    audio was later published by the magazine.)", "(Previous surveys looked at fewer
    nations.)"), or a citation of it. Of the 39 such sentences of the dev and anchor tuning
    reports that no other rule leans, all 39 comment on what their report told just
    before. ("(AP) -- The ferry ..." closes its parenthesis early, and stands.)

    Example:
        >>> is_aside("(The quay was later rebuilt by the harbour board.)")
        True
        >>> is_aside("(AP) The quay was rebuilt.")
        False
    """
    if not text.startswith("("):
        return False
    depth = 0
    for at, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return not text[at + 1 :].strip(_CLOSING_MARKS)
    return False


_CLOSING_MARKS = " .!?\"”’'"

# A clause ending on "too": the same holds of something told before ("Ports in the south
# rely on the tide, too."). Not a negated clause ending on "either" ("The ferrymen aren't
# pushovers either.") nor "aren't the only ones": readers kept both where the rule took them
# out (reading 23: the line also named what the brief's later lines lean on, or gave a
# contrast they missed).
_TOO = re.compile(r"\btoo\s*[.!?]\s*$")
# A clause before it in the sentence that tells the parallel itself: "The ferry was late, and
# the bus was late too.", "Not only ..., but ... too."
_PARALLEL_INSIDE = re.compile(
    r"\bbut\b|, and\b|^(?:Not only|Beyond|Besides|Apart from|Aside from|Like|Unlike)\b"
)
# A short sentence that compares with what came before and names no second term: "The
# second report was more explicit.", "Moving the harbour will take much longer.", or says
# that someone did not know the reason just told: "Some crews didn't even know why."
_BARE_COMPARISON = re.compile(
    r"\b(?:is|was|are|were|be|been|seems?|seemed|take|takes|took|proved)\s+"
    r"(?:(?:(?:much|far|even|a lot|a bit|slightly|considerably)\s+)?(?:more|less)\s+[a-z]+"
    r"|(?:much|far|even|a lot|a bit|slightly|considerably)\s+[a-z]{2,}er)\s*[.!?]$"
    r"|\b(?:know|knew|explain|explained|understand|say|said|sure)\s+(?:why|how)\s*[.!?]$"
)
_SHORT = 10
_TAIL = 10  # ("too." ends the sentence)


def adds_to_before(unquoted: str) -> bool:
    """Whether a sentence (``unquoted``, a :attr:`Cohesion.unquoted`) tells that something
    holds as well, or more, of what a sentence before it told, without telling that: a
    clause ending on "too" with no clause before it that tells the parallel, or a short
    comparison with no second term. Of the tuning reports' such sentences no other rule
    leans, all lean on what came before; "as well" at the end was as often a parallel the
    sentence tells itself (6 of 7), and is left.

    Example:
        >>> adds_to_before("The tug crews know what to do with a storm too.")
        True
        >>> adds_to_before("The ferry was late, and the bus was late too.")
        False
        >>> adds_to_before("The second report was more explicit.")
        True
        >>> adds_to_before("The second report was more explicit than the first.")
        False
    """
    if "too" in unquoted[-_TAIL:]:  # (most sentences: no pattern is run)
        ending = _TOO.search(unquoted)
        if ending is not None:
            return _PARALLEL_INSIDE.search(unquoted, 0, ending.end()) is None
    return unquoted.count(" ") < _SHORT and _BARE_COMPARISON.search(unquoted) is not None


# "he" or "she" past a sentence's first word, outside quotation marks.
_INNER_PRONOUN = re.compile(r"(?<=[a-z,] )(?:he|she|his|him|her|himself|herself)\b")
_PRONOUN_CUES = (" he", " she", " his", " him")  # (" he" finds "her" too)
_INNER_HE_OR_SHE = re.compile(r"(?<=[a-z,] )(?:he|she)\b")
# Words that name a person a pronoun after them may stand for ("A veterinarian said she
# ...", "the woman ... she faced", "a ferryman"), and the pronouns that tell the sentence's
# own person.
_PERSON_WORDS = re.compile(
    r"\b(?:\w*(?:wo)?m[ae]n|boy|girl|father|mother|son|daughter|husband|wife|officer|suspect"
    r"|victim|driver|teen|teenager|student|player|child|baby|doctor|nurse|patient|worker"
    r"|owner|singer|actor|actress|president|mayor|governor|senator|judge|attorney|lawyer"
    r"|pilot|soldier|spokesman|spokeswoman|friend|brother|sister|who|person|someone|anyone"
    r"|somebody|anybody|nobody|everyone|member|official|chief|candidate|leader|author"
    r"|writer|reporter|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|guy|gunman"
    r"|shooter|rapper|star|host|coach|king|queen|prince|princess|pope|priest|bishop"
    r"|manager|founder|employee|customer|resident|citizen|voter|fan|neighbou?r|dad|mom"
    r"|parent|kid|witness|advocate|defendant|plaintiff|inmate|prisoner|passenger|hiker"
    r"|climber|athlete|fighter|veteran|agent|detective|trooper|deputy|sheriff|captain"
    r"|commander|general|minister|chancellor|ambassador|diplomat|lawmaker|congressman"
    r"|congresswoman|representative|assistant|director|editor|professor|teacher|scientist"
    r"|researcher|expert|analyst|economist|artist|musician|comedian|celebrity|model"
    r"|designer|chef|farmer|tenant|landlord|buyer|seller|user|reader|viewer|caller"
    r"|applicant|nominee|heir|pastor|rabbi|imam|monk|nun|veterinarian|he|she|him|her|his"
    r"|himself|herself)s?\b",
    re.IGNORECASE,
)
_NAMES_AND_PRONOUNS = re.compile(r"[A-Za-z][\w'’-]*")
# A word of those that opens on a capital (read only up to the first name: most sentences
# that hold a pronoun name someone). Not after a letter, a digit or a word's mark, but after
# a digit or "_" (as \w reads them) again; the capital first, its lookbehinds after it: a
# leading lookbehind made the engine try every position, three times slower.
_CAPITALISED_AFTER_NO_LETTER = re.compile(
    r"[A-Z](?:(?<![A-Za-z0-9_'’-][A-Z])|(?<=[0-9_][A-Z]))[\w'’-]*"
)
# A person named by what they do or are, past the list above: "a wedding crasher", "the
# robber", "the hard-charging filmmaker", "an operative", "the emir" (one person, as the
# pronoun is; an agent ending, but for the commonest words so ending that name no one).
_AGENT_NOUN = re.compile(
    r"\b(?i:a|an|the|this|that|one|another|every|each|[a-z]+['’]s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?!(?:under|over|after|other|another|never|ever|however|whether|rather|either|neither"
    r"|together|later|number|water|order|paper|power|center|letter|matter|quarter|computer"
    r"|border|corner|summer|winter|weather|river|cancer|career|chapter|disaster|error|floor"
    r"|door|color|factor|sector|theater|major|minor|prior|behavior|honor|favor|labor|mirror"
    r"|interior|monitor|motor|tractor|elevator|reactor|meteor|register|shelter|filter"
    r"|poster|trailer|container|printer|browser|server|answer|offer|finger|shoulder"
    r"|trigger|tower|manner|banner|dinner|corridor|horror|terror|territory|bigger|larger"
    r"|higher|lower|greater|longer|older|younger|smaller|closer|shorter|stronger|better"
    r"|further|wider|faster|slower|harder|easier|earlier|deeper|cheaper|richer|poorer"
    r"|tighter|broader|tougher|lighter|darker|newer|fewer|christian|median|guardian"
    r"|pedestrian|asian|indian|canadian|italian)\b)"
    r"[a-z-]{2,}(?:er|or|ist|ian)\b(?!-)"
    r"|\b(?i:emir|sheikh|monarch|sultan|tsar|czar|bride|groom|mum|lady|gentleman"
    r"|individual|colleague|immigrant|enemy|genius|paramedic|operative|executive|pedophile"
    r"|molester|vegan|virgin|fifth-grader|dictator|progressive|delegate|infant|toddler"
    r"|animal|creature|pet|dog|cat|horse)\b"
)
# A name that opens on a small letter: "al-Assad", "de Blasio" (a capital inside a word).
_INNER_CAPITAL = re.compile(r"\b[a-z]+-[A-Z]")
# Capitalised words past a sentence's first that name no one: a month, a day, "I".
_CALENDAR = CALENDAR | {"I"}


def pronoun_of_nobody(unquoted: str) -> bool:
    """Whether "he", "she", "his", "him" or "her" inside a sentence (past its first word;
    ``unquoted``, a :attr:`Cohesion.unquoted`) stands for nobody the sentence names: it
    names no one (no capitalised word but its first, a month or a day; no capital inside a
    word, "al-Tamar"), and no word for a person comes before the pronoun ("In November, one
    of the tickets he bought hit the jackpot.", "When he didn't, one of the officers
    fired.", "The restraining order took her by surprise."), nor one named by what they do
    ("the robber", "a wedding crasher": ``_AGENT_NOUN``). The person is in the sentence
    before. (Of 27 "he"/"she" sentences in the tuning reports, 26 lean on it; the other
    names "a veterinarian", now a person word. Of 30 "his"/"him"/"her" sentences, all 30,
    once "infant", "delegate" and "animal" were person words.)

    Example:
        >>> pronoun_of_nobody("In May, one of the tickets he bought won the draw.")
        True
        >>> pronoun_of_nobody("When he sailed, Ana Ortiz was 12.")
        False
        >>> pronoun_of_nobody("A ferryman said he saw the wreck.")
        False
    """
    if not any(word in unquoted for word in _PRONOUN_CUES):  # (most sentences)
        return False
    match = _INNER_PRONOUN.search(unquoted)
    if match is None or _names_a_person(unquoted):
        return False
    return (
        _PERSON_WORDS.search(unquoted, 0, match.start()) is None
        and _AGENT_NOUN.search(unquoted, 0, match.start()) is None
    )


def _names_a_person(unquoted: str) -> bool:
    """Whether a sentence names someone a pronoun in it may stand for: a capitalised word
    past its first, but a month or a day ("When he sailed, Ana Ortiz was 12."), a name
    first ("Ortiz said he ..."), or a name with a capital inside ("al-Tamar")."""
    opening = _NAMES_AND_PRONOUNS.search(unquoted)
    if opening is None:
        return False
    return (
        any(
            w.group() not in _CALENDAR
            for w in _CAPITALISED_AFTER_NO_LETTER.finditer(unquoted, opening.end())
        )
        or _a_name(opening.group())
        or _INNER_CAPITAL.search(unquoted) is not None
    )


# A person's title before a name: "Mr Lee", "Dr. Ortiz".
# Every short title but "St" (a saint, a street: "St. Ives") and "Gen" ("Gen Z").
_PERSON_TITLES = tuple(title for title in SHORT_TITLES if title not in {"St", "Gen"})
_TITLED = re.compile(rf"\b(?:{'|'.join(_PERSON_TITLES)})\.? [A-Z]")


def tells_a_person(text: str) -> bool:
    """Whether a sentence tells a person a "his", "him" or "her" after it may stand for: a
    pronoun, a word for a person or a titled name ("In May she was fined.", "the girl",
    "Mr Lee"). A sentence that tells none (a schedule, a place) leaves the pronoun's person
    further back in its report.

    Example:
        >>> tells_a_person("In May, she was fined $800.")
        True
        >>> tells_a_person("The ferry runs on Monday at 9:10 GMT.")
        False
    """
    return (
        _PERSON_WORDS.search(text) is not None
        or _AGENT_NOUN.search(text) is not None
        or _TITLED.search(text) is not None
    )


# A quotation that opens on a person's pronoun ('"He was outside," Evans said.'): the person
# is one the speaker told of, somewhere before in the report, not the speaker ("He or she"
# is anybody).
_PRONOUN_INITIALS = ("H", "S")
_QUOTED_PERSON_PRONOUN = re.compile(r"[\"“‘](?:He|She|His|Her|Him)\b(?![-'’]| or )")


def opens_on_quoted_pronoun(text: str) -> bool:
    """Whether a sentence opens a quotation on "He", "She", "His", "Her" or "Him".

    Example:
        >>> opens_on_quoted_pronoun('"He was outside, in front," Lind said.')
        True
        >>> opens_on_quoted_pronoun('"He or she will be fair," Lind said.')
        False
    """
    # (The second letter first: most sentences fail it, and it costs less than the match.)
    return text[1:2] in _PRONOUN_INITIALS and _QUOTED_PERSON_PRONOUN.match(text) is not None


# The sentence's own words tell whom a quoted pronoun means: '..., said Ana Lind, Carl
# Lind's mother.', '..., Ms. Lind said of Mr. Ortiz.'
_OWN_REFERENT = re.compile(r"\b[A-Z][\w-]+['’]s\b|\bof (?:[A-Z][a-z]*\.? )?[A-Z]")


def tells_its_own_person(unquoted: str) -> bool:
    """Whether a sentence's words outside its quotation name the person a quoted "He"
    means: a name with a possessive, or "of" a name ('"He lied," she said of Mr. Ortiz.').

    Example:
        >>> tells_its_own_person("Q said Ana Lind, Carl Lind's mother.")
        True
        >>> tells_its_own_person("Q Ana Lind said.")
        False
    """
    return _OWN_REFERENT.search(unquoted) is not None


# A capitalised word (a possessive's name without its ending: "Dunn's" is "Dunn").
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w-]+")


def names_besides(unquoted: str, quoting: str) -> frozenset[str]:
    """The capitalised words past the first of a sentence's words outside quotation marks
    (``unquoted``) that the words of the quotation's sentence (``quoting``, unquoted too)
    do not print: the people, places and things it names besides whoever speaks.

    Example:
        >>> sorted(names_besides("Later Lind said Ortiz had left.", "Q Lind said."))
        ['Ortiz']
    """
    own = set(_CAPITALISED_WORD.findall(quoting))
    return frozenset(set(_CAPITALISED_WORD.findall(unquoted, 1)) - own)


# Words of the list that tell no person of their own: a pronoun stands for one told before,
# and "anyone" or "everyone" is nobody in particular.
_NOT_A_PERSON_TOLD = frozenset(
    "he she him her his himself herself who someone anyone somebody anybody nobody everyone".split()
)
_LAST_WORD = re.compile(r"[a-z-]+$")


def people_told(unquoted: str) -> frozenset[str]:
    """The words for people a sentence tells ("the man on the bike", "one of the
    passengers", "a paramedic"), small letters, pronouns aside.

    Example:
        >>> sorted(people_told("She saw an officer stop the man on the bike."))
        ['man', 'officer']
        >>> sorted(people_told("He said it was over."))
        []
    """
    words = {m.group().lower() for m in _PERSON_WORDS.finditer(unquoted)}
    for agent in _AGENT_NOUN.finditer(unquoted):
        last = _LAST_WORD.search(agent.group().lower())
        if last is not None:
            words.add(last.group())
    return frozenset(words - _NOT_A_PERSON_TOLD)


def _a_name(first: str) -> bool:
    """Whether a sentence's first word reads as a name: capitalised, and no stop word, month,
    word for a person ("Officers") or opening word ("Later, he ...")."""
    return (
        first[:1].isupper()
        and first.lower() not in STOP_WORDS
        and first not in _CALENDAR
        and _PERSON_WORDS.fullmatch(first) is None
        and first.lower() not in _OPENING_WORDS
    )


# Openings that are no name though not stop words ("Later, he ...", "Just as she ...").
_OPENING_WORDS = frozenset("later unless just instead meanwhile however".split())


# "Added" hands its words to a speaker who has spoken before: '"..., " Bannon added.',
# '"...," added Mitchell.', "Obama added that he signed an order ..." continue a statement
# the report has just given (readers took a brief's last line "'By the way Mitch, the tax
# cuts aren't going to save you,' Bannon added." for a non sequitur). Of the 30 dev and
# anchor sentences of this form, about nine in ten go on from the sentence before. Not
# "said ... and added that" (the statement is in the sentence), nor "police, who added
# that" (a relative clause), nor "added 200 jobs" (no speech).
_ADDED = re.compile(
    r"""Q\W*(?:[\w.'’-]+\ ){1,5}add(?:ed|s)\W*$
    |Q\W*add(?:ed|s)\ (?:[\w.'’-]+\ ?){1,5}\W*$
    |(?<!\bwho\ )(?<!\bwhich\ )\badd(?:ed|s),?\ that\b""",
    re.VERBOSE,
)
_OTHER_SPEECH = re.compile(r"\b(?:said|says|told|tells|wrote|writes|explained|stated)\b")


def continues_a_statement(unquoted: str) -> bool:
    """True when "added" hands the sentence to a speaker as a continuation (``_ADDED``) and
    no other speech word in it gives the statement it continues.

    Example:
        >>> continues_a_statement('" Q ," the mayor added.')
        True
        >>> continues_a_statement("The mayor said the port was shut and added that it would open.")
        False
        >>> continues_a_statement("The terminal added 200 jobs last year.")
        False
    """
    if "add" not in unquoted or _ADDED.search(unquoted) is None:
        return False
    return _OTHER_SPEECH.search(unquoted) is None


# A speaker who will say no more than the statement before ("Publicist Ana Ortiz said
# there would be no further comment.", "Lind declined to elaborate."): alone, the line
# gives the refusal and not what was said. Four sentences of the dev and anchor reports
# say so; "could not comment further" after a statement of its own ("... said the inquiry
# was continuing and she could not comment further") gives what was said, and stays.
_NO_MORE = re.compile(r"\bno further comments?\b|\b(?:declined|refused) to elaborate\W*$")


def says_no_more(unquoted: str) -> bool:
    """Whether the sentence (its words outside quotation marks) says its speaker will say
    no more than before: "no further comment", "declined to elaborate."

    Example:
        >>> says_no_more("The publicist said there would be no further comment.")
        True
        >>> says_no_more("The police said they had no comment on the case.")
        False
    """
    if "further" not in unquoted and "elaborate" not in unquoted:  # (most sentences)
        return False
    return _NO_MORE.search(unquoted) is not None


# A transcript's line, "Jo Lee: No, not at all.": an answer or a question of an interview,
# which means nothing without the line before it. So is a Q&A page's answer, "A: Sign the
# back of the ticket first.", without its question.
_TRANSCRIPT = re.compile(
    r"[A-Z][a-z]+(?:\ [A-Z][\w.'’-]+){1,2}:\ |(?:Q|A|Question|Answer)\ ?:\ ", re.VERBOSE
)


def leans_back(text: str) -> bool:
    """True when a sentence cannot stand alone in a brief: it opens on a word that points
    back (or on a short lead-in and a pronoun: "In 1989, he joined ..."), it quotes somebody
    it does not name, or it reports what a pronoun said ("The road stays shut, she said.").

    Example:
        >>> leans_back("The road stays shut, she said."), leans_back("Police closed it.")
        (True, False)
    """
    return cohesion(text).leans
