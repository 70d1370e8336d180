"""Render a :class:`Brief` as Markdown, JSON-ready dicts, or a standalone HTML page."""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from newsfuse.documents import Brief, BriefSentence, Citation, Difference, Side, Source

FORMATS = ("markdown", "json", "html")


def render(brief: Brief, fmt: str) -> str:
    """Render in one of ``FORMATS``."""
    if fmt == "markdown":
        return to_markdown(brief)
    if fmt == "json":
        return json.dumps(to_dict(brief), ensure_ascii=False, indent=2)
    if fmt == "html":
        return to_html(brief)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")


# --- JSON ---------------------------------------------------------------------------------


def to_dict(brief: Brief) -> dict[str, Any]:
    """The brief's JSON schema (documented in the README)."""
    result: dict[str, Any] = {
        "title": brief.title,
        "summary": "\n".join(s.text for s in brief.sentences),
        "words": brief.word_count,
        "sentences": [_sentence_dict(brief, s) for s in brief.sentences],
        "sources": [_source_dict(s) for s in brief.sources],
        "differences": [_difference_dict(brief, d) for d in brief.differences],
        "provenance": {
            "method": brief.provenance.method,
            "version": brief.provenance.version,
            "settings_hash": brief.provenance.settings_hash,
            "settings": dict(brief.provenance.settings),
        },
    }
    return result


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


def to_markdown(brief: Brief) -> str:
    lines = [f"# {markdown_text(brief.title)}", ""]
    for sentence in brief.sentences:
        marks = "".join(f"[{n}]" for n in citation_marks(brief, sentence.citations))
        lines.append(f"{markdown_text(sentence.text)} {marks}")
    if brief.differences:
        lines += ["", "## Where sources differ", ""]
        lines += [_difference_markdown(brief, d) for d in brief.differences]
    lines += ["", "## Sources", ""]
    lines += [f"{s.number}. {_source_markdown(s)}" for s in brief.sources]
    return "\n".join(lines) + "\n"


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


def to_html(brief: Brief) -> str:
    """A standalone page; every piece of article text is escaped."""
    sentences = "\n".join(_sentence_html(brief, s) for s in brief.sentences)
    differences = ""
    if brief.differences:
        items = "\n".join(_difference_html(brief, d) for d in brief.differences)
        differences = f'<section class="differences"><h2>Where sources differ</h2>{items}</section>'
    sources = "\n".join(
        f'<li id="source-{s.number}">{escape(_source_line(s))}</li>' for s in brief.sources
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(brief.title)}</title></head><body>\n"
        f'<h1>{escape(brief.title)}</h1>\n<section class="brief">\n{sentences}\n</section>\n'
        f'{differences}\n<h2>Sources</h2>\n<ol class="sources">\n{sources}\n</ol>\n'
        "</body></html>\n"
    )


def _marks_html(brief: Brief, citations: tuple[Citation, ...]) -> str:
    return "".join(
        f'<a class="cite" href="#source-{n}">[{n}]</a>' for n in citation_marks(brief, citations)
    )


def _sentence_html(brief: Brief, sentence: BriefSentence) -> str:
    return f"<p>{escape(sentence.text)} {_marks_html(brief, sentence.citations)}</p>"


def _difference_html(brief: Brief, difference: Difference) -> str:
    sides = "".join(
        f'<li><em class="position">{escape(_position(side))}</em> — '
        f"{escape(side.claimant + ': ' if side.claimant else '')}{escape(side.claim)} "
        f"{_marks_html(brief, side.citations)}</li>"
        for side in difference.sides
    )
    return f"<h3>{escape(difference.label)}</h3><ul>{sides}</ul>"
