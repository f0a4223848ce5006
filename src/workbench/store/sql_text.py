"""SQLAlchemy statements as the SQL text SQLite is sent, for code that must run them
before SQLAlchemy is imported (the first screen of a start, services/first_screen.py).

A statement becomes its SQL with `?` placeholders, what goes into each placeholder (a
value fixed in the statement, already converted as SQLAlchemy would send it, or one of the
parameters named at run time, with how to convert it) and the names and kinds of its
result columns. Kinds are the few conversions those readers need: "uuid" (32 hex digits in
SQLite), "utc" (a naive UTC time as text) and "" (what SQLite returns is the value).
"""

from __future__ import annotations

import pprint
from typing import Any

from sqlalchemy import Uuid
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.types import TypeEngine

from workbench.domain.base import UTCDateTime

# (sql, placeholders, columns); a placeholder is ("value", v) or ("param", name, kind)
Compiled = tuple[str, tuple[tuple[Any, ...], ...], tuple[tuple[str, str], ...]]


def kind_of(type_: TypeEngine[Any]) -> str:
    if isinstance(type_, Uuid):
        return "uuid"
    if isinstance(type_, UTCDateTime):
        return "utc"
    return ""


def as_sql_text(statement: ClauseElement, runtime: dict[str, Any]) -> Compiled:
    """`statement` for SQLite; `runtime` has an example value of every parameter that is
    named at run time (they decide how IN lists are spread, not the SQL's meaning)."""
    dialect = sqlite.dialect()
    compiled = statement.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    state = compiled.construct_expanded_state(runtime)
    processors: dict[str, Any] = {**compiled._bind_processors, **state.processors}
    placeholders: list[tuple[Any, ...]] = []
    for name in state.positiontup or ():
        if name in runtime:
            placeholders.append(("param", name, kind_of(compiled.binds[name].type)))
        else:
            value = state.parameters[name]
            process = processors.get(name)
            placeholders.append(("value", process(value) if process else value))
    columns = tuple(
        (column.key, kind_of(column.type))
        for column in getattr(statement, "selected_columns", ())
        if column.key is not None
    )
    return state.statement, tuple(placeholders), columns


def module_text(doc: str, constants: dict[str, Any]) -> str:
    """A Python module holding `constants`, as generated files are written."""
    lines = [f'"""{doc}"""', "", "# fmt: off", ""]
    for name, value in constants.items():
        # the width left on the first line after "NAME = ", for the project's 100 columns
        text = pprint.pformat(value, width=100 - len(name) - 3, sort_dicts=False)
        lines.append(f"{name} = {text}")
    return "\n".join(lines) + "\n"
