"""The report pages: /reports (the list), /reports/NAME (filters, charts, tables),
/reports/NAME/drill (the records behind a figure), /reports/NAME.pdf|.xlsx|.csv (the
downloads), and the sign-in and sign-out forms.

Every page is a GET that changes nothing; only sign-in and sign-out are POSTs. All text
goes through Jinja2 with autoescaping, charts are SVG drawn by the report code and shown
as images (an image can't run script), and the Content-Security-Policy allows no script
at all. The routes are left out of the OpenAPI description, which is the laptops' API.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy import Engine

from workbench.domain.enums import LeadSource
from workbench.reports import REPORTS, ReportSpec, find_report
from workbench.reports.charts import to_svg
from workbench.reports.drill import PAGE
from workbench.reports.export import to_csv, to_xlsx
from workbench.reports.model import Kind, Table
from workbench.reports.scope import NO_SOURCE, PERIOD_NAMES, ReportInputError
from workbench.reports.text import cell_text
from workbench.server.errors import AuthError, ServerError
from workbench.server.identity import Caller
from workbench.server.reporting import ReportsUnavailable
from workbench.server.web import figures, session
from workbench.server.web.figures import Computed

LOCALE = "en"
_TEXT_KINDS = (Kind.TEXT, Kind.DATE)
_FORMATS = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
_HEADERS = {
    # No script anywhere; images only from here (charts are data: URIs).
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

_env = Environment(
    loader=PackageLoader("workbench.server.web", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _html(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    body = _env.get_template(template).render(reports=REPORTS, **context)
    return HTMLResponse(body, status_code=status, headers=_HEADERS)


def _message(status: int, title: str, message: str, caller: Caller | None = None) -> HTMLResponse:
    return _html("message.html", status, title=title, message=message, caller=caller)


def _safe_next(target: str | None) -> str:
    """Only a path on this server's report pages: never another site after sign-in."""
    if target and target.startswith("/reports") and not target.startswith("//"):
        return target
    return "/reports"


def _to_sign_in(request: Request, notice: str = "") -> RedirectResponse:
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    query = urlencode({"next": here, **({"notice": notice} if notice else {})})
    return RedirectResponse(f"/reports/sign-in?{query}", status_code=303, headers=_HEADERS)


def _guarded(engine: Engine, request: Request, page: Callable[[Caller], Response]) -> Response:
    """Runs `page` for the signed-in manager or admin, turning refusals into pages."""
    caller: Caller | None = None
    try:
        caller = session.current_caller(engine, request)
        figures.check_role(caller)
        return page(caller)
    except AuthError as exc:
        if exc.status == 401:
            notice = "" if exc.error == "not_signed_in" else exc.message
            return _to_sign_in(request, notice)
        return _message(exc.status, "Not available", exc.message, caller)
    except ReportInputError as exc:
        return _message(400, "These filters can't be used", str(exc), caller)
    except ReportsUnavailable as exc:
        return _message(503, "Reports unavailable", exc.message, caller)
    except ServerError as exc:
        return _message(exc.status, "Refused", exc.message, caller)


def _query(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items()}


def _link_query(values: dict[str, str], caller: Caller, **extra: Any) -> str:
    kept = {k: v for k, v in values.items() if v and not (k == "team" and not caller.is_admin)}
    return urlencode({**kept, **{k: str(v) for k, v in extra.items()}})


def _table_view(spec: ReportSpec, computed: Computed, caller: Caller, table: Table) -> Any:
    heads = [(c.title, c.kind not in _TEXT_KINDS) for c in table.columns]
    rows = []
    for i, row in enumerate(table.rows):
        cells = []
        for c in table.columns:
            drill = row.drill.get(c.key)
            href = None
            if drill is not None and len(drill):
                q = _link_query(computed.values, caller, table=table.key, row=i, column=c.key)
                href = f"/reports/{spec.name}/drill?{q}"
            text = cell_text(row.cells.get(c.key), c.kind, LOCALE)
            cells.append({"text": text, "num": c.kind not in _TEXT_KINDS, "href": href})
        rows.append({"cells": cells, "total": row.total})
    return {
        "key": table.key,
        "title": table.title,
        "heads": heads,
        "rows": rows,
        "note": table.note,
    }


def _chart_uri(chart: Any) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(to_svg(chart, 640, 260)).decode()


def _choices(computed: Computed, caller: Caller) -> dict[str, list[tuple[str, str]]]:
    d = computed.directory
    people = sorted(
        (name, str(uid))
        for uid, name in d.users.items()
        if caller.is_admin or d.user_team.get(uid) == caller.team_id
    )
    return {
        "team": sorted((name, str(tid)) for tid, name in d.teams.items()),
        "rep": people,
        "pipeline": [(d.pipelines[p], str(p)) for p in d.pipeline_order],
        "source": [("No lead (direct)", NO_SOURCE)]
        + [(s.value.replace("_", " ").capitalize(), s.value) for s in LeadSource],
        "period": [(p, p) for p in PERIOD_NAMES],
    }


def _report_page(engine: Engine, request: Request, spec: ReportSpec, caller: Caller) -> Response:
    values = figures.filter_values(spec, _query(request), caller)
    with figures.replica_session(engine) as s:
        computed = figures.compute(s, spec, values)
    report = computed.report
    team_name = computed.directory.teams.get(caller.team_id) if caller.team_id else None
    return _html(
        "report.html",
        caller=caller,
        spec=spec,
        report=report,
        values=values,
        team_name=team_name,
        choices=_choices(computed, caller),
        charts=[(c.title, _chart_uri(c)) for c in report.charts],
        tables=[_table_view(spec, computed, caller, t) for t in report.tables],
        downloads=[
            (fmt, f"/reports/{spec.name}.{fmt}?{_link_query(values, caller)}") for fmt in _FORMATS
        ],
    )


