"""The lead fields, and the header names and cell values they are recognised by."""

from __future__ import annotations

import re

from workbench.domain.enums import LeadDirection, LeadSource, LeadStatus
from workbench.texts import QT_TRANSLATE_NOOP, translate

# The window lists these (ui/domain_texts.py) and the import report names them.
FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("Domain", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Domain", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Domain", "Full name (split into first and last)"),
    "company": QT_TRANSLATE_NOOP("Domain", "Company"),
    "title": QT_TRANSLATE_NOOP("Domain", "Job title"),
    "email": QT_TRANSLATE_NOOP("Domain", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Domain", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Domain", "Mobile (used when there is no phone)"),
    "country": QT_TRANSLATE_NOOP(
        "Domain", "Country (phone numbers without a country code are read in it)"
    ),
    "source": QT_TRANSLATE_NOOP("Domain", "Source"),
    "status": QT_TRANSLATE_NOOP("Domain", "Status"),
    "direction": QT_TRANSLATE_NOOP("Domain", "Inbound/outbound"),
    "owner": QT_TRANSLATE_NOOP("Domain", "Owner (user name or e-mail)"),
    "received_at": QT_TRANSLATE_NOOP("Domain", "Arrived on"),
    "notes": QT_TRANSLATE_NOOP("Domain", "Notes (several columns may go here)"),
}


def field_text(field: str) -> str:
    """A lead field's name in the person's language."""
    return translate("Domain", FIELDS[field])


_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": (
        "firstname",
        "first",
        "givenname",
        "forename",
        "vorname",
        "prenom",
        "personfirstname",
        "contactfirstname",
    ),
    "last_name": (
        "lastname",
        "last",
        "surname",
        "familyname",
        "nachname",
        "nom",
        "personlastname",
        "contactlastname",
    ),
    "full_name": (
        "name",
        "fullname",
        "contactname",
        "leadname",
        "personname",
        "contact",
        "person",
        "contactperson",
        "ansprechpartner",
    ),
    "company": (
        "company",
        "companyname",
        "organization",
        "organisation",
        "organizationname",
        "organisationname",
        "account",
        "accountname",
        "firma",
        "unternehmen",
        "business",
        "employer",
    ),
    "title": ("title", "jobtitle", "position", "role", "function", "persontitle"),
    "email": (
        "email",
        "emailaddress",
        "mail",
        "personemail",
        "workemail",
        "primaryemail",
        "email1",
        "emailwork",
        "businessemail",
        "emailadresse",
    ),
    "phone": (
        "phone",
        "phonenumber",
        "telephone",
        "tel",
        "workphone",
        "businessphone",
        "personphone",
        "phone1",
        "telefon",
        "directphone",
        "phonework",
        "officephone",
    ),
    "mobile": (
        "mobile",
        "mobilephone",
        "cell",
        "cellphone",
        "mobilenumber",
        "handy",
        "phonemobile",
        "mobil",
    ),
    "country": (
        "country",
        "countrycode",
        "countryname",
        "land",
        "pays",
        "pais",
        "paese",
        "nation",
        "companycountry",
        "personcountry",
        "organizationcountry",
        "billingcountry",
        "mailingcountry",
        "addresscountry",
    ),
    "source": ("leadsource", "source", "origin", "channel", "quelle", "leadorigin"),
    "status": ("leadstatus", "status", "lifecyclestage", "stage"),
    "direction": ("direction", "inboundoutbound", "leadtype", "leaddirection"),
    "owner": (
        "owner",
        "leadowner",
        "ownername",
        "assignedto",
        "salesrep",
        "personowner",
        "owneremail",
        "contactowner",
        "leadownername",
        "recordowner",
    ),
    "received_at": (
        "createddate",
        "created",
        "datecreated",
        "createdat",
        "leadcreated",
        "leadcreateddate",
        "receivedat",
        "received",
        "date",
        "addtime",
        "createdtime",
        "createdate",
        "leadaddtime",
        "leadcreatedon",
        "createdon",
    ),
    "notes": (
        "notes",
        "note",
        "description",
        "comments",
        "comment",
        "message",
        "remarks",
        "leaddescription",
        "bemerkung",
        "notiz",
    ),
}


