"""The candidates a brief may take, each with the sentences it cannot stand without.

A sentence that opens on a pronoun or connective, quotes somebody it does not name, or
goes on with a quotation an earlier sentence opened, leans on the sentence before it in its
report; it may enter a brief only in a run that starts with a sentence that stands alone.
Only the best-scored candidates (and each report's opening) are looked at this closely: a
brief takes about ten runs, and reading every candidate of a long story would cost more
than ranking them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from newsfuse.documents import Sentence
from newsfuse.rank.story import FloatArray, PreparedStory
from newsfuse.text.antecedents import (
    FURTHEST_BACK,
    STEM,
    answers_before,
    counts_on_before,
    happening_beyond_a_quotation,
    happening_from_before,
    thing_from_before,
    thing_from_further_back,
)
from newsfuse.text.cohesion import (
    Cohesion,
    cohesion,
    names_besides,
    opens_on_quoted_pronoun,
    people_told,
    tells_a_person,
    tells_its_own_person,
    that_object,
)
from newsfuse.text.furniture import looks_like_headline
from newsfuse.text.genre import (
    NEWS_SCORE,
    OPINION_SCORE,
    genre_signals,
    gives_verdict,
    grades,
    judges,
    reads_as_news,
    reads_as_paper,
)
from newsfuse.text.lexicon import SHORT_TITLES
from newsfuse.text.names import People
from newsfuse.text.quotations import (
    Speaker,
    inside_open_quotation,
    names_a_possible_speaker,
    quoted_words,
    speaks_in_first_person,
)
from newsfuse.text.tokens import word_count
from newsfuse.text.voice import (
    in_writers_voice,
    names_in,
    names_none_of,
    rounds_up_elsewhere,
    shares_few_words,
)

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
# A run holds a sentence and at most this many sentences in all.
MAX_RUN = 5
# The best-scored candidates looked at for a brief (with each report's opening).
SHORTLIST = 30
PRINTINGS = 3
# The lead is one of the first this many candidates of its report, and this long at least.
LEAD_RANK = 3
LEAD_MIN_WORDS = 8
# A surname is known to readers when this many reports' first sentences use it alone; a
# noun when a word with its first ``STEM`` letters (``text.antecedents``) is in the brief's
# lead or in this many reports' first sentences.
KNOWN_OPENINGS = 2


@dataclass(frozen=True, slots=True)
class Pool:
    """The shortlisted candidates ("rows"), each with its run.

    ``positions`` maps a row to its candidate position in the story; ``chains`` holds each
    row's run as rows, padded with -1 on the left, ending with the row itself; ``usable``
    says whether the row can enter at all; ``leads`` whether it can open the brief;
    ``needs`` the surnames a row's run uses before introducing them (rows needing none are
    left out); ``people`` the people of the rows' sentences.
    """

    positions: list[int]
    chains: IntArray
    usable: BoolArray
    leads: BoolArray
    people: People
    needs: dict[int, frozenset[str]]


@dataclass(frozen=True, slots=True)
class Shortlist:
    """The shortlisted rows as :class:`Pool` has them, with the entry rules read only for
    the rows a caller asks about: a brief takes about ten of some forty rows, and reading
    every row's entry rules cost a twentieth of a brief.

    ``chains`` holds the run of every row whose run can start (whether or not its members
    may enter); ``needs`` the surnames each such row's run uses before introducing them;
    ``enters`` says, once per row, whether the row can enter (``Pool.usable``);
    ``firsts`` are the positions of each report's lead candidate; ``rest_of`` gives, for a
    row that quotes somebody who goes on in the report's next sentence, that sentence's
    position (``_rest_of_quotation``), else None.
    """

    positions: list[int]
    chains: IntArray
    people: People
    needs: dict[int, frozenset[str]]
    enters: Callable[[int], bool]
    firsts: frozenset[int]
    rest_of: Callable[[int], int | None]


def shortlist(
    story: PreparedStory,
    scores: FloatArray,
    extra: frozenset[int] = frozenset(),
    lead: int | None = None,
    read: Readings | None = None,
) -> Pool:
    """The pool of rows a brief is chosen from: the best-scored candidates of the
    ``SHORTLIST`` best syndication groups (``_best_groups``), each report's first candidate
    and its lead (the first of its first ``LEAD_RANK`` that opens well), the ``extra``
    positions, and every sentence their runs need. ``read`` is the story's
    :func:`readings`, if the caller has some."""
    read = readings(story) if read is None else read
    rows = shortlisted(story, scores, extra, lead, read)
    positions = rows.positions
    usable = np.array([rows.enters(row) for row in range(len(positions))], dtype=bool)
    chains = np.where(usable[:, None], rows.chains, -1)
    standalone = usable & (chains[:, -2] < 0)
    opens_well = standalone & np.array([_opens_well(read(p), story.words[p]) for p in positions])
    is_first = np.array([p in rows.firsts for p in positions], dtype=bool)
    leads = _first_per_report(story, positions, opens_well & is_first)
    if not leads.any():  # no report opens on a plain statement: take one from further on
        leads = opens_well
    return Pool(
        positions=positions,
        chains=chains,
        usable=usable,
        leads=leads,
        people=rows.people,
        needs={row: needs for row, needs in rows.needs.items() if usable[row]},
    )


def shortlisted(
    story: PreparedStory,
    scores: FloatArray,
    extra: frozenset[int],
    lead: int | None,
    read: Readings,
) -> Shortlist:
    """:func:`shortlist`'s rows, their runs and people, the entry rules left unread."""
    position_of = {(s.article_id, s.index): i for i, s in enumerate(story.candidates)}
    # Runs overlap ("A, B, C" and "A, B"): what a sentence leans on is worked out once.
    # (The things readers know are counted only when a sentence takes one from the
    # sentence before it: most stories have none.)
    known_things = cache(lambda: _known_things(story, read.reports, lead))
    leans_on = Memo(lambda p: _leans_on(story, p, read, position_of, known_things))
    reaches = Memo(lambda p: _reaches_back(p, read, known_things))

    openings = _report_openings(read.reports)
    firsts = _report_leads(story, read, openings)
    wanted = _best_groups(story, scores) | firsts | {report[0] for report in openings} | extra
    positions, chains, runs = _runs_of(wanted, leans_on, reaches)
    enters = _entry_rules(story, read, openings, positions, runs)
    texts = [story.candidates[p].text for p in positions]
    people = People.of(texts, elsewhere=story.read_whole())
    known = _known_names(story, positions, people, lead)
    return Shortlist(
        positions=positions,
        chains=chains,
        people=people,
        needs=_name_needs(chains, list(runs), people, known),
        enters=enters,
        firsts=frozenset(firsts),
        rest_of=lambda row: _rest_of_quotation(story, positions[row], read, position_of),
    )


