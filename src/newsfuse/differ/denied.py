"""What a denial denies: the statements of other voices that a denial rejects, found where
its ``reach`` says (see :class:`~newsfuse.differ.claim.Reach`).

- A denial that says what it denies ("Peinovich denied he was Enoch") takes the sentences
  that share the most of those words (a proper name counts more than a common word).
- A denial that points at what was just said ("That is absolutely false") takes the nearest
  sentence before it in its report that is no denial.
- A denial of the charges ("He denies the charges", "maintained her innocence") takes the
  nearest sentence that makes an allegation against the denier by name, in its own report
  first.
- A denial whose sentence states the claim ("a claim Fitbit denies") takes that sentence.

Every statement comes from a voice other than the denier's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from newsfuse.attribute import find_claimant
from newsfuse.differ import denial_words as w
from newsfuse.differ import patterns as p
from newsfuse.differ.align import Story, ied_stems, stem, topic_words
from newsfuse.differ.claim import Claim, Kind, Reach
from newsfuse.differ.denials import is_party
from newsfuse.differ.predicates import UNREAL, verb_base, verb_forms
from newsfuse.documents import Sentence
from newsfuse.text.lexicon import IRREGULAR_VERBS

# A statement that asserts what a denial's words deny shares all their names, at least this
# share of their content words and at least MIN_SHARED of them; one standing at most
# LOCAL_REACH sentences before the denial in its report needs less (see _asserts_the_denied).
COVERAGE = 0.5
MIN_SHARED = 2
LOCAL_REACH = 3
# How many sentences before a pointing denial may hold what it points at (denials skipped).
POINTING_REACH = 1
MAX_STATEMENTS = 3
# A sentence in which a named party says something: "Salehi was quoted as saying".
SAID_BY = (
    r"\b{}\b(?:\W+\w+){{0,5}}?\W+(?:said|says|saying|told|tells|quoted|wrote|added|insisted)\b"
)
# An allegation against someone: it accuses, charges or sues, or prosecutors say it, near
# the accused's name.
CHARGED = re.compile(
    r"\b(?:accus\w*|alleg\w*|charged\s+with|charges\s+of|suspected\s+of|indict\w*"
    r"|convicted|pleaded\s+guilty|sued|blamed|claim(?:s|ed)?\s+(?:[\w,]+\s+){0,5}?that"
    r"|(?<!not\s)(?:found|held)\s+(?:\w+\s+){0,3}?(?:liable|guilty|negligent|responsible)"
    r"|verdict|fac(?:es|ed|ing)\s+(?:\w+\s+){0,3}?charges|on\s+suspicion\s+of"
    r"|prosecutors?\s+(?:say|says|said|allege|alleged|contend|contended|argue|argued)"
    r"|according\s+to\s+(?:the\s+)?(?:prosecutors?|indictment|criminal\s+complaint))\b",
    re.IGNORECASE,
)
# What a report says of someone, taken as the allegation a denial of the charges answers
# only just before it in its report: "reported that", "reportedly" (not "according to",
# which gives the source of any fact: "according to the Gazette, Lee was elected in 2015").
REPORTED = re.compile(r"\b(?:report(?:ed|s)?\s+(?:\w+\s+){0,3}?that|reportedly)\b", re.IGNORECASE)
# How many words apart the accused's name and the allegation may stand.
CHARGED_SPAN = 8
# A sentence that negates what it says is no statement to deny: "he has never asked".
NEGATED = re.compile(
    r"\b(?:has|have|had)\s+never\b|\b(?:did|does|do)\s+not\b|\b(?:didn|doesn|don)['’]t\b"
    r"|\bno\s+evidence\b",
    re.IGNORECASE,
)
# A negation just before an act: "did not ask", "has never asked", "didn't ?mislead".
ACT_NEGATED = re.compile(r"(?:\bnot|\bnever|n['’]t)\W*(?:\w+\W+)?$", re.IGNORECASE)
# Words of a denial that say nothing of what it denies.
_DENYING = topic_words(
    "denied denies deny denying disputed disputes rejected rejects refuted refutes dismissed "
    "balked balks balking issue "
    "true untrue false incorrect inaccurate accurate erroneous baseless absolutely completely "
    "totally categorically allegations allegation claims claim reports report charges story "
    "characterization characterizations accusations wrongdoing reported account accounts "
    "version suggestion suggestions media news"
)


def denied_statements(denial: Claim, story: Story) -> list[Claim]:
    """The statements ``denial`` rejects, best first (at most ``MAX_STATEMENTS``)."""
    if denial.reach is Reach.INLINE:
        owner = _contrary(denial.sentence.text) or _inline_owner(denial)
        return [_stated(denial.sentence, owner)]
    find = _FIND.get(denial.reach or Reach.OBJECT, _by_words)
    found = list(find(denial, story))[:MAX_STATEMENTS]
    return found or list(_outlets_report(denial, story)) or list(_owners_words(denial, story))


def _outlets_report(denial: Claim, story: Story) -> Iterator[Claim]:
    """For a denial that names a report by its outlet and finds nothing by its other reach
    ("The White House denied the Post report"): the sentences that give that outlet's
    report ("The Varna Post reported that ..."), the nearest before the denial in its own
    report, else the first of each other report."""
    outlet = _outlet(denial.text)
    if not outlet:
        return
    said = re.compile(w.OUTLET_SAID.format(re.escape(outlet)))
    before = list(_before(denial, story))
    others = (
        next((s for s in article if said.search(s.text) and s not in before), None)
        for article in story.articles
        if article and article[0].article_id != denial.sentence.article_id
    )
    mine = next((s for s in before if said.search(s.text)), None)
    candidates = [s for s in (mine, *others) if s is not None]
    found = 0
    for sentence in candidates:
        statement = _statement(sentence, story, denial)
        if statement is not None and found < MAX_STATEMENTS:
            found += 1
            yield statement


def _owners_words(denial: Claim, story: Story) -> Iterator[Claim]:
    """For a denial that names whose claim it rejects ("Reed denied Lind's allegation",
    "disputed Lind's account") and finds nothing by its other reach: what that person says
    of the denier by name, the nearest before the denial in its report, else the first in
    each other report (an accuser's first words about the accused are most often the
    accusation)."""
    owner = _claim_owner(denial)
    accused = _name_words(denial.claimant)
    if not owner or not accused or owner in accused:
        return
    words = _OwnersWords.of(owner, accused, denial, story)
    mine = next(filter(None, map(words.near, _before(denial, story))), None)
    if mine is not None:
        yield mine
        return
    found = 0
    for article in story.articles:
        if article and article[0].article_id != denial.sentence.article_id:
            first = next(filter(None, map(words.far, article)), None)
            if first is not None and found < MAX_STATEMENTS:
                found += 1
                yield first


@dataclass(frozen=True, slots=True)
class _OwnersWords:
    """The sentences that give a named person's words about a denier."""

    owner: str
    accused: re.Pattern[str]  # the denier's name
    said: re.Pattern[str]  # the owner said something
    told_of: re.Pattern[str]  # someone said something of the denier
    denial: Claim
    story: Story

    @classmethod
    def of(cls, owner: str, accused: frozenset[str], denial: Claim, story: Story) -> _OwnersWords:
        names = "|".join(re.escape(name) for name in sorted(accused))
        return cls(
            owner,
            re.compile(rf"\b(?:{names})\b", re.IGNORECASE),
            re.compile(w.OWNER_SAID.format(re.escape(owner), re.escape(owner)), re.IGNORECASE),
            re.compile(_TOLD_OF.format(names), re.IGNORECASE),
            denial,
            story,
        )

    def near(self, sentence: Sentence) -> Claim | None:
        """In the denial's report: the owner's words that name the denier."""
        if not self.accused.search(sentence.text):
            return None
        if not self._speaks(sentence) and not self.said.search(sentence.text):
            return None
        return _statement(sentence, self.story, self.denial, self.owner)

    def far(self, sentence: Sentence) -> Claim | None:
        """In another report: the owner, as the sentence's claimant, says it of the denier
        ("Lind said Mayor Tom Reed took ...")."""
        if not (self._speaks(sentence) and self.told_of.search(sentence.text)):
            return None
        return _statement(sentence, self.story, self.denial, self.owner)

    def _speaks(self, sentence: Sentence) -> bool:
        return surname(self.story.claimant(sentence)) == self.owner


