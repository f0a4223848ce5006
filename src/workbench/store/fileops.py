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
