"""Texts that come from below the UI (enum labels, weekdays, import fields, report names),
in the person's language.

The layers below know no Qt, so their English texts are listed here for lupdate and
translated when shown; tests/ui/test_translations.py checks that the lists are complete.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workbench.domain.enums import label

# The domain's enum labels (domain.enums).
ENUM_LABELS = (
    QT_TRANSLATE_NOOP("Domain", "Company"),
    QT_TRANSLATE_NOOP("Domain", "Person"),
    QT_TRANSLATE_NOOP("Domain", "Call"),
    QT_TRANSLATE_NOOP("Domain", "Meeting"),
    QT_TRANSLATE_NOOP("Domain", "Email"),
    QT_TRANSLATE_NOOP("Domain", "Visit"),
    QT_TRANSLATE_NOOP("Domain", "Planned"),
    QT_TRANSLATE_NOOP("Domain", "Done"),
    QT_TRANSLATE_NOOP("Domain", "Cancelled"),
    QT_TRANSLATE_NOOP("Domain", "Connected"),
    QT_TRANSLATE_NOOP("Domain", "No answer"),
    QT_TRANSLATE_NOOP("Domain", "Voicemail"),
    QT_TRANSLATE_NOOP("Domain", "Wrong number"),
    QT_TRANSLATE_NOOP("Domain", "Meeting booked"),
    QT_TRANSLATE_NOOP("Domain", "Not interested"),
    QT_TRANSLATE_NOOP("Domain", "Call back later"),
    QT_TRANSLATE_NOOP("Domain", "Inbound"),
    QT_TRANSLATE_NOOP("Domain", "Outbound"),
    QT_TRANSLATE_NOOP("Domain", "Created"),
    QT_TRANSLATE_NOOP("Domain", "Stage changed"),
    QT_TRANSLATE_NOOP("Domain", "Won"),
    QT_TRANSLATE_NOOP("Domain", "Lost"),
    QT_TRANSLATE_NOOP("Domain", "Reopened"),
    QT_TRANSLATE_NOOP("Domain", "Shared"),
    QT_TRANSLATE_NOOP("Domain", "Unshared"),
    QT_TRANSLATE_NOOP("Domain", "Owner changed"),
    QT_TRANSLATE_NOOP("Domain", "Edited"),
    QT_TRANSLATE_NOOP("Domain", "Offer sent"),
    QT_TRANSLATE_NOOP("Domain", "Offer accepted"),
    QT_TRANSLATE_NOOP("Domain", "Offer rejected"),
    QT_TRANSLATE_NOOP("Domain", "Amount changed"),
    QT_TRANSLATE_NOOP("Domain", "Close date changed"),
    QT_TRANSLATE_NOOP("Domain", "Forecast changed"),
    QT_TRANSLATE_NOOP("Domain", "Pipeline"),
    QT_TRANSLATE_NOOP("Domain", "Best case"),
    QT_TRANSLATE_NOOP("Domain", "Commit"),
    QT_TRANSLATE_NOOP("Domain", "Omitted"),
    QT_TRANSLATE_NOOP("Domain", "Referral"),
    QT_TRANSLATE_NOOP("Domain", "Organic"),
    QT_TRANSLATE_NOOP("Domain", "Paid campaign"),
    QT_TRANSLATE_NOOP("Domain", "Mailing"),
    QT_TRANSLATE_NOOP("Domain", "Web form"),
    QT_TRANSLATE_NOOP("Domain", "Cold call"),
    QT_TRANSLATE_NOOP("Domain", "Cold email"),
    QT_TRANSLATE_NOOP("Domain", "Purchased list"),
    QT_TRANSLATE_NOOP("Domain", "Event"),
    QT_TRANSLATE_NOOP("Domain", "Call in"),
    QT_TRANSLATE_NOOP("Domain", "Import"),
    QT_TRANSLATE_NOOP("Domain", "Other"),
    QT_TRANSLATE_NOOP("Domain", "New"),
    QT_TRANSLATE_NOOP("Domain", "MQL"),
    QT_TRANSLATE_NOOP("Domain", "SQL"),
    QT_TRANSLATE_NOOP("Domain", "Disqualified"),
    QT_TRANSLATE_NOOP("Domain", "Converted"),
    QT_TRANSLATE_NOOP("Domain", "Draft"),
    QT_TRANSLATE_NOOP("Domain", "Sent"),
    QT_TRANSLATE_NOOP("Domain", "Accepted"),
    QT_TRANSLATE_NOOP("Domain", "Rejected"),
    QT_TRANSLATE_NOOP("Domain", "Expired"),
    QT_TRANSLATE_NOOP("Domain", "Open"),
    QT_TRANSLATE_NOOP("Domain", "Marketing associate"),
    QT_TRANSLATE_NOOP("Domain", "Sales development rep"),
    QT_TRANSLATE_NOOP("Domain", "Account executive"),
    QT_TRANSLATE_NOOP("Domain", "Customer success manager"),
    QT_TRANSLATE_NOOP("Domain", "Sales manager"),
    QT_TRANSLATE_NOOP("Domain", "Business analyst"),
    QT_TRANSLATE_NOOP("Domain", "Technician"),
    QT_TRANSLATE_NOOP("Domain", "Designer"),
    QT_TRANSLATE_NOOP("Domain", "Colleague"),
    QT_TRANSLATE_NOOP("Domain", "Stand in"),
    QT_TRANSLATE_NOOP("Domain", "Todo"),
    QT_TRANSLATE_NOOP("Domain", "Follow up"),
)

# Weekdays (domain.business_days.DAY_NAMES).
DAY_TEXTS = (
    QT_TRANSLATE_NOOP("Domain", "Mon"),
    QT_TRANSLATE_NOOP("Domain", "Tue"),
    QT_TRANSLATE_NOOP("Domain", "Wed"),
    QT_TRANSLATE_NOOP("Domain", "Thu"),
    QT_TRANSLATE_NOOP("Domain", "Fri"),
    QT_TRANSLATE_NOOP("Domain", "Sat"),
    QT_TRANSLATE_NOOP("Domain", "Sun"),
)

# The lead fields an import fills (services.lead_import.FIELDS).
FIELD_TEXTS = (
    QT_TRANSLATE_NOOP("Domain", "First name"),
    QT_TRANSLATE_NOOP("Domain", "Last name"),
    QT_TRANSLATE_NOOP("Domain", "Full name (split into first and last)"),
    QT_TRANSLATE_NOOP("Domain", "Company"),
    QT_TRANSLATE_NOOP("Domain", "Job title"),
    QT_TRANSLATE_NOOP("Domain", "E-mail"),
    QT_TRANSLATE_NOOP("Domain", "Phone"),
    QT_TRANSLATE_NOOP("Domain", "Mobile (used when there is no phone)"),
    QT_TRANSLATE_NOOP("Domain", "Country (phone numbers without a country code are read in it)"),
    QT_TRANSLATE_NOOP("Domain", "Source"),
    QT_TRANSLATE_NOOP("Domain", "Status"),
    QT_TRANSLATE_NOOP("Domain", "Inbound/outbound"),
    QT_TRANSLATE_NOOP("Domain", "Owner (user name or e-mail)"),
    QT_TRANSLATE_NOOP("Domain", "Arrived on"),
    QT_TRANSLATE_NOOP("Domain", "Notes (several columns may go here)"),
)

# The fields' labels in the services' messages (services.validation.field_label).
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Fields", "Notes"),
    QT_TRANSLATE_NOOP("Fields", "Title"),
    QT_TRANSLATE_NOOP("Fields", "Note"),
    QT_TRANSLATE_NOOP("Fields", "Name"),
    QT_TRANSLATE_NOOP("Fields", "Website"),
    QT_TRANSLATE_NOOP("Fields", "Last name"),
    QT_TRANSLATE_NOOP("Fields", "First name"),
    QT_TRANSLATE_NOOP("Fields", "Your name"),
    QT_TRANSLATE_NOOP("Fields", "Valid until"),
    QT_TRANSLATE_NOOP("Fields", "VAT ID"),
    QT_TRANSLATE_NOOP("Fields", "Unit"),
    QT_TRANSLATE_NOOP("Fields", "Subject"),
    QT_TRANSLATE_NOOP("Fields", "Street"),
    QT_TRANSLATE_NOOP("Fields", "Signature"),
    QT_TRANSLATE_NOOP("Fields", "Postal code"),
    QT_TRANSLATE_NOOP("Fields", "Phone"),
    QT_TRANSLATE_NOOP("Fields", "Next step"),
    QT_TRANSLATE_NOOP("Fields", "Location"),
    QT_TRANSLATE_NOOP("Fields", "Industry"),
    QT_TRANSLATE_NOOP("Fields", "Competitor"),
    QT_TRANSLATE_NOOP("Fields", "Company"),
    QT_TRANSLATE_NOOP("Fields", "Company name"),
    QT_TRANSLATE_NOOP("Fields", "Code"),
    QT_TRANSLATE_NOOP("Fields", "City"),
    QT_TRANSLATE_NOOP("Fields", "Bank details"),
    QT_TRANSLATE_NOOP("Fields", "Address"),
    QT_TRANSLATE_NOOP("Fields", "Delivery terms"),
    QT_TRANSLATE_NOOP("Fields", "Description"),
    QT_TRANSLATE_NOOP("Fields", "Discount reason"),
    QT_TRANSLATE_NOOP("Fields", "Expected close"),
    QT_TRANSLATE_NOOP("Fields", "Payment terms"),
    QT_TRANSLATE_NOOP("Fields", "Quantity"),
    QT_TRANSLATE_NOOP("Fields", "Unit price"),
    QT_TRANSLATE_NOOP("Fields", "Discount"),
    QT_TRANSLATE_NOOP("Fields", "Tax rate"),
    QT_TRANSLATE_NOOP("Fields", "Cost"),
    QT_TRANSLATE_NOOP("Fields", "Price"),
    QT_TRANSLATE_NOOP("Fields", "A price"),
)

# The reports' names and summaries (reports.REPORTS).
REPORT_TEXTS = (
    QT_TRANSLATE_NOOP("Domain", "Pipeline"),
    QT_TRANSLATE_NOOP("Domain", "Open deals by stage: count, value, weighted value"),
    QT_TRANSLATE_NOOP("Domain", "Forecast"),
    QT_TRANSLATE_NOOP("Domain", "Won, commit and best case per month against quota"),
    QT_TRANSLATE_NOOP("Domain", "Funnel and conversion"),
    QT_TRANSLATE_NOOP("Domain", "Stage-to-stage conversion, time in stage, leads"),
    QT_TRANSLATE_NOOP("Domain", "Win rate and velocity"),
    QT_TRANSLATE_NOOP("Domain", "Win rate, deal size, cycle length, velocity"),
    QT_TRANSLATE_NOOP("Domain", "Activity"),
    QT_TRANSLATE_NOOP("Domain", "Calls, connects, meetings, tasks, lead response per week"),
    QT_TRANSLATE_NOOP("Domain", "Won and lost"),
    QT_TRANSLATE_NOOP("Domain", "Reasons, competitors, offers and discounts"),
    QT_TRANSLATE_NOOP("Domain", "Slipping deals"),
    QT_TRANSLATE_NOOP("Domain", "Close dates pushed back, idle and stuck deals"),
    QT_TRANSLATE_NOOP("Domain", "Staying in touch"),
    QT_TRANSLATE_NOOP("Domain", "Customers closed months ago, not contacted since"),
)

# What happened to a row of an import (services.lead_import) and to an offer line between
# two versions (services.offers.compare).
OUTCOME_TEXTS = (
    QT_TRANSLATE_NOOP("Domain", "skipped"),
    QT_TRANSLATE_NOOP("Domain", "merged"),
    QT_TRANSLATE_NOOP("Domain", "added"),
    QT_TRANSLATE_NOOP("Domain", "removed"),
    QT_TRANSLATE_NOOP("Domain", "changed"),
    QT_TRANSLATE_NOOP("Domain", "same"),
)

# Report periods (reports.scope.PERIOD_NAMES), as period_text() shows them.
PERIOD_TEXTS = (
    QT_TRANSLATE_NOOP("Domain", "This week"),
    QT_TRANSLATE_NOOP("Domain", "Last week"),
    QT_TRANSLATE_NOOP("Domain", "This month"),
    QT_TRANSLATE_NOOP("Domain", "Last month"),
    QT_TRANSLATE_NOOP("Domain", "This quarter"),
    QT_TRANSLATE_NOOP("Domain", "Last quarter"),
    QT_TRANSLATE_NOOP("Domain", "This year"),
    QT_TRANSLATE_NOOP("Domain", "Last year"),
)


def english_label(value: StrEnum) -> str:
    """The label the domain gives a value (some enums name their members themselves)."""
    own = getattr(type(value), "label", None)
    return value.label if isinstance(own, property) else label(value)  # type: ignore[attr-defined]


def enum_text(value: StrEnum) -> str:
    """A value's label, translated."""
    return domain_text(english_label(value))


def domain_text(english: str) -> str:
    """One of the texts listed here, translated."""
    return QCoreApplication.translate("Domain", english)


def period_text(name: str) -> str:
    """A report period ("this-week") as a person reads it."""
    return domain_text(name.replace("-", " ").capitalize())
