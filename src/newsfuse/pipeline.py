"""The one place where newsfuse's components are wired together into a brief."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsfuse._version import __version__
from newsfuse.attribute import ClaimantFinder, named_kind
from newsfuse.differ import Claim, StoryScan, find_claims, find_differences
from newsfuse.documents import (
    Article,
    Brief,
    BriefSentence,
    Citation,
    Provenance,
    Sentence,
    Source,
)
from newsfuse.errors import InputError
from newsfuse.ingest.junk import junk_reason
from newsfuse.rank.backbone import BackboneSettings, Choice, select_backbone
from newsfuse.rank.features import feature_matrix
from newsfuse.rank.incidents import (
    BACKGROUND_MENTIONS,
    StoryNames,
    named_in,
    other_incidents,
    whole_names,
)
from newsfuse.rank.passages import passages
from newsfuse.rank.runs import Readings, readings
from newsfuse.rank.score import LinearScorer, default_scorer
from newsfuse.rank.select import reading_order, select_runs, writers_opening
from newsfuse.rank.story import FloatArray, PreparedStory
from newsfuse.rank.topic import kept_positions, on_topic_story, without
from newsfuse.settings import Settings
from newsfuse.text.genre import Author, GenreSignals, op_ed_author
from newsfuse.text.tokens import word_count
from newsfuse.title import story_title

METHOD = "newsfuse-extractive"
# A brief chosen again without the reports of another incident (``rank.incidents``) takes the
# first one's place only if it holds this share of its words. When the brief opened on the
# other incident's report, setting the story's own reports apart leaves it thin (a crash story
# of two reports whose brief opened on the earlier crash's five lines: 63 of 189 words), and
# the first brief, which cites both, reads better; a story whose own reports are the larger
# part keeps most of its words (the same crash with a follow-up report: 158 of 221). The four
# briefs the test changes on dev and anchor keep 0.94 or more of their words.
INCIDENT_FULLNESS = 0.6


@dataclass(frozen=True, slots=True)
class _Chosen:
    """A brief's choice over a story (``Pipeline._choose``), with the story's sentences by
    report, its cue pass and claims, and its readings."""

    story: PreparedStory
    scores: FloatArray
    by_article: list[list[Sentence]]
    scan: StoryScan
    claims: list[Claim]
    read: Readings
    choice: Choice
    # The story's names (``rank.incidents.StoryNames``), read when first asked and kept for
    # the test, the warning's wording and the passages, which ask for them in turn.
    _names: list[StoryNames] = field(default_factory=list, repr=False, compare=False)

    def names(self) -> StoryNames:
        """The story's names, read once (``rank.incidents.NamesReader``)."""
        if not self._names:
            self._names.append(StoryNames.of(self.story))
        return self._names[0]

    def other_incidents(self) -> dict[str, frozenset[str]]:
        """The reports that tell another incident than the one the brief opens on
        (``rank.incidents``), read when the brief took lines of another report."""
        reports = [self.story.candidates[p].article_id for p in self.choice.order]
        if len(set(reports)) < 2:
            return {}
        return other_incidents(self.story, reports[0], reports[1:], self.names)

    def named_in(self, apart: Mapping[str, frozenset[str]]) -> dict[str, tuple[str, int]]:
        """Which report the brief keeps, its first report first, names each report of
        another incident's protagonists (``rank.incidents.named_in``), and how often."""
        order = [self.story.candidates[p].article_id for p in self.choice.order]
        kept = [a.id for a in self.story.articles if a.id not in apart and a.id != order[0]]
        return named_in(self.story, apart, [order[0], *kept], self.names)

    def words(self) -> int:
        """How many words the chosen sentences hold."""
        return sum(word_count(self.story.candidates[p].text) for p in self.choice.order)

    def other_passages(self) -> list[int]:
        """The lines of passages telling another incident (``rank.passages``) that the
        brief took without the line that says so, by position in the story."""
        order = self.choice.order
        if not order:
            return []
        return passages(self.story, self.story.candidates[order[0]].article_id, order, self.names)


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Articles in, :class:`Brief` out; pure, so it is safe to share across workers."""

    settings: Settings
    scorer: LinearScorer

    def brief(self, articles: Sequence[Article]) -> Brief:
        """Fuse the articles of one story into a brief of ``settings.words`` words at most.

        Raises :class:`InputError` when no article holds a usable sentence.
        """
        if not articles:
            raise InputError("a brief needs at least one article")
        _check_unique_ids(articles)
        news, junk = _news_and_junk(articles)
        story, left_out = on_topic_story(news, self.settings)
        chosen = self._choose(story)
        apart = chosen.other_incidents()
        named: dict[str, tuple[str, int]] = {}
        if any(story.candidates[p].article_id in apart for p in chosen.choice.order):
            # Lines of another incident were told as the story's: chosen again without the
            # reports of other incidents (the rest keep their scores in the whole story, as
            # ``topic.without`` keeps their TF-IDF weights), and no difference sets them
            # against the story's reports. (Only then: of the reports the test finds, those
            # the brief takes nothing from are mostly of the story's own incident, told
            # through other people: docs/EVALUATION.md.)
            again = self._choose_without(chosen, list(apart))
            if again.words() >= INCIDENT_FULLNESS * chosen.words():
                named = chosen.named_in(apart)
                chosen = again
            else:
                apart = {}
        else:
            apart = {}
        gone = chosen.other_passages()
        if gone:
            # Lines of another incident told inside a report (after "It's not the first
            # ...") were taken without the line that says so: chosen again without them.
            chosen = self._choose_without(chosen, [], gone)
        story, read, choice = chosen.story, chosen.read, chosen.choice
        ordered, runs = choice.order, choice.runs
        warnings = [_junk_warning(articles, i, why) for i, why in junk]
        warnings += [_left_out_warning(articles, i) for i in left_out]
        warnings += [_other_event_warning(articles, i, who) for i, who in choice.other_events]
        warnings += [
            _incident_warning(articles, i, who, named.get(i)) for i, who in sorted(apart.items())
        ]
        if not ordered:
            ordered = writers_opening(story, self.settings.words)
            runs = [[p] for p in ordered]
            warnings.append(_WRITERS_WARNING if ordered else _EMPTY_WARNING)
        sentences = tuple(_brief_sentences(story, ordered, runs, read.genre_signals))
        return Brief(
            # (Read over the reports the brief was chosen from: without another incident's.)
            differences=find_differences(chosen.by_article, chosen.claims, chosen.scan),
            title=story_title(
                sentences,
                [a for a in articles if a.id not in apart],  # (no headline of another incident)
                [story.terms[p] for p in ordered],
            ),
            sentences=sentences,
            sources=tuple(_source(number, a) for number, a in enumerate(articles, start=1)),
            provenance=self.provenance(),
            warnings=tuple(warnings),
        )

    def _choose(self, story: PreparedStory, scores: FloatArray | None = None) -> _Chosen:
        """The brief's sentences chosen over a story, with what was read to choose them;
        ``scores`` are the candidates' scores, when they are known."""
        if scores is None:
            scores = self.scorer.score(feature_matrix(story))
        by_article = _sentences_by_article(story)
        # The claims are read once (one cue pass): the backbone's repeats and the differ.
        scan = StoryScan.of(by_article)
        claims = find_claims(by_article, scan)
        read = readings(story)
        choice = choose_sentences(story, scores, self.settings, claims, read)
        return _Chosen(story, scores, by_article, scan, claims, read, choice)

    def _choose_without(
        self, chosen: _Chosen, article_ids: Sequence[str], positions: Sequence[int] = ()
    ) -> _Chosen:
        """The brief chosen again over the story without some reports and lines
        (``topic.without``), the rest keeping their scores in the whole story."""
        kept = kept_positions(chosen.story, article_ids, positions)
        shorter = without(chosen.story, article_ids, positions)
        return self._choose(shorter, chosen.scores[kept])

    def provenance(self) -> Provenance:
        return _provenance(self.settings, self.scorer.name)


