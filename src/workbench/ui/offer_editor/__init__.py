"""The offer editor: lines in a table with delegates, sections, optional lines, discounts,
payment options and add-ons, totals as you type, guard rails, preview, export, send,
revise, compare and decide.

lines has the lines table (model, undo commands, delegates, product picker), pricing and
terms the two tabs, totals the totals panel, preview the rendered pages and the mail,
dialogs the reason and comparison dialogs, editor the window that wires them together.
"""

from workbench.ui.offer_editor.dialogs import CompareDialog, ReasonDialog
from workbench.ui.offer_editor.editor import OfferEditor
from workbench.ui.offer_editor.lines import (
    COL,
    COLUMNS,
    NET_COL,
    InsertLines,
    LinesModel,
    MoveLine,
    ProductPicker,
    RemoveLines,
    SetCell,
)
from workbench.ui.offer_editor.preview import PreviewDialog, open_mail, render_preview

__all__ = [
    "COL",
    "COLUMNS",
    "NET_COL",
    "CompareDialog",
    "InsertLines",
    "LinesModel",
    "MoveLine",
    "OfferEditor",
    "PreviewDialog",
    "ProductPicker",
    "ReasonDialog",
    "RemoveLines",
    "SetCell",
    "open_mail",
    "render_preview",
]
