"""Render a :class:`Brief` as Markdown, JSON-ready dicts, or a standalone HTML page."""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from newsfuse.documents import (
    Brief,
    BriefSentence,
    Changes,
    Citation,
    Difference,
    Provenance,
    Side,
    Source,
)
from newsfuse.errors import ConfigError

FORMATS = ("markdown", "json", "html")


def render(brief: Brief, fmt: str, changes: Changes | None = None) -> str:
    """Render in one of ``FORMATS`` (:class:`~newsfuse.errors.ConfigError` for another); with
    ``changes`` (a stored version), new sentences are marked and a "What's new" list opens the
    brief."""
    if fmt == "markdown":
        return to_markdown(brief, changes)
    if fmt == "json":
        return json.dumps(to_dict(brief, changes), ensure_ascii=False, indent=2)
    if fmt == "html":
        return to_html(brief, changes)
    raise ConfigError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")


# --- JSON ---------------------------------------------------------------------------------


def to_dict(brief: Brief, changes: Changes | None = None) -> dict[str, Any]:
    """The brief's JSON schema (documented in the README). With ``changes``, also
    ``"version"``, ``"created"``, ``"since"``, ``"whats_new"`` and per sentence ``"new"``."""
    result: dict[str, Any] = {
        "title": brief.title,
        "summary": "\n".join(s.text for s in brief.sentences),
        "words": brief.word_count,
        "sentences": [_sentence_dict(brief, s) for s in brief.sentences],
        "sources": [_source_dict(s) for s in brief.sources],
        "differences": [_difference_dict(brief, d) for d in brief.differences],
        "warnings": list(brief.warnings),
        "provenance": {
            "method": brief.provenance.method,
            "version": brief.provenance.version,
            "settings_hash": brief.provenance.settings_hash,
            "settings": dict(brief.provenance.settings),
        },
    }
    if changes is not None:
        for position, sentence in enumerate(result["sentences"]):
            sentence["new"] = changes.is_new(position)
        result["version"] = changes.version
        result["created"] = changes.created
        result["since"] = changes.since
        result["whats_new"] = list(changes.whats_new)
    return result


def brief_from_dict(data: dict[str, Any]) -> Brief:
    """The :class:`Brief` of :func:`to_dict`'s output (for stored brief versions).

    Example:
        >>> from newsfuse import brief
        >>> b = brief(["Rain flooded the town of Ashby on Monday, officials said."])
        >>> brief_from_dict(to_dict(b)) == b
        True
    """
    sources = tuple(
        Source(s["number"], s["id"], s["title"], s["outlet"], s["published"], s["url"], s["path"])
        for s in data["sources"]
    )
    provenance = data["provenance"]
    return Brief(
        title=data["title"],
        sentences=tuple(
            BriefSentence(s["text"], _citations(s["citations"]), s["claimant"])
            for s in data["sentences"]
        ),
        sources=sources,
        provenance=Provenance(
            provenance["method"],
            provenance["version"],
            provenance["settings_hash"],
            tuple((k, str(v)) for k, v in provenance["settings"].items()),
        ),
        differences=tuple(
            Difference(
                d["label"],
                tuple(
                    Side(
                        s["claim"],
                        s["claimant"],
                        _citations(s["citations"]),
                        s["position"],
                        s.get("later", False),
                    )
                    for s in d["sides"]
                ),
                d.get("kind", ""),
            )
            for d in data["differences"]
        ),
        warnings=tuple(data.get("warnings", ())),
    )


def _citations(items: list[dict[str, Any]]) -> tuple[Citation, ...]:
    return tuple(Citation(c["article_id"], c["sentence"], c["start"], c["end"]) for c in items)


def _citation_dict(brief: Brief, citation: Citation) -> dict[str, Any]:
    return {
        "source": brief.source_number(citation.article_id),
        "article_id": citation.article_id,
        "sentence": citation.sentence_index,
        "start": citation.start,
        "end": citation.end,
    }


def _sentence_dict(brief: Brief, sentence: BriefSentence) -> dict[str, Any]:
    return {
        "text": sentence.text,
        "claimant": sentence.claimant,
        "citations": [_citation_dict(brief, c) for c in sentence.citations],
    }