def _download(
    engine: Engine, request: Request, spec: ReportSpec, fmt: str, caller: Caller
) -> Response:
    values = figures.filter_values(spec, _query(request), caller)
    with figures.replica_session(engine) as s:
        report = figures.compute(s, spec, values).report
    if fmt == "pdf":
        from workbench.reports.pdf import to_pdf  # reportlab's platypus loads on demand

        data = to_pdf(report, LOCALE)
    elif fmt == "xlsx":
        data = to_xlsx(report)
    else:
        data = to_csv(report).encode("utf-8-sig")  # the BOM makes Excel read UTF-8
    name = f"{spec.name}-{date.today().isoformat()}.{fmt}"
    headers = {**_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'}
    return Response(data, media_type=_FORMATS[fmt], headers=headers)


def _drill_page(engine: Engine, request: Request, spec: ReportSpec, caller: Caller) -> Response:
    query = _query(request)
    values = figures.filter_values(spec, query, caller)
    try:
        offset = max(0, int(query.get("offset") or 0))
    except ValueError:
        offset = 0
    with figures.replica_session(engine) as s:
        computed = figures.compute(s, spec, values)
        drill = figures.find_drill(
            computed.report,
            query.get("table", ""),
            query.get("row", ""),
            query.get("column", ""),
        )
        table = computed.report.table(query.get("table", ""))
        row = table.rows[int(query.get("row", ""))]
        visible = figures.visible_drill(engine, caller, drill, s)
        page = figures.drill_records(s, visible, offset)
    column = table.column(query.get("column", ""))
    figure = cell_text(row.cells.get(column.key), column.kind, LOCALE)
    label = " · ".join(str(row.cells.get(c.key)) for c in table.columns[:1] if row.cells.get(c.key))
    base = _link_query(values, caller, table=table.key, row=query.get("row"), column=column.key)
    pages = {
        "prev": f"?{base}&offset={max(0, offset - PAGE)}" if offset > 0 else None,
        "next": f"?{base}&offset={offset + PAGE}" if offset + PAGE < page.count else None,
    }
    return _html(
        "drill.html",
        caller=caller,
        spec=spec,
        report=computed.report,
        table_title=table.title,
        row_label=label,
        column_title=column.title,
        figure=figure,
        page=page,
        records=_table_view(spec, computed, caller, page.table),
        totals=[cell_text(m, Kind.MONEY, LOCALE) for m in page.totals],
        exact_totals=[f"{m.amount:,.2f} {m.currency}" for m in page.totals],
        hidden=visible.hidden,
        pages=pages,
        back=f"/reports/{spec.name}?{_link_query(values, caller)}",
        shown=(offset + 1, offset + len(page.table.rows)),
    )


def build_router(engine: Engine) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/reports/sign-in")
    def sign_in_form(request: Request) -> Response:
        q = request.query_params
        return _html(
            "signin.html",
            next=_safe_next(q.get("next")),
            notice=q.get("notice", "")[:300],
            error="",
            user="",
        )

    @router.post("/reports/sign-in")
    async def sign_in(request: Request) -> Response:
        form = {
            k: v[0]
            for k, v in parse_qs(
                (await request.body()).decode("utf-8", "replace"), max_num_fields=10
            ).items()
        }
        target = _safe_next(form.get("next"))
        user = form.get("user", "")[:120]
        if not session.same_origin(request):
            return _message(
                403,
                "Refused",
                "The sign-in form must be sent from this server's "
                "own page; open /reports/sign-in and try again.",
            )
        try:
            token = await run_in_threadpool(session.sign_in, engine, user, form.get("password", ""))
        except AuthError as exc:
            status = exc.status if exc.status in (401, 403, 429) else 401
            page = _html(
                "signin.html", status, next=target, notice="", error=exc.message, user=user
            )
            page.headers.update(exc.headers or {})
            return page
        response = RedirectResponse(target, status_code=303, headers=_HEADERS)
        session.set_cookie(response, token)
        return response

    @router.post("/reports/sign-out")
    def sign_out(request: Request) -> Response:
        if not session.same_origin(request):
            return _message(403, "Refused", "Sign out from the button on the report pages.")
        session.sign_out(engine, request)
        response = RedirectResponse(
            "/reports/sign-in?notice=You+are+signed+out.", status_code=303, headers=_HEADERS
        )
        session.clear_cookie(response)
        return response

    @router.get("/reports/static/reports.css")
    def stylesheet() -> Response:
        css = _env.get_template("reports.css").render()
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @router.get("/reports")
    def report_list(request: Request) -> Response:
        return _guarded(engine, request, lambda who: _html("list.html", caller=who))

    @router.get("/reports/{name}")
    def report(request: Request, name: str) -> Response:
        stem, _, fmt = name.rpartition(".") if "." in name else (name, "", "")

        def page(who: Caller) -> Response:
            spec = find_report(stem)
            if fmt:
                if fmt not in _FORMATS:
                    raise ReportInputError(
                        f"“{fmt}” is not a download format. Use one of {', '.join(_FORMATS)}."
                    )
                return _download(engine, request, spec, fmt, who)
            return _report_page(engine, request, spec, who)

        return _guarded(engine, request, page)

    @router.get("/reports/{name}/drill")
    def drill(request: Request, name: str) -> Response:
        return _guarded(
            engine, request, lambda who: _drill_page(engine, request, find_report(name), who)
        )

    return router
