"""Bytes to text: reject binary files, detect the encoding of everything else; names and
texts that cannot be written as UTF-8 made safe to print and store."""

from __future__ import annotations

import os
from pathlib import PurePath

from charset_normalizer import from_bytes

from newsfuse.errors import InputError, NoContentError

# Share of control characters (other than whitespace) above which bytes are not text.
_MAX_CONTROL_SHARE = 0.05
_SAMPLE_BYTES = 65536
_WESTERN = ("cp1252", "latin_1", "iso8859_15")


def decode_bytes(data: bytes, name: str) -> str:
    """Decode ``data`` (read from ``name``) to text, detecting its encoding.

    Raises :class:`InputError` for binary data and :class:`NoContentError` for empty input.
    """
    if not data.strip():
        raise NoContentError("the file is empty", name)
    if _looks_binary(data[:_SAMPLE_BYTES]):
        raise InputError("this looks like a binary file, not text or HTML", name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    if not matches:
        raise InputError("cannot detect the text encoding; save it as UTF-8", name)
    best = matches[0]
    # Short texts often fit several code pages equally well; news in a legacy encoding is
    # most often Western European, so prefer those among the equally good.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return str(next((m for m in tied if m.encoding in _WESTERN), best))


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def safe_name(path: PurePath | str) -> str:
    r"""A file name as text that can always be printed and stored: the bytes of a name that is
    not valid UTF-8 (which Python holds as lone surrogates) are shown escaped as ``\xNN``.

    Example:
        >>> safe_name(os.fsdecode(b"caf\xe9.txt"))
        'caf\\xe9.txt'
        >>> safe_name("café.txt")
        'café.txt'
    """
    name = os.fspath(path)
    if _encodes(name):
        return name
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file-name byte stands for
        return safe_text(name)


def safe_text(text: str) -> str:
    r"""``text`` unchanged, or with its lone surrogates (which UTF-8 cannot encode; a JSON
    ``"\ud800"`` escape makes one) shown escaped as ``\udNNN``.

    Example:
        >>> safe_text("fire \ud800 crews")
        'fire \\ud800 crews'
    """
    if _encodes(text):
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