def _source_dict(source: Source) -> dict[str, Any]:
    return {
        "number": source.number,
        "id": source.article_id,
        "title": source.title,
        "outlet": source.outlet,
        "published": source.published,
        "url": source.url,
        "path": source.path,
    }


def _difference_dict(brief: Brief, difference: Difference) -> dict[str, Any]:
    return {
        "label": difference.label,
        "kind": difference.kind,
        "sides": [
            {
                "position": side.position,
                "later": side.later,
                "claim": side.claim,
                "claimant": side.claimant,
                "citations": [_citation_dict(brief, c) for c in side.citations],
            }
            for side in difference.sides
        ],
    }


# --- Markdown -----------------------------------------------------------------------------


def citation_marks(brief: Brief, citations: tuple[Citation, ...]) -> list[int]:
    """Distinct source numbers of some citations, in ascending order."""
    return sorted({brief.source_number(c.article_id) for c in citations})


# Article text is untrusted: in Markdown, a backslash before `<` and `[` keeps it from opening
# raw HTML, an autolink, a link, an image or a link reference definition (which could turn
# our own [n] marks into links), and one before `\` keeps an escape from being undone. Only
# these three characters are escaped, so the text still reads as it was written.
_MARKDOWN_ACTIVE = re.compile(r"([\\<\[])")
_LINKABLE = re.compile(r"^https?://", re.IGNORECASE)


def markdown_text(text: str) -> str:
    r"""``text`` as inert Markdown: no HTML, no links, line breaks kept as spaces.

    Example:
        >>> print(markdown_text("A <script>alert(1)</script> [click](javascript:alert(1))"))
        A \<script>alert(1)\</script> \[click](javascript:alert(1))
        >>> markdown_text("Fire at 6 p.m., police said.")
        'Fire at 6 p.m., police said.'
    """
    return _MARKDOWN_ACTIVE.sub(r"\\\1", " ".join(text.splitlines()))


def linkable_url(url: str) -> str:
    """``url`` if it may be shown as a link (http or https), else "": a source's URL comes
    from the page itself and may be ``javascript:`` or ``data:``.

    Example:
        >>> linkable_url("https://news.example/a"), linkable_url(" JavaScript:alert(1)")
        ('https://news.example/a', '')
    """
    return url if _LINKABLE.match(url) else ""


def to_markdown(brief: Brief, changes: Changes | None = None) -> str:
    lines = [f"# {markdown_text(brief.title)}", ""]
    if changes is not None:
        lines += _whats_new_markdown(changes)
    for position, sentence in enumerate(brief.sentences):
        marks = "".join(f"[{n}]" for n in citation_marks(brief, sentence.citations))
        new = NEW_MARK if changes is not None and changes.is_new(position) else ""
        lines.append(f"{new}{markdown_text(sentence.text)} {marks}")
    if brief.differences:
        lines += ["", "## Where sources differ", ""]
        lines += [_difference_markdown(brief, d) for d in brief.differences]
    lines += ["", "## Sources", ""]
    lines += [f"{s.number}. {_source_markdown(s)}" for s in brief.sources]
    return "\n".join(lines) + "\n"


NEW_MARK = "**New:** "


def _whats_new_markdown(changes: Changes) -> list[str]:
    if changes.since is None or not changes.whats_new:
        return []
    head = f"## What's new since {_readable_time(changes.since)} (version {changes.version})"
    return [head, "", *[f"- {markdown_text(item)}" for item in changes.whats_new], ""]


def _readable_time(moment: str) -> str:
    """``2026-03-11 10:15 UTC`` from a stored ISO time."""
    return moment[:16].replace("T", " ") + " UTC" if len(moment) >= 16 else moment


def _difference_markdown(brief: Brief, difference: Difference) -> str:
    sides = []
    for side in difference.sides:
        marks = "".join(f"[{n}]" for n in citation_marks(brief, side.citations))
        who = f"{markdown_text(side.claimant)}: " if side.claimant else ""
        position, claim = markdown_text(_position(side)), markdown_text(side.claim)
        sides.append(f"  - *{position}* — {who}{claim} {marks}")
    return "\n".join([f"- **{markdown_text(difference.label)}**", *sides])


