"""The dashboard in headless Chromium: the real server, every page, a dyad followed to its article.

Needs Debian's chromium and chromium-driver (/usr/bin/chromium,
/usr/bin/chromedriver) and selenium; skipped cleanly without them. When a
test fails, a screenshot of the page is kept in test-artifacts/.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_serve_data import EVIL_TITLE, TestStore, build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

_HAVE_BROWSER = CHROMIUM.exists() and CHROMEDRIVER.exists()
if not _HAVE_BROWSER and os.environ.get("REALPOLITIK_REQUIRE_SERVICES"):
    raise RuntimeError("REALPOLITIK_REQUIRE_SERVICES is set but Chromium is not installed")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not _HAVE_BROWSER,
        reason="headless Chromium is not installed (apt-get install chromium chromium-driver)",
    ),
]

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> TestStore:
    return build_store(tmp_path_factory.mktemp("browser") / "news.db")


@pytest.fixture(scope="module")
def server(built: TestStore) -> Iterator[str]:
    """The real app under uvicorn in a thread, on a free 127.0.0.1 port."""
    import uvicorn

    from realpolitik.serve import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(built.path), host="127.0.0.1", port=port, log_level="warning"
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
        "--window-size=1280,900",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """The browser for one test; a screenshot goes to test-artifacts/ when the test fails."""
    failed_before = request.session.testsfailed
    browser.get_log("browser")  # start each test with an empty console log
    yield browser
    if request.session.testsfailed > failed_before:
        ARTIFACTS.mkdir(exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / f"{request.node.name}.png"))


def _wait(driver: Any, seconds: float = 15) -> Any:
    return WebDriverWait(driver, seconds)


def _console_errors(driver: Any) -> list[str]:
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if entry["level"] == "SEVERE" and "favicon.ico" not in entry["message"]
    ]


PAGES = {
    "/": "Overview",
    "/dyads": "Dyads",
    "/dyads/RUS/PRK": "Russia",
    "/network": "Alignment network",
    "/alerts?min_count=2": "Alerts",
    "/events": "Events",
    "/articles": "Articles",
    "/people": "People",
    "/countries/PRK": "North Korea",
    "/search?q=Pyongyang": "Search",
}
CHARTS = {"/": "overview-chart", "/dyads/RUS/PRK": "dyad-chart", "/network": "network-chart"}


def test_every_page_opens_and_draws_its_charts(page: Any, server: str) -> None:
    for path, heading in PAGES.items():
        page.get(server + path)
        h1 = page.find_element(By.TAG_NAME, "h1")
        assert heading in h1.text, path
        if path in CHARTS:
            chart = CHARTS[path]
            _wait(page).until(
                expected_conditions.presence_of_element_located(
                    (By.CSS_SELECTOR, f"#{chart}[data-drawn='true'] svg.main-svg")
                )
            )
            bars_or_dots = page.find_elements(By.CSS_SELECTOR, f"#{chart} .point, #{chart} .bars")
            assert bars_or_dots, f"{path}: the chart has no marks"
        assert _console_errors(page) == [], path


def test_follow_a_dyad_to_the_sentence_in_its_article(page: Any, server: str) -> None:
    page.get(server + "/dyads")
    page.find_element(By.CSS_SELECTOR, "a[href='/dyads/RUS/PRK']").click()
    _wait(page).until(expected_conditions.title_contains("Russia"))
    links = page.find_elements(By.CSS_SELECTOR, "a.evidence-link")
    assert len(links) == 2
    links[0].click()
    _wait(page).until(expected_conditions.url_contains("#event-"))
    event_id = page.current_url.split("#", 1)[1]
    target = page.find_element(By.ID, event_id)
    assert target.tag_name == "mark"
    assert "hl-event" in target.get_attribute("class").split()
    assert target.text == "sent aid"
    tip = target.get_attribute("data-tip")
    assert "Event AID" in tip and "RUS \u2192 PRK" in tip
    ActionChains(page).move_to_element(target).perform()
    shown = page.execute_script(
        "return getComputedStyle(arguments[0], '::after').getPropertyValue('content');", target
    )
    assert "Event AID" in shown  # the explanation shows on hover
    kinds = {
        kind: len(page.find_elements(By.CSS_SELECTOR, f"#article-text mark.hl-{kind}"))
        for kind in ("event", "actor")
    }
    assert kinds["event"] == 3 and kinds["actor"] >= 3
    assert _console_errors(page) == []


def test_highlights_of_an_article_with_a_quote_and_an_amount(
    page: Any, server: str, built: TestStore
) -> None:
    coded = built.article("Putin visits Pyongyang")
    page.get(f"{server}/articles/{coded.article.id}")
    body = page.find_element(By.ID, "article-text")
    assert body.text == coded.article.text
    quote = page.find_element(By.ID, f"quote-{coded.quotes[0].id}")
    assert "hl-quote" in quote.get_attribute("class")
    amount = page.find_element(By.ID, f"amount-{coded.amounts[0].id}")
    assert amount.text == "5,000 tons"
    assert "Amount 5,000 t" in amount.get_attribute("data-tip")
    speaker = page.find_elements(By.CSS_SELECTOR, "#article-text mark.hl-speaker")
    assert "".join(m.text for m in speaker) == "Putin said"


def test_markup_in_an_article_is_shown_not_run(page: Any, server: str, built: TestStore) -> None:
    coded = built.article(EVIL_TITLE)
    page.get(f"{server}/articles/{coded.article.id}")
    assert page.execute_script("return window.__pwned === undefined;")
    assert page.find_element(By.TAG_NAME, "h1").text == EVIL_TITLE
    assert page.find_element(By.ID, "article-text").text.startswith("<script>")
    assert not page.find_elements(By.CSS_SELECTOR, "h1 b, h1 i")
