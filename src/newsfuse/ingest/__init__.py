"""Ingest: turn files, HTML pages and JSONL records into clean :class:`Article` objects."""