def _report_leads(story: PreparedStory, read: Readings, openings: list[list[int]]) -> set[int]:
    """Each report's lead: the first of its opening sentences that opens well and takes
    nothing from the sentence before it (its first sentence when none does)."""
    return {
        next(
            (
                p
                for p in report
                if _opens_well(read(p), story.words[p]) and not read.takes_from_before(p)
            ),
            report[0],
        )
        for report in openings
    }


def _runs_of(
    wanted: set[int],
    leans_on: Callable[[int], int | None],
    reaches: Callable[[int], int],
) -> tuple[list[int], IntArray, dict[int, list[int]]]:
    """The rows: the ``wanted`` positions and every position their runs hold, in order;
    each row's run as rows (a row of :attr:`Pool.chains`, -1 where it is shorter than
    ``MAX_RUN``); and each row that has a run with that run, as positions."""
    chain_of = {p: _chain(p, leans_on, reaches) for p in wanted}
    positions = sorted(wanted.union(*(chain for chain in chain_of.values() if chain)))
    row_of = {p: row for row, p in enumerate(positions)}
    chains = np.full((len(positions), MAX_RUN), -1, dtype=np.int64)
    runs: dict[int, list[int]] = {}
    for row, position in enumerate(positions):
        chain = chain_of[position] if position in chain_of else _chain(position, leans_on, reaches)
        if chain is not None:
            runs[row] = chain
            chains[row, MAX_RUN - len(chain) :] = [row_of[q] for q in chain]
    return positions, chains, runs


def _entry_rules(
    story: PreparedStory,
    read: Readings,
    openings: list[list[int]],
    positions: list[int],
    runs: dict[int, list[int]],
) -> Callable[[int], bool]:
    """Whether a row can enter (:attr:`Shortlist.enters`), read once per row asked about:
    it has a run, its own sentence may end one, and every sentence of its run may enter
    and is about the story."""
    on_story = _on_story(story, openings)
    complete = Memo(lambda p: read.may_enter(p) and on_story(p))

    def enters(row: int) -> bool:
        chain = runs.get(row)
        text = story.candidates[positions[row]].text
        return (
            chain is not None
            # A run may hold the first sentence of a quotation that runs on into the next,
            # but not end on it: the reader would be left inside an open quotation. Nor on
            # the first point of an argument ("Firstly, ...": its "Secondly" left behind).
            # (Tested first: they read one sentence, the entry rules a whole run.)
            and not _opens_a_quotation_it_does_not_close(text)
            and _ENUMERATION_START.match(text) is None
            and not _asks_what_the_next_answers(story, positions[row], read)
            and all(complete(q) for q in chain)
        )

    return Memo(enters)


T = TypeVar("T")


def readings(story: PreparedStory) -> Readings:
    """The story's :class:`Readings`: the :func:`cohesion` of a candidate by its position,
    and its entry rules, read once per position (the lead passage and the shortlist read
    the same openings)."""
    return Readings(story)


def _on_story(story: PreparedStory, openings: list[list[int]]) -> Callable[[int], bool]:
    """Whether a candidate is about the story, judged against the names of the other
    reports and of its own report's opening, and the event words of every report's opening
    (see :func:`newsfuse.text.voice.off_story`): a report that turns to another race or
    country names what no other report and not its own opening names. A story of one
    report has nothing to judge against, and every sentence of it is on the story."""
    if len(story.articles) < 2:
        return lambda position: True
    opening_of = {
        story.candidates[report[0]].article_id: " ".join(story.candidates[p].text for p in report)
        for report in openings
    }
    # The openings' event words (``voice.event_words`` of each opening), from the candidates'
    # content terms the story holds: the same words, without reading the texts again.
    words = frozenset(term[:5] for report in openings for p in report for term in story.terms[p])

    @cache
    def reports_names() -> tuple[list[frozenset[str]], set[str], set[str]]:
        """Each report's names, every name and those two reports or more print: read only
        when a candidate shares no event word with the openings (most stories have none)."""
        names = [names_in(story.read_text(article)) for article in story.articles]
        reports_naming = Counter(name for found in names for name in found)
        shared = {name for name, count in reports_naming.items() if count > 1}
        return names, set(reports_naming), shared

    def names_elsewhere(number: int) -> frozenset[str]:
        # A report's "elsewhere" is every name another report prints: those its own text
        # does not print, and those two reports or more print.
        names, every_name, shared = reports_names()
        opening = names_in(opening_of.get(story.articles[number].id, ""))
        return frozenset(every_name - names[number] | shared) | opening

    elsewhere = Memo(names_elsewhere)
    number_of = {article.id: number for number, article in enumerate(story.articles)}

    def on_story(position: int) -> bool:
        # voice.off_story's two pure tests, the cheap one first: the candidate's event
        # words are its content terms cut to five letters, as the openings' above.
        own_words = frozenset(term[:5] for term in story.terms[position])
        if not shares_few_words(own_words, words):
            return True
        sentence = story.candidates[position]
        if not names_in(sentence.text):
            # names_none_of holds only for a sentence that names something: one that names
            # nothing is on the story whatever the other reports name, which are then not
            # read (most stories' few-word sentences name nothing).
            return True
        return not names_none_of(sentence.text, elsewhere(number_of[sentence.article_id]))

    return on_story