# A speaker's words of someone: the name within a few words after the verb of saying or
# accusing ("said Mayor Tom Reed took", "alleged that Reed", "accused Reed of").
_TOLD_OF = (
    r"\b(?:said|says|told\s+\w+|alleged|alleges|claimed|claims|accused|accuses|wrote"
    r"|writes)\s+(?:that\s+)?(?:[\w.'’-]+\s+){{0,3}}?(?:{})\b"
)


def _claim_owner(denial: Claim) -> str:
    """The surname of the person whose claim a denial's sentence names ("denied Lind's
    allegation", "disputed Ana Lind's account"), or ""."""
    match = w.OWNED_ANYWHERE.search(denial.sentence.text)
    if match is None:
        return ""
    owner = surname(match.group("owner"))
    return "" if owner.capitalize() in p.NOT_NAMES else owner


def _outlet(text: str) -> str:
    """The last word of the outlet whose report a denial's words name ("the Varna Post
    report": "Post"), or "" (none, or a weekday, a month or a pronoun)."""
    match = w.OUTLET_REPORT.search(text)
    if match is None:
        return ""
    last = match.group("outlet").split()[-1].rstrip(".")
    return "" if last in p.NOT_NAMES else last


def _by_words(denial: Claim, story: Story) -> Iterator[Claim]:
    """The statements that assert what the denial's words say it denies (by their stems:
    "denied any intent" meets "intentionally"), best covered first. A statement is taken
    only on evidence that it is that claim (see :func:`_asserts_the_denied`)."""
    denied = Denied.of(denial)
    if not denied.stems:
        return
    # A finding of nothing ("found no evidence of voter fraud") answers only a sentence that
    # claims it, not one that asks or looks into it ("investigating whether there was fraud").
    finding = w.NO_EVIDENCE_OF.search(denial.text) is not None
    scored = []
    parts = denied.parts  # (a property: made once, not once per sentence)
    for sentences in story.articles:
        for sentence in sentences:
            if sentence == denial.sentence:
                continue
            lowered = sentence.text.lower()
            if not any(part in lowered for part in parts):  # far cheaper than stems
                continue
            if finding and w.UNASSERTED.search(sentence.text):
                continue
            shared = denied.stems & story.ied_stems(sentence)
            if finding and not _claimed_in_full(denied, sentence, shared, story):
                continue
            if shared and _asserts_the_denied(denial, denied, sentence, shared, story):
                statement = _statement(sentence, story, denial, denied.owner)
                if statement is not None and _owned(denied, statement):
                    scored.append((len(shared) / len(denied.stems), statement))
    scored.sort(key=lambda pair: (-pair[0], _distance(denial, pair[1])))
    yield from _distinct(statement for _, statement in scored)


