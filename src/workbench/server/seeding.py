"""Seeding the server from a laptop's Workbench file (`workbench-server import-database`).

A team that starts syncing usually has its history in one person's database already.
Pushing a million rows through the laptop's outbox would take hours of HTTP round trips;
this writes them straight into `sv_row` as if that person had pushed them, in one
transaction that holds the sequence counter's lock (so pulls see all of it or none).

The rows become the chosen server user's, as a laptop's first sign-in makes the local
people's rows the signed-in person's (services/sync/adoption.py). The file's people and
teams are not imported: people and teams come from the server.

Memory stays bounded by the number of deals, not rows: rows are streamed from SQLite in
chunks and written as they come; only each deal's and offer's scope (for its children)
and who else sees it are kept.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite

from workbench.errors import WorkbenchError
from workbench.server import schema
from workbench.server.errors import Conflict, InvalidInput, NotFound
from workbench.server.identity import Caller
from workbench.server.records import UserRecord, user_by
from workbench.server.row_store import RowState, upsert_rows
from workbench.server.visibility import ScopeResolver
from workbench.store.hlc import HybridLogicalClock
from workbench.sync.codec import SyncedTable, encode, synced_tables

#: Not imported: people and teams are the server's; the outbox and conflict records are
#: one laptop's bookkeeping, which the server makes for itself.
SKIPPED = frozenset({"user", "team", "sync_outbox", "sync_conflict"})
#: What the fields' metadata names as the device that wrote an imported value.
IMPORT_DEVICE = "import"
CHUNK = 5000
_PARENTS = frozenset({"opportunity", "offer", "offer_version"})


@dataclass
class ImportSummary:
    user: str
    rows: int = 0
    by_table: dict[str, int] = field(default_factory=dict)
    shared_deals: int = 0
    renumbered_offers: int = 0
    first_seq: int = 0
    last_seq: int = 0
    seconds: float = 0.0


Progress = Callable[[str, int], None]


def import_database(
    engine: Engine,
    path: Path,
    user_name: str,
    *,
    chunk: int = CHUNK,
    progress: Progress | None = None,
) -> ImportSummary:
    """Write every synced row of the Workbench file at `path` into the server as
    `user_name`'s. Refuses, changing nothing, when any of its rows is on the server
    already (the file was imported before, or a laptop with it has synced)."""
    started = time.monotonic()
    source = _open_source(path)
    try:
        with engine.begin() as conn:
            user = user_by(conn, schema.user.c.name == " ".join(user_name.split()))
            if user is None:
                raise NotFound(f"There is no user named {user_name!r} on this server.")
            summary = ImportSummary(user.name)
            _Importer(conn, source, user, summary, chunk, progress).run()
    finally:
        source.dispose()
    summary.seconds = time.monotonic() - started
    return summary


def _open_source(path: Path) -> Engine:
    # The app's own opening (store.db.connect): an encrypted file is read with the key
    # from this machine's keyring, and nothing is written to the file.
    from sqlcipher3 import dbapi2

    from workbench.store import db as store_db
    from workbench.store.migrate import head_revision

    try:
        if not path.is_file() or store_db.classify_file(path) != "workbench":
            raise InvalidInput(f"{path} is not a Sales Workbench database.")
        raw = store_db.connect(path, read_only=True)
        try:
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            raw.close()
    except WorkbenchError as exc:
        raise InvalidInput(f"{path} is not a Sales Workbench database ({exc})") from None
    if row is None or row[0] != head_revision():
        raise InvalidInput(
            f"{path} is at database revision {row[0] if row else 'none'}, this server "
            f"expects {head_revision()}: open it once with this version of Sales Workbench "
            "(which upgrades it) and import it again."
        )
    return create_engine(
        "sqlite://",
        module=dbapi2,
        creator=lambda: store_db.connect(path, read_only=True, check_same_thread=False),
    )


class _Importer:
    def __init__(
        self,
        conn: Connection,
        source: Engine,
        user: UserRecord,
        summary: ImportSummary,
        chunk: int,
        progress: Progress | None,
    ) -> None:
        self.conn = conn
        self.source = source
        self.user = user
        self.me = str(user.id)
        self.summary = summary
        self.chunk = chunk
        self.progress = progress
        # A caller only for working out scopes: the rows are this user's.
        self.caller = Caller(
            user.id, user.name, user.role, user.team_id, uuid.UUID(int=0), "IMP", IMPORT_DEVICE
        )
        self.resolver = ScopeResolver(conn)
        self.clock = HybridLogicalClock(IMPORT_DEVICE)
        self.access: dict[uuid.UUID, set[uuid.UUID]] = {}
        self.postgres = conn.dialect.name == "postgresql"

    def run(self) -> None:
        c = schema.counter.c
        last = self.conn.execute(
            select(c.value).where(c.name == "seq").with_for_update()
        ).scalar_one()
        self.seq = self.summary.first_seq = int(last)
        tables = synced_tables()
        from workbench.domain.models import Base

        # Parents before children, so a task finds its deal's scope in the resolver.
        order = [t.name for t in Base.metadata.sorted_tables if t.name in tables]
        for name in order:
            if name not in SKIPPED:
                self._table(tables[name])
        self._write_access()
        if self.postgres:
            # The planner's statistics would otherwise describe the tables before the
            # import until autovacuum comes by, and pulls would be planned for a few rows.
            self.conn.exec_driver_sql("ANALYZE sv_row")
            self.conn.exec_driver_sql("ANALYZE sv_access")
        self.summary.first_seq += 1
        self.summary.last_seq = self.seq
        self.conn.execute(update(schema.counter).where(c.name == "seq").values(value=self.seq))

    # -- reading ---------------------------------------------------------------------------

    def _table(self, spec: SyncedTable) -> None:
        user_columns = [
            name
            for name, column in spec.columns.items()
            if any(fk.column.table.name == "user" for fk in column.foreign_keys)
        ]
        names = list(spec.columns)
        count = 0
        with self.source.connect() as src:
            result = src.execution_options(yield_per=self.chunk).execute(
                select(*(spec.table.c[n] for n in names))
            )
            for rows in result.partitions():
                states = [self._state(spec, names, user_columns, r) for r in rows]
                if spec.name == "offer":
                    for s in states:
                        self._claim_number(s)
                self._write(states)
                count += len(states)
                if self.progress:
                    self.progress(spec.name, count)
        if count:
            self.summary.by_table[spec.name] = count
            self.summary.rows += count

    def _state(
        self, spec: SyncedTable, names: list[str], user_columns: list[str], row: Any
    ) -> _Row:
        data = {name: encode(value) for name, value in zip(names, row, strict=True)}
        for name in user_columns:
            if data[name] is not None:
                data[name] = self.me
        stamp = data.get("stamp") or self.clock.now()
        data["stamp"] = stamp
        row_id = uuid.UUID(data["id"])
        self.seq += 1
        meta = [stamp, self.seq, IMPORT_DEVICE, self.me]
        scope = self.resolver.scope(spec.name, row_id, data, self.caller)
        if spec.name in _PARENTS:
            self.resolver.remember(spec.name, row_id, scope)
        if spec.name in ("opportunity_share", "task") and scope.deal_id is not None:
            self._note_access(spec.name, data, scope.deal_id)
        # Every field has the same metadata: the dict is made only where it is needed (see
        # _Row), since making 15 lists per row took a quarter of the import's time.
        return _Row(spec.name, row_id, data, {}, scope, False, dirty=True, seq=self.seq, meta=meta)

    def _note_access(self, table: str, data: dict[str, Any], deal: uuid.UUID) -> None:
        # The rule of ingest_access._refresh_access: shares, and tasks while they are open.
        if data.get("deleted") or (table == "task" and data.get("done_at")):
            return
        person = _uuid(data.get("user_id" if table == "opportunity_share" else "assignee_id"))
        if person is not None:
            self.access.setdefault(deal, set()).add(person)

    def _claim_number(self, state: _Row) -> None:
        """Offer numbers are unique across the team (ingest._claim_unique): a number
        another offer on the server holds already gets "-IMP" (then -IMP2, ...) appended,
        as the server's own change."""
        value = str(state.data.get("number") or "")
        if not value:
            return
        u = schema.unique_value.c
        candidate, n = value, 1
        while (
            holder := self.conn.scalar(
                select(u.row_id).where(
                    u.table_name == "offer", u.field == "number", u.value == candidate
                )
            )
        ) is not None and holder != state.row_id:
            n += 1
            candidate = f"{value}-IMP{'' if n == 2 else n - 1}"[:40]
        self.conn.execute(
            schema.unique_value.insert().values(
                table_name="offer", field="number", value=candidate, row_id=state.row_id
            )
        )
        if candidate != value:
            stamp = self.clock.now()
            state.fields = _full_fields(state)
            state.data["number"] = candidate
            state.fields["number"] = [stamp, state.seq, "server", None]
            state.data["stamp"] = max(state.data["stamp"], stamp)
            self.summary.renumbered_offers += 1

    # -- writing ---------------------------------------------------------------------------

    def _write(self, states: list[_Row]) -> None:
        if not states:
            return
        if self.postgres:
            self._copy(states)
            return
        # SQLite (a one-box trial): upsert_rows would overwrite, so look first.
        r = schema.row.c
        keys = [(s.table, s.row_id) for s in states]
        for start in range(0, len(keys), 500):
            found = self.conn.execute(
                select(r.table_name, r.row_id).where(
                    tuple_(r.table_name, r.row_id).in_(keys[start : start + 500])
                )
            ).first()
            if found is not None:
                raise _already_there(found[0], found[1])
        for s in states:
            s.fields = _full_fields(s)
        upsert_rows(self.conn, list[RowState](states))

    def _copy(self, states: list[_Row]) -> None:
        """COPY into sv_row over the transaction's own psycopg connection: about three
        times faster than multi-row INSERTs at a million rows. A row that is there
        already fails the COPY, and with it the whole import."""
        raw: Any = self.conn.connection.driver_connection
        now = datetime.now(UTC)
        columns = (
            "table_name, row_id, seq, data, fields, deleted, deleted_at, kind, owner_id, "
            "team_id, deal_id"
        )
        dumps = json.dumps
        templates: dict[str, list[str]] = {}
        try:
            with raw.cursor() as cur, cur.copy(f"COPY sv_row ({columns}) FROM STDIN") as copy:
                for s in states:
                    sc = s.scope
                    if s.fields:
                        fields = dumps(s.fields)
                    else:
                        parts = templates.get(s.table)
                        if parts is None:
                            parts = templates[s.table] = _fields_template(s.data)
                        fields = dumps(s.meta).join(parts)
                    copy.write_row(
                        (
                            s.table,
                            s.row_id,
                            s.seq,
                            dumps(s.data),
                            fields,
                            s.deleted,
                            now if s.deleted else None,
                            sc.kind,
                            sc.owner_id,
                            sc.team_id,
                            sc.deal_id,
                        )
                    )
        except Exception as exc:
            import psycopg.errors

            if isinstance(exc, psycopg.errors.UniqueViolation):
                raise _already_there(None, None) from exc
            raise

    def _write_access(self) -> None:
        rows = [
            {"deal_id": deal, "user_id": person}
            for deal, people in self.access.items()
            for person in sorted(people)
        ]
        self.summary.shared_deals = len(self.access)
        make = postgresql.insert if self.postgres else sqlite.insert
        stmt = make(schema.access).on_conflict_do_nothing()
        for start in range(0, len(rows), 5000):
            self.conn.execute(stmt, rows[start : start + 5000])


@dataclass
class _Row(RowState):
    meta: list[Any] = field(default_factory=list)


def _full_fields(state: _Row) -> dict[str, list[Any]]:
    if state.fields:
        return state.fields
    return {name: list(state.meta) for name in state.data if name not in ("id", "stamp")}


def _fields_template(data: dict[str, Any]) -> list[str]:
    """The fields document of a row as the text around its one repeated metadata:
    json.dumps(meta).join(parts) is json.dumps({name: meta for each field})."""
    names = [name for name in data if name not in ("id", "stamp")]
    return (
        ["{" + json.dumps(names[0]) + ": "]
        + [", " + json.dumps(name) + ": " for name in names[1:]]
        + ["}"]
    )


def _already_there(table: str | None, row_id: uuid.UUID | None) -> Conflict:
    which = f" ({table} {row_id})" if table else ""
    return Conflict(
        "Rows of this file are on the server already" + which + ": it was imported "
        "before, or a laptop with this data has synced. Nothing was imported."
    )


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
