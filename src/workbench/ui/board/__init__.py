"""The opportunity board (kanban): one column per stage of a sales process."""

from workbench.ui.board.area import BoardArea

__all__ = ["BoardArea"]
