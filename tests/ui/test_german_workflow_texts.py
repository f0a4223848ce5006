"""What a German-speaking salesperson met on the way through the workflow at 1280×800:
figures written the English way (Today's lead response, the leasing rate, backup sizes),
the deal's title called a job title, and no way to the demo company once the empty
database's banner was dismissed."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox

from tests.ui.test_german_texts import speaking
from workbench.services.figures import ActivityFigures

FIGURES = {"de": "19,3 h Median", "fr": "19,3 h médiane", "en": "19.3 h median"}


@pytest.mark.parametrize("language", ["de", "fr", "en"])
def test_todays_lead_response_is_written_as_the_language_writes_numbers(
    qapp, qtbot, ctx, language: str
) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.today import TodayArea

    with speaking(qapp, language):
        area = TodayArea(ctx)
        qtbot.addWidget(area)
        qtbot.waitUntil(lambda: area.data is not None, timeout=5000)
        now = datetime.now(UTC)
        area._show_figures(ActivityFigures(None, now, now, median_response_hours=19.34))
        assert FIGURES[language] in area.figures.text()
        ctx.runner.wait(5000)


@pytest.mark.parametrize(("language", "rate"), [("de", "4,9"), ("fr", "4,9"), ("en", "4.9")])
def test_a_new_offers_leasing_rate_is_written_as_the_language_writes_numbers(
    qapp, qtbot, language: str, rate: str
) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.offer_editor.pricing import PricingTab

    with speaking(qapp, language):
        tab = PricingTab()
        qtbot.addWidget(tab)
        assert tab.lease_rate.text() == rate
        # and it is read back as the same rate, not 49 %
        option = next(o for o in (tab.opt_lease.setChecked(True), tab._payment_options())[1])
        assert str(option.annual_rate_percent) == "4.9"


@pytest.mark.parametrize(("language", "size"), [("de", "1,5 MB"), ("en", "1.5 MB")])
def test_backup_sizes_are_written_as_the_language_writes_numbers(
    qapp, language: str, size: str
) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.backups_dialog import size_text

    with speaking(qapp, language):
        assert size_text(3 << 19) == size


@pytest.mark.parametrize(("language", "label"), [("de", "&Titel"), ("fr", "&Intitulé")])
def test_a_deals_title_is_not_called_a_job_title(
    qapp, qtbot, ctx, language: str, label: str
) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.opportunity_dialog import OpportunityDialog

    with speaking(qapp, language):
        dialog = OpportunityDialog(ctx, None)
        qtbot.addWidget(dialog)
        form = dialog.findChild(QFormLayout)
        row = form.getWidgetPosition(dialog.title_edit)[0]
        text = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        assert isinstance(text, QLabel) and text.text() == label
        ctx.runner.wait(5000)


def _offer_pdf_text(qtbot, ctx, country: str, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """The PDF of a new offer to a customer entered with `country` (or none), by a company
    in Germany, exported from the offer editor."""
    from workbench.services import accounts, board, offers, opportunities
    from workbench.services.company import CompanyProfile, save_company
    from workbench.ui.offer_editor import OfferEditor

    db = ctx.db
    save_company(db, CompanyProfile(name="Nordlicht Systems GmbH", country="DE"))
    account = accounts.create_account(
        db, accounts.AccountInput(name="Kältetechnik Nord GmbH", city="Hamburg", country=country)
    )
    pipeline = next(p for p in board.list_pipelines(db) if p.is_default)
    deal = opportunities.create_opportunity(
        db,
        opportunities.OpportunityInput(
            title="Kühlanlage Halle 3", pipeline_id=pipeline.id, account_id=account
        ),
    )
    editor = OfferEditor(ctx, offers.create_offer(db, deal))
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.view is not None, timeout=10000)
    target = tmp_path / f"offer-{country or 'none'}.pdf"
    editor.export_pdf(str(target))
    qtbot.waitUntil(lambda: getattr(editor, "exported", None) == target, timeout=15000)
    ctx.runner.wait(5000)
    return subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_customer_entered_without_a_country_gets_an_offer_in_the_companys_language(
    qapp, qtbot, ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with speaking(qapp, "de"):
        text = _offer_pdf_text(qtbot, ctx, "", tmp_path)
    assert "Sehr geehrte Damen und Herren" in text
    assert "Angebotsnr." in text and "Gültig bis" in text
    assert [w for w in ("Dear", "Offer no.", "Valid until", "Kind regards") if w in text] == []


def test_an_english_offer_from_a_german_laptop_writes_no_german_month(
    qapp, qtbot, ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with speaking(qapp, "de"):
        text = _offer_pdf_text(qtbot, ctx, "GB", tmp_path)
    assert "This offer is valid until" in text
    months = ("Januar", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember")
    assert [m for m in months if m in text] == [], text


def test_the_demo_company_is_in_the_file_menu_once_the_banner_is_dismissed(
    qapp, qtbot, db, settings
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton

    from workbench.services import accounts
    from workbench.services.setup import current_user_id
    from workbench.ui.main_window import MainWindow

    with speaking(qapp, "de"):
        window = MainWindow(db, settings, user_id=current_user_id(db))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.banner.isVisible, timeout=5000)
        dismiss = next(
            b for b in window.banner.findChildren(QPushButton) if b.text() == "Ausblenden"
        )
        qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
        file_menu = window.menuBar().actions()[0].menu()
        demo = window.findChild(QAction, "loadDemoAction")
        assert demo in file_menu.actions() and demo.text() == "&Demo-Firma laden"
        assert demo.isEnabled()
        demo.trigger()
        qtbot.waitUntil(lambda: accounts.count_accounts(db) > 100, timeout=60000)
        assert not demo.isEnabled()  # a database with data takes no demo company
        window.ctx.runner.wait(60000)


def test_a_deals_history_reads_german(qapp, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import accounts, board, calls, opportunities
    from workbench.ui.opportunity_dialog import OpportunityDialog

    db = ctx.db
    account = accounts.create_account(db, accounts.AccountInput(name="Kältetechnik Nord GmbH"))
    contact = accounts.create_contact(
        db, accounts.ContactInput(first_name="Jörg", last_name="Weiß", account_id=account)
    )
    pipeline = next(p for p in board.list_pipelines(db) if p.is_default)
    stages = board.list_stages(db, pipeline.id)
    deal = opportunities.create_opportunity(
        db,
        opportunities.OpportunityInput(
            title="Kühlanlage Halle 3", pipeline_id=pipeline.id, account_id=account
        ),
    )
    opportunities.move_opportunity(db, deal, stages[1].id, enforce_checklist=False)
    calls.log_call(db, calls.CallInput(contact_id=contact, opportunity_id=deal))
    with speaking(qapp, "de"):
        dialog = OpportunityDialog(ctx, deal, tab="timeline")
        qtbot.addWidget(dialog)
        model = dialog.timeline.timeline_model
        qtbot.waitUntil(lambda: len(model.entries) == 3, timeout=10000)
        titles = [e.title for e in model.entries]
        details = [e.detail for e in model.entries]
        ctx.runner.wait(5000)
    assert f"Von „{stages[0].name}“ nach „{stages[1].name}“ verschoben" in titles
    assert f"Deal in „{stages[0].name}“ angelegt" in titles
    assert "Ausgehend · Erreicht" in details, details


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({}, "Name ist ein Pflichtfeld."),
        ({"name": "Nordkaelte GmbH", "email": "abc"}, "„abc“ ist keine gültige E-Mail"),
        ({"name": "Nordkaelte GmbH", "country": "Xy"}, "„Xy“ ist kein Land"),
        (
            {"name": "Nordkaelte GmbH", "country": "DE", "phone": "12"},
            "„12“ ist keine gültige Telefonnummer für Deutschland",
        ),
    ],
)
def test_a_form_refuses_input_in_german(qapp, qtbot, ctx, fields: dict, error: str) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_shell import _save, _type
    from workbench.ui.accounts import AccountDialog

    with speaking(qapp, "de"):
        dialog = AccountDialog(ctx, None)
        qtbot.addWidget(dialog)
        dialog.show()
        for field, text in fields.items():
            _type(qtbot, dialog, field, text)
        _save(qtbot, dialog)
        assert dialog.error.isVisible()
        assert dialog.error.text().startswith(error), dialog.error.text()
        ctx.runner.wait(5000)


def test_a_calls_next_step_is_named_in_german(qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from workbench.domain.enums import TaskKind
    from workbench.domain.models import Task
    from workbench.services import accounts, calls

    db = ctx.db
    contact = accounts.create_contact(
        db, accounts.ContactInput(first_name="Jörg", last_name="Weiß")
    )
    step = calls.NextStep(kind=TaskKind.CALL, due_at=datetime.now(UTC) + timedelta(days=2))
    with speaking(qapp, "de"):
        with pytest.raises(Exception, match="„4x“ ist keine Dauer"):
            calls.parse_duration("4x")
        calls.log_call(db, calls.CallInput(contact_id=contact, next_step=step))
    with db.read() as s:
        assert [t.title for t in s.query(Task)] == ["Jörg Weiß anrufen"]


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        (
            "",
            [
                "Guten Tag Jörg Weiß,",
                "anbei erhalten Sie unser Angebot",
                "Es gilt bis zum",
                "Mit freundlichen Grüßen",
            ],
        ),
        ("FR", ["Bonjour Jörg Weiß,", "veuillez trouver ci-joint notre offre", "Cordialement"]),
        ("GB", ["Dear Jörg Weiß,", "please find attached our offer", "Kind regards"]),
    ],
)
def test_the_offers_e_mail_speaks_the_offers_language(
    qapp, ctx, country: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import accounts, board, offers, opportunities
    from workbench.services.company import CompanyProfile, save_company

    db = ctx.db
    save_company(db, CompanyProfile(name="Nordlicht Systems GmbH", country="DE"))
    account = accounts.create_account(
        db, accounts.AccountInput(name="Kunde", city="Hamburg", country=country)
    )
    contact = accounts.create_contact(
        db, accounts.ContactInput(first_name="Jörg", last_name="Weiß", account_id=account)
    )
    pipeline = next(p for p in board.list_pipelines(db) if p.is_default)
    deal = opportunities.create_opportunity(
        db,
        opportunities.OpportunityInput(
            title="Kühlanlage", pipeline_id=pipeline.id, account_id=account, contact_id=contact
        ),
    )
    with speaking(qapp, "de"):
        view = offers.load_offer(db, offers.create_offer(db, deal))
        subject, body = offers.mail_text(view, "Anna Weber")
    assert [e for e in expected if e not in body] == [], body
    assert subject.startswith({"": "Angebot", "FR": "Offre", "GB": "Offer"}[country])


def test_the_lead_import_wizard_reports_in_german(qapp, qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workbench.services.company import CompanyProfile, save_company
    from workbench.ui.lead_import_wizard import LeadImportWizard

    save_company(ctx.db, CompanyProfile(name="Nordlicht Systems GmbH", country="DE"))
    f = tmp_path / "leads.csv"
    f.write_text(
        "Vorname;Nachname;Firma;E-Mail;Telefon\n"
        "Jörg;Weiß;Kältetechnik Nord GmbH;joerg@kaelte.example;040 7654321\n"
        ";;;;\n"
        "Anna;Schmidt;Bau AG;keine-mail;040 1234567\n",
        encoding="utf-8",
    )
    with speaking(qapp, "de"):
        wizard = LeadImportWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.file_page.path_edit.setText(str(f))
        wizard.file_page.load(str(f))
        qtbot.waitUntil(wizard.file_page.isComplete, timeout=5000)
        wizard.next()
        wizard.next()
        qtbot.waitUntil(wizard.preview_page.isComplete, timeout=5000)
        summary = wizard.preview_page.summary.text()
        reason = wizard.preview_page.model.item(0, 2).text()
        ctx.runner.wait(5000)
    assert "1 von 2 Zeilen würden importiert" in summary, summary
    assert "als Deutschland (DE), das Land der Firma" in summary
    assert "1 leere Zeile wurde übersprungen: Zeile 3." in summary
    assert reason == "„keine-mail“ ist keine gültige E-Mail-Adresse."


def test_a_new_product_and_a_typed_offer_line_count_in_german_units(qapp, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import accounts, offers
    from workbench.ui.offer_editor import OfferEditor
    from workbench.ui.products import ProductDialog

    account = accounts.create_account(ctx.db, accounts.AccountInput(name="Kunde GmbH"))
    with speaking(qapp, "de"):
        dialog = ProductDialog(ctx, None)
        qtbot.addWidget(dialog)
        assert dialog.unit.text() == "Stk."
        editor = OfferEditor(ctx, offers.create_offer(ctx.db, None, account_id=account))
        qtbot.addWidget(editor)
        qtbot.waitUntil(lambda: editor.view is not None, timeout=10000)
        editor.add_text_line()
        assert editor.model.lines[0].unit == "Stk."
        ctx.runner.wait(5000)


def test_a_sent_offer_shows_its_total_in_the_deals_history_as_money(qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from tests.services.test_offers import make_deal
    from workbench.services import offers
    from workbench.services.timeline import timeline_for

    db = ctx.db
    deal = make_deal(db)
    offer = offers.create_offer(db, deal)
    view = offers.load_offer(db, offer)
    line = offers.LineData(description="Kühlanlage", unit_price=Decimal("48000"))
    offers.save_draft(db, offer, replace(view.data, lines=[line]))
    with speaking(qapp, "de"):
        offers.mark_sent(db, offer)
        sent = next(e for e in timeline_for(db, opportunity_id=deal) if e.kind == "offer_sent")
    assert sent.detail == f"{view.number} v1, 48.000,00\xa0€", sent.detail


def test_a_deals_changed_value_and_close_date_read_german_in_its_history(qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import date
    from decimal import Decimal

    from workbench.services import board, opportunities
    from workbench.services.timeline import timeline_for

    db = ctx.db
    pipeline = next(p for p in board.list_pipelines(db) if p.is_default)
    data = opportunities.OpportunityInput(
        title="Kühlanlage", pipeline_id=pipeline.id, amount=Decimal("40000")
    )
    deal = opportunities.create_opportunity(db, data)
    with speaking(qapp, "de"):
        changed = replace(
            data, amount=Decimal("48000"), expected_close=date(2027, 3, 31), notes="Rückruf"
        )
        opportunities.update_opportunity(db, deal, changed)
        details = {e.kind: e.detail for e in timeline_for(db, opportunity_id=deal)}
    assert details["amount_changed"] == "48.000,00\xa0€ (vorher 40.000,00\xa0€)"
    assert details["close_date_changed"] == "31.03.2027 (vorher kein Datum)"
    assert details["edited"] == "Notizen"


@pytest.mark.parametrize(("language", "me"), [("de", "Ich"), ("fr", "Moi")])
def test_a_person_who_skipped_the_profile_is_named_in_their_language_and_signs_nothing(
    qapp, tmp_path: Path, language: str, me: str
) -> None:  # type: ignore[no-untyped-def]
    """Lists showed the English "Me" as a German person's name; the offer leaves the
    placeholder out in any language it was written in."""
    from workbench.services import accounts, board, offers, opportunities, profile
    from workbench.services.company import CompanyProfile, save_company
    from workbench.services.offer_pdf import render_offer_pdf
    from workbench.services.setup import open_workbench
    from workbench.ui.language import install_translators, remove_translators

    translators = install_translators(qapp, language)
    try:
        db = open_workbench(tmp_path / "w.sqlite").db  # as the window makes it
    finally:
        remove_translators(qapp, translators)
    profile.skip_profile(db)
    save_company(db, CompanyProfile(name="Nordlicht Systems GmbH", country="DE"))
    account = accounts.create_account(db, accounts.AccountInput(name="Hafenkontor KG"))
    assert [row.owner_name for row in accounts.list_accounts(db)] == [me]
    assert profile.get_profile(db).name == ""
    pipeline = next(p for p in board.list_pipelines(db) if p.is_default)
    deal = opportunities.create_opportunity(
        db,
        opportunities.OpportunityInput(
            title="Kühlanlage", pipeline_id=pipeline.id, account_id=account
        ),
    )
    view = offers.load_offer(db, offers.create_offer(db, deal))
    assert view.owner_name == ""
    pdf = tmp_path / "offer.pdf"
    render_offer_pdf(db, view, pdf, locale="de_DE")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    _subject, body = offers.mail_text(view, "")
    db.close()
    assert "Nordlicht Systems GmbH" in text
    assert me not in text.split() and "Me" not in text.split()
    assert me not in body.split() and "Me" not in body.split()


@pytest.mark.parametrize(
    ("language", "already", "choose", "changed"),
    [
        (
            "de",
            "„Kühlanlage“ ist bereits verloren.",
            "Wählen Sie, warum der Deal gewonnen wurde.",
            "„Kühlanlage“ wurde inzwischen geändert und lässt sich daher nicht mehr rückgängig",
        ),
        (
            "fr",
            "« Kühlanlage » est déjà perdue.",
            "Indiquez pourquoi l’affaire a été gagnée.",
            "« Kühlanlage » a été modifiée depuis et ne peut plus être annulée.",
        ),
    ],
)
def test_a_closed_deals_refusals_are_whole_sentences_in_the_persons_language(
    qapp, db, language: str, already: str, choose: str, changed: str
) -> None:  # type: ignore[no-untyped-def]
    """ "„Kühlanlage“ is already lost." came in English, with "won" or "lost" spliced in."""
    from tests.services.helpers import make_deal, reason
    from workbench.domain.enums import OpportunityStatus, ReasonKind
    from workbench.errors import WorkbenchError
    from workbench.services import opportunities

    deal = make_deal(db, title="Kühlanlage")
    with speaking(qapp, language):
        with pytest.raises(WorkbenchError) as info:
            opportunities.mark_won(db, deal, None)
        assert str(info.value) == choose
        change = opportunities.mark_lost(db, deal, reason(db, ReasonKind.LOST))
        with pytest.raises(WorkbenchError) as info:
            opportunities.check_close(db, deal, OpportunityStatus.LOST)
        assert str(info.value) == already
        # closed again since (on another laptop, say): the first close can't be undone
        opportunities.reopen_opportunity(db, deal)
        opportunities.mark_lost(db, deal, reason(db, ReasonKind.LOST))
        with pytest.raises(WorkbenchError) as info:
            opportunities.reverse_close(db, change)
        assert str(info.value).startswith(changed)


@pytest.mark.parametrize(
    ("language", "rail", "empty_line"),
    [
        (
            "de",
            "Der Angebotsrabatt von 17,5 % liegt über der Grenze von 15 %; geben Sie einen "
            "Grund an.",
            "Position 2 braucht eine Beschreibung.",
        ),
        (
            "fr",
            "La remise de l’offre de 17,5 % dépasse la limite de 15 % ; indiquez un motif.",
            "La ligne 2 a besoin d’une description.",
        ),
    ],
)
def test_the_offer_editors_guard_rails_and_refusals_in_the_persons_language(
    qapp, qtbot, ctx, monkeypatch, language: str, rail: str, empty_line: str
) -> None:  # type: ignore[no-untyped-def]
    """The guard rails under the offer's totals ("The offer discount of 17.5 % is above the
    limit of 15 %; give a reason.") and the line checks were English in a German window."""
    from tests.services.test_offers import make_deal
    from workbench.services import offers
    from workbench.ui.offer_editor import OfferEditor

    # closing the editor with the refused draft: discard it
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: discard)
    with speaking(qapp, language):
        editor = OfferEditor(ctx, offers.create_offer(ctx.db, make_deal(ctx.db)))
        qtbot.addWidget(editor)
        with qtbot.waitSignal(editor.loaded, timeout=10000):
            editor.show()
        editor.discount.clear()
        qtbot.keyClicks(editor.discount, "17,5")
        qtbot.waitUntil(lambda: rail in editor.rails_label.text(), timeout=5000)
        assert "give a reason" not in editor.rails_label.text(), editor.rails_label.text()
        editor.discount.clear()
        editor.act_add_text.trigger()
        editor.act_add_text.trigger()
        assert len(editor.model.lines) == 2
        # a new line reads "Neuer Artikel"; one whose text was wiped is refused
        editor.model.lines[1] = replace(editor.model.lines[1], description="")
        editor.save()
        qtbot.waitUntil(lambda: empty_line in editor.status_label.text(), timeout=5000)
        ctx.runner.wait(5000)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("de", "alt.xls ist eine alte Excel-97-2003-Datei (.xls). Speichern Sie sie als"),
        ("fr", "alt.xls est un ancien fichier Excel 97-2003 (.xls). Enregistrez-le en"),
    ],
)
def test_a_file_the_lead_import_cannot_read_is_refused_in_the_persons_language(
    qapp, qtbot, ctx, tmp_path: Path, language: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    """The wizard's first page said "alt.xls is an old Excel 97-2003 (.xls) file" in English."""
    from workbench.ui.lead_import_wizard import LeadImportWizard

    f = tmp_path / "alt.xls"
    f.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(600))  # an OLE2 (.xls) header
    with speaking(qapp, language):
        wizard = LeadImportWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.file_page.path_edit.setText(str(f))
        wizard.file_page.load(str(f))
        qtbot.waitUntil(lambda: said in wizard.file_page.status.text(), timeout=5000)
        assert not wizard.file_page.isComplete()
        ctx.runner.wait(5000)


