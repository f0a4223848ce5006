"""Column helpers shared by the model modules."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, ForeignKey, Uuid
from sqlalchemy.orm import mapped_column


def enum_column(enum: type[StrEnum], **kw: Any) -> Any:
    # Stored as plain strings (no CHECK, no native enum): a new member needs no migration
    # and older clients syncing newer values do not fail on insert.
    return mapped_column(
        Enum(
            enum,
            native_enum=False,
            create_constraint=False,
            length=24,
            values_callable=lambda e: [m.value for m in e],
            validate_strings=True,
        ),
        **kw,
    )


def fk(target: str, *, nullable: bool = True, index: bool = True, use_alter: bool = False) -> Any:
    return mapped_column(
        Uuid, ForeignKey(target, use_alter=use_alter), nullable=nullable, index=index
    )


UUID = uuid.UUID
