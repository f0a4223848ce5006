"""Start-up of `workbench --db NEW self-test` from the source tree and from the bundle.

    .venv/bin/python benchmarks/startup_bench.py [--bundle PATH] [--runs N]

PATH is the bundled `workbench` executable: dist/sales-workbench/workbench (default) or an
installed /usr/bin/workbench.

startup_*: each run creates a fresh database (the first start of a new user, which runs
every migration) in a fresh WORKBENCH_HOME; startup_existing_db_*: the same database again,
as every later start. The median of N runs counts, after one warm-up run each so both read
their files from the page cache.
Prints `name value unit` lines.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def self_test_ms(command: list[str], home: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKBENCH_HOME=home)
    env.pop("WORKBENCH_DEPLOYMENT", None)
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "--db", f"{home}/startup.sqlite", "self-test"],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
    )
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0 or "self-test passed" not in result.stdout:
        sys.exit(f"{command[0]} self-test failed:\n{result.stdout}\n{result.stderr}")
    return elapsed


def time_self_test(command: list[str], runs: int, *, existing: bool = False) -> float:
    """Median over `runs`, after one warm-up run. existing=False: a new database each time;
    True: the same database again (a user's everyday start)."""
    samples = []
    with tempfile.TemporaryDirectory(prefix="wb-startup-") as shared:
        for i in range(runs + 1):
            with tempfile.TemporaryDirectory(prefix="wb-startup-") as fresh:
                elapsed = self_test_ms(command, shared if existing else fresh)
            if i > 0:  # the first run only warms the page cache (and creates the database)
                samples.append(elapsed)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "sales-workbench" / "workbench"))
    parser.add_argument("--source", default=str(ROOT / ".venv" / "bin" / "workbench"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    source = time_self_test([args.source], args.runs)
    bundle = time_self_test([args.bundle], args.runs)
    print(f"startup_source_ms {source:.0f} ms")
    print(f"startup_bundle_ms {bundle:.0f} ms")
    print(f"startup_ratio {bundle / source:.2f} x")
    source = time_self_test([args.source], args.runs, existing=True)
    bundle = time_self_test([args.bundle], args.runs, existing=True)
    print(f"startup_existing_db_source_ms {source:.0f} ms")
    print(f"startup_existing_db_bundle_ms {bundle:.0f} ms")
    print(f"startup_existing_db_ratio {bundle / source:.2f} x")
    folder = Path(args.bundle).resolve().parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle_unpacked_mb {size / 1e6:.1f} MB")
    debs = sorted((ROOT / "dist").glob("sales-workbench_*.deb"))
    if debs:
        print(f"deb_mb {debs[-1].stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
