"""A person's rank in the armed forces or the police, where two reports may give two: "Sgt.
Tom Reed" / "Lt. Tom Reed", "Tom Reed, a police sergeant" / "Capt. Tom Reed".

A rank is compared by its last word, its grade ("sergeant" of "staff sergeant", "colonel"
of "lieutenant colonel"): writers shorten a rank to its grade ("Staff Sgt. Reed" is often
"Sgt. Reed" in the next report), so only two grades are two ranks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfuse.differ import patterns as p
from newsfuse.documents import Sentence

# Each rank as written before a name, abbreviated or whole, with its grade. Whole words
# that start other names are left out ("General Motors", "Major League", "Private Eye"):
# only their abbreviations are read.
_RANKS = {
    "pvt.": "private", "pfc.": "private", "cpl.": "corporal", "corporal": "corporal",
    "sgt.": "sergeant", "sergeant": "sergeant", "lt.": "lieutenant",
    "lieut.": "lieutenant", "lieutenant": "lieutenant", "capt.": "captain",
    "captain": "captain", "maj.": "major", "col.": "colonel", "colonel": "colonel",
    "gen.": "general", "adm.": "admiral", "admiral": "admiral", "cmdr.": "commander",
    "cdr.": "commander", "ens.": "ensign",
}  # fmt: skip
# Words before a grade in one rank ("Staff Sgt.", "Lt. Col.", "Brig. Gen.", "Rear Adm.").
_BEFORE = (
    r"(?:(?:Staff|Master|First|Gunnery|Command|Chief|Sgt\.|Lt\.|Lieut\.|Maj\.|Brig\.|Rear"
    r"|Vice|1st|2nd)\s+)"
)
_WHOLE = "|".join(re.escape(r) for r in sorted(_RANKS, key=len, reverse=True))
# A name of two or three capitalised words right after the rank ("Sgt. Tom Reed").
_NAME = r"(?P<name>[A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'’-]+){1,2})\b"
# Titles of office that end in a rank's word and are no rank ("Attorney General Tom Reed",
# "Surgeon General", "Inspector General", "Secretary-General").
_OFFICE = "".join(
    rf"(?<!{office})"
    for office in (
        r"Attorney\s", r"Surgeon\s", r"Inspector\s", r"Solicitor\s", r"Secretary[\s-]",
        r"Governor[\s-]", r"Postmaster\s",
    )
)  # fmt: skip
_BEFORE_NAME = re.compile(
    rf"{_OFFICE}(?<![\w.])(?:{_BEFORE}){{0,2}}(?P<rank>(?i:{_WHOLE}))\s+{_NAME}"
)
# "Tom Reed, a police sergeant", "Tom Reed, a veteran army captain" (whole words only).
_APPOSITION = re.compile(
    rf"{_NAME},\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?P<rank>corporal|sergeant|lieutenant|captain|colonel|admiral)\b(?!\s+(?:in|of)\s+the\s+[A-Z])"
)
# The cue pass's words: a whole rank, or an abbreviation and the space after it (a cue's
# start must fall in its own sentence, so no line break before it; "result. " sends a
# sentence to the patterns too).
# Words of a title that a name never holds: "Lt. Colonel Packard" names no "Colonel
# Packard", "Capt. Officer Ann Lee" no "Officer Ann Lee".
_TITLE_WORDS = frozenset(
    """Private Corporal Sergeant Lieutenant Captain Major Colonel General Admiral Commander
    Officer Detective Deputy Trooper Chief Agent Judge Sheriff Marshal Staff Master""".split()
)
CUES = tuple(f"{rank} " if rank.endswith(".") else rank for rank in _RANKS)


def ranks(sentence: Sentence) -> Iterator[tuple[str, str]]:
    """Each named person's grade in the sentence: (name, grade).

    Example:
        >>> s = Sentence("1", 0, 0, 0, "Staff Sgt. Tom Reed and Lt. Col. Ana Lind spoke.")
        >>> list(ranks(s))
        [('Tom Reed', 'sergeant'), ('Ana Lind', 'colonel')]
    """
    # Pre-test: every match holds a rank's word (4 in 9 cued lines); the patterns are slow.
    lowered = sentence.text.lower()
    if not any(rank in lowered for rank in _RANKS):
        return
    for pattern in (_BEFORE_NAME, _APPOSITION):
        for match in pattern.finditer(sentence.text):
            name = re.sub(r"['’]s?$", "", match.group("name"))
            words = name.split()
            if len(words) > 1 and not (p.NOT_NAMES | _TITLE_WORDS) & set(words):
                yield name, _RANKS[match.group("rank").lower()]
