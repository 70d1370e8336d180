"""The embedded article store: SQLite in WAL mode, schema versioned by migrations."""

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
