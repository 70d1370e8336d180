"""Brief versions of stored stories, and what changed between two of them.

A version is made when a story's articles changed since its latest one: the brief at the
default budget, with the ids of the articles it covered. The changes of version n are read
against version n-1: a sentence is new when it cites an article added since and was not in
the brief before; "What's new" names the new reports and the new or changed differences.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence

from newsfuse.documents import Brief, Changes, Difference
from newsfuse.errors import InputError
from newsfuse.pipeline import Pipeline, build
from newsfuse.render import brief_from_dict, to_dict
from newsfuse.settings import DEFAULT_WORDS, Settings
from newsfuse.store.sqlite import Store
from newsfuse.store.versions import StoredVersion

MAX_LISTED_SOURCES = 5


def make_version(store: Store, story_id: int, pipeline: Pipeline) -> StoredVersion:
    """Brief the story's current articles and store the result as its next version."""
    articles = store.story_articles(story_id)
    if not articles:
        raise InputError("no such story in the store (see `newsfuse stories`)", f"story {story_id}")
    brief = pipeline.brief([a.to_article() for a in articles])
    payload = json.dumps(to_dict(brief), ensure_ascii=False)
    return store.versions.add(story_id, pipeline.settings.words, [a.id for a in articles], payload)


def brief_due_stories(
    store: Store, pipeline: Pipeline, stop: threading.Event | None = None, limit: int = 500
) -> int:
    """Make a version of each story changed since its latest (the last updated first, at
    most ``limit``, stopping between stories when ``stop`` is set). Returns how many."""
    made = 0
    for story_id in store.versions.due(limit):
        if stop is not None and stop.is_set():
            break
        make_version(store, story_id, pipeline)
        made += 1
    return made


def latest_brief(store: Store, story_id: int, words: int = DEFAULT_WORDS) -> tuple[Brief, Changes]:
    """The story's latest version, made now if the story changed since (or has none), with
    its changes. Another ``words`` than the version's re-briefs the same articles at that
    length (not stored); the changes stay those of the version."""
    current = store.versions.current_articles(story_id)
    if not current:
        raise InputError("no such story in the store (see `newsfuse stories`)", f"story {story_id}")
    versions = store.versions.latest(story_id, 2)
    if not versions or versions[0].article_ids != current:
        make_version(store, story_id, build(Settings(words=DEFAULT_WORDS)))
        versions = store.versions.latest(story_id, 2)
    latest, previous = versions[0], (versions[1] if len(versions) > 1 else None)
    brief = brief_from_dict(latest.brief_dict())
    if words != latest.words:
        articles = [a.to_article() for a in store.story_articles(story_id)]
        brief = build(Settings(words=words)).brief(articles)
    return brief, changes_between(brief, latest, previous)


def changes_between(brief: Brief, latest: StoredVersion, previous: StoredVersion | None) -> Changes:
    """What ``brief`` (the brief of ``latest``) says changed since ``previous``."""
    if previous is None:
        return Changes(latest.version, latest.created_at, None, (False,) * len(brief.sentences))
    added = {str(a) for a in set(latest.article_ids) - set(previous.article_ids)}
    before = brief_from_dict(previous.brief_dict())
    old_texts = {s.text for s in before.sentences}
    new = tuple(
        s.text not in old_texts and any(c.article_id in added for c in s.citations)
        for s in brief.sentences
    )
    whats_new = (
        *_new_sources(brief, added),
        *_difference_changes(brief.differences, before.differences),
    )
    return Changes(latest.version, latest.created_at, previous.created_at, new, whats_new)


def _new_sources(brief: Brief, added: set[str]) -> list[str]:
    if not added:
        return []
    reports = "1 new report" if len(added) == 1 else f"{len(added)} new reports"
    sources = [s for s in brief.sources if s.article_id in added]
    named = [" — ".join(p for p in (s.outlet, s.title) if p) or s.url or s.path for s in sources]
    lines = [f"{reports}" + (":" if named else "")]
    lines += [f"New source: {name}" for name in named[:MAX_LISTED_SOURCES]]
    if len(named) > MAX_LISTED_SOURCES:
        lines.append(f"and {len(named) - MAX_LISTED_SOURCES} more new sources")
    return lines


def _difference_changes(now: Sequence[Difference], before: Sequence[Difference]) -> list[str]:
    earlier = {d.label: _positions(d) for d in before}
    lines = []
    for difference in now:
        positions = _positions(difference)
        shown = " vs ".join(positions)
        if difference.label not in earlier:
            lines.append(f"New difference: {difference.label} ({shown})")
        elif earlier[difference.label] != positions:
            was = " vs ".join(earlier[difference.label])
            lines.append(f"Changed difference: {difference.label} (now {shown}; was {was})")
    return lines


def _positions(difference: Difference) -> list[str]:
    return list(dict.fromkeys(side.position or side.claim for side in difference.sides))