def _best_groups(story: PreparedStory, scores: FloatArray) -> set[int]:
    """The best-scored candidates of the ``SHORTLIST`` best syndication groups, at most
    ``PRINTINGS`` of each: 30 printings of one wire sentence are one choice, not thirty, but
    a second printing may stand where the first cannot (after another sentence)."""
    group_of = {p: number for number, group in enumerate(story.groups) for p in group}
    chosen: dict[int, list[int]] = {}
    for position in np.argsort(-scores, kind="stable").tolist():
        members = chosen.setdefault(group_of[position], [])
        if len(members) < PRINTINGS:
            members.append(position)
        if len(chosen) > SHORTLIST:
            del chosen[group_of[position]]
            break
    return {p for members in chosen.values() for p in members}


class Memo(dict[int, T]):
    """A function of a candidate position, computed once per position: the dict of the
    values computed, each made on its first call (``__missing__``). A call is the dict's
    own lookup, with no Python frame: a story's runs and rules ask about 600 times, most of
    them for a value already made, and a method that looked the value up took 1.8 times as
    long a call."""

    def __init__(self, function: Callable[[int], T]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, position: int) -> T:
        value = self[position] = self.function(position)
        return value

    __call__ = dict.__getitem__


class Readings(Memo[Cohesion]):
    """A story's candidates as selection reads them, each read once per position: called
    with a position, its :func:`cohesion`; ``may_enter`` and ``opens_well`` the entry
    and opening rules (the lead passage tests the reports' openings, and the shortlist
    the same sentences again). ``reports`` is ``story.report_positions()``, for every
    reader of the story. ``opinion`` holds the ids of the reports that read as opinion
    pieces (``text.genre``): their writers' verdicts may not enter a brief, whose voice
    they would become; ``documents`` those that are a body's own statement or letter (of
    ``opinion`` too); ``plain_news`` those that read plainly as news; ``unplaced`` the
    rest, whose writers' grades and hedges may not enter either. ``genre_signals`` are
    each report's :func:`genre_signals`, by id (the brief reads an op-ed's author with
    them, ``genre.op_ed_author``)."""

    def __init__(self, story: PreparedStory) -> None:
        super().__init__(lambda position: cohesion(story.candidates[position].text))
        self.story = story
        self.reports = story.report_positions()
        signals = {a.id: genre_signals(story.read_text(a)) for a in story.articles}
        self.genre_signals = signals
        # A body's own statement, letter or release (``GenreSignals.document``): every line
        # of it is that body's claim, whatever its score, and it is read as an opinion piece.
        self.documents = frozenset(a for a, found in signals.items() if found.document())
        genre = {a: None if a in self.documents else found.score() for a, found in signals.items()}
        self.opinion = frozenset(
            a for a, score in genre.items() if score is None or score >= OPINION_SCORE
        )
        # Whether a report reads plainly as news: then the columnists' pages give way to it.
        # Between the two scores a report may be a review or a blog the test missed, and a
        # columnist's page is not put below it.
        self.plain_news = frozenset(
            a for a, score in genre.items() if score is not None and score <= NEWS_SCORE
        )
        # Between the two scores: a review, an analysis or a blog the test could not place.
        # (Its "very", "the most" and "should" are as often of facts as of its writer's
        # judgement: only its grades and hedges stay out, ``genre.grades``.)
        self.unplaced = frozenset(genre) - self.opinion - self.plain_news
        self.enters = Memo(self._enters)
        self.thing_from_before = Memo(self._thing_from_before)
        self.counts_on_before = Memo(self._counts_on_before)
        self.happening_from_before = Memo(self._happening_from_before)
        self.thing_from_further_back = Memo(self._thing_from_further_back)
        self.answers = Memo(lambda position: answers_before(self._text(position)))
        self.that_object = Memo(self._that_object)
        self.inside_quotation = Memo(self._inside_quotation)
        self.papers: dict[str, bool] = {}
        # The texts of the reports that print a curly opening mark (a cheap cue: only their
        # sentences can be inside a quotation ``inside_open_quotation`` reads).
        self._curly_texts = {a.id: a.text for a in story.articles if "“" in a.text}

    def paper(self, article_id: str) -> bool:
        """Whether the report reads as a scholarly paper or an abstract
        (``text.genre.reads_as_paper``), read when first asked (only of a report that would
        carry a brief: reading every report cost time for a rare form)."""
        found = self.papers.get(article_id)
        if found is None:
            article = next(a for a in self.story.articles if a.id == article_id)
            found = reads_as_paper(self.story.read_text(article))
            self.papers[article_id] = found
        return found

    def _inside_quotation(self, position: int) -> bool:
        """Whether the candidate continues a quotation an earlier sentence of its paragraph
        left open (``text.quotations.inside_open_quotation``)."""
        sentence = self.story.candidates[position]
        text = self._curly_texts.get(sentence.article_id)
        return text is not None and inside_open_quotation(text, sentence.start)

    def _enters(self, position: int) -> bool:
        """The entry rules, and for an opinion report's sentence the rules of its genre."""
        sentence = self.story.candidates[position]
        read = self(position)
        if not _may_enter(sentence.text, read):
            return False
        if sentence.article_id in self.unplaced:
            return not grades(sentence.text, read.unquoted)
        if sentence.article_id not in self.opinion:
            return True
        if sentence.article_id in self.documents:
            # The document never says whose it is (a report of it does): its news may enter
            # (a death, a date, a sum), but never its judgements or its "we".
            return not judges(sentence.text, read.unquoted) and (
                not self.plain_news or reads_as_news(sentence.text, read.unquoted)
            )
        if self.plain_news:
            return reads_as_news(sentence.text, read.unquoted)
        # Only columnists tell the story: their general claims are all it has, and the brief
        # keeps those, leaving out their verdicts.
        return not gives_verdict(sentence.text, read.unquoted)

    def _thing_from_before(self, position: int) -> str | None:
        """The thing (a noun) the candidate opens on that the sentence before it in its
        report, a candidate, introduces ("The hearing lasted nine hours." after "A judge
        held a hearing on Monday."; ``text.antecedents.thing_from_before``), or None."""
        before = self._before(position)
        return None if before is None else thing_from_before(self.opening(position), before.text)

    def _counts_on_before(self, position: int) -> bool:
        """Whether the candidate opens on one of a series that the sentence before it in
        its report, a candidate, names ("The third suspect ..." after "The second suspect
        ..."; ``text.antecedents.counts_on_before``)."""
        before = self._before(position)
        return before is not None and counts_on_before(self.opening(position), before.text)

    def _happening_from_before(self, position: int) -> tuple[str, ...]:
        """The stems of the happening the candidate opens on that the sentence before it in
        its report, a candidate, tells ("The move comes ..." after "Halden Shipping agreed
        to buy ..."; ``text.antecedents.happening_from_before``), or none."""
        before = self._before(position)
        return () if before is None else happening_from_before(self._text(position), before.text)

    def _thing_from_further_back(self, position: int) -> tuple[str, int] | None:
        """The thing (a noun) the candidate opens on that a sentence two or more before it
        in its report introduces, and how many sentences back (every sentence between them
        a candidate; ``text.antecedents.thing_from_further_back``), or None."""
        befores = self.befores(position)
        if len(befores) < 2:
            return None
        found = thing_from_further_back(self.opening(position), tuple(s.text for s in befores))
        if found is None or self._named_earlier(position - found[1], found[0]):
            return None
        return found

    def _that_object(self, position: int) -> str | None:
        """The noun of the "that X" object the candidate points at ("... learned that lesson
        the hard way."; ``text.cohesion.that_object``), unless its report names it before
        the sentence right before the candidate: then "that" points there, further back than
        a run reaches, and the thing is the report's own, which a brief that takes the
        report's other sentences names too (as ``_named_earlier`` for "The X")."""
        noun = that_object(self(position).unquoted)
        if noun is None:
            return None
        stem = re.compile(rf"\b{re.escape(noun[:STEM])}", re.IGNORECASE)
        below = self.story.candidates[position].index - 1
        return None if self._report_matches_before(position, stem, below) else noun

    def _named_earlier(self, position: int, noun: str) -> bool:
        """Whether a candidate of the report before ``position`` names ``noun``: then the
        indefinite phrase at ``position`` is no introduction ("Romney's speech ..." and
        later "during a speech at the University of Utah"), and the thing is the report's
        own, which a brief that takes the report's other sentences names too."""
        pattern = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        return self._report_matches_before(position, pattern)

    def _report_matches_before(
        self, position: int, pattern: re.Pattern[str], below: int | None = None
    ) -> bool:
        """Whether a candidate of the report before ``position`` (of a sentence index under
        ``below``, if given) matches ``pattern``."""
        candidates = self.story.candidates
        article = candidates[position].article_id
        at = position - 1
        while at >= 0 and candidates[at].article_id == article:
            if (below is None or candidates[at].index < below) and pattern.search(self._text(at)):
                return True
            at -= 1
        return False

    def befores(self, position: int) -> list[Sentence]:
        """The candidates right before ``position`` in its report, the nearest first, as
        long as each is the sentence before the next (at most ``FURTHEST_BACK``)."""
        befores: list[Sentence] = []
        sentence = self._before(position)
        while sentence is not None and len(befores) < FURTHEST_BACK:
            befores.append(sentence)
            at = position - len(befores)
            if at == 0:
                break
            earlier = self.story.candidates[at - 1]
            if earlier.article_id != sentence.article_id or earlier.index != sentence.index - 1:
                break
            sentence = earlier
        return befores

    def takes_from_before(self, position: int) -> bool:
        """Whether the candidate opens on a thing, one of a series, or a happening that the
        sentence before it introduces or tells (``thing_from_before``, ``counts_on_before``,
        ``happening_from_before``), or answers what that sentence tells (``answers``)."""
        return (
            self.answers(position)
            or self.that_object(position) is not None
            or self.thing_from_before(position) is not None
            or self.counts_on_before(position)
            or bool(self.happening_from_before(position))
            or self.thing_from_further_back(position) is not None
        )

    def _text(self, position: int) -> str:
        return self.story.candidates[position].text

    def opening(self, position: int) -> str:
        """The candidate's text past an opening quotation mark: '"The team has done well,"
        the general said.' leans on "a team" in the sentence before as "The team ..." does.
        (Not for a happening: a speaker's "The incident ...", "The accident ..." names the
        story's event in their own words, and read so 0 of 3 tuning candidates needed the
        sentence before.)"""
        return self._text(position).lstrip(_OPENING_MARKS)

    def _before(self, position: int) -> Sentence | None:
        """The candidate before ``position`` when it is the sentence before it in its
        report (candidates come report by report, in reading order)."""
        if position == 0 or not self.opening(position).startswith("The "):
            return None  # (most sentences: the tests read only "The ..." openings)
        sentence, before = self.story.candidates[position], self.story.candidates[position - 1]
        if before.article_id != sentence.article_id or before.index != sentence.index - 1:
            return None
        return before

    def may_enter(self, position: int) -> bool:
        """:func:`opens_well`'s entry rules for the candidate at ``position``."""
        return self.enters(position)

    def opens_well(self, position: int, in_passing: bool = False) -> bool:
        """:func:`opens_well` for the candidate at ``position``; ``in_passing`` lets it
        quote a few words of somebody it names (see :func:`quotes_in_passing`)."""
        fits = _opens_well(self(position), self.story.words[position], in_passing)
        # An opening on a thing its report introduced in the sentence before ("The hearing,
        # which lasted nine hours, ...") would leave the reader asking which one.
        return fits and self.enters(position) and not self.takes_from_before(position)


