"""The main window and the accounts/contacts areas, driven with real Qt events."""

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QWidget

from workbench.services import accounts as svc
from workbench.services.setup import current_user_id
from workbench.store.db import Database
from workbench.ui.main_window import MainWindow


def _when_dialog_opens(qtbot, action: Callable[[QWidget], None]) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog once its event loop runs (it blocks the caller)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        action(dialog)

    QTimer.singleShot(0, act)


def _type(qtbot, dialog: QWidget, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = dialog.findChild(QLineEdit, field)
    assert edit is not None, field
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def _save(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)


def test_every_area_builds_and_navigation_switches(main_window: MainWindow) -> None:
    keys = [a.key for a in main_window.areas]
    assert {"accounts", "contacts"} <= set(keys)
    for key in keys:
        widget = main_window.show_area(key)
        assert main_window.stack.currentWidget() is widget


def test_create_an_account_and_a_contact_through_the_dialogs(
    qtbot, main_window: MainWindow, db: Database
) -> None:
    area = main_window.show_area("accounts")

    def fill_account(dialog: QWidget) -> None:
        _type(qtbot, dialog, "name", "Harbor Robotics GmbH")
        _type(qtbot, dialog, "city", "Hamburg")
        _type(qtbot, dialog, "phone", "+49 40 7654321")
        _save(qtbot, dialog)

    _when_dialog_opens(qtbot, fill_account)
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    assert area.model.rows()[0].name == "Harbor Robotics GmbH"
    assert svc.list_accounts(db)[0].phone == "+49407654321"

    contacts = main_window.show_area("contacts")

    def fill_contact(dialog: QWidget) -> None:
        _type(qtbot, dialog, "first_name", "Greta")
        _type(qtbot, dialog, "last_name", "Lange")
        picker = dialog.findChild(QLineEdit, "account")
        picker.set_account(svc.list_accounts(db)[0].id, "Harbor Robotics GmbH")
        _type(qtbot, dialog, "email", "greta.lange@harbor.example")
        _save(qtbot, dialog)

    _when_dialog_opens(qtbot, fill_contact)
    qtbot.mouseClick(contacts.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5000)
    row = contacts.model.rows()[0]
    assert (row.full_name, row.account_name) == ("Greta Lange", "Harbor Robotics GmbH")


def test_invalid_input_keeps_the_dialog_open_with_the_message(
    qtbot, main_window: MainWindow, db: Database
) -> None:
    area = main_window.show_area("accounts")
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        _type(qtbot, dialog, "name", "Broken Mail AG")
        _type(qtbot, dialog, "email", "nobody@")
        _save(qtbot, dialog)
        error = dialog.findChild(QLabel, "formError")
        seen.append(error.text() if error.isVisible() else "")
        dialog.reject()

    _when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    assert "not a valid e-mail" in seen[0]
    assert svc.count_accounts(db) == 0


def test_search_narrows_the_list_as_you_type(qtbot, main_window: MainWindow, db: Database) -> None:
    for name in ("Alpen Solar AG", "Baltic Foods AB", "Alpen Holz GmbH"):
        svc.create_account(db, svc.AccountInput(name=name))
    area = main_window.show_area("accounts")
    qtbot.waitUntil(lambda: area.model.rowCount() == 3, timeout=5000)
    qtbot.keyClicks(area.search, "alpen")
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=5000)
    assert {r.name for r in area.model.rows()} == {"Alpen Solar AG", "Alpen Holz GmbH"}


def test_changes_made_elsewhere_appear_without_a_restart(
    qtbot, main_window: MainWindow, db: Database
) -> None:
    area = main_window.show_area("accounts")
    svc.create_account(db, svc.AccountInput(name="Added by an import"))
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)


def test_window_layout_and_area_are_remembered(qtbot, db: Database, settings: QSettings) -> None:
    first = MainWindow(db, settings, user_id=current_user_id(db))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    # A size the areas allow that fits the offscreen screen (800x600).
    width = min(790, max(700, first.minimumSizeHint().width() + 5))
    first.resize(width, 503)
    first.show_area("contacts")
    first.close()
    second = MainWindow(db, settings, user_id=current_user_id(db))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.current_area() == "contacts"
    assert (second.width(), second.height()) == (width, 503)
    second.close()


def test_an_empty_database_offers_the_demo_company(
    qtbot, main_window: MainWindow, db: Database
) -> None:
    qtbot.waitUntil(main_window.banner.isVisible, timeout=5000)
    qtbot.mouseClick(main_window.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main_window.banner.isVisible(), timeout=60000)
    assert svc.count_accounts(db) > 100


def test_a_new_contact_matching_an_existing_one_can_be_merged(
    qtbot, main_window: MainWindow, db: Database
) -> None:
    from PySide6.QtWidgets import QPushButton

    existing = svc.create_contact(
        db, svc.ContactInput(first_name="Pia", last_name="Koch", email="pia.koch@example.com")
    )
    area = main_window.show_area("contacts")
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)

    def choose_merge(dialog: QWidget) -> None:
        assert dialog.objectName() == "duplicateDialog"
        qtbot.mouseClick(dialog.findChild(QPushButton, "merge"), Qt.MouseButton.LeftButton)

    def fill(dialog: QWidget) -> None:
        _type(qtbot, dialog, "last_name", "Koch")
        _type(qtbot, dialog, "email", "Pia.Koch@example.com")
        _type(qtbot, dialog, "title", "Head of Purchasing")
        _when_dialog_opens_after(dialog, choose_merge)
        _save(qtbot, dialog)

    def _when_dialog_opens_after(first: QWidget, action: Callable[[QWidget], None]) -> None:
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is first:
                QTimer.singleShot(20, act)
                return
            action(dialog)

        QTimer.singleShot(0, act)

    _when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    assert svc.count_contacts(db) == 1
    assert svc.get_contact(db, existing).title == "Head of Purchasing"


def test_the_company_profile_opens_from_the_file_menu(qtbot, main_window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    _when_dialog_opens(qtbot, look)
    main_window.findChild(QAction, "companyProfile").trigger()
    assert seen and "ompany" in seen[0]
