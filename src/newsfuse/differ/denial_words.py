"""The words of denials: how a party denies or rejects a claim, and what a denied claim looks
like. Broad in its cues (a denial is said in many ways), so that alignment, which is strict,
has every denial to work with.

Lexical patterns written here: no offline model for claim comparison ships on PyPI, and
denials in news are formulaic ("X denied ...", '"That is absolutely false," Y said', "a claim
Z denies").
"""

from __future__ import annotations

import re

# What a claim is called when it is denied.
CLAIM_NOUNS = (
    r"reports?|accounts?|allegations?|claims?|version|story|stories|accusations?|charges?"
    r"|characteri[sz]ations?|suggestions?|assertions?|rumou?rs?|assessment|findings?"
    r"|conclusions?|statements?|wrongdoing|involvement|responsibility|knowledge|role|affair"
    r"|relationship|description|idea|notion|premise|argument|theory|speculation|criticism"
    r"|insinuations?|implications?|portrayal"
)
_DETERMINER = r"(?:the|a|an|his|her|their|its|all|any|these|those|such|this|that|[A-Z][\w-]*'s)"
# How a denial that says what it denies goes on: "denied that ...", "denied supplying ...",
# "denied the report", "denied he was Enoch".
_DENY_OBJECT = (
    r"(?:[\w'’-]+\s+){0,4}?that\b|there\s+(?:was|were|is|are|had)\b|any\b|ever\b|having\b"
    r"|knowing\b|being\b"
    r"|(?:he|she|they|it|we|i)\s+\w+\b|\w+ing\b"
    rf"|(?:{_DETERMINER}\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{CLAIM_NOUNS}|it|this|them)\b"
    # A clause without "that": "denied the dam had been breached", "denied Lee was there".
    rf"|(?:{_DETERMINER}\s+(?:[\w'’-]+\s+){{0,3}}?|(?:[A-Z][\w'’-]+\s+){{1,3}})"
    r"(?:had|has|have|was|were|is|are|would|did|knew|ever)\b"
)
# What a rejection rejects must be a claim of fact ("disputed the report", "rejected it"), not
# an opinion or a proposal ("dismissed criticism", "rejected the notion", "rejected the idea").
_OPINIONS = r"criticism|idea|notion|premise|argument|theory|speculation|implications?"
_REJECT_OBJECT = (
    # (a comma before a participle opens another clause: "shot down the request, severing
    # the network's relationship" rejects no relationship)
    rf"(?:it|this)\b|(?:{_DETERMINER}\s+)?(?:[\w'’-]+(?:\s+|,(?!\s*[a-z]+ing\b)\s*)){{0,5}}?"
    rf"(?!(?:{_OPINIONS})\b)(?:{CLAIM_NOUNS})\b"
)
_ADVERBS = (
    r"(?:(?:simply|absolutely|completely|totally|categorically|patently|utterly|just|all"
    r"|blatantly|entirely|clearly|demonstrably|also|both|flatly|wholly|100\s+percent|pure|purely)"
    r"\s+)*"
)
# An article before a noun of falsity, with a word that only strengthens it: "a complete
# fabrication", "a total lie" (as "a lie").
_A = r"a\s+(?:(?:complete|total|outright|absolute|utter|blatant|flat|pure|big|fat)\s+)?"
_FALSE = (
    r"not\s+true|untrue|false|baseless|unfounded|groundless|inaccurate|not\s+accurate"
    r"|incorrect|not\s+correct|erroneous|lies|fabricated|made\s+up"
    r"|nonsense|absurd|ridiculous|bogus|fake\s+news|fiction|without\s+merit"
    r"|not\s+the\s+case|wrong|misleading|defamatory|(?:a\s+)?fake|forged"
    r"|without\s+(?:any\s+)?(?:foundation|basis)"
    rf"|{_A}(?:lie|fabrication|myth|hoax|smear|sham|con\s+job|forgery)"
)
# A negated copula that calls a claim untrue: "that isn't true", "it wasn't the case"; a
# claim said to have no ground: "the allegations have no basis".
_NOT_TRUE = (
    r"(?:is|was|are|were)n['’]t\s+(?:true|accurate|correct|the\s+case)"
    r"|(?:has|have|had)\s+(?:absolutely\s+)?no\s+(?:basis|foundation|truth)"
)
# Records that state a claim and can be called false: "the letter is untrue".
_DOCUMENTS = (
    r"videos?|photos?|letters?|documents?|memos?|e-?mails?|tweets?|posts?|articles?|books?"
    r"|dossier|footage|images?|pictures?|recordings?|transcripts?"
)
_RECORDS = rf"conversation|meeting|quotes?|{_DOCUMENTS}"
# What a rejection says is false: a pointer right before its verb ("That is false") or a
# claim named in a few words ("The story though was all a lie").
_POINTERS = (
    r"(?:that|it|this|these|those)(?:\s+|(?=['’]s))"
    rf"|(?:{_DETERMINER}\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{CLAIM_NOUNS}|{_RECORDS})\s+(?:\w+\s+){{0,2}}?"
)
# Where a statement starts: the sentence or a quotation, or after a verb of saying. Each
# place but the start follows a quotation mark, a bracket or a space: that one character is
# looked at first (the ten look-behinds, tried at every character of a sentence, cost the
# rejections' search more than half its time).
_STATEMENT_START = (
    r"(?:^|(?<=[\"“‘(\s])(?:(?<=[\"“‘(])|(?<=[\"“‘(]\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bsay\s)"
    r"|(?<=\bthat\s)|(?<=\btold\sus\s)|(?<=\badded\s)|(?<=\binsisted\s)|(?<=\bargued\s)))"
)
# "Disputed that <clause>" denies as "denied that" does; "disputed that account" rejects a
# claim named by its noun (``REJECT``).
_DISPUTE_THAT = rf"(?:disputed|disputes|dispute|disputing)(?=\s+that\s+(?!(?:{CLAIM_NOUNS})\b))"
# Each form of denial: a named group "object" holds what is denied when the denial says it;
# a form with an "inline" group denies a claim its own sentence states ("a claim Fitbit
# denies", "contrary to Farrow's claims"); any other form only points at a claim ("That is
# absolutely false", "He denies the charges") and is aligned with the sentences before it.
# (Each opens on a look-ahead for the first letters of its verbs, as ``FALSITY`` does: the
# same matches, and the engine leaves a position at once instead of trying seven
# look-behinds or twenty verbs there; on dev's sentences DENY's search took a sixth of the
# time, REJECT's a half.)
DENY = re.compile(
    r"(?=d)"
    r"(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
    rf"\b(?:denied|denies|deny|denying|{_DISPUTE_THAT})\s+[\"“]?(?P<object>{_DENY_OBJECT})",
    re.IGNORECASE,
)
REJECT = re.compile(
    r"(?=[bcdprst])"
    r"\b(?:disputed|disputes|dispute|rejected|rejects|reject|refuted|refutes|refute|dismissed"
    r"|dismisses|contested|contests|challenged|challenges|denounced|denounces"
    r"|balked\s+at|balks\s+at|balking\s+at|took\s+issue\s+with|takes\s+issue\s+with"
    r"|push(?:ed|es|ing)?\s+back\s+(?:on|against)"
    # Verbs of news copy for waving a claim away ("brushed off the reports", "shot down the
    # story", "rebuffed the claims"): their object must still be a claim's noun, so "shot
    # down a drone" or "rebuffed the offer" is none.
    r"|brush(?:ed|es|ing)?\s+(?:off|aside)|sh(?:ot|oots|ooting)\s+down|rebuff(?:ed|s|ing)?"
    r"|rebut(?:ted|s|ting)?)\s+"
    rf"(?P<object>{_REJECT_OBJECT})",
    re.IGNORECASE,
)
# "It is not true that ...", "That is absolutely false", "The story was all a lie".
FALSE = re.compile(
    rf"{_STATEMENT_START}(?:{_POINTERS})"
    rf"(?:[\"“]?(?:is|was|are|were|'s|’s|remains?)\s+[\"“]?{_ADVERBS}[\"“]?(?:{_FALSE})|{_NOT_TRUE})\b[\"”]?"
    r"(?:\s+(?:that|to\s+(?:suggest|say|claim|imply|report)(?:\s+that)?)\s+(?P<object>\w+))?",
    re.IGNORECASE,
)
# The word of falsity a rejection turns on, and how far around it the rest may stand. The
# look-ahead holds the first letters of the words of ``_FALSE`` and ``_NOT_TRUE`` (a new word
# adds its own): the same matches, and the engine skips every other letter at once instead of
# trying each of forty words there (half the search's time).
FALSITY = re.compile(rf"(?=[abdefghilmnruw])\b(?:{_FALSE}|{_NOT_TRUE})\b", re.IGNORECASE)
FALSE_REACH = 90
# A quotation that opens with its rejection: '"Absolutely false," the spokesperson said'.
QUOTED_FALSE = re.compile(
    r"^[\"“‘']\s*(?:(?:no|oh|well)[,.]\s+)?(?:(?:that|this|it)(?:\s+is|['’]s)\s+)?"
    rf"{_ADVERBS}(?:{_FALSE}|not\s+so|not\s+at\s+all|absolutely\s+not"
    r"|not\s+that\s+I['’]m\s+aware)[\s,.!]",
    re.IGNORECASE,
)
# A quotation that is a bare "no": an answer, read only after a question (``QUESTION``).
QUOTED_NO = re.compile(r"^[\"“‘]\s*(?:no|nope)[,.!]*\s*[\"”’]", re.IGNORECASE)
QUOTED_NO_CUES = ('"no,', '"no.', '"no!', '"no"', "“no,", "“no.", "“no!", "“no”", '"nope', "“nope")
# The question a sentence ends on, which the next sentence's quoted "no" answers: "Sanders
# was asked a simple question: Did the president know ...?", "Did you take the money?" (the
# words after the last colon or quotation mark, or after "asked whether").
QUESTION = re.compile(
    r"(?:^|[:\"“]\s*|\basked\s+(?:\w+\s+){0,3}?(?:whether|if)\s+)(?P<question>[^:\"“”?]{15,300})"
    r"\?\s*[\"”]?\s*$"
)
NO_TRUTH = re.compile(
    r"\b(?:there\s+is|there['’]s|there\s+was|has|had|have)\s+[\"“]?(?:absolutely\s+)?no\s+"
    r"(?:truth|basis|foundation)\b"
    r"|\bnothing\s+could\s+be\s+further\s+from\s+the\s+truth\b"
    r"|\bnone\s+of\s+(?:that|this|it|these|those|them|the\s+\w+)\s+(?:is|are|was|were)\s+"
    r"(?:true|accurate|correct)\b"
    r"|\bnot\s+a\s+shred\s+of\s+truth\b"
    r"|\b(?:this|that|it|the\s+\w+)\s+(?:conversation\s+|meeting\s+)?(?:never\s+happened"
    r"|did\s+not\s+happen|didn['’]t\s+happen)\b"
    r"|\b(?:made\s+up\s+out\s+of\s+whole\s+cloth)\b|\bwith\s+no\s+truth\s+(?:in|to)\b",
    re.IGNORECASE,
)
# What a party calls a claim when it rejects it: "called it a fabrication", "called the letter
# a fake", "called the accusations against him 'a setup'".
_CALLED_FALSE = (
    r"(?:an?\s+)?(?:(?:total|complete|absolute|outright|utter|political|big|fat|totally"
    r"|completely|absolutely|utterly|entirely|patently|blatantly|simply)\s+)*"
    r"(?:lies?|fabrications?|fabricated|fake|fake\s+news|hoax|set-?up|con\s+job|sham|smear"
    r"|fiction|fantasy|nonsense|untrue|false|baseless|unfounded|ludicrous|absurd|bogus"
    r"|forgery|slander|libel|figment)"
)
CALLED = re.compile(
    r"\b(?:called|calls|call|calling|described|describes|dismissed|dismisses"
    # Other verbs of news copy that name a claim false: "branded the report a fabrication",
    # "slammed the claims as false", "labelled the story fake news".
    r"|branded|brands|branding|slammed|slams|blasted|blasts|label(?:l?ed|s)|characteri[sz]ed"
    r"|characteri[sz]es)\s+"
    rf"(?P<object>(?:it|this|that|them|these|those)|(?:{_DETERMINER}\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?!(?:{_OPINIONS})\b)(?:{CLAIM_NOUNS}|{_RECORDS})\b(?:\s+(?:of|against|about|that|by|from|on)\b"
    r"(?:\s+(?!an?\b)[\w'’-]+){1,7}?)?)"
    rf"\s+(?:as\s+)?[\"“‘']?{_CALLED_FALSE}\b",
    re.IGNORECASE,
)
# Claims named in the plural with no determiner: "X said reports that ... were false".
_BARE_CLAIMS = r"reports|claims|allegations|accusations|rumou?rs|suggestions|assertions"
# A claim spelled out and then called false, as what a sentence or a speaker states: "the
# claim that he bribed the inspector is false", "X said the allegation that she lied was
# untrue" (or "reports that ..."). The falsity must close the clause: in "The claim that the
# votes were false was made by ...", "were false" is the claim's own.
CLAIM_THAT_FALSE = re.compile(
    rf"(?=[TtSsAaRrCc]){_STATEMENT_START}(?:(?:the|these|those|such|any)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"|(?=(?:{_BARE_CLAIMS})\b))(?!(?:{_OPINIONS})\b)(?:{CLAIM_NOUNS})\s+that\s+"
    r"(?P<object>[^.;:?!\"“”]{5,160}?)\s+(?:is|was|are|were|remains?)\s+"
    rf"{_ADVERBS}(?:{_FALSE})\b(?=\s*(?:[,.;:!\"”)—]|$|and\b|but\b))",
    re.IGNORECASE,
)
# A rejection that names its claim and spells it out: "called the allegations that he
# bribed the inspector untrue" (the clause after "that" is what it rejects).
SPELLED_CLAIM = re.compile(
    rf"^(?:{_DETERMINER}\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{CLAIM_NOUNS})\s+that\s+(?P<clause>\S.*)$",
    re.IGNORECASE,
)
# A claim its own sentence calls false and then states: "an erroneous claim that the agency
# supports ...", "the false allegation that he ...".
FALSE_CLAIM = re.compile(
    r"\b(?:false|erroneous|baseless|unfounded|groundless|untrue|bogus|inaccurate|fabricated"
    r"|spurious|unsubstantiated|mistaken)[\"”]?\s+[\"“]?(?:claims?|allegations?|accusations?"
    r"|reports?|assertions?|suggestions?|charges?)[\"”]?,?\s+that\s+(?P<object>\w+)",
    re.IGNORECASE,
)
# A party finding nothing of what was claimed: "investigators found no evidence that the
# fire was set" (not "no evidence of fraud": a few words that any report may share).
NO_EVIDENCE = re.compile(
    r"\b(?:found|find|finds|uncovered|saw|see|sees|there\s+(?:is|was|has\s+been))\s+"
    r"(?:absolutely\s+)?no\s+(?:credible\s+|physical\s+|hard\s+)?(?:evidence|proof|sign|indication)"
    r"\s+that\s+(?P<object>\w+)",
    re.IGNORECASE,
)
# The same finding of nothing said with "of" ("officials found no evidence of widespread
# voter fraud"): what was found nothing of is then a noun phrase, which a denial takes only
# when it holds two content words (``NO_EVIDENCE_OF_WORDS``): "no evidence of a crime" or "of
# fraud" names what many reports mention without claiming it.
NO_EVIDENCE_OF = re.compile(
    r"\b(?:found|find|finds|finding|uncovered|saw|see|sees|there\s+(?:is|was|has\s+been))\s+"
    r"(?:absolutely\s+)?no\s+(?:credible\s+|physical\s+|hard\s+)?(?:evidence|proof|signs?"
    r"|indications?)\s+(?:of|for)\s+(?!(?:that|this|it|them|those|these|any\s+of)\b)"
    r"(?P<object>\w+)",
    re.IGNORECASE,
)
NO_EVIDENCE_OF_WORDS = 2
# What a finding of nothing answers: an allegation, not any sentence that names the thing
# ("those with a rampant history of voter fraud," a senator said).
ALLEGES = re.compile(
    r"\b(?:alleg\w*|accus\w*|claim\w*|blam\w*|insist\w*|suspect\w*|contend\w*|assert\w*)",
    re.IGNORECASE,
)
# A sentence that asks or looks into what a finding of nothing answers states no claim of it:
# "police are investigating whether foul play was involved", "a possible leak".
UNASSERTED = re.compile(
    r"\b(?:whether|if|possib\w*|investigat\w*|prob(?:e|ed|es|ing)|rul(?:e|ed|es|ing)\s+out"
    r"|look(?:s|ed|ing)?\s+into|no\s+(?:evidence|proof|sign|indication)s?)\b",
    re.IGNORECASE,
)
# A party's "no" to a question that puts a claim: "Asked whether Reed took the money, a
# spokesman said no", 'When asked if ..., Reed replied: "No."', and the quotation first:
# '"No," Reed said when asked whether he took the money'. What is denied is the question's
# clause, the denier the one who answers; the "no" must close its words ("said no one" or
# "said no decision was made" answer nothing).
_PARTY = r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?"
_ANSWER_VERB = r"(?:said|says|replied|replies|answered|answers|responded|responds)"
_NO = r"[\"“]?(?:no|nope|absolutely\s+not|certainly\s+not|not\s+at\s+all)(?:[,.!]|(?=[\"”]))"
_WHETHER = r"asked\s+(?:by\s+(?:\w+\s+){1,3}?)?(?:whether|if)\s+"
# The question's words: no clause break, but a figure's comma ("$5,000") is no break.
_ASKED = r"(?:[^,;:?!\"“”]|(?<=\d),(?=\d))"
ASKED_NO = re.compile(
    rf"(?:^|[\"“‘(]|\b(?i:when)\s+)(?i:{_WHETHER})(?P<object>{_ASKED}{{10,200}}?)\s*[,?]\s*"
    rf"(?P<by>{_PARTY})\s+(?:flatly\s+|simply\s+)?{_ANSWER_VERB}[,:]?\s+(?i:{_NO})",
)
NO_WHEN_ASKED = re.compile(
    rf"^[\"“‘]\s*(?i:no|nope|absolutely\s+not|certainly\s+not)[,.!]?\s*[\"”’]\s*,?\s*"
    rf"(?P<by>{_PARTY})\s+{_ANSWER_VERB}\s+(?:\w+\s+)?(?:when|after\s+being|after\s+he\s+was"
    rf"|after\s+she\s+was)\s+(?i:{_WHETHER})(?P<object>{_ASKED}{{10,200}})",
)
# The cues of both ("asked by" for "when asked by reporters whether ...").
ASKED_CUES = ("asked whether", "asked if", "asked by")
# "the allegations do not have any merit": the charges rejected.
MERITLESS = re.compile(
    r"\b(?:allegations?|claims?|accusations?|charges|suit|lawsuit)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:do|does|did)\s+not\s+have\s+any|(?:have|has|had)\s+no|(?:is|are|was|were)"
    r"\s+without)\s+merit\b",
    re.IGNORECASE,
)
# "despite the reports, he has not met her": what follows rejects what was reported.
DESPITE = re.compile(
    r"\bdespite\s+(?:the|these|those|such|media|news|recent)\s+(?:\w+\s+)?reports\s*,?\s*"
    r"(?P<object>\w+)",
    re.IGNORECASE,
)
# "insists he is innocent", "maintained his innocence", "has done nothing wrong".
INNOCENT = re.compile(
    r"\b(?:insist\w*|maintain\w*|declar\w*|proclaim\w*|protest\w*|says|said|asserts?"
    r"|asserted)\s+(?:that\s+)?(?:(?:he|she|they|his\s+client|her\s+client)\s+"
    r"(?:is|was|are|were)\s+innocent|(?:his|her|their|its|my|our|[A-Z][\w-]*['’]s)\s+"
    r"(?:client['’]s\s+)?innocence)\b"
    r"|\b(?:has|have|had)\s+done\s+nothing\s+wrong\b",
    re.IGNORECASE,
)
# "His legal team has issued a number of denials": denials named, not said.
DENIALS_ISSUED = re.compile(
    r"\b(?:issued|made|repeated|released)\s+(?:a\s+(?:number\s+of\s+|series\s+of\s+)?|several\s+"
    r"|repeated\s+|strong\s+|firm\s+|flat\s+|categorical\s+)*denials?\b",
    re.IGNORECASE,
)
# "we disagree with it", "Taylor and Democrats on the committee disagree."
# What a court, a board or an official holds, which a party may disagree with.
_RULING_NOUNS = r"rulings?|decisions?|opinions?|verdicts?"
DISAGREE = re.compile(
    r"\b(?:disagree|disagrees|disagreed)\s+(?:with\s+(?:the\s+|this\s+|that\s+)?"
    rf"(?:[\w'’-]+[\s,]+){{0,4}}?(?:{CLAIM_NOUNS}|it|that|this|assessment|{_RULING_NOUNS}))\b"
    r"|\b(?:disagree|disagrees)\.?[\"”]?\s*$",
    re.IGNORECASE,
)
# An act denied of a named person: "the president has never asked Mr. Comey", "I don't know
# Whitaker", "She did not mislead Congress". The look-ahead (every branch starts with "n")
# gives the same matches a third faster: see NOT_A_DENIAL.
NEGATED_ACT = re.compile(
    r"(?=n)\b(?:not|never|n['’]t)\s+(?:[^\w\s]\s*)?(?:(?:personally|really|even|ever)\s+)?"
    r"(?P<verb>[a-z]{4,})\s+(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)"
    r"|(?:the|a|an|his|her|their|its)\s+(?P<noun>[a-z]{4,})\b(?!['’-]))"
)
# Things whose acts say too little to set against another report ("did not give the time").
NOT_OBJECTS = frozenset(
    """time name names details number amount reason cause matter case issue question way
    request comment comments statement report reports story""".split()
)
# Verbs whose negation says nothing against a claim ("did not name him", "would not say").
NOT_ACTS = frozenset(
    """said tell told name named identify identified comment respond return mention confirm
    specify elaborate disclose immediately believe think expect want that this have been
    include including""".split()
)
# The sentence that denies also states the claim: "a claim Fitbit denies", "an allegation
# which he denies", "contrary to Farrow's claims that it was".
INLINE = re.compile(
    r"\b(?:a\s+claim|claims|an\s+allegation|allegations|accusations?|a\s+charge|charges"
    r"|a\s+rumou?r|rumou?rs|speculation|a\s+report|reports"
    r"|which|something)\s+(?:that\s+)?(?P<inline>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|he|she|they"
    r"|it|the(?:\s+\w+){1,3}?)\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|flatly\s+|repeatedly\s+)?"
    r"(?:denies|denied|disputes|disputed|rejects|rejected)\b"
    r"|\bcontrary\s+to\s+(?P<contrary>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)['’]s?\s+"
    r"(?:claims?|assertions?|reports?|account|allegations?)\b",
)
# A claim or a figure its own sentence states and someone calls false in the same breath:
# "as many as 300,000 were killed, a tally the government says is inflated", "..., a claim
# the company calls baseless" (the words before the noun are the claim, as for ``INLINE``).
INLINE_CALLED = re.compile(
    r"\b(?:an?|the)\s+(?:claim|tally|figure|estimate|count|toll|account|assertion|allegation"
    r"|accusation|charge|characteri[sz]ation|version|number)\s+(?:that\s+|which\s+)?"
    r"(?P<inline>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|he|she|they|the(?:\s+\w+){1,3}?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:long\s+|repeatedly\s+|since\s+)?"
    r"(?:says?|said|calls?|called|describes?|described|considers?|considered|dismisse[sd]\s+as)"
    r"\s+(?:(?:is|was|are|were|as)\s+)?"
    rf"{_ADVERBS}(?:inflated|exaggerated|overstated|{_FALSE})\b",
)
# Two parties' accounts set against each other in one sentence: "while police have said the
# shooting followed a struggle, witnesses say he stood with his hands up". The first account
# is the claim ("claim"), the second party its denier ("by"); a pronoun for the second ("...,
# he later said") is one speaker taking back his words, not another's account.
ACCOUNT_VERB = (
    r"(?:said|say|says|claimed|claims?|insist(?:s|ed)?|maintain(?:s|ed)?|argue[sd]?"
    r"|contend(?:s|ed)?|testified|told|tell|tells|allege[sd]?)"
)
CONTRAST = re.compile(
    r"\b(?:[Ww]hile|[Ww]hereas)\s+(?P<claim>(?P<first>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)"
    rf"\s+(?:have\s+|has\s+|had\s+)?(?:long\s+)?{ACCOUNT_VERB}\b[^;]{{5,200}}?)"
    r"\s*(?:,|--|—|–)\s*(?!(?:he|she|they|it|we|I|who|which|that|but)\b)"
    r"(?P<by>(?:the\s+|some\s+|many\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:have\s+|has\s+)?"
    rf"(?:long\s+|repeatedly\s+)?{ACCOUNT_VERB}\b"
)
# A claim its own sentence states, then another party's word against it after "though" or
# "but": "Lee accused his wife of infidelity -- though police have said there is no evidence
# of that", "..., but the company says that is not true".
INLINE_BUT = re.compile(
    r"(?:[,;]|\s--|\s[—–])\s*(?:though|but|although|however)\s+"
    r"(?P<by>(?!(?:he|she|they|it|we|I|this|that)\b)(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+"
    rf"(?:have\s+|has\s+|had\s+)?(?:since\s+|later\s+)?{ACCOUNT_VERB}\s+(?:that\s+)?"
    r"(?:there\s+(?:is|was|has\s+been)\s+(?:absolutely\s+)?no\s+(?:\w+\s+)?(?:evidence|proof)"
    r"\s+(?:of|for|to\s+support)\s+(?:that|this|it|the\s+(?:claim|allegation|accusation)s?)\b"
    rf"|(?:that|this|it)(?:\s+(?:is|was)\s+|['’]s\s+){_ADVERBS}(?:{_FALSE})\b"
    r"|(?:that|this|it)\s+(?:is|was)n['’]t\s+(?:true|the\s+case)\b)"
)
# Denying a request, not a claim ("denied bail", "denied entry"), or a court dismissing a case.
# Read on every sentence with a cue of denial: the look-ahead on the first letters ("denied",
# "judge", "court", "panel") gives the same matches in half the time.
NOT_A_DENIAL = re.compile(
    r"(?=[cdjpniofa])(?:"
    r"\bdenied\s+(?:\w+\s+){0,2}(?:bail|entry|access|parole|permission|request|visa|a\s+visa"
    r"|service|admission|benefits?|the\s+(?:right|opportunity|chance)|asylum|a\s+permit)\b"
    r"|\b(?:judge|court|jury|panel)\s+(?:\w+\s+){0,3}(?:dismissed|rejected|denied)\b"
    # A denial taken back: "no longer denies", "initially denied it but later admitted it".
    r"|\bno\s+longer\s+(?:den|disput|reject)\w*"
    r"|\b(?:initially|originally|first|at\s+first)\s+(?:den|disput|reject)\w*\b[^.;]{0,120}?"
    r"\b(?:later|but|then|eventually|since)\s+(?:\w+\s+){0,2}?"
    r"(?:admitted|acknowledged|confessed|conceded|pleaded\s+guilty))",
    re.IGNORECASE,
)
# A denial verb used as a noun or after "to": "to settle disputes", "the claims were".
NOUN_BEFORE = re.compile(
    r"\b(?:to|settle|resolve|the|a|an|of|over|in|legal|their|its|than|without|not|never|n't"
    r"|bother|could|would|cannot|can't|won't)\s+$",
    re.IGNORECASE,
)
# Where a denying clause ends.
CLAUSE_END = re.compile(
    r";|\s(?:and|but)\s(?:again|also|then|said)\b|,?\s(?:but|while)\s|\.\s|[,.]?[\"”]\s"
    r"|,\s(?:said|says|told|according)\b"
    r"|\sand\s(?=(?:an?|the|some)\s[^.]{0,80}?\b(?:said|says|told|claimed)\b)"
)
# An object that only points at what was just said: "it", "those allegations".
POINTING = re.compile(
    r"^(?:it|this|them)\b|^(?:any\s+|all\s+)?such\b"
    r"|^(?:that|these|those)\b(?:\s*[,.;]|\s*$|\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{CLAIM_NOUNS})\b)",
    re.IGNORECASE,
)
# A pointer that is the subject of a clause of its own: "denied it knew about the leak" says
# what it denies; "denied it" and "denied it ever happened" only point.
CLAUSE_SUBJECT = re.compile(
    r"^(?:it|this)\s+(?:(?:had|has|have|was|is|were|are|did|does|would|will|could|can|should"
    r"|might|may|must|knew|knows|\w+ed)\s+)+(?P<rest>.*)",
    re.IGNORECASE,
)
# An object that names nothing of what is denied but the charges against the denier ("the
# charges", "any wrongdoing", "the allegations against him"), or only a claim ("the report").
_NAMES_NOTHING = (
    r"^(?:(?:the|these|those|all|any|such|its|his|her|their|[A-Z][\w-]*['’]s)\s+)?"
    # (an owner among the words: "the Post's account", "the Varna Post's report")
    r"(?:[\w-]+\s+|[A-Z][\w-]*['’]s\s+){{0,2}}?(?:{})\b"
    r"\s*(?:$|[,.;:\"”—]|(?:against|by|from|to|and|but|in|on|at|made|levell?ed|brought|as|through"
    r"|that\s+(?:he|she|they)\s+(?:faces?|faced))\b)"
)
CHARGES = re.compile(
    _NAMES_NOTHING.format(r"charges?|allegations?|accusations?|wrongdoing|guilt")
    + r"|^(?:all\s+|the\s+|any\s+)?(?:allegations?|accusations?|charges?)\s+of\b",
    re.IGNORECASE,
)
# A sentence that itself discredits what it tells: it does not assert it.
DISCREDITED = re.compile(
    r"\b(?:falsely|false|myths?|hoax|fake|non-?existent|debunked|untrue|baseless|unfounded"
    r"|fabrications?|fabricated|forged|forgery"
    r"|unsubstantiated|conspiracy\s+theor\w+)\b",
    re.IGNORECASE,
)
# A sentence that says nothing a denial could deny: "did not respond to a request".
NO_COMMENT = re.compile(
    r"\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+(?:immediately\s+)?(?:respond|return"
    r"|reply)|\bdeclined\s+to\s+comment|\bnot\s+(?:immediately\s+)?available\s+for\s+comment",
    re.IGNORECASE,
)
ANAPHORIC = re.compile(
    _NAMES_NOTHING.format(
        r"claims?|reports?|story|stories|characteri[sz]ations?|account|version|suggestions?"
        r"|assertions?|findings?|conclusions?|assessment|description|portrayal"
    ),
    re.IGNORECASE,
)
# A denied clause that refers back to what its sentence said before ("denied any of them").
BACK_REFERENCE = re.compile(r"^(?:\w+\s+){0,3}?(?:them|they)\b", re.IGNORECASE)
# A conjunction that opens a sentence is no part of its subject ("And he called ...").
CONJUNCTION = re.compile(r"^(?:And|But|Yet|So)\b\s*")
FIRST_PERSON = re.compile(r"(?:we|i|our|my|us)\b", re.IGNORECASE)
PRONOUN_SPEAKER = re.compile(
    r"[,”\"]\s*(?:he|she|they)\s+(?:said|says|told|added|insisted|wrote)\b", re.IGNORECASE
)
PRONOUN_BEFORE = re.compile(
    r"(?:^(?:(?:and|but|yet|so)\s+)?|[,;:]\s*|\bthat\s+)(?:he|she|they)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A report a denial names by whose it is: "denied the Post report", "disputed the Times's
# story", "called a Reuters report false", "the Mueller report is wrong" (its outlet, or its
# author, in capitals: never a weekday or a month, "a Tuesday report").
OUTLET_REPORT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}?)(?:['’]s?)?\s+"
    r"(?:news\s+)?(?:report|story|article)s?\b"
)
# How a sentence gives an outlet's report: "The Varna Post reported that ...", "..., the Post
# said", "according to the Post", "the Post wrote", "sources told the Post", "the report by
# the Post" (the outlet's last word, as written).
OUTLET_SAID = (
    r"\b{0}\b(?:\W+\w+){{0,5}}?\W+(?:reported|reports|said|says|wrote|writes|revealed"
    r"|reveals|published|found|finds|concluded|concludes|cited|cites)\b"
    r"|\b(?:according\s+to|told|tell|tells)\s+(?:the\s+)?(?:[\w.&-]+\s+){{0,3}}?{0}\b"
    r"|\breport(?:ed)?\s+(?:\w+\s+){{0,3}}?by\s+(?:the\s+)?(?:[\w.&-]+\s+){{0,3}}?{0}\b"
)
# A sentence that states what a denial that names nothing may point at.
ALLEGATION = re.compile(
    r"\b(?:accus\w*|alleg\w*|charg\w*|claim\w*|report\w*|suspect\w*|blamed|blames|lawsuit"
    r"|suit|according\s+to|sources?|said|says|told|stated|states|testif\w*)\b",
    re.IGNORECASE,
)
# The words a rejection may call a claim.
FALSE_CUES = (
    "not true", "untrue", "false", "baseless", "unfounded", "groundless", "accurate",
    "incorrect", "not correct", "erroneous", " lie", " lies", "fabricat", "made up", "nonsense",
    "absurd", "ridiculous", "bogus", "fake news", "fiction", "myth", "not the case", "wrong",
    "misleading", "hoax", "defamatory", "smear", "sham", "con job", "fake", "forge",
    "n't true", "n’t true", "n't accurate", "n’t accurate", "n't correct", "n’t correct",
    "n't the case", "n’t the case", "basis", "foundation",
)  # fmt: skip
# The cues of ``INLINE_CALLED``: a word of falsity, or of a figure made too large.
INLINE_CALLED_CUES = ("inflated", "exaggerated", "overstated", *FALSE_CUES)
QUOTES = frozenset("\"“‘'")
QUOTED_FALSE_CUES = (*FALSE_CUES, "absolutely not", "not so", "not at all", "m aware")
SAYING_VERB = re.compile(
    r"\b(?:said|says|told|added|argued|insisted|insists|claimed|stated|wrote|maintained"
    r"|maintains)\b"
)
FALSE_CLAIM_CUES = (
    "false", "erroneous", "baseless", "unfounded", "groundless", "untrue", "bogus",
    "inaccurate", "fabricated", "spurious", "unsubstantiated", "mistaken",
)  # fmt: skip
# A possessive just before a claim: its owner ("Trump's false claim that ...").
OWNER_BEFORE = re.compile(r"['’]s\s+[\"“]?$")
NO_EVIDENCE_CUES = ("no evidence", "no proof", "no sign", "no indication", "no credible",
                    "no physical", "no hard")  # fmt: skip
# The cues of ``INLINE_BUT``: its words of rejection, not its "but" (in a sentence in four).
INLINE_BUT_CUES = (*FALSE_CUES, "no evidence", "no proof")
# The words a party may call a claim: "called it a fabrication".
CALLED_CUES = (
    " lie", "fabricat", "fake", "hoax", "set-up", "setup", "con job", "sham", "smear", "fiction",
    "fantasy", "nonsense", "untrue", "false", "baseless", "unfounded", "ludicrous", "absurd",
    "bogus", "forger", "slander", "libel", "figment",
)  # fmt: skip
SAYING = frozenset("said says told added argued insisted claimed stated wrote".split())
# The cues of ``REJECT``'s verbs.
REJECT_CUES = (
    "disput", "reject", "refut", "dismiss", "contest", "challeng", "denounc", "balk",
    "issue with", "back on", "back against", "brush", "shot down", "shoots down",
    "shooting down", "rebuff", "rebut",
)  # fmt: skip
# Cues: a sentence with none of these is no denial.
CUES = (
    "deni", "deny", *REJECT_CUES,
    *FALSE_CUES, "no truth", "none of", "further from the truth", "shred of truth",
    "never happened",
    "not happen", "n't happen", "n’t happen", "whole cloth", "merit", "despite",
    *NO_EVIDENCE_CUES, *FALSE_CLAIM_CUES, *CALLED_CUES, "innocen", "nothing wrong", "disagree",
    "contrary to", *QUOTED_FALSE_CUES[len(FALSE_CUES) :], "not ", "never ", "n't ", "n’t ",
    *INLINE_CALLED_CUES[: -len(FALSE_CUES)], "while ", "whereas ", "nothing to do with",
    "nothing whatsoever to do", *ASKED_CUES, *QUOTED_NO_CUES,
)  # fmt: skip
# A denied claim that names whose it is: "Comey's reported account of that conversation".
OWNED_CLAIM = re.compile(
    r"^(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:accounts?|version|claims?|allegations?|story|characteri[sz]ations?|assertions?"
    r"|testimony|statements?|description|portrayal|recollection)\b"
)
# A party's word that it had no part in something: "Reed had nothing to do with the
# bombing", "said it has nothing to do with the Kessel attack", "the group had nothing to do
# with ..." (what it names is denied). Its subject is a pronoun, a name or a word for a body
# of people: "the fire had nothing to do with the bombing" is a fact told, not a party's
# denial.
NOTHING_TO_DO = re.compile(
    r"\b(?:had|has|have|having)\s+(?:absolutely\s+)?nothing\s+(?:whatsoever\s+)?to\s+do\s+with\s+"
    r"(?P<object>(?:the|a|an|this|that|these|those|his|her|their|its|any)\s+[^.;:!?]{3,80})",
    re.IGNORECASE,
)
NOTHING_SUBJECT = re.compile(
    r"(?:\b(?i:he|she|it|they|we|i|group|company|firm|government|organi[sz]ation|client"
    r"|militia|movement|ministry|agency|department|campaign)|\b[A-Z][\w'’-]+)\s+$"
)
# A claim a denial's sentence names with whose it is, after a verb of denial ("denied
# Lind's allegation", "disputed Ana Lind's account", "rejected Lind's claims as false").
OWNED_ANYWHERE = re.compile(
    r"\b(?:deni\w*|deny\w*|disput\w*|reject\w*|refut\w*|dismiss\w*|contest\w*|call\w*)\s+"
    r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:accounts?|version|claims?|allegations?|accusations?|story|characteri[sz]ations?"
    r"|assertions?|testimony|statements?|description|portrayal|recollection)\b"
)
# A denied claim that is a record's: "the letter is untrue", "called the memo a fake".
RECORD = re.compile(
    rf"^(?:the|this|that|these|those|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?P<owner>{_DOCUMENTS})\b",
    re.IGNORECASE,
)
# A capitalised word that qualifies a name rather than names something: a nationality or a
# direction ("the South American country", "Russian spy agencies").
NOT_A_NAME = re.compile(
    r"(?:ian|ese|ish|ean|can)$|^(?:North|South|East|West|Northern|Southern|Eastern|Western"
    r"|Central)$"
)
# Who says or concludes something: the owner of a claim a denial names ("Comey's account").
OWNER_SAID = (
    r"\b{}\b(?:\W+\w+){{0,5}}?\W+(?:said|says|saying|told|tells|wrote|writes|claimed|claims"
    r"|alleged|alleges|concluded|concludes|found|finds|determined|reported|reports|testified"
    r"|recalled|recounted|described|assessed)\b|\baccording\s+to\s+(?:\w+\s+){{0,3}}?{}\b"
)
# A sentence that gives what a record states: "the letter says", "according to the memo",
# '"...," says the letter' (not "X said the letter is similar to others": X's words).
RECORD_SAID = (
    r"\b{0}s?\s+(?:also\s+)?(?:says|said|states|stated|reads|read|shows|showed|claims|claimed"
    r"|alleges|alleged|reveals|revealed)\b|\baccording\s+to\s+(?:the|a|an|this|that)\s+"
    r"(?:[\w-]+\s+){{0,2}}?{0}\b|[,\"”]\s*(?:says|said|states|stated|reads)\s+(?:the|a|an|this|that)"
    r"\s+(?:[\w-]+\s+){{0,2}}?{0}\b(?!\s+(?:is|was|were|are|had|has|contained|contains)\b)"
)
# The words a denier's name may not start with, and clauses it may not hold: it is then no
# party but the words around one ("When Romney", "Building there", "the impact of near-term").
NOT_A_PARTY_START = re.compile(
    r"^(?:When|While|If|After|Before|Unlike|Like|As|Because|Although|Though|Since|Until|Once"
    r"|Furthermore|Moreover|However|Meanwhile|Immediately|Instead|Then|Now|There|Here|Well|Yes"
    r"|No|Oh|So|And|But|Or|RELATED|WATCH|READ|MORE|PHOTOS?|VIDEO|UPDATED?|BREAKING"
    r"|[A-Z][a-z]+ing|[A-Z][a-z]+ly)\b"
)
NOT_A_PARTY_WORD = frozenset(
    """came went issued made gave took lowered raised said says told added did does do would
    could should will can""".split()
)
# A party named without a name: the role or group it ends with ("the network spokesperson",
# "his legal team"); words ending as agents do ("lawyer", "director", "publicist", "president")
# are roles too.
ROLES = frozenset(
    """spokesperson spokesman spokeswoman spokespeople official police aide team family company
    government administration ministry department agency group campaign authorities firm
    network country party office side source staff wife husband mother father son daughter
    brother sister parents friend relatives lawmakers council board commission committee union
    club school university organization organisation military army regime embassy man woman
    star maker bank hospital studio label airline couple counsel chief head secretary deputy
    representative executive house palace kremlin people charity foundation fund institute
    association federation league church city county state district province attorney
    attorneys defense defence camp corporation service witness witnesses""".split()
)
AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent)s?$")
# A denied clause about the denier: "denied he was Enoch", "denied being Mike Enoch".
ABOUT_DENIER = re.compile(r"(?:that\s+)?(?:he|she|they|i|we)\b|(?:being|having)\b", re.IGNORECASE)
# The claim a pointing denial names, when it names one: "dismissed the findings".
NAMED_CLAIM = re.compile(
    r"\b(?:findings?|conclusions?|assessments?|reports?|stor(?:y|ies)|allegations?|accusations?"
    r"|claims?|charges?)\b",
    re.IGNORECASE,
)
# A ruling a pointing denial's sentence names, before or in its denying words: "while the
# school respects the director's opinion, we disagree with it".
NAMED_RULING = re.compile(rf"\b(?:{_RULING_NOUNS})\b", re.IGNORECASE)
# A claim its own sentence says someone denied: "on charges - vehemently denied by his wife
# and lawyers - that he ...", "allegations that were rejected by the company".
INLINE_BY = re.compile(
    r"\b(?:claims?|allegations?|accusations?|charges|reports?)\s*(?:[-–—,(]\s*)?"
    r"(?:(?:that|which)\s+(?:were|was|are|is|have\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?:denied|disputed|rejected)\s+by\s+"
    r"(?P<by>(?:the\s+|his\s+|her\s+|their\s+|its\s+)?[\w'’.-]+(?:\s+(?!that\b)[\w'’.-]+){0,4}?)"
    r"(?=\s*[-–—,.;)]|\s+(?:that|as|and\s+(?:was|were|is|are))\b)"
)
# What a denial names spelled out after it: '"all of these allegations" — that he ...'.
SPELLED_OUT = re.compile(r"[\"”]?\s*[—–:-]+\s*that\s+")

# A denial of what is so now ("denies any current ties") rejects no statement of what once
# was ("a former intelligence officer"): the two speak of different times.
NOW = re.compile(r"\b(?:current(?:ly)?|now|presently|any longer|no longer|still)\b", re.I)
FORMERLY = re.compile(r"\b(?:former(?:ly)?|ex-|previously|used to|in the past)", re.I)
