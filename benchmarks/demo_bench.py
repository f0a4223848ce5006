"""Time `workbench demo` on a fresh file (the issue asks for 100,000 deals well under a minute).

Usage: python benchmarks/demo_bench.py [--deals N]
Prints `name value unit` lines.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite"
        db = open_workbench(path).db
        started = time.perf_counter()
        summary = generate_demo(db, args.deals, seed=7)
        elapsed = time.perf_counter() - started
        db.close()
        size_mb = path.stat().st_size / 1_048_576
    print(f"demo_{args.deals}_deals_s {elapsed:.1f} s")
    rows = summary.opportunities + summary.tasks + summary.activities
    print(f"demo_rows_per_s {rows / elapsed:.0f} rows/s")
    print(f"demo_db_size_mb {size_mb:.0f} MB")


if __name__ == "__main__":
    main()
