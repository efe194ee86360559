"""`foia serve` in a real browser: Debian's Chromium driven by Playwright against a uvicorn server the
test starts on a free loopback port. Playwright rather than Selenium: it waits for navigations and
downloads by itself, and reports dialogs and console messages as events, which is what these tests
check; it drives the system Chromium (no browser download). Skipped with a message when Chromium is
not installed, except in CI (FOIA_REQUIRE_BROWSER=1), which installs it."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from foia.db import open_database
from foia.models import Cost, ReviewDecision
from tests.cli import run
from tests.web_fixtures import IMG, JS_LINK, SCRIPT, application, import_hostile, import_sample, serving

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "correct horse battery"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
        if os.environ.get("FOIA_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(database URL, base URL) of a server over a database holding the sample release."""
    db_url = f"sqlite:///{tmp_path / 'foia.db'}"
    import_sample(db_url, tmp_path)
    engine = open_database(db_url)
    try:
        with serving(application(engine, tmp_path / "cache")) as base:
            yield db_url, base
    finally:
        engine.dispose()


def new_page(browser: Any, dialogs: list[str]) -> Any:
    page = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    return page


def shares(png: bytes) -> tuple[float, float]:
    """(share of highlight-yellow pixels, share of dark text pixels) in a screenshot."""
    raw = Image.open(io.BytesIO(png)).convert("RGB").tobytes()
    pixels = list(zip(raw[0::3], raw[1::3], raw[2::3], strict=True))
    yellow = sum(1 for r, g, b in pixels if r > 200 and g > 160 and b < 190 and r - b > 70)
    dark = sum(1 for r, g, b in pixels if max(r, g, b) < 140)
    return yellow / len(pixels), dark / len(pixels)


def test_agency_fact_highlight_verify_and_csv(browser: Any, site: tuple[str, str]) -> None:
    db_url, base = site
    dialogs: list[str] = []
    page = new_page(browser, dialogs)
    page.goto(f"{base}/agencies")
    page.get_by_role("link", name="Cedar County Sheriff's Office (sample)").click()
    assert page.get_by_role("heading", name="Costs by vendor and product").is_visible()
    assert page.locator("figure.chart svg line.bar").count() >= 2
    page.get_by_role("link", name="C1", exact=True).first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/facts/C1")
    quote = page.locator("svg.page rect.quote").first.bounding_box()
    assert quote and quote["width"] > 40
    inside = {"x": quote["x"] + 2, "y": quote["y"] + 2, "width": quote["width"] - 4, "height": quote["height"] - 4}
    yellow, dark = shares(page.screenshot(clip=inside))
    assert yellow > 0.5 and dark > 0.03, (yellow, dark)  # highlighted, and over the words of the quote
    page.goto(f"{base}/documents/1?page=1")  # the same page without a highlight: no yellow there
    page.wait_for_load_state("networkidle")
    assert shares(page.screenshot(clip=inside))[0] < 0.02

    page.goto(f"{base}/facts/C1")
    page.keyboard.press("v")
    page.wait_for_url(f"{base}/facts/C2")
    assert page.get_by_role("status").inner_text().startswith("C1 verified by")
    engine = open_database(db_url)
    try:
        with Session(engine) as session:
            assert session.get(Cost, 1).review_status == "verified"  # type: ignore[union-attr]
            assert session.scalars(select(ReviewDecision.action)).all() == ["verify"]
    finally:
        engine.dispose()

    page.goto(f"{base}/costs?status=verified")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    assert Path(download.value.path()).read_bytes() == run(db_url, "export", "costs", "--status", "verified").stdout_bytes
    assert dialogs == []
    page.close()


def test_team_mode_login_review_and_logout(browser: Any, site: tuple[str, str]) -> None:
    db_url, base = site
    for name, role in (("rita", "reviewer"), ("vic", "viewer")):
        assert run(db_url, "user", "add", name, "--role", role, "--password-stdin", input=PASSWORD + "\n").exit_code == 0
    dialogs: list[str] = []
    page = new_page(browser, dialogs)

    def log_in(name: str) -> None:
        page.goto(f"{base}/facts/C1")
        assert "/login" in page.url
        page.get_by_label("name").fill(name)
        page.get_by_label("password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{base}/facts/C1")

    log_in("rita")
    assert page.get_by_text("rita (reviewer)", exact=True).is_visible()
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(f"{base}/facts/C2")
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(f"{base}/login")
    assert page.get_by_role("status").inner_text() == "logged out"
    page.goto(f"{base}/costs")
    assert "/login" in page.url

    log_in("vic")
    assert page.get_by_role("button", name="Verify").count() == 0
    assert page.get_by_text("can read but not review").is_visible()
    engine = open_database(db_url)
    try:
        with Session(engine) as session:
            assert session.scalars(select(ReviewDecision.reviewer)).all() == ["rita"]
    finally:
        engine.dispose()
    assert dialogs == []
    page.close()


def test_hostile_document_renders_as_text(browser: Any, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'foia.db'}"
    import_hostile(db_url, tmp_path)
    engine = open_database(db_url)
    dialogs: list[str] = []
    try:
        with serving(application(engine, tmp_path / "cache")) as base:
            page = new_page(browser, dialogs)
            for path in ("/documents", "/documents/1", "/costs", "/facts/C1", "/messages/1", "/search?q=mallory"):
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                assert page.locator("img").count() == 0, path
                hrefs = page.eval_on_selector_all("a", "links => links.map(link => link.getAttribute('href'))")
                assert not [href for href in hrefs if href and href.strip().lower().startswith("javascript")], path
            page.goto(f"{base}/facts/C1")
            text = page.locator("pre.pagetext").inner_text()
            assert SCRIPT in text and IMG in text and JS_LINK in text
            assert page.locator("svg.page rect.quote").count() == 1
            page.close()
    finally:
        engine.dispose()
    assert dialogs == []
