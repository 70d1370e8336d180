"""Trim what a brief never needs from the edges of a sentence, keeping exact offsets.

Only the edges are trimmed, so a trimmed sentence is still an exact slice of its article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsfuse.documents import Sentence

# "DENVER (AP) — ", "ALLENTOWN, Pa. - ", "LONDON (Reuters) - ", "WASHINGTON —": a dateline.
_DATELINE = re.compile(
    r"""^(?:
    # an update's time stamp before the news it tells (``text.notices``): "UPDATE: Oct. 25
    # -- McCain spokesman ...", "UPDATE — 5:48 p.m. ET Donald Trump tweeted ..."
    (?:Updated?|UPDATED?)\ ?[,:—–-]\ ?(?:[A-Z][a-z]+\.?\ \d{1,2}(?:st|nd|rd|th)?,?
    (?:\ \d{1,2}:\d\d\ ?(?:[ap]\.m\.|[AP]M))?|\d{1,2}:\d\d\ ?(?:[ap]\.m\.|[AP]M))
    (?:\ [A-Z]T)?(?:\ ?(?:--|[—–:]))?\s+(?=["“A-Z])
    |(?:[A-Z][A-Z.'’-]+(?:[\ /][A-Z][A-Z.'’-]+)*   # CITY, NEW YORK, PRETORIA/KHARTOUM
    (?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)?)?     # , Pa. / , England
    (?:,?\ [A-Z][a-z]{2,8}\.?\ \d{1,2})?              # , Feb. 25 / MONDAY, July 2
    \ ?(?:\((?P<outlet>[A-Za-z0-9 .&/]+)\))?         # (AP) / (Reuters) / (KHON2)
    |\((?P<alone>[A-Za-z0-9 .&/]+)\))                # or just (CNN)
    (?:\s*[—–-]{1,2}\s+|[—–](?=["“A-Z]))            # " — ", or a dash glued: "MIAMI—The"
    |[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+)*            # FORT WAYNE, Ind. (WANE) The ...
    (?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)?)?
    \ \((?P<station>[A-Z0-9]{2,6})\)\ +(?=["“A-Z])
    |[A-Z][a-z]+(?:\ [A-Z][a-z]+)?                    # Kabul, Afghanistan (CNN) / London
    (?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)?\ \((?P<titled>[A-Z]{2,6}|Reuters|Bloomberg)\)
    (?:\s*[—–-]{1,2})?                                # (Reuters) - : the dash is needed
    |\ \((?P<titled_dash>[A-Z]{2,6}|Reuters|Bloomberg)\)\s*[—–-]{1,2}  # without a state
    |\ \((?P<titled_wire>CNN|AP|AFP|Reuters|Bloomberg|UPI|BBC)\))  # "Tokyo (CNN) Seven ...":
    # a wire's or network's own name needs no dash ("Acme (ACME) shares" keeps its ticker)
    \s+(?=["“A-Z])
    |\((?P<bare>[A-Z]{2,6}|Reuters|Bloomberg)\)\ +(?=["“A-Z])  # (CNN) Two, without a dash
    |[-*•—–]\s+(?=["“A-Z])                            # a list's bullet: "- A man ...", or
                                                     # a dash its dateline lost: "— The ..."
    |(?:Analysis|Opinion|Commentary|Explainer)\ +(?=[A-Z])  # a page label: "Analysis There"
    |(?:Exclusive|Breaking|Updated?|UPDATED?|EXCLUSIVE|BREAKING)\s*[:|]\s+(?=["“A-Z])
    |(?:[A-Z][A-Z'’.-]+\ ){0,3}[A-Z][A-Z'’.-]+\ \|\ +(?=["“A-Z])  # "THE FACT CHECKER | Rep. ..."
    # a byline and date glued on: "By Karen Graham Oct 31, 2015 in Entertainment A famous ..."
    |(?:By\ )+[A-Z][a-z]+(?:\ [A-Z][a-z.'’-]+){1,2}\ [A-Z][a-z]{2,8}\.?\ \d{1,2},\ \d{4}
    (?:\ in\ [A-Z][a-z]+(?:\ [A-Z][a-z]+)?)?\s+(?=["“A-Z])
    # two cities of a wire dateline that lost its "(Reuters) -": "PRETORIA/KHARTOUM, Sudan ..."
    # (one city alone is not told from a shouted name: "NASA, the agency, said ...")
    |[A-Z]{3}[A-Z'’-]*(?:\ [A-Z][A-Z'’-]+)?
    (?:/[A-Z]{3}[A-Z'’-]*(?:\ [A-Z][A-Z'’-]+)?)+,\s+(?=["“A-Z])
    |AP\ (?=[A-Z][a-z]+\ ))                           # a wire credit left over: "AP American ..."
    """,
    re.VERBOSE,
)


def dateline_outlet(text: str) -> str:
    """The outlet a wire dateline opening ``text`` names, else "".

    Example:
        >>> dateline_outlet("KATHMANDU, Nepal (AP) — A Swiss climber who found ...")
        'AP'
        >>> dateline_outlet("(CNN) — Two EMTs sued."), dateline_outlet("ALLENTOWN, Pa. - Dogs.")
        ('CNN', '')
        >>> dateline_outlet("(CNN) Two EMTs sued.")
        'CNN'
    """
    match = _DATELINE.match(text)
    if match is None:
        return ""
    names = ("outlet", "alone", "bare", "titled", "titled_dash", "titled_wire", "station")
    return next((match.group(n).strip() for n in names if match.group(n)), "")


def strip_dateline(text: str) -> str:
    """``text`` without the wire dateline it opens with.

    Example:
        >>> strip_dateline("PITTSBURGH (KDKA) — A teacher is in custody.")
        'A teacher is in custody.'
    """
    match = _DATELINE.match(text)
    return text[match.end() :] if match and match.end() < len(text) else text


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
