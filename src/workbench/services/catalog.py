"""The product catalogue and its price lists: editing, lookup for offers, CSV import."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.models import PriceList, PriceListItem, Product
from workbench.domain.money import MoneyError, check_currency, parse_decimal
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import validation
from workbench.services.tabular import ErrorCollector, Row, map_columns, read_table
from workbench.store.db import Database
from workbench.texts import fill, translate


@dataclass(frozen=True)
class Price:
    price_list_id: uuid.UUID
    currency: str
    unit_price: Decimal


@dataclass
class ProductInput:
    code: str
    name: str
    description: str = ""
    unit: str = "pc"
    tax_rate: Decimal = Decimal("0")
    cost: Decimal | None = None
    cost_currency: str = ""
    active: bool = True
    prices: list[Price] = field(default_factory=list)


@dataclass(frozen=True)
class ProductRow:
    id: uuid.UUID
    code: str
    name: str
    description: str
    unit: str
    tax_rate: Decimal
    cost: Decimal | None
    cost_currency: str
    active: bool
    price: Decimal | None  # on the list and in the currency asked for


@dataclass(frozen=True)
class PriceListRow:
    id: uuid.UUID
    name: str
    is_default: bool
    active: bool
    products: int


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    prices: int
    encoding: str
    delimiter: str


# -- price lists ---------------------------------------------------------------------------


def list_price_lists(db: Database, include_inactive: bool = False) -> list[PriceListRow]:
    with db.read() as s:
        count = (
            select(func.count())
            .where(PriceListItem.price_list_id == PriceList.id, PriceListItem.deleted.is_(False))
            .correlate(PriceList)
            .scalar_subquery()
        )
        q = select(PriceList, count).where(PriceList.deleted.is_(False))
        if not include_inactive:
            q = q.where(PriceList.active.is_(True))
        q = q.order_by(PriceList.is_default.desc(), PriceList.name)
        return [PriceListRow(p.id, p.name, p.is_default, p.active, n or 0) for p, n in s.execute(q)]


def default_price_list_id(s: Session) -> uuid.UUID | None:
    return s.scalars(
        select(PriceList.id)
        .where(PriceList.deleted.is_(False), PriceList.active.is_(True))
        .order_by(PriceList.is_default.desc(), PriceList.name)
        .limit(1)
    ).first()


def save_price_list(
    db: Database,
    price_list_id: uuid.UUID | None,
    name: str,
    *,
    is_default: bool = False,
    active: bool = True,
) -> uuid.UUID:
    name = validation.text(name, "name", "Name", required=True, max_len=120)
    with db.unit_of_work() as uow:
        s = uow.session
        clash = s.scalars(
            select(PriceList.id).where(
                func.lower(PriceList.name) == name.lower(), PriceList.deleted.is_(False)
            )
        ).first()
        if clash is not None and clash != price_list_id:
            text = translate("Errors", "A price list called “%1” already exists.")
            raise ValidationError(fill(text, name), "name")
        if price_list_id is None:
            pl = PriceList(id=uuid.uuid4(), name=name)
            s.add(pl)
        else:
            pl = validation.live(s.get(PriceList, price_list_id), "price list")
            pl.name = name
        pl.active = active
        if is_default:
            for other in s.scalars(select(PriceList).where(PriceList.is_default.is_(True))):
                if other.id != pl.id:
                    other.is_default = False
        pl.is_default = is_default
    return pl.id


def delete_price_list(db: Database, price_list_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        pl = validation.live(uow.session.get(PriceList, price_list_id), "price list")
        uow.soft_delete(pl)
        for item in uow.session.scalars(
            select(PriceListItem).where(PriceListItem.price_list_id == pl.id)
        ):
            uow.soft_delete(item)


# -- products ------------------------------------------------------------------------------


def _code_refused(values: dict[str, object]) -> ValidationError:
    text = translate("Errors", "Another product already has the code “%1”.")
    return ValidationError(fill(text, values["code"]), "code")


def _refused(text: str, label: str, field_name: str) -> ValidationError:
    """`text` (translated) about the field `label` (its English name, see FIELD_LABELS)."""
    return ValidationError(fill(text, validation.field_label(label)), field_name)


def _percent(value: Decimal, field_name: str, label: str) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise _refused(translate("Errors", "%1 must be a number."), label, field_name)
    if value < 0 or value > 100:
        text = translate("Errors", "%1 must be between 0 and 100 %.")
        raise _refused(text, label, field_name)
    return value


def _amount(value: Decimal | None, field_name: str, label: str) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise _refused(translate("Errors", "%1 must be a number."), label, field_name)
    if value < 0:
        raise _refused(translate("Errors", "%1 can't be negative."), label, field_name)
    if value > Decimal("1e12"):
        raise _refused(translate("Errors", "%1 is implausibly large."), label, field_name)
    return value


def _clean_product(data: ProductInput) -> dict[str, object]:
    cost = _amount(data.cost, "cost", "Cost")
    cost_currency = (data.cost_currency or "").strip().upper()
    if cost is not None:
        cost_currency = validation.currency(cost_currency or "EUR", "cost_currency")
    return {
        "code": validation.text(data.code, "code", "Code", required=True, max_len=60),
        "name": validation.text(data.name, "name", "Name", required=True),
        "description": validation.text(
            data.description, "description", "Description", max_len=5000
        ),
        "unit": validation.text(data.unit or "pc", "unit", "Unit", max_len=20) or "pc",
        "tax_rate": _percent(data.tax_rate, "tax_rate", "Tax rate"),
        "cost": cost,
        "cost_currency": cost_currency if cost is not None else "",
        "active": bool(data.active),
    }


def _check_prices(prices: list[Price]) -> list[Price]:
    seen: set[tuple[uuid.UUID, str]] = set()
    out = []
    for p in prices:
        currency = validation.currency(p.currency, "prices")
        _amount(p.unit_price, "prices", "Price")
        key = (p.price_list_id, currency)
        if key in seen:
            text = translate("Errors", "Two prices in %1 on the same price list.")
            raise ValidationError(fill(text, currency), "prices")
        seen.add(key)
        out.append(Price(p.price_list_id, currency, p.unit_price))
    return out


def _code_taken(s: Session, code: str, except_id: uuid.UUID | None) -> bool:
    found = s.scalars(
        select(Product.id).where(
            func.lower(Product.code) == code.lower(), Product.deleted.is_(False)
        )
    ).first()
    return found is not None and found != except_id


def _set_prices(s: Session, product_id: uuid.UUID, prices: list[Price], replace: bool) -> int:
    existing = {
        (i.price_list_id, i.currency): i
        for i in s.scalars(select(PriceListItem).where(PriceListItem.product_id == product_id))
    }
    wanted = {(p.price_list_id, p.currency): p for p in prices}
    for key, p in wanted.items():
        item = existing.get(key)
        if item is None:
            validation.live(s.get(PriceList, p.price_list_id), "price list")
            s.add(
                PriceListItem(
                    price_list_id=p.price_list_id,
                    product_id=product_id,
                    currency=p.currency,
                    unit_price=p.unit_price,
                )
            )
        else:
            if item.unit_price != p.unit_price:
                item.unit_price = p.unit_price
            if item.deleted:
                item.deleted = False
    if replace:
        for key, item in existing.items():
            if key not in wanted and not item.deleted:
                item.deleted = True
    return len(wanted)


def create_product(db: Database, data: ProductInput) -> uuid.UUID:
    values = _clean_product(data)
    prices = _check_prices(data.prices)
    with db.unit_of_work() as uow:
        s = uow.session
        if _code_taken(s, str(values["code"]), None):
            raise _code_refused(values)
        product = Product(id=uuid.uuid4(), **values)
        s.add(product)
        s.flush()
        _set_prices(s, product.id, prices, replace=True)
    return product.id


def update_product(db: Database, product_id: uuid.UUID, data: ProductInput) -> None:
    values = _clean_product(data)
    prices = _check_prices(data.prices)
    with db.unit_of_work() as uow:
        s = uow.session
        product = validation.live(s.get(Product, product_id), "product")
        if _code_taken(s, str(values["code"]), product.id):
            raise _code_refused(values)
        for key, value in values.items():
            if getattr(product, key) != value:
                setattr(product, key, value)
        _set_prices(s, product.id, prices, replace=True)


def delete_product(db: Database, product_id: uuid.UUID) -> None:
    """Tombstones the product; offers that used it keep their copied lines."""
    with db.unit_of_work() as uow:
        product = validation.live(uow.session.get(Product, product_id), "product")
        uow.soft_delete(product)


def get_product(db: Database, product_id: uuid.UUID) -> ProductInput:
    with db.read() as s:
        p = validation.live(s.get(Product, product_id), "product")
        prices = [
            Price(i.price_list_id, i.currency, i.unit_price)
            for i in s.scalars(
                select(PriceListItem)
                .where(PriceListItem.product_id == p.id, PriceListItem.deleted.is_(False))
                .order_by(PriceListItem.currency)
            )
        ]
        return ProductInput(
            code=p.code,
            name=p.name,
            description=p.description,
            unit=p.unit,
            tax_rate=p.tax_rate,
            cost=p.cost,
            cost_currency=p.cost_currency,
            active=p.active,
            prices=prices,
        )


def _product_query(search: str, include_inactive: bool):  # type: ignore[no-untyped-def]
    q = select(Product).where(Product.deleted.is_(False))
    if not include_inactive:
        q = q.where(Product.active.is_(True))
    match = validation.contains(search, Product.code, Product.name, Product.description)
    return q if match is None else q.where(match)


def list_products(
    db: Database,
    search: str = "",
    *,
    price_list_id: uuid.UUID | None = None,
    currency: str = "EUR",
    include_inactive: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[ProductRow]:
    with db.read() as s:
        list_id = price_list_id or default_price_list_id(s)
        price = (
            select(PriceListItem.unit_price)
            .where(
                PriceListItem.product_id == Product.id,
                PriceListItem.price_list_id == list_id,
                PriceListItem.currency == currency,
                PriceListItem.deleted.is_(False),
            )
            .correlate(Product)
            .scalar_subquery()
        )
        q = (
            _product_query(search, include_inactive)
            .add_columns(price)
            .order_by(Product.code)
            .offset(offset)
            .limit(limit)
        )
        return [
            ProductRow(
                p.id,
                p.code,
                p.name,
                p.description,
                p.unit,
                p.tax_rate,
                p.cost,
                p.cost_currency,
                p.active,
                Decimal(str(unit_price)) if unit_price is not None else None,
            )
            for p, unit_price in s.execute(q)
        ]


def count_products(db: Database, search: str = "", include_inactive: bool = True) -> int:
    with db.read() as s:
        q = _product_query(search, include_inactive).subquery()
        return int(s.scalar(select(func.count()).select_from(q)) or 0)


def price_for(
    s: Session, product_id: uuid.UUID, price_list_id: uuid.UUID | None, currency: str
) -> Decimal | None:
    """The product's price on the list in the currency, else on the default list."""
    for list_id in (price_list_id, default_price_list_id(s)):
        if list_id is None:
            continue
        price = s.scalars(
            select(PriceListItem.unit_price).where(
                PriceListItem.product_id == product_id,
                PriceListItem.price_list_id == list_id,
                PriceListItem.currency == currency,
                PriceListItem.deleted.is_(False),
            )
        ).first()
        if price is not None:
            return price
    return None


