"""Time as newsfuse stores it: ISO 8601 in UTC to the second, which sorts as text. The clock
is injected wherever time passes (store, poller), so tests drive it and never sleep."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """``2026-03-11T10:15:00+00:00`` (naive times are taken as UTC).

    Example:
        >>> iso(datetime(2026, 3, 11, 10, 15, 30, 999))
        '2026-03-11T10:15:30+00:00'
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_time(text: str) -> datetime | None:
    """An ISO date or date-time as an aware UTC time (a bare date: noon UTC); ``None`` when
    it is not one.

    Example:
        >>> iso(parse_time("2026-03-11"))
        '2026-03-11T12:00:00+00:00'
        >>> parse_time("last Tuesday") is None
        True
    """
    text = text.strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if len(text) == 10:  # a date without a time of day: its middle
        moment += timedelta(hours=12)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def effective_time(published_at: str, published: str, ingested_at: str) -> str:
    """When an article counts as published, for grouping and story spans: the time its
    source states (feed entry, page metadata), never later than when it was stored; the time
    it was stored when no source states one.

    Example:
        >>> effective_time("", "2026-03-10", "2026-03-11T08:00:00+00:00")
        '2026-03-10T12:00:00+00:00'
        >>> effective_time("", "", "2026-03-11T08:00:00+00:00")
        '2026-03-11T08:00:00+00:00'
    """
    stated = parse_time(published_at) or parse_time(published)
    if stated is None or iso(stated) > ingested_at:
        return ingested_at
    return iso(stated)
