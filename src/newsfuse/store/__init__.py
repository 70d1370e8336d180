"""The embedded article store: SQLite in WAL mode, schema versioned by migrations."""

from newsfuse.store.sqlite import AddResult, Store, StoredArticle, StorySummary, default_db_path

__all__ = ["AddResult", "Store", "StoredArticle", "StorySummary", "default_db_path"]
