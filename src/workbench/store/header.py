"""What a database file is, told from its first bytes without opening it (and without the
ORM: the window asks before it has loaded)."""

from __future__ import annotations

from pathlib import Path

from workbench.store.keys import key_id_of

# Written into the SQLite header ("SWKB") so a Workbench file is recognised without
# opening it read-write, and any other SQLite file is refused untouched.
APPLICATION_ID = 0x53574B42
SQLITE_MAGIC = b"SQLite format 3\x00"


def _header(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(size)
    except OSError:
        return b""


def is_encrypted(path: Path) -> bool:
    """Whether the file is an encrypted Workbench database (by its header alone)."""
    return key_id_of(_header(path, 16)) is not None


def is_plain_workbench_file(path: Path) -> bool:
    """A Workbench database that is not encrypted (by its header alone)."""
    header = _header(path, 100)
    return (
        len(header) == 100
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )
