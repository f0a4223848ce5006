"""The body of the offer PDF: address block, line table, totals, payments, terms and
signature, as reportlab flowables."""

from __future__ import annotations

from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from workbench.domain.enums import OfferStatus
from workbench.domain.offer_totals import PaymentKind
from workbench.domain.rules import format_phone
from workbench.services.company import CompanyProfile
from workbench.services.offer_pdf.layout import (
    BODY_W,
    Fmt,
    Styles,
    _block,
    _cut,
    _p,
    _paras,
    clean_text,
    one_line,
    styles_for,
)
from workbench.services.offer_pdf.words import say
from workbench.services.offers.model import OfferView

# -- content -------------------------------------------------------------------------------

_COL_WIDTHS = [10 * mm, 57 * mm, 13 * mm, 16 * mm, 26 * mm, 13 * mm, 12 * mm, 27 * mm]
_PAD = 3  # left and right padding of the line table's cells
_GRID = colors.HexColor("#dddddd")


def _pairs_table(
    pairs: list[tuple[list[Flowable], list[Flowable]]],
    widths: tuple[float, float],
    *,
    lines: bool = False,
    **kw: Any,
) -> Table:
    """Label and text side by side, both cut into rows that fit a page."""
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for left, right in pairs:
        a, b = _cut(left, widths[0] - 6), _cut(right, widths[1] - 6)
        for i in range(max(len(a), len(b))):
            rows.append([a[i] if i < len(a) else "", b[i] if i < len(b) else ""])
        if lines:
            style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, _GRID))
    return Table(rows, colWidths=list(widths), style=TableStyle(style), **kw)


def _address_block(view: OfferView, company: CompanyProfile, st: Styles, f: Fmt) -> Table:
    w = partial(say, view.language)
    sender = " · ".join([company.name, *company.address_lines]) if company.name else ""
    left: list[Flowable] = [_p(one_line(sender), st.cell_small)] if sender else []
    left.append(Spacer(1, 2 * mm))
    customer_lines = [view.customer]
    if view.contact_name and view.contact_name != view.customer:
        customer_lines.append(w("Attn. {name}", name=view.contact_name))
    customer_lines += view.customer_address
    left += [_p(one_line(text), st.body) for text in customer_lines]
    details = [
        (w("Offer no."), view.number),
        (w("Version"), str(view.version)),
        (w("Date"), f.day(view.sent_at or view.created_at)),
        (w("Valid until"), f.day(view.data.valid_until)),
        (w("Your contact"), view.owner_name or company.name),
    ]
    if view.owner_email:
        details.append((w("E-mail"), view.owner_email))
    if view.owner_phone:
        details.append((w("Phone"), format_phone(view.owner_phone)))
    right = Table(
        [[_p(k, st.cell_small), _p(one_line(v), st.cell)] for k, v in details if v],
        colWidths=[24 * mm, 46 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    left_w = BODY_W - 72 * mm
    groups = _cut(left, left_w - 6)
    return Table(
        [[group, right if i == 0 else ""] for i, group in enumerate(groups)],
        colWidths=[left_w, 72 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def _line_table(view: OfferView, st: Styles, f: Fmt) -> Table:
    w = partial(say, view.language)
    titles = (w("Pos"), w("Description"), w("Qty"), w("Unit"), w("Unit price"), w("Disc."))
    head = [_p(t, st.head) for t in (*titles, w("Tax"), w("Amount"))]
    for i in (2, 4, 5, 6, 7):
        head[i].style = ParagraphStyle("hr", parent=st.head, alignment=TA_RIGHT)
    rows: list[list[Any]] = [head]
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.brand),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    section = None
    right = st.cell_right
    desc_w = _COL_WIDTHS[1] - 2 * _PAD
    pairs = zip(view.data.lines, view.totals.lines, strict=True)
    for pos, (line, total) in enumerate(pairs, start=1):
        if line.section != section and line.section:
            rows.append([_p(one_line(line.section), st.cell_bold), "", "", "", "", "", "", ""])
            r = len(rows) - 1
            style += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), st.tint),
                ("LINEBELOW", (0, r), (-1, r), 0.25, _GRID),
            ]
        section = line.section
        title, _, rest = clean_text(line.description).partition("\n")
        code = one_line(line.code)
        desc: list[Flowable] = [_p((f"{code}  " if code else "") + title, st.cell)]
        if rest.strip():
            desc += _paras(rest.strip(), st.cell_small)
        if line.optional:
            desc.append(_p(w("Optional item, not included in the total"), st.cell_small))
        amount = f.money(total.net)
        first = len(rows)
        # A long description continues in rows of its own below the line's figures. A short
        # one fits a page whatever its characters, so it is not measured (twice as fast).
        short = len(line.description) <= 300 and line.description.count("\n") <= 10
        for i, group in enumerate([desc] if short else _cut(desc, desc_w)):
            if i:
                rows.append(["", group, "", "", "", "", "", ""])
                continue
            rows.append(
                [
                    _p(str(pos), st.cell),
                    group,
                    _p(f.number(line.quantity), right),
                    _p(one_line(line.unit), st.cell),
                    _p(f.price(line.unit_price), right),
                    _p(f.percent(line.discount_percent) if line.discount_percent else "", right),
                    _p(f.percent(line.tax_rate), right),
                    _p(f"({amount})" if line.optional else amount, right),
                ]
            )
        last = len(rows) - 1
        style.append(("LINEBELOW", (0, last), (-1, last), 0.25, _GRID))
        if last > first:  # the parts of a long description read as one text
            style += [
                ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                ("TOPPADDING", (0, first + 1), (-1, last), 0),
            ]
        if line.optional:
            style.append(("TEXTCOLOR", (0, first), (-1, last), colors.grey))
    return Table(rows, colWidths=_COL_WIDTHS, repeatRows=1, style=TableStyle(style))


