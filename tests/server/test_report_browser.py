"""The report pages in a real browser: Debian's Chromium, headless, driven by Playwright,
against `workbench-server serve` on a loopback port. A manager signs in, opens every
report, changes a filter, follows a drill-down whose total must equal its figure,
downloads the PDF and the XLSX and reads them back, and signs out."""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.server.report_site import (  # noqa: F401  (fixtures)
    Site,
    demo_file_fixture,
    site_fixture,
    web_database_fixture,
)
from tests.server_fixtures import PASSWORD
from workbench.reports import REPORTS

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(site: Site) -> Iterator[str]:
    """`workbench-server serve` on a free loopback port; stopped (SIGTERM) afterwards."""
    port = _free_port()
    script = Path(sys.executable).with_name("workbench-server")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "workbench.server.cli"]
    env = {**os.environ, "WORKBENCH_SERVER_DATABASE": site.url}
    process = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # "localhost": Chromium keeps Secure cookies over plain HTTP only on localhost.
    base = f"http://localhost:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, "the server stopped"
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _amount(text: str) -> int:
    """Whole units of a money text: "€930,976" or "930,976.40 EUR" → 930976."""
    whole = text.split(".")[0] if re.search(r"\.\d\d\b", text) else text
    return int(re.sub(r"\D", "", whole))


def test_a_manager_uses_the_reports_in_a_browser(served: str, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run scripts/setup.sh as root", pytrace=False)
    os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                accept_downloads=True, viewport={"width": 1400, "height": 1000}
            )
            page = context.new_page()
            _sign_in(page, served)
            _every_report(page)
            _filter_and_drill(page, served)
            _downloads(page, served, tmp_path)
            page.goto(f"{served}/reports/forecast")
            page.screenshot(path=str(tmp_path / "forecast.png"), full_page=True)
            if shots := os.environ.get("WORKBENCH_SCREENSHOTS"):
                shutil.copy(tmp_path / "forecast.png", Path(shots) / "reports-web-forecast.png")
            page.click("form.signout button")
            page.wait_for_url(re.compile(r"/reports/sign-in"))
            assert "You are signed out" in page.content()
            page.goto(f"{served}/reports/pipeline")
            assert "/reports/sign-in" in page.url  # the old session is gone
        finally:
            browser.close()


def _sign_in(page, base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/reports")
    assert "/reports/sign-in" in page.url
    page.fill("input[name=user]", "mia")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert page.locator(".error").inner_text() == "The user name or the password is wrong."
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/reports")
    assert "mia (manager)" in page.locator("header").inner_text()
    cookie = next(c for c in page.context.cookies() if c["name"] == "wb_reports")
    assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Strict"


def _every_report(page) -> None:  # type: ignore[no-untyped-def]
    for spec in REPORTS.values():
        page.click(f"nav.reports a[href='/reports/{spec.name}']")
        page.wait_for_url(re.compile(f"/reports/{spec.name}$"))
        assert page.locator("nav.reports a[aria-current=page]").inner_text() == spec.title
        assert page.locator("h1").inner_text()
        assert page.locator("section.table").count() >= 1
        for img in page.locator(".charts img").all():
            # An image that failed to load has no natural width.
            assert img.evaluate("i => i.naturalWidth") > 0


def _filter_and_drill(page, base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/reports/pipeline")
    before = page.locator(".subtitle").inner_text()
    options = page.locator("select[name=pipeline] option")
    chosen = options.nth(1).inner_text()
    page.select_option("select[name=pipeline]", index=1)
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"pipeline=[0-9a-f-]{36}"))
    assert page.locator(".subtitle").inner_text() == f"{before} · {chosen}"
    link = page.locator("table[data-table=by_stage] a[href*='column=value']").first
    figure = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/reports/pipeline/drill\?"))
    assert page.locator(".figure-value").inner_text() == figure
    total = page.locator(".drill-total").inner_text()
    assert _amount(total) in (_amount(figure), _amount(figure) - 1, _amount(figure) + 1)
    assert page.locator("table[data-table=drill_deals] tbody tr").count() >= 1


def _downloads(page, base: str, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from pypdf import PdfReader

    page.goto(f"{base}/reports/forecast")
    with page.expect_download() as pdf_download:
        page.click(".downloads a:text('PDF')")
    pdf = tmp / pdf_download.value.suggested_filename
    pdf_download.value.save_as(pdf)
    assert pdf.name.startswith("forecast-") and pdf.suffix == ".pdf"
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Forecast" in text and "North" in text and "anna" in text
    with page.expect_download() as xlsx_download:
        page.click(".downloads a:text('XLSX')")
    book = load_workbook(io.BytesIO(Path(xlsx_download.value.path()).read_bytes()))
    assert book.sheetnames[0] == "About" and len(book.sheetnames) > 1
    assert book["About"]["A1"].value == "Forecast"
