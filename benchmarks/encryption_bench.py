"""What encryption at rest costs: the same demo database plain and encrypted (SQLCipher 4).

    .venv/bin/python benchmarks/encryption_bench.py [--deals N] [--runs N]

interactive_write: one account created through its service (one unit of work, commit in
WAL mode), as a person saving a form. board_read: the opportunity board's headers and first
pages (services.board.board_view), the read the app does most. open: open_workbench on the
existing file (header check, quick_check, engines). encrypt: `db encrypt` of the file.
Median of N runs each, after a warm-up, files in the page cache. The key lives in a
file keyring in a temporary folder (keyrings.alt), so no desktop keyring is needed.
Prints `name value unit` lines; *_ratio is encrypted / plain.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="workbench-encryption-bench-"))
    os.environ["WORKBENCH_HOME"] = str(tmp / "home")

    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp / "keyring.cfg")
    keyring.set_keyring(backend)

    from workbench.services import accounts
    from workbench.services.board import BoardFilter, board_view, list_pipelines, list_stages
    from workbench.services.demo import generate_demo
    from workbench.services.encryption import encrypt
    from workbench.services.setup import current_user_id, open_workbench

    plain = tmp / "plain.sqlite"
    db = open_workbench(plain).db
    generate_demo(db, args.deals, seed=7)
    db.close()
    encrypted = tmp / "encrypted.sqlite"
    shutil.copyfile(plain, encrypted)
    start = time.perf_counter()
    encrypt(encrypted)
    print(f"encrypt_{args.deals}_deals {time.perf_counter() - start:.2f} s")
    print(f"file_size_plain {plain.stat().st_size / 1_048_576:.1f} MiB")
    print(f"file_size_encrypted {encrypted.stat().st_size / 1_048_576:.1f} MiB")

    results: dict[str, dict[str, float]] = {}
    for label, path in (("plain", plain), ("encrypted", encrypted)):
        db = open_workbench(path).db
        me = current_user_id(db)
        pipeline = list_pipelines(db)[0]
        stages = list_stages(db, pipeline.id)
        counter = iter(range(10**9))
        results[label] = {
            "interactive_write": median_ms(
                lambda db=db, counter=counter: accounts.create_account(
                    db, accounts.AccountInput(name=f"Bench account {next(counter)}")
                ),
                args.runs,
            ),
            "board_read": median_ms(
                lambda db=db, stages=stages, me=me: board_view(db, stages, BoardFilter(), me),
                args.runs,
            ),
        }
        db.close()
        results[label]["open"] = median_ms(
            lambda path=path: open_workbench(path).db.close(), max(3, args.runs // 3)
        )
    for name in ("interactive_write", "board_read", "open"):
        p, e = results["plain"][name], results["encrypted"][name]
        print(f"{name}_plain {p:.2f} ms")
        print(f"{name}_encrypted {e:.2f} ms")
        print(f"{name}_ratio {e / p:.2f} x")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
