"""The small hand-made dataset of tests/fixtures/stores, and the CLI as a user runs it.

dataset.trig has the shape docs/architecture.md gives the built dataset: a
Swedish and a Danish text, each in its named graph, the entity descriptions,
NIF sentences and phrases, reified assertions with quotes, a few ontology
axioms and inferred statements.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reformgraph.dataset import load_dataset
from reformgraph.store import Store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "stores" / "dataset.trig"
ID = "https://w3id.org/reformgraph/id/"


def fixture_store(*, merged: bool = True) -> Store:
    """The fixture as the commands load a dataset (merged: default graph = merge of the named graphs)."""
    return load_dataset(FIXTURE, merged=merged)


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`reformgraph ARGS` in a child process, wide enough that rich does not wrap lines."""
    env = {k: v for k, v in os.environ.items() if k != "REFORMGRAPH_DEBUG"}
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-m", "reformgraph.cli", *args], capture_output=True, text=True, env=env, timeout=timeout
    )