def _distinct(statements: Iterable[Claim]) -> Iterator[Claim]:
    """Statements of distinct words, each once (a report may print one caption twice)."""
    seen: set[str] = set()
    for statement in statements:
        if statement.text not in seen:
            seen.add(statement.text)
            yield statement


@dataclass(frozen=True, slots=True)
class Denied:
    """What a denial's words say it denies: the stems of its content words, of the names
    among them (the denier's own left out), whose claim it is when the words name one
    ("Comey's account of the conversation": Comey's) and the record it is when they name
    one ("the letter is untrue": what the letter states)."""

    stems: frozenset[str]
    names: frozenset[str]
    owner: str
    record: str
    about_denier: bool
    main: frozenset[str] = frozenset()
    # The act a denial names by its "-ing" ("denied supplying the weapons": "supplying"),
    # which a statement of it must tell, or "".
    act: str = ""

    @property
    def parts(self) -> frozenset[str]:
        """What a sentence's lower-cased text holds when it holds a word of each stem: a
        stem's "y" may be an "i" there ("supply": "supplied")."""
        return frozenset(s.removesuffix("y") if len(s) > 4 else s for s in self.stems)

    @classmethod
    def of(cls, denial: Claim) -> Denied:
        own = _name_words(denial.claimant)
        words = topic_words(denial.context) - _DENYING - own
        names = _core_names(denial.context) - own
        owner = w.OWNED_CLAIM.match(denial.context)
        record = w.RECORD.match(denial.context)  # "the letter is untrue": what it states
        denies = denial.text.lower().startswith(("deni", "deny"))
        stems = ied_stems(words)
        return cls(
            stems,
            ied_stems(names),
            surname(owner.group("owner")) if owner else "",
            _record(record),
            denies and w.ABOUT_DENIER.match(denial.context) is not None,
            _main_clause(denial.context, stems, own),
            _act(denial.context) if denies else "",
        )


# Where the claim a denial's words state ends and its circumstances begin: "denied that
# the captain was drunk | when the ship sank".
_CIRCUMSTANCE = re.compile(r"\s(?:when|while|after|before|because|since|until|as soon as)\s")


