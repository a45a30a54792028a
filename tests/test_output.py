"""Atomic output: a failed build leaves the previous folder intact."""

from __future__ import annotations

import pytest

from reformgraph.output import atomic_directory


def test_success_replaces_the_folder_whole(tmp_path):
    target = tmp_path / "graphs"
    target.mkdir()
    (target / "stale.ttl").write_text("old", encoding="utf-8")
    with atomic_directory(target) as staging:
        (staging / "new.ttl").write_text("new", encoding="utf-8")
    assert sorted(p.name for p in target.iterdir()) == ["new.ttl"]
    assert [p.name for p in tmp_path.iterdir()] == ["graphs"]


def test_failure_keeps_the_previous_folder(tmp_path):
    target = tmp_path / "graphs"
    target.mkdir()
    (target / "kept.ttl").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_directory(target) as staging:
            (staging / "half.ttl").write_text("half", encoding="utf-8")
            raise RuntimeError("boom")
    assert (target / "kept.ttl").read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graphs"]