def _totals_table(view: OfferView, st: Styles, f: Fmt) -> Table:
    w = partial(say, view.language)
    t = view.totals
    rows: list[tuple[str, str, bool]] = []
    if t.discount:
        rows.append((w("Subtotal"), f.money(t.subtotal), False))
        rows.append(
            (
                w("Discount {percent}", percent=f.percent(t.discount_percent)),
                f"− {f.money(t.discount)}",
                False,
            )
        )
    rows.append((w("Net total"), f.money(t.net), True))
    for tax in t.taxes:
        rate, base = f.percent(tax.rate), f.money(tax.base)
        rows.append((w("Tax {rate} on {base}", rate=rate, base=base), f.money(tax.tax), False))
    rows.append((w("Total"), f.money(t.gross), True))
    data = [
        [_p(label, st.cell_bold if strong else st.cell), _p(value, st.cell_right)]
        for label, value, strong in rows
    ]
    n = len(data)
    table = Table(
        data,
        colWidths=[60 * mm, 32 * mm],
        hAlign="RIGHT",
        style=TableStyle(
            [
                ("LINEABOVE", (0, n - 1), (-1, n - 1), 1, st.brand),
                ("BACKGROUND", (0, n - 1), (-1, n - 1), st.tint),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )
    return table


def _payments(view: OfferView, st: Styles, f: Fmt) -> list[Flowable]:
    w = partial(say, view.language)
    t = view.totals
    rows: list[tuple[str, str]] = []
    for plan in t.payments:
        o = plan.option
        if o.kind == PaymentKind.ONE_OFF:
            rows.append((w("One-off payment"), w("{amount} total", amount=f.money(t.gross))))
        elif o.kind == PaymentKind.INSTALMENTS:
            text = w(
                "{months} monthly instalments of {amount}",
                months=o.months,
                amount=f.money(plan.monthly),
            )
            if plan.last_payment != plan.monthly:
                text += w(" (last one {amount})", amount=f.money(plan.last_payment))
            label = w("Instalments over {months} months", months=o.months)
            rows.append((label, text + w(", no interest")))
        else:
            text = w(
                "{amount} per month for {months} months at {rate} p.a. (annuity)",
                amount=f.money(plan.monthly),
                months=o.months,
                rate=f.percent(o.annual_rate_percent),
            )
            if plan.residual:
                text += w(", residual value {amount}", amount=f.money(plan.residual))
            text += w("; total {amount}", amount=f.money(plan.total_paid))
            rows.append((w("Leasing over {months} months", months=o.months), text))
    # An add-on at nothing a month is no offer to the customer: it is left out.
    add_ons = [a for a in view.data.add_ons if a.monthly_price]
    for add_on in add_ons:
        rows.append(
            (
                w("Add-on: {name}", name=one_line(add_on.name)),
                w(
                    "{amount} per month plus tax {rate}",
                    amount=f.money(add_on.monthly_price),
                    rate=f.percent(add_on.tax_rate),
                ),
            )
        )
    if add_ons and t.payments:
        together = w("{amount} per month incl. tax", amount=f.money(t.add_ons_monthly_gross))
        rows.append((w("Add-ons together"), together))
    if not rows:
        return []
    table = _pairs_table(
        [([_p(a, st.cell_bold)], [_p(b, st.cell)]) for a, b in rows],
        (55 * mm, BODY_W - 55 * mm),
        lines=True,
    )
    return _block([_p(w("Payment options"), st.h2), table])


def _terms(view: OfferView, st: Styles, f: Fmt) -> list[Flowable]:
    w = partial(say, view.language)
    d = view.data
    terms: list[tuple[str, list[Flowable]]] = []
    if d.valid_until:
        valid = w("This offer is valid until {date}.", date=f.day(d.valid_until))
        terms.append((w("Validity"), [_p(valid, st.cell)]))
    if d.delivery_terms:
        terms.append((w("Delivery"), _paras(d.delivery_terms, st.cell)))
    if d.payment_terms:
        terms.append((w("Payment"), _paras(d.payment_terms, st.cell)))
    if not terms:
        return []
    table = _pairs_table(
        [([_p(label, st.cell_bold)], text) for label, text in terms],
        (25 * mm, BODY_W - 25 * mm),
    )
    return _block([_p(w("Terms"), st.h2), table])


def _signature(company: CompanyProfile, view: OfferView, st: Styles) -> Table:
    w = partial(say, view.language)
    line_style = TableStyle(
        [
            ("LINEABOVE", (0, 1), (0, 1), 0.5, colors.black),
            ("LINEABOVE", (2, 1), (2, 1), 0.5, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    supplier = one_line(company.name) or w("the supplier")
    signatory = view.owner_name
    signature_line = (
        w(
            "Place, date, signature\n{name}, for {supplier}",
            name=one_line(signatory),
            supplier=supplier,
        )
        if signatory
        else w("Place, date, signature\nfor {supplier}", supplier=supplier)
    )
    return Table(
        [
            ["", "", ""],
            [
                _p(signature_line, st.small),
                "",
                _p(
                    w(
                        "Place, date, signature\naccepted for {customer}",
                        customer=one_line(view.customer),
                    ),
                    st.small,
                ),
            ],
        ],
        colWidths=[75 * mm, BODY_W - 150 * mm, 75 * mm],
        rowHeights=[16 * mm, None],
        style=line_style,
    )


def build_story(view: OfferView, company: CompanyProfile, locale: str) -> list[Flowable]:
    w = partial(say, view.language)
    st = styles_for(company.color)
    f = Fmt(locale, view.data.currency)
    title = (
        w("Offer {number} · version {version}", number=view.number, version=view.version)
        if view.version > 1
        else w("Offer {number}", number=view.number)
    )
    story: list[Flowable] = [
        _address_block(view, company, st, f),
        Spacer(1, 8 * mm),
        _p(title, st.title),
    ]
    if view.opportunity_title:
        story.append(_p(one_line(view.opportunity_title), st.body))
    story.append(Spacer(1, 4 * mm))
    if view.data.introduction:
        story += [*_paras(view.data.introduction, st.body), Spacer(1, 4 * mm)]
    story.append(_line_table(view, st, f))
    story.append(Spacer(1, 3 * mm))
    totals: list[Flowable] = [_totals_table(view, st, f)]
    if view.totals.optional_net:
        totals.append(
            _p(
                w(
                    "Optional items (not included above): {amount} net",
                    amount=f.money(view.totals.optional_net),
                ),
                ParagraphStyle("opt", parent=st.small_right, spaceBefore=3),
            )
        )
    story += _block(totals)
    story += _payments(view, st, f)
    story += _terms(view, st, f)
    if view.status == OfferStatus.REJECTED or view.status == OfferStatus.EXPIRED:
        status = w("Status: rejected" if view.status == OfferStatus.REJECTED else "Status: expired")
        story.append(_p(status, st.small))
    # The end of the closing stays with the signature; a long closing flows before it.
    closing = _cut(_paras(view.data.closing, st.body), BODY_W) if view.data.closing else [[]]
    for group in closing[:-1]:
        story += group
    tail: list[Flowable] = [Spacer(1, 6 * mm), *closing[-1]]
    if closing[-1]:
        tail.append(Spacer(1, 4 * mm))
    tail.append(_signature(company, view, st))
    if len(closing) == 1:
        # A short closing takes the block before it along: a last page with only the
        # closing and the signature reads as if the offer had ended a page earlier.
        # Its own KeepTogether is opened: reportlab reads a KeepTogether nested in another
        # as taller than any page and would start the whole tail on a new page.
        block = story.pop()
        tail[:0] = block._content if isinstance(block, KeepTogether) else [block]
    story.append(KeepTogether(tail))
    return story
