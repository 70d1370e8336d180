"""The pages in a real headless Chromium, as a reader uses them: open a story, click a
citation mark and read the source sentence; paste two reports into /new and get a brief."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from newsfuse.web import WebConfig
from tests.conftest import EVENTS, QuietHandler, http_server
from tests.live.feedsite import Site
from tests.web.browser import find_chromium, headless_chromium
from tests.web.conftest import serving
from tests.web.livestore import publish, two_version_db

pytest.importorskip("selenium", reason="selenium is not installed (the dev extra)")
CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium + chromedriver on PATH (Debian: apt-get install chromium chromium-driver)",
)


def click_through(browser: Any, element: Any, timeout: float = 90) -> None:
    """Click ``element`` (a link or a form's button) and wait until the page it leads to
    has replaced this one and finished loading: under load the next page can take seconds,
    and a look at the old page would fail or, worse, pass."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    # The old page is marked in its own window object, which the next page does not
    # share. (Selenium's staleness_of asks the old node a question, and Chromium can
    # answer mid-navigation with "Node with given id does not belong to the document"
    # instead of a stale-element error: a flaky failure seen on CI.)
    browser.execute_script("window.__newsfuseOldPage = true;")
    element.click()
    wait = WebDriverWait(browser, timeout, ignored_exceptions=(WebDriverException,))
    wait.until(
        lambda driver: driver.execute_script(
            "return window.__newsfuseOldPage !== true && document.readyState === 'complete';"
        )
    )


@pytest.fixture
def browser() -> Iterator[Any]:
    assert CHROMIUM is not None
    driver = headless_chromium(*CHROMIUM)
    driver.set_page_load_timeout(90)  # a page briefed on request, under load
    yield driver
    driver.quit()


def test_a_citation_mark_opens_the_source_sentence(browser: Any, live_server: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    title = browser.find_element(By.LINK_TEXT, "Fire tears through Port Halden grain terminal")
    click_through(browser, title)  # the story is briefed on request: seconds under load
    first = browser.find_element(By.CSS_SELECTOR, ".sentence")
    quote = first.find_element(By.CSS_SELECTOR, ".source-sentence")
    assert not quote.is_displayed()
    first.find_element(By.CSS_SELECTOR, "details.cite summary").click()
    assert quote.is_displayed()
    sentence_words = set(first.text.split("[")[0].split())
    quote_words = set(quote.text.strip("“”").split())
    # the cited sentence, or the syndicated copy of it that this source printed
    assert len(sentence_words & quote_words) > 0.6 * len(sentence_words | quote_words)
    source = first.find_element(By.CSS_SELECTOR, ".quote-source").text
    assert "Halden Courier" in source and "open the report" in source


def test_the_length_control_regenerates_the_brief(browser: Any, live_server: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/stories/1?words=200")
    before = len(browser.find_elements(By.CSS_SELECTOR, ".sentence"))
    field = browser.find_element(By.ID, "words")
    field.clear()
    field.send_keys("40")
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "form.length button"))
    assert "words=40" in browser.current_url
    assert len(browser.find_elements(By.CSS_SELECTOR, ".sentence")) < before


def test_new_with_two_texts_shows_a_brief(browser: Any, live_server: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_server + "/new")
    browser.find_element(By.ID, "document-1").send_keys(EVENTS["storm"][0])
    browser.find_element(By.ID, "document-2").send_keys(EVENTS["storm"][1])
    browser.find_element(By.ID, "make-brief").click()
    WebDriverWait(browser, 90).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "article.brief"))
    )
    text = browser.find_element(By.CSS_SELECTOR, "article.brief").text
    assert "Storm Edda" in text and "sources" in text.lower()
    assert browser.find_elements(By.CSS_SELECTOR, ".sentence details.cite")


def test_hostile_text_pasted_into_new_shows_as_text(browser: Any, live_server: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    hostile = (
        "Crews fought a blaze <img src=x onerror=\"document.title='pwned'\"> at the harbour "
        "on Tuesday night, officials said. <script>document.title='pwned'</script> About 200 "
        "homes were evacuated as smoke drifted over the town of Port Halden, police said."
    )
    browser.get(live_server + "/new")
    browser.find_element(By.ID, "document-1").send_keys(hostile)
    browser.find_element(By.ID, "make-brief").click()
    WebDriverWait(browser, 90).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "article.brief"))
    )
    assert browser.title != "pwned"
    assert not browser.find_elements(By.CSS_SELECTOR, "article.brief img, article.brief script")