# The act a denial names by its "-ing" right after the verb ("denied supplying", "denies
# ever taking"), not "being" or "having" (a state, or a perfect whose verb comes later).
_ACT = re.compile(
    r"^(?:(?:ever|personally|knowingly|ever\s+personally)\s+)?(?P<act>[a-z]{2,}ing)\b"
)
_NOT_ACTS = frozenset({"being", "having", "anything", "nothing", "something", "everything"})
# The light verbs a denial's "-ing" names ("denied taking the money" / "took the money"),
# which ``predicates`` leaves out of its irregular verbs: their past forms come from
# ``text.lexicon``'s table all the same.
_LIGHT_PAST = {base: IRREGULAR_VERBS[base] for base in "take make get go see know do give".split()}


def _act(context: str) -> str:
    """The "-ing" act a denial's words open with ("supplying the weapons": "supplying")."""
    match = _ACT.match(context.lower())
    act = match.group("act") if match else ""
    return "" if act in _NOT_ACTS else act


def _tells_act(act: str, text: str) -> bool:
    """Whether a sentence tells the act of an "-ing" in any form: "supplying" in
    "supplied", "supplies", "supply"; "stealing" in "stole"; "taking" in "took"."""
    root = act[:-3]
    bases = {root, root + "e", root[:-1] if _DOUBLED_END.search(root) else root}
    lowered = text.lower()
    stems = {stem(b) for b in bases} | {root.removesuffix("y")}
    if any(re.search(rf"\b{re.escape(s)}", lowered) for s in stems if len(s) >= 3):
        return True
    forms = {f for b in bases for f in (*verb_forms(b)[1:], *_LIGHT_PAST.get(b, ()))}
    return any(re.search(rf"\b{re.escape(f)}\b", lowered) for f in forms)


_DOUBLED_END = re.compile(r"([b-df-hj-np-tv-z])\1$")


def _main_clause(context: str, stems: frozenset[str], own: frozenset[str]) -> frozenset[str]:
    """The stems of a denial's words before a clause of circumstance, when it has one and
    words on both sides of it, else none (every word is then the claim)."""
    cut = _CIRCUMSTANCE.search(context)
    if cut is None:
        return frozenset()
    main = ied_stems(topic_words(context[: cut.start()]) - _DENYING - own)
    return main & stems if main & stems and stems - main else frozenset()


def _record(record: re.Match[str] | None) -> str:
    """The record a denial rejects ("the letter"), without a plural ending, or ""."""
    return record.group("owner").lower().removesuffix("s") if record else ""


def _asserts_the_denied(
    denial: Claim, denied: Denied, sentence: Sentence, shared: frozenset[str], story: Story
) -> bool:
    """Whether a sentence that shares ``shared`` with what a denial denies is that claim:
    it holds the claim's names and most of its words; or it stands just before the denial
    in its report (an allegation, then its denial) and shares two of its words, or one that
    is no name beside the denier's name; or it accuses the denier by name and shares a word
    that is no name."""
    own = _name_words(denial.claimant)
    names_denier = bool(own & story.topics(sentence))
    if denied.about_denier and own and not names_denier:
        return False  # "Peinovich denied he was Enoch": a claim about Peinovich
    if denied.main and len(shared & denied.main) < min(MIN_SHARED, len(denied.main)):
        return False  # mostly the circumstances shared: "was drunk when the ship sank"
    if denied.act and not _tells_act(denied.act, sentence.text):
        return False  # "denied training the rebels" against "supplied the rebels"
    if _covered(denied, shared):
        return True
    same = sentence.article_id == denial.sentence.article_id
    if same and 0 < denial.sentence.index - sentence.index <= LOCAL_REACH:
        return len(shared) >= MIN_SHARED or (names_denier and bool(shared - denied.names))
    return bool(shared - denied.names) and _accuses(sentence.text, own)


def _covered(denied: Denied, shared: frozenset[str]) -> bool:
    """Whether a sentence shares all the names of what a denial denies and most of its
    words (at least ``MIN_SHARED``)."""
    enough = min(MIN_SHARED, len(denied.stems))
    return denied.names <= shared and len(shared) >= max(enough, COVERAGE * len(denied.stems))


def _claimed_in_full(
    denied: Denied, sentence: Sentence, shared: frozenset[str], story: Story
) -> bool:
    """Whether a sentence is a party's allegation of what a finding of nothing names, in
    most of its words: a finding's few words ("a rise in births", "voter fraud") are often
    those of another report of another time or place, or of a remark in passing, so the
    nearness that admits a statement for other denials ("He denies it" after an accusation)
    does not, nor a sentence that alleges nothing or that no one is said to claim."""
    return (
        _covered(denied, shared)
        and w.ALLEGES.search(sentence.text) is not None
        and is_party(story.claimant(sentence))
    )


