"""Every mapped model, imported in one place so metadata is complete (Alembic, the store)."""

from workbench.domain.base import Base, Synced
from workbench.domain.catalog import PriceList, PriceListItem, Product
from workbench.domain.crm import Account, Contact, Lead
from workbench.domain.meta import Meta, OutboxEntry
from workbench.domain.offers import Offer, OfferLine, OfferVersion
from workbench.domain.people import Team, User
from workbench.domain.pipeline import Pipeline, Reason, Stage, TaskTemplate
from workbench.domain.reporting import ExchangeRate, Quota
from workbench.domain.sales import (
    Activity,
    Opportunity,
    OpportunityEvent,
    OpportunityShare,
    Task,
)
from workbench.domain.settings import TeamSetting
from workbench.domain.sync import RefusedChange, SyncConflict, SyncFailure

__all__ = [
    "Account",
    "Activity",
    "Base",
    "Contact",
    "ExchangeRate",
    "Lead",
    "Meta",
    "Offer",
    "OfferLine",
    "OfferVersion",
    "Opportunity",
    "OpportunityEvent",
    "OpportunityShare",
    "OutboxEntry",
    "Pipeline",
    "PriceList",
    "PriceListItem",
    "Product",
    "Quota",
    "Reason",
    "RefusedChange",
    "Stage",
    "SyncConflict",
    "SyncFailure",
    "Synced",
    "Task",
    "TaskTemplate",
    "Team",
    "TeamSetting",
    "User",
]
