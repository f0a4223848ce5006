"""Time rendering an offer PDF (the issue asks for 500 lines in under 2 s).

Usage: python benchmarks/offer_pdf_bench.py [--lines N]
Prints `name value unit` lines. Builds a real database with one offer of N lines in
sections, then renders it the way the app does (load the version, render to a file).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from workbench.domain.models import Pipeline
from workbench.domain.offer_totals import PaymentKind, PaymentOption
from workbench.services import accounts, company, offers
from workbench.services.offer_pdf import render_offer_pdf
from workbench.services.opportunities import OpportunityInput, create_opportunity
from workbench.services.setup import open_workbench


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_workbench(Path(tmp) / "bench.sqlite").db
        company.save_company(
            db, company.CompanyProfile(name="Nordlicht Systems GmbH", address="Am Hafen 1")
        )
        account = accounts.create_account(db, accounts.AccountInput(name="Bench Customer AG"))
        with db.read() as s:
            pipeline = s.scalars(select(Pipeline.id).limit(1)).one()
        deal = create_opportunity(
            db, OpportunityInput(title="Bench", pipeline_id=pipeline, account_id=account)
        )
        offer_id = offers.create_offer(db, deal)
        data = offers.load_offer(db, offer_id).data
        data.lines = [
            offers.LineData(
                description=f"Article {i}\nA two-line description of article {i}",
                code=f"A-{i:05d}",
                quantity=Decimal(i % 7 + 1),
                unit_price=Decimal("12.34") * (i % 11 + 1),
                discount_percent=Decimal(i % 3 * 5),
                tax_rate=Decimal("19") if i % 4 else Decimal("7"),
                optional=i % 50 == 0,
                section=f"Section {i // 60 + 1}",
            )
            for i in range(args.lines)
        ]
        data.payment_options = [
            PaymentOption(PaymentKind.ONE_OFF),
            PaymentOption(PaymentKind.LEASING, 36, Decimal("4.9")),
        ]
        offers.save_draft(db, offer_id, data)
        out = Path(tmp) / "offer.pdf"
        started = time.perf_counter()
        render_offer_pdf(db, offers.load_offer(db, offer_id), out)  # first: fonts get loaded
        first = time.perf_counter() - started
        started = time.perf_counter()
        view = offers.load_offer(db, offer_id)
        pages = render_offer_pdf(db, view, out)
        elapsed = time.perf_counter() - started
        size_kb = out.stat().st_size / 1024
        db.close()
    print(f"offer_pdf_{args.lines}_lines_first_s {first:.2f} s")
    print(f"offer_pdf_{args.lines}_lines_s {elapsed:.2f} s")
    print(f"offer_pdf_{args.lines}_lines_pages {pages} pages")
    print(f"offer_pdf_{args.lines}_lines_size_kb {size_kb:.0f} KB")


if __name__ == "__main__":
    main()
