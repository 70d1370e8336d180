"""Screenshots of the story page and /new for the README, from a real server and Chromium.

python scripts/screenshots.py        # writes docs/story-page.png and docs/new-page.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import EVENTS  # noqa: E402
from tests.web.browser import find_chromium, headless_chromium  # noqa: E402
from tests.web.conftest import free_port  # noqa: E402


def newsfuse(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsfuse", *args]


def main() -> None:
    chromium = find_chromium()
    if chromium is None:
        sys.exit("no chromium + chromedriver on PATH")
    from selenium.webdriver.common.by import By

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "news.db")
        subprocess.run(newsfuse("ingest", str(ROOT / "examples" / "harbour-fire"), "--db", db),
                       check=True, capture_output=True)  # fmt: skip
        port = free_port()
        server = subprocess.Popen(newsfuse("serve", "--db", db, "--port", str(port)))
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    httpx.get(base + "/api/stories", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            browser = headless_chromium(*chromium, width=1000, height=1250)
            browser.get(base + "/stories/1?words=150")
            browser.find_elements(By.CSS_SELECTOR, "details.cite summary")[1].click()
            browser.save_screenshot(str(ROOT / "docs" / "story-page.png"))
            browser.set_window_size(1000, 1100)
            browser.get(base + "/new")
            browser.find_element(By.ID, "document-1").send_keys(EVENTS["storm"][0])
            browser.find_element(By.ID, "document-2").send_keys(EVENTS["storm"][1])
            browser.save_screenshot(str(ROOT / "docs" / "new-page.png"))
            browser.quit()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print("wrote docs/story-page.png and docs/new-page.png")


if __name__ == "__main__":
    main()
