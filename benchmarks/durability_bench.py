"""What durability costs per interactive write: SQLite's synchronous=NORMAL vs FULL in WAL.

Usage: python benchmarks/durability_bench.py [--runs 5] [--writes 60] [--dir DIR]
Prints `name value unit` lines, each the median over the runs of that run's median:

  write_normal_ms    one interactive write (a card moved to the next stage through the
                     service: unit of work, stamps, outbox, history event) with NORMAL
  write_full_ms      the same with FULL (the WAL is flushed to disk at every commit)
  fsync_floor_ms     a bare 4 KiB write + fsync in the same folder: the disk's floor
  full_cost_ms       write_full_ms - write_normal_ms
  *_ratio            each figure divided by fsync_floor_ms

Run it on the disk the database really lives on (--dir): a tmpfs has no flush to wait for.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from workbench.domain.models import Opportunity, Stage
from workbench.services.demo import generate_demo
from workbench.services.opportunities import move_opportunity
from workbench.services.setup import open_workbench
from workbench.store import db as store_db


def fsync_floor(folder: Path, n: int) -> float:
    path = folder / "fsync.probe"
    times = []
    with open(path, "wb") as f:
        for _ in range(n):
            started = time.perf_counter()
            f.write(os.urandom(4096))
            f.flush()
            os.fsync(f.fileno())
            times.append((time.perf_counter() - started) * 1000)
    path.unlink()
    return statistics.median(times)


def write_ms(folder: Path, synchronous: str, n: int) -> float:
    path = folder / f"bench-{synchronous.lower()}.sqlite"
    store_db.SYNCHRONOUS = synchronous
    db = open_workbench(path).db
    try:
        generate_demo(db, 200, seed=3)
        with db.read() as s:
            deals = s.execute(
                select(Opportunity.id, Opportunity.stage_id).where(Opportunity.status == "open")
            ).all()
            stages = {st.id: st for st in s.scalars(select(Stage)).all()}
        by_pipeline: dict[object, list[Stage]] = {}
        for st in stages.values():
            by_pipeline.setdefault(st.pipeline_id, []).append(st)
        times = []
        for deal_id, stage_id in deals[:n]:
            stage = stages[stage_id]
            ordered = sorted(by_pipeline[stage.pipeline_id], key=lambda x: x.position)
            target = ordered[(ordered.index(stage) + 1) % len(ordered)]
            started = time.perf_counter()
            move_opportunity(db, deal_id, target.id, enforce_checklist=False)
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times)
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--writes", type=int, default=60)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    results: dict[str, list[float]] = {"normal": [], "full": [], "floor": []}
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="durability-") as tmp:
        folder = Path(tmp)
        os.environ["WORKBENCH_HOME"] = str(folder / "home")
        for _ in range(args.runs):
            results["floor"].append(fsync_floor(folder, args.writes))
            results["normal"].append(write_ms(folder, "NORMAL", args.writes))
            results["full"].append(write_ms(folder, "FULL", args.writes))
    floor = statistics.median(results["floor"])
    normal = statistics.median(results["normal"])
    full = statistics.median(results["full"])
    print(f"fsync_floor_ms {floor:.2f} ms")
    print(f"write_normal_ms {normal:.2f} ms")
    print(f"write_full_ms {full:.2f} ms")
    print(f"full_cost_ms {full - normal:.2f} ms")
    print(f"write_normal_ratio {normal / floor:.2f} x")
    print(f"write_full_ratio {full / floor:.2f} x")


if __name__ == "__main__":
    main()
