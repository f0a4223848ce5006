"""The team server's address as IT presets it (deployment.json, "sync": {"server_url":
…, "lock_server": true}).

The deployment file as installed now wins, so IT can move the team to another server by
rolling out a new file; without one, the address the file gave when the database was
made is used. A locked address is the only one this laptop signs in to.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from workbench.deployment import (
    SYNC_LOCK_KEY,
    SYNC_SERVER_KEY,
    DeploymentError,
    load_deployment,
)
from workbench.store.db import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerPreset:
    url: str
    locked: bool


def server_preset(db: Database) -> ServerPreset | None:
    try:
        deployment = load_deployment()
    except DeploymentError as exc:  # the app said so at start; sign-in still works
        log.warning("deployment settings ignored for the sync server: %s", exc)
        deployment = None
    if deployment is not None and SYNC_SERVER_KEY in deployment.meta:
        meta = deployment.meta
        return ServerPreset(meta[SYNC_SERVER_KEY], meta.get(SYNC_LOCK_KEY) == "1")
    url = db.get_meta(SYNC_SERVER_KEY)
    if url:
        return ServerPreset(url, db.get_meta(SYNC_LOCK_KEY) == "1")
    return None
