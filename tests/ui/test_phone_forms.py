"""Phone errors on the forms, and the import wizard's file page, driven by real keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from workbench.services import accounts as svc
from workbench.services import company
from workbench.ui.accounts import ContactDialog
from workbench.ui.lead_import_wizard import LeadImportWizard


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)


def _global_rect(widget: QWidget):  # type: ignore[no-untyped-def]
    rect = widget.rect()
    rect.moveTopLeft(widget.mapTo(widget.window(), rect.topLeft()))
    return rect


def test_contact_phone_error_pushes_the_notes_down(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    company.save_company(ctx.db, company.CompanyProfile(name="Us", country="FR"))
    dialog = ContactDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.last_name, "Berg")
    qtbot.keyClicks(dialog.phone, "040 123457")
    qtbot.keyClicks(dialog.notes, "Met at the fair")
    _save(qtbot, dialog)
    error = dialog.findChild(QLabel, "formError")
    assert error is not None and error.isVisible()
    assert "not a valid phone number for France" in error.text()
    qtbot.waitUntil(lambda: not _global_rect(error).intersects(_global_rect(dialog.notes)))
    for name in ("mobile", "decision_maker", "notes"):
        widget = dialog.field_widget(name)
        assert widget is not None
        assert not _global_rect(error).intersects(_global_rect(widget)), name
    assert error.height() >= error.heightForWidth(error.width()) - 1  # nothing clipped
    assert dialog.focusWidget() is dialog.phone
    dialog.grab().save("/tmp/contact-phone-error.png")


def test_contact_of_a_german_account_takes_a_national_number(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    company.save_company(ctx.db, company.CompanyProfile(name="Us", country="FR"))
    german = svc.create_account(ctx.db, svc.AccountInput(name="Nord GmbH", country="DE"))
    dialog = ContactDialog(ctx, None, account=(german, "Nord GmbH"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.last_name, "Berg")
    qtbot.keyClicks(dialog.phone, "040 123457")
    _save(qtbot, dialog)
    assert dialog.saved_id is not None, dialog.error.text()
    assert svc.get_contact(ctx.db, dialog.saved_id).phone == "+4940123457"


def test_import_wizard_next_enables_while_the_path_is_typed(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "leads.csv"
    f.write_text("Name,Email\nAnn Lee,ann@lee.com\n,\nBo Kim,bo@kim.com\n", encoding="utf-8")
    company.save_company(ctx.db, company.CompanyProfile(name="Us", country="DE"))
    wizard = LeadImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    edit = wizard.file_page.path_edit
    edit.setFocus()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    qtbot.keyClicks(edit, str(f))
    # No Enter, no focus change: the path is only typed.
    qtbot.waitUntil(next_button.isEnabled, timeout=5000)
    qtbot.keyClicks(edit, "x")  # no such file any more
    qtbot.waitUntil(lambda: not next_button.isEnabled(), timeout=5000)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(next_button.isEnabled, timeout=5000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=5000)
    summary = wizard.preview_page.summary.text()
    assert "read as Germany (DE), the company's country" in summary
    assert "1 empty row was skipped: line 3." in summary
    wizard.next()
    qtbot.waitUntil(wizard.done_page.isComplete, timeout=10000)
    assert "1 empty row was skipped" in wizard.done_page.label.text()
