"""Board search: which deals a term matches and the SQL that finds them.

A term matches a deal whose title, live account name or live contact name ("first last")
contains it, ignoring case and accents ("muller" finds "Müller", domain/folding.py).
Each deal carries that text, folded, in `search_text`, derived by triggers (migrations
0006 and 0011) and held by the board's indexes, so a match is tested inside the index a
statement scans. How many deals a term
matches decides where a statement starts, which `find_matches` works out once per
keystroke:

* few (a word of three letters or more): the candidate deals are read from the trigram
  index (store/search_index.py) and the board's statements touch only them;
* many (a letter, a common syllable): the board's indexes are scanned as without a
  search, testing `search_text` in the index. A column with many matches takes its first
  page by walking the column in card order until the page is full.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    Table,
    Text,
    literal_column,
    select,
    union,
)
from sqlalchemy.orm import Session, aliased

from workbench.domain.folding import fold
from workbench.domain.models import (
    Account,
    Contact,
    Opportunity,
)
from workbench.services import validation
from workbench.store import search_index

DRIVE_MAX = 4000  # matching deals up to which statements start from the index

# The derived text of migration 0006 (not loaded with the model: it is never written by
# the app, only matched).
SEARCH_TEXT: ColumnElement[str] = literal_column("opportunity.search_text", Text)


def _like(column: Any, text: str) -> ColumnElement[bool]:
    # SQLite's LIKE already ignores ASCII case; ilike's lower() on both sides would only
    # double the cost of a scan.
    like: ColumnElement[bool] = column.like(f"%{validation.escape_like(text)}%", escape="\\")
    return like


def _rowid(table_name: str) -> ColumnElement[int]:
    return literal_column(f"{table_name}.rowid", Integer)


@dataclass(frozen=True)
class SearchMatches:
    """How one search term is evaluated (see above), decided once so the several
    statements of a keystroke agree."""

    text: str
    # Few matching deals: the rowids of the index's candidates (None: too many to list).
    candidates: tuple[int, ...] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # The stored text is folded (migration 0011), so the term is folded the same way.
        object.__setattr__(self, "text", fold(self.text))

    @property
    def indexed(self) -> bool:
        return len(self.text) >= search_index.MIN_INDEXED_LENGTH

    @property
    def driving(self) -> bool:
        """Statements start from the candidates instead of scanning the board index."""
        return self.candidates is not None


def search_clause(m: SearchMatches) -> ColumnElement[bool]:
    """Title, live account name or live contact name contains the text."""
    return _like(SEARCH_TEXT, m.text)


def _index_hits(index: Table, text: str) -> Select[Any]:
    return select(index.c.rowid).where(index.c.text.match(search_index.match_phrase(text)))


def _matching_names(model: type[Account] | type[Contact], index: Table, text: str) -> Select[Any]:
    """Ids of the live accounts (contacts) the trigram index says may contain `text`."""
    rowid = _rowid(model.__tablename__)
    return select(model.id).where(model.deleted.is_(False), rowid.in_(_index_hits(index, text)))


def _candidate_rowids(m: SearchMatches) -> CompoundSelect[Any]:
    """Rowids of the deals the index says may match (any pipeline or status): by title,
    account or contact. A superset: the statements confirm with `search_clause`."""
    other = aliased(Opportunity, name="candidate")
    via_account = (
        select(_rowid("candidate"))
        .select_from(other)
        .where(other.account_id.in_(_matching_names(Account, search_index.search_account, m.text)))
    )
    via_contact = (
        select(_rowid("candidate"))
        .select_from(other)
        .where(other.contact_id.in_(_matching_names(Contact, search_index.search_contact, m.text)))
    )
    return union(_index_hits(search_index.search_opportunity, m.text), via_account, via_contact)


def find_matches(s: Session, text: str) -> SearchMatches:
    m = SearchMatches(text)
    if m.indexed:
        found = tuple(s.scalars(_candidate_rowids(m).limit(DRIVE_MAX + 1)))
        if len(found) <= DRIVE_MAX:
            return replace(m, candidates=found)
    return m
