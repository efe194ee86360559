"""`foia serve` in process (Starlette's test client, both databases): the CSV is `foia export`'s, review
goes through foia.review with the user's name, and the security rules hold (CSRF, roles, Host, path-like
ids, escaping, CSP, login throttling, exposure). The real browser tests are in test_web_browser.py."""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.archive import archive_for
from foia.models import Cost, Document, ReviewDecision
from foia.web import charts, layout, users
from foia.web.security import CONTENT_SECURITY_POLICY, LoginThrottle
from foia.web.server import ServeError, ServeOptions, prepare
from tests.cli import run
from tests.pdfs import PdfPage, write_pdf
from tests.web_fixtures import IMG, JS_LINK, SCRIPT, application, email_with_pdf, import_hostile, import_sample

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

LOCAL = "http://127.0.0.1:8000"
PASSWORD = "correct horse battery"


def client(engine: Engine, tmp_path: Path, **settings: object) -> TestClient:
    return TestClient(application(engine, tmp_path / "cache", **settings), base_url=LOCAL)


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "the page has no CSRF field"
    return found[1]


@pytest.fixture
def sample(db_url: str, engine: Engine, tmp_path: Path) -> Iterator[TestClient]:
    import_sample(db_url, tmp_path)
    with client(engine, tmp_path) as web:
        yield web


def login(web: TestClient, name: str) -> None:
    form = web.get("/login")
    response = web.post("/login", data={"name": name, "password": PASSWORD, "csrf": csrf_of(form.text), "next": "/"},
                        follow_redirects=False)
    assert response.status_code == 303, response.text


def test_listing_csv_is_foia_export_with_the_same_filters(db_url: str, sample: TestClient) -> None:
    assert run(db_url, "review", "reject", "C3").exit_code == 0
    for query, options in [
        ("", []),
        ("?agency=Cedar+County+Sheriff%27s+Office+%28sample%29&since=2018-03-01",
         ["--agency", "Cedar County Sheriff's Office (sample)", "--since", "2018-03-01"]),
        ("?include_rejected=1&status=rejected", ["--include-rejected", "--status", "rejected"]),
    ]:
        downloaded = sample.get(f"/costs.csv{query}")
        assert downloaded.status_code == 200
        assert downloaded.headers["content-disposition"] == 'attachment; filename="costs.csv"'
        exported = run(db_url, "export", "costs", *options)
        assert downloaded.content == exported.stdout_bytes and exported.stdout_bytes.count(b"\r\n") >= 2
    assert "C3" not in sample.get("/costs").text.split("<tbody>")[1]  # rejected facts left out, as in exports
    unknown = sample.get("/costs.csv?agency=Nowhere+PD")
    assert unknown.status_code == 400 and "no agency named 'Nowhere PD'" in unknown.text


def test_pages_cite_and_listings_filter(sample: TestClient) -> None:
    agencies = sample.get("/agencies").text
    agency_link = re.search(r'href="(/agencies/\d+)">Cedar County Sheriff&#39;s Office \(sample\)', agencies)
    assert agency_link
    agency = sample.get(agency_link[1]).text
    assert "Costs by vendor and product" in agency and "<svg" in agency and "CCSO 000001" in agency
    assert 'href="/facts/C1"' in agency and "between $6 and $12" in agency
    fact = sample.get("/facts/C1").text
    assert '<rect class="quote"' in fact and "Sam Okafor &lt;sokafor@amazon.com&gt;" in fact
    assert "<mark id=\"quote\">between $6 and $12\na month</mark>" in fact
    filtered = sample.get("/usage?measure=x&min_confidence=abc")
    assert filtered.status_code == 400 and "min_confidence &#39;abc&#39;" in filtered.text
    hits = sample.get("/search?q=booking+photos").text
    assert "<mark>booking</mark>" in hits and 'href="/documents/1?page=1"' in hits
    assert sample.get("/search?q=%22open").status_code == 400
    document = sample.get("/documents/1?page=2").text
    assert "Facts on this page" in document and 'href="/facts/C4"' in document and 'href="/facts/C1"' not in document
    image = sample.get("/documents/1/pages/1.png?dpi=100")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert sample.get("/documents/1/pages/1.png?dpi=999").status_code == 400


