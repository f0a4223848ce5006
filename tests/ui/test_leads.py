from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from workbench.domain.enums import LeadStatus
from workbench.services import leads as svc
from workbench.ui.duplicates import DuplicateDialog
from workbench.ui.lead_dialogs import LeadDialog, WorkingDaysDialog
from workbench.ui.lead_import_wizard import LeadImportWizard
from workbench.ui.leads import LeadsArea


def test_qualify_from_the_list_and_undo(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    lead = svc.create_lead(ctx.db, svc.LeadInput(first_name="Ann", company="Lee Ltd"))
    area = LeadsArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    area.table.selectRow(0)
    assert area.qualify_button.isEnabled() and not area.convert_button.isEnabled()
    qtbot.mouseClick(area.qualify_button, Qt.MouseButton.LeftButton)

    def status_is(status: LeadStatus) -> None:
        # Written on the write executor, off the GUI thread.
        qtbot.waitUntil(lambda: svc.get_lead(ctx.db, lead).status == status, timeout=5000)

    status_is(LeadStatus.MQL)
    ctx.undo.undo()
    status_is(LeadStatus.NEW)
    ctx.undo.redo()
    status_is(LeadStatus.MQL)
    assert ctx.undo.count() == 1


def test_new_lead_duplicate_merge(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = svc.create_lead(ctx.db, svc.LeadInput(first_name="Ann", email="ann@lee.com"))
    dialog = LeadDialog(ctx, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.last_name, "Lee")
    qtbot.keyClicks(dialog.email, "ANN@lee.com")
    qtbot.keyClicks(dialog.company, "Lee Ltd")

    def choose(self: DuplicateDialog) -> int:
        assert self.merge_button.isEnabled()
        self.merge_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DuplicateDialog, "exec", choose)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert dialog.saved_id == first
    merged = svc.get_lead(ctx.db, first)
    assert (merged.data.first_name, merged.data.last_name, merged.data.company) == (
        "Ann",
        "Lee",
        "Lee Ltd",
    )
    assert svc.count_leads(ctx.db) == 1


def test_working_days_dialog(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = WorkingDaysDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    dialog.boxes[5].setChecked(True)
    dialog._save()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert svc.working_days(ctx.db) == frozenset({0, 1, 2, 3, 4, 5})
    for box in dialog.boxes:
        box.setChecked(False)
    dialog._save()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert "at least one" in dialog.error.text()


def test_import_wizard(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "leads.csv"
    f.write_text(
        "Name;Company;Email\nAnn Lee;Lee Ltd;ann@lee.com\nBob;B AG;bob@\n", encoding="utf-8"
    )
    wizard = LeadImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(f))
    wizard.file_page.load(str(f))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=5000)
    wizard.next()
    assert wizard.mapping_page.combos[0].currentData() == "full_name"
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=5000)
    assert wizard.preview_page.model.rowCount() == 1  # line 3 rejected
    assert "not a valid e-mail" in wizard.preview_page.model.item(0, 2).text()
    wizard.next()  # commit: imports off the GUI thread
    qtbot.waitUntil(wizard.done_page.isComplete, timeout=10000)
    assert wizard.result is not None and wizard.result.imported == 1
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert svc.count_leads(ctx.db) == 1
