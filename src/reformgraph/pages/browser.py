"""The headless Chromium set-up shared by the browser tests, the benchmark and
the screenshot script, so all three measure and see the same thing.

Playwright is a test/dev dependency, imported only when a browser is wanted.
Pages open with every non-file request blocked and recorded: a page that
tries to reach the network shows up in `outside` instead of silently loading.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
VIEWPORT = {"width": 1400, "height": 900}
READY = "html[data-rg-ready]"


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Debian Chromium (Playwright cannot download browsers here)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=list(ARGS))
        try:
            yield browser
        finally:
            browser.close()


class OfflinePage:
    """A page of ours in a fresh context: requests outside file: blocked and
    recorded, console errors, page errors and dialogs recorded."""

    def __init__(self, browser: Any, locale: str = "en-US") -> None:
        self.context = browser.new_context(viewport=VIEWPORT, locale=locale)
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def open(self, path: Path, timeout_ms: float = 20_000) -> OfflinePage:
        """Load the page and wait until it is ready (drawn, and stabilised if physics is on)."""
        self.page.goto(path.resolve().as_uri(), wait_until="commit")
        self.page.wait_for_selector(READY, state="attached", timeout=timeout_ms)
        return self

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def close(self) -> None:
        self.context.close()

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()
