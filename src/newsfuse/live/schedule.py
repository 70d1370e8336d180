"""When a followed feed is polled next: every ``--every``, and after failures an exponential
backoff (doubling per failure in a row, capped at a day) that a success resets."""

from __future__ import annotations

import re
from datetime import timedelta

from newsfuse.errors import ConfigError

MAX_BACKOFF = timedelta(days=1)
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> timedelta:
    """``15m``, ``1h``, ``30s``, ``2d`` (a bare number is minutes), at least one second.

    Example:
        >>> parse_every("15m"), parse_every("2")
        (datetime.timedelta(seconds=900), datetime.timedelta(seconds=120))
        >>> parse_every("soon")
        Traceback (most recent call last):
        ...
        newsfuse.errors.ConfigError: --every must be like 15m, 1h or 30s, got 'soon'
    """
    match = _EVERY.match(text)
    if not match:
        raise ConfigError(f"--every must be like 15m, 1h or 30s, got {text!r}")
    seconds = float(match.group(1)) * _UNITS[match.group(2) or "m"]
    if seconds < 1:
        raise ConfigError(f"--every must be at least 1s, got {text!r}")
    return timedelta(seconds=seconds)


def retry_delay(failures: int, every: timedelta) -> timedelta:
    """How long to wait after ``failures`` failed polls in a row: ``every`` doubled per
    failure, at most a day (and never less than ``every``).

    Example:
        >>> [str(retry_delay(n, timedelta(minutes=15))) for n in (1, 2, 3, 9)]
        ['0:30:00', '1:00:00', '2:00:00', '1 day, 0:00:00']
    """
    delay: timedelta = max(every, min(every * 2 ** min(failures, 30), MAX_BACKOFF))
    return delay