@pytest.mark.parametrize(
    ("language", "not_sql", "already", "no_reason"),
    [
        (
            "de",
            "Nur ein vertriebsqualifizierter Lead (SQL) lässt sich umwandeln; „Jörg Weiß“ ist "
            "ein MQL.",
            "„Jörg Weiß“ ist bereits disqualifiziert.",
            "Wählen Sie, warum der Lead disqualifiziert wird.",
        ),
        (
            "fr",
            "Seul un lead qualifié pour la vente (SQL) peut être converti ; « Jörg Weiß » est "
            "un MQL.",
            "« Jörg Weiß » est déjà disqualifié.",
            "Indiquez pourquoi le lead est disqualifié.",
        ),
    ],
)
def test_a_leads_refusals_are_whole_sentences_in_the_persons_language(
    qapp, db, language: str, not_sql: str, already: str, no_reason: str
) -> None:  # type: ignore[no-untyped-def]
    """ "Only a sales-qualified lead (SQL) can be converted; “Jörg Weiß” is an MQL." came in
    English, with the English status spliced in."""
    from tests.services.helpers import reason
    from workbench.domain.enums import ReasonKind
    from workbench.errors import WorkbenchError
    from workbench.services import board, leads

    lead = leads.create_lead(db, leads.LeadInput(first_name="Jörg", last_name="Weiß"))
    leads.qualify_lead(db, lead)
    pipeline = next(p for p in board.list_pipelines(db) if p.is_default)
    with speaking(qapp, language):
        with pytest.raises(WorkbenchError) as info:
            leads.convert_lead(db, lead, leads.ConversionInput(pipeline_id=pipeline.id))
        assert str(info.value) == not_sql
        with pytest.raises(WorkbenchError) as info:
            leads.disqualify_lead(db, lead, None)
        assert str(info.value) == no_reason
        leads.disqualify_lead(db, lead, reason(db, ReasonKind.DISQUALIFIED))
        with pytest.raises(WorkbenchError) as info:
            leads.disqualify_lead(db, lead, reason(db, ReasonKind.DISQUALIFIED))
        assert str(info.value) == already


