"""Folders are walked safely: only regular files inside the folder are read; FIFOs, sockets,
devices, links that leave the folder and links to folders are skipped with a reason."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.files import expand_paths, read_limited
from newsfuse.ingest.paths import open_regular_file, walk_folder


def everything(path: Path) -> bool:
    return True


def walked(folder: Path) -> list[str]:
    return [
        str(item).replace(f"{folder}/", "") if isinstance(item, InputError) else item.name
        for item in walk_folder(folder, everything)
    ]


def test_regular_files_and_links_inside_are_read_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("two")
    (tmp_path / "one.txt").write_text("one")
    os.symlink("b/two.txt", tmp_path / "link.txt")
    assert walked(tmp_path) == ["two.txt", "link.txt", "one.txt"]


def test_special_files_and_escaping_links_are_skipped_with_reasons(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    os.mkfifo(folder / "fifo.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink(outside / "secret.txt", folder / "secret.txt")
    os.symlink("../../outside", folder / "sub" / "up")
    os.symlink("sub", folder / "down")
    os.symlink("missing.txt", folder / "broken.txt")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(folder / "sock.txt"))
    assert walked(folder) == [
        "broken.txt: a broken link",
        "down: a link to a folder, not followed",
        "fifo.txt: not a regular file (a FIFO)",
        f"secret.txt: a link to {outside}/secret.txt, outside the folder",
        "sock.txt: not a regular file (a socket)",
        f"sub/up: a link to {outside}, outside the folder",
        "zero.txt: a link to /dev/zero, outside the folder",
    ]


def test_only_wanted_names_are_examined(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.bin")
    (tmp_path / "a.txt").write_text("a")
    assert list(walk_folder(tmp_path, lambda p: p.suffix == ".txt")) == [tmp_path / "a.txt"]


def test_a_link_loop_is_skipped(tmp_path: Path) -> None:
    os.symlink("loop-b.txt", tmp_path / "loop-a.txt")
    os.symlink("loop-a.txt", tmp_path / "loop-b.txt")
    items = list(walk_folder(tmp_path, everything))
    assert all(isinstance(item, InputError) for item in items) and len(items) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_a_subfolder_that_cannot_be_listed_is_named(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert walked(tmp_path) == ["locked: cannot list this folder (Permission denied)"]
    finally:
        locked.chmod(0o755)


def test_open_regular_file_never_opens_a_fifo_or_a_device(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(InputError, match="fifo: not a regular file \\(a FIFO\\)"):
        open_regular_file(tmp_path / "fifo")
    with pytest.raises(InputError, match="/dev/zero: not a regular file \\(a character device"):
        open_regular_file(Path("/dev/zero"))
    with pytest.raises(InputError, match="cannot read the file"):
        open_regular_file(tmp_path / "missing")


def test_read_limited_stops_at_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 1001)
    with pytest.raises(InputError, match="big.txt: file is 1001 bytes, more than 1000"):
        read_limited(path, limit=1000)
    assert read_limited(path, limit=1001) == b"x" * 1001


def test_expand_paths_puts_skipped_entries_in_their_place(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.md").write_text("c")
    os.mkfifo(tmp_path / "d.fifo")  # not a report name: not examined at all
    items = expand_paths([tmp_path])
    assert [type(item).__name__ for item in items] == ["PosixPath", "InputError", "PosixPath"]
    assert "b.txt: not a regular file (a FIFO)" in str(items[1])


def test_undecodable_names_are_shown_escaped(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    os.mkfifo(folder + b"/caf\xe9.txt")
    (error,) = expand_paths([tmp_path])
    assert str(error).endswith("caf\\xe9.txt: not a regular file (a FIFO)")
    str(error).encode("utf-8")  # printable and storable
