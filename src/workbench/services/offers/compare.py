"""What changed between two versions of an offer."""

from __future__ import annotations

import uuid
from decimal import Decimal

from workbench.domain.offer_totals import (
    dump_json,
)
from workbench.services.offers.model import LineData, LineDiff, VersionComparison
from workbench.services.offers.reading import load_offer
from workbench.store.db import Database


def _key(line: LineData) -> str:
    if line.product_id is not None:
        return f"p:{line.product_id}:{line.section}"
    if line.code:
        return f"c:{line.code.lower()}:{line.section}"
    return f"d:{line.description.strip().lower()}:{line.section}"


def _fmt(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value) if value is not None else ""


def compare_versions(db: Database, offer_id: uuid.UUID, a: int, b: int) -> VersionComparison:
    """Line by line: lines are matched by product (or code, or description) within their
    section; changed fields are named with old -> new values."""
    va, vb = load_offer(db, offer_id, a), load_offer(db, offer_id, b)
    old_by_key: dict[str, list[LineData]] = {}
    for line in va.data.lines:
        old_by_key.setdefault(_key(line), []).append(line)
    diffs: list[LineDiff] = []
    fields_ = [
        ("description", "description"),
        ("quantity", "quantity"),
        ("unit", "unit"),
        ("unit_price", "unit price"),
        ("discount_percent", "discount %"),
        ("tax_rate", "tax %"),
        ("optional", "optional"),
    ]
    for line in vb.data.lines:
        key = _key(line)
        candidates = old_by_key.get(key)
        if not candidates:
            diffs.append(LineDiff("added", key, None, line, []))
            continue
        old = candidates.pop(0)
        changes = [
            f"{label}: {_fmt(getattr(old, name))} → {_fmt(getattr(line, name))}"
            for name, label in fields_
            if getattr(old, name) != getattr(line, name)
        ]
        diffs.append(LineDiff("changed" if changes else "same", key, old, line, changes))
    for key, rest in old_by_key.items():
        for old in rest:
            diffs.append(LineDiff("removed", key, old, None, []))
    header: list[tuple[str, str, str]] = []
    for label, x, y in (
        ("Net total", va.totals.net, vb.totals.net),
        ("Gross total", va.totals.gross, vb.totals.gross),
        ("Offer discount %", va.data.discount_percent, vb.data.discount_percent),
        ("Valid until", va.data.valid_until, vb.data.valid_until),
        ("Payment terms", va.data.payment_terms, vb.data.payment_terms),
        ("Delivery terms", va.data.delivery_terms, vb.data.delivery_terms),
        (
            "Payment options",
            dump_json(va.data.payment_options),
            dump_json(vb.data.payment_options),
        ),
    ):
        if x != y:
            header.append((label, _fmt(x), _fmt(y)))
    return VersionComparison(a, b, diffs, header)
