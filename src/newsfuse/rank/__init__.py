"""Ranking and selection: which sentences of a story make the brief, and in what order."""