def _leans_on(
    story: PreparedStory,
    position: int,
    read: Readings,
    position_of: dict[tuple[str, int], int],
    known_things: Callable[[], frozenset[str]],
) -> int | None:
    """The candidate a sentence that cannot stand alone leans on: the sentence before it
    in its report; -1 when that is not a candidate, or names nobody for a quotation to
    belong to; None for a sentence that stands alone. A sentence that opens on a thing
    the sentence before introduces ("The patients were followed for one year." after "...
    in 40 patients who ...") leans on it, unless the thing is one of ``known_things()``
    (stems: the story's own, or the lead's); so does one that opens on one of a series it
    names ("The third suspect ..."), and one that opens on a happening it tells ("The move
    comes ..." after "Halden Shipping agreed to buy ..."), unless the story's openings or the
    lead tell it too ("The decision ..." where they say "decided"); so does one that answers
    what it does not tell ("Morvik responded with its own tariffs.", '"Not yet," the
    mayor replied.'; ``text.antecedents.answers_before``), whatever the story knows."""
    sentence = story.candidates[position]
    before = position_of.get((sentence.article_id, sentence.index - 1), -1)
    # The middle of a long quotation ("They blur reality and fiction quite often.") leans
    # as a pointing word does: its marks and its speaker are in the sentences around it, and
    # alone it would read as the writer's claim. It comes with the sentences before it, or
    # not at all.
    if not (read(position).leans or read.inside_quotation(position)):
        answers = read.answers(position) and before >= 0 and not read(before).leans
        if answers or (
            before >= 0 and _quotes_of_a_stranger(story, position, before, read, known_things)
        ):
            # "Russia responded with its own sanctions ...": the act answered is told in the
            # sentence before, whatever its words. (Not when that sentence leans itself, on a
            # quotation's speaker or a pronoun's person: the answer then stands alone, as
            # before, since another report may tell what it answers: "After the show, Lee
            # went on Facebook to accuse her ..." before "A day later, Olsen responded".)
            # A quotation of "He" whose person only the sentence before tells ("the man on
            # the bike") comes with it too (``_quotes_of_a_stranger``).
            return before
        thing = read.that_object(position)
        if thing is not None and thing[:STEM] not in known_things():
            # "Six ferrymen learned that lesson the hard way.": the lesson is told in the
            # sentence before, whatever its words; without it (no candidate) the sentence
            # does not enter.
            return before
        return _takes_from_before(position, read, known_things)
    if read(position).of_nobody and before >= 0 and not tells_a_person(read(before).unquoted):
        # "None of his tests since then showed ..." after a line of schedule: the person
        # is further back in the report, which the sentence before does not bring.
        return None
    if (
        before >= 0
        and read(position).quotation.needs_speaker
        and not _names_someone(story, before, read)
    ):
        # '"...," he added.' names nobody, even where it follows "Ana Ortiz said ...": a
        # quotation after it would read as nobody's (issue 18: only with its speaker).
        return -1
    return before


