"""Fixtures of the fault suites: a small disk of its own, and running as a user who is
not root (root ignores file permissions)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 MiB tmpfs of its own, so filling it up touches nothing else."""
    if not _is_root() or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root (the disk-full suite runs in CI as root)")
    disk = tmp_path / "disk"
    disk.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m", f"wb-{uuid.uuid4().hex[:6]}", str(disk)],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    if result.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, timeout=60)


@pytest.fixture(scope="session")
def unprivileged() -> list[str]:
    """The command prefix that runs a process without root's power over file permissions:
    as `nobody` when that user can run this Python, else as root without the capabilities
    that override permissions (the interpreter may live in root's private home)."""
    if not _is_root():
        return []  # already unprivileged: permissions apply as they are
    if not shutil.which("setpriv"):
        pytest.skip("setpriv (util-linux) is needed to drop root's permission override")
    probe = [sys.executable, "-c", "import workbench.cli"]
    for prefix in (
        ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"],
        ["setpriv", "--inh-caps=-all", "--bounding-set=-all"],
    ):
        ok = subprocess.run([*prefix, *probe], capture_output=True, timeout=60).returncode == 0
        if ok:
            return prefix
    pytest.skip("neither nobody nor root without capabilities can run this Python")
