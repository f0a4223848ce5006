"""Which columns of which synced models refer to a table: what must be repointed when a
record is replaced by another (a local person by the server's user, a duplicate customer
by the one kept)."""

from __future__ import annotations

from typing import Any

from workbench.domain.base import Base, Synced


def references_to(
    table: str, *, skip: frozenset[str] = frozenset()
) -> list[tuple[type[Synced], Any]]:
    found = []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if not issubclass(model, Synced) or model.__tablename__ in skip:  # type: ignore[attr-defined]
            continue
        for column in mapper.columns:
            if any(fk.column.table.name == table for fk in column.foreign_keys):
                found.append((model, getattr(model, column.key)))
    return found