def _owned(denied: Denied, statement: Claim) -> bool:
    """A denial of someone's account ("dispute Comey's account") denies only what that
    someone says or concludes; of a record ("the letter is untrue"), only what it states."""
    if denied.record:
        pattern = w.RECORD_SAID.format(re.escape(denied.record))
        return re.search(pattern, statement.text, re.IGNORECASE) is not None
    if not denied.owner:
        return True
    owner = re.escape(denied.owner)
    said = re.search(w.OWNER_SAID.format(owner, owner), statement.text, re.IGNORECASE)
    return surname(statement.claimant) == denied.owner or said is not None


def _core_names(text: str) -> frozenset[str]:
    """The names a denied claim is about ("that Russia hacked the DNC": russia, dnc), not
    the adjectives of a nationality or a direction ("the South American country")."""
    words = [_bare(word) for word in text.split() if word[:1].isupper()]
    return topic_words(" ".join(word for word in words if not w.NOT_A_NAME.search(word)))


def _distance(denial: Claim, statement: Claim) -> tuple[int, int]:
    """How far a statement stands from a denial: in its report first, nearest first."""
    same = statement.sentence.article_id == denial.sentence.article_id
    return (0, abs(statement.sentence.index - denial.sentence.index)) if same else (1, 0)


def _pointed_at(denial: Claim, story: Story) -> Iterator[Claim]:
    """The nearest sentence before the denial in its report that is no denial, when it gives
    someone's claim (a claimant, "reported", "according to"); failing that, for a denial
    that names findings or a report (or whose sentence names a ruling: "respects the
    director's opinion, but we disagree with it"), the nearest sentence before it in its
    report that states one (see :func:`_named_claim_before`)."""
    named = w.NAMED_CLAIM.search(denial.text) or w.NAMED_RULING.search(denial.sentence.text)
    found = False
    for sentence in islice(_pointable(denial, story), POINTING_REACH):
        statement = _statement(sentence, story, denial)
        if statement is None or not (statement.claimant or w.ALLEGATION.search(sentence.text)):
            continue  # no one's claim: not said, reported or alleged
        if named is None or _CLAIMED_AS[_claim_family(named.group(0))].search(sentence.text):
            found = True
            yield statement  # "dismissed the findings": a sentence that finds or concludes
    if not found and named is not None:
        yield from _named_claim_before(denial, story, _claim_family(named.group(0)))


def _named_claim_before(denial: Claim, story: Story, family: str) -> Iterator[Claim]:
    """The nearest sentence before a denial in its report that states the findings or the
    report the denial names, with what they say ("The agency concluded that ...", "the
    assessment of the agency that ...", "the Gazette reported that ..."), when the sentence
    just before it states none: a report often dismisses the findings paragraphs after it
    gave them. Sentences the story's reader left out are passed (a link's headline), not
    another party's denial (what comes after it answers that one)."""
    stated = _STATED_AS.get(family)
    if stated is None:
        return  # allegations and claims: their words say too little of which one
    sentences = story.article(denial.sentence.article_id)
    for sentence in reversed(sentences[: sentences.index(denial.sentence)]):
        if story.is_denial(sentence):
            if surname(story.claimant(sentence)) != surname(denial.claimant):
                return
            continue
        statement = _statement(sentence, story, denial) if stated.search(sentence.text) else None
        if statement is not None:  # (not the denier's own words, nor a question)
            yield statement
            return
    if family in {"report", "story"}:
        yield from _report_elsewhere(denial, story)


def _report_elsewhere(denial: Claim, story: Story) -> Iterator[Claim]:
    """For "Lee denied the report" in a report that gives none: the one report about the
    denier by name that another report gives ("The Gazette reported that Lee accepted
    ..."); none when other reports give two (which one is denied is not known)."""
    accused = _name_words(denial.claimant)
    if not accused:
        return
    reports = {
        sentence.text: sentence
        for article in story.articles
        if article and article[0].article_id != denial.sentence.article_id
        for sentence in article
        if _accuses(sentence.text, accused, REPORTED) and not story.is_denial(sentence)
    }
    if len(reports) == 1:
        statement = _statement(next(iter(reports.values())), story, denial)
        if statement is not None:
            yield statement


