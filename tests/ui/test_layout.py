"""The layout rules every list shares (ui/column_layout.py), seen through real views at the
default window size: columns sized to their contents, dragged widths remembered, text cut
at word ends, new records scrolled into view, placeholder rows not selectable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_offer_editor import product as product  # the fixture
from tests.ui.test_shell import _save, _type, _when_dialog_opens
from workbench.services.accounts import AccountInput, ContactInput, create_account, create_contact
from workbench.services.leads import LeadInput, create_lead
from workbench.services.tasks import add_task
from workbench.ui.accounts import AccountsArea, ContactsArea
from workbench.ui.column_layout import (
    CELL_PADDING,
    MAX_WIDTH,
    NAME_FLOOR,
    WordElideDelegate,
    elide_words,
)
from workbench.ui.today import ITEM_ROLE, TodayArea


def _shown(qtbot, area: QWidget, width: int = 1090, height: int = 760) -> QWidget:  # type: ignore[no-untyped-def]
    """The area as the window shows it at 1280×800 (less the navigation)."""
    qtbot.addWidget(area)
    area.resize(width, height)
    area.show()
    qtbot.waitExposed(area)
    return area


def _accounts(ctx) -> None:  # type: ignore[no-untyped-def]
    for i in range(6):
        account = create_account(
            ctx.db,
            AccountInput(
                name=f"Nordlicht Maschinenbau Vertriebs GmbH & Co. KG {i}",
                city="Mönchengladbach",
                phone=f"+49 2161 123456{i}",
            ),
        )
        create_contact(
            ctx.db,
            ContactInput(
                first_name="Anna-Lena",
                last_name=f"Schmidt-Hoffmann {i}",
                account_id=account,
                email=f"anna-lena.schmidt-hoffmann{i}@nordlicht-maschinenbau.example",
                phone=f"+49 2161 123456{i}",
                decision_maker=True,
            ),
        )


def _width(area, title: str) -> int:  # type: ignore[no-untyped-def]
    model, header = area.model, area.table.horizontalHeader()
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Orientation.Horizontal) == title:
            return header.sectionSize(c)
    raise KeyError(title)


def _content(area, title: str) -> int:  # type: ignore[no-untyped-def]
    model = area.model
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Orientation.Horizontal) == title:
            return area.table.sizeHintForColumn(c)
    raise KeyError(title)


def test_the_name_stretches_and_data_columns_fit_their_contents(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    _accounts(ctx)
    accounts = _shown(qtbot, AccountsArea(ctx))
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 6, timeout=5000)
    qtbot.waitUntil(lambda: _width(accounts, "Phone") >= _content(accounts, "Phone"), timeout=3000)
    view = accounts.table.viewport().width()
    # The name takes the room the data columns leave; the owner no longer sprawls.
    assert _width(accounts, "Name") > 0.35 * view
    assert _width(accounts, "Owner") < 0.25 * view
    assert _width(accounts, "City") >= _content(accounts, "City")
    total = sum(accounts.table.columnWidth(c) for c in range(accounts.model.columnCount()))
    assert abs(total - view) <= 2  # the row fills the view, no scroll bar

    contacts = _shown(qtbot, ContactsArea(ctx))
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5000)
    qtbot.waitUntil(lambda: _width(contacts, "Phone") >= _content(contacts, "Phone"), timeout=3000)
    # A very long e-mail address is held to the bound; the tick column stays narrow.
    assert 150 <= _width(contacts, "E-mail") <= MAX_WIDTH
    assert _width(contacts, "Decision maker") < 0.2 * contacts.table.viewport().width()
    assert _width(contacts, "Name") >= _content(contacts, "Name") * 0.9


def test_a_dragged_width_is_remembered_per_view(qtbot, ctx, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    _accounts(ctx)
    first = _shown(qtbot, ContactsArea(ctx))
    qtbot.waitUntil(lambda: first.model.rowCount() == 6, timeout=5000)
    # What a drag on the header's edge does.
    first.table.horizontalHeader().resizeSection(2, 233)
    first.close()

    again = _shown(qtbot, ContactsArea(ctx))
    qtbot.waitUntil(lambda: again.model.rowCount() == 6, timeout=5000)
    assert again.table.columnWidth(2) == 233
    # Another view keeps its own widths.
    accounts = _shown(qtbot, AccountsArea(ctx))
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 6, timeout=5000)
    assert accounts.table.columnWidth(2) != 233
    assert settings.value("columns/contacts")


def test_text_is_cut_at_the_end_of_a_word() -> None:
    metrics = QFontMetrics(QFont(QApplication.font()))
    text = "Confirm need and budget · 28 Jan"
    room = metrics.horizontalAdvance("Confirm need and bu")
    cut = elide_words(text, metrics, room)
    assert cut == "Confirm need and…"
    assert metrics.horizontalAdvance(cut) <= room
    assert elide_words(text, metrics, 10_000) == text
    # One word longer than the room: no word end to cut at, cut where it must.
    long = elide_words("Donaudampfschifffahrtsgesellschaft", metrics, 60)
    assert long.endswith("…") and metrics.horizontalAdvance(long) <= 60


def test_every_list_paints_with_word_end_elision(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    for area in (AccountsArea(ctx), ContactsArea(ctx)):
        qtbot.addWidget(area)
        assert isinstance(area.table.itemDelegate(), WordElideDelegate)
        assert not area.table.wordWrap()


def test_a_new_account_off_screen_is_scrolled_to_and_selected(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    for i in range(230):
        create_account(ctx.db, AccountInput(name=f"Account {i:03d}"))
    area = _shown(qtbot, AccountsArea(ctx))
    qtbot.waitUntil(lambda: area.model.rowCount() == 200, timeout=5000)

    def fill(dialog: QWidget) -> None:
        _type(qtbot, dialog, "name", "Zander Werft AG")  # sorts last, beyond the first page
        _save(qtbot, dialog)

    _when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: area.selected_row() is not None and area.selected_row().name == "Zander Werft AG",
        timeout=10000,
    )
    index = area.table.selectionModel().selectedRows()[0]
    assert area.table.viewport().rect().contains(area.table.visualRect(index).center())


def test_todays_placeholder_rows_cannot_be_selected(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    area = _shown(qtbot, TodayArea(ctx))
    qtbot.waitUntil(lambda: area.data is not None and area.model.rowCount() > 0, timeout=5000)
    view, model = area.view, area.model
    placeholders = [
        model.index(0, 0, model.index(r, 0))
        for r in range(model.rowCount())
        if model.index(0, 0, model.index(r, 0)).data() == "Nothing here."
    ]
    assert placeholders
    for index in placeholders:
        for column in range(model.columnCount()):
            cell = index.siblingAtColumn(column)
            rect = view.visualRect(cell)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert not view.selectionModel().hasSelection(), column
    assert area.selected_item() is None


def test_waiting_leads_are_tinted_not_a_wall_of_red(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    for i in range(12):
        create_lead(
            ctx.db, LeadInput(company=f"Waiting {i} GmbH", received_at=now - timedelta(days=9))
        )
    contact = create_contact(ctx.db, ContactInput(last_name="Late"))
    add_task(ctx.db, "Send the brochure", contact_id=contact, due_at=now - timedelta(days=2))
    area = _shown(qtbot, TodayArea(ctx))
    qtbot.waitUntil(lambda: len(area.items()) == 13, timeout=5000)
    whens = {}
    for index, _item in area.model.entries():
        item = index.data(ITEM_ROLE)
        whens[item.title] = index.siblingAtColumn(2)
    flagged = [cell for title, cell in whens.items() if "Waiting" in title]
    assert len(flagged) == 12
    for cell in flagged:
        brush = cell.data(Qt.ItemDataRole.BackgroundRole)
        assert brush is not None and brush.style() != Qt.BrushStyle.NoBrush  # still marked
        background = brush.color()
        assert background.lightnessF() > 0.85, background.name()  # but only tinted
    # Red stays for what is truly past due.
    late = whens["Send the brochure"].data(Qt.ItemDataRole.ForegroundRole).color()
    assert late.red() > 180 and late.green() < 100


def test_the_offer_editor_gives_the_description_the_room(qtbot, ctx, db, product) -> None:  # type: ignore[no-untyped-def]
    from tests.services.test_offers import make_deal
    from tests.ui.test_offer_editor import open_editor
    from workbench.services import offers
    from workbench.ui.offer_editor.lines import COL

    offer_id = offers.create_offer(db, make_deal(db))
    editor = open_editor(qtbot, ctx, offer_id)
    editor.resize(1280, 800)
    QApplication.processEvents()
    widths = [editor.table.columnWidth(c) for c in range(editor.model.columnCount())]
    assert widths[COL["description"]] == max(widths)
    assert widths[COL["description"]] >= 0.3 * editor.table.viewport().width()
    # Every header of the add-on table is shown whole.
    table = editor.add_ons
    editor.pricing.show()
    QApplication.processEvents()
    metrics = table.horizontalHeader().fontMetrics()
    for c in range(table.columnCount()):
        title = table.horizontalHeaderItem(c).text()
        assert table.columnWidth(c) >= metrics.horizontalAdvance(title) + 8, title


def test_leads_fit_without_scrolling_sideways_e_mail_and_phone_whole(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Ten columns in the room Leads has at 1280×800: the widest text columns give way (cut
    at word ends), the e-mail address and phone number stay whole, nothing scrolls."""
    from workbench.ui.leads import LeadsArea

    for i in range(3):
        create_lead(
            ctx.db,
            LeadInput(
                first_name="Maximilian",
                last_name=f"Oberhauser-Lindqvist {i}",
                company="Oberhauser Präzisionstechnik GmbH",
                email=f"maximilian.oberhauser{i}@praezisionstechnik.example",
                phone=f"+41 44 394 58 1{i}",
            ),
        )
    area = _shown(qtbot, LeadsArea(ctx))
    qtbot.waitUntil(lambda: area.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: _width(area, "E-mail") >= 200, timeout=3000)
    QApplication.processEvents()
    assert area.table.horizontalScrollBar().maximum() == 0
    for title in ("E-mail", "Phone"):
        assert _width(area, title) >= min(_content(area, title), MAX_WIDTH), title
    assert _width(area, "Name") >= NAME_FLOOR
    assert _width(area, "Company") < _content(area, "Company")  # gave way


