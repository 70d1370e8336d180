"""Times of one event: clock times, weekdays, dates and years ("broke out shortly after 10
p.m.", "died Tuesday", "was arrested on June 3", "stolen from the Mint in 1899")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind, Who
from newsfuse.documents import Sentence


def time_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """ "died Tuesday", "broke out shortly after 10 p.m.", "was arrested on June 3". A clock
    time of no named event is left alone: a story holds many, of many moments."""
    text = sentence.text
    matches = [*p.WHEN.finditer(text), *_DAY_BEFORE.finditer(text)] if _may_tell_when(text) else []
    # Pre-test: every match holds a month's name (1 line in 20); the pattern opens on no literal.
    if " in " in text and any(month in text for month in _MONTHS):
        matches += _MONTH_WHEN.finditer(text)
    fronted = _DAY_FRONTED.match(text) if text[:3].lower() in _FRONTED_OPENINGS else None
    if fronted and all(m.start("event") != fronted.start("event") for m in matches):
        matches.append(fronted)
    for match in matches:
        if match.group("event") == "hit" and not _hit_by_nature(text, match.start("event")):
            continue  # "hit a record on Tuesday", "was hit by a car": no quake's or storm's
        event = p.TIME_EVENTS[match.group("event")]
        when = clock_words(match.group("when"), text, match.end("when"))
        form = "weekday" if when.endswith("day") else "time" if _is_clock(when) else "date"
        if match.re is _MONTH_WHEN:
            form = "month"
        if form == "time":
            form += zone(text, match.end("when"))
        hedge = match.groupdict().get("hedge")
        claim = _time_claim(sentence, who, f"{event}/{form}", when, hedge)
        at = match.start("event") if match is fronted else match.start()
        if match.group("event") in p.ACTIVE_EVENTS and _TO_COME.search(text, 0, at):
            continue  # "will be sentenced on Monday": a date set, which may move
        whom = _whom(text, match, at)
        yield replace(claim, context=whom)
        also = _also_when(text, match.end("when"), form)
        if also is not None:
            also_form, also_when, also_hedge = also
            also_claim = _time_claim(sentence, who, f"{event}/{also_form}", also_when, also_hedge)
            yield replace(also_claim, context=whom)


def _may_tell_when(text: str) -> bool:
    """Whether ``text`` holds what the time of ``WHEN`` and ``_DAY_BEFORE`` needs: a weekday
    or "midday" ("...day"), a digit (a date or a clock time), "noon" or "midnight". (Half the
    sentences with an event's verb hold none, and the two patterns cost them 9 us each.)"""
    return "day" in text or _DIGIT.search(text) is not None or "noon" in text or "midnight" in text


_DIGIT = re.compile(r"\d")  # (any digit, as the patterns' \d reads it)


# The month of an event that befalls its subject once ("died in March", "was convicted in
# March 2016"): only these, since a month is long enough to hold two arrests or two
# announcements. Never a part of a month ("in early March": rounding), a day of it ("in
# March 3"), nor "May" of a name ("in May's cabinet").
ONCE_EVENTS = frozenset({
    "died", "was born", "was convicted", "was sentenced", "was indicted", "resigned",
    "went missing", "was last seen", "pleaded guilty", "was acquitted", "was executed",
    "was fired", "was sworn in", "was inaugurated", "gave birth", "sank", "derailed",
    "collapsed", "was abducted",
})  # fmt: skip
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTHS = _MONTH_NAMES.split("|")
_MONTH_WHEN = re.compile(
    r"\b(?P<event>"
    + "|".join(sorted((w for w, e in p.TIME_EVENTS.items() if e in ONCE_EVENTS), key=len)[::-1])
    + r")\b(?:\s+(?!and\b|but\b|after\b|before\b|when\b|which\b|who\b|that\b|where\b"
    r"|while\b|until\b|since\b|in\b)[\w,']+){0,6}?"
    rf"\s+in\s+(?P<when>(?:{_MONTH_NAMES})(?:,?\s+\d{{4}})?)\b(?!\s*\d|['’])"
)


def months_differ(a: str, b: str) -> bool:
    """Whether two months of one event differ ("March" / "May"; "March 2015" / "March
    2016"); a month with its year and one without agree when the months do.

    Example:
        >>> months_differ("March", "May"), months_differ("March 2015", "March")
        (True, False)
    """
    (month_a, *year_a), (month_b, *year_b) = a.replace(",", "").split(), b.replace(",", "").split()
    return month_a != month_b or bool(year_a and year_b and year_a != year_b)


# The weekday right after an event's clock time ("happened about 9 a.m. Tuesday", "at 10:30
# p.m. on Tuesday"), and the clock time right after its weekday ("died Tuesday at 3 p.m.",
# "Tuesday morning at about 9 a.m."): the same event's, in AP's order and the other. (Not
# the weekday after a time of another zone: "9:42 p.m. GMT on Monday" is Tuesday's small
# hours in Asia.)
_DAY_AFTER_CLOCK = re.compile(rf"(?:\s+local\s+time)?\s+(?:on\s+)?(?P<day>{p.WEEKDAY})\b")
_CLOCK_AFTER_DAY = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
    r"(?P<hedge>at\s+(?:about\s+|around\s+)?|(?:shortly|just|soon)\s+(?:after|before)\s+"
    r"|around\s+|about\s+|approximately\s+)"
    rf"(?P<clock>{p.CLOCK})"
)


