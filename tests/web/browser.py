"""Headless Chromium driven by selenium, using the system's chromium and chromedriver (the
Debian packages): nothing is downloaded."""

from __future__ import annotations

import shutil
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
DRIVER_NAMES = ("chromedriver",)


def find_chromium() -> tuple[str, str] | None:
    """Paths of the browser and its driver, or None when either is missing."""
    browser = next((p for n in CHROMIUM_NAMES if (p := shutil.which(n))), None)
    driver = next((p for n in DRIVER_NAMES if (p := shutil.which(n))), None)
    return (browser, driver) if browser and driver else None


def headless_chromium(browser: str, driver: str, width: int = 1100, height: int = 900) -> Any:
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # CSP reports land here
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(driver))
