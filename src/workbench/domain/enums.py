"""Closed vocabularies of the sales domain (see the domain digest). Stored as their string
values so the database stays readable and a later added member needs no migration."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    MARKETING = "marketing"
    SDR = "sdr"
    ACCOUNT_EXECUTIVE = "account_executive"
    CUSTOMER_SUCCESS = "customer_success"
    MANAGER = "manager"
    ANALYST = "analyst"
    TECHNICIAN = "technician"
    DESIGNER = "designer"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.MARKETING: "Marketing associate",
    Role.SDR: "Sales development rep",
    Role.ACCOUNT_EXECUTIVE: "Account executive",
    Role.CUSTOMER_SUCCESS: "Customer success manager",
    Role.MANAGER: "Sales manager",
    Role.ANALYST: "Business analyst",
    Role.TECHNICIAN: "Technician",
    Role.DESIGNER: "Designer",
}


class AccountKind(StrEnum):
    COMPANY = "company"  # B2B
    PERSON = "person"  # B2C: a private customer


class LeadStatus(StrEnum):
    NEW = "new"
    MQL = "mql"
    SQL = "sql"
    DISQUALIFIED = "disqualified"
    CONVERTED = "converted"


class LeadDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class LeadSource(StrEnum):
    REFERRAL = "referral"
    ORGANIC = "organic"
    PAID_CAMPAIGN = "paid_campaign"
    MAILING = "mailing"
    WEB_FORM = "web_form"
    COLD_CALL = "cold_call"
    COLD_EMAIL = "cold_email"
    PURCHASED_LIST = "purchased_list"
    EVENT = "event"
    CALL_IN = "call_in"
    IMPORT = "import"
    OTHER = "other"


class OpportunityStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class ShareRole(StrEnum):
    COLLEAGUE = "colleague"  # two people working the deal
    STAND_IN = "stand_in"  # covers during the owner's absence


class TaskKind(StrEnum):
    TODO = "todo"
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    FOLLOW_UP = "follow_up"


class ActivityKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    VISIT = "visit"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class CallOutcome(StrEnum):
    CONNECTED = "connected"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    MEETING_BOOKED = "meeting_booked"
    NOT_INTERESTED = "not_interested"
    CALL_BACK_LATER = "call_back_later"


class ReasonKind(StrEnum):
    WON = "won"
    LOST = "lost"
    DISQUALIFIED = "disqualified"
    OFFER_REJECTED = "offer_rejected"


class EventKind(StrEnum):
    """What happened to an opportunity, for its timeline."""

    CREATED = "created"
    STAGE_CHANGED = "stage_changed"
    WON = "won"
    LOST = "lost"
    REOPENED = "reopened"
    SHARED = "shared"
    UNSHARED = "unshared"
    OWNER_CHANGED = "owner_changed"
    EDITED = "edited"
    OFFER_SENT = "offer_sent"
    OFFER_ACCEPTED = "offer_accepted"
    OFFER_REJECTED = "offer_rejected"
    # The reportable fields' changes, each carrying the new value (reports rebuild the
    # pipeline "as of" a past date from them).
    AMOUNT_CHANGED = "amount_changed"
    CLOSE_DATE_CHANGED = "close_date_changed"
    FORECAST_CHANGED = "forecast_changed"


class ForecastCategory(StrEnum):
    """Where an open deal counts in the forecast, kept apart from its stage: it defaults
    from the stage and a deal may override it. Won and lost deals count as closed."""

    PIPELINE = "pipeline"
    BEST_CASE = "best_case"
    COMMIT = "commit"
    OMITTED = "omitted"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def for_probability(cls, probability: int) -> ForecastCategory:
        """The default for a stage: likely deals are commit, even chances best case."""
        if probability >= 75:
            return cls.COMMIT
        if probability >= 40:
            return cls.BEST_CASE
        return cls.PIPELINE


class OfferStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"


def label(value: StrEnum) -> str:
    """A readable label for any enum value: 'call_back_later' -> 'Call back later'."""
    text = str(value.value).replace("_", " ")
    return {"mql": "MQL", "sql": "SQL"}.get(text, text[:1].upper() + text[1:])
