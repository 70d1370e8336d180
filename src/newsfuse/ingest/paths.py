"""Paths the user named: walk a folder (the regular files in it to read, and why any other
entry that would have been read is skipped), and open only regular files.

Only regular files are ever opened: a FIFO blocks a reader forever, /dev/zero never ends, a
socket cannot be read. Links are followed only while they stay inside the folder (a link to
``~/.ssh`` in a downloaded folder must not be read into a store or a brief), and links to
folders are not walked (they may loop). ``os.walk`` does the walking; the checks are ours.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsfuse.errors import InputError
from newsfuse.ingest.decode import safe_name

Wanted = Callable[[Path], bool]


def walk_folder(folder: Path, wanted: Wanted) -> Iterator[Path | InputError]:
    """The files under ``folder`` (recursively, sorted by path) whose path ``wanted`` accepts:
    each a regular file to read, or an :class:`InputError` naming an entry that is skipped
    (not a regular file, a link that leaves the folder, a link to a folder, a broken link,
    a subfolder that cannot be listed).

    Example:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> _ = (root / "a.txt").write_text("report")
        >>> os.symlink("/etc/hostname", root / "b.txt")
        >>> [str(item).replace(str(root), "") for item in walk_folder(root, lambda p: True)]
        ['/a.txt', '/b.txt: a link to /etc/hostname, outside the folder']
    """
    inside = folder.resolve()
    found: list[tuple[Path, Path | InputError]] = []
    for where, folders, files in os.walk(folder, onerror=_raise_later(found)):
        here = Path(where)
        linked = [name for name in folders if (here / name).is_symlink()]
        for name in sorted(files + linked):
            path = here / name
            if wanted(path):
                found.append((path, _checked(path, inside)))
    for path, item in sorted(found, key=lambda pair: pair[0]):
        yield item if isinstance(item, InputError) else path


def _checked(path: Path, inside: Path) -> Path | InputError:
    """``path`` when it is a regular file that stays inside the folder, else why not."""
    try:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            target = path.resolve()
            if not target.is_relative_to(inside):
                return _skip(path, f"a link to {safe_name(target)}, outside the folder")
            if not target.exists():
                return _skip(path, "a broken link")
            mode = target.stat().st_mode
            if stat.S_ISDIR(mode):
                return _skip(path, "a link to a folder, not followed")
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of links (Python < 3.13)
        return _skip(path, f"cannot follow or examine it ({error})")
    if not stat.S_ISREG(mode):
        return _skip(path, f"not a regular file ({file_kind(mode)})")
    return path


def open_regular_file(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary mode; :class:`InputError` naming it when it is not
    a regular file (then it is never opened: opening a device may act on it) or cannot be
    opened."""
    name = safe_name(path)
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"not a regular file ({file_kind(mode)})", name)
        # O_NONBLOCK: should the path turn into a FIFO after the check, opening it won't hang.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror})", name) from error
    handle = open(descriptor, "rb")  # noqa: SIM115  # the caller closes it
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        handle.close()
        raise InputError("not a regular file", name)
    return handle


def file_kind(mode: int) -> str:
    """What an entry that is not a regular file is, in words.

    Example:
        >>> file_kind(stat.S_IFIFO)
        'a FIFO'
    """
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    return next((name for test, name in kinds if test(mode)), "not a file")


def _skip(path: Path, reason: str) -> InputError:
    return InputError(reason, safe_name(path))


def _raise_later(found: list[tuple[Path, Path | InputError]]) -> Callable[[OSError], None]:
    def record(error: OSError) -> None:
        path = Path(error.filename or "")
        found.append((path, _skip(path, f"cannot list this folder ({error.strerror})")))

    return record
