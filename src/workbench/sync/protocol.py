"""Protocol constants shared by the client engine and the server (docs/sync.md)."""

from __future__ import annotations

import uuid

PROTOCOL_VERSION = 1
#: Changes per push request, rows per pull page.
MAX_BATCH = 500
MAX_PAGE = 2000
#: Request bodies above this are refused before they are parsed.
MAX_BODY_BYTES = 8 * 1024 * 1024
#: A laptop may stay offline this long and reconnect with nothing reset: tombstones and the
#: change log are purged only after it (three times the common 30-day limit, with margin).
OFFLINE_HORIZON_DAYS = 120

# Change ids are derived from what the change is, so the same pending change sent twice
# (a lost answer) carries the same id.
_CHANGE_NS = uuid.UUID("5b0c7c0e-52a1-4d1e-9d53-6b1f0a9f3c11")


def change_id(node: str, table: str, row: uuid.UUID, stamp: str) -> uuid.UUID:
    return uuid.uuid5(_CHANGE_NS, f"{node}/{table}/{row}/{stamp}")


def conflict_id(change: uuid.UUID, field: str, loser: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(_CHANGE_NS, f"conflict/{change}/{field}/{loser}")
