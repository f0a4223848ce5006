"""The names, places, products and prices the demo company is made of."""

from __future__ import annotations

from workbench.domain.enums import (
    ActivityKind,
    Role,
)
from workbench.texts import QT_TRANSLATE_NOOP, translate


def in_language(text: str) -> str:
    """One of the names below (marked for lupdate where it is defined) in the person's
    language; as it is without a translator (the command line, the benchmarks)."""
    return translate("Demo", text)


FIRST = (
    "Anna Ben Clara David Emma Felix Greta Hugo Ida Jonas Karin Lukas Maria Nils Olga Paul "
    "Quinn Rosa Sven Tara Uwe Vera Willem Xenia Yusuf Zoe Amelie Bruno Chloe Dario Elif Frank "
    "Hanna Igor Julia Kai Lena Marco Nora Oskar Pia Rafael Sofia Tobias Ulla Viktor"
).split()
LAST = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
    "Klein Wolf Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann "
    "Smith Jones Brown Taylor Wilson Evans Dubois Martin Bernard Rossi Russo Nowak Jensen "
    "Nielsen Andersson Larsen Virtanen Novak Horvat Silva Santos García López"
).split()
COMPANY_A = (
    "Alpen Nord Süd Rhein Elbe Hansa Baltic Atlas Orion Vega Nova Delta Apex Summit Pioneer "
    "Falcon Cedar Granite Harbor Meridian Polar Quantum Silver Union Vertex Zenith Aurora Blue "
    "Crown Echo"
).split()
COMPANY_B = (
    "Logistik Maschinenbau Software Systems Medical Energy Foods Bau Textil Druck Solar "
    "Robotics Analytics Pharma Optics Metall Holz Möbel Consulting Automotive Labs Retail "
    "Kunststoff Elektro"
).split()
FORMS = ["GmbH", "AG", "GmbH & Co. KG", "Ltd", "SE", "Oy", "AB", "S.A.", "B.V.", "Inc."]
# An account's industry and a contact's job title, in the person's language (in_language).
INDUSTRIES = [
    QT_TRANSLATE_NOOP("Demo", "Manufacturing"),
    QT_TRANSLATE_NOOP("Demo", "Logistics"),
    QT_TRANSLATE_NOOP("Demo", "Software"),
    QT_TRANSLATE_NOOP("Demo", "Healthcare"),
    QT_TRANSLATE_NOOP("Demo", "Energy"),
    QT_TRANSLATE_NOOP("Demo", "Food and beverage"),
    QT_TRANSLATE_NOOP("Demo", "Construction"),
    QT_TRANSLATE_NOOP("Demo", "Retail"),
    QT_TRANSLATE_NOOP("Demo", "Automotive"),
    QT_TRANSLATE_NOOP("Demo", "Pharmaceuticals"),
    QT_TRANSLATE_NOOP("Demo", "Professional services"),
]
CITIES = [
    ("Berlin", "DE", "+4930"),
    ("Hamburg", "DE", "+4940"),
    ("München", "DE", "+4989"),
    ("Köln", "DE", "+49221"),
    ("Wien", "AT", "+431"),
    ("Zürich", "CH", "+4144"),
    ("Amsterdam", "NL", "+3120"),
    ("Stockholm", "SE", "+468"),
    ("Helsinki", "FI", "+3589"),
    ("London", "GB", "+4420"),
    ("Paris", "FR", "+331"),
    ("Warszawa", "PL", "+4822"),
]
# What a deal is about and what kind of deal it is, as its title reads them (in the person's
# language: in_language).
DEAL_WORDS = [
    QT_TRANSLATE_NOOP("Demo", "rollout"),
    QT_TRANSLATE_NOOP("Demo", "expansion"),
    QT_TRANSLATE_NOOP("Demo", "renewal"),
    QT_TRANSLATE_NOOP("Demo", "pilot"),
    QT_TRANSLATE_NOOP("Demo", "upgrade"),
    QT_TRANSLATE_NOOP("Demo", "framework agreement"),
    QT_TRANSLATE_NOOP("Demo", "service contract"),
    QT_TRANSLATE_NOOP("Demo", "replacement"),
    QT_TRANSLATE_NOOP("Demo", "new site"),
    QT_TRANSLATE_NOOP("Demo", "maintenance"),
    QT_TRANSLATE_NOOP("Demo", "training"),
    QT_TRANSLATE_NOOP("Demo", "integration"),
]
PRODUCTS = [
    QT_TRANSLATE_NOOP("Demo", "fleet"),
    QT_TRANSLATE_NOOP("Demo", "packaging line"),
    QT_TRANSLATE_NOOP("Demo", "CRM licences"),
    QT_TRANSLATE_NOOP("Demo", "sensors"),
    QT_TRANSLATE_NOOP("Demo", "solar roof"),
    QT_TRANSLATE_NOOP("Demo", "forklifts"),
    QT_TRANSLATE_NOOP("Demo", "lab equipment"),
    QT_TRANSLATE_NOOP("Demo", "ERP"),
    QT_TRANSLATE_NOOP("Demo", "cloud backup"),
    QT_TRANSLATE_NOOP("Demo", "conveyors"),
    QT_TRANSLATE_NOOP("Demo", "printing press"),
    QT_TRANSLATE_NOOP("Demo", "security system"),
    QT_TRANSLATE_NOOP("Demo", "HVAC"),
    QT_TRANSLATE_NOOP("Demo", "robot cell"),
]
TITLES = [
    QT_TRANSLATE_NOOP("Demo", "CEO"),
    QT_TRANSLATE_NOOP("Demo", "CFO"),
    QT_TRANSLATE_NOOP("Demo", "Head of Purchasing"),
    QT_TRANSLATE_NOOP("Demo", "Operations Manager"),
    QT_TRANSLATE_NOOP("Demo", "IT Director"),
    QT_TRANSLATE_NOOP("Demo", "Buyer"),
    QT_TRANSLATE_NOOP("Demo", "Plant Manager"),
    QT_TRANSLATE_NOOP("Demo", "Project Lead"),
    QT_TRANSLATE_NOOP("Demo", "Office Manager"),
    QT_TRANSLATE_NOOP("Demo", "Head of Sales"),
]
# Plausible lengths per kind of touch; an e-mail has none.
DURATIONS = {
    ActivityKind.CALL: [45, 90, 180, 300, 600, 900],
    ActivityKind.EMAIL: [0],
    ActivityKind.MEETING: [1800, 3600, 5400],
    ActivityKind.VISIT: [2700, 3600, 7200],
}
CURRENCY_BY_COUNTRY = {"GB": "GBP", "SE": "SEK", "CH": "CHF", "PL": "PLN"}