@functools.lru_cache(maxsize=16)
def _provenance(settings: Settings, scorer: str) -> Provenance:
    """What produced a brief with these settings and scorer: the same for every brief of a
    pipeline, and made once (the settings' hash, a JSON dump and a SHA-256, was 0.4 % of a
    brief's time when each brief made its own)."""
    return Provenance(
        method=f"{METHOD}/{scorer}",
        version=__version__,
        settings_hash=settings.digest(),
        settings=tuple((k, str(v)) for k, v in sorted(settings.as_dict().items())),
    )


def choose_sentences(
    story: PreparedStory,
    scores: FloatArray,
    settings: Settings,
    claims: Sequence[Claim] | None = None,
    read: Readings | None = None,
) -> Choice:
    """The brief's sentences (positions in ``story.candidates``) in reading order, the
    runs they were chosen in (each holds the sentences a sentence leans on, then itself),
    and the reports left unused as telling another event about the brief's people.
    The backbone design falls back to runs when no report opens on a plain statement.
    ``claims`` are the story's claims (``find_claims``) if the caller has read them, and
    ``read`` its :func:`readings`."""
    if read is None:
        read = readings(story)  # when the backbone fails, runs read the same candidates
    if settings.selection == "backbone":
        knobs = BackboneSettings.of(settings)
        choice = select_backbone(story, scores, settings.words, knobs, claims, read)
        if choice is not None:
            return choice
    runs = select_runs(
        story,
        scores,
        words=settings.words,
        mmr_lambda=settings.mmr_lambda,
        redundancy_cosine=settings.redundancy_cosine,
        read=read,
    )
    return Choice(order=reading_order(story, runs), runs=runs)