# -- CSV import ----------------------------------------------------------------------------

ALIASES = {
    "code": ["sku", "article", "article_no", "item_no", "product_code", "artikelnummer", "nr"],
    "name": ["product", "product_name", "title", "bezeichnung"],
    "description": ["details", "text", "beschreibung"],
    "unit": ["uom", "unit_of_measure", "einheit"],
    "tax_rate": ["tax", "vat", "vat_rate", "tax_percent", "mwst", "ust"],
    "cost": ["unit_cost", "purchase_price", "einkaufspreis"],
    "active": ["enabled", "aktiv"],
    "price": ["unit_price", "list_price", "preis"],
    "currency": ["cur", "waehrung", "währung"],
    "price_list": ["pricelist", "list", "preisliste"],
}
_TRUE = {"1", "yes", "y", "true", "x", "ja", "active", "aktiv"}
_FALSE = {"0", "no", "n", "false", "nein", "inactive", "inaktiv"}


@dataclass
class _Parsed:
    line: int
    values: dict[str, object]
    prices: list[tuple[str, str, Decimal]]  # (price list name, currency, price)


def _parse_row(
    row: Row,
    cols: dict[str, str],
    price_cols: dict[str, str],
    default_list: str,
    errors: ErrorCollector,
) -> _Parsed | None:
    before = len(errors.errors)

    def cell(name: str) -> str:
        return row.get(cols[name]) if name in cols else ""

    def number(name: str, label: str) -> Decimal | None:
        text = cell(name).replace("%", "").replace("€", "").strip()
        if not text:
            return None
        try:
            return parse_decimal(text)
        except MoneyError:
            refused = validation.not_a_number(validation.field_label(label), cell(name))
            errors.add(row.line, refused, name)
            return None

    if "__extra__" in row.values:
        text = translate("Import", "More cells than the header has columns (a stray delimiter?).")
        errors.add(row.line, text)
    active_text = cell("active").lower()
    if active_text and active_text not in _TRUE | _FALSE:
        text = translate("Import", "Active “%1” must be yes or no.")
        errors.add(row.line, fill(text, cell("active")), "active")
    values: dict[str, object] = {}
    try:
        values = _clean_product(
            ProductInput(
                code=cell("code"),
                name=cell("name"),
                description=cell("description"),
                unit=cell("unit") or "pc",
                tax_rate=number("tax_rate", "Tax rate") or Decimal(0),
                cost=number("cost", "Cost"),
                cost_currency=cell("currency") or "EUR",
                active=active_text not in _FALSE,
            )
        )
    except ValidationError as exc:
        errors.add(row.line, str(exc), exc.field)
    prices: list[tuple[str, str, Decimal]] = []
    list_name = cell("price_list") or default_list
    price = number("price", "Price")
    if price is not None:
        try:
            prices.append((list_name, validation.currency(cell("currency") or "EUR"), price))
        except ValidationError as exc:
            errors.add(row.line, str(exc), exc.field)
    for header, currency in price_cols.items():
        text = row.get(header)
        if text:
            try:
                prices.append((list_name, currency, parse_decimal(text)))
            except MoneyError:
                refused = translate("Import", "Price in %1 “%2” is not a number.")
                errors.add(row.line, fill(refused, currency, text), header)
    for _, _, p in prices:
        try:
            _amount(p, "price", "A price")  # the bounds the product form applies
        except ValidationError as exc:
            errors.add(row.line, str(exc), "price")
    if len(errors.errors) > before:
        return None
    return _Parsed(row.line, values, prices)


