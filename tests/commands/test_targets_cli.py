"""`workbench quota list`, `rate list` and `sync status` write months, days and figures
the way the rest of the app does, in the person's locale."""

from __future__ import annotations

import re

import pytest

from workbench import formatting
from workbench.cli import main
from workbench.domain.models import User


def test_quota_and_rate_lists_in_german(db, db_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        name = s.query(User.name).first()[0]
    db.close()
    assert main(["--db", str(db_path), "quota", "set", name, "2026-11", "12500"]) == 0
    assert main(["--db", str(db_path), "rate", "set", "USD", "2026-11-01", "0.92"]) == 0
    capsys.readouterr()
    formatting.set_current_locale("de_DE")
    assert main(["--db", str(db_path), "quota", "list", "--year", "2026"]) == 0
    assert main(["--db", str(db_path), "rate", "list"]) == 0
    out = capsys.readouterr().out
    assert "Nov. 2026" in out and "12.500,00" in out
    assert "01.11.2026" in out and "0,92" in out
    assert not re.search(r"\b2026-1[01]\b", out)


def test_sync_status_says_when_in_the_locale(db_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from workbench.commands.sync import _ago

    formatting.set_current_locale("de_DE")
    then = datetime.now(UTC) - timedelta(days=3)
    assert formatting.moment(then) in _ago(then)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", _ago(then))