def _source_markdown(source: Source) -> str:
    parts = [markdown_text(source.title) or "(untitled)"]
    parts += [markdown_text(p) for p in (source.outlet, source.published) if p]
    location = markdown_text(linkable_url(source.url) if source.url else source.path)
    if location:
        parts.append(location)
    return " — ".join(parts)


def _position(side: Side) -> str:
    """A side's position, marked when its report gives it as a later figure."""
    return f"{side.position} (later figure)" if side.later else side.position


def _source_line(source: Source) -> str:
    parts = [source.title or "(untitled)"]
    if source.outlet:
        parts.append(source.outlet)
    if source.published:
        parts.append(source.published)
    location = source.url or source.path
    if location:
        parts.append(location)
    return " — ".join(parts)


# --- HTML ---------------------------------------------------------------------------------

# A standalone file has no stylesheet beside it: its style is inline, and it reads on a phone.
_HTML_HEAD = (
    '<meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<style>"
    "body{margin:0 auto;max-width:44rem;padding:1rem 1.25rem;"
    "font:17px/1.6 Georgia,'Times New Roman',serif;color:#1d232b;background:#fbfaf7}"
    "h1{font-size:1.75rem;line-height:1.2}"
    "h2{font:600 .95rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;"
    "color:#5b6674;margin-top:2rem}"
    "a{color:#0b5cad}a.cite{font:600 .8rem system-ui,sans-serif;text-decoration:none}"
    ".differences{background:#fff7e6;border:1px solid #f0d9a8;border-radius:4px;"
    "padding:.25rem 1rem .6rem}.position{font-weight:600}"
    ".sources{font:.9rem/1.5 system-ui,sans-serif;color:#5b6674;overflow-wrap:anywhere}"
    "</style>"
)


def to_html(brief: Brief, changes: Changes | None = None) -> str:
    """A standalone page; every piece of article text is escaped."""
    sentences = "\n".join(
        _sentence_html(brief, s, changes is not None and changes.is_new(position))
        for position, s in enumerate(brief.sentences)
    )
    differences = ""
    if brief.differences:
        items = "\n".join(_difference_html(brief, d) for d in brief.differences)
        differences = f'<section class="differences"><h2>Where sources differ</h2>{items}</section>'
    sources = "\n".join(
        f'<li id="source-{s.number}">{escape(_source_line(s))}</li>' for s in brief.sources
    )
    return (
        f'<!doctype html>\n<html lang="en"><head>{_HTML_HEAD}'
        f"<title>{escape(brief.title)}</title></head><body>\n"
        f"<h1>{escape(brief.title)}</h1>\n{_whats_new_html(changes)}"
        f'<section class="brief">\n{sentences}\n</section>\n'
        f'{differences}\n<h2>Sources</h2>\n<ol class="sources">\n{sources}\n</ol>\n'
        "</body></html>\n"
    )


def _marks_html(brief: Brief, citations: tuple[Citation, ...]) -> str:
    return "".join(
        f'<a class="cite" href="#source-{n}">[{n}]</a>' for n in citation_marks(brief, citations)
    )


def _sentence_html(brief: Brief, sentence: BriefSentence, new: bool = False) -> str:
    if new:
        return (
            f'<p class="new"><mark class="new">New</mark> {escape(sentence.text)} '
            f"{_marks_html(brief, sentence.citations)}</p>"
        )
    return f"<p>{escape(sentence.text)} {_marks_html(brief, sentence.citations)}</p>"


def _whats_new_html(changes: Changes | None) -> str:
    if changes is None or changes.since is None or not changes.whats_new:
        return ""
    items = "".join(f"<li>{escape(item)}</li>" for item in changes.whats_new)
    return (
        f'<section class="whats-new"><h2>What\'s new since {escape(_readable_time(changes.since))}'
        f" (version {changes.version})</h2><ul>{items}</ul></section>\n"
    )


def _difference_html(brief: Brief, difference: Difference) -> str:
    sides = "".join(
        f'<li><em class="position">{escape(_position(side))}</em> — '
        f"{escape(side.claimant + ': ' if side.claimant else '')}{escape(side.claim)} "
        f"{_marks_html(brief, side.citations)}</li>"
        for side in difference.sides
    )
    return f"<h3>{escape(difference.label)}</h3><ul>{sides}</ul>"
