"""Generated stories for tests of bounded cost: as many reports and sentences as a test
needs, made up on the spot (seeded), each sentence a plausible length and mostly its own words.
"""

from __future__ import annotations

import random

from newsfuse.documents import Article

WIRE = "The harbour authority closed the northern quay on Monday after a crane collapsed there."
_SYLLABLES = "ka lo mi ren tas vel dor is an ur bel kor sa ni tem os fa gir lun dra".split()


def invented_words(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_SYLLABLES) for _ in range(3)) for _ in range(count)]


def report_text(number: int, sentences: int, wire_at: int | None = 0, seed: int = 0) -> str:
    """A report of ``sentences`` sentences of 12 words, one paragraph each, and the shared
    wire sentence as paragraph ``wire_at`` (none when None)."""
    rng = random.Random(seed * 100_003 + number)
    words = invented_words(400, seed)
    paragraphs = []
    for _ in range(sentences):
        body = " ".join(rng.choice(words) for _ in range(11))
        paragraphs.append(f"Officials {body}.")
    if wire_at is not None:
        paragraphs.insert(wire_at, WIRE)
    return "\n\n".join(paragraphs)


def story(reports: int, sentences: int, wire_spread: int = 1, seed: int = 0) -> list[Article]:
    """Reports 1, 2, ...; report n prints the wire sentence at paragraph (n - 1) % wire_spread
    (so always first by default)."""
    return [
        Article(
            id=str(n),
            text=report_text(n, sentences, (n - 1) % wire_spread, seed),
            source=f"report-{n}.txt",
        )
        for n in range(1, reports + 1)
    ]
