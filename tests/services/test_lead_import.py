from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from workbench.domain.enums import LeadSource, LeadStatus
from workbench.domain.models import Lead
from workbench.services.accounts import AccountInput, ContactInput, create_account, create_contact
from workbench.services.lead_import import (
    DuplicatePolicy,
    ImportFileError,
    auto_mapping,
    import_file,
    read_table,
)
from workbench.store.db import Database


def _leads(db: Database) -> list[Lead]:
    with db.read() as s:
        return list(s.scalars(select(Lead).where(Lead.deleted.is_(False)).order_by(Lead.email)))


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Lead)) or 0)


def test_utf8_bom_comma(db: Database, tmp_path: Path) -> None:
    f = tmp_path / "web.csv"
    f.write_bytes(
        "\ufeffFirst Name,Last Name,Company,Email,Phone,Lead Source\n"
        "Jürgen,Groß,Müller AG,j@mueller.de,+49 30 123456,Web\n".encode()
    )
    result = import_file(db, f)
    assert result.imported == 1 and result.file_format == "CSV, UTF-8 with BOM, comma"
    (lead,) = _leads(db)
    assert (lead.first_name, lead.last_name, lead.company) == ("Jürgen", "Groß", "Müller AG")
    assert lead.phone == "+4930123456" and lead.source == LeadSource.WEB_FORM


def test_windows_1252_semicolons_and_embedded_newlines(db: Database, tmp_path: Path) -> None:
    f = tmp_path / "excel.csv"
    text = (
        "Vorname;Nachname;Firma;E-Mail;Notes\r\n"
        'Zoë;Weiß;Café Größe GmbH;zoe@cafe.de;"first line\r\nsecond; line"\r\n'
        "Ann;Lee;Lee Ltd;ann@lee.co.uk;\r\n"
    )
    f.write_bytes(text.encode("cp1252"))
    table = read_table(f)
    assert (table.encoding, table.delimiter) == ("Windows-1252", ";")
    assert [line for line, _ in table.rows] == [2, 4]
    result = import_file(db, f)
    assert result.imported == 2
    zoe = next(lead for lead in _leads(db) if lead.first_name == "Zoë")
    assert zoe.company == "Café Größe GmbH"
    assert zoe.notes == "first line\nsecond; line"


def test_tab_delimited_and_other_crm_headers(tmp_path: Path) -> None:
    f = tmp_path / "pipedrive.tsv"
    f.write_text(
        "Person - Name\tOrganization\tPerson - Email\tLead Status\tFax\n"
        "A B\tC\td@e.fi\tQualified\t1\n"
    )
    table = read_table(f)
    assert table.delimiter == "\t"
    assert auto_mapping(table.headers) == ["full_name", "company", "email", "status", None]


def test_bad_rows_are_reported_with_line_and_reason(db: Database, tmp_path: Path) -> None:
    f = tmp_path / "messy.csv"
    f.write_text(
        "Name,Company,Email,Phone,Created,Rating\n"
        "Good One,Acme,good@acme.com,,2026-01-05,hot\n"
        "Bad Mail,Acme,bad@,,,\n"
        ",,,,,\n"  # blank lines are skipped, not rejected
        "No Phone,X,x@x.com,12,,\n"
        ",,nobody@x.com,,,\n"
        "Bad Date,Y,y@y.com,,32.13.2026,\n",
        encoding="utf-8",
    )
    result = import_file(db, f)
    assert result.imported == 1
    reasons = {p.line: p.reason for p in result.rejected}
    assert set(reasons) == {3, 5, 6, 7}
    assert "not a valid e-mail" in reasons[3]
    assert "not a valid phone" in reasons[5]
    assert "needs a name or a company" in reasons[6]
    assert "not a date" in reasons[7]
    assert result.unmapped == ["Rating"]
    report = result.report("messy.csv")
    assert "line 3:" in report and "Rating" in report


