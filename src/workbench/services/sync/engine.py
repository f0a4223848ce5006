"""The client sync engine: sign in, push then pull until done, say where things stand.

Qt-free: the CLI drives it now and the window's background operations later. Offline is
a normal state, not an error: every step can stop anywhere (a cut connection, a killed
process) and the next sync resumes where it stopped, because the outbox is settled and
the pull cursor advanced in the same transaction as the data they describe.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select

from workbench.domain.meta import SYNC_CURSOR_KEY, OutboxEntry
from workbench.domain.sync import RefusedChange, SyncConflict, SyncFailure
from workbench.services.sync import adoption
from workbench.services.sync.apply import (
    apply_results,
    apply_rows,
    note_failure,
    set_cursor,
    sync_writes,
)
from workbench.services.sync.credentials import forget_token, load_token, save_token
from workbench.services.sync.duplicates import duplicate_count, follow_merges
from workbench.services.sync.outbox import PendingChange, pending_changes
from workbench.services.sync.preset import server_preset
from workbench.services.sync.transport import (
    HttpTransport,
    Offline,
    ResyncRequired,
    ServerTrouble,
    SignInNeeded,
    SyncError,
    new_client,
)
from workbench.store import bulk_load
from workbench.store.db import Database
from workbench.store.migrate import head_revision
from workbench.sync.codec import synced_tables
from workbench.sync.protocol import MAX_BATCH, MAX_PAGE
from workbench.texts import fill, translate

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

KEYS = {
    "server": "sync.server",
    "user_id": "sync.user_id",
    "user_name": "sync.user_name",
    "role": "sync.role",
    "team": "sync.team",
    "device_id": "sync.device_id",
    "device_code": "sync.device_code",
    "last_sync": "sync.last_sync",
    "last_error": "sync.last_error",
}


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # push | pull
    done: int
    total: int | None
    elapsed: float

    @property
    def seconds_left(self) -> float | None:
        if not self.total or not self.done or self.done >= self.total:
            return None
        return self.elapsed / self.done * (self.total - self.done)


@dataclass
class SyncReport:
    pushed: int = 0
    refused: list[str] = field(default_factory=list)
    failed: int = 0
    pulled: int = 0
    removed: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class SyncStatus:
    server: str | None
    user: str | None
    role: str | None
    team: str | None
    last_sync: datetime | None
    waiting: int
    conflicts: int
    refused: int
    failing: int
    last_error: str | None
    duplicates: int = 0  # customers entered twice (groups), offered for merging

    @property
    def signed_in(self) -> bool:
        return self.server is not None


Progress = Callable[[SyncProgress], None]


class SyncEngine:
    def __init__(self, db: Database, client: httpx.Client | None = None) -> None:
        self.db = db
        self._client = client
        self._client_lock = threading.Lock()

    @property
    def client(self) -> httpx.Client:
        """One connection pool for every call (the window's syncs and long polls share it
        across threads, which httpx allows); the tests pass an in-process client. Made
        when a server is first called: a window that is not signed in never loads httpx."""
        with self._client_lock:
            if self._client is None:
                self._client = new_client()
            return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    # -- signing in and out ---------------------------------------------------------------

    def login(
        self, server: str, user: str, password: str, device_name: str | None = None
    ) -> dict[str, Any]:
        server = normalise_server(server)
        preset = server_preset(self.db)
        if preset is not None and preset.locked and server != normalise_server(preset.url):
            locked = translate(
                "Sync",
                "Your IT department set this laptop's team server to %1; it signs in there only.",
            )
            raise SignInNeeded(fill(locked, preset.url))
        transport = HttpTransport(server, head_revision(), client=self.client)
        answer = transport.login(
            user, password, device_name or socket.gethostname(), self.db.node_id
        )
        who = answer["user"]
        adoption.check_same_person(self.db, server, str(who["id"]))
        save_token(server, self.db.node_id, str(answer["token"]))
        adoption.adopt(self.db, server, who, answer)
        return answer

    def logout(self) -> None:
        server = self.db.get_meta(KEYS["server"])
        if server is None:
            return
        token = load_token(server, self.db.node_id)
        if token:
            try:
                HttpTransport(server, head_revision(), token, self.client).logout()
            except SyncError as exc:
                log.info("sign-out not confirmed by the server: %s", exc)
        forget_token(server, self.db.node_id)
        # The account stays recorded: signing in again as the same person resumes where
        # the last sync stopped; another person is refused (adoption.check_same_person).
        self.db.set_meta(KEYS["server"] + ".signed_out", "1")

    def _transport(self) -> HttpTransport:
        server = self.db.get_meta(KEYS["server"])
        if server is None or self.db.get_meta(KEYS["server"] + ".signed_out") == "1":
            raise SignInNeeded(
                translate(
                    "Sync",
                    "This laptop is not signed in to a team server: "
                    "workbench sync login --server URL --user NAME",
                )
            )
        token = load_token(server, self.db.node_id)
        if not token:
            gone = translate(
                "Sync",
                "The sign-in for %1 is not in this computer's keyring any more; "
                "sign in again with workbench sync login.",
            )
            raise SignInNeeded(fill(gone, server))
        return HttpTransport(server, head_revision(), token, self.client)

    # -- syncing --------------------------------------------------------------------------

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Push every pending change, then pull until the server has nothing more."""
        transport = self._transport()
        report = SyncReport()
        started = time.monotonic()
        try:
            self._push_all(transport, report, progress, started)
            self._pull_all(transport, report, progress, started)
            if follow_merges(self.db):
                # Customers merged on another laptop: this one's references moved too.
                self._push_all(transport, report, progress, started)
        except SyncError as exc:
            self.db.set_meta(KEYS["last_error"], str(exc))
            raise
        self.db.set_meta(KEYS["last_error"], "")
        self.db.set_meta(KEYS["last_sync"], datetime.now(UTC).isoformat())
        report.seconds = time.monotonic() - started
        return report

    def _push_all(
        self,
        transport: HttpTransport,
        report: SyncReport,
        progress: Progress | None,
        started: float,
    ) -> None:
        total = self.waiting()
        sent: set[uuid.UUID] = set()
        while True:
            with self.db.read() as s:
                batch = pending_changes(
                    s.connection(), self.db.node_id, MAX_BATCH, datetime.now(UTC), sent
                )
            if not batch:
                return
            self._send(transport, [c for c in batch if c.fields], report)
            self._settle_vanished([c for c in batch if not c.fields])
            sent.update(c.id for c in batch if c.id is not None)
            if progress:
                done = report.pushed + len(report.refused) + report.failed
                progress(SyncProgress("push", done, total, time.monotonic() - started))

    def _send(
        self, transport: HttpTransport, batch: list[PendingChange], report: SyncReport
    ) -> None:
        """Push a batch; when the server fails on it, halve it until the change it fails
        on is alone, back that one off and send the rest (it never blocks the queue)."""
        if not batch:
            return
        try:
            answer = transport.push([c.wire() for c in batch])
        except ServerTrouble as exc:
            if len(batch) == 1:
                with sync_writes(self.db) as (conn, _changed):
                    note_failure(conn, batch[0], str(exc), datetime.now(UTC))
                report.failed += 1
                return
            half = len(batch) // 2
            self._send(transport, batch[:half], report)
            self._send(transport, batch[half:], report)
            return
        with sync_writes(self.db) as (conn, changed):
            accepted, refusals = apply_results(
                conn, changed, batch, answer.get("results", []), self.db.clock.receive
            )
        report.pushed += accepted
        report.refused += refusals

    def _settle_vanished(self, batch: list[PendingChange]) -> None:
        # Entries for a row that no longer exists here (removed from this person's view
        # after the change was made) were kept as refused changes when it went.
        if not batch:
            return
        seqs = [seq for c in batch for seq in c.seqs]
        with sync_writes(self.db) as (conn, _changed):
            for start in range(0, len(seqs), 500):
                chunk = seqs[start : start + 500]
                conn.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_(chunk)))

    def _pull_all(
        self,
        transport: HttpTransport,
        report: SyncReport,
        progress: Progress | None,
        started: float,
    ) -> None:
        cursor = int(self.db.get_meta(SYNC_CURSOR_KEY) or 0)
        pulling = _Pull(transport, report, progress)
        pulling.clock_receive = self.db.clock.receive
        # The next page is fetched while this one is written: the server's time and the
        # laptop's overlap instead of adding up (a first sync is hundreds of pages). A
        # page is still applied only after the one before it, with its cursor.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
            pulling.fetcher = fetcher
            first = pulling.first_page(cursor)
            bulk = is_bulk_pull(cursor, first)
            if bulk:
                with sync_writes(self.db) as (conn, _changed):
                    bulk_load.suspend(conn, synced_tables())
            page: dict[str, Any] | None = first
            try:
                while page is not None:
                    try:
                        page = self._apply_pages(pulling, page)
                    except ResyncRequired:
                        # Tombstones were purged while this laptop pulled: from the start.
                        page = pulling.first_page(0)
            finally:
                if bulk:
                    self._end_bulk()

    def _end_bulk(self) -> None:
        """The indexes and the search index back after a bulk pull, also when it stopped
        part way (offline, refused): the pages committed so far are searchable, and the
        next sync resumes as an ordinary pull. A killed process leaves this to the next
        open of the file (store.bulk_load)."""
        started = time.monotonic()
        more = True
        while more:
            # Step by step: a save in the window waits for one step, not for all of them.
            with sync_writes(self.db, refetchable=True) as (conn, changed):
                more, _created = bulk_load.restore_step(conn)
                if not more:
                    # The search text and index changed under every deal, account and
                    # contact: open views refresh once, at the end.
                    changed.update(("opportunity", "account", "contact"))
        log.info("indexes rebuilt after a bulk pull in %.1f s", time.monotonic() - started)

    def _apply_pages(self, pulling: _Pull, page: dict[str, Any]) -> dict[str, Any] | None:
        """Applies `page` and the ones after it in one transaction, up to PAGES_ROWS rows;
        returns the page to apply next, or None when the server has nothing more.

        A page's rows and its cursor commit together, so a cut between pages resumes
        after the last one committed. Each commit writes out every index page its rows
        touched, and pulled rows (random ids) land all over a table's indexes: an index
        page touched by several pages of a transaction is written once, not per page."""
        try:
            with sync_writes(self.db, refetchable=True) as (conn, changed):
                rows = 0
                while True:
                    rows += pulling.apply(conn, changed, page)
                    following = pulling.following(page)
                    if following is None or rows >= PAGES_ROWS:
                        break
                    page = following.result()
        except BaseException:
            pulling.cancel()
            raise
        for problem in pulling.problems:
            log.warning("pulled row skipped: %s", problem)
        pulling.problems.clear()
        return None if following is None else following.result()

    def wait_for_team(self, timeout: float = 25.0) -> bool:
        """Block (on the caller's thread) until the team's server has something new for
        this person after the last pull, or `timeout` seconds pass."""
        cursor = int(self.db.get_meta(SYNC_CURSOR_KEY) or 0)
        return bool(self._transport().wait(cursor, timeout).get("changed"))

    # -- where things stand ---------------------------------------------------------------

    def waiting(self) -> int:
        """Rows with changes not yet accepted by the server."""
        rows = select(OutboxEntry.table_name, OutboxEntry.row_id).distinct().subquery()
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(rows)) or 0)

    def status(self, *, count_waiting: bool = False) -> SyncStatus:
        """Where sync stands. The changes waiting to be sent are counted when signed in
        (or asked for): a database that was never synced has every change it ever made
        in its outbox (1.2 million rows on the 100,000-deal demo, 14 s of counting)."""
        meta = {k: self.db.get_meta(v) for k, v in KEYS.items()}
        signed_out = self.db.get_meta(KEYS["server"] + ".signed_out") == "1"
        signed_in = meta["server"] is not None and not signed_out
        with self.db.read() as s:
            conflicts = s.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved.is_(False), SyncConflict.deleted.is_(False))
            )
            refused = s.scalar(
                select(func.count())
                .select_from(RefusedChange)
                .where(RefusedChange.dismissed.is_(False))
            )
            failing = s.scalar(select(func.count()).select_from(SyncFailure))
        last = meta["last_sync"]
        return SyncStatus(
            server=None if signed_out else meta["server"],
            user=meta["user_name"],
            role=meta["role"],
            team=meta["team"],
            last_sync=datetime.fromisoformat(last) if last else None,
            waiting=self.waiting() if signed_in or count_waiting else 0,
            conflicts=int(conflicts or 0),
            refused=int(refused or 0),
            failing=int(failing or 0),
            last_error=meta["last_error"] or None,
            duplicates=duplicate_count(self.db) if meta["server"] else 0,
        )


