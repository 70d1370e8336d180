"""newsfuse: fuse many news reports of one event into one short brief that cites its sources.

Example:
    >>> import newsfuse
    >>> b = newsfuse.brief(["The river rose two metres overnight in Ashby, officials said."])
    >>> b.sentences[0].text
    'The river rose two metres overnight in Ashby, officials said.'
"""

from newsfuse._version import __version__
from newsfuse.api import brief, load_articles
from newsfuse.cluster import StoryGrouper
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
from newsfuse.ingest.fetch import Fetcher, FetchPolicy
from newsfuse.library import group_stories
from newsfuse.library import ingest as ingest_sources
from newsfuse.pipeline import Pipeline, build
from newsfuse.render import render as render_brief
from newsfuse.render import to_dict, to_html, to_markdown
from newsfuse.settings import Settings
from newsfuse.store.sqlite import Store

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