def build(settings: Settings | None = None, scorer: LinearScorer | None = None) -> Pipeline:
    """A pipeline with the given settings (defaults otherwise) and the shipped scorer."""
    return Pipeline(settings=settings or Settings(), scorer=scorer or default_scorer())


def _brief_sentences(
    story: PreparedStory,
    ordered: list[int],
    runs: list[list[int]],
    signals: Mapping[str, GenreSignals],
) -> list[BriefSentence]:
    run_of = {position: run for run in runs for position in run}
    group_of = {position: group for group in story.groups for position in group}
    # One finder a run: the sentences of a run that the brief takes share their claimants.
    finders = {tuple(run): _claimants(story, run) for run in run_of.values()}
    order = story.article_order  # (a property: a dict built on every reading)
    authors = _OpEdAuthors(story, signals)
    return [
        _brief_sentence(
            story,
            order,
            position,
            group_of[position],
            _claimant(story, finders[tuple(run_of[position])], run_of[position], position)
            or authors.of(position),
        )
        for position in ordered
    ]


class _OpEdAuthors:
    """The author of an op-ed or a letter (``genre.op_ed_author``) as the claimant of each of
    its sentences that names none: a reader must not take the author's opinions ("Energy
    costs are weighing on job creators because ...") for the brief's own facts. Read only
    for the reports a brief takes such a sentence from, with their ``signals`` (each
    report's ``genre.genre_signals``, read once for selection, by id)."""

    def __init__(self, story: PreparedStory, signals: Mapping[str, GenreSignals]) -> None:
        self.story = story
        self.signals = signals
        self.found: dict[str, Author | None] = {}

    def of(self, position: int) -> str:
        sentence = self.story.candidates[position]
        if sentence.article_id not in self.found:
            article = next(a for a in self.story.articles if a.id == sentence.article_id)
            text = self.story.read_text(article)
            self.found[sentence.article_id] = op_ed_author(text, self.signals[article.id])
        author = self.found[sentence.article_id]
        # The author line itself is the editor's words about the author.
        return author.name if author is not None and sentence.text != author.line else ""


def _brief_sentence(
    story: PreparedStory,
    order: dict[str, int],
    position: int,
    group: tuple[int, ...],
    claimant: str,
) -> BriefSentence:
    """The brief's sentence at ``position``, citing every printing of it (``group``) in
    article order (``order`` is ``story.article_order``)."""
    members = [s for i in group for s in (story.candidates[i], *story.copies.get(i, ()))]
    # Article order, then reading order; the offsets break a tie as Citation's own order
    # would (one sort, on tuples: comparing the dataclasses costs more).
    citations = sorted(
        {Citation.of(s) for s in members},
        key=lambda c: (order[c.article_id], c.sentence_index, c.start, c.end),
    )
    text = story.candidates[position].text
    return BriefSentence(text, tuple(citations), claimant=claimant)


def _claimants(story: PreparedStory, run: list[int]) -> ClaimantFinder:
    """The claimants of a run's sentences. A quotation whose speaker the sentence itself
    does not name ('"We held."', '"We held," she said.') belongs to whoever the sentences
    before it in its run name: the run holds exactly the sentences it leans on."""
    return ClaimantFinder([story.candidates[p].text for p in run], speaker_from_before=True)


def _claimant(story: PreparedStory, finder: ClaimantFinder, run: list[int], position: int) -> str:
    """Who the sentence at ``position`` of ``run`` attributes its claim to (the finder
    reads only the sentences up to it); a party its report named before, when the sentence
    gives only its kind ("a statement from the firm" after "The accounting firm PwC said")."""
    who = finder(run.index(position))
    return named_kind(who, _report_before(story, position)) or who


# How many sentences before a claimant's a report may name the party it gives by its kind.
_KIND_NAMED_WITHIN = 3