def _quotes_of_a_stranger(
    story: PreparedStory,
    position: int,
    before: int,
    read: Readings,
    known_things: Callable[[], frozenset[str]],
) -> bool:
    """Whether a quotation that opens on "He" or "She" ('"He was outside," Evans said.')
    means a person the sentence before it tells by a word readers do not know ("the man on
    the bike", "a paramedic"; ``known_things()``): alone, a reader takes the pronoun for
    whoever the brief named last (issue 18; an outside check's dev 0050, 0121, anchor
    39565). Not where the sentence tells its own person ('..., said Ana Lind, Carl Lind's
    mother.')."""
    if not opens_on_quoted_pronoun(story.candidates[position].text):
        return False
    own, told_before = read(position).unquoted, read(before).unquoted
    if tells_its_own_person(own) or names_besides(told_before, own):
        # (A sentence before that names someone, "... Sanders said Day ...", may tell the
        # pronoun's person by name; the brief may name them too.)
        return False
    told = people_told(told_before)
    return any(word[:STEM] not in known_things() for word in told)


def _takes_from_before(
    position: int, read: Readings, known_things: Callable[[], frozenset[str]]
) -> int | None:
    """The candidate before ``position`` when the sentence opens on a thing, one of a series
    or a happening that one introduces or tells and readers do not know
    (``known_things()``), or on a thing introduced further back (``_reaches_back``); None
    when it stands alone. (The predecessor of each is the candidate before it:
    ``Readings._before``.)"""
    if read.counts_on_before(position):
        return position - 1
    thing = read.thing_from_before(position)
    if thing is not None:
        return None if thing[:STEM] in known_things() else position - 1
    happening = read.happening_from_before(position)
    if happening and not any(stem in known_things() for stem in happening):
        return position - 1
    # (A thing introduced further back: the run reaches it, ``_reaches_back``.)
    return None if _reaches_back(position, read, known_things) < 2 else position - 1


def _known_things(
    story: PreparedStory, reports: dict[str, list[int]], lead: int | None
) -> frozenset[str]:
    """The stems (first ``STEM`` letters) of the content words readers of a brief know
    (``_known_to_readers``): those of the brief's ``lead`` (a position), and those of the
    first ``LEAD_RANK`` candidates of the reports: the story's own things ("The study ..."
    in a story every report tells as a study's), as ``_known_names`` for surnames."""
    openings = (
        {term[:STEM] for p in positions[:LEAD_RANK] for term in story.terms[p]}
        for positions in reports.values()
    )
    lead_terms = () if lead is None else (term[:STEM] for term in story.terms[lead])
    return _known_to_readers(openings, lead_terms)


def _known_to_readers(openings: Iterable[Iterable[str]], lead: Iterable[str]) -> frozenset[str]:
    """What readers of a brief know: what ``KNOWN_OPENINGS`` of the reports' ``openings``
    or more print (each opening's words a set; every opening's, in a story of fewer), and
    what the brief's ``lead`` prints."""
    counts: Counter[str] = Counter()
    reports = 0
    for words in openings:
        counts.update(words)
        reports += 1
    enough = min(KNOWN_OPENINGS, reports)
    return frozenset({word for word, count in counts.items() if count >= enough}.union(lead))


