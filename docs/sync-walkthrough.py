"""Offline work on one laptop through the app's own services, for the walk-through in
docs/sync.md: python docs/sync-walkthrough.py DB ACTION ARGS...

  new TITLE AMOUNT [SHARE_WITH]   a deal with its account and a logged call
  amount TITLE AMOUNT | notes TITLE TEXT | owner TITLE USER    edit a deal
  show TITLE | deals              what this laptop holds
"""

import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from workbench.domain.models import Opportunity, Pipeline, User
from workbench.services.accounts import AccountInput, create_account
from workbench.services.calls import CallInput, log_call
from workbench.services.opportunities import (
    OpportunityInput,
    create_opportunity,
    update_opportunity,
)
from workbench.services.setup import open_workbench
from workbench.services.sharing import share_opportunity

db = open_workbench(Path(sys.argv[1])).db
action, *rest = sys.argv[2:]


def deal(title):
    with db.read() as s:
        return s.scalars(select(Opportunity).where(Opportunity.title == title)).one()


def user(name):
    with db.read() as s:
        return s.scalars(select(User.id).where(User.name == name)).one()


def edit(title, **changes):
    o = deal(title)
    data = OpportunityInput(
        title=o.title,
        pipeline_id=o.pipeline_id,
        account_id=o.account_id,
        contact_id=o.contact_id,
        amount=o.value.amount,
        currency=o.currency,
        expected_close=o.expected_close,
        owner_id=o.owner_id,
        notes=o.notes,
    )
    for k, v in changes.items():
        setattr(data, k, v)
    update_opportunity(db, o.id, data)


if action == "new":  # new TITLE AMOUNT [SHARE_WITH]
    with db.read() as s:
        pipeline = s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()
    account = create_account(db, AccountInput(name=rest[0] + " Ltd", country="DE"))
    opp = create_opportunity(
        db,
        OpportunityInput(
            title=rest[0], pipeline_id=pipeline, account_id=account, amount=Decimal(rest[1])
        ),
    )
    if len(rest) > 2:
        share_opportunity(db, opp, user(rest[2]))
    log_call(db, CallInput(opportunity_id=opp, duration_seconds=420, notes="First call"))
elif action == "amount":  # amount TITLE AMOUNT
    edit(rest[0], amount=Decimal(rest[1]))
elif action == "notes":
    edit(rest[0], notes=rest[1])
elif action == "owner":
    edit(rest[0], owner_id=user(rest[1]))
elif action == "show":
    o = deal(rest[0])
    print(f"{o.title}: {o.value.amount:,.2f} {o.currency}, notes {o.notes!r}, deleted={o.deleted}")
elif action == "deals":
    with db.read() as s:
        print(sorted(s.scalars(select(Opportunity.title).where(Opportunity.deleted.is_(False)))))
db.close()
