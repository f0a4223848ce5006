"""The person's profile: asked for once, editable from Settings, and the name on their
records, offers and e-mails (never the computer's account name)."""

from __future__ import annotations

import getpass
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.services.test_offers import draft, make_deal
from workbench.services import accounts, company, offers, profile
from workbench.services.offer_pdf import render_offer_pdf
from workbench.services.setup import UNNAMED
from workbench.store.db import Database
from workbench.ui.profile_dialog import ProfileDialog


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.replace("\u00a0", " ")


def _open_dialog(qtbot) -> ProfileDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), ProfileDialog), timeout=10000
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ProfileDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10000)
    return dialog


def test_a_new_database_is_not_named_after_the_computer_account(db: Database) -> None:
    assert profile.needs_profile(db)
    assert profile.get_profile(db).name == ""
    with db.read() as s:
        from workbench.domain.people import User
        from workbench.services.setup import current_user_id

        me = s.get(User, current_user_id(db))
        assert me is not None
        assert me.name == UNNAMED
        assert getpass.getuser().casefold() not in me.name.casefold()


def test_the_profile_names_the_owner_in_lists_on_the_pdf_and_in_the_mail(  # type: ignore[no-untyped-def]
    qtbot, main_window, tmp_path: Path
) -> None:
    db = main_window.ctx.db
    company.save_company(db, company.CompanyProfile(name="Nordlicht Systems GmbH", country="DE"))
    accounts.create_account(db, accounts.AccountInput(name="Hafenkontor KG"))
    deal = make_deal(db)

    action = main_window.findChild(QAction, "yourProfile")
    assert action is not None
    action.trigger()
    dialog = _open_dialog(qtbot)
    assert not dialog.first_start
    qtbot.keyClicks(dialog.name, "Anna Weber")
    qtbot.keyClicks(dialog.email, "anna.weber@nordlicht.example")
    # A national number, read in the company's country (Germany).
    qtbot.keyClicks(dialog.phone, "040 123457")
    qtbot.keyClicks(dialog.signature, "Anna Weber")
    qtbot.keyClick(dialog.signature, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.signature, "Key Account Manager")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10000)
    saved = profile.get_profile(db)
    assert (saved.name, saved.phone) == ("Anna Weber", "+4940123457")
    assert not profile.needs_profile(db)

    # Owner in the lists.
    area = main_window.show_area("accounts")
    model = area.model  # type: ignore[attr-defined]
    owner = next(
        i
        for i in range(model.columnCount())
        if model.headerData(i, Qt.Orientation.Horizontal) == "Owner"
    )

    def owners() -> set[str]:
        return {str(model.index(r, owner).data()) for r in range(model.rowCount())}

    qtbot.waitUntil(lambda: owners() == {"Anna Weber"}, timeout=10000)

    # "Your contact" and the signature on the customer's PDF, and the e-mail's closing.
    view = offers.load_offer(db, draft(db, deal))
    pdf = tmp_path / "offer.pdf"
    render_offer_pdf(db, view, pdf, locale="en_GB")
    text = _pdf_text(pdf)
    # The customer in Berlin, entered without a country, is in the company's: German.
    assert "Ihr Kontakt" in text and "Anna Weber" in text
    assert "Anna Weber, für Nordlicht Systems GmbH" in text
    assert "+49 40 123457" in text
    assert UNNAMED not in text.split() and "Root" not in text
    _subject, body = offers.mail_text(view, saved.closing)
    assert body.endswith("Mit freundlichen Grüßen\nAnna Weber\nKey Account Manager")


def test_an_unnamed_person_is_not_printed_on_the_offer(db: Database, tmp_path: Path) -> None:
    company.save_company(db, company.CompanyProfile(name="Nordlicht Systems GmbH"))
    view = offers.load_offer(db, draft(db, make_deal(db)))
    pdf = tmp_path / "offer.pdf"
    render_offer_pdf(db, view, pdf, locale="en_GB")
    text = _pdf_text(pdf)
    # The company stands in as the contact and signs; "Me" would read as nonsense.
    assert "Me" not in text.split()
    assert "for Nordlicht Systems GmbH" in text


def test_first_start_asks_once_and_later_skips_it(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    db = main_window.ctx.db
    main_window.ask_for_profile()
    dialog = _open_dialog(qtbot)
    assert dialog.first_start
    later = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert later.text().replace("&", "") == "Later"
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not profile.needs_profile(db), timeout=10000)
    # Asked once: the next start opens nothing.
    main_window.ask_for_profile()
    qtbot.waitUntil(lambda: main_window.ctx.runner.active() == 0, timeout=10000)
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None


def test_a_profile_without_a_name_is_refused_in_place(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10000)
    qtbot.keyClicks(dialog.phone, "040 123457")  # no company country: can't be read
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "Your name is required" in dialog.error.text()
    dialog.name.setText("Anna Weber")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: "phone" in dialog.error.text(), timeout=10000)
    # The message says what to do, and nothing was stored.
    assert "company's country in the company profile" in dialog.error.text()
    assert profile.get_profile(ctx.db).name == ""


def test_the_first_start_of_a_new_database_asks_for_the_profile(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from workbench.app import AppController
    from workbench.ui.background import Runner

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctl = AppController(tmp_path / "new.sqlite", settings, Runner())
    with qtbot.waitSignal(ctl.window_ready, timeout=20000):
        ctl.open()
    dialog = _open_dialog(qtbot)
    assert dialog.first_start
    dialog.reject()
    assert ctl.window is not None
    window = ctl.window
    qtbot.waitUntil(lambda: not profile.needs_profile(window.ctx.db), timeout=10000)
    ctl.runner.wait(30000)
    window.ctx.runner.wait(30000)
    window.close()
    window.ctx.db.close()
