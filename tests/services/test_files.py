"""Exported files are written whole, with the user's normal file mode, or not at all."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.services.test_offers import draft, make_deal
from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.services import offers
from workbench.services.files import write_file_atomically
from workbench.store.db import Database


@pytest.fixture(params=[0o022, 0o002, 0o077])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "meetings.ics"
    write_file_atomically(target, b"BEGIN:VCALENDAR")
    assert target.read_bytes() == b"BEGIN:VCALENDAR"
    assert mode(target) == 0o666 & ~umask
    assert os.listdir(tmp_path) == ["meetings.ics"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "offer.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_file_atomically(target, b"new")
    assert (target.read_bytes(), mode(target)) == (b"new", 0o640)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_offer_pdf_command_writes_the_normal_mode(
    db: Database, db_path: Path, tmp_path: Path, umask: int
) -> None:
    number = offers.load_offer(db, draft(db, make_deal(db))).number
    target = tmp_path / "out" / "offer.pdf"
    target.parent.mkdir()
    assert main(["--db", str(db_path), "offer", "pdf", number, "-o", str(target)]) == 0
    assert mode(target) == 0o666 & ~umask
    assert "Shelf unit type 1" in PdfReader(str(target)).pages[0].extract_text()
    assert os.listdir(target.parent) == ["offer.pdf"]


def test_a_missing_folder_or_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    with pytest.raises(WorkbenchError, match=r"the folder .*missing does not exist"):
        write_file_atomically(tmp_path / "missing" / "offer.pdf", b"%PDF")
    (tmp_path / "offer.pdf").mkdir()
    with pytest.raises(WorkbenchError, match="is a folder"):
        write_file_atomically(tmp_path / "offer.pdf", b"%PDF")
    assert os.listdir(tmp_path) == ["offer.pdf"]


_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from workbench.errors import WorkbenchError
from workbench.services.files import write_file_atomically

# A file may grow to 4 KiB here, as if the disk filled up while writing.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
try:
    write_file_atomically(Path(sys.argv[1]), b"%PDF-new" * 10_000)
except WorkbenchError as exc:
    print(exc)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="needs RLIMIT_FSIZE")
def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "offer.pdf"
    target.write_bytes(b"%PDF-old")
    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"Can't write {target}: the file is larger than" in result.stdout
    assert "It was left as it was." in result.stdout
    assert target.read_bytes() == b"%PDF-old"
    assert os.listdir(tmp_path) == ["offer.pdf"]


def test_export_meetings_writes_the_normal_mode(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "meetings.ics"
        args = ["--db", str(db_path), "export", "meetings", "-o", str(target)]
        assert main(args) == 0
    finally:
        os.umask(old)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    if os.name == "posix":
        assert mode(target) == 0o644
    assert main([*args[:-1], str(tmp_path / "missing" / "m.ics")]) == 2
    assert "missing does not exist" in capsys.readouterr().err
