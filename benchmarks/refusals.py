"""Why the shortlisted candidates a backbone brief leaves out stay out, counted by rule.

Usage: python benchmarks/refusals.py [--data ../shared/data/multinews_dev.jsonl] [--words 230]
       [--start 0] [--stop 200] [--examples 5] [--left 20]

For every cluster the brief is built as the pipeline builds it; each shortlisted row left out
is given the first reason that keeps it out: an entry rule (its own or that of a sentence its
run needs), a run that cannot start (a quotation whose sentence before names nobody, a lean on
a line that is no candidate), or, for a row that could enter, what the brief already holds
(a printing of it, a fact it states, its wording, a second lede) or a person it needs
introduced; the rest lost on value or room. Each reason prints its count and the reference
bigrams its rows hold (``train_scorer``'s tokens), so a rule that keeps out what the
references keep shows. ``--examples`` prints the rows of each reason that hold the most.
``--left N`` prints, after the counts, each brief with N words or more of its budget unused,
with every row that would still fit and why it stays out: story by story, why a short brief
stops (docs/EVALUATION.md, "Round 13").
The reference is read only here, never inside the method.
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rouge_score.rouge_scorer import _create_ngrams

from newsfuse.batch import articles_of_record
from newsfuse.eval.rouge import clean_reference
from newsfuse.ingest import jsonl
from newsfuse.pipeline import _news_and_junk, build
from newsfuse.rank import runs
from newsfuse.rank.backbone import (
    BackboneSettings,
    _Builder,
    filled_builder,
)
from newsfuse.rank.features import feature_matrix
from newsfuse.rank.lead_passage import backbone_passage
from newsfuse.rank.score import LinearScorer
from newsfuse.rank.select import unit_range
from newsfuse.rank.story import PreparedStory
from newsfuse.rank.topic import on_topic_story
from newsfuse.settings import Settings
from newsfuse.text.quotations import speaks_in_first_person
from newsfuse.text.voice import in_writers_voice, rounds_up_elsewhere
from train_scorer import DEFAULT_DATA, story_claims, tokens


def built(story: PreparedStory, settings: Settings, scorer: LinearScorer) -> _Builder | None:
    """The backbone brief of ``story`` as ``select_backbone`` builds it, kept open to read."""
    scores = scorer.score(feature_matrix(story))
    read = runs.readings(story)
    relevance = unit_range(scores)
    passage = backbone_passage(story, relevance, settings.words, read)
    if not passage:
        return None
    pool = runs.shortlisted(story, scores, frozenset(passage), passage[0], read)
    knobs = BackboneSettings.of(settings)
    claims = story_claims(story)
    builder, _ = filled_builder(
        story, pool, relevance, knobs, passage, read, settings.words, claims
    )
    return builder


def entry_rule(story: PreparedStory, read: runs.Readings, position: int) -> str:
    """Which entry rule a candidate fails (``runs._may_enter`` and the genre's)."""
    text, unquoted = story.candidates[position].text, read(position).unquoted
    checks = (
        ("exclaimed", text.rstrip().endswith("!")),
        ("round-up", rounds_up_elsewhere(text)),
        ("incomplete statement", not runs._complete_statement(text)),
        ("writer's I", speaks_in_first_person(text, unquoted)),
        ("writer's voice", in_writers_voice(text, unquoted)),
        ("opinion report's verdict", not read.may_enter(position)),
    )
    return next((name for name, failed in checks if failed), "off the story")


def run_failure(story: PreparedStory, read: runs.Readings, position: int, lead: int) -> str:
    """Why a row cannot enter at all: its run cannot start, or a rule bars one of it.
    ``lead`` is the brief's opening statement (what readers know starts there)."""
    if runs._opens_a_quotation_it_does_not_close(story.candidates[position].text):
        return "run: opens a quotation it does not close"
    position_of = {(s.article_id, s.index): i for i, s in enumerate(story.candidates)}

    known_things = functools.cache(lambda: runs._known_things(story, read.reports, lead))

    def leans_on(p: int) -> int | None:
        return runs._leans_on(story, p, read, position_of, known_things)

    def reaches(p: int) -> int:
        return runs._reaches_back(p, read, known_things)

    chain = runs._chain(position, leans_on, reaches)
    if chain is None:
        return f"run: {broken_link(story, read, position, leans_on)}"
    barred = next((p for p in chain if not read.may_enter(p)), None)
    if barred is None:  # every sentence of it may enter: one is about another story
        return "entry: off the story"
    whose = "entry" if barred == position else "entry of a sentence it needs"
    return f"{whose}: {entry_rule(story, read, barred)}"


def broken_link(
    story: PreparedStory,
    read: runs.Readings,
    position: int,
    leans_on: Callable[[int], int | None],
) -> str:
    """Where a run that cannot start breaks: walking back from ``position``."""
    for _ in range(runs.MAX_RUN):
        before = leans_on(position)
        if before is None:
            break
        if before < 0:
            needs = read(position).quotation.needs_speaker
            return "quotation after a line naming nobody" if needs else "leans on no candidate"
        position = before
    return f"longer than {runs.MAX_RUN}"


def brief_reason(builder: _Builder, row: int) -> str:
    """Why a row that could enter stays out, given what the brief holds."""
    checks: tuple[tuple[str, Callable[[], bool]], ...] = (
        # (A line that ended the brief standing apart, quoted a statement halfway or stacked
        # quotations is left out of the fills after: it did not lose on value or room.)
        ("a stray, clipped or stacked line", lambda: row in builder.strays),
        ("backbone report past its passage", lambda: _past_passage(builder, row)),
        # (``backbone.other_events``: no run may start in such a report.)
        ("its report tells another event", lambda: row not in builder.candidate_rows),
        ("a printing of it is in", lambda: builder.group[row] in builder.groups_taken),
        ("states a fact the brief states", lambda: bool(builder.facts_taken & builder.facts[row])),
        ("repeats the brief's wording", lambda: _repeats(builder, row)),
        ("needs a person introduced", lambda: not builder._introduced(_run(builder, row))),
        ("second lede", lambda: builder._second_lede(_run(builder, row))),
        # The rest of what ``_Builder._may_take`` asks of a run about to be taken: without
        # them a row that fits the budget left and passes the tests above read as "lost on
        # value or room", which it never is (``--left`` lists such rows).
        ("its run is cut by a line the brief holds", lambda: builder._new_run(row) is None),
        ("a line of its run is out", lambda: _run_partly_out(builder, row)),
        ("restates a line of the brief", lambda: _restates_brief(builder, row)),
        ("opens on a time told before", lambda: builder._time_out_of_place(_run(builder, row))),
        ("another writer's voice", lambda: _another_voice(builder, row)),
        # (The brief stopped with this run fitting and passing every test: none should.)
        ("fits, yet left out", lambda: _run_words(builder, row) <= _left(builder)),
    )
    return next((name for name, test in checks if test()), "lost on value or room")


def _left(builder: _Builder) -> int:
    return builder.budget - builder.used


def _run_words(builder: _Builder, row: int) -> int:
    return sum(builder.lengths[r] for r in _run(builder, row))


def _run_partly_out(builder: _Builder, row: int) -> bool:
    """Whether a line its run needs before it is chosen already or repeats the brief
    (``_Builder._still_open``, every budget allowed)."""
    before = _run(builder, row)[:-1]
    return builder._still_open(before, sum(builder.lengths)) != before


def _restates_brief(builder: _Builder, row: int) -> bool:
    # (``_Builder._restating`` records what it finds; this only reads.)
    return any(builder._restates_chosen(r) for r in _run(builder, row))


def _another_voice(builder: _Builder, row: int) -> bool:
    voice = builder.another_voice
    return voice is not None and any(map(voice, _run(builder, row)))


def _past_passage(builder: _Builder, row: int) -> bool:
    return builder._in_backbone_report(row) and row not in builder.in_backbone


def _repeats(builder: _Builder, row: int) -> bool:
    return builder.redundancy_list[row] >= builder.knobs.repeat_cosine


def _run(builder: _Builder, row: int) -> list[int]:
    return builder._with_introducer(builder._new_run(row)) or [row]


def reference_bigrams(reference: str) -> collections.Counter[tuple[str, ...]]:
    bigrams: collections.Counter[tuple[str, ...]] = _create_ngrams(
        tokens(clean_reference(reference)), 2
    )
    return bigrams


def hits(text: str, reference: collections.Counter[tuple[str, ...]]) -> int:
    return sum(min(n, reference[g]) for g, n in _create_ngrams(tokens(text), 2).items())


def refusals(story: PreparedStory, builder: _Builder) -> list[tuple[int, str]]:
    """Each shortlisted row the brief leaves out, as its candidate position, with the first
    reason that keeps it out."""
    read = runs.readings(story)
    lead = builder.pool.positions[builder.backbone[0]]
    found = []
    for row, position in enumerate(builder.pool.positions):
        if row in builder.chosen_set:
            continue
        if builder.pool.enters(row):
            found.append((position, brief_reason(builder, row)))
        else:
            found.append((position, run_failure(story, read, position, lead)))
    return found


def short_brief(
    cluster: str, story: PreparedStory, builder: _Builder, out: list[tuple[int, str]], words: int
) -> list[str]:
    """A brief's words and words left, then each row left ``out`` that would still fit the
    budget it leaves, with its reason and place: why the brief stops where it does."""
    left = words - builder.used
    lines = [f"{cluster}: {builder.used} words, {left} left"]
    for position, reason in out:
        if story.words[position] <= left:
            text = story.candidates[position].text
            lines.append(f"    {reason[:45]:45s} [{_line(story, position)}] {text[:100]}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=230)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--stop", type=int, default=None)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--left", type=int, default=None)
    args = parser.parse_args()
    settings = Settings(words=args.words)
    scorer = build(settings).scorer
    counts: collections.Counter[str] = collections.Counter()
    held: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[tuple[int, str, str]]] = collections.defaultdict(list)
    short: list[str] = []  # with --left: the short briefs, each with its rows that would fit
    records = [r for r in jsonl.read_stories(args.data) if isinstance(r, jsonl.StoryRecord)]
    for record in records[args.start : args.stop]:
        news, _ = _news_and_junk(articles_of_record(record))
        story, _ = on_topic_story(news, settings)
        builder = built(story, settings, scorer)
        if builder is None:
            continue
        reference = reference_bigrams(record.summary)
        out = refusals(story, builder)
        for position, reason in out:
            text = story.candidates[position].text
            found = hits(text, reference)
            counts[reason] += 1
            held[reason] += found
            examples[reason].append((found, record.id, text))
        if args.left is not None and settings.words - builder.used >= args.left:
            short += short_brief(record.id, story, builder, out, settings.words)
    print(f"{'reason':50s} {'rows':>6s} {'ref. bigrams':>12s}")
    for reason, found in held.most_common():
        print(f"{reason:50s} {counts[reason]:6d} {found:12d}")
        for number, cluster, text in sorted(examples[reason], reverse=True)[: args.examples]:
            print(f"    {number:3d} {cluster}: {text[:150]}")
    if args.left is not None:
        print(f"\nbriefs with {args.left} words or more left, and the rows that would fit:")
        print("\n".join(short))


def _line(story: PreparedStory, position: int) -> str:
    """Where a candidate stands: its report and its sentence number there ("2:14")."""
    sentence = story.candidates[position]
    return f"{sentence.article_id}:{sentence.index}"


if __name__ == "__main__":
    main()
