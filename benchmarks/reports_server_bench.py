"""The manager reports as web pages, served by the sync server on PostgreSQL, on the
100,000-deal demo.

Usage: python benchmarks/reports_server_bench.py [--runs 5] [--db PATH] [--period P]
                                                 [--keep-db NAME] [--report NAME ...]

Setup (not timed): the demo file (benchmarks/data/reports-100k.sqlite, built with
`workbench demo --deals 100000 --seed 11` when missing, as reports_bench.py's) is imported
into a fresh PostgreSQL database (wb_bench_web_…, dropped at the end) as the manager
"boss"'s data (team North); "root" is an admin. A real `workbench-server serve` process
answers on a loopback port.

--keep-db NAME imports into the PostgreSQL database NAME and keeps it; a later run with the
same NAME finds it and measures again without importing (the import takes 7-10 minutes).
The replica is then brought up to date as the server does it (rebuilt only when the
server's replica layout changed), and replica_rebuild_s is not printed. A failed import
drops the database. Drop it by hand when done (`DROP DATABASE NAME`).
--report NAME (repeatable) times only these reports, e.g. `--report win-rate`.

Timed: `reports rebuild` (the replica built from the synced rows), then each report's page
(GET /reports/NAME with the report's own default period, or --period P, as the manager
and as the admin) over HTTP,
RUNS times after one warm-up; the median counts. The server runs with its short-lived
report cache off (WORKBENCH_REPORT_CACHE_SECONDS=0), so every page computes its report.
Prints `name value unit` lines:

  replica_rebuild_s             building the reporting replica from sv_row
  compute_<report>_s            the report alone (workbench.reports over the replica, in
                                this process): what the page costs before any HTTP or HTML
  page_<report>_s               median page time as the manager (team forced to North)
  page_admin_<report>_s         the same as the admin (the whole company)
  floor_roundtrip_s             GET /v1/health (one SELECT 1) over the same loopback
  floor_groupby_s               a raw GROUP BY of the open deals by stage and currency on
                                the replica over psycopg
  page_max_s, page_max_ratio    the slowest page, and it ÷ (round trip + GROUP BY)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_common import ensure_demo
from reports_bench import DATA
from sync_common import (
    PASSWORD,
    drop_database,
    emit,
    fresh_database,
    kept_database,
    make_accounts,
    running_server,
)

TARGET_S = 1.0


def sign_in(base: str, user: str) -> dict[str, str]:
    """The session cookie as a header: httpx keeps a Secure cookie to itself over http."""
    r = httpx.post(
        f"{base}/reports/sign-in",
        data={"user": user, "password": PASSWORD, "next": "/reports"},
        headers={"origin": base},
        timeout=30,
    )
    if r.status_code != 303:
        raise SystemExit(f"sign-in as {user} failed: {r.status_code} {r.text[:300]}")
    token = r.cookies.get("wb_reports") or r.headers["set-cookie"].split(";")[0].split("=", 1)[1]
    return {"cookie": f"wb_reports={token}"}


def timed(fn: Callable[[], None], runs: int) -> list[float]:
    fn()  # warm-up: imports, caches, the first catch-up
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def page(client: httpx.Client, path: str, headers: dict[str, str]) -> Callable[[], None]:
    def get() -> None:
        r = client.get(path, headers=headers)
        if r.status_code != 200:
            raise SystemExit(f"{path}: {r.status_code} {r.text[:300]}")

    return get


def groupby_floor(url: str) -> Callable[[], None]:
    import psycopg

    conn = psycopg.connect(url, autocommit=True)

    def run() -> None:
        conn.execute(
            "SELECT stage_id, currency, count(*), sum(amount_minor) FROM wb_report.opportunity "
            "WHERE status = 'open' AND NOT deleted GROUP BY stage_id, currency"
        ).fetchall()

    return run


def compute_only(url: str, name: str, period: str) -> Callable[[], None]:
    import uuid

    from workbench.reports import REPORTS
    from workbench.server import db
    from workbench.server.identity import Caller
    from workbench.server.web import figures

    engine = db.make_server_engine(url)
    spec = REPORTS[name]
    admin = Caller(uuid.uuid4(), "root", "admin", None, uuid.uuid4(), "R1", "bench")

    def run() -> None:
        with figures.replica_session(engine) as s:
            query = {"period": period} if period else {}
            figures.compute(s, spec, figures.filter_values(spec, query, admin))

    return run


def imported(url: str, path: Path) -> None:
    """The demo as "boss"'s data, and the replica rebuilt from it (timed)."""
    from workbench.server import db, reporting, seeding

    make_accounts(url, [("boss", "North", "manager"), ("root", None, "admin")])
    engine = db.make_server_engine(url)
    summary = seeding.import_database(engine, path, "boss")
    print(f"# imported {summary.rows} rows in {summary.seconds:.0f} s", file=sys.stderr)
    rebuilt = reporting.catch_up(engine, rebuild=True)
    engine.dispose()
    emit("replica_rebuild_s", rebuilt.seconds, "s")
    emit("replica_rows", rebuilt.rows, "rows")


