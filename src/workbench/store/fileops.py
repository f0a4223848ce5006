"""Small file-system steps that make writes durable and leave nothing half-done."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

#: the files SQLite keeps beside a database while it is open
SIDECARS = ("-wal", "-shm", "-journal")


def remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *SIDECARS):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def fsync_folder(folder: Path) -> None:
    # A rename is durable only once the folder's entry is on disk (POSIX; Windows has no
    # directory handles to sync and doesn't need it).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def abandoned(entry: Path) -> bool:
    """Whether a temporary file named `...{pid}-{random}[.suffix][-wal|-shm|-journal]`
    belongs to a process that has ended (killed mid-way). Names without a pid count as
    abandoned."""
    name = entry.name
    for suffix in SIDECARS:
        name = name.removesuffix(suffix)
    tag = name.removesuffix(".partial").rsplit(".", 1)[-1].rsplit("new-", 1)[-1]
    pid = tag.split("-")[-2] if tag.count("-") >= 1 else ""
    return not (pid.isdigit() and process_alive(int(pid)))
