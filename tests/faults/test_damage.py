"""Damaged files: zeroed, truncated or scrambled at any offset. Every command either
refuses with the "damaged" message and leaves the file byte-identical, or works on a file
that passes integrity_check; never a traceback, never a backup of a damaged source."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.faults.tools import (
    broken_backups,
    cli,
    integrity,
    sha256,
    swap_index_roots,
    write_leads_csv,
)
from workbench.cli import main
from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench
from workbench.store.backups import list_backups

PAGE = 4096


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("damage")
    path = root / "demo.sqlite"
    db = open_workbench(path).db
    generate_demo(db, 1000, seed=1)
    db.close()
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    write_leads_csv(root / "leads.csv", 50)
    return path


damage = st.one_of(
    st.tuples(st.just("zero page"), st.integers(0, 2000), st.integers(1, 3)),
    st.tuples(st.just("zero"), st.integers(0, 8_000_000), st.integers(1, 20000)),
    st.tuples(st.just("truncate"), st.integers(0, 8_000_000), st.just(0)),
    st.tuples(st.just("scramble"), st.integers(0, 8_000_000), st.integers(1, 9000)),
)


def _damage(path: Path, kind: str, offset: int, length: int, seed: int) -> None:
    data = bytearray(path.read_bytes())
    if kind == "zero page":
        offset, length = (offset % (len(data) // PAGE)) * PAGE, length * PAGE
    offset %= len(data)
    if kind == "truncate":
        del data[offset:]
    elif kind.startswith("zero"):
        data[offset : offset + length] = bytes(len(data[offset : offset + length]))
    else:
        noise = (seed.to_bytes(8, "big") * (length // 8 + 1))[:length]
        chunk = data[offset : offset + length]
        data[offset : offset + length] = bytes(
            a ^ b ^ 0x5A for a, b in zip(chunk, noise, strict=False)
        )
    path.write_bytes(bytes(data))


def _commands(folder: Path) -> list[list[str]]:
    return [
        ["import", "leads", str(folder.parent / "leads.csv")],
        ["db", "backup"],
        ["offer", "list"],
        ["export", "meetings", "-o", str(folder / "m.ics")],
        ["demo", "--deals", "5", "--seed", "2"],
        ["db", "check"],
    ]


def _check_outcome(path: Path, code: int, err: str, before: str, backups: int) -> None:
    assert "Traceback" not in err, err
    assert code != 70, err
    if code == 0:
        assert not integrity(path), "a command worked on a file that is not whole"
        assert not broken_backups(path)
        return
    assert code in (1, 2, 3), (code, err)
    if code in (2, 3):  # damaged, or a header no longer ours: refused unchanged either way
        assert "damaged" in err or "has not been changed" in err, err
    assert sha256(path) == before, "a refused command changed the file"
    assert len(list_backups(path)) == backups, "a backup was written from a damaged source"


@settings(
    max_examples=int(os.environ.get("WORKBENCH_DAMAGE_EXAMPLES", "25")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(hit=damage, seed=st.integers(0, 2**32))
def test_every_command_refuses_or_works_on_a_damaged_file(
    demo_file: Path, hit: tuple[str, int, int], seed: int
) -> None:
    with tempfile.TemporaryDirectory(dir=demo_file.parent) as tmp:
        folder = Path(tmp)
        path = folder / "w.sqlite"
        shutil.copyfile(demo_file, path)
        _damage(path, *hit, seed)
        for args in _commands(folder):
            before, backups = sha256(path), len(list_backups(path))
            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = main(["--db", str(path), *args])
            _check_outcome(path, code, err.getvalue(), before, backups)


def test_every_command_refuses_a_file_whose_index_no_longer_matches(demo_file: Path) -> None:
    """The demo file (some 30 MB, a busy salesperson's database) had only the quick check,
    which passes an index out of step with its table; a write through it spread the damage."""
    with tempfile.TemporaryDirectory(dir=demo_file.parent) as tmp:
        folder = Path(tmp)
        path = folder / "w.sqlite"
        shutil.copyfile(demo_file, path)
        swap_index_roots(path, "ix_lead_received_at", "ix_lead_stamp")
        assert integrity(path)
        for args in _commands(folder)[:-1]:  # all but `db check`, which reports it
            before = sha256(path)
            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = main(["--db", str(path), *args])
            assert code == 3, (args, err.getvalue())
            assert "damaged" in err.getvalue() and sha256(path) == before
        assert list_backups(path) == []


@pytest.mark.parametrize("kind", ["zero page", "scramble"])
def test_the_installed_command_refuses_a_damaged_file(
    demo_file: Path, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "w.sqlite"
    shutil.copyfile(demo_file, path)
    _damage(path, kind, 40 * PAGE + 100, 2 * PAGE, 7)
    assert integrity(path)
    for args in (["self-test"], ["import", "leads", str(demo_file.parent / "leads.csv")]):
        before = sha256(path)
        result = cli(path, *args, home=tmp_path / "home")
        assert result.returncode == 3, result.stderr
        assert "damaged" in result.stderr and "Traceback" not in result.stderr
        assert sha256(path) == before
    assert list_backups(path) == []
    assert not (tmp_path / "w-backups").exists()


def test_a_value_damaged_inside_a_row_is_reported_as_damage(tmp_path: Path) -> None:
    """SQLite's integrity check passes a file whose damage sits inside a stored value (a
    flipped byte in a time or an id); reading the value back is what finds it, and that must say
    "damaged" like any other damage, not crash."""
    import sqlite3

    from workbench.services.setup import open_workbench

    path = tmp_path / "w.sqlite"
    db = open_workbench(path).db
    generate_demo(db, 30, seed=4)
    db.close()
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE opportunity SET last_progress_at = '!' || substr(last_progress_at, 2) "
        "WHERE rowid = (SELECT min(rowid) FROM opportunity WHERE status = 'open')"
    )
    con.commit()
    con.close()
    before = sha256(path)
    for args in (["offer", "list"], ["report", "pipeline", "-o", str(tmp_path / "p.csv")]):
        # Commands that don't read the damaged value may work; none may crash.
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["--db", str(path), *args])
        if code != 0:
            assert code == 3 and "damaged" in err.getvalue(), (args, code, err.getvalue())
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--db", str(path), "report", "slipping", "-o", str(tmp_path / "s.csv")])
    assert code == 3 and "damaged" in err.getvalue() and "can't be read" in err.getvalue()
    assert sha256(path) == before