def test_a_squeezed_list_scrolls_only_what_its_floors_leave(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from workbench.ui.column_layout import ColumnLayout

    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Name", "Company", "Phone", "Notes"])
    long = "Oberhauser Präzisionstechnik Vertriebsgesellschaft mbH"
    model.appendRow([QStandardItem(t) for t in (long, long, "+41 44 394 58 13", long)])
    view = QTableView()
    view.setModel(model)
    layout = ColumnLayout(view, "squeeze", None, primary=0, whole=[2])
    qtbot.addWidget(view)
    view.resize(520, 200)
    view.show()
    qtbot.waitExposed(view)
    layout.fit()
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(2) >= view.sizeHintForColumn(2)  # whole
    assert header.sectionSize(0) >= NAME_FLOOR
    assert header.sectionSize(1) < view.sizeHintForColumn(1)
    view.resize(260, 200)  # less than the floors: the rest scrolls
    layout.fit()
    assert header.sectionSize(2) >= view.sizeHintForColumn(2)
    assert view.horizontalScrollBar().maximum() > 0


def test_todays_phone_number_shows_whole_with_air(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    account = create_account(ctx.db, AccountInput(name="Elbe Logistik GmbH & Co. KG"))
    contact = create_contact(
        ctx.db,
        ContactInput(
            first_name="Viktor", last_name="Taylor", account_id=account, phone="+41 44 394 58 13"
        ),
    )
    add_task(
        ctx.db,
        "Meeting: Elbe printing press rollout",
        contact_id=contact,
        due_at=datetime.now(UTC) + timedelta(minutes=5),
    )
    area = _shown(qtbot, TodayArea(ctx))
    qtbot.waitUntil(lambda: len(area.items()) == 1, timeout=5000)
    QApplication.processEvents()
    index = next(
        area.model.index(r, 3, area.model.index(s, 0))
        for s in range(area.model.rowCount())
        for r in range(area.model.rowCount(area.model.index(s, 0)))
        if area.model.index(r, 3, area.model.index(s, 0)).data()
    )
    text = index.data()
    font = index.data(Qt.ItemDataRole.FontRole) or area.view.font()
    margin = area.view.style().pixelMetric(area.view.style().PixelMetric.PM_FocusFrameHMargin) + 1
    need = QFontMetrics(font).horizontalAdvance(text) + 2 * margin
    assert text == "+41 44 394 58 13"
    assert area.view.header().sectionSize(3) >= need + CELL_PADDING


def test_today_gives_when_its_room(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    account = create_account(ctx.db, AccountInput(name="Oberhauser Präzisionstechnik GmbH"))
    contact = create_contact(
        ctx.db, ContactInput(first_name="Maximilian", last_name="Oberhauser", account_id=account)
    )
    add_task(ctx.db, "Send the brochure", contact_id=contact, due_at=now - timedelta(days=1))
    area = _shown(qtbot, TodayArea(ctx))
    qtbot.waitUntil(lambda: len(area.items()) == 1, timeout=5000)
    header = area.view.header()
    qtbot.waitUntil(
        lambda: header.sectionSize(2) >= area.view.sizeHintForColumn(2) > 0, timeout=3000
    )
    assert header.sectionSize(1) < 0.45 * area.view.viewport().width()
    assert header.sectionSize(0) == max(header.sectionSize(c) for c in range(4))


def test_a_long_german_label_wraps_instead_of_squeezing_the_fields(qapp, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from workbench.ui.company_settings import CompanySettingsDialog
    from workbench.ui.forms import LABEL_WIDTH
    from workbench.ui.language import install_translators, remove_translators

    translators = install_translators(qapp, "de")
    try:
        dialog = CompanySettingsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        country = dialog.form.labelForField(dialog.country)
        assert country.text().startswith("&Land (")  # the long one
        assert country.width() <= LABEL_WIDTH
        for field in dialog.findChildren(QLineEdit):
            if field.isVisible() and field.objectName() in ("name", "email", "website"):
                assert field.width() >= 0.5 * dialog.width(), field.objectName()
    finally:
        remove_translators(qapp, translators)


def test_on_a_wide_screen_the_name_takes_its_share_not_the_whole_row(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.column_layout import PRIMARY_SHARE

    _accounts(ctx)
    accounts = _shown(qtbot, AccountsArea(ctx), width=1730, height=1040)  # 1920×1080
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 6, timeout=5000)
    view = accounts.table.viewport().width()
    qtbot.waitUntil(lambda: _width(accounts, "Name") <= PRIMARY_SHARE * view + 1, timeout=3000)
    assert _width(accounts, "Name") >= _content(accounts, "Name")
    assert _width(accounts, "Phone") > _content(accounts, "Phone")  # the rest is shared out
    total = sum(accounts.table.columnWidth(c) for c in range(accounts.model.columnCount()))
    assert abs(total - view) <= 2


def test_the_price_list_choice_shows_its_whole_name(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from workbench.services.catalog import save_price_list
    from workbench.ui.products import ProductsArea

    save_price_list(ctx.db, None, "Standard list for resellers", is_default=True)
    area = _shown(qtbot, ProductsArea(ctx))
    box = area.price_list_box
    qtbot.waitUntil(lambda: box.count() > 0 and bool(box.currentText()), timeout=5000)
    QApplication.processEvents()
    assert box.width() >= box.fontMetrics().horizontalAdvance(box.currentText()) + 24


def test_german_leads_keep_the_company_readable(qapp, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Leads in German at 1280×800 on the demo company: the company is a name and keeps a
    readable width (it was squeezed to 80 px like a status while the others kept theirs);
    still nothing scrolls sideways and the e-mail address and phone number stay whole."""
    from workbench import formatting
    from workbench.services.demo import generate_demo
    from workbench.ui.language import (
        follow_language_in_formats,
        install_translators,
        remove_translators,
    )
    from workbench.ui.leads import LeadsArea

    translators = install_translators(qapp, "de")
    locale = formatting.current_locale()
    follow_language_in_formats("de")
    try:
        generate_demo(ctx.db, 120)
        area = _shown(qtbot, LeadsArea(ctx))
        qtbot.waitUntil(lambda: area.model.rowCount() > 20, timeout=10000)
        qtbot.waitUntil(lambda: _width(area, "Telefon") >= _content(area, "Telefon"), timeout=3000)
        QApplication.processEvents()
        assert area.table.horizontalScrollBar().maximum() == 0
        # A name column keeps a readable width, or its names' whole width where they are
        # all shorter (which leads come first depends on the day the demo is made).
        for title in ("Firma", "Name"):
            assert _width(area, title) >= min(_content(area, title), NAME_FLOOR), title
        for title in ("E-Mail", "Telefon"):
            assert _width(area, title) >= min(_content(area, title), MAX_WIDTH), title
        # The other columns gave way, yet each still shows its header whole.
        header = area.table.horizontalHeader()
        for column in range(area.model.columnCount()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    finally:
        remove_translators(qapp, translators)
        formatting.set_current_locale(locale)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_offer_lines_fit_the_editor_without_scrolling_sideways(  # type: ignore[no-untyped-def]
    qapp, qtbot, ctx, db, product, language
) -> None:
    """The editor at its size on a 1280×800 screen, with the lines a real offer has: every
    column fits beside the totals; the lines table has no sideways scroll bar."""
    from decimal import Decimal

    from PySide6.QtCore import QSize

    from tests.services.test_offers import make_deal
    from tests.ui.test_offer_editor import open_editor
    from workbench import formatting
    from workbench.services import offers
    from workbench.ui.language import (
        follow_language_in_formats,
        install_translators,
        remove_translators,
    )
    from workbench.ui.offer_editor.editor import default_size

    offer_id = offers.create_offer(db, make_deal(db))
    data = offers.load_offer(db, offer_id).data
    lines = [
        ("Equipment", "SC-ACC", "Access control terminal, wall mounted", "12", "890", "5", False),
        ("Equipment", "WR-EXT", "Warranty extension, three years", "4", "2400", "0", False),
        ("Services", "MT-PRO", "Maintenance contract, professional", "2", "3900", "10", False),
        ("Services", "SV-TRV", "Travel and accommodation", "1", "480", "10", True),
    ]
    data.lines = [
        offers.LineData(
            section=section,
            code=code,
            description=description,
            quantity=Decimal(quantity),
            unit="pc",
            unit_price=Decimal(price),
            discount_percent=Decimal(discount),
            tax_rate=Decimal("19"),
            optional=optional,
        )
        for section, code, description, quantity, price, discount, optional in lines
    ]
    offers.save_draft(db, offer_id, data)
    translators = install_translators(qapp, language)
    locale = formatting.current_locale()
    follow_language_in_formats(language)
    try:
        editor = open_editor(qtbot, ctx, offer_id)
        editor.resize(default_size(QSize(1280, 800)))
        qtbot.waitUntil(lambda: editor.model.rowCount() >= 4, timeout=5000)
        QApplication.processEvents()
        table = editor.table
        assert table.horizontalScrollBar().maximum() == 0
        widths = [table.columnWidth(c) for c in range(editor.model.columnCount())]
        assert sum(widths) <= table.viewport().width()
    finally:
        remove_translators(qapp, translators)
        formatting.set_current_locale(locale)