def test_duplicates_in_file_and_reimport(db: Database, tmp_path: Path) -> None:
    account = create_account(db, AccountInput(name="Known GmbH"))
    create_contact(
        db,
        ContactInput(first_name="Kim", last_name="Known", account_id=account, email="kim@known.de"),
    )
    f = tmp_path / "list.csv"
    f.write_text(
        "First Name,Last Name,Company,Email\n"
        "Ann,Lee,Lee Ltd,ann@lee.com\n"
        "Ann,Lee,Lee Ltd,ANN@lee.com\n"  # same e-mail, other case
        "Kim,Known,Known GmbH,kim@known.de\n"  # already a contact
        ",,Known,\n",  # company-only row, account exists
        encoding="utf-8",
    )
    first = import_file(db, f)
    assert (first.imported, first.skipped, first.merged) == (1, 3, 0)
    assert {d.matched for d in first.duplicates} == {"row", "contact", "account"}
    again = import_file(db, f)
    assert (again.imported, again.skipped) == (0, 4)
    assert _count(db) == 1


def test_merge_fills_empty_fields_of_existing_lead(db: Database, tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("Email,Company\nann@lee.com,Lee Ltd\n", encoding="utf-8")
    import_file(db, f)
    g = tmp_path / "b.csv"
    g.write_text(
        "Email,Phone,Title,Last Name\nann@lee.com,+44 20 7946 0018,CEO,Lee\n", encoding="utf-8"
    )
    result = import_file(db, g, policy=DuplicatePolicy.MERGE)
    assert (result.imported, result.merged) == (0, 1)
    (lead,) = _leads(db)
    assert (lead.company, lead.phone, lead.title, lead.last_name) == (
        "Lee Ltd",
        "+442079460018",
        "CEO",
        "Lee",
    )


def test_xlsx_with_mapping_override(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Kontakt", "Org", "Mail", "Phone", "Lead Status"])
    sheet.append(["Müller, Anna", "Alpen AG", "anna@alpen.at", "+43 1 2345678", "MQL"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Bob Builder", "Bau KG", "bob@", None, None])
    f = tmp_path / "crm.xlsx"
    book.save(f)
    result = import_file(
        db, f, overrides={"Kontakt": "full_name", "Org": "company", "Mail": "email"}
    )
    assert result.imported == 1 and result.file_format == "XLSX"
    assert [(p.line) for p in result.rejected] == [4]
    (lead,) = _leads(db)
    assert (lead.first_name, lead.last_name, lead.status) == ("Anna", "Müller", LeadStatus.MQL)


def test_dry_run_changes_nothing(db: Database, tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("Email,Company\nann@lee.com,Lee Ltd\n", encoding="utf-8")
    result = import_file(db, f, dry_run=True)
    assert result.imported == 1 and result.summary().startswith("Would import 1")
    assert _count(db) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\r\n", "is empty"),
        (bytes(range(256)) * 10, "binary file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "97-2003"),
        (b"PK\x03\x04garbage", "not a readable XLSX"),
        (b"foo,bar\n1,2\n", "doesn't look like a list of leads"),
        (
            b'Name,Email\nAnn,ann@example.com\n"Bob,bob@example.com\nCy,cy@example.com\n',
            "line 3: a quoted value is never closed",
        ),
    ],
)
def test_unreadable_files(db: Database, tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "x.csv"
    f.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        import_file(db, f)
    assert _count(db) == 0


def test_mapping_file_problems(tmp_path: Path, db: Database) -> None:
    from workbench.services.lead_import import load_mapping_file

    m = tmp_path / "m.json"
    m.write_text(json.dumps({"Email": "e_mail"}))
    with pytest.raises(ImportFileError, match="not a field"):
        load_mapping_file(m)
    m.write_text(json.dumps({"Nope": "email"}))
    f = tmp_path / "a.csv"
    f.write_text("Email\nx@y.de\n")
    with pytest.raises(ImportFileError, match="doesn't have"):
        import_file(db, f, overrides=load_mapping_file(m))
