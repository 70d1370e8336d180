"""Trim what a brief never needs from the edges of a sentence, keeping exact offsets.

Only the edges are trimmed, so a trimmed sentence is still an exact slice of its article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsfuse.documents import Sentence

# "DENVER (AP) — ", "ALLENTOWN, Pa. - ", "LONDON (Reuters) - ", "WASHINGTON —": a dateline.
_DATELINE = re.compile(
    r"""^(?:[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+)*   # CITY or NEW YORK
    (?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)?)?     # , Pa. / , England
    \ ?(?:\([A-Za-z .&/]+\))?                        # (AP) / (Reuters)
    |\([A-Za-z .&/]+\))                              # or just (CNN)
    \s*[—–-]{1,2}\s+""",
    re.VERBOSE,
)


def trim_dateline(sentence: Sentence) -> Sentence:
    """Drop a leading dateline, moving ``start`` so the offsets stay exact.

    Example:
        >>> s = Sentence("1", 0, 0, 30, "DENVER (AP) — Snow fell today.")
        >>> trim_dateline(s).text, trim_dateline(s).start
        ('Snow fell today.', 14)
    """
    match = _DATELINE.match(sentence.text)
    if match is None or match.end() >= len(sentence.text):
        return sentence
    return replace(sentence, start=sentence.start + match.end(), text=sentence.text[match.end() :])