# A clock time told without its half after the part of the day that gives the half:
# "Tuesday night at about 9:30", "Tuesday morning at 9"; the clause ends after it (not "at 9
# Main Street", "at 9 of the 12 sites").
_BARE_AFTER_PART = re.compile(
    r"\s+(?P<part>morning|afternoon|evening|night),?\s+"
    r"(?P<hedge>at\s+(?:about\s+|around\s+)?|(?:shortly|just|soon)\s+(?:after|before)\s+"
    r"|around\s+|about\s+|approximately\s+)"
    rf"(?P<clock>{p.HOUR_WITHOUT_HALF})"
    r"(?=\s*[,;)]|\.(?!\d)|\s*$|\s+(?:when|as|and|after|before|in|on|local)\b)"
)


def _also_when(text: str, end: int, form: str) -> tuple[str, str, str | None] | None:
    """The weekday after a clock time, or the clock time after a weekday, that ends at
    ``end``: (its form, its words, its hedge), or None."""
    if form.startswith("time"):
        day = _DAY_AFTER_CLOCK.match(text, end)
        return None if day is None else ("weekday", day.group("day"), None)
    if form == "weekday":
        clock = _CLOCK_AFTER_DAY.match(text, end)
        if clock is not None:
            zoned = "time" + zone(text, clock.end("clock"))
            when = clock_words(clock.group("clock"), text, clock.end("clock"))
            return zoned, when, clock.group("hedge")
        bare = _BARE_AFTER_PART.match(text, end)
        if bare is not None:
            when = _half_of(bare.group("clock"), bare.group("part"))
            return "time" + zone(text, bare.end("clock")), when, bare.group("hedge")
    return None


# What "hit" on a day or at an hour tells the time of: a quake, a storm, a blast named in
# the few words before it ("The magnitude 6 quake, which hit around 3:30 a.m."), never in
# the passive ("the town was hit by the storm on Monday": the town's words, not the storm's).
NATURE_HIT = re.compile(
    r"\b(?:earthquake|quake|tremor|aftershock|storm|hurricane|typhoon|cyclone|tornado"
    r"|twister|tsunami|blizzard|avalanche|landslide|mudslide|explosion|blast)s?\b"
    r"(?:[\s,]+(?!(?:was|were|is|are|be|been|being|got|gets)\b)[\w'’-]+){0,4}?[\s,]+$",
    re.IGNORECASE,
)


def _hit_by_nature(text: str, at: int) -> bool:
    """Whether the "hit" at ``at`` is a quake's, a storm's or a blast's (see
    ``NATURE_HIT``)."""
    return bool(NATURE_HIT.search(text, max(0, at - 60), at))


def _whom(text: str, match: re.Match[str], at: int) -> str:
    """Whom the event befell, by name: the subject of a passive ("Smith was arrested",
    "Smith has been arrested"), the object of an active verb ("arrested Smith"), or ""; or,
    unnamed, one of several (``ONE_OF_SEVERAL``: "The second hiker was found", "arrested a
    second suspect")."""
    before = text[:at]
    if match.group("event") not in p.ACTIVE_EVENTS:
        return _named_subject(before) or _one_of_several(before[-40:])
    passive = _AUXILIARIES.search(before)
    if passive:
        return _named_subject(before[: passive.start()]) or _one_of_several(before[-40:])
    after = text[match.end("event") :]
    return _named_object(after) or _one_of_several(" ".join(after.split()[:4]), last=False)


