"""newsfuse: fuse many news reports of one event into one short brief that cites its sources.

Example:
    >>> import newsfuse
    >>> b = newsfuse.brief(["The river rose two metres overnight in Ashby, officials said."])
    >>> b.sentences[0].text
    'The river rose two metres overnight in Ashby, officials said.'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsfuse._version import __version__
from newsfuse.api import brief, load_articles
from newsfuse.documents import (
    Article,
    Brief,
    BriefSentence,
    Citation,
    Difference,
    Provenance,
    Sentence,
    Side,
    Source,
)
from newsfuse.errors import (
    BlockedURLError,
    ConfigError,
    EvaluationError,
    FetchError,
    InputError,
    MissingPathError,
    NewsfuseError,
    NoContentError,
    StoreError,
)
from newsfuse.pipeline import Pipeline, build
from newsfuse.render import render as render_brief
from newsfuse.render import to_dict, to_html, to_markdown
from newsfuse.settings import Settings

if TYPE_CHECKING:
    from newsfuse.cluster import StoryGrouper
    from newsfuse.ingest.fetch import Fetcher, FetchPolicy
    from newsfuse.library import group_stories
    from newsfuse.library import ingest as ingest_sources
    from newsfuse.store.sqlite import Store

# Public names imported on first use: fetching (httpx, httpcore, trio), the store and the
# story grouper cost about 0.25 s of start-up that briefing files, texts or a JSONL batch
# never needs. Each maps to (module, name in that module).
_LAZY = {
    "FetchPolicy": ("newsfuse.ingest.fetch", "FetchPolicy"),
    "Fetcher": ("newsfuse.ingest.fetch", "Fetcher"),
    "Store": ("newsfuse.store.sqlite", "Store"),
    "StoryGrouper": ("newsfuse.cluster", "StoryGrouper"),
    "group_stories": ("newsfuse.library", "group_stories"),
    "ingest_sources": ("newsfuse.library", "ingest"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'newsfuse' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # later lookups find it without coming here
    return value


def __dir__() -> list[str]:
    # The public API and the module's own dunders, not the helpers this file imports.
    return sorted(set(__all__) | {name for name in globals() if name.startswith("__")})


__all__ = [
    "Article",
    "BlockedURLError",
    "Brief",
    "BriefSentence",
    "Citation",
    "ConfigError",
    "Difference",
    "EvaluationError",
    "FetchError",
    "FetchPolicy",
    "Fetcher",
    "InputError",
    "MissingPathError",
    "NewsfuseError",
    "NoContentError",
    "Pipeline",
    "Provenance",
    "Sentence",
    "Settings",
    "Side",
    "Source",
    "Store",
    "StoreError",
    "StoryGrouper",
    "__version__",
    "brief",
    "build",
    "group_stories",
    "ingest_sources",
    "load_articles",
    "render_brief",
    "to_dict",
    "to_html",
    "to_markdown",
]
