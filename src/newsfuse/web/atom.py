"""The Atom 1.0 feed of the latest stories (``/feeds/stories.atom``), so a feed reader can
follow newsfuse: one entry per story, its id the story page's URL (stable: a story keeps
its id, and a new version changes the entry's ``updated``, not its id), the brief as escaped
HTML content. Pure functions; the XML is written by the standard library's ElementTree,
which escapes every text (characters XML 1.0 cannot hold are dropped first)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse._version import __version__

ATOM = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class AtomEntry:
    """One story as an entry: its id and link (the story page), title, time of its latest
    change (RFC 3339), a plain-text summary and the brief as an HTML fragment."""

    url: str
    title: str
    updated: str
    summary: str
    html: str


def xml_text(text: str) -> str:
    r"""``text`` without the characters XML 1.0 cannot hold (control characters, lone
    surrogates): an article may carry them, and one would make the whole feed unreadable.

    Example:
        >>> xml_text("Fire\x00 at the\x0b harbour\ud800")
        'Fire at the harbour'
    """
    return _NOT_XML.sub("", text)


def atom_feed(entries: Sequence[AtomEntry], feed_url: str, home_url: str, updated: str) -> bytes:
    """The feed document (UTF-8, with its XML declaration).

    Example:
        >>> entry = AtomEntry("http://127.0.0.1:8000/stories/1", "Fire <at> port",
        ...                   "2026-03-11T10:15:00+00:00", "A fire.", "<p>A fire.</p>")
        >>> xml = atom_feed([entry], "http://127.0.0.1:8000/feeds/stories.atom",
        ...                 "http://127.0.0.1:8000/", entry.updated).decode()
        >>> "<title>Fire &lt;at&gt; port</title>" in xml, '<content type="html">&lt;p&gt;' in xml
        (True, True)
    """
    feed = ET.Element("feed", xmlns=ATOM)  # plain names in the default namespace
    _add(feed, "id", feed_url)
    _add(feed, "title", "newsfuse: the latest stories")
    _add(feed, "subtitle", "Cited briefs of the news: every sentence shows its sources.")
    _add(feed, "updated", updated)
    _add(_add(feed, "author"), "name", "newsfuse")
    _add(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    _add(feed, "link", rel="alternate", type="text/html", href=home_url)
    _add(feed, "generator", "newsfuse", version=__version__)
    for entry in entries:
        item = _add(feed, "entry")
        _add(item, "id", entry.url)
        _add(item, "title", entry.title)
        _add(item, "updated", entry.updated)
        _add(item, "link", rel="alternate", type="text/html", href=entry.url)
        _add(item, "summary", entry.summary, type="text")
        _add(item, "content", entry.html, type="html")
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document


def _add(parent: ET.Element, name: str, text: str = "", **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, name, {k: xml_text(v) for k, v in attributes.items()})
    if text:
        element.text = xml_text(text)
    return element