def _report_before(story: PreparedStory, position: int) -> list[str]:
    """The texts of up to ``_KIND_NAMED_WITHIN`` sentences before ``position`` in its report,
    and the sentence itself ("..., the firm said" after "PwC's statement")."""
    article = story.candidates[position].article_id
    start = max(0, position - _KIND_NAMED_WITHIN)
    return [s.text for s in story.candidates[start : position + 1] if s.article_id == article]


_EMPTY_WARNING = (
    "the brief is empty: no sentence of these reports can stand alone in a brief (only page"
    " furniture, notices, fragments or sentences that lean on ones left out)"
)


_WRITERS_WARNING = (
    "no sentence of these reports reads as news on its own (each gives its writer's opinion,"
    " speaks to the reader or asks a question): the brief is the opening of the longest"
    " report, in its writer's own words"
)


# A page longer than this is read as a report: notices outweigh what is left only on short
# pages (the 30 such pages among the 942 dev and anchor reports have 71 to 1,491
# characters), and reading every long report for them cost a tenth of a brief's time.
JUNK_MAX_CHARS = 4000


def _news_and_junk(articles: Sequence[Article]) -> tuple[list[Article], list[tuple[str, str]]]:
    """The articles that are news reports, and the ids of those that are not (a web
    archive's crawl notice, an error page, a login wall: see :func:`junk_reason`) with why;
    all of them as news when none is (the brief then says it has nothing to tell)."""
    reasons = [
        junk_reason(article.text) if len(article.text) <= JUNK_MAX_CHARS else ""
        for article in articles
    ]
    news = [article for article, why in zip(articles, reasons, strict=True) if not why]
    if not news:
        return list(articles), []
    return news, [(a.id, why) for a, why in zip(articles, reasons, strict=True) if why]


def _junk_warning(articles: Sequence[Article], article_id: str, why: str) -> str:
    number, name = _numbered(articles, article_id)
    return f"left out report {number} ({name}): it is not a news report ({why})"


def _left_out_warning(articles: Sequence[Article], article_id: str) -> str:
    number, name = _numbered(articles, article_id)
    return (
        f"left out report {number} ({name}): it shares almost no names or event words "
        "with the other reports, so it is not about this story"
    )


def _other_event_warning(articles: Sequence[Article], article_id: str, who: frozenset[str]) -> str:
    number, name = _numbered(articles, article_id)
    return (
        f"took nothing from report {number} ({name}): it names {', '.join(sorted(who))} but "
        "tells another event than the brief's opening"
    )


def _incident_warning(
    articles: Sequence[Article],
    article_id: str,
    who: frozenset[str],
    named: tuple[str, int] | None,
) -> str:
    """The warning line for a report of another incident the brief took nothing from;
    ``named``: the kept report that names its protagonists, and how often
    (``rank.incidents.named_in``), when one does."""
    number, name = _numbered(articles, article_id)
    # Named whole as the report prints them ("New York", not "York").
    text = next(a.text for a in articles if a.id == article_id)
    about = ", ".join(whole_names(text, who))
    if named is not None:
        # A report the brief keeps names them too (a roundup's other item, a line of
        # background): the report is about another matter of the news, but calling it
        # "another incident" than the brief tells contradicts a line the reader may see.
        other, count = named
        passing = " only in passing" if count <= BACKGROUND_MENTIONS else ""
        return (
            f"took nothing from report {number} ({name}): it is about {about}, named"
            f"{passing} in report {_numbered(articles, other)[0]}, not what the brief tells"
        )
    return (
        f"took nothing from report {number} ({name}): it tells another incident, about "
        f"{about}, not the one the brief tells"
    )


def _numbered(articles: Sequence[Article], article_id: str) -> tuple[int, str]:
    """A report's number in the story (from 1) and the name it is known by."""
    number, article = next((n, a) for n, a in enumerate(articles, 1) if a.id == article_id)
    return number, article.source or article.title or f"id {article.id}"


def _sentences_by_article(story: PreparedStory) -> list[list[Sentence]]:
    by_article: dict[str, list[Sentence]] = {a.id: [] for a in story.articles}
    for sentence in story.candidates:
        by_article[sentence.article_id].append(sentence)
    return list(by_article.values())


def _source(number: int, article: Article) -> Source:
    return Source(
        number=number,
        article_id=article.id,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        url=article.url,
        path=article.source,
    )


def _check_unique_ids(articles: Sequence[Article]) -> None:
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise InputError("every article of a story needs its own id")
