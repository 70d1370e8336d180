"""The plural of a counted noun, for labels and for figures shown with their noun."""

from __future__ import annotations


def plural(noun: str) -> str:
    """ "story" -> "stories", "inch" -> "inches", "passenger" -> "passengers"."""
    if noun == "foot":
        return "feet"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")