@pytest.mark.parametrize(
    ("language", "note", "logo"),
    [
        (
            "de",
            "Zielvorgaben legt die Vertriebsleitung fest; bitten Sie Ihre Führungskraft darum.",
            "Das Logo muss ein PNG-, JPEG-, GIF- oder BMP-Bild sein.",
        ),
        (
            "fr",
            "Les objectifs sont fixés par un responsable ; demandez au vôtre de fixer celui-ci.",
            "Le logo doit être une image PNG, JPEG, GIF ou BMP.",
        ),
    ],
)
def test_quota_and_company_refusals_in_the_persons_language(
    qapp, qtbot, ctx, tmp_path: Path, language: str, note: str, logo: str
) -> None:  # type: ignore[no-untyped-def]
    """A salesperson signed in to a team read "Quotas are set by a manager…" in English
    above the quota grid; a logo that is no picture was refused in English."""
    from workbench.errors import ValidationError
    from workbench.services.company import CompanyProfile, save_company
    from workbench.ui.reports.targets_dialog import TargetsDialog

    ctx.db.set_meta("sync.role", "salesperson")
    document = tmp_path / "logo.pdf"
    document.write_bytes(b"%PDF-1.4")
    with speaking(qapp, language):
        dialog = TargetsDialog(ctx, 2026)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
        assert dialog.quota_note.text() == note
        assert not dialog.grid.isEnabled()
        with pytest.raises(ValidationError) as info:
            save_company(ctx.db, CompanyProfile(name="Nordlicht", logo_path=str(document)))
        assert str(info.value) == logo
        ctx.runner.wait(5000)


