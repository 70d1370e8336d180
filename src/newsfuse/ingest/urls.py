"""Whether an input names a web page: its own small module, so the loaders that only ask
(the API, a JSONL batch) need not import the HTTP client (httpx, httpcore, trio: about
0.17 s of start-up) that fetching takes."""

from __future__ import annotations


def is_url(text: str) -> bool:
    """Example:
    >>> is_url("HTTPS://example.org/a"), is_url("ftp://example.org/a"), is_url("a.txt")
    (True, False, False)
    """
    return text.lower().startswith(("http://", "https://"))