def _pointable(denial: Claim, story: Story) -> Iterator[Sentence]:
    """The sentences before a pointing denial, nearest first, the same party's denials
    skipped ("X denied that ... This is not the case."); none past another party's denial,
    which a denial after it follows ("Y called it a fabrication": what Y's was about), nor
    past a sentence of the report that was not read (one a story's reader left out: the
    denial may point at that one)."""
    read = story.read_indices(denial.sentence.article_id)
    for sentence in _before(denial, story, skip_denials=False):
        if any(i not in read for i in range(sentence.index + 1, denial.sentence.index)):
            return  # a sentence not read stands between: what it points at is not known
        if not story.is_denial(sentence):
            yield sentence
        elif surname(story.claimant(sentence)) != surname(denial.claimant):
            return


def _claim_family(noun: str) -> str:
    """The family of a claim noun ("findings" -> "finding")."""
    lowered = noun.lower()
    return next((family for family in _CLAIMED_AS if lowered.startswith(family[:5])), "claim")


# How a sentence states what a ruling or a decision holds: the verb, then a clause with
# "that" within a few words ("the board found that players are employees"), or the verb
# after the words it holds ("..., an official ruled Wednesday"). Only such a sentence is what
# "disagreed with the ruling" rejects: "after the ruling, the school said it would appeal"
# states nothing of it.
_RULINGS = ("ruling", "decision", "opinion", "verdict")
_RULES_THAT = (
    r"\b(?:rul(?:ed|es|ing)|decided|decides|decision|found|finds?|determined|concluded|held)\b"
    r"(?:\W+\w+){0,6}?\W+that\b|,\s+(?:[\w'’-]+\s+){1,8}?(?:ruled|decided|found)\b"
)
# How a sentence makes each kind of claim a pointing denial may name: findings are found or
# concluded, reports reported, allegations alleged.
_CLAIMED_AS = {
    family: re.compile(pattern, re.IGNORECASE)
    for family, pattern in {
        "finding": r"\b(?:find|found|conclu|assess|determin|stud|analy|investigat|report)",
        "conclusion": r"\b(?:find|found|conclu|assess|determin|stud|analy|investigat|report)",
        "assessment": r"\b(?:find|found|conclu|assess|determin|stud|analy|investigat|report)",
        "report": r"\b(?:report|according|said|says|told|wrote|stor|article|publish)",
        "story": r"\b(?:report|according|said|says|told|wrote|stor|article|publish)",
        "claim": r"\b(?:alleg|accus|charg|claim|said|says|told|according|sue|suit|report)",
        **dict.fromkeys(_RULINGS, _RULES_THAT),
    }.items()
}


# How a sentence states findings or a report with what they say: the noun or verb, then a
# clause with "that" within a few words ("concluded in a secret assessment that").
_FINDS_THAT = r"\b(?:findings?|found|conclu\w*|assess\w*|determin\w*)\b(?:\W+\w+){0,6}?\W+that\b"
_REPORTS_THAT = r"\breport(?:s|ed)?\b(?:\W+\w+){0,4}?\W+that\b|\breportedly\b"
_STATED_AS = {
    family: re.compile(pattern, re.IGNORECASE)
    for family, pattern in {
        "finding": _FINDS_THAT,
        "conclusion": _FINDS_THAT,
        "assessment": _FINDS_THAT,
        "report": _REPORTS_THAT,
        "story": _REPORTS_THAT,
        **dict.fromkeys(_RULINGS, _RULES_THAT),
    }.items()
}


def _charges(denial: Claim, story: Story) -> Iterator[Claim]:
    """The nearest allegation against the denier (or whom its words name: "maintained
    Lerner's innocence") by name: before the denial in its report, else the first in
    another report."""
    accused = _name_words(denial.claimant) | _name_words(denial.context)
    if not accused:
        return
    others = (s for a in story.articles for s in a if s.article_id != denial.sentence.article_id)
    for sentence in chain(_before(denial, story), others):
        if _accuses(sentence.text, accused):
            statement = _statement(sentence, story, denial)
            if statement is not None:
                yield statement
                return
    reported = list(_reported_before(denial, story, accused))
    yield from reported or _named_charge_after(denial, story, accused)


# Kinds of allegation that reports tell in many words: a denial of "allegations of
# non-consensual sex" answers "claimed that Weinstein had raped her", one of "bribery
# allegations" answers "accused Lee of taking kickbacks".
_ALLEGATION_KINDS = {
    word: kind
    for kind, words in {
        "sexual": "sex sexual sexually rape raped raping rapist non-consensual nonconsensual "
        "grope groped groping molest molested molesting",
        "bribery": "bribe bribes bribed bribery bribing kickback kickbacks",
        "fraud": "fraud frauds fraudulent fraudulently defraud defrauded defrauding",
    }.items()
    for word in words.split()
}


