"""Leads: create and edit, find duplicates and merge, qualify, disqualify, convert.

A lead moves new -> MQL -> SQL, or is disqualified with a reason. Converting an SQL lead
makes (or reuses) an account, a contact and an opportunity in one unit of work; all three
keep a link back to the lead, so its source and history stay attached to the deal.

response has the working days and the response flag, editing creating, editing and
merging, status qualifying and disqualifying, conversion converting, listing the lead list
and the details of one lead.
"""

from __future__ import annotations

from workbench.services.leads.conversion import (
    ConversionInput,
    ConversionResult,
    conversion_account_name,
    convert_lead,
)
from workbench.services.leads.editing import (
    DuplicateMatch,
    LeadInput,
    clean_lead,
    create_lead,
    delete_lead,
    fill_empty,
    find_duplicates,
    merge_into_lead,
    merge_leads,
    person_key,
    update_lead,
    validate_lead,
)
from workbench.services.leads.listing import (
    LeadDetails,
    LeadFilter,
    LeadRow,
    count_leads,
    cutoffs,
    get_lead,
    lead_row,
    list_leads,
    waiting_condition,
)
from workbench.services.leads.response import (
    OPEN_STATUSES,
    WORKING_DAYS_KEY,
    local,
    mark_first_contact,
    set_working_days,
    working_days,
)
from workbench.services.leads.status import (
    StatusChange,
    disqualify_lead,
    disqualify_reasons,
    qualify_lead,
    redo_status,
    restore_status,
)

__all__ = [
    "OPEN_STATUSES",
    "WORKING_DAYS_KEY",
    "ConversionInput",
    "ConversionResult",
    "DuplicateMatch",
    "LeadDetails",
    "LeadFilter",
    "LeadInput",
    "LeadRow",
    "StatusChange",
    "clean_lead",
    "conversion_account_name",
    "convert_lead",
    "count_leads",
    "create_lead",
    "cutoffs",
    "delete_lead",
    "disqualify_lead",
    "disqualify_reasons",
    "fill_empty",
    "find_duplicates",
    "get_lead",
    "lead_row",
    "list_leads",
    "local",
    "mark_first_contact",
    "merge_into_lead",
    "merge_leads",
    "person_key",
    "qualify_lead",
    "redo_status",
    "restore_status",
    "set_working_days",
    "update_lead",
    "validate_lead",
    "waiting_condition",
    "working_days",
]
