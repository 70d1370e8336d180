"""newsfuse: fuse many news reports of one event into one short brief that cites its sources.

Example:
    >>> import newsfuse
    >>> b = newsfuse.brief(["The river rose two metres overnight in Ashby, officials said."])
    >>> b.sentences[0].text
    'The river rose two metres overnight in Ashby, officials said.'
"""

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
    ConfigError,
    EvaluationError,
    InputError,
    NewsfuseError,
    NoContentError,
)
from newsfuse.pipeline import Pipeline, build
from newsfuse.render import render, to_dict, to_html, to_markdown
from newsfuse.settings import Settings

__all__ = [
    "Article",
    "Brief",
    "BriefSentence",
    "Citation",
    "ConfigError",
    "Difference",
    "EvaluationError",
    "InputError",
    "NewsfuseError",
    "NoContentError",
    "Pipeline",
    "Provenance",
    "Sentence",
    "Settings",
    "Side",
    "Source",
    "__version__",
    "brief",
    "build",
    "load_articles",
    "render",
    "to_dict",
    "to_html",
    "to_markdown",
]