def import_products(
    db: Database, source: Path | bytes, *, price_list_id: uuid.UUID | None = None
) -> ImportSummary:
    """Import or update products from a CSV file, all or nothing.

    Columns (any order, common aliases accepted): code, name, description, unit, tax_rate,
    cost, active, price + currency (+ price_list by name), or one `price_<CUR>` column per
    currency. A product whose code already exists is updated, not duplicated; prices not
    named in the file are kept. Any bad row: ImportRejected listing every bad line, and
    nothing is stored.
    """
    table = read_table(source)
    cols = map_columns(table, ALIASES, required=["code", "name"])
    price_cols: dict[str, str] = {}
    for h in table.headers:
        if h.startswith("price_") and len(h) == 9:
            try:
                price_cols[h] = check_currency(h[6:])
            except MoneyError:
                continue
    with db.read() as s:
        lists = {
            pl.name.lower(): pl.id
            for pl in s.scalars(select(PriceList).where(PriceList.deleted.is_(False)))
        }
        target = price_list_id or default_price_list_id(s)
        default_name = next((n for n, i in lists.items() if i == target), "")
    errors = ErrorCollector()
    parsed: list[_Parsed] = []
    first_line: dict[str, int] = {}
    price_keys: dict[str, set[tuple[str, str]]] = {}
    for row in table.rows:
        item = _parse_row(row, cols, price_cols, default_name, errors)
        if item is None:
            continue
        code = str(item.values["code"]).lower()
        for list_name, _, _ in item.prices:
            if list_name.lower() not in lists:
                text = (
                    fill(translate("Import", "No price list is called “%1”."), list_name)
                    if list_name
                    else translate("Import", "No price list exists yet; create one first.")
                )
                errors.add(row.line, text, "price_list")
        # A code may repeat only to add prices on other lists or in other currencies.
        keys = {(n.lower(), c) for n, c, _ in item.prices}
        if code in first_line and (not keys or keys & price_keys[code]):
            text = translate("Import", "Code “%1” is already on line %2.")
            errors.add(row.line, fill(text, item.values["code"], first_line[code]), "code")
        first_line.setdefault(code, row.line)
        price_keys.setdefault(code, set()).update(keys)
        parsed.append(item)
    if not table.rows:
        raise WorkbenchError(translate("Import", "The file has a header but no products."))
    errors.raise_if_any()

    created = updated = n_prices = 0
    with db.unit_of_work() as uow:
        s = uow.session
        by_code = {
            p.code.lower(): p for p in s.scalars(select(Product).where(Product.deleted.is_(False)))
        }
        touched: set[str] = set()
        for item in parsed:
            code = str(item.values["code"]).lower()
            product = by_code.get(code)
            if product is None:
                product = Product(id=uuid.uuid4(), **item.values)
                s.add(product)
                by_code[code] = product
                created += 1
            else:
                for key, value in item.values.items():
                    if getattr(product, key) != value:
                        setattr(product, key, value)
                if code not in touched:
                    updated += 1
            touched.add(code)
            s.flush()
            prices = [Price(lists[n.lower()], c, p) for n, c, p in item.prices]
            n_prices += _set_prices(s, product.id, prices, replace=False)
    return ImportSummary(created, updated, n_prices, table.encoding, table.delimiter)
