"""Render graphs/index.html to docs/screenshot.png for the README.

Uses the browser set-up of the browser tests (headless Debian Chromium, every
non-file request blocked); fails if the page tried the network or logged an
error. By default the tooltip of the most central person is shown, so the
picture also shows the evidence (quotes) behind a node.

    python scripts/screenshot.py [--page graphs/index.html] [--out docs/screenshot.png]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reformgraph.pages.browser import OfflinePage, chromium

ROOT = Path(__file__).resolve().parents[1]
SETTLE = """() => new Promise(done => {
    if (!RG.network.physics.options.enabled) return done();
    RG.network.once("stabilized", done);
    setTimeout(done, 5000);
})"""
PICK = """wanted => {
    const nodes = RG.data.nodes.filter(n => wanted === "auto" ? n.cls === "Person" : RG.labelOf(n) === wanted);
    if (!nodes.length) return null;
    const node = nodes.reduce((a, b) => (b.size > a.size ? b : a));
    const p = RG.network.canvasToDOM(RG.network.getPositions([node.id])[node.id]);
    const box = RG.network.body.container.getBoundingClientRect();
    return [box.left + p.x, box.top + p.y];
}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", type=Path, default=ROOT / "graphs" / "index.html")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--hover", default="auto", help='"auto" (most central person), "none", or a node label')
    args = parser.parse_args(argv)
    if not args.page.is_file():
        print(f"no page at {args.page}: run the build first", file=sys.stderr)
        return 2
    with chromium() as browser:
        view = OfflinePage(browser).open(args.page, timeout_ms=120_000)
        view.js(SETTLE)
        view.js("RG.network.fit({animation: false})")
        point = None if args.hover == "none" else view.js(PICK, args.hover)
        if point:
            view.page.mouse.move(*point)
            view.page.locator("#rg-tooltip").wait_for(state="visible")
        view.page.screenshot(path=str(args.out))
        if view.outside or view.errors:
            print(f"the page was not clean: requests {view.outside}, errors {view.errors}", file=sys.stderr)
            return 1
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