@pytest.mark.parametrize(
    ("language", "taken", "negative"),
    [
        (
            "de",
            "Ein anderes Produkt hat schon den Code „FL-200“.",
            "Einkaufspreis darf nicht negativ sein.",
        ),
        ("fr", "Un autre produit a déjà le code « FL-200 ».", "Coût d’achat : ne peut pas"),
    ],
)
def test_the_product_forms_refusals_in_the_persons_language(
    qapp, qtbot, ctx, language: str, taken: str, negative: str
) -> None:  # type: ignore[no-untyped-def]
    """A product code already taken was refused in English under the German form."""
    from decimal import Decimal

    from workbench.services import catalog
    from workbench.ui.products import ProductDialog

    catalog.create_product(
        ctx.db, catalog.ProductInput(code="FL-200", name="Stapler", tax_rate=Decimal("19"))
    )
    with speaking(qapp, language):
        dialog = ProductDialog(ctx, None)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
        dialog.code.setText("FL-200")
        dialog.name.setText("Stapler 2")
        dialog._try_save()
        qtbot.waitUntil(lambda: taken in dialog.error.text(), timeout=5000)
        dialog.code.setText("FL-201")
        dialog.cost.setText("-5")
        dialog._try_save()
        qtbot.waitUntil(lambda: negative in dialog.error.text(), timeout=5000)
        ctx.runner.wait(5000)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "de",
            [
                "Nichts wurde importiert: 4 Zeile(n) enthalten Fehler.",
                "Zeile 3: Preis „zehn“ ist keine Zahl.",
                "Zeile 4: „EURO“ ist kein Währungscode wie EUR.",
                "Zeile 5: Code „B-1“ steht bereits in Zeile 2.",
                "Zeile 6: Aktiv „vielleicht“ muss ja oder nein sein.",
            ],
        ),
        (
            "fr",
            [
                "Rien n’a été importé : 4 ligne(s) comportent des erreurs.",
                "Ligne 3 : Prix « zehn » n’est pas un nombre.",
                "Ligne 5 : Le code « B-1 » figure déjà à la ligne 2.",
            ],
        ),
    ],
)
def test_a_product_import_is_refused_line_by_line_in_the_persons_language(
    qapp, db, language: str, said: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """The product import listed "line 3: Price “zehn” is not a number." in English under
    a German window, and a missing column as "Missing column(s): code"."""
    from workbench.services import catalog
    from workbench.services.tabular import ImportRejected, TabularError

    catalog.save_price_list(db, None, "Standard", is_default=True)
    text = (
        "code,name,tax_rate,price,currency,active\n"
        "B-1,Gut,19,10,EUR,ja\n"
        "B-2,Preis,19,zehn,EUR,ja\n"
        "B-3,Währung,19,10,EURO,ja\n"
        "B-1,Doppelt,19,10,EUR,ja\n"
        "B-5,Flagge,19,10,EUR,vielleicht\n"
    )
    with speaking(qapp, language):
        with pytest.raises(ImportRejected) as info:
            catalog.import_products(db, text.encode())
        for sentence in said:
            assert sentence in str(info.value).splitlines(), str(info.value)
        with pytest.raises(TabularError) as missing:
            catalog.import_products(db, b"name;price\nGut;10\n")
        assert str(missing.value).startswith(
            {"de": "Fehlende Spalte(n):", "fr": "Colonne(s) manquante(s) :"}[language]
        )
    assert catalog.count_products(db) == 0


@pytest.mark.parametrize(
    ("language", "discount", "no_customer"),
    [
        (
            "de",
            "Der Angebotsrabatt muss zwischen 0 und 100 % liegen.",
            "Ein Angebot braucht einen Empfänger: einen Kunden oder einen Kontakt.",
        ),
        (
            "fr",
            "La remise de l’offre doit être comprise entre 0 et 100 %.",
            "Une offre a besoin d’un client : un compte ou un contact.",
        ),
    ],
)
def test_an_offers_refusals_in_the_persons_language(
    qapp, db, language: str, discount: str, no_customer: str
) -> None:  # type: ignore[no-untyped-def]
    """A discount over 100 % and an offer with no customer were refused in English."""
    from decimal import Decimal

    from workbench.errors import ValidationError
    from workbench.services import offers
    from workbench.services.offers.model import VersionData

    with speaking(qapp, language):
        with pytest.raises(ValidationError) as info:
            offers.clean_version(VersionData(discount_percent=Decimal("120")))
        assert str(info.value) == discount
        with pytest.raises(ValidationError) as info:
            offers.create_offer(db, None)
        assert str(info.value) == no_customer


@pytest.mark.parametrize(
    ("language", "wrong_kind", "no_folder"),
    [
        ("de", "ist kein Grund für eine verlorene Verkaufschance.", "der Ordner"),
        ("fr", "n’est pas un motif de perte d’une opportunité.", "le dossier"),
    ],
)
def test_a_reason_of_another_list_and_a_file_that_cannot_be_written_in_the_persons_language(
    qapp, db, tmp_path: Path, language: str, wrong_kind: str, no_folder: str
) -> None:  # type: ignore[no-untyped-def]
    """A won reason sent as a lost one read "“Price” is not a lost reason." (the list's
    English name spliced in), and a file written into a missing folder said "Can't write
    …: the folder … does not exist" in English."""
    from tests.services.helpers import make_deal, reason
    from workbench.domain.enums import OpportunityStatus, ReasonKind
    from workbench.domain.models import Opportunity
    from workbench.errors import ValidationError, WorkbenchError
    from workbench.services import opportunities
    from workbench.services.files import write_file_atomically

    deal = make_deal(db)
    won = reason(db, ReasonKind.WON)
    with speaking(qapp, language):
        with pytest.raises(ValidationError) as info:
            opportunities.mark_lost(db, deal, won)
        assert str(info.value).endswith(wrong_kind), str(info.value)
        with pytest.raises(WorkbenchError) as failed:
            write_file_atomically(tmp_path / "missing" / "offer.pdf", b"%PDF")
        assert no_folder in str(failed.value) and "folder" not in str(failed.value)
    with db.read() as s:
        assert s.get(Opportunity, deal).status == OpportunityStatus.OPEN


@pytest.mark.parametrize(
    ("language", "same", "status"), [("de", "(gleiche E-Mail)", "Neu"), ("fr", "(même e-mail)", "")]
)
def test_a_possible_duplicate_is_described_in_the_persons_language(
    qapp, qtbot, db, language: str, same: str, status: str
) -> None:  # type: ignore[no-untyped-def]
    """The look-alike list read "Lead: Ann Lee — lead, New  (same e-mail)" in a German
    window: the reason and the lead's status were the services' English words."""
    from workbench.services import leads
    from workbench.ui.duplicates import DuplicateDialog

    leads.create_lead(db, leads.LeadInput(first_name="Ann", last_name="Lee", email="ann@lee.com"))
    with speaking(qapp, language):
        matches = leads.find_duplicates(db, email="ANN@lee.com")
        dialog = DuplicateDialog(matches)
        qtbot.addWidget(dialog)
        text = dialog.list.item(0).text()
        assert same in text and "same" not in text and "lead, " not in text, text
        assert status in text


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "de",
            [
                "Bericht zum Lead-Import von leads.csv (CSV, UTF-8, Komma)",
                "Spalten:",
                "  E-Mail -> E-Mail",
                "Abgelehnte Zeilen (2):",
                "  Zeile 3: „sideways“ ist weder eingehend noch ausgehend.",
                "  Zeile 4: hat 4 Werte, aber die Kopfzeile hat 3 Spalten (ein fehlendes "
                "Anführungszeichen oder ein überzähliges Trennzeichen?)",
                "Dubletten (1):",
                "  Zeile 5: übersprungen, gleich wie Zeile 2",
            ],
        ),
        (
            "fr",
            [
                "Colonnes :",
                "Lignes refusées (2) :",
                "  ligne 3 : « sideways » n’est ni entrant ni sortant.",
                "Doublons (1) :",
            ],
        ),
    ],
)
def test_the_lead_import_report_is_written_in_the_persons_language(
    qapp, db, tmp_path: Path, language: str, said: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """The report saved after a lead import read "Rejected rows (2):", "line 3: has 4
    values but the header has 3 columns" and "skipped, same as line 2" under a German
    summary."""
    from workbench.services.lead_import import import_file

    f = tmp_path / "leads.csv"
    f.write_text(
        "Name,E-Mail,Direction\n"
        "Ann Lee,ann@lee.com,inbound\n"
        "Bo Kim,bo@kim.com,sideways\n"
        "Cy Ng,cy@ng.com,inbound,extra\n"
        "Ann Lee,ann@lee.com,inbound\n",
        encoding="utf-8",
    )
    with speaking(qapp, language):
        report = import_file(db, f).report(f.name)
    for line in said:
        assert line in report.splitlines(), report
