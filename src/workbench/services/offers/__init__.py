"""Offers (quotes): built from an opportunity, versioned, sent, accepted or rejected.

A version is edited while it is a draft; once sent it is frozen, and revising makes the
next version as a copy. Totals come from domain.offer_totals and are stored on the
version, so the list, the editor and the PDF show the same figures.

model has what the services hand out and the offer settings (the PDF needs only these),
reading loads and lists, drafts creates and edits, sending sends and decides, compare
compares two versions.
"""

from __future__ import annotations

from workbench.services.offers.compare import compare_versions
from workbench.services.offers.drafts import (
    clean_version,
    create_offer,
    delete_offer,
    guard_rails,
    line_from_product,
    render_template,
    revise,
    save_draft,
    template_values,
    templates,
)
from workbench.services.offers.model import (
    DEFAULT_FOLLOW_UP_DAYS,
    DEFAULT_MAX_DISCOUNT,
    DEFAULT_VALIDITY_DAYS,
    FOLLOW_UP_DAYS_KEY,
    MAX_DISCOUNT_KEY,
    MAX_LINES,
    VALIDITY_DAYS_KEY,
    DealChoice,
    GuardRail,
    LineData,
    LineDiff,
    OfferRow,
    OfferView,
    SentResult,
    VersionComparison,
    VersionData,
    documents_dir,
    follow_up_days,
    max_discount_percent,
    user_locale,
    validity_days,
)
from workbench.services.offers.reading import (
    count_offers,
    find_offer,
    list_offers,
    load_offer,
    offer_reasons,
    search_deals,
)
from workbench.services.offers.sending import (
    accept_offer,
    attach_document,
    expire_offers,
    mail_text,
    mark_sent,
    reject_offer,
)

__all__ = [
    "DEFAULT_FOLLOW_UP_DAYS",
    "DEFAULT_MAX_DISCOUNT",
    "DEFAULT_VALIDITY_DAYS",
    "FOLLOW_UP_DAYS_KEY",
    "MAX_DISCOUNT_KEY",
    "MAX_LINES",
    "VALIDITY_DAYS_KEY",
    "DealChoice",
    "GuardRail",
    "LineData",
    "LineDiff",
    "OfferRow",
    "OfferView",
    "SentResult",
    "VersionComparison",
    "VersionData",
    "accept_offer",
    "attach_document",
    "clean_version",
    "compare_versions",
    "count_offers",
    "create_offer",
    "delete_offer",
    "documents_dir",
    "expire_offers",
    "find_offer",
    "follow_up_days",
    "guard_rails",
    "line_from_product",
    "list_offers",
    "load_offer",
    "mail_text",
    "mark_sent",
    "max_discount_percent",
    "offer_reasons",
    "reject_offer",
    "render_template",
    "revise",
    "save_draft",
    "search_deals",
    "template_values",
    "templates",
    "user_locale",
    "validity_days",
]