# (name, role, department, team: 0 North, 1 South, 2 West, None for the supporting staff)
STAFF: list[tuple[str, Role, str, int | None]] = [
    ("Sabine Krüger", Role.MANAGER, "Sales", 0),
    ("Henrik Olsen", Role.MANAGER, "Sales", 1),
    ("Carla Mendes", Role.MANAGER, "Sales", 2),
    ("Tom Becker", Role.ACCOUNT_EXECUTIVE, "Sales", 0),
    ("Aylin Demir", Role.ACCOUNT_EXECUTIVE, "Sales", 1),
    ("Jan Hoffmann", Role.ACCOUNT_EXECUTIVE, "Sales", 2),
    ("Mia Lindqvist", Role.ACCOUNT_EXECUTIVE, "Sales", 2),
    ("Piotr Nowak", Role.ACCOUNT_EXECUTIVE, "Sales", 1),
    ("Greta Albers", Role.ACCOUNT_EXECUTIVE, "Sales", 2),
    ("Lukas Brenner", Role.ACCOUNT_EXECUTIVE, "Sales", 0),
    ("Sofia Marino", Role.ACCOUNT_EXECUTIVE, "Sales", 1),
    ("David Kwame", Role.ACCOUNT_EXECUTIVE, "Sales", 2),
    ("Hanna Seidel", Role.ACCOUNT_EXECUTIVE, "Sales", 0),
    ("Ruben Costa", Role.ACCOUNT_EXECUTIVE, "Sales", 1),
    ("Elif Yilmaz", Role.ACCOUNT_EXECUTIVE, "Sales", 2),
    ("Frank Dietz", Role.ACCOUNT_EXECUTIVE, "Sales", 0),
    ("Julia Hartwig", Role.ACCOUNT_EXECUTIVE, "Sales", 2),
    ("Lea Vogel", Role.SDR, "Sales", 0),
    ("Omar Haddad", Role.SDR, "Sales", 1),
    ("Marta Kowalska", Role.SDR, "Sales", 2),
    ("Noah Fischer", Role.SDR, "Sales", 0),
    ("Ida Virtanen", Role.SDR, "Sales", 1),
    ("Yusuf Arslan", Role.SDR, "Sales", 2),
    ("Clara Winter", Role.SDR, "Sales", 0),
    ("Nina Roth", Role.MARKETING, "Marketing", None),
    ("Eva Sommer", Role.CUSTOMER_SUCCESS, "Customer success", None),
    ("Kurt Brandt", Role.ANALYST, "Business analysis", None),
    ("Ines Weiß", Role.TECHNICIAN, "Technical", None),
    ("Ole Berg", Role.DESIGNER, "Design", None),
]
TEAMS = ["Team North", "Team South", "Team West"]
# The account executive who moved from Team North to Team West during the year.
MOVER = "Mia Lindqvist"


