"""First sync of a new laptop in a team whose server holds the 100,000-deal demo.

Usage: python benchmarks/sync_first_bench.py [--runs 3] [--db PATH] [--history-days N]
                                             [--keep-server NAME] [--profile PATH]

Setup (not timed): benchmarks/data/board-100k.sqlite (built by board_bench.py's helper
when missing) is imported into a fresh PostgreSQL database with `import-database` as the
manager "boss"'s data; "reader", a second manager of the same team, sees all of it. A real
`workbench-server serve` process answers on a loopback port.

--keep-server NAME imports into the PostgreSQL database NAME and keeps it; a later run with
the same NAME finds it and measures again without importing (drop it by hand when done).
--profile PATH writes a cProfile of the laptop's sync (main thread) to PATH (then the
timings are the profiler's, not the app's).

--no-bulk measures the pull the way it was before bulk first syncs (the indexes and search
triggers kept current row by row; engine.is_bulk_pull never true), for comparison.

--history-days N imports a copy of the demo that keeps only its last N days of history:
activities and deal events before then, and tasks due before then and done, are left
out (the demo's year of history is 2.6 million synced rows; 90 days is about 1.06 million,
the size the first-sync target was set for). Deals, customers, leads and offers are all
kept.

Timed, in a child process (so its memory is the app's alone): a new empty laptop database
(open_workbench), SyncEngine.login as "reader", SyncEngine.sync(). Prints `name value unit`:

  first_sync_s        median wall time of the child's open + sign-in + sync (spread on stderr)
  first_sync_rss_mb   the child's own peak RSS (median): VmHWM of its address space. Not
                      getrusage's ru_maxrss: on Linux a child started by fork/vfork + exec
                      keeps in ru_maxrss the high-water mark of the address space it
                      replaced, which is the parent's (here the benchmark after importing
                      the demo into the server, about 1.2 GB)
  inherited_rss_mb    the child's ru_maxrss, for comparison (median)
  first_sync_cpu_s    CPU time (user + system) of the child, all threads (median): less
                      sensitive than the wall time to other work on the machine
  progress_calls      progress callbacks during the sync (median)
  rows                rows received
  import_s            the import, for the record
  floor_s             SELECT of the same rows over psycopg on loopback + a raw sqlite3
                      executemany INSERT of as many rows (one transaction)
  first_sync_ratio    first_sync_s / floor_s
  server_cpu_s        CPU time of the server process during the laptop's run (median;
                      PostgreSQL's own processes not included)
  rebuild_s           of the sync, the indexes and search index built at the end of a bulk
                      pull (median)
  same_schema         1 when every run's synced file has the indexes and triggers of a
                      freshly migrated file
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from board_bench import DATA, ensure_database
from sync_common import (
    PASSWORD,
    PG_SERVER,
    SERVER_PIDS,
    emit,
    fresh_database,
    kept_database,
    make_accounts,
    median_spread,
    private_keyring,
    process_cpu_seconds,
    running_server,
)

CHILD_TIMEOUT_S = 900


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def own_peak_rss_mb() -> float:
    """This process's peak resident memory since its exec (VmHWM of its address space).

    getrusage(RUSAGE_SELF).ru_maxrss would not do in a child process: the kernel carries
    the high-water mark of the address space an exec replaces (the parent's, after a fork
    or vfork) into ru_maxrss, so a small child of a large parent reports the parent's peak.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux


def child(base: str, path: str, profile: str | None, bulk: bool) -> None:
    from workbench.services.setup import open_workbench
    from workbench.services.sync import engine as sync_engine
    from workbench.services.sync.engine import SyncEngine, SyncProgress

    if not bulk:
        sync_engine.BULK_FIRST_ROWS = sync_engine.BULK_ROWS = 1 << 62
    import logging

    rebuilds: list[float] = []

    class Rebuilt(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.msg.startswith("indexes rebuilt"):
                rebuilds.append(float(record.args[0]))  # type: ignore[index]

    logging.getLogger(sync_engine.__name__).addHandler(Rebuilt())
    logging.getLogger(sync_engine.__name__).setLevel(logging.INFO)

    calls: list[SyncProgress] = []
    started = time.monotonic()
    db = open_workbench(Path(path)).db
    engine = SyncEngine(db)
    engine.login(base, "reader", PASSWORD, "bench-laptop")
    signed_in = time.monotonic()
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        report = profiler.runcall(engine.sync, progress=calls.append)
        profiler.dump_stats(profile)
    else:
        report = engine.sync(progress=calls.append)
    done = time.monotonic()
    from sqlalchemy import func, select

    from workbench.domain.sales import Opportunity

    with db.read() as s:
        deals = s.scalar(select(func.count()).select_from(Opportunity))
    db.close()
    fresh = Path(path).with_name("fresh.sqlite")
    open_workbench(fresh).db.close()
    print(
        json.dumps(
            {
                "seconds": done - started,
                "sync_seconds": done - signed_in,
                "cpu_seconds": _cpu_seconds(),
                "rss_mb": own_peak_rss_mb(),
                "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "progress": len(calls),
                "first_total": next((c.total for c in calls if c.phase == "pull"), None),
                "pulled": report.pulled,
                "deals": deals,
                "same_schema": _schema(Path(path)) == _schema(fresh),
                "rebuild_seconds": sum(rebuilds),
            }
        )
    )


def _schema(path: Path) -> list[tuple[str, str, str]]:
    """The file's indexes and triggers with their SQL (a first sync must end with those
    of a freshly migrated file)."""
    conn = sqlite3.connect(path)
    try:
        return sorted(
            conn.execute(
                "SELECT type, name, coalesce(sql, '') FROM sqlite_master"
                " WHERE type IN ('index', 'trigger')"
            ).fetchall()
        )
    finally:
        conn.close()


def floor(url: str, user_id: object, team_id: object) -> tuple[float, int]:
    import psycopg

    started = time.monotonic()
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name, row_id::text, seq, data::text FROM sv_row "
            "WHERE kind = 'company' OR owner_id = %(u)s "
            "OR (team_id = %(t)s AND kind IN ('deal', 'personal')) "
            "OR (kind = 'deal' AND deal_id IN "
            "    (SELECT deal_id FROM sv_access WHERE user_id = %(u)s)) ORDER BY seq",
            {"u": user_id, "t": team_id},
        ).fetchall()
    selected = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        lite = sqlite3.connect(Path(folder) / "floor.sqlite", isolation_level=None)
        lite.execute("PRAGMA journal_mode=WAL")
        lite.execute("PRAGMA synchronous=FULL")
        lite.execute("CREATE TABLE r (id TEXT PRIMARY KEY, tbl TEXT, seq INTEGER, data TEXT)")
        lite.execute("BEGIN")
        lite.executemany("INSERT INTO r (tbl, id, seq, data) VALUES (?, ?, ?, ?)", rows)
        lite.execute("COMMIT")
        lite.close()
    print(
        f"# floor: select {selected - started:.2f} s, insert {time.monotonic() - selected:.2f} s",
        file=sys.stderr,
    )
    return time.monotonic() - started, len(rows)


# (table, the time column that places a row in the history)
_HISTORY = (("activity", "started_at"), ("opportunity_event", "at"), ("task", "due_at"))


def with_history_of(source: Path, days: int, folder: Path) -> Path:
    """A copy of the demo keeping its last `days` days of history (see the usage)."""
    copy = folder / "history.sqlite"
    with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    lite = sqlite3.connect(copy, isolation_level=None)
    (last,) = lite.execute("SELECT max(started_at) FROM activity").fetchone()
    lite.execute("BEGIN")
    for table, column in _HISTORY:
        done = " AND done_at IS NOT NULL" if table == "task" else ""
        lite.execute(
            f"DELETE FROM {table} WHERE {column} < datetime(?, ?){done}", (last, f"-{days} days")
        )
    lite.execute("COMMIT")
    lite.close()
    return copy


