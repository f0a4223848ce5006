"""A deal's forecast category in its dialog: the stage's by default, overridable, and
kept when something else about the deal is edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from tests.services.helpers import make_deal
from workbench.domain.enums import EventKind, ForecastCategory
from workbench.domain.models import Opportunity, OpportunityEvent
from workbench.ui.opportunity_dialog import OpportunityDialog


def _open(qtbot, ctx, deal):  # type: ignore[no-untyped-def]
    dialog = OpportunityDialog(ctx, deal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.details is not None, timeout=10000)
    return dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def test_override_the_stage_category_and_keep_it_through_other_edits(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    deal = make_deal(db)
    dialog = _open(qtbot, ctx, deal)
    combo = dialog.findChild(QComboBox, "forecast_category")
    assert combo.currentText() == "As the stage says (Pipeline)"
    combo.setCurrentIndex(combo.findText("Commit"))
    _save(qtbot, dialog)
    dialog = _open(qtbot, ctx, deal)
    assert dialog.findChild(QComboBox, "forecast_category").currentText() == "Commit"
    dialog.title_edit.setText("Fleet renewal, phase 2")
    _save(qtbot, dialog)
    with db.read() as s:
        opp = s.get(Opportunity, deal)
        kinds = list(
            s.scalars(select(OpportunityEvent.kind).where(OpportunityEvent.opportunity_id == deal))
        )
    assert opp.title == "Fleet renewal, phase 2"
    assert opp.forecast_category == ForecastCategory.COMMIT
    assert kinds.count(EventKind.FORECAST_CHANGED) == 1
