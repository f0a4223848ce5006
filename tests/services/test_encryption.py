"""Encryption at rest on real files, the real SQLCipher and a real keyring in tmp_path."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import pytest

from workbench.cli import main
from workbench.errors import DatabaseRefused, WorkbenchError
from workbench.services import accounts
from workbench.services.demo import generate_demo
from workbench.services.encryption import decrypt, encrypt, unlock
from workbench.services.maintenance import backup, daily_backup, list_backups, restore
from workbench.services.setup import open_workbench
from workbench.settings import backup_dir_for
from workbench.store import keys
from workbench.store.backups import make_backup
from workbench.store.db import connect, integrity_problems, is_encrypted
from workbench.store.encryption import table_counts
from workbench.store.keys import KeyMissing, WrongKey

SECRET_NAME = "Zebra Confidential Holding GmbH"
SQLITE_HEADER = b"SQLite format 3"


def make_database(path: Path, deals: int = 60) -> dict[str, int]:
    db = open_workbench(path).db
    try:
        generate_demo(db, deals, seed=3)
        accounts.create_account(db, accounts.AccountInput(name=SECRET_NAME))
    finally:
        db.close()
    return counts(path)


def counts(path: Path) -> dict[str, int]:
    conn = connect(path, read_only=True)
    try:
        return table_counts(conn)
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_reveals_nothing(path: Path) -> None:
    data = path.read_bytes()
    assert data, path
    assert SQLITE_HEADER not in data, path
    assert SECRET_NAME.encode() not in data and SECRET_NAME.encode("utf-16-le") not in data


def forget_key(path: Path) -> None:
    key_id = path.read_bytes()[:16].hex()
    keyring.delete_password(keys.SERVICE, key_id)


def test_encrypt_then_decrypt_keeps_every_row(db_path: Path) -> None:
    before = make_database(db_path)
    result = encrypt(db_path)
    assert result.recovery_key and len(result.recovery_key.split("-")) == 14
    assert is_encrypted(db_path) and db_path.read_bytes()[:4] == keys.MARKER
    assert counts(db_path) == before
    assert integrity_problems(db_path, quick=False) == []
    assert not Path(f"{db_path}-wal").exists()

    plain = decrypt(db_path)
    assert plain.recovery_key is None and not is_encrypted(db_path)
    assert db_path.read_bytes().startswith(SQLITE_HEADER)
    assert counts(db_path) == before
    assert not list(backup_dir_for(db_path).glob("*before-*"))  # the old file went after the swap


def test_the_app_opens_an_encrypted_database_transparently(db_path: Path) -> None:
    make_database(db_path, deals=5)
    encrypt(db_path)
    db = open_workbench(db_path).db
    try:
        assert SECRET_NAME in [a.name for a in accounts.list_accounts(db)]
        accounts.create_account(db, accounts.AccountInput(name="Written while encrypted"))
    finally:
        db.close()
    assert is_encrypted(db_path)


def test_a_stolen_file_reveals_nothing(db_path: Path) -> None:
    make_database(db_path, deals=20)
    make_backup(db_path)  # a plain backup from before, encrypted along with the database
    encrypt(db_path)
    assert_reveals_nothing(db_path)
    db = open_workbench(db_path).db
    try:
        accounts.create_account(db, accounts.AccountInput(name=SECRET_NAME + " 2"))
        wal = Path(f"{db_path}-wal")
        assert wal.stat().st_size > 0  # the new account is in the WAL right now
        assert_reveals_nothing(wal)
        backup(db_path)
    finally:
        db.close()
    copies = list(backup_dir_for(db_path).iterdir())
    assert len(copies) == 2
    for copy in copies:
        assert_reveals_nothing(copy)


def test_a_missing_key_is_refused_with_the_way_out_and_the_file_untouched(
    db_path: Path,
) -> None:
    make_database(db_path, deals=5)
    recovery = encrypt(db_path).recovery_key
    assert recovery
    before = digest(db_path)
    forget_key(db_path)
    with pytest.raises(KeyMissing) as refused:
        open_workbench(db_path)
    message = str(refused.value)
    assert "encrypted" in message and "db unlock --recovery-key" in message
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists() and not Path(f"{db_path}-shm").exists()

    unlock(db_path, recovery.lower().replace("-", " "))  # as typed by a person
    db = open_workbench(db_path).db
    assert SECRET_NAME in [a.name for a in accounts.list_accounts(db)]
    db.close()


def test_a_wrong_key_or_recovery_key_is_refused_and_changes_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    make_database(db_path, deals=5)
    encrypt(db_path)
    key_id = db_path.read_bytes()[:16]
    right = keys.load_key(key_id)
    assert right is not None
    before = digest(db_path)
    keys.save_key(keys.DatabaseKey(key_id, bytes(32)))
    with pytest.raises(WrongKey, match="does not open"):
        open_workbench(db_path)
    assert digest(db_path) == before

    other = tmp_path / "other.sqlite"
    make_database(other, deals=1)
    other_recovery = encrypt(other).recovery_key
    assert other_recovery
    with pytest.raises(WrongKey, match="another database"):
        unlock(db_path, other_recovery)
    text = right.recovery_key()
    typo = ("B" if text[0] == "A" else "A") + text[1:]
    with pytest.raises(WorkbenchError, match="typing mistake"):
        unlock(db_path, typo)
    with pytest.raises(WorkbenchError, match="not a Sales Workbench recovery key"):
        unlock(db_path, "ABCD-EFGH")
    assert digest(db_path) == before
    unlock(db_path, right.recovery_key())
    assert open_workbench(db_path).action == "current"


def test_backups_of_an_encrypted_database_are_encrypted_and_restorable(
    db_path: Path,
) -> None:
    make_database(db_path, deals=5)
    encrypt(db_path)
    saved = backup(db_path)
    assert is_encrypted(saved)
    db = open_workbench(db_path).db
    accounts.create_account(db, accounts.AccountInput(name="After the backup"))
    db.close()
    daily = daily_backup(db_path)
    assert daily is not None and is_encrypted(daily)

    restore(db_path, saved)
    assert is_encrypted(db_path)
    db = open_workbench(db_path).db
    names = [a.name for a in accounts.list_accounts(db)]
    db.close()
    assert SECRET_NAME in names and "After the backup" not in names

    # On a new computer, the recovery key opens the backups too (the same key id).
    forget_key(db_path)
    with pytest.raises(KeyMissing):
        restore(db_path, saved)


def test_plain_backups_are_encrypted_with_the_database_and_damaged_ones_removed(
    db_path: Path,
) -> None:
    make_database(db_path, deals=5)
    good = make_backup(db_path)
    broken = backup_dir_for(db_path) / f"{db_path.stem}-20200101-000000-000000-manual.sqlite"
    broken.write_bytes(good.read_bytes()[:4096] + b"\0" * 8192)
    result = encrypt(db_path)
    assert is_encrypted(good) and counts(good) == counts(db_path)
    assert not broken.exists()
    assert any("removed" in line and broken.name in line for line in result.lines)
    assert [b.path for b in list_backups(db_path)] == [good]

    decrypt(db_path)
    assert not is_encrypted(good) and good.read_bytes().startswith(SQLITE_HEADER)


def test_restoring_across_encryption_is_refused(db_path: Path) -> None:
    make_database(db_path, deals=2)
    plain = backup(db_path, db_path.with_name("plain-copy.sqlite"))
    encrypt(db_path)
    with pytest.raises(DatabaseRefused, match="not encrypted and the database is"):
        restore(db_path, plain)


def test_cli_encrypt_prints_the_recovery_key_once_and_unlock_takes_it(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_database(db_path, deals=2)
    assert main(["--db", str(db_path), "db", "encrypt"]) == 0
    out = capsys.readouterr().out
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 13)
    assert main(["--db", str(db_path), "db", "encrypt"]) == 0
    assert recovery not in capsys.readouterr().out  # already encrypted: no key again
    forget_key(db_path)
    assert main(["--db", str(db_path), "db", "check"]) == 2
    assert "recovery key" in capsys.readouterr().err
    assert main(["--db", str(db_path), "db", "unlock", "--recovery-key", recovery]) == 0
    assert main(["--db", str(db_path), "db", "check"]) == 0
    assert "encryption: SQLCipher 4" in capsys.readouterr().out
    assert main(["--db", str(db_path), "db", "decrypt"]) == 0
    assert not is_encrypted(db_path)


def test_without_a_keyring_encryption_is_refused_before_anything_changes(
    db_path: Path,
) -> None:
    from keyring.backends import fail

    make_database(db_path, deals=2)
    before = digest(db_path)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(keys.KeyringUnavailable, match="keyring"):
        encrypt(db_path)
    assert digest(db_path) == before and not is_encrypted(db_path)