@contextlib.contextmanager
def database(keep: str | None, path: Path) -> Iterator[str]:
    """A fresh database with the demo imported, dropped at the end; or the kept one."""
    if keep is None:
        with fresh_database("web") as url:
            imported(url, path)
            yield url
        return
    with kept_database(keep) as (url, existed):
        if existed:
            from workbench.server import db, reporting

            engine = db.make_server_engine(url)
            caught = reporting.catch_up(engine)
            engine.dispose()
            print(
                f"# kept database {keep}: replica {'rebuilt' if caught.rebuilt else 'current'}"
                f" in {caught.seconds:.1f} s",
                file=sys.stderr,
            )
        else:
            try:
                imported(url, path)
            except BaseException:
                drop_database(keep)
                raise
        yield url


def main() -> None:
    # Every page and every in-process run computes its report: no cached figures.
    os.environ["WORKBENCH_REPORT_CACHE_SECONDS"] = "0"
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, default=DATA)
    # Default: each report's own usual period, as a manager opens it.
    parser.add_argument("--period", default="")
    parser.add_argument("--keep-db", metavar="NAME", help="PostgreSQL database kept")
    parser.add_argument("--report", action="append", metavar="NAME", help="only this report")
    args = parser.parse_args()
    ensure_demo(args.db, seed=11)
    from workbench.reports import REPORTS

    unknown = set(args.report or ()) - set(REPORTS)
    if unknown:
        raise SystemExit(f"no report {', '.join(sorted(unknown))}; known: {', '.join(REPORTS)}")
    names = [n for n in REPORTS if not args.report or n in args.report]
    print(f"# load average at start {os.getloadavg()[0]:.2f}", file=sys.stderr)
    with database(args.keep_db, args.db) as url:
        for name in names:
            alone = statistics.median(timed(compute_only(url, name, args.period), args.runs))
            emit(f"compute_{name.replace('-', '_')}_s", alone, "s")
        pages: dict[str, float] = {}
        with running_server(url) as base, httpx.Client(base_url=base, timeout=120) as client:
            for user, prefix in (("boss", "page_"), ("root", "page_admin_")):
                headers = sign_in(base, user)
                for name in names:
                    path = f"/reports/{name}" + (f"?period={args.period}" if args.period else "")
                    times = timed(page(client, path, headers), args.runs)
                    pages[f"{prefix}{name}"] = statistics.median(times)
                    emit(f"{prefix}{name.replace('-', '_')}_s", pages[f"{prefix}{name}"], "s")
                    print(f"# {prefix}{name}: {min(times):.3f}-{max(times):.3f} s", file=sys.stderr)
            roundtrip = statistics.median(timed(page(client, "/v1/health", {}), args.runs * 4))
        groupby = statistics.median(timed(groupby_floor(url), args.runs * 4))
    emit("floor_roundtrip_s", roundtrip, "s")
    emit("floor_groupby_s", groupby, "s")
    slowest = max(pages, key=pages.__getitem__)
    emit("page_max_s", pages[slowest], "s")
    emit("page_max_ratio", pages[slowest] / (roundtrip + groupby), "x")
    print(
        f"# slowest: {slowest} {pages[slowest]:.3f} s (target {TARGET_S} s); "
        f"{sum(v <= TARGET_S for v in pages.values())}/{len(pages)} pages within it; "
        f"load average {os.getloadavg()[0]:.2f}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