def test_pages_load_their_style_under_the_csp_without_violations(
    browser: Any, live_server: str
) -> None:
    from selenium.webdriver.common.by import By

    for path in ("/", "/stories/1", "/new"):
        browser.get(live_server + path)
        body = browser.find_element(By.TAG_NAME, "body")
        assert body.value_of_css_property("background-color") == "rgba(251, 250, 247, 1)"
    problems = [e["message"] for e in browser.get_log("browser") if "Content Security" in str(e)]
    assert problems == []


def test_a_form_on_another_site_cannot_start_a_brief(browser: Any, live_server: str) -> None:
    """A page of another site (localhost on another port is another site than 127.0.0.1)
    posts the /new form to the server, as a cross-site request forgery would."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    page = (
        f'<html><body><form method="post" action="{live_server}/new">'
        '<input name="documents" value="Forged report of a fire at the harbour, police said.">'
        '<input name="urls" value="http://10.0.0.5/admin"><button id="go">Win a prize</button>'
        "</form></body></html>"
    ).encode()

    class Attacker(QuietHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server calls it by this name
            self.reply(page, "text/html")

    handler: type[http.server.BaseHTTPRequestHandler] = Attacker
    with http_server(handler) as port:
        browser.get(f"http://localhost:{port}/")
        browser.find_element(By.ID, "go").click()
        # The answer is a new page: wait for it to say so (reading the body at once may meet
        # the page that is going, or none yet). Were the post let through, it never would.
        wait = WebDriverWait(browser, 30, ignored_exceptions=(StaleElementReferenceException,))
        wait.until(lambda b: "refused" in b.find_element(By.TAG_NAME, "body").text)
    assert "/jobs/" not in browser.current_url


def test_the_live_pages_in_a_browser(browser: Any, tmp_path: Path, site: Site) -> None:
    """`serve --watch` as a reader uses it: the story list, a story's latest version with
    what is new and its length control, then following a feed on /feeds and seeing its
    story arrive on / once the server's poller has read it; no CSP violation on the way."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    config = WebConfig(
        db=two_version_db(tmp_path), allow_private=True, watch_every=timedelta(minutes=15)
    )
    publish(site, "/world.xml", "storm", 0)
    publish(site, "/world.xml", "storm", 1)
    with serving(config) as base:
        browser.get(base + "/")
        click_through(
            browser, browser.find_element(By.CSS_SELECTOR, 'a.story-title[href="/stories/1"]')
        )
        whats_new = browser.find_element(By.CSS_SELECTOR, ".whats-new")
        assert whats_new.is_displayed() and "1 new report" in whats_new.text
        new = browser.find_elements(By.CSS_SELECTOR, ".sentence.new mark.new")
        assert new and new[0].is_displayed()
        before = len(browser.find_elements(By.CSS_SELECTOR, ".sentence"))
        field = browser.find_element(By.ID, "words")
        field.clear()
        field.send_keys("30")
        click_through(browser, browser.find_element(By.CSS_SELECTOR, "form.length button"))
        assert "words=30" in browser.current_url
        assert len(browser.find_elements(By.CSS_SELECTOR, ".sentence")) < before

        click_through(browser, browser.find_element(By.LINK_TEXT, "Feeds"))
        browser.find_element(By.ID, "feed-url").send_keys(site.url("/world.xml"))
        click_through(browser, browser.find_element(By.ID, "follow"))  # fetched once first
        row = browser.find_element(By.CSS_SELECTOR, "tr.feed")
        assert site.url("/world.xml") in row.text

        def page_shows(path: str, selector: str, text: str) -> Any:
            def shown(driver: Any) -> bool:
                driver.get(base + path)
                return text in driver.find_element(By.CSS_SELECTOR, selector).text

            return shown

        # the story is listed once the poller has stored its articles; the round's summary
        # comes after the poller has briefed it: seconds apart under load
        WebDriverWait(browser, 90, poll_frequency=1).until(
            page_shows("/", "ul.stories", "Storm Edda")
        )
        WebDriverWait(browser, 90, poll_frequency=1).until(
            page_shows("/feeds", "#poller", "new articles 2")
        )
    problems = [e["message"] for e in browser.get_log("browser") if "Content Security" in str(e)]
    assert problems == []
