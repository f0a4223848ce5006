"""The reporting replica follows what laptops push, and the report pages show a manager
their own team only, whatever the address says (PostgreSQL)."""

from __future__ import annotations

import re
import uuid
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.server.report_site import (  # noqa: F401  (fixtures)
    SOUTH_TITLES,
    Site,
    demo_file_fixture,
    signed_in,
    site_fixture,
    web_database_fixture,
)
from tests.server_fixtures import PASSWORD
from workbench.domain.models import Opportunity
from workbench.reports import REPORTS
from workbench.reports.model import Drill, DrillTarget
from workbench.server import cli, reporting, schema
from workbench.server.web import figures
from workbench.services.opportunities import OpportunityInput, update_opportunity

pytestmark = pytest.mark.postgres


def _replica_deal(site: Site, deal: uuid.UUID) -> tuple[int, bool] | None:
    with site.engine.connect() as conn:
        row = conn.execute(
            text("SELECT amount_minor, deleted FROM wb_report.opportunity WHERE id = :i"),
            {"i": deal},
        ).first()
    return (row[0], row[1]) if row else None


def _live_rows(site: Site, table: str) -> int:
    r = schema.row.c
    with site.engine.connect() as conn:
        return int(
            conn.scalar(select(func.count()).where(r.table_name == table, r.deleted.is_(False)))
            or 0
        )


def test_the_replica_follows_pushes_updates_and_deletes(site: Site) -> None:
    done = reporting.catch_up(site.engine)
    assert done.rebuilt and done.seq > 0
    with site.engine.connect() as conn:
        for table in ("opportunity", "activity", "task", "account", "user", "stage"):
            replica = conn.scalar(text(f'SELECT count(*) FROM wb_report."{table}"'))
            assert replica == _live_rows(site, table), table
    deal = site.south_deals[0]
    assert _replica_deal(site, deal) == (10_000_000, False)
    assert reporting.catch_up(site.engine).rows == 0  # nothing new: nothing done

    assert site.sam is not None and site.sam_sync is not None
    with site.sam.read() as s:
        opp = s.get(Opportunity, deal)
        assert opp is not None
        data = OpportunityInput(
            title=opp.title,
            pipeline_id=opp.pipeline_id,
            stage_id=opp.stage_id,
            amount=Decimal("123456.78"),
            currency="EUR",
            expected_close=opp.expected_close,
        )
    update_opportunity(site.sam, deal, data)
    site.sam_sync.sync()
    # A report reads through a session that catches up first: it never shows less than
    # a pull would.
    with figures.replica_session(site.engine) as s:
        assert (
            s.scalar(select(Opportunity.amount_minor).where(Opportunity.id == deal)) == 12_345_678
        )

    with site.sam.unit_of_work() as uow:
        found = uow.session.get(Opportunity, deal)
        assert found is not None
        uow.soft_delete(found)
    site.sam_sync.sync()
    reporting.catch_up(site.engine)
    assert _replica_deal(site, deal) is None


def test_the_replica_is_rebuilt_after_an_update_or_on_request(site: Site) -> None:
    reporting.catch_up(site.engine)
    with site.engine.begin() as conn:
        conn.execute(
            text("UPDATE sv_meta SET value = 'old' WHERE key = :k"), {"k": reporting.LAYOUT_KEY}
        )
        conn.execute(text("DELETE FROM wb_report.opportunity"))
    assert reporting.catch_up(site.engine).rebuilt
    assert _replica_deal(site, site.south_deals[1]) is not None
    assert cli.main(["--database", site.url, "reports", "rebuild"]) == 0
    # `purge` dropped tombstones the replica had not taken in yet: it can't know which
    # rows they removed, so it starts again.
    with site.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO sv_meta (key, value) VALUES ('purged_through_seq', :v)"),
            {"v": str(reporting.catch_up(site.engine).seq + 10)},
        )
        conn.execute(text("UPDATE sv_counter SET value = value + 20"))
    assert reporting.catch_up(site.engine).rebuilt
    assert not reporting.catch_up(site.engine).rebuilt


