"""The names of the methods the evaluation runs, apart from the runner, so the command line
can list them without importing the runner and the readability measures behind it."""

from __future__ import annotations

NEWSFUSE = "newsfuse"
DEFAULT_METHODS = (NEWSFUSE, "lead", "opening", "lexrank", "textrank", "random")