HEADER_FIELDS: dict[str, str] = {alias: f for f, aliases in _ALIASES.items() for alias in aliases}


_SOURCES: dict[str, LeadSource] = {
    **{s.value.replace("_", ""): s for s in LeadSource},
    **dict.fromkeys(
        (
            "web",
            "website",
            "webform",
            "form",
            "contactform",
            "webformular",
            "webinquiry",
            "webinbound",
            "landingpage",
        ),
        LeadSource.WEB_FORM,
    ),
    **dict.fromkeys(
        (
            "partnerreferral",
            "employeereferral",
            "empfehlung",
            "partner",
            "customerreferral",
            "wordofmouth",
        ),
        LeadSource.REFERRAL,
    ),
    **dict.fromkeys(
        ("organicsearch", "seo", "search", "socialmedia", "organicsocial"), LeadSource.ORGANIC
    ),
    **dict.fromkeys(
        (
            "paid",
            "ppc",
            "adwords",
            "googleads",
            "advertisement",
            "paidsearch",
            "paidsocial",
            "campaign",
            "ads",
            "ad",
        ),
        LeadSource.PAID_CAMPAIGN,
    ),
    **dict.fromkeys(
        ("newsletter", "emailmarketing", "email", "mail", "emailcampaign"), LeadSource.MAILING
    ),
    **dict.fromkeys(("coldcalling", "telemarketing", "outboundcall"), LeadSource.COLD_CALL),
    **dict.fromkeys(("coldmail", "outreach", "emailoutreach"), LeadSource.COLD_EMAIL),
    **dict.fromkeys(
        ("list", "boughtlist", "purchased", "listimport", "database"), LeadSource.PURCHASED_LIST
    ),
    **dict.fromkeys(
        ("tradeshow", "fair", "messe", "conference", "seminar", "webinar", "exhibition", "expo"),
        LeadSource.EVENT,
    ),
    **dict.fromkeys(
        ("inboundcall", "phoneinquiry", "phonein", "callin", "incomingcall"), LeadSource.CALL_IN
    ),
}


_OUTBOUND_SOURCES = {
    LeadSource.COLD_CALL,
    LeadSource.COLD_EMAIL,
    LeadSource.PURCHASED_LIST,
    LeadSource.EVENT,
}


_STATUSES: dict[str, LeadStatus] = {
    **dict.fromkeys(
        (
            "new",
            "open",
            "opennotcontacted",
            "notcontacted",
            "uncontacted",
            "attemptedtocontact",
            "workingcontacted",
            "contacted",
            "inprogress",
            "working",
            "lead",
            "subscriber",
            "neu",
        ),
        LeadStatus.NEW,
    ),
    **dict.fromkeys(("mql", "marketingqualified", "marketingqualifiedlead"), LeadStatus.MQL),
    **dict.fromkeys(
        (
            "sql",
            "salesqualified",
            "qualified",
            "salesqualifiedlead",
            "salesaccepted",
            "opportunity",
            "converted",
            "closedconverted",
        ),
        LeadStatus.SQL,
    ),
    **dict.fromkeys(
        (
            "disqualified",
            "unqualified",
            "closednotconverted",
            "junk",
            "junklead",
            "lost",
            "notinterested",
            "badfit",
        ),
        LeadStatus.DISQUALIFIED,
    ),
}


_DIRECTIONS = {
    "inbound": LeadDirection.INBOUND,
    "in": LeadDirection.INBOUND,
    "eingehend": LeadDirection.INBOUND,
    "outbound": LeadDirection.OUTBOUND,
    "out": LeadDirection.OUTBOUND,
    "ausgehend": LeadDirection.OUTBOUND,
}


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%Y/%m/%d",
)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())