def test_review_records_the_user_and_goes_to_the_next_fact(engine: Engine, sample: TestClient) -> None:
    page = sample.get("/facts/C1?kind=costs").text
    response = sample.post("/facts/C1/decide", data={"action": "verify", "note": "matches p.1", "csrf": csrf_of(page),
                                                     "kind": "costs"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/review/next?after=C1&kind=costs"
    following = sample.get(response.headers["location"], follow_redirects=False)
    assert following.headers["location"] == "/facts/C2?kind=costs"
    assert "C1 verified by" in sample.get("/facts/C2?kind=costs").text
    corrected = sample.post("/facts/C2/decide", data={"action": "correct", "value_amount_max": "2", "csrf": csrf_of(page)},
                            follow_redirects=False)
    assert corrected.status_code == 303
    unchanged = sample.post("/facts/C3/decide", data={"action": "correct", "value_amount_max": "400", "csrf": csrf_of(page)})
    assert unchanged.status_code == 400 and "change at least one value" in unchanged.text
    with Session(engine) as session:
        assert session.get(Cost, 1).review_status == "verified"  # type: ignore[union-attr]
        assert session.get(Cost, 2).review_status == "corrected"  # type: ignore[union-attr]
        decision = session.scalars(select(ReviewDecision).where(ReviewDecision.fact_id == 1)).one()
        assert (decision.action, decision.note) == ("verify", "matches p.1") and decision.reviewer


def test_post_without_csrf_token_is_refused(engine: Engine, sample: TestClient) -> None:
    sample.get("/facts/C1")
    for data in ({"action": "verify"}, {"action": "verify", "csrf": "forged"}):
        refused = sample.post("/facts/C1/decide", data=data)
        assert refused.status_code == 403 and "security token" in refused.text
    page = sample.get("/facts/C1").text
    cross_site = sample.post("/facts/C1/decide", data={"action": "verify", "csrf": csrf_of(page)},
                             headers={"origin": "http://evil.example"})
    assert cross_site.status_code == 403
    with Session(engine) as session:
        assert session.get(Cost, 1).review_status == "unreviewed"  # type: ignore[union-attr]


def test_team_mode_roles_login_and_throttling(db_url: str, engine: Engine, tmp_path: Path) -> None:
    import_sample(db_url, tmp_path)
    for name, role in (("vic", "viewer"), ("rita", "reviewer")):
        assert run(db_url, "user", "add", name, "--role", role, "--password-stdin", input=PASSWORD + "\n").exit_code == 0
    assert "rita\treviewer" in run(db_url, "user", "list").stdout
    with client(engine, tmp_path) as web:
        assert web.get("/facts/C1", follow_redirects=False).headers["location"] == "/login?next=%2Ffacts%2FC1"
        login(web, "vic")
        cookie = web.cookies.get("foia_session")
        assert cookie
        page = web.get("/facts/C1").text
        assert "can read but not review" in page and 'action="/facts/C1/decide"' not in page
        refused = web.post("/facts/C1/decide", data={"action": "verify", "csrf": csrf_of(page)})
        assert refused.status_code == 403 and "viewer" in refused.text
        assert web.get("/users").status_code == 403
    with client(engine, tmp_path) as web:
        login(web, "rita")
        set_cookie = web.post("/logout", data={"csrf": csrf_of(web.get("/facts/C1").text)}, follow_redirects=False)
        assert "HttpOnly" in set_cookie.headers["set-cookie"] and "SameSite=Lax" in set_cookie.headers["set-cookie"]
        login(web, "rita")
        page = web.get("/facts/C1").text
        assert web.post("/facts/C1/decide", data={"action": "verify", "csrf": csrf_of(page)},
                        follow_redirects=False).status_code == 303
        assert run(db_url, "user", "remove", "rita").exit_code == 0  # the session ends at once
        assert web.get("/facts/C1", follow_redirects=False).status_code == 303
    with Session(engine) as session:
        assert session.scalars(select(ReviewDecision.reviewer)).all() == ["rita"]
    with client(engine, tmp_path) as web:
        form = csrf_of(web.get("/login").text)
        statuses = [web.post("/login", data={"name": "vic", "password": "wrong password", "csrf": form}).status_code
                    for _ in range(6)]
        assert statuses == [401] * 5 + [429]


def test_throttle_forgets_failures_after_the_window() -> None:
    throttle = LoginThrottle(per_name=2, per_address=10, window=60)
    throttle.failed("ana", "10.0.0.1", now=0)
    throttle.failed("ANA ", "10.0.0.2", now=1)
    assert throttle.wait_seconds("ana", "10.0.0.3", now=2) == 59
    assert throttle.wait_seconds("ana", "10.0.0.3", now=61.5) == 0


def test_path_like_ids_hosts_and_headers(sample: TestClient) -> None:
    for path in ("/documents/..%2F..%2Fetc%2Fpasswd", "/documents/%2e%2e/%2e%2e/etc/passwd", "/facts/..%2F..%2Fetc%2Fpasswd",
                 "/documents/1/pages/..%2F..%2Fetc%2Fpasswd.png", "/facts/%2e%2e", "/documents/1/original?path=/etc/passwd",
                 "/static/..%2F..%2F..%2Fetc%2Fpasswd"):
        response = sample.get(path)
        assert "root:" not in response.text, path
        assert response.status_code in (404, 200) and (response.status_code == 404 or path.endswith("passwd")), path
    assert sample.get("/documents/1/original?path=/etc/passwd").content.startswith(b"%PDF")
    for path in ("/agencies", "/static/app.css", "/nowhere"):
        response = sample.get(path)
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-content-type-options"] == "nosniff" and response.headers["x-frame-options"] == "DENY"
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY
    rebound = sample.get("/agencies", headers={"host": "attacker.example"})
    assert rebound.status_code == 400


def test_hostile_names_and_text_are_escaped(db_url: str, engine: Engine, tmp_path: Path) -> None:
    import_hostile(db_url, tmp_path)
    with client(engine, tmp_path) as web:
        pages = [web.get(path).text for path in ("/documents", "/documents/1", "/costs", "/facts/C1", "/messages",
                                                 "/messages/1", "/search?q=mallory")]
    for html in pages:
        assert SCRIPT not in html and IMG not in html and "<img" not in html
        assert 'href="javascript' not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[3] and "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in pages[0]
    assert JS_LINK in pages[3]
    with client(engine, tmp_path) as web:  # the original downloads under a made-safe name, never inline
        download = web.get("/documents/1/original")
    assert download.headers["content-type"] == "application/octet-stream"
    disposition = download.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="_><img src=x onerror=alert(1)><script>alert(1).pdf"')


def test_attachment_original_redactions_and_pdf_page_image(db_url: str, engine: Engine, tmp_path: Path) -> None:
    path = email_with_pdf(tmp_path)
    assert run(db_url, "import", str(path)).exit_code == 0
    with client(engine, tmp_path) as web:
        documents = web.get("/documents").text
        pdf_id = int(re.search(r'href="/documents/(\d+)">invoice.pdf<', documents)[1])  # type: ignore[index]
        original = web.get(f"/documents/{pdf_id}/original")
        assert original.status_code == 200 and original.content.startswith(b"%PDF-")
        page = web.get(f"/documents/{pdf_id}").text
        box = re.search(r'<rect class="redaction" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', page)
        assert box, "the redaction bar is drawn"
        mm = 72 / 25.4  # the bar was drawn at x=20 y=40 w=60 h=6 mm
        assert [round(float(v) / mm) for v in box.groups()] == [20, 40, 60, 6]
        email_id = int(re.search(r'href="/documents/(\d+)">invoice.eml<', documents)[1])  # type: ignore[index]
        email_page = web.get(f"/documents/{email_id}").text
        assert "Text only" in email_page and f'href="/documents/{pdf_id}">invoice.pdf' in email_page
        assert web.get(f"/documents/{email_id}/pages/1.png").status_code == 404
    path.unlink()  # moved away since import: the original comes from the archive
    with client(engine, tmp_path / "other") as web:
        assert web.get(f"/documents/{pdf_id}/original").content == original.content
        assert web.get(f"/documents/{pdf_id}/pages/1.png").status_code == 200
    with Session(engine) as session:
        sha256 = session.get_one(Document, pdf_id).sha256
    archived = archive_for(engine).path(sha256)  # type: ignore[attr-defined]
    archived.chmod(0o644)
    damage = bytearray(original.content)
    damage[len(damage) // 2] ^= 0xFF
    archived.write_bytes(bytes(damage))  # one bit flipped on disk
    with client(engine, tmp_path / "third") as web:
        damaged = web.get(f"/documents/{pdf_id}/original")
        assert damaged.status_code == 500 and f"original of document {pdf_id} is damaged" in damaged.text
    archived.unlink()  # not in the archive at all: no original, no image, and the pages still work
    with client(engine, tmp_path / "fourth") as web:
        assert web.get(f"/documents/{pdf_id}/original").status_code == 404
        assert web.get(f"/documents/{pdf_id}/pages/1.png").status_code == 404
        assert "its original is not in the archive" in web.get(f"/documents/{pdf_id}").text


def test_serving_beyond_loopback_needs_team_mode(engine: Engine) -> None:
    with pytest.raises(ServeError, match="add one first"):
        prepare(engine, ServeOptions(host="0.0.0.0"))
    config, line = prepare(engine, ServeOptions(host="localhost"))
    assert not config.exposed and "local mode" in line
    users.add_user(engine, "admin1", "admin", PASSWORD)
    config, line = prepare(engine, ServeOptions(host="0.0.0.0"))
    assert config.exposed and config.allowed_hosts is None and "warning: plain HTTP" in line
    with pytest.raises(users.UserError, match="at least 10"):
        users.add_user(engine, "short", "viewer", "123")
    with pytest.raises(users.UserError, match="role"):
        users.add_user(engine, "someone", "owner", PASSWORD)


def test_exposed_server_without_accounts_answers_nothing(engine: Engine, tmp_path: Path) -> None:
    """Accounts removed while an exposed server runs: local mode must not take over."""
    with client(engine, tmp_path, exposed=True, allowed_hosts=None) as web:
        response = web.get("/agencies")
    assert response.status_code == 503 and "foia user add" in response.text


def test_cli_serve_refuses_a_public_host_without_accounts(db_url: str) -> None:
    result = run(db_url, "serve", "--host", "0.0.0.0")
    assert result.exit_code == 2 and "team mode" in result.stderr and len(result.stderr.strip().splitlines()) <= 2


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract binary")
def test_quote_on_a_scanned_page_is_placed_from_tesseract_word_boxes(db_url: str, engine: Engine, tmp_path: Path) -> None:
    text = "Quote for Cedar County\nThe face search subscription is $3,600 per year.\nRegards, Vendor"
    write_pdf(tmp_path / "scan.pdf", [PdfPage(text, scanned=True)])
    assert run(db_url, "import", str(tmp_path / "scan.pdf")).exit_code == 0
    with client(engine, tmp_path) as web:
        fact = web.get("/facts/C1").text
    boxes = [tuple(float(v) for v in found) for found in re.findall(
        r'<rect class="quote" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', fact)]
    assert len(boxes) == 1, fact
    x, y, width, height = boxes[0]
    # The scan (tests/pdfs.py) prints line 2 at 154 px of 150 dpi, from 110 px: in points, about 74 down.
    assert 70 < y < 82 and 8 < height < 20 and 52 < x < 330 and width > 40
    assert list((tmp_path / "cache").rglob("1-text.json")), "the word boxes are cached"


def test_a_quote_repeated_on_a_page_is_placed_at_its_own_occurrence() -> None:
    text = "Fee: $400 one time.\nRenewal fee: $400 one time."
    boxes: list[layout.Box | None] = [None if ch.isspace() else (float(i), 10.0 + 20 * (i > 19), i + 1.0, 20.0 + 20 * (i > 19))
                                      for i, ch in enumerate(text)]
    page = layout.PageText(612, 792, text, boxes)
    stored = "Fee: $400 one time.\nRenewal fee: $400 one\ntime."  # stored text: other line breaks
    second = stored.rindex("$400 one\ntime")
    assert layout.occurrence_before(stored, "$400 one\ntime", second) == 1
    [first_box] = layout.quote_boxes(page, "$400 one\ntime", 0)
    [second_box] = layout.quote_boxes(page, "$400 one\ntime", 1)
    assert first_box[1] < 20 < second_box[1]
    assert layout.quote_boxes(page, "nowhere on the page", 0) == []


def test_cost_timeline_shows_ranges_per_month_never_sums() -> None:
    rows = [
        {"date": "2018-03-01", "monthly_usd_min": 6, "monthly_usd_max": 12, "currency": "USD", "amount_min": 6, "amount_max": 12},
        {"date": "2018-03-20", "monthly_usd_min": 10, "monthly_usd_max": 10, "currency": "USD", "amount_min": 10,
         "amount_max": 10},
        {"date": "2018-09-02", "monthly_usd_min": None, "monthly_usd_max": None, "currency": "USD", "amount_min": 400,
         "amount_max": 400},
        {"date": None, "monthly_usd_min": None, "monthly_usd_max": None, "currency": "USD", "amount_min": 1, "amount_max": 1},
        {"date": "2018-09-02", "monthly_usd_min": None, "monthly_usd_max": None, "currency": "EUR", "amount_min": 9,
         "amount_max": 9},
    ]
    chart = charts.timeline(rows)
    assert chart is not None and (chart.undated, chart.not_usd) == (1, 1)
    march, september = chart.bars
    assert (march.series, march.low, march.high, march.count) == ("monthly", 6, 12, 2)
    assert march.title == "March 2018: 2 costs, $6 to $12 a month (recurring)" and march.until == "2018-03-31"
    assert (september.series, september.low, september.high) == ("other", 400, 400) and september.x > march.x
    assert [tick.label for tick in chart.y_ticks] == ["$1", "$10", "$100", "$1,000"]
