"""The Reports area (see workbench.reports for the figures)."""

from workbench.ui.reports.area import ReportsArea

__all__ = ["ReportsArea"]
