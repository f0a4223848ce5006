"""Reading and writing the team's settings (domain.settings.TeamSetting).

A value set on the team (synced) wins over the same key in the database's local meta,
which holds what IT's deployment file preset and what older versions stored; so a laptop
shows its preset until the team sets the value, and the team's value once it has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from workbench.domain.meta import Meta
from workbench.domain.setting_values import merged_settings
from workbench.domain.settings import TeamSetting, setting_id
from workbench.store.db import Database
from workbench.store.uow import UnitOfWork


def read_settings(db: Database, keys: Iterable[str]) -> dict[str, str]:
    with db.read() as s:
        return settings_in(s, keys)


def settings_in(s: Session, keys: Iterable[str]) -> dict[str, str]:
    """`read_settings` inside a read the caller has open already."""
    local, team = settings_statements(keys)
    return merged_settings(s.execute(local).all(), s.execute(team).all())


def settings_statements(keys: Iterable[str]) -> tuple[Select[str, str], Select[str, str]]:
    """The queries for `keys`: this laptop's own values, and the team's."""
    wanted = list(keys)
    local = select(Meta.key, Meta.value).where(Meta.key.in_(wanted))
    team = select(TeamSetting.key, TeamSetting.value).where(
        TeamSetting.key.in_(wanted), TeamSetting.deleted.is_(False)
    )
    return local, team


def read_setting(db: Database, key: str) -> str | None:
    return read_settings(db, [key]).get(key)


def write_settings(uow: UnitOfWork, values: Mapping[str, str]) -> None:
    s = uow.session
    for key, value in values.items():
        row = s.get(TeamSetting, setting_id(key))
        if row is None:
            s.add(TeamSetting(id=setting_id(key), key=key, value=value))
        elif row.value != value or row.deleted:
            row.value, row.deleted = value, False