# (code, name, description, unit, tax rate, standard price EUR, cost EUR); the names are
# written in the person's language
CATALOGUE: list[tuple[str, str, str, str, str, str, str]] = [
    (
        "FL-200",
        QT_TRANSLATE_NOOP("Demo", "Electric forklift 2.0 t"),
        "Lithium-ion, 4.5 m mast, side shift",
        "pc",
        "19",
        "28900",
        "21400",
    ),
    (
        "FL-350",
        QT_TRANSLATE_NOOP("Demo", "Electric forklift 3.5 t"),
        "Lithium-ion, 6 m mast, fork positioner",
        "pc",
        "19",
        "41500",
        "31800",
    ),
    (
        "FL-BAT",
        QT_TRANSLATE_NOOP("Demo", "Spare battery pack 80 V"),
        "Lithium-ion, 460 Ah",
        "pc",
        "19",
        "7900",
        "5600",
    ),
    (
        "CV-10",
        QT_TRANSLATE_NOOP("Demo", "Belt conveyor, 10 m"),
        "600 mm belt, variable speed",
        "pc",
        "19",
        "12400",
        "8100",
    ),
    (
        "CV-CRV",
        QT_TRANSLATE_NOOP("Demo", "Curve module 90°"),
        "For belt conveyor CV series",
        "pc",
        "19",
        "3150",
        "2050",
    ),
    (
        "PK-L1",
        QT_TRANSLATE_NOOP("Demo", "Packaging line L1"),
        "Erector, filler and case sealer, 12 cases/min",
        "pc",
        "19",
        "148000",
        "112000",
    ),
    (
        "PK-LBL",
        QT_TRANSLATE_NOOP("Demo", "Label printer and applicator"),
        "Print & apply, 300 dpi",
        "pc",
        "19",
        "9800",
        "6900",
    ),
    (
        "RC-6",
        QT_TRANSLATE_NOOP("Demo", "Robot cell, six-axis"),
        "Payload 20 kg, safety fence and controller",
        "pc",
        "19",
        "86500",
        "64000",
    ),
    (
        "RC-GRP",
        QT_TRANSLATE_NOOP("Demo", "Vacuum gripper"),
        "Quick-change, for RC series",
        "pc",
        "19",
        "4200",
        "2600",
    ),
    (
        "SN-T1",
        QT_TRANSLATE_NOOP("Demo", "Temperature sensor T1"),
        "IP67, −40 to +125 °C",
        "pc",
        "19",
        "89",
        "34",
    ),
    (
        "SN-VIB",
        QT_TRANSLATE_NOOP("Demo", "Vibration sensor"),
        "Wireless, 5-year battery",
        "pc",
        "19",
        "245",
        "120",
    ),
    (
        "SN-GW",
        QT_TRANSLATE_NOOP("Demo", "Sensor gateway"),
        "LTE and Ethernet, up to 200 sensors",
        "pc",
        "19",
        "1290",
        "740",
    ),
    (
        "SL-KW",
        QT_TRANSLATE_NOOP("Demo", "Solar module 430 W"),
        "Monocrystalline, black frame",
        "pc",
        "19",
        "189",
        "122",
    ),
    (
        "SL-INV",
        QT_TRANSLATE_NOOP("Demo", "Hybrid inverter 10 kW"),
        "Three-phase, battery ready",
        "pc",
        "19",
        "2890",
        "1980",
    ),
    (
        "SL-BAT",
        QT_TRANSLATE_NOOP("Demo", "Storage battery 10 kWh"),
        "LFP, wall-mounted",
        "pc",
        "19",
        "5400",
        "3900",
    ),
    (
        "HV-HP",
        QT_TRANSLATE_NOOP("Demo", "Heat pump 16 kW"),
        "Air/water, outdoor unit",
        "pc",
        "19",
        "14900",
        "10400",
    ),
    (
        "HV-AHU",
        QT_TRANSLATE_NOOP("Demo", "Air handling unit 5,000 m³/h"),
        "With heat recovery",
        "pc",
        "19",
        "23800",
        "16900",
    ),
    (
        "SC-CAM",
        QT_TRANSLATE_NOOP("Demo", "Security camera 4K"),
        "Outdoor dome, night vision",
        "pc",
        "19",
        "640",
        "380",
    ),
    (
        "SC-NVR",
        QT_TRANSLATE_NOOP("Demo", "Network video recorder"),
        "32 channels, 24 TB",
        "pc",
        "19",
        "3400",
        "2350",
    ),
    (
        "SC-ACC",
        QT_TRANSLATE_NOOP("Demo", "Access control terminal"),
        "Card and PIN, PoE",
        "pc",
        "19",
        "890",
        "520",
    ),
    (
        "LB-CEN",
        QT_TRANSLATE_NOOP("Demo", "Laboratory centrifuge"),
        "Refrigerated, 4 × 750 ml",
        "pc",
        "19",
        "11800",
        "8300",
    ),
    (
        "LB-FH",
        QT_TRANSLATE_NOOP("Demo", "Fume hood 1.5 m"),
        "Ducted, with airflow monitor",
        "pc",
        "19",
        "9600",
        "6900",
    ),
    (
        "PP-DIG",
        QT_TRANSLATE_NOOP("Demo", "Digital printing press"),
        "B2 sheet-fed, 4 colours",
        "pc",
        "19",
        "395000",
        "298000",
    ),
    (
        "SW-CRM",
        QT_TRANSLATE_NOOP("Demo", "CRM licence"),
        "Per user and year, including updates",
        "user/yr",
        "19",
        "540",
        "110",
    ),
    (
        "SW-ERP",
        QT_TRANSLATE_NOOP("Demo", "ERP licence"),
        "Per user and year, finance and logistics",
        "user/yr",
        "19",
        "1380",
        "300",
    ),
    (
        "SW-BKP",
        QT_TRANSLATE_NOOP("Demo", "Cloud backup 1 TB"),
        "Per TB and month, encrypted, EU data centre",
        "TB/mo",
        "19",
        "39",
        "12",
    ),
    (
        "SW-API",
        QT_TRANSLATE_NOOP("Demo", "Integration package"),
        "Connectors for accounting and shop",
        "pc",
        "19",
        "6500",
        "2100",
    ),
    (
        "SV-INS",
        QT_TRANSLATE_NOOP("Demo", "Installation"),
        "On site, per technician hour",
        "h",
        "19",
        "115",
        "62",
    ),
    (
        "SV-COM",
        QT_TRANSLATE_NOOP("Demo", "Commissioning"),
        "Start-up, test run and acceptance",
        "day",
        "19",
        "1150",
        "610",
    ),
    (
        "SV-TRN",
        QT_TRANSLATE_NOOP("Demo", "Training"),
        "Half-day on-site training, up to 8 people",
        "session",
        "19",
        "890",
        "420",
    ),
    (
        "SV-PM",
        QT_TRANSLATE_NOOP("Demo", "Project management"),
        "Planning and coordination",
        "h",
        "19",
        "135",
        "70",
    ),
    (
        "SV-CON",
        QT_TRANSLATE_NOOP("Demo", "Consulting"),
        "Process and requirements analysis",
        "day",
        "19",
        "1450",
        "700",
    ),
    (
        "SV-TRV",
        QT_TRANSLATE_NOOP("Demo", "Travel and accommodation"),
        "Flat rate per trip",
        "trip",
        "19",
        "480",
        "400",
    ),
    (
        "MT-STD",
        QT_TRANSLATE_NOOP("Demo", "Maintenance plan Standard"),
        "Annual inspection, parts at list price",
        "year",
        "19",
        "1900",
        "950",
    ),
    (
        "MT-PRO",
        QT_TRANSLATE_NOOP("Demo", "Maintenance plan Pro"),
        "Two inspections a year, wear parts included",
        "year",
        "19",
        "3900",
        "2200",
    ),
    (
        "WR-EXT",
        QT_TRANSLATE_NOOP("Demo", "Warranty extension"),
        "Third and fourth year",
        "pc",
        "19",
        "2400",
        "900",
    ),
    (
        "DL-FRT",
        QT_TRANSLATE_NOOP("Demo", "Freight and packaging"),
        "Delivery to site, unloading",
        "pc",
        "19",
        "650",
        "520",
    ),
    (
        "DL-CRN",
        QT_TRANSLATE_NOOP("Demo", "Crane hire"),
        "Including operator, per day",
        "day",
        "19",
        "1750",
        "1450",
    ),
    (
        "DC-MAN",
        QT_TRANSLATE_NOOP("Demo", "Printed manuals"),
        "Set of operating manuals",
        "set",
        "7",
        "95",
        "40",
    ),
    (
        "DC-BK",
        QT_TRANSLATE_NOOP("Demo", "Reference handbook"),
        "Safety and operation handbook",
        "pc",
        "7",
        "49",
        "18",
    ),
]
DEMO_COMPANY = {
    "company.name": "Nordlicht Systems GmbH",
    "company.address": "Am Sandtorkai 12\n20457 Hamburg\nGermany",
    "company.country": "DE",
    "company.email": "sales@nordlicht-systems.example",
    "company.phone": "+49 40 3330 1200",
    "company.website": "www.nordlicht-systems.example",
    "company.vat_id": "DE 298 765 432",
    "company.bank": "Hanseatische Bank\nIBAN DE12 2003 0000 0012 3456 78\nBIC HABADEHHXXX",
    "company.color": "#0b5cad",
}
# Units of each currency per euro.
FX = {"EUR": "1", "GBP": "0.86", "CHF": "0.95", "SEK": "11.5", "PLN": "4.3", "USD": "1.08"}
ADD_ONS = [
    ("Equipment insurance", "39.00"),
    ("Service plan Plus", "89.00"),
    ("Remote monitoring", "24.00"),
]