def _names_someone(story: PreparedStory, position: int, read: Callable[[int], Cohesion]) -> bool:
    return names_a_possible_speaker(story.candidates[position].text, read(position).unquoted)


# Quotation marks that may open a sentence (``Readings._opening``).
_OPENING_MARKS = "\"“‘'"


def _reaches_back(position: int, read: Readings, known_things: Callable[[], frozenset[str]]) -> int:
    """How many sentences back in its report the run of a sentence that opens on a thing
    introduced two or more sentences before it must start ("The trip was canceled." after
    '"...," he writes.', itself after "He planned a trip to Oslo."): the reader needs the
    introduction and what lies between. 0 for every other sentence, and where readers know
    the thing (``known_things()``)."""
    further = read.thing_from_further_back(position)
    if further is not None:
        # (Known in any of its words' forms: "joggers" where the lead says "jogging", whose
        # stems part at the fifth letter.)
        root = further[0][: STEM - 1]
        return 0 if any(stem.startswith(root) for stem in known_things()) else further[1]
    happening = read.happening_from_before(position)
    if (
        happening
        and not any(stem in known_things() for stem in happening)
        and happening_beyond_a_quotation(
            read.story.candidates[position].text, read(position - 1).quotation.quotes
        )
        and len(read.befores(position)) >= 2
    ):
        return 2
    return 0


def _chain(
    position: int, leans_on: Callable[[int], int | None], reaches: Callable[[int], int]
) -> list[int] | None:
    """The run that ends with ``position``, or None when it cannot start: each sentence
    with the one it leans on, and with every sentence back to the one it ``reaches`` for (a
    count of sentences; these are candidates in a row, ``Readings._befores``)."""
    chain = [position]
    start = position - reaches(position)
    before = leans_on(position)
    while before is not None and before >= 0 and len(chain) < MAX_RUN:
        chain.insert(0, before)
        start = min(start, before - reaches(before))
        before = leans_on(before)
        if before is None and chain[0] > start:
            before = chain[0] - 1
    return chain if before is None else None


def _first_per_report(story: PreparedStory, positions: list[int], flags: BoolArray) -> BoolArray:
    """Of the flagged rows, only the first of each report: a brief opens where a report
    opens, so the rest of that report can follow in its own order."""
    seen: set[str] = set()
    first = np.zeros(len(positions), dtype=bool)
    for row in np.flatnonzero(flags).tolist():
        article = story.candidates[positions[row]].article_id
        first[row] = article not in seen
        seen.add(article)
    return first


def _report_openings(reports: dict[str, list[int]]) -> list[list[int]]:
    """The first ``LEAD_RANK`` candidates of each report (``report_positions``), report by
    report."""
    return [positions[:LEAD_RANK] for positions in reports.values()]


def can_open(story: PreparedStory, position: int) -> bool:
    """Whether a candidate can open a brief: among the first ``LEAD_RANK`` of its report, a
    plain statement (no quotation) of ``LEAD_MIN_WORDS`` words or more that stands alone."""
    text = story.candidates[position].text
    return _among_openings(story, position) and _opens_well(cohesion(text), word_count(text))


def _among_openings(story: PreparedStory, position: int) -> bool:
    """Whether a candidate is one of the first ``LEAD_RANK`` of its report (candidates come
    report by report), without going through the whole story."""
    article = story.candidates[position].article_id
    first = position
    while position - first < LEAD_RANK and first > 0:
        if story.candidates[first - 1].article_id != article:
            break
        first -= 1
    return position - first < LEAD_RANK


def opens_well(text: str) -> bool:
    """A plain statement of ``LEAD_MIN_WORDS`` words or more that may enter and stands
    alone, with no quotation: a sentence a brief may open on (``Readings.opens_well`` of a
    story's candidate)."""
    read = cohesion(text)
    return _opens_well(read, word_count(text)) and _may_enter(text, read)  # the cheaper first


def _opens_well(read: Cohesion, words: int, in_passing: bool = False) -> bool:
    """The cheap opening rules, for a sentence of ``words`` words read as ``read``: no
    quotation, or with ``in_passing`` one that only quotes in passing."""
    if read.leans or words < LEAD_MIN_WORDS:
        return False
    return not read.quotation.quotes or (in_passing and quotes_in_passing(read, words))


# A lede may quote a few words of the person it names ('Donald Trump panned the chairwoman
# as a "terrible person" on Monday'): the statement is the writer's, the quoted words a
# part of it. At most this share of its words are quoted.
MAX_QUOTED_SHARE = 1 / 3
_QUOTE_MARKS = " \"“”‘’'"


def quotes_in_passing(read: Cohesion, words: int) -> bool:
    """Whether a sentence of ``words`` words, read as ``read``, quotes somebody only in
    passing: it names who (its quotation needs no speaker), does not open on the quoted
    words, and quotes at most ``MAX_QUOTED_SHARE`` of its words."""
    if read.quotation.needs_speaker or read.unquoted.lstrip(_QUOTE_MARKS).startswith("Q"):
        return False
    quoted = words - len(read.unquoted.split())  # (each span's placeholder counts as one)
    return quoted <= MAX_QUOTED_SHARE * words


# A closing quotation mark closes a sentence only after its punctuation: 'Police chiefs
# call him "gentleman"' is a headline.
_CLOSED = re.compile(r"[.!][\"'”’)\]]*$")
# A question closes a sentence that reports it ('..., falsely claiming in a tweet that "...
# and a Wall?"'): the question is the speaker's, not one the brief puts to the reader.
_REPORTED_QUESTION = re.compile(r"\?[\"”]$")
# A sentence cut at an abbreviation: "In a 6,000-word manifesto Thursday, Mr."
_CUT_AT_TITLE = re.compile(rf"\s(?:{'|'.join(SHORT_TITLES)}|[A-Z])\.$")
# A list item ("8. ...", "3) ..."), or a line that opens on a lower-case word left over from
# page furniture ("commentary Once Sprint gets the iPhone ...").
_NOT_PROSE = re.compile(r"\d{1,2}[.)]\s|[a-z]+\s")
# Text whose figures were lost in extraction: "the highest spend ( and , respectively)".
_GARBLED = re.compile(r"\(\s*(?:and\s*)?[,)]")


