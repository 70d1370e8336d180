"""Live news: follow feeds, poll them into the store, keep stories and their brief versions
current, and say what changed.

``follow`` (subscriptions), ``schedule`` (every and backoff), ``poller`` (conditional GET,
new entries only, stored and grouped at once), ``versions`` (brief versions and their
changes). Side effects stay at the edges: the store, the fetcher and the clock are injected.
"""

from newsfuse.live.follow import Followed, find_feed, follow
from newsfuse.live.poller import Poller, PollReport
from newsfuse.live.schedule import parse_every, retry_delay
from newsfuse.live.versions import brief_due_stories, changes_between, latest_brief, make_version

__all__ = [
    "Followed",
    "PollReport",
    "Poller",
    "brief_due_stories",
    "changes_between",
    "find_feed",
    "follow",
    "latest_brief",
    "make_version",
    "parse_every",
    "retry_delay",
]
