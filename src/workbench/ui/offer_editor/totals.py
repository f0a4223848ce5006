"""The totals panel: the offer's figures and guard rails, refreshed as you type."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from workbench.domain.offer_totals import OfferTotals, PaymentKind
from workbench.errors import ValidationError
from workbench.services import offers
from workbench.services.offer_pdf import Fmt
from workbench.ui.messages import error_html
from workbench.ui.theme import coloured, on_scheme_change


class TotalsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.rails_label = QLabel()
        self.rails_label.setObjectName("guardRails")
        self.rails_label.setWordWrap(True)
        self.rails_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Totals"))
        QVBoxLayout(box).addWidget(self.totals_label)
        layout.addWidget(box)
        layout.addWidget(self.rails_label)
        # The guard rails and errors are rich text in the scheme's colours: written
        # again when the scheme changes.
        self._rails_text: Callable[[], str] = lambda: ""
        on_scheme_change(self.rails_label, self._show_rails)

    def _show_rails(self) -> None:
        self.rails_label.setText(self._rails_text())

    def show_error(self, exc: ValidationError | ArithmeticError) -> None:
        self._rails_text = lambda: error_html(exc)
        self._show_rails()

    def show_totals(
        self, data: offers.VersionData, totals: OfferTotals, fmt: Fmt, limit: Decimal
    ) -> None:
        self.totals_label.setText(
            "<table cellspacing=3 width='100%'>"
            + "".join(
                f"<tr><td>{a}</td><td align=right>{b}</td></tr>" for a, b in self._rows(totals, fmt)
            )
            + "</table>"
        )
        rails = offers.guard_rails(data, limit)
        self._rails_text = lambda: "<br>".join(
            coloured(f"⚠ {r.message}", "danger" if r.blocking else "warn") for r in rails
        )
        self._show_rails()

    def _rows(self, totals: OfferTotals, fmt: Fmt) -> list[tuple[str, str]]:
        rows = []
        if totals.discount:
            rows.append((self.tr("Subtotal"), fmt.money(totals.subtotal)))
            rows.append(
                (
                    self.tr("Discount %s") % fmt.percent(totals.discount_percent),
                    "− " + fmt.money(totals.discount),
                )
            )
        net, gross = self.tr("Net"), self.tr("Gross")
        rows.append((f"<b>{net}</b>", f"<b>{fmt.money(totals.net)}</b>"))
        for tax in totals.taxes:
            rows.append((self.tr("Tax %s") % fmt.percent(tax.rate), fmt.money(tax.tax)))
        rows.append(
            (
                f"<b>{gross}</b>",
                f"<b style='font-size:15px'>{fmt.money(totals.gross)}</b>",
            )
        )
        if totals.optional_net:
            rows.append((self.tr("Optional items (net)"), fmt.money(totals.optional_net)))
        per_month = self.tr("/month")
        for plan in totals.payments:
            o = plan.option
            if o.kind == PaymentKind.INSTALMENTS:
                rows.append(
                    (self.tr("%d instalments") % o.months, fmt.money(plan.monthly) + per_month)
                )
            elif o.kind == PaymentKind.LEASING:
                rows.append(
                    (self.tr("Leasing %d months") % o.months, fmt.money(plan.monthly) + per_month)
                )
        if totals.add_ons_monthly_gross:
            rows.append((self.tr("Add-ons"), fmt.money(totals.add_ons_monthly_gross) + per_month))
        return rows