def _may_enter(text: str, read: Cohesion) -> bool:
    """A complete statement in the third person, not exclaimed, in a reporter's voice and
    about this story: a columnist's "I" or a memo's "we" outside quotation marks, a post's
    "no collusion!", a blogger's "you" or "Let's be honest", would read as the brief's own
    words; a round-up's "In other news, ..." is about another story."""
    if text.rstrip().endswith("!") or rounds_up_elsewhere(text):
        return False
    return (
        _complete_statement(text)
        and not speaks_in_first_person(text, read.unquoted)
        and not in_writers_voice(text, read.unquoted)
    )


def _complete_statement(text: str) -> bool:
    """A sentence with its closing punctuation: not a headline, a caption, a question put
    to the reader or a line whose figures were lost."""
    text = text.rstrip()
    tail = text[-8:]  # the patterns anchored at the end look at the tail only
    if not _closed(text, tail) or ("(" in text and _GARBLED.search(text)):
        return False
    if _CUT_AT_TITLE.search(tail) or _NOT_PROSE.match(text) or _shouted(text):
        return False
    if text.count("(") != text.count(")"):  # half of an aside: "No, really, it is.)"
        return False
    if _printed_twice(text) or ("following" in text and _LEADS_INTO_A_LIST.search(text)):
        return False
    return text.endswith(".") or not looks_like_headline(text)


# A line that leads into a list or a statement printed after it ("... couples spend the most
# in the following areas in the US.", "... published the following image."): alone it
# promises what the brief does not print. "The following Monday, ..." is a day.
_LEADS_INTO_A_LIST = re.compile(
    r"\bthe following (?!(?:day|days|week|weeks|month|months|year|years|morning|afternoon"
    r"|evening|night|season|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[\w-]+(?: [\w-]+){0,4}\.$"
)


# A page that prints a headline or a caption twice, glued to its first sentence ("Pier
# Fire Spreads To Second Shed Pier Fire Spreads To Second Shed Crews fought ..."): the
# sentence's first words come again. Six words: a sentence of prose may repeat five ("Scale
# for the Assessment of Positive Symptoms (SAPS), Scale for the Assessment of Negative ...").
_TWICE_WORDS = 6


def _printed_twice(text: str) -> bool:
    """Whether the sentence's first ``_TWICE_WORDS`` words come again later in it."""
    words = text.split()
    if len(words) < 2 * _TWICE_WORDS:
        return False
    head = words[:_TWICE_WORDS]
    first = head[0]
    return any(
        words[at : at + _TWICE_WORDS] == head
        for at in range(1, len(words) - _TWICE_WORDS + 1)
        if words[at] == first
    )


# Double quotation marks as pages print them: curly, straight, two apostrophes for a closing
# one, or a curly one whose encoding was lost ("\ufffd?"). A straight one after feet and
# inches is an inch mark: 6'2". (Written from the mark's first character, what each form
# needs then read back by a lookbehind: alternatives that open on a lookbehind give the
# regex engine no first character to skip to, and it tried every position, eight times
# slower.)
_QUOTATION_CHARS = ('"', "“", "”", "''", "\ufffd")
_QUOTATION_MARK = re.compile(
    r"[“”'\ufffd\"](?:(?<=[“”])|(?<=')'|(?<=\ufffd)\?|(?<=\")(?<!\d'\d\")(?<!\d'\d\d\"))"
)


# The first point of an argument or a list, which announces the points after it.
_ENUMERATION_START = re.compile(
    r"\(?(?:First|Firstly|First\ of\ all|For\ one|For\ starters|To\ (?:begin|start)\ with),"
)


# A sentence that tells a question put to somebody ("Police were asked if ...", "She was
# asked whether ..."), in the writer's words.
# (Its word boundary a lookbehind after the "a", as ``_BARE_ROLE``'s: a leading \b made the
# engine try every position, five times slower.)
_ASKS = re.compile(r"a(?<!\wa)(?:sked|sking|sks) (?:if|whether|about|why|what|how|when)\b")


def _asks_what_the_next_answers(story: PreparedStory, position: int, read: Readings) -> bool:
    """Whether the candidate tells a question in its own words that the next sentence of
    its report answers ("Police were also asked if people should be afraid." then '"...,"
    the chief replied.'; ``Readings.answers``): a run may hold it, but not end on it, which would
    leave the question open (or put it after another report's printing of the answer)."""
    text = story.candidates[position].text
    # (Not a quoted question, '"Why now?" she asked.', whose words tell it: kept from
    # ending a run, the one tuning brief it changed lost its exchange to a worse line.)
    if _ASKS.search(text) is None or position + 1 >= len(story.candidates):
        return False
    sentence, after = story.candidates[position], story.candidates[position + 1]
    if after.article_id != sentence.article_id or after.index != sentence.index + 1:
        return False
    # (Only where the answer's run holds the question: ``_leans_on``.)
    return read.answers(position + 1) and not read(position).leans


def _opens_a_quotation_it_does_not_close(text: str) -> bool:
    """The last sentence of a paragraph whose quotation runs on into the next paragraph
    (which opens with a quotation mark again, as news style has it: '... I'm like, come on
    man. Put that out right now.' then '"When that train ...," he said.'): an odd number of
    quotation marks, the last of them an opening one. Alone it leaves the reader inside an
    open quotation. (Pages mix curly and straight marks, so the marks are counted whatever
    their shape.)"""
    if not any(mark in text for mark in _QUOTATION_CHARS):  # most sentences: none at all
        return False
    marks = list(_QUOTATION_MARK.finditer(text))
    if len(marks) % 2 == 0:
        return False
    last = marks[-1]
    # An opening mark stands before a word: a curly one always, a straight one when a
    # letter, a figure or a bracket follows it ('"We', '"[He]'); '," she said' closes.
    after = text[last.end() : last.end() + 1]
    return last.group() == "“" or (
        last.group() == '"' and after != "" and (after.isalnum() or after in "[(‘'")
    )


