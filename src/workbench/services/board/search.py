"""Board search: which deals a term matches and the SQL that finds them.

A term matches a deal whose title, account name or contact name ("first last") contains
it, ignoring ASCII case (SQLite's LIKE; accents count). Every statement confirms a match
with LIKE on the row itself; the trigram index (store/search_index.py) only finds
candidates quickly. How a term is evaluated depends on how many deals it matches, which
`find_matches` works out once per keystroke:

* few (a word of three letters or more): the matching deals are read from the index and
  joined to the board's statements, which then touch only them;
* many (a letter, a common syllable): the board index is scanned as without a search,
  the title tested in the index, account and contact ids looked up in the set of
  matching names or, when most names match (a single letter), in the smaller set of
  those that don't. A column with many matches takes its first page by walking the
  column in card order, testing each card's account and contact, until the page is full.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    Table,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    union,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from workbench.domain.models import (
    Account,
    Contact,
    Opportunity,
)
from workbench.services import validation
from workbench.store import search_index

DRIVE_MAX = 4000  # matching deals up to which statements start from the index


_SAMPLE = 1000  # names sampled to judge whether most contain a short term


def _like(column: Any, text: str) -> ColumnElement[bool]:
    # SQLite's LIKE already ignores ASCII case; ilike's lower() on both sides would only
    # double the cost of a scan.
    like: ColumnElement[bool] = column.like(f"%{validation.escape_like(text)}%", escape="\\")
    return like


def _rowid(table_name: str) -> ColumnElement[int]:
    return literal_column(f"{table_name}.rowid", Integer)


@dataclass(frozen=True)
class _Named:
    """A searched name: the model, its name expression and its full-text table."""

    model: type[Account] | type[Contact]
    name: Any  # a column or an expression over the model
    index: Table
    parts: tuple[Any, ...] = ()  # the columns `name` joins with a space

    def like(self, text: str) -> ColumnElement[bool]:
        if self.parts and " " not in text:
            # Text without a space lies within one part: testing the columns is
            # cheaper than building the joined name for every row.
            return or_(*(_like(part, text) for part in self.parts))
        return _like(self.name, text)


def _accounts() -> _Named:
    return _Named(Account, Account.name, search_index.search_account)


def _contacts() -> _Named:
    return _Named(
        Contact,
        Contact.first_name + " " + Contact.last_name,
        search_index.search_contact,
        (Contact.first_name, Contact.last_name),
    )


@dataclass(frozen=True)
class SearchMatches:
    """How one search term is evaluated (see above), decided once so the several
    statements of a keystroke agree and don't each repeat the estimate."""

    text: str
    # Few matching deals: the rowids of the index's candidates (None: too many to list).
    candidates: tuple[int, ...] | None = field(default=None, repr=False)
    dense_accounts: bool = False  # most account names contain the term
    dense_contacts: bool = False
    mostly: bool = False  # most deals match (a single letter)

    @property
    def indexed(self) -> bool:
        return len(self.text) >= search_index.MIN_INDEXED_LENGTH

    @property
    def driving(self) -> bool:
        """Statements start from the candidates instead of scanning the board index."""
        return self.candidates is not None


def _index_hits(index: Table, text: str) -> Select[Any]:
    return select(index.c.rowid).where(index.c.text.match(search_index.match_phrase(text)))


def _matching(named: _Named, m: SearchMatches) -> Select[Any]:
    """Ids of the live rows whose name contains the term."""
    model = named.model
    q = select(model.id).where(model.deleted.is_(False), named.like(m.text))
    if m.indexed:
        q = q.where(_rowid(model.__tablename__).in_(_index_hits(named.index, m.text)))
    return q


def _name_clause(
    ref: InstrumentedAttribute[uuid.UUID | None],
    named: _Named,
    m: SearchMatches,
    dense: bool,
    correlated: bool,
) -> ColumnElement[bool]:
    """The deal's account (contact) `ref` has a matching name."""
    model = named.model
    if correlated:  # one primary key lookup per deal tested
        return exists().where(model.id == ref, model.deleted.is_(False), named.like(m.text))
    # Never NULL (a deal without account is no match), so the clause can be negated.
    if dense:  # the names that don't match are the smaller set
        misses = select(model.id).where(or_(model.deleted.is_(True), ~named.like(m.text)))
        return and_(ref.is_not(None), ref.not_in(misses))
    return and_(ref.is_not(None), ref.in_(_matching(named, m)))


def search_clause(m: SearchMatches, *, correlated: bool = False) -> ColumnElement[bool]:
    """Title, account name or contact name contains the text. `correlated` tests account
    and contact per deal, for statements that stop after a few matches."""
    return or_(
        _like(Opportunity.title, m.text),
        _name_clause(Opportunity.account_id, _accounts(), m, m.dense_accounts, correlated),
        _name_clause(Opportunity.contact_id, _contacts(), m, m.dense_contacts, correlated),
    )


def _candidate_rowids(m: SearchMatches) -> CompoundSelect[Any]:
    """Rowids of the deals the index says may match (any pipeline or status): by title,
    account or contact. A superset: the statements confirm with `search_clause`."""
    other = aliased(Opportunity, name="candidate")
    via_account = (
        select(_rowid("candidate"))
        .select_from(other)
        .where(other.account_id.in_(_matching(_accounts(), m)))
    )
    via_contact = (
        select(_rowid("candidate"))
        .select_from(other)
        .where(other.contact_id.in_(_matching(_contacts(), m)))
    )
    return union(_index_hits(search_index.search_opportunity, m.text), via_account, via_contact)


def _share(s: Session, model: type[Opportunity | Account | Contact], like: Any) -> float:
    """The share of live rows matching, judged on a sample of them."""
    sample = select(case((like, 1), else_=0).label("hit")).where(model.deleted.is_(False))
    sampled = sample.limit(_SAMPLE).subquery()
    return float(s.scalar(select(func.avg(sampled.c.hit))) or 0)


def find_matches(s: Session, text: str) -> SearchMatches:
    m = SearchMatches(text)
    if m.indexed:
        found = tuple(s.scalars(_candidate_rowids(m).limit(DRIVE_MAX + 1)))
        if len(found) <= DRIVE_MAX:
            return replace(m, candidates=found)
    accounts, contacts = _accounts(), _contacts()
    title = _share(s, Opportunity, _like(Opportunity.title, text))
    account = _share(s, Account, accounts.like(text))
    contact = _share(s, Contact, contacts.like(text))
    deals = 1 - (1 - title) * (1 - account) * (1 - contact)
    return replace(
        m, dense_accounts=account > 0.5, dense_contacts=contact > 0.5, mostly=deals > 0.5
    )
