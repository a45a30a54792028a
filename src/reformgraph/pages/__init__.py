"""Interactive network pages of the graph (networkx + pyvis), and their exports.

`write_pages(store, out_dir)` is the entry point; see docs/pages.md.
"""

from .site import write_pages

__all__ = ["write_pages"]