def test_a_rebuilt_replica_is_read_from_its_covering_indexes_alone(site: Site) -> None:
    """Vacuumed with the rebuild: every page all-visible, so an index-only scan (who closed
    each deal, from the history index) needs no visit to the table."""
    reporting.catch_up(site.engine, rebuild=True)
    with site.engine.connect() as conn:
        pages = conn.execute(
            text(
                "SELECT c.relname, c.relpages, c.relallvisible FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'wb_report' AND c.relkind = 'r' AND c.relpages > 0"
            )
        ).all()
    assert {"opportunity", "opportunity_event"} <= {name for name, _p, _v in pages}
    assert [(name, p, v) for name, p, v in pages if v < p] == []


def test_on_sqlite_the_pages_say_they_need_postgresql(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from workbench.server import auth, db
    from workbench.server.app import create_app

    engine = db.make_server_engine(f"sqlite:///{tmp_path / 'trial.sqlite'}")
    db.migrate(engine)
    auth.create_user(engine, "ida", PASSWORD, None, "admin")
    client = TestClient(create_app(engine), base_url="https://testserver")
    signed = client.post(
        "/reports/sign-in",
        content=f"user=ida&password={PASSWORD.replace(' ', '+')}",
        headers={
            "content-type": "application/x-www-form-urlencoded",
            "origin": "https://testserver",
        },
        follow_redirects=False,
    )
    assert signed.status_code == 303
    page = client.get("/reports/pipeline")
    assert page.status_code == 503 and "need the sync server on PostgreSQL" in page.text
    engine.dispose()


def _tables(html: str) -> list[str]:
    """The tables' figures, without the links (an admin's carry the team filter)."""
    return [
        re.sub(r' href="[^"]*"', "", t)
        for t in re.findall(r"<table data-table=.*?</table>", html, re.S)
    ]


def test_a_manager_sees_only_their_team_whatever_the_address_says(site: Site) -> None:
    mia, root = signed_in(site, "mia"), signed_in(site, "root")
    north, south = site.teams["North"], site.teams["South"]
    for name in REPORTS:
        own = mia.get(f"/reports/{name}")
        assert own.status_code == 200, own.text
        forged = mia.get(f"/reports/{name}?team={south}")
        as_admin = root.get(f"/reports/{name}?team={north}")
        assert _tables(forged.text) == _tables(own.text) == _tables(as_admin.text), name
        for title in SOUTH_TITLES:
            assert title not in own.text and title not in forged.text
    # The admin sees South's deals; their drill-down links, forged into mia's address
    # bar, still only show North's figures.
    south_page = root.get(f"/reports/pipeline?team={south}").text
    links = re.findall(r'href="(/reports/pipeline/drill\?[^"]+)"', south_page)
    assert links
    for link in links[:5]:
        shown = mia.get(link.replace("&amp;", "&"))
        assert shown.status_code in (200, 400)
        for title in SOUTH_TITLES:
            assert title not in shown.text
    south_deals = root.get(links[0].replace("&amp;", "&")).text
    assert any(t in south_deals for t in SOUTH_TITLES)


def test_drill_downs_list_only_records_the_manager_may_see(site: Site) -> None:
    drill = Drill(DrillTarget.DEALS, tuple(site.south_deals))
    assert figures.visible_drill(site.engine, site.caller("mia"), drill).drill.ids == ()
    assert figures.visible_drill(site.engine, site.caller("mia"), drill).hidden == 3
    assert figures.visible_drill(site.engine, site.caller("nils"), drill).hidden == 0
    assert figures.visible_drill(site.engine, site.caller("root"), drill).hidden == 0


def test_a_drill_down_adds_up_to_its_figure(site: Site) -> None:
    mia = signed_in(site, "mia")
    page = mia.get("/reports/pipeline").text
    cell = re.search(
        r'<tr>\s*<td>(EUR)</td>.*?<td class="num"><a href="([^"]+)">([^<]+)</a></td>\s*'
        r'<td class="num"><a href="([^"]+)">([^<]+)</a></td>',
        page,
        re.S,
    )
    if cell is None:  # the layout of the converted table: any money link will do
        cell = re.search(r'<a href="(/reports/pipeline/drill[^"]+column=value[^"]*)">', page)
    assert cell is not None
    href = next(g for g in cell.groups() if g.startswith("/reports")).replace("&amp;", "&")
    shown = mia.get(href)
    assert shown.status_code == 200
    figure = re.search(r'class="figure-value">([^<]*)<', shown.text)
    total = re.search(r'class="drill-total">([^<]*)<', shown.text)
    assert figure and total
    # The figure shows whole units (rounded half up), the list's total the cents.
    digits = re.sub(r"\D", "", figure.group(1))
    exact = Decimal(re.sub(r"[^\d.]", "", total.group(1)))
    assert str(exact.quantize(Decimal(1), ROUND_HALF_UP)) == digits


def test_salespeople_bad_filters_forged_posts_and_signing_out(site: Site) -> None:
    from fastapi.testclient import TestClient

    from workbench.server.app import create_app

    client = TestClient(create_app(site.engine), base_url="https://testserver")
    form = {"content-type": "application/x-www-form-urlencoded"}
    body = f"user=sam&password={PASSWORD.replace(' ', '+')}"
    no_origin = client.post("/reports/sign-in", content=body, headers=form)
    assert no_origin.status_code == 403
    elsewhere = {**form, "origin": "https://evil.example"}
    assert client.post("/reports/sign-in", content=body, headers=elsewhere).status_code == 403
    here = {**form, "origin": "https://testserver"}
    refused = client.post("/reports/sign-in", content=body, headers=here)
    assert refused.status_code == 403 and "managers and administrators" in refused.text
    wrong = client.post("/reports/sign-in", content="user=mia&password=nope", headers=here)
    assert wrong.status_code == 401 and "wrong" in wrong.text

    assert client.get("/reports/pipeline", follow_redirects=False).status_code == 303
    mia = signed_in(site, "mia")
    for query, says in [
        ("period=someday", "is not a period"),
        ("currency=EURO", "EURO"),
        ("rep=Nobody+Known", "There is no person"),
        ("as_of=yesterday", "is not a date"),
        ("source=carrier-pigeon", "is not a lead source"),
    ]:
        r = mia.get(f"/reports/forecast?{query}")
        assert r.status_code == 400 and says in r.text, query
    assert "There is no report" in mia.get("/reports/nothing").text
    assert mia.get("/reports/pipeline.doc").status_code == 400
    assert mia.get("/reports/pipeline/drill?table=x&row=9&column=y").status_code == 400
    pdf = mia.get("/reports/pipeline.pdf")
    assert pdf.content.startswith(b"%PDF") and "attachment" in pdf.headers["content-disposition"]

    assert (
        mia.post(
            "/reports/sign-out", headers={"origin": "https://testserver"}, follow_redirects=False
        ).status_code
        == 303
    )
    assert mia.get("/reports", follow_redirects=False).status_code == 303


def test_a_page_never_shows_less_than_the_next_pull(site: Site) -> None:
    """Pages keep a computed report briefly, but only while nothing was synced since."""
    nils = signed_in(site, "nils")
    before = _tables(nils.get("/reports/pipeline").text)
    assert before == _tables(nils.get("/reports/pipeline").text)
    assert site.sam is not None and site.sam_sync is not None
    deal = site.south_deals[2]
    with site.sam.read() as s:
        opp = s.get(Opportunity, deal)
        assert opp is not None
        data = OpportunityInput(
            title=opp.title,
            pipeline_id=opp.pipeline_id,
            stage_id=opp.stage_id,
            amount=Decimal("777777"),
            currency="EUR",
            expected_close=opp.expected_close,
        )
    update_opportunity(site.sam, deal, data)
    site.sam_sync.sync()
    after = nils.get("/reports/pipeline").text
    assert _tables(after) != before
    assert "€978,777" in after  # 100,000 + 101,000 + 777,777: the new amount counts


def test_a_figure_counted_by_the_database_lists_what_the_manager_may_see(site: Site) -> None:
    # Activity figures are counted in SQL and their records read when the list opens;
    # for a manager the list is then narrowed to what their sync would show.
    mia = signed_in(site, "mia")
    page = mia.get("/reports/activity?period=this-year").text
    links = re.findall(r'<a href="(/reports/activity/drill\?[^"]+)">([^<]+)</a>', page)
    counted = [(href, int(re.sub(r"\D", "", n))) for href, n in links if re.sub(r"\D", "", n)]
    href, figure = max(counted, key=lambda link: link[1])
    assert figure > 0
    shown = mia.get(href.replace("&amp;", "&"))
    assert shown.status_code == 200
    listed = re.search(r"(\d+) records? behind it", shown.text)
    hidden = re.search(r"(\d+) records? behind this figure", shown.text)
    assert listed is not None
    assert int(listed.group(1)) + (int(hidden.group(1)) if hidden else 0) == figure
