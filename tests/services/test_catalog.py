from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workbench.domain.models import Product
from workbench.errors import ValidationError
from workbench.services import catalog
from workbench.services.tabular import ImportRejected, TabularError, read_table
from workbench.store.db import Database

D = Decimal


@pytest.fixture
def lists(db: Database) -> tuple:  # type: ignore[type-arg]
    standard = catalog.save_price_list(db, None, "Standard", is_default=True)
    partner = catalog.save_price_list(db, None, "Partner")
    return standard, partner


def test_product_crud_and_prices(db: Database, lists: tuple) -> None:  # type: ignore[type-arg]
    standard, partner = lists
    pid = catalog.create_product(
        db,
        catalog.ProductInput(
            code="FL-100",
            name="Forklift",
            tax_rate=D("19"),
            cost=D("8000"),
            prices=[
                catalog.Price(standard, "EUR", D("12000")),
                catalog.Price(partner, "EUR", D("10500")),
            ],
        ),
    )
    rows = catalog.list_products(db, "fork")
    assert [(r.code, r.price) for r in rows] == [("FL-100", D("12000"))]
    assert catalog.list_products(db, price_list_id=partner)[0].price == D("10500")
    with pytest.raises(ValidationError, match="code"):
        catalog.create_product(db, catalog.ProductInput(code="fl-100", name="Other"))
    data = catalog.get_product(db, pid)
    data.prices = [catalog.Price(standard, "EUR", D("11999"))]
    catalog.update_product(db, pid, data)
    with db.read() as s:
        assert catalog.price_for(s, pid, partner, "EUR") == D("11999")  # falls back to default
    catalog.delete_product(db, pid)
    assert catalog.count_products(db) == 0


def test_import_creates_then_updates_by_code(db: Database, lists: tuple) -> None:  # type: ignore[type-arg]
    csv1 = (
        "Code;Name;Unit;VAT;Price;Currency;Cost\n"
        "A-1;Sensor;pc;19;49,90;EUR;20\n"
        "A-2;Cable;m;19;2,50;EUR;\n"
    )
    summary = catalog.import_products(db, csv1.encode("cp1252"))
    assert (summary.created, summary.updated, summary.delimiter) == (2, 0, ";")
    csv2 = (
        "code,name,price_eur,price_usd,price_list\n"
        "A-1,Sensor Pro,59.90,64.00,Partner\n"
        "A-3,Mount,9,,\n"
    )
    summary = catalog.import_products(db, csv2.encode())
    assert (summary.created, summary.updated) == (1, 1)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 3
        a1 = s.scalars(select(Product).where(Product.code == "A-1")).one()
        assert a1.name == "Sensor Pro"
        assert catalog.price_for(s, a1.id, lists[1], "USD") == D("64.00")
        assert catalog.price_for(s, a1.id, lists[0], "EUR") == D("49.90")  # kept


def test_import_with_bad_rows_stores_nothing(db: Database, lists: tuple) -> None:  # type: ignore[type-arg]
    text = (
        "code,name,tax_rate,price,currency,active\n"
        "B-1,Good,19,10,EUR,yes\n"
        ",No code,19,10,EUR,yes\n"
        "B-3,Bad price,19,ten,EUR,yes\n"
        '"B-4","Multi\nline name",19,10,EUR,yes\n'
        "B-5,Bad tax,190,10,EUR,no\n"
        "B-6,Bad currency,19,10,EURO,yes\n"
        "B-1,Duplicate,19,10,EUR,yes\n"
        "B-8,Bad flag,19,10,EUR,maybe\n"
        "B-9,Huge price,19,1e30,EUR,yes\n"
        "B-10,Negative price,19,-5,EUR,yes\n"
    )
    with pytest.raises(ImportRejected) as info:
        catalog.import_products(db, text.encode())
    lines = [e.line for e in info.value.errors]
    assert lines == [3, 4, 7, 8, 9, 10, 11, 12]
    assert "implausibly large" in str(info.value)
    assert "Line 4" in str(info.value) and "ten" in str(info.value)
    assert catalog.count_products(db) == 0


def test_import_whole_file_errors(db: Database, lists: tuple) -> None:  # type: ignore[type-arg]
    with pytest.raises(TabularError, match="Missing column"):
        catalog.import_products(db, b"sku,price\nX,1\n")
    with pytest.raises(TabularError, match="not a text"):
        catalog.import_products(db, b"\x00\x01\x02PK")
    with pytest.raises(TabularError, match="empty"):
        catalog.import_products(db, b"")
    # An unclosed quote would swallow the following rows into one product's name.
    with pytest.raises(TabularError, match="Line 3: a quoted value is never closed"):
        catalog.import_products(
            db, b'code,name,price\nX1,"Cable, 2 m",4\nX13,"unterminated,1\nX14,Plug,2\n'
        )
    assert catalog.import_products(db, b'code,name,price\nM27,27" monitor,199\n').created == 1


def test_read_table_detects_encoding_and_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("\ufeffName\tCity\nMüller\tKöln\n".encode("utf-16"))
    table = read_table(path)
    assert table.delimiter == "\t"
    assert table.rows[0].values == {"name": "Müller", "city": "Köln"}
    assert table.rows[0].line == 2