def _rest_of_quotation(
    story: PreparedStory,
    position: int,
    read: Callable[[int], Cohesion],
    position_of: dict[tuple[str, int], int],
) -> int | None:
    """The position of the report's next sentence when the candidate quotes a few words of
    somebody, or a middle part of what they said ('"...," he continued.'), who goes on in
    it: it opens on a quotation mark and names no speaker ('"It is a hard visit," said Ana
    Ortiz of the institute.' then '"It could be read as a snub."'); else None. Ended on the
    first, the statement stops halfway: readers marked such quotations as clipped or
    standing alone ("It's a controversial visit" without why). A longer quotation mostly
    makes its point whole ('"We do not need a war with them," the president said.'), and
    stays, unless it points at what comes next ("this next part") or the rest opens on its
    turn ("However", "Although", "Yes,")."""
    quoted = read(position).quotation
    if not quoted.quotes or quoted.speaker is Speaker.NONE:
        return None  # (itself the rest of a statement: it may end one)
    sentence = story.candidates[position]
    after = position_of.get((sentence.article_id, sentence.index + 1))
    if after is None:
        return None
    rest = story.candidates[after].text.lstrip()
    if rest[:1] == "" or rest[:1] not in _OPENING_MARKS:
        return None
    going_on = read(after).quotation
    if not going_on.quotes or going_on.speaker is not Speaker.NONE:
        return None
    clipped = (
        quoted_words(sentence.text) <= TEASING_QUOTE_WORDS
        or _GOES_ON_SAYING.search(read(position).unquoted) is not None
        or _POINTS_AHEAD.search(sentence.text) is not None
        or _TURNS.match(rest.lstrip(_OPENING_MARKS)) is not None
    )
    return after if clipped else None


# A quotation of at most this many words whose speaker goes on in the next sentence only
# opens the statement: of the 14 such brief lines in the dev and anchor briefs, 8 read as
# clipped ("Certainly I asked her questions," then why; "There's no doubt about it," then
# the cases where it is not so), the rest lose little. Of those of 8 to 16 words, most make
# their point whole.
TEASING_QUOTE_WORDS = 7
# The words that give a quotation as the middle of a statement ('"...," he continued.').
_GOES_ON_SAYING = re.compile(r"\b(?:continued|continues|went on|goes on)\b")
# The marks a sentence that goes on with a quotation opens on.
_OPENING_MARKS = "\"“‘'"
# A quotation that points at what its speaker says next ('"... this next part of the show,"
# she told the crowd.' before the song she debuted).
_POINTS_AHEAD = re.compile(r"\b(?:[Tt]his next|the following)\b")
# A statement's turn, which the words before it only set up: the rest opens on "However",
# "But", "Although", "Well," or "Yes," ('"...," said the company.' then '"Although our
# products are nontoxic, we do not recommend ...').
_TURNS = re.compile(r"(?:However|But|Although|Though|Yet|Still|Well|Yes|Nevertheless)\b")


def _closed(text: str, tail: str) -> bool:
    """Whether the sentence ends on its closing punctuation (``tail``: its last characters):
    a full stop or an exclamation mark, or the question mark of a quotation it reports (one
    that opens the sentence is a question with nobody reporting it)."""
    if _CLOSED.search(tail) is not None:
        return True
    return _REPORTED_QUESTION.search(tail) is not None and text[:1] not in "\"“'‘"


# (Two capitals written out, not "[A-Z]{2,}": a pattern that opens on a character class lets
# the engine skip to capitals, twice as fast.)
_CAPITAL_WORDS = re.compile(r"[A-Z][A-Z]+\W+[A-Z][A-Z]+")


def _shouted(text: str) -> bool:
    """Mostly capital letters: "Hidden Message: WHEN YOU CAME TO THE SHOW IN S.D." (counted
    only when two capitalised words stand together: counting letters costs)."""
    if _CAPITAL_WORDS.search(text) is None:
        return False
    upper = sum(1 for c in text if c.isupper())
    lower = sum(1 for c in text if c.islower())
    return upper + lower >= 10 and upper > lower


def _known_names(
    story: PreparedStory, positions: list[int], people: People, lead: int | None
) -> frozenset[str]:
    """Surnames readers know (``_known_to_readers``): those the first sentences of two
    reports or more (of every report, in a story of one) use alone ("Zimmerman", "Trump"),
    and those the brief's ``lead`` (a position) uses alone. One report's opening is not
    enough: an excerpt that opens "In Mr. Oppenheim's view" let other reports' sentences
    use a person the brief never introduced. (Each report's first candidate is in the pool,
    and rows are in story order.)"""
    first_rows: dict[str, int] = {}
    for row, position in enumerate(positions):
        first_rows.setdefault(story.candidates[position].article_id, row)
    lead_names = people.bare[positions.index(lead)] if lead in positions else frozenset()
    return _known_to_readers((people.bare[row] for row in first_rows.values()), lead_names)


def _name_needs(
    chains: IntArray, rows: list[int], people: People, known: frozenset[str]
) -> dict[int, frozenset[str]]:
    """For each of ``rows``, the surnames its run uses bare before introducing them, other
    than ``known`` ones (rows that need none are left out)."""
    needs: dict[int, frozenset[str]] = {}
    runs = chains.tolist()  # plain ints: reading numpy rows item by item costs more
    for row in rows:
        members = [p for p in runs[row] if p >= 0]
        if not any(people.bare[p] for p in members):
            continue
        seen: set[str] = set()
        wanted: set[str] = set()
        for member in members:
            wanted |= people.bare[member] - seen
            seen |= people.introduced[member]
        if wanted - known:
            needs[row] = frozenset(wanted - known)
    return needs