def _allegation_kinds(text: str) -> frozenset[str]:
    """The kinds of allegation a text names (see ``_ALLEGATION_KINDS``)."""
    words = (word.strip(".,;:!?\"“”()‘’'").lower() for word in text.split())
    return frozenset(_ALLEGATION_KINDS[word] for word in words if word in _ALLEGATION_KINDS)


def _named_charge_after(denial: Claim, story: Story, accused: frozenset[str]) -> Iterator[Claim]:
    """For a denial that names the kind of allegation it denies ("denied all allegations of
    non-consensual sex") when no allegation stands before it or in another report: the
    nearest allegation of that kind against the denier by name after it in its report (a
    report often gives the denial first and the accounts later). Without a kind named, what
    follows may be any allegation ("eight women had agreed to go on camera")."""
    kinds = _allegation_kinds(denial.context)
    if not kinds:
        return
    sentences = story.article(denial.sentence.article_id)
    for sentence in sentences[sentences.index(denial.sentence) + 1 :]:
        if UNREAL.search(sentence.text):
            continue  # "the tape would not expose him as a predator, as has been alleged"
        if _accuses(sentence.text, accused) and _allegation_kinds(sentence.text) & kinds:
            statement = _statement(sentence, story, denial)
            if statement is not None:
                yield statement
                return


def _reported_before(denial: Claim, story: Story, accused: frozenset[str]) -> Iterator[Claim]:
    """When no sentence accuses the denier, a report about the denier by name just before
    the denial in its report ("The Gazette reported that Lee took $50,000. Lee denied any
    wrongdoing."): what the denial answers, as an accusation would be."""
    for sentence in islice(_before(denial, story), LOCAL_REACH):
        if _accuses(sentence.text, accused, REPORTED):
            statement = _statement(sentence, story, denial)
            if statement is not None:
                yield statement
                return


def _acts(denial: Claim, story: Story) -> Iterator[Claim]:
    """The sentences that state the act a denial says did not happen: its verb, then the
    same name or thing within a few words ("asked Comey", "know Matt Whitaker", "kissing the
    victim"), not negated."""
    verb, name = denial.context.split()[0], denial.context.split()[-1]
    between = r"(?:[A-Z][\w.]*\s+){0,3}" if name[:1].isupper() else r"(?:[\w,]+\s+){0,3}?"
    act = re.compile(
        rf"\b{_verb_stems(verb)}\w*\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{between}{re.escape(name)}\b"
    )
    places = _names_after(denial.text, name)
    for sentences in story.articles:
        for sentence in sentences:
            found = act.search(sentence.text) if name in sentence.text else None
            if found and not ACT_NEGATED.search(
                sentence.text, max(0, found.start() - 25), found.start()
            ):
                if not all(place in sentence.text for place in places):
                    continue  # "did not approve the budget for Dorn": not Marlow's budget
                statement = _statement(sentence, story, denial)
                if statement is not None:
                    yield statement


def _verb_stems(verb: str) -> str:
    """A pattern of the stems of a denied act's verb: its regular stem, and the irregular
    forms of its base ("did not steal": steal, stole, stolen; "never paid": pay, paid)."""
    forms = verb_forms(verb_base(verb))
    stems = {re.sub(r"(?:ing|ed|es|s)$", "", f) if len(f) > 5 else f for f in (verb, *forms)}
    return "(?:" + "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True)) + ")"


# Where the phrase of a denied act's object ends: "did not kiss the victim | and ...".
_PHRASE_END = re.compile(
    r"[,;:.!?\"“”()—]|\s(?:and|but|or|that|because|when|while|as|after|before)\s"
)


def _names_after(text: str, thing: str) -> list[str]:
    """The names in the rest of the phrase of a denied act's object ("the budget for Dorn":
    Dorn), which a statement of that act must hold too."""
    at = text.find(thing)
    if at < 0:
        return []
    rest = text[at + len(thing) :]
    end = _PHRASE_END.search(rest)
    words = (rest[: end.start()] if end else rest).split()
    return [word for word in words if word[:1].isupper() and word not in p.NOT_NAMES]


def _accuses(text: str, accused: frozenset[str], charged: re.Pattern[str] = CHARGED) -> bool:
    """Whether the text makes an allegation (``charged``) within ``CHARGED_SPAN`` words of
    the name."""
    lowered = text.lower()
    if not any(name in lowered for name in accused) or not charged.search(text):
        return False
    words = [_bare(word) for word in lowered.split()]
    named = [i for i, word in enumerate(words) if word in accused]
    for match in charged.finditer(text):
        at = len(text[: match.start()].split())
        if any(abs(at - i) <= CHARGED_SPAN for i in named):
            return True
    return False


