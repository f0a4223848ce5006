from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.services.test_offers import draft, make_deal
from workbench.cli import main
from workbench.services import offers
from workbench.store.db import Database


def test_offer_list_and_pdf(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deal = make_deal(db)
    offer_id = draft(db, deal)
    offers.mark_sent(db, offer_id)
    offers.revise(db, offer_id)
    number = offers.load_offer(db, offer_id).number
    assert main(["--db", str(db_path), "offer", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert out[0].split()[:3] == [number, "v2", "draft"]
    assert "€1,427.64" in out[0] and "Łódź Möbel GmbH" in out[0]

    target = tmp_path / "v1.pdf"
    assert (
        main(["--db", str(db_path), "offer", "pdf", number, "--version", "1", "-o", str(target)])
        == 0
    )
    assert "Shelf unit type 1" in PdfReader(str(target)).pages[0].extract_text()
    assert "v1 written" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["offer", "pdf", "OF-1999-00042", "-o", "{tmp}/x.pdf"], "no offer numbered"),
        (["offer", "pdf", "{number}", "--version", "7", "-o", "{tmp}/x.pdf"], "has no version 7"),
        (["offer", "pdf", "{number}", "-o", "{tmp}/missing/x.pdf"], "does not exist"),
        (["offer", "pdf", "{number}", "-o", "{tmp}"], "is a folder"),
    ],
)
def test_offer_pdf_errors(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    number = offers.load_offer(db, draft(db, make_deal(db))).number
    args = [a.format(tmp=tmp_path, number=number) for a in argv]
    assert main(["--db", str(db_path), *args]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_offer_list_without_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "none.sqlite"), "offer", "list"]) == 2
    assert "no database" in capsys.readouterr().err