#: A pull from the start of this many rows or more, or one of BULK_ROWS rows or more from
#: anywhere, drops the synced tables' secondary indexes and the search triggers and builds
#: them once at the end (store.bulk_load): for a first sync of a million rows that is a
#: fraction of keeping them current row by row. Below that (or with most of the rows
#: already here) rebuilding every index would cost more than it saves.
BULK_FIRST_ROWS = 5_000
BULK_ROWS = 200_000


def is_bulk_pull(cursor: int, first_page: dict[str, Any]) -> bool:
    total = len(first_page.get("changes", [])) + int(first_page.get("remaining") or 0)
    return total >= (BULK_FIRST_ROWS if cursor == 0 else BULK_ROWS)


#: Rows written in one transaction while pulling (a first sync: PAGES_ROWS / MAX_PAGE
#: pages per commit). Its writes hold the database's write lock for about a second.
PAGES_ROWS = 10_000


class _Pull:
    """One pull's pages as they come: the next one fetched ahead, each applied with its
    cursor, the count and the progress kept."""

    def __init__(
        self, transport: HttpTransport, report: SyncReport, progress: Progress | None
    ) -> None:
        self.transport, self.report, self.progress = transport, report, progress
        self.fetcher: ThreadPoolExecutor | None = None
        self.ahead: Future[dict[str, Any]] | None = None
        self.total: int | None = None
        self.started = time.monotonic()
        self.problems: list[str] = []
        self.clock_receive: Callable[[str], Any] | None = None

    def first_page(self, cursor: int) -> dict[str, Any]:
        try:
            return self.transport.pull(cursor, MAX_PAGE, True)
        except ResyncRequired:
            if cursor == 0:
                raise
            log.warning("cursor %s is older than the server keeps; pulling from 0", cursor)
            return self.transport.pull(0, MAX_PAGE, True)

    def following(self, page: dict[str, Any]) -> Future[dict[str, Any]] | None:
        """The page after `page`, already asked for (see apply), or None at the end."""
        return self.ahead if page.get("more") else None

    def cancel(self) -> None:
        if self.ahead is not None:
            self.ahead.cancel()

    def apply(self, conn: Any, changed: set[str], page: dict[str, Any]) -> int:
        assert self.fetcher is not None and self.clock_receive is not None
        self.ahead = None
        if page.get("more"):
            self.ahead = self.fetcher.submit(
                self.transport.pull, int(page["cursor"]), MAX_PAGE, False
            )
        changes = page.get("changes", [])
        if self.total is None:
            self.total = len(changes) + int(page.get("remaining") or 0)
        puts = [(c["table"], c["data"]) for c in changes if c["op"] == "put" and c.get("data")]
        removes = [(c["table"], uuid.UUID(str(c["row"]))) for c in changes if c["op"] == "remove"]
        self.problems += apply_rows(conn, changed, puts, removes, self.clock_receive)
        set_cursor(conn, int(page["cursor"]))
        self.report.pulled += len(puts)
        self.report.removed += len(removes)
        if self.progress:
            done = self.report.pulled + self.report.removed
            self.progress(
                SyncProgress("pull", done, max(self.total, done), time.monotonic() - self.started)
            )
        return len(changes)


def normalise_server(server: str) -> str:
    server = server.strip().rstrip("/")
    if "://" not in server:
        server = "https://" + server
    if not server.startswith(("http://", "https://")):
        wrong = translate("Sync", "'%1' is not a server address (https://host[:port]).")
        raise SignInNeeded(fill(wrong, server))
    return server


__all__ = ["Offline", "SyncEngine", "SyncProgress", "SyncReport", "SyncStatus"]
