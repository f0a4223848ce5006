"""The domain's closed vocabularies in the person's language.

The domain layer knows no Qt, so its English labels are listed here for lupdate and
translated when shown; tests/ui/test_translations.py checks that the list is complete.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workbench.domain.enums import label

ENUM_LABELS = (
    QT_TRANSLATE_NOOP("Enum", "Company"),
    QT_TRANSLATE_NOOP("Enum", "Person"),
    QT_TRANSLATE_NOOP("Enum", "Call"),
    QT_TRANSLATE_NOOP("Enum", "Meeting"),
    QT_TRANSLATE_NOOP("Enum", "Email"),
    QT_TRANSLATE_NOOP("Enum", "Visit"),
    QT_TRANSLATE_NOOP("Enum", "Planned"),
    QT_TRANSLATE_NOOP("Enum", "Done"),
    QT_TRANSLATE_NOOP("Enum", "Cancelled"),
    QT_TRANSLATE_NOOP("Enum", "Connected"),
    QT_TRANSLATE_NOOP("Enum", "No answer"),
    QT_TRANSLATE_NOOP("Enum", "Voicemail"),
    QT_TRANSLATE_NOOP("Enum", "Wrong number"),
    QT_TRANSLATE_NOOP("Enum", "Meeting booked"),
    QT_TRANSLATE_NOOP("Enum", "Not interested"),
    QT_TRANSLATE_NOOP("Enum", "Call back later"),
    QT_TRANSLATE_NOOP("Enum", "Inbound"),
    QT_TRANSLATE_NOOP("Enum", "Outbound"),
    QT_TRANSLATE_NOOP("Enum", "Created"),
    QT_TRANSLATE_NOOP("Enum", "Stage changed"),
    QT_TRANSLATE_NOOP("Enum", "Won"),
    QT_TRANSLATE_NOOP("Enum", "Lost"),
    QT_TRANSLATE_NOOP("Enum", "Reopened"),
    QT_TRANSLATE_NOOP("Enum", "Shared"),
    QT_TRANSLATE_NOOP("Enum", "Unshared"),
    QT_TRANSLATE_NOOP("Enum", "Owner changed"),
    QT_TRANSLATE_NOOP("Enum", "Edited"),
    QT_TRANSLATE_NOOP("Enum", "Offer sent"),
    QT_TRANSLATE_NOOP("Enum", "Offer accepted"),
    QT_TRANSLATE_NOOP("Enum", "Offer rejected"),
    QT_TRANSLATE_NOOP("Enum", "Amount changed"),
    QT_TRANSLATE_NOOP("Enum", "Close date changed"),
    QT_TRANSLATE_NOOP("Enum", "Forecast changed"),
    QT_TRANSLATE_NOOP("Enum", "Pipeline"),
    QT_TRANSLATE_NOOP("Enum", "Best case"),
    QT_TRANSLATE_NOOP("Enum", "Commit"),
    QT_TRANSLATE_NOOP("Enum", "Omitted"),
    QT_TRANSLATE_NOOP("Enum", "Referral"),
    QT_TRANSLATE_NOOP("Enum", "Organic"),
    QT_TRANSLATE_NOOP("Enum", "Paid campaign"),
    QT_TRANSLATE_NOOP("Enum", "Mailing"),
    QT_TRANSLATE_NOOP("Enum", "Web form"),
    QT_TRANSLATE_NOOP("Enum", "Cold call"),
    QT_TRANSLATE_NOOP("Enum", "Cold email"),
    QT_TRANSLATE_NOOP("Enum", "Purchased list"),
    QT_TRANSLATE_NOOP("Enum", "Event"),
    QT_TRANSLATE_NOOP("Enum", "Call in"),
    QT_TRANSLATE_NOOP("Enum", "Import"),
    QT_TRANSLATE_NOOP("Enum", "Other"),
    QT_TRANSLATE_NOOP("Enum", "New"),
    QT_TRANSLATE_NOOP("Enum", "MQL"),
    QT_TRANSLATE_NOOP("Enum", "SQL"),
    QT_TRANSLATE_NOOP("Enum", "Disqualified"),
    QT_TRANSLATE_NOOP("Enum", "Converted"),
    QT_TRANSLATE_NOOP("Enum", "Draft"),
    QT_TRANSLATE_NOOP("Enum", "Sent"),
    QT_TRANSLATE_NOOP("Enum", "Accepted"),
    QT_TRANSLATE_NOOP("Enum", "Rejected"),
    QT_TRANSLATE_NOOP("Enum", "Expired"),
    QT_TRANSLATE_NOOP("Enum", "Open"),
    QT_TRANSLATE_NOOP("Enum", "Marketing associate"),
    QT_TRANSLATE_NOOP("Enum", "Sales development rep"),
    QT_TRANSLATE_NOOP("Enum", "Account executive"),
    QT_TRANSLATE_NOOP("Enum", "Customer success manager"),
    QT_TRANSLATE_NOOP("Enum", "Sales manager"),
    QT_TRANSLATE_NOOP("Enum", "Business analyst"),
    QT_TRANSLATE_NOOP("Enum", "Technician"),
    QT_TRANSLATE_NOOP("Enum", "Designer"),
    QT_TRANSLATE_NOOP("Enum", "Colleague"),
    QT_TRANSLATE_NOOP("Enum", "Stand in"),
    QT_TRANSLATE_NOOP("Enum", "Todo"),
    QT_TRANSLATE_NOOP("Enum", "Follow up"),
)


def english_label(value: StrEnum) -> str:
    """The label the domain gives a value (some enums name their members themselves)."""
    own = getattr(type(value), "label", None)
    return value.label if isinstance(own, property) else label(value)  # type: ignore[attr-defined]


def enum_text(value: StrEnum) -> str:
    """A value's label, translated."""
    return QCoreApplication.translate("Enum", english_label(value))
