from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from workbench.cli import main


def test_meetings_of_a_date_range_are_written_as_ics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.sqlite"
    assert main(["--db", str(db), "demo", "--deals", "50"]) == 0
    out = tmp_path / "meetings.ics"
    today = date.today().isoformat()
    assert main(["--db", str(db), "export", "meetings", "--from", today, "--to", today,
                 "-o", str(out)]) == 0  # fmt: skip
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert f"{len(events)} meeting(s)" in capsys.readouterr().out
    # The demo books three meetings for today; meetings already held today come along too.
    planned = [e for e in events if str(e["SUMMARY"]).startswith("Meeting:")]
    assert len(planned) == 3
    assert all(e.decoded("DTSTART").astimezone().date() == date.today() for e in events)


def test_bad_ranges_and_targets_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.sqlite"
    args = ["--db", str(db), "export", "meetings"]
    assert (
        main([*args, "--from", "2026-12-10", "--to", "2026-12-01", "-o", str(tmp_path / "x.ics")])
        == 2
    )
    assert "--to must not be before --from" in capsys.readouterr().err
    assert main([*args, "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main([*args, "--from", "tomorrow", "-o", str(tmp_path / "x.ics")])
    assert info.value.code == 2
    assert not (tmp_path / "x.ics").exists()
