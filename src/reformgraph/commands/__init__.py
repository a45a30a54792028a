"""One module per command of the `reformgraph` CLI."""
