"""The embedded article store: SQLite in WAL mode, schema versioned by migrations.

What a live front end reads (every call costs the same with 100,000 stored articles as with
1,000, except where noted):

- ``Store(path).story_page(limit, cursor)`` -> :class:`StoryPage`: stories, the last updated
  first, each a :class:`StorySummary` (``id``, ``title``, ``articles``, ``outlets``, ``first``
  and ``last`` publication times, ``updated``, ``lead``), and ``next_cursor`` ("" on the last
  page). Reads only the page's rows. ``store.story(id)`` is one summary.
- ``newsfuse.live.latest_brief(store, story_id, words)`` -> ``(Brief, Changes)``: the
  latest stored version (made now when the story changed since, which costs a brief; the
  poller makes versions as stories change, so a reader normally finds one stored).
  ``Changes`` has ``version``, ``created``, ``since``, ``new`` (per sentence) and
  ``whats_new``; ``newsfuse.render.render(brief, fmt, changes)`` / ``to_dict(brief, changes)``
  render them. ``store.versions.latest(story_id, 2)`` gives the stored
  :class:`StoredVersion` rows themselves (their ``created_at`` is the Atom ``updated``).
- ``store.feeds.all()`` -> :class:`Feed` rows (url, title, last poll, status, last error,
  failures in a row, next due); ``newsfuse.live.follow(url, store, fetcher)`` adds one
  (fetching it once); ``store.feeds.unfollow(url)`` removes one.
- ``store.story_articles(id)`` (a story's articles, its size), ``store.stories(since)``
  (every story: the whole list).
- A poller in the server process: ``newsfuse.live.Poller(store, fetcher, every).watch(stop,
  stop.wait, on_round)`` in a thread with its own ``Store`` (a connection per thread).
"""

from newsfuse.store.feeds import Feed, FeedBook, PollRecord, SeenEntry
from newsfuse.store.sqlite import AddResult, GroupingReport, Store, StoredArticle, default_db_path
from newsfuse.store.stories import StoryPage, StorySummary
from newsfuse.store.versions import StoredVersion, VersionBook

__all__ = [
    "AddResult",
    "Feed",
    "FeedBook",
    "GroupingReport",
    "PollRecord",
    "SeenEntry",
    "Store",
    "StoredArticle",
    "StoredVersion",
    "StoryPage",
    "StorySummary",
    "VersionBook",
    "default_db_path",
]
