"""Small whole-database facts the shell needs."""

from __future__ import annotations

from sqlalchemy import exists, select

from workbench.domain.models import Account, Lead, Opportunity
from workbench.store.db import Database


def is_empty(db: Database) -> bool:
    """True when there is no account, lead or opportunity yet (a fresh database)."""
    with db.read() as s:
        for model in (Account, Opportunity, Lead):
            if s.scalar(select(exists().where(model.deleted.is_(False)))):
                return False
    return True
