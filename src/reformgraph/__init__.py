"""reformgraph: knowledge graphs of the Nordic debate on public-sector governance."""

__version__ = "0.1.0"