@contextlib.contextmanager
def _fresh(tag: str) -> Iterator[tuple[str, bool]]:
    with fresh_database(tag) as url:
        yield url, False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, default=DATA)
    parser.add_argument("--history-days", type=int, help="keep only this much history")
    parser.add_argument("--keep-server", metavar="NAME", help="PostgreSQL database kept")
    parser.add_argument("--profile", metavar="PATH", help="cProfile of the laptop's sync")
    parser.add_argument("--no-bulk", action="store_true", help="the pull as before bulk loads")
    parser.add_argument("--child", nargs=2, metavar=("BASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, args.profile, not args.no_bulk)
        return
    private_keyring()
    ensure_database(args.db)
    from workbench.server import db, seeding

    kept = kept_database(args.keep_server) if args.keep_server else None
    with (
        kept or _fresh("first") as (url, imported),
        tempfile.TemporaryDirectory() as scratch,
    ):
        if not imported:
            make_accounts(url, [("boss", "North", "manager"), ("reader", "North", "manager")])
            source = args.db
            if args.history_days is not None:
                source = with_history_of(args.db, args.history_days, Path(scratch))
            engine = db.make_server_engine(url)
            summary = seeding.import_database(engine, source, "boss")
            engine.dispose()
            emit("import_s", summary.seconds, "s")
            print(f"# imported {summary.rows} rows", file=sys.stderr)
        from sqlalchemy import select

        from workbench.server import schema

        engine = db.make_server_engine(url)
        with engine.connect() as conn:
            reader_id, team_id = conn.execute(
                select(schema.user.c.id, schema.user.c.team_id).where(
                    schema.user.c.name == "reader"
                )
            ).one()
        engine.dispose()
        pg_url = url.replace("postgresql://", "postgresql://", 1)
        floors = []
        results = []
        with running_server(url) as base:
            for run in range(args.runs):
                floors.append(floor(pg_url, reader_id, team_id))
                server_cpu = process_cpu_seconds(SERVER_PIDS[base])
                with tempfile.TemporaryDirectory() as folder:
                    out = subprocess.run(
                        [sys.executable, __file__, "--child", base, f"{folder}/laptop.sqlite",
                         *(["--profile", args.profile] if args.profile else []),
                         *(["--no-bulk"] if args.no_bulk else [])],
                        capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False,
                    )  # fmt: skip
                if out.returncode != 0:
                    sys.stderr.write(out.stderr)
                    raise SystemExit(f"the laptop's sync failed (exit {out.returncode})")
                result = json.loads(out.stdout.strip().splitlines()[-1])
                result["server_cpu_seconds"] = process_cpu_seconds(SERVER_PIDS[base]) - server_cpu
                results.append(result)
                print(f"# run {run + 1}: {result} floor {floors[-1][0]:.2f} s", file=sys.stderr)
    secs = [r["seconds"] for r in results]
    med, low, high = median_spread(secs)
    floor_s = statistics.median(f[0] for f in floors)
    print(
        f"# first_sync_s spread {low:.2f}-{high:.2f} s; sync alone "
        f"{statistics.median(r['sync_seconds'] for r in results):.2f} s",
        file=sys.stderr,
    )
    emit("first_sync_s", med, "s")
    emit("first_sync_rss_mb", statistics.median(r["rss_mb"] for r in results), "MB")
    emit("first_sync_cpu_s", statistics.median(r["cpu_seconds"] for r in results), "s")
    emit("inherited_rss_mb", statistics.median(r["ru_maxrss_mb"] for r in results), "MB")
    emit("progress_calls", statistics.median(r["progress"] for r in results), "count")
    emit("rows", results[-1]["pulled"], "rows")
    emit("deals", results[-1]["deals"], "rows")
    emit("floor_s", floor_s, "s")
    emit("first_sync_ratio", med / floor_s, "x")
    emit("server_cpu_s", statistics.median(r["server_cpu_seconds"] for r in results), "s")
    emit("rebuild_s", statistics.median(r["rebuild_seconds"] for r in results), "s")
    emit("same_schema", all(r["same_schema"] for r in results), "count")
    assert PG_SERVER


if __name__ == "__main__":
    main()