def _bare(word: str) -> str:
    """A word without its punctuation or possessive: "Lerner's," gives "lerner"."""
    return re.sub(r"['’]s$", "", word.strip(".,;:!?\"“”()‘’'"))


def _before(denial: Claim, story: Story, skip_denials: bool = True) -> Iterator[Sentence]:
    """The sentences before the denial in its report, nearest first, refusals to comment
    (and denials, unless ``skip_denials`` is false) left out."""
    sentences = story.article(denial.sentence.article_id)
    position = sentences.index(denial.sentence)
    for sentence in reversed(sentences[:position]):
        if w.NO_COMMENT.search(sentence.text) or (skip_denials and story.is_denial(sentence)):
            continue
        yield sentence


def _statement(sentence: Sentence, story: Story, denial: Claim, owner: str = "") -> Claim | None:
    """The sentence as a statement that a denial may reject, or None when it is a denial
    itself, a question, calls the claim false itself ("one of the internet's greatest
    myths"), or comes from the denier (never the ``owner`` of the claim it denies: "Aides
    dispute Brandt's reported account")."""
    if story.is_denial(sentence) or "?" in sentence.text or w.DISCREDITED.search(sentence.text):
        return None  # a denial, a question, or a sentence that itself calls the claim false
    if denial.reach is not Reach.POINTING and NEGATED.search(sentence.text):
        return None  # a denial that points at a sentence rejects whatever it says
    if _other_times(denial.context, sentence.text):
        return None
    claimant = story.claimant(sentence)
    deniers = {denial.claimant, story.claimant(denial.sentence)} - {""}
    surnames = {surname(d) for d in deniers} - {"", owner}
    deniers = {d for d in deniers if not owner or surname(d) != owner}
    if claimant in deniers or (claimant and surname(claimant) in surnames):
        return None
    if any(re.search(SAID_BY.format(re.escape(s)), sentence.text, re.I) for s in surnames):
        return None  # "Salehi was quoted as saying ...": the denier's own words
    return _stated(sentence, claimant if is_party(claimant) else "")


def _other_times(denied: str, statement: str) -> bool:
    """Whether a denial of what is so now meets a statement of what once was ("denies any
    current ties" and "a former officer")."""
    return bool(
        w.NOW.search(denied) and w.FORMERLY.search(statement) and not w.NOW.search(statement)
    )


def _stated(sentence: Sentence, claimant: str) -> Claim:
    return Claim(Kind.DENIAL, "denial", "", "stated", sentence.text, claimant, sentence)


def _contrary(text: str) -> str:
    """Whose claim an inline denial contradicts ("contrary to Farrow's claims"), or ""."""
    match = w.INLINE.search(text)
    return (match.group("contrary") or "") if match else ""


def _inline_owner(denial: Claim) -> str:
    """Who states, in the words before it, the claim an inline denial rejects ("The Taliban
    said 100 police had defected, a claim the governor denied"; "police have said ...,
    witnesses say ..."; "The agency has estimated that ..., a figure X says is inflated"),
    never the denier, or ""."""
    who = find_claimant(denial.context)
    if not who:
        opening = _OPENING_SPEAKER.match(denial.context)
        who = opening.group("who") if opening else ""
    return who if who != denial.claimant and is_party(who) else ""


# The party a claim's words open with, and its verb of saying or estimating: "police have
# said ...", "The agency has estimated that ...".
_OPENING_SPEAKER = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:have\s+|has\s+|had\s+)?"
    rf"(?:long\s+)?(?:{w.ACCOUNT_VERB}|estimated|estimates|reported|reports)\b"
)


def _name_words(name: str) -> frozenset[str]:
    """The capitalised words of a name ("Burke Ramsey", "Lerner's lawyer"), in lower case,
    without a possessive."""
    names = (_bare(word) for word in name.split() if word[:1].isupper())
    return topic_words(" ".join(names))


def surname(name: str) -> str:
    """The last capitalised word of a name, in lower case ("" when it has none: "the
    spokesperson")."""
    words = name.split()
    names = [_bare(w) for w in words[1:] or words if w[:1].isupper()]
    return names[-1].lower() if names else ""


_FIND: dict[Reach, Callable[[Claim, Story], Iterator[Claim]]] = {
    Reach.OBJECT: _by_words,
    Reach.POINTING: _pointed_at,
    Reach.CHARGES: _charges,
    Reach.ACT: _acts,
}