# Whom an event befell when it befell one of several: each is dated apart ("One hiker was
# found on Sunday" / "The second hiker was found on Monday"). Claims of one of several align
# only with the same ordinal (see :func:`newsfuse.differ.align`).
ONE_OF_SEVERAL = "#"
_SEVERAL = re.compile(
    r"\b(one|another|other|first|second|third|fourth|fifth|last|remaining|latest|more)\b",
    re.IGNORECASE,
)
ANY_ONE = frozenset({f"{ONE_OF_SEVERAL}{word}" for word in ("one", "another", "other", "more")})


def _one_of_several(words: str, last: bool = True) -> str:
    """ "#second" for "the second hiker", "#another" for "another body", in the last (or
    first) few words before (or after) an event's verb; "" when they name no such one."""
    found = _SEVERAL.findall(" ".join(words.split()[-4:] if last else words.split()))
    return f"{ONE_OF_SEVERAL}{found[-1 if last else 0].lower()}" if found else ""


# The day before the event's verb: "Police on Tuesday arrested ...", "... on June 3 filed".
_DAY_BEFORE = re.compile(
    rf"\b(?:on|late|early)\s+(?P<when>{p.WEEKDAY}|{p.MONTH}\s{p.DAY_OF_MONTH}\b)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
    rf"(?P<event>{'|'.join(sorted(p.TIME_EVENTS, key=len, reverse=True))})\b"
)
# The day that opens a sentence dates the event of its main clause: "On Tuesday, the dam
# collapsed", "Late on March 3, Lee was arrested"; not past a word that starts another
# clause or gives a saying ("On Tuesday, police said the man died Sunday": the saying's day).
# (Most sentences open otherwise: the pattern is tried only after these letters.)
_FRONTED_OPENINGS = frozenset({"on ", "lat", "ear"})
_DAY_FRONTED = re.compile(
    rf"(?:On|Late\s+on|Early\s+on|Late|Early)\s+(?P<when>{p.WEEKDAY}|{p.MONTH}\s{p.DAY_OF_MONTH}\b)"
    r"(?:,?\s+\d{4})?(?:\s+(?:morning|afternoon|evening|night))?,\s+"
    r"(?:(?!(?:and|but|after|before|when|which|who|that|where|while|until|since|as|if|said"
    r"|says|told|reported|according|announced)\b)[\w'’.-]+\s+){0,6}?"
    rf"(?P<event>{'|'.join(sorted(p.TIME_EVENTS, key=len, reverse=True))})\b"
)
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s*$")
# A verb of the events' table told as to come: "will be sentenced", "is due to be".
_TO_COME = re.compile(
    r"\b(?:will|would|to|could|may|might|should|must|shall)\s+(?:be|get)\s+"
    r"(?:(?:later|also|then|\w+ly)\s+)?$"
)
# The auxiliaries of a passive that the events' table does not hold ("has been arrested",
# "was later arrested").
_AUXILIARIES = re.compile(
    r"\b(?:(?:has|have|had|will|would|to)\s+)?(?:was|were|is|are|being|been|be|gets?|got)\s+"
    r"(?:(?:later|also|then|\w+ly)\s+)?$"
)
# The capitalised words right after an active verb: "arrested Tom Reed Wednesday".
_NAME_AFTER = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)\b")


def _named_subject(before: str) -> str:
    """The capitalised word right before an event's verb ("Smith was arrested"), or ""."""
    match = _NAME_BEFORE.search(before)
    return "" if match is None or match.group(1) in p.NOT_NAMES else match.group(1)


def _named_object(after: str) -> str:
    """The name right after an active event's verb ("arrested Tom Reed": "Reed"), or ""."""
    match = _NAME_AFTER.match(after)
    words = [w for w in match.group(1).split() if w not in p.NOT_NAMES] if match else []
    return words[-1] if words else ""


