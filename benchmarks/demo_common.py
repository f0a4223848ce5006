"""What the benchmarks over the 100,000-deal demo share: the demo file, built once with
`workbench demo` and kept in benchmarks/data/ (gitignored), and the median of timed runs.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def ensure_demo(path: Path, seed: int, deals: int = 100_000) -> None:
    """Builds the demo file at `path` unless it exists; the seed makes it the same each time."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"# building {path} (workbench demo --deals {deals} --seed {seed})…", file=sys.stderr)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "--db",
            str(path),
            "demo",
            "--deals",
            str(deals),
            "--seed",
            str(seed),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
