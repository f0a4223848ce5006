"""What the offer PDF says, in each offer language (services/offers/language.py).

The English text is the key; {placeholders} are filled in after translation, so a language
can put them where its grammar wants them. tests/services/test_offer_languages.py checks
that every text the PDF and the e-mail sent with it (offers/sending.py) say has a German
and a French version.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "Attn. {name}": "z. Hd. {name}",
        "Offer no.": "Angebotsnr.",
        "Version": "Version",
        "Date": "Datum",
        "Valid until": "Gültig bis",
        "Your contact": "Ihr Kontakt",
        "E-mail": "E-Mail",
        "Phone": "Telefon",
        "Pos": "Pos.",
        "Description": "Beschreibung",
        "Qty": "Anz.",
        "Unit": "Einheit",
        "Unit price": "Einzelpreis",
        "Disc.": "Rab.",
        "Tax": "MwSt",
        "Amount": "Betrag",
        "Subtotal": "Zwischensumme",
        "Discount {percent}": "Rabatt {percent}",
        "Net total": "Summe netto",
        "Tax {rate} on {base}": "MwSt. {rate} auf {base}",
        "Total": "Gesamtbetrag",
        "One-off payment": "Einmalzahlung",
        "{amount} total": "{amount} gesamt",
        "{months} monthly instalments of {amount}": "{months} Monatsraten zu {amount}",
        " (last one {amount})": " (letzte Rate {amount})",
        ", no interest": ", zinsfrei",
        "Instalments over {months} months": "Ratenzahlung über {months} Monate",
        "{amount} per month for {months} months at {rate} p.a. (annuity)": (
            "{amount} monatlich über {months} Monate zu {rate} p. a. (Annuität)"
        ),
        ", residual value {amount}": ", Restwert {amount}",
        "; total {amount}": "; gesamt {amount}",
        "Leasing over {months} months": "Leasing über {months} Monate",
        "Add-on: {name}": "Zusatzleistung: {name}",
        "{amount} per month plus tax {rate}": "{amount} monatlich zzgl. MwSt. {rate}",
        "Add-ons together": "Zusatzleistungen zusammen",
        "{amount} per month incl. tax": "{amount} monatlich inkl. MwSt.",
        "Payment options": "Zahlungsmöglichkeiten",
        "This offer is valid until {date}.": "Dieses Angebot gilt bis zum {date}.",
        "Validity": "Gültigkeit",
        "Delivery": "Lieferung",
        "Payment": "Zahlung",
        "Terms": "Bedingungen",
        "the supplier": "den Anbieter",
        "Place, date, signature\nfor {supplier}": "Ort, Datum, Unterschrift\nfür {supplier}",
        "Place, date, signature\n{name}, for {supplier}": (
            "Ort, Datum, Unterschrift\n{name}, für {supplier}"
        ),
        "Place, date, signature\naccepted for {customer}": (
            "Ort, Datum, Unterschrift\nangenommen für {customer}"
        ),
        "Optional item, not included in the total": "Optionale Position, nicht in der Summe",
        "Offer {number}": "Angebot {number}",
        "Offer {number} · version {version}": "Angebot {number} · Version {version}",
        "Optional items (not included above): {amount} net": (
            "Optionale Positionen (oben nicht enthalten): {amount} netto"
        ),
        "Status: rejected": "Status: abgelehnt",
        "Status: expired": "Status: abgelaufen",
        "Offer": "Angebot",
        "Offer {number} · version {version} · {customer}": (
            "Angebot {number} · Version {version} · {customer}"
        ),
        "VAT ID {vat_id}": "USt-IdNr. {vat_id}",
        "Page {page} of {total}": "Seite {page} von {total}",
        "Offer {number} (version {version})": "Angebot {number} (Version {version})",
        "please find attached our offer {number} for a total of {total}.": (
            "anbei erhalten Sie unser Angebot {number} über insgesamt {total}."
        ),
        "please find attached our offer {number}, version {version}, for a total of {total}.": (
            "anbei erhalten Sie unser Angebot {number}, Version {version}, über insgesamt {total}."
        ),
        "It is valid until {date}.": "Es gilt bis zum {date}.",
        "Kind regards": "Mit freundlichen Grüßen",
    },
    "fr": {
        "Attn. {name}": "À l'attention de {name}",
        "Offer no.": "Offre n°",
        "Version": "Version",
        "Date": "Date",
        "Valid until": "Validité",
        "Your contact": "Contact",
        "E-mail": "E-mail",
        "Phone": "Téléphone",
        "Pos": "Pos.",
        "Description": "Désignation",
        "Qty": "Qté",
        "Unit": "Unité",
        "Unit price": "Prix unitaire",
        "Disc.": "Rem.",
        "Tax": "TVA",
        "Amount": "Montant",
        "Subtotal": "Sous-total",
        "Discount {percent}": "Remise {percent}",
        "Net total": "Total HT",
        "Tax {rate} on {base}": "TVA {rate} sur {base}",
        "Total": "Total TTC",
        "One-off payment": "Paiement unique",
        "{amount} total": "{amount} au total",
        "{months} monthly instalments of {amount}": "{months} mensualités de {amount}",
        " (last one {amount})": " (dernière {amount})",
        ", no interest": ", sans intérêts",
        "Instalments over {months} months": "Paiement échelonné sur {months} mois",
        "{amount} per month for {months} months at {rate} p.a. (annuity)": (
            "{amount} par mois pendant {months} mois à {rate} par an (annuité)"
        ),
        ", residual value {amount}": ", valeur résiduelle {amount}",
        "; total {amount}": " ; total {amount}",
        "Leasing over {months} months": "Leasing sur {months} mois",
        "Add-on: {name}": "Option : {name}",
        "{amount} per month plus tax {rate}": "{amount} par mois plus TVA {rate}",
        "Add-ons together": "Total des options",
        "{amount} per month incl. tax": "{amount} par mois TTC",
        "Payment options": "Modalités de paiement",
        "This offer is valid until {date}.": "Cette offre est valable jusqu'au {date}.",
        "Validity": "Validité",
        "Delivery": "Livraison",
        "Payment": "Paiement",
        "Terms": "Conditions",
        "the supplier": "le fournisseur",
        "Place, date, signature\nfor {supplier}": "Lieu, date, signature\npour {supplier}",
        "Place, date, signature\n{name}, for {supplier}": (
            "Lieu, date, signature\n{name}, pour {supplier}"
        ),
        "Place, date, signature\naccepted for {customer}": (
            "Lieu, date, signature\nbon pour accord, pour {customer}"
        ),
        "Optional item, not included in the total": "Ligne en option, non comprise dans le total",
        "Offer {number}": "Offre {number}",
        "Offer {number} · version {version}": "Offre {number} · version {version}",
        "Optional items (not included above): {amount} net": (
            "Lignes en option (non comprises ci-dessus) : {amount} HT"
        ),
        "Status: rejected": "Statut : refusée",
        "Status: expired": "Statut : expirée",
        "Offer": "Offre",
        "Offer {number} · version {version} · {customer}": (
            "Offre {number} · version {version} · {customer}"
        ),
        "VAT ID {vat_id}": "N° TVA {vat_id}",
        "Page {page} of {total}": "Page {page} sur {total}",
        "Offer {number} (version {version})": "Offre {number} (version {version})",
        "please find attached our offer {number} for a total of {total}.": (
            "veuillez trouver ci-joint notre offre {number} d'un montant total de {total}."
        ),
        "please find attached our offer {number}, version {version}, for a total of {total}.": (
            "veuillez trouver ci-joint notre offre {number}, version {version}, d'un montant "
            "total de {total}."
        ),
        "It is valid until {date}.": "Elle est valable jusqu'au {date}.",
        "Kind regards": "Cordialement",
    },
}


def say(language: str, text: str, **values: object) -> str:
    """`text` in `language` (as it is where there is no translation), placeholders filled."""
    translated = WORDS.get(language, {}).get(text, text)
    return translated.format(**values) if values else translated
