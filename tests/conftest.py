"""Shared fixtures: the repository, the corpus, the gold, one built corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GRAPHS = ROOT / "graphs"
GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"the development gold set is not beside the checkout ({GOLD})")
    return GOLD


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """graphs/ built once from corpus/ into a temporary folder."""
    from reformgraph.pipeline import build

    out = tmp_path_factory.mktemp("built") / "graphs"
    build(CORPUS, out)
    return out


@pytest.fixture(scope="session")
def built_store(built):
    """The built dataset (every named graph) in an Oxigraph store."""
    from reformgraph.store import Store

    store = Store()
    store.load(built / "reformgraph.trig")
    return store


@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the corpus, for tests that add bad inputs."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target
