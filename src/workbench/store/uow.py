"""The unit of work: the one path every write takes.

It opens a write session, and before each flush stamps every new or changed synced row
with the hybrid logical clock, sets `updated_at`, refuses hard deletes of synced rows, and
appends an outbox entry per changed row, all in the same transaction as the change itself.
After commit it tells the database's listeners which tables changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, Table, event, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session

from workbench.domain.base import Synced, utcnow
from workbench.domain.meta import SYNC_CURSOR_KEY, Meta, OutboxEntry
from workbench.errors import HardDeleteRefused

if TYPE_CHECKING:
    from workbench.store.db import Database

# SQLite's default limit of bound parameters per statement (the bundled SQLCipher allows
# more; its driver has no getlimit to ask).
MAX_VARIABLES = 32766

# Set on every change by the unit of work itself, so listed in no entry's fields.
_ALWAYS_SENT = frozenset({"stamp", "updated_at"})


class UnitOfWork:
    def __init__(self, db: Database) -> None:
        db.ensure_writable()
        self.db = db
        self.session: Session = db.write_sessions()
        self.changed_tables: set[str] = set()
        self._committed = False
        self._base: int | None = None
        event.listen(self.session, "before_flush", self._before_flush)
        event.listen(self.session, "do_orm_execute", self._refuse_unstamped_bulk)

    def __enter__(self) -> UnitOfWork:
        self.session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None and not self._committed:
                self.commit()
            elif not self._committed:
                self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        self.session.commit()
        self._committed = True
        if self.changed_tables:
            self.db.notify(frozenset(self.changed_tables))

    # -- stamping ------------------------------------------------------------------------

    def _before_flush(self, session: Session, _ctx: Any, _instances: Any) -> None:
        now = utcnow()
        entries: list[OutboxEntry] = []
        for obj in session.deleted:
            if isinstance(obj, Synced):
                raise HardDeleteRefused(
                    f"{type(obj).__name__} rows are synced and can only be marked deleted."
                )
        for obj in list(session.new):
            if isinstance(obj, Synced):
                if obj.id is None:
                    obj.id = uuid.uuid4()
                obj.stamp = self.db.clock.now()
                obj.created_at = obj.created_at or now
                obj.updated_at = now
                if obj.deleted is None:
                    obj.deleted = False
                entries.append(self._entry(obj, "insert", now, ""))
        for obj in list(session.dirty):
            if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
                state = inspect(obj)
                deleted_hist = state.attrs.deleted.history
                op = "delete" if deleted_hist.added and deleted_hist.added[0] else "update"
                changed = [
                    attr.key
                    for attr in state.mapper.column_attrs
                    if attr.key not in _ALWAYS_SENT and state.attrs[attr.key].history.has_changes()
                ]
                obj.stamp = self.db.clock.now()
                obj.updated_at = now
                entries.append(self._entry(obj, op, now, ",".join(changed)))
        session.add_all(entries)

    def _entry(self, obj: Synced, op: str, now: Any, fields: str) -> OutboxEntry:
        table = type(obj).__tablename__  # type: ignore[attr-defined]
        self.changed_tables.add(table)
        return OutboxEntry(
            table_name=table,
            row_id=obj.id,
            stamp=obj.stamp,
            op=op,
            at=now,
            fields=fields,
            base=self.base(),
        )

    def base(self) -> int:
        """The server sequence pulled so far, read once per unit of work: the changes
        made here were made knowing the team's data up to it."""
        if self._base is None:
            value = self.session.connection().scalar(
                select(Meta.value).where(Meta.key == SYNC_CURSOR_KEY)
            )
            self._base = int(value) if value else 0
        return self._base

    def _refuse_unstamped_bulk(self, state: ORMExecuteState) -> None:
        # An UPDATE or DELETE statement skips before_flush, so it would change synced rows
        # without stamps or outbox entries; only bulk_update (which stamps) may issue one.
        if not (state.is_update or state.is_delete) or state.execution_options.get("stamped"):
            return
        mapper = state.bind_mapper
        target = mapper.class_ if mapper is not None else None
        table = getattr(state.statement, "table", None)
        synced = (target is not None and issubclass(target, Synced)) or (
            table is not None and "stamp" in getattr(table, "c", {})
        )
        if synced:
            raise HardDeleteRefused(
                "Synced rows are changed through the unit of work (objects or bulk_update), "
                "never by a bare UPDATE/DELETE statement."
            )

    # -- bulk ----------------------------------------------------------------------------

    def bulk_insert(self, model: type[Synced], rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert many rows at once (demo data, imports), stamped and recorded in the outbox
        exactly as single writes are. Missing columns get their model defaults."""
        now = utcnow()
        table = cast(Table, model.__table__)  # type: ignore[attr-defined]
        clock = self.db.clock
        prepared: list[dict[str, Any]] = []
        for row in rows:
            r = dict(row)
            r.setdefault("id", uuid.uuid4())
            r["stamp"] = clock.now()
            r.setdefault("deleted", False)
            r.setdefault("created_at", now)
            r["updated_at"] = now
            prepared.append(r)
        if not prepared:
            return 0
        self.session.flush()
        _execute_many(self.session, table, prepared)
        base = self.base()
        outbox = [
            {
                "table_name": table.name,
                "row_id": r["id"],
                "stamp": r["stamp"],
                "op": "insert",
                "at": now,
                "fields": "",
                "base": base,
            }
            for r in prepared
        ]
        _execute_many(self.session, cast(Table, OutboxEntry.__table__), outbox)
        self.changed_tables.add(table.name)
        return len(prepared)

    def bulk_update(
        self, model: type[Synced], where: ColumnElement[bool], values: Mapping[str, Any]
    ) -> int:
        """UPDATE many rows at once, stamped and recorded in the outbox like single writes
        (one stamp for the whole statement: it is one change)."""
        ids = list(self.session.scalars(select(model.id).where(where)))
        if not ids:
            return 0
        now = utcnow()
        stamp = self.db.clock.now()
        table = model.__tablename__  # type: ignore[attr-defined]
        op = "delete" if values.get("deleted") is True else "update"
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            self.session.execute(
                update(model)
                .where(model.id.in_(chunk))
                .values(**values, stamp=stamp, updated_at=now)
                .execution_options(stamped=True, synchronize_session=False)
            )
        fields = ",".join(k for k in values if k not in _ALWAYS_SENT)
        base = self.base()
        self.session.execute(
            insert(cast(Table, OutboxEntry.__table__)),
            [
                {
                    "table_name": table,
                    "row_id": i,
                    "stamp": stamp,
                    "op": op,
                    "at": now,
                    "fields": fields,
                    "base": base,
                }
                for i in ids
            ],
        )
        self.changed_tables.add(table)
        return len(ids)

    def soft_delete(self, obj: Synced) -> None:
        obj.deleted = True


def _execute_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany of plain tuples through the driver.

    SQLAlchemy's per-row parameter handling costs more than SQLite's insert itself at
    100,000 rows, so values are converted with each column's own bind processor (the same
    conversion SQLAlchemy would apply) and handed to the driver directly. Other dialects
    (the sync server) take the ordinary Core path.
    """
    conn = session.connection()
    keys = set().union(*(r.keys() for r in rows))
    unknown = keys - set(table.c.keys())
    if unknown:
        raise ValueError(f"{table.name} has no column(s) {sorted(unknown)}")
    for column in table.c:
        if column.key in keys or column.default is None:
            continue
        default = column.default
        for r in rows:
            if default.is_scalar:
                r[column.key] = default.arg  # type: ignore[attr-defined]
            elif default.is_callable:
                r[column.key] = default.arg(None)  # type: ignore[attr-defined]
        keys.add(column.key)
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    columns = [table.c[k] for k in sorted(keys)]
    converters = [_memoized(c.type._cached_bind_processor(conn.dialect)) for c in columns]
    names = ", ".join(f'"{c.name}"' for c in columns)
    marks = "(" + ", ".join("?" for _ in columns) + ")"
    params = [
        tuple(convert(r.get(c.key)) for c, convert in zip(columns, converters, strict=True))
        for r in rows
    ]
    # Many rows per statement rather than an executemany of one-row statements: SQLite
    # opens a statement savepoint per statement, and the search index's FTS5 tables
    # (store/search_index.py, filled by triggers) write out their pending entries at each
    # savepoint, which made every row a separate index write.
    per = max(1, MAX_VARIABLES // len(columns))
    for start in range(0, len(params), per):
        chunk = params[start : start + per]
        conn.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({names}) VALUES {", ".join([marks] * len(chunk))}',
            tuple(value for row in chunk for value in row),
        )


def _memoized(processor: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    """Most bulk columns repeat a few values (owner, stage, status, the batch's timestamp):
    convert each distinct value once. Unique columns stop caching after a bound."""
    if processor is None:
        return lambda value: value
    cache: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return cache[type(value), value]
        except KeyError:
            converted = processor(value)
            if len(cache) < 4096:
                cache[type(value), value] = converted
            return converted
        except TypeError:  # unhashable
            return processor(value)

    return convert
