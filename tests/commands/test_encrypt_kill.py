"""`workbench db encrypt` killed (SIGKILL) at spread-out moments never loses the database."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.services.maintenance import daily_backup
from workbench.services.setup import open_workbench
from workbench.settings import backup_dir_for
from workbench.store.db import classify_file, connect, integrity_problems, is_encrypted
from workbench.store.encryption import table_counts

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def workbench(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "workbench", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def counts(path: Path) -> dict[str, int]:
    conn = connect(path, read_only=True)
    try:
        return table_counts(conn)
    finally:
        conn.close()


@pytest.mark.slow
def test_a_killed_encryption_leaves_the_old_or_the_new_database_whole(tmp_path: Path) -> None:
    base = tmp_path / "base" / "demo.sqlite"
    base.parent.mkdir()
    assert workbench("--db", base, "demo", "--deals", "2000").wait() == 0
    expected = counts(base)

    timed = tmp_path / "timed" / "demo.sqlite"
    timed.parent.mkdir()
    shutil.copyfile(base, timed)
    started = time.monotonic()
    assert workbench("--db", timed, "db", "encrypt").wait() == 0
    whole_run = time.monotonic() - started
    assert is_encrypted(timed) and counts(timed) == expected

    rng = random.Random(11)
    for i in range(10):
        work = tmp_path / f"kill{i}" / "demo.sqlite"
        work.parent.mkdir()
        shutil.copyfile(base, work)
        proc = workbench("--db", work, "db", "encrypt")
        # Spread over the whole run, mostly past the interpreter's start-up: on this
        # 2,000-deal demo (0.9 s) the first 7 kills landed before the swap, 3 after.
        time.sleep(whole_run * (0.25 + 0.8 * (i + rng.random()) / 10))
        proc.send_signal(signal.SIGKILL)
        proc.wait()

        assert classify_file(work) == "workbench"
        assert integrity_problems(work, quick=False) == []
        assert counts(work) == expected
        db = open_workbench(work).db  # opens for writing: no stray WAL beside it
        db.close()
        if is_encrypted(work):
            # The next start's backup run finishes what the killed one left: no plain
            # copy stays in the backup folder.
            daily_backup(work)
            for copy in backup_dir_for(work).iterdir():
                if copy.name.endswith(".sqlite"):
                    assert is_encrypted(copy), copy
