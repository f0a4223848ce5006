"""Read queries for the opportunity board (kanban).

Plain Core `select()`s returning small frozen dataclasses: the board shows tens of
thousands of deals, so no ORM object is built per card. Column header figures are SQL
aggregates over every matching deal of a column, never sums of the cards loaded so far.

Rules stated once (filters.py) and used by both the card flags and the filters:

* overdue: the deal has an open task whose due time has passed;
* past expected close: the expected close date is before today;
* rotting: an open deal whose last progress (a completed activity or a stage change,
  `last_progress_at`; edits don't count) is older than its stage's target days, and which
  has nothing scheduled: no open task due in the future and no planned activity ahead.
* weighted value: value x the stage's win probability, over open deals only.

There are no exchange rates in the data, so figures are kept per currency.

model has the dataclasses, filters the rules as SQL, search the planning of a search,
queries the columns and cards, details the opportunity dialog's lists, formatting the
header texts.
"""

from __future__ import annotations

from workbench.domain.money import Money
from workbench.services.board.details import (
    ChecklistItem,
    OfferRow,
    OpportunityDetails,
    list_offers,
    opportunity_details,
    recent_editor,
    stage_checklist,
)
from workbench.services.board.filters import (
    filter_clauses,
    overdue_clause,
    rotting_clause,
    scheduled_clause,
)
from workbench.services.board.formatting import column_totals, format_totals, short_amount
from workbench.services.board.model import (
    SCOPES,
    BoardFilter,
    Card,
    Clock,
    ColumnRates,
    ColumnSummary,
    CurrencyTotal,
    PipelineInfo,
    StageInfo,
)
from workbench.services.board.queries import (
    WALK_ROWS,
    BoardSetup,
    BoardView,
    ColumnsRead,
    board_setup,
    board_view,
    card_by_id,
    card_sort_key,
    card_windows,
    cards_before,
    column_summaries,
    first_pages,
    list_cards,
    list_pipelines,
    list_reasons,
    list_stages,
    list_users,
    read_columns,
)
from workbench.services.board.search import DRIVE_MAX, SearchMatches, find_matches, search_clause

__all__ = [
    "DRIVE_MAX",
    "SCOPES",
    "WALK_ROWS",
    "BoardFilter",
    "BoardSetup",
    "BoardView",
    "Card",
    "ChecklistItem",
    "Clock",
    "ColumnRates",
    "ColumnSummary",
    "ColumnsRead",
    "CurrencyTotal",
    "Money",
    "OfferRow",
    "OpportunityDetails",
    "PipelineInfo",
    "SearchMatches",
    "StageInfo",
    "board_setup",
    "board_view",
    "card_by_id",
    "card_sort_key",
    "card_windows",
    "cards_before",
    "column_summaries",
    "column_totals",
    "filter_clauses",
    "find_matches",
    "first_pages",
    "format_totals",
    "list_cards",
    "list_offers",
    "list_pipelines",
    "list_reasons",
    "list_stages",
    "list_users",
    "opportunity_details",
    "overdue_clause",
    "read_columns",
    "recent_editor",
    "rotting_clause",
    "scheduled_clause",
    "search_clause",
    "short_amount",
    "stage_checklist",
]