def meridiem_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A clock time to the minute, whatever it is the time of: two reports that give one
    minute ("9:06") but not the same half of the day ("a.m." / "p.m.") disagree, and a
    minute is too exact to be two events' by chance. Round hours ("9 p.m.", "9:00 p.m.")
    are left alone. A time a named event claims is one too ("The quake struck at 9:06
    p.m." / "The earthquake hit ... at 9:06 a.m.": two verbs, one minute); when both
    reports name the same event, that event's difference is the one shown (see
    :func:`is_half_day`)."""
    for match in p.MINUTE_CLOCK.finditer(sentence.text):
        minute = f"{int(match.group('hour'))}:{match.group('minute')}"
        if match.group("minute") != "00":
            value = f"{minute} {match.group('half').lower()}.m."
            subject = f"happened/{minute}{zone(sentence.text, match.end())}{HALF_DAY}"
            yield Claim(Kind.TIME, subject, "happened", value, sentence.text, who, sentence)


# A clock time's zone, named right after it: "3:42 a.m. local time", "9:42 p.m. GMT", "(ET)".
# Times of two zones are not compared (one moment is "3:42 a.m." in one, "9:42 p.m." in the
# other), nor a time of a named zone with one of none.
_ZONE = re.compile(
    r"\s*\(?(?P<zone>local\s+time|local|GMT|UTC|[ECMP][SD]?T|BST|CES?T|IST|JST|AE[SD]T)\b"
)
ZONED = "@"


def zone(text: str, end: int) -> str:
    """ "@gmt" for a clock time that ends at ``end`` and names its zone, else ""."""
    match = _ZONE.match(text, end)
    if match is None:
        return ""
    return ZONED + match.group("zone").split()[0].lower()


# How the subject of a minute given in either half of the day ends, whatever happened then.
HALF_DAY = " a.m. or p.m."


def is_half_day(claim: Claim) -> bool:
    """Whether a claim is a minute read in one half of the day (see
    :func:`meridiem_claims`): its difference gives way to a named event's of the same
    sentences."""
    return claim.subject.endswith(HALF_DAY)


def year_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """The year of an event: "stolen from the Mint in 1899", "the 1899 heist", "tracking
    the deaths since 1998". Its
    ``context`` holds the words before the year (and the noun after it) that say what
    happened then; two years align only when those words are shared."""
    text = sentence.text
    for match in p.YEAR_IN.finditer(text):
        yield _year_claim(sentence, who, match.group("year"), _frame(text, match.start()))
    for match in p.YEAR_SINCE.finditer(text):
        frame = f"{_frame(text, match.start())} since"
        yield _year_claim(sentence, who, match.group("year"), frame)
    for match in p.YEAR_BEFORE_NOUN.finditer(text):
        frame = f"{_frame(text, match.start())} {match.group('noun')}"
        yield _year_claim(sentence, who, match.group("year"), frame)


def _frame(text: str, start: int) -> str:
    return " ".join(text[max(0, start - 80) : start].split()[-p.YEAR_FRAME :])


def _year_claim(sentence: Sentence, who: Who, year: str, frame: str) -> Claim:
    return Claim(
        Kind.TIME, "happened/year", "happened", year, sentence.text, who, sentence, context=frame
    )


def _time_claim(sentence: Sentence, who: Who, subject: str, when: str, hedge: str | None) -> Claim:
    event, _, form = subject.partition("/")
    # A clock time with its zone ("time@local") is written as one without: "9.30pm local
    # time" is "9:30 p.m.", so that ``compare`` can read it.
    clock = form.startswith("time")
    return Claim(
        Kind.TIME,
        subject,
        event,
        _clock_text(when) if clock else when,
        sentence.text,
        who,
        sentence,
        hedged=clock and (hedge or "").strip() not in {"", "at", "on"},
    )


# A clock time told without its half of the day ("9:30", "9.30", "10"): its hour and its
# minutes, as ``patterns.BARE_CLOCK`` and ``_BARE_AFTER_PART`` read them.
_BARE = re.compile(r"(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?")
# The words after such a time that give its half ("Tuesday night", "this morning").
_PART_AFTER = re.compile(p.PART_OF_DAY_AFTER)
# The 24-hour clock in four figures, as wire copy writes it before its zone ("0130 GMT").
_FOUR_FIGURES = re.compile(r"\d{4}")


def clock_words(when: str, text: str, end: int) -> str:
    """A clock time as ``compare`` reads it: one told without its half with the half the
    words after it give (see :func:`with_half`), "midday" as "noon", the 24-hour clock's four
    figures ("0130 GMT") as "01:30"; any other ``when`` as it is.

    Example:
        >>> text = "The plane landed at 0130 GMT, at midday local time."
        >>> clock_words("0130", text, 24), clock_words("midday", text, 41)
        ('01:30', 'noon')
    """
    if when == "midday":
        return "noon"
    if _FOUR_FIGURES.fullmatch(when):
        return f"{when[:2]}:{when[2:]}"
    return with_half(when, text, end)


def with_half(when: str, text: str, end: int) -> str:
    """A clock time told without its half of the day, with the half the words after it give
    (``patterns.PART_OF_DAY_AFTER``): "9:30" before "Tuesday night" is "9:30 p.m.", "10"
    before "last night" "10 p.m.", "2" before "at night" "2 a.m." (a night's small hours),
    "6:30" before "this morning" "6:30 a.m."; any other ``when`` as it is.

    Example:
        >>> text = "The dam burst at 9:30 Tuesday night."
        >>> with_half("9:30", text, 21), with_half("Tuesday", text, 29)
        ('9:30 p.m.', 'Tuesday')
    """
    part = _PART_AFTER.match(text, end) if _BARE.fullmatch(when) else None
    return when if part is None else _half_of(when, part.group("part"))


def _half_of(clock: str, part: str) -> str:
    """A clock time told without its half ("9:30", "9.30", "10") in a part of the day, with
    the half: a night's hours from midnight to six are the morning's."""
    bare = _BARE.fullmatch(clock)
    assert bare is not None  # read by the same pattern's hours
    hour = int(bare.group(1))
    night = part in {"night", "tonight"}
    morning = part == "morning" or (night and not 6 <= hour <= 11)
    minute = f":{bare.group(2)}" if bare.group(2) else ""
    return f"{hour}{minute} {'a' if morning else 'p'}.m."


def _is_clock(when: str) -> bool:
    return when in {"noon", "midnight"} or bool(re.search(r"[ap]\.?m|^\d\d:\d\d$", when, re.I))


def _clock_text(when: str) -> str:
    """ "10p.m.", "10 pm", "10 PM" and "10 p.m." alike: "10 p.m."; "9.06pm" is "9:06 p.m.";
    a time on the 24-hour clock ("21:58") is kept as written (``compare.clock_minutes``
    reads it)."""
    text = re.sub(r"^(\d{1,2})\.(\d\d)", r"\1:\2", when)
    return re.sub(r"\s?([apAP])\.?[mM]\.?$", lambda m: f" {m.group(1).lower()}.m.", text)


# Events named by a noun, or by a verb that takes no date ("the collision at around 2 a.m.",
# "the two ships collided around 1:30 a.m."), under the name of the event's verb: only their
# clock times are read, a day after a noun ("the attack on Monday") may be of another attack.
CLOCK_EVENTS = {
    "collision": "collided", "collided": "collided", "crash": "crashed", "explosion": "exploded",
    "blast": "exploded", "shooting": "shooting began", "stabbing": "stabbing began",
}  # fmt: skip
_EVENT_CLOCK = re.compile(
    rf"\b(?P<event>{'|'.join(CLOCK_EVENTS)})\b"
    r"(?:\s+(?!and\b|but\b|after\b|before\b|when\b|until\b)[\w,']+){0,4}?"
    r"\s+(?P<hedge>at\s+(?:about\s+|around\s+)?|(?:shortly|just|soon)\s+(?:after|before)\s+"
    r"|around\s+|about\s+|approximately\s+)"
    rf"(?P<when>{p.CLOCK})",
    re.IGNORECASE,
)


def clock_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """Clock times of one event, whatever it is the time of (see :func:`meridiem_claims`),
    and of events named by a noun: "the crash at about 9:40 p.m." (subject
    "crashed/time")."""
    yield from meridiem_claims(sentence, who)
    for match in _EVENT_CLOCK.finditer(sentence.text):
        event = CLOCK_EVENTS[match.group("event").lower()]
        hedge = match.group("hedge").replace("at ", "").strip() or None
        when = clock_words(match.group("when"), sentence.text, match.end("when"))
        yield _time_claim(sentence, who, f"{event}/time", when, hedge)
