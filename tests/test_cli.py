"""The command line: help everywhere, one-line errors, bad input skipped, graphs/ kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

COMMANDS = ["build", "query", "explain", "validate", "evaluate", "serve", "push"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "REFORMGRAPH_DEBUG"}
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-m", "reformgraph.cli", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600
    )


def test_top_level_help_lists_every_command():
    result = run("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself(command):
    result = run(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout and len(result.stdout) > 200


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip().startswith("error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_missing_path_is_one_line_naming_it(tmp_path):
    result = run("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 2
    assert "nowhere" in _one_line_error(result)
    assert not (tmp_path / "out").exists()


def test_a_folder_without_texts_is_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("build", str(tmp_path / "empty"), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 2
    assert "no texts" in _one_line_error(result)


@pytest.fixture(scope="module")
def bad_corpus_build(tmp_path_factory):
    """Two good texts beside every kind of bad one, built over an existing output."""
    root = tmp_path_factory.mktemp("bad")
    corpus = root / "corpus"
    corpus.mkdir()
    source = Path(__file__).resolve().parents[1] / "corpus"
    for name in ("002_b251fbdae024f0e0.txt", "003_30efb3d1bb7f4172.txt"):
        (corpus / name).write_bytes((source / name).read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (corpus / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 4 + bytes(range(1, 9)) * 50)
    (corpus / "unknown-language.txt").write_text(
        "Luottamusuudistus on hallituksen tärkeä hanke julkisen sektorin johtamisessa ja kehittämisessä.\n",
        encoding="utf-8",
    )
    (corpus / "cp1252.txt").write_bytes(
        "Regeringen vill att myndigheterna ska styras med tillit, säger civilministern.".encode("cp1252")
    )
    out = root / "graphs"
    out.mkdir()
    (out / "previous.ttl").write_text("# an earlier build\n", encoding="utf-8")
    result = run("build", str(corpus), "--out", str(out), "--quiet")
    return result, out


def test_bad_inputs_are_named_and_skipped_and_good_texts_built(bad_corpus_build):
    result, out = bad_corpus_build
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    for name in ("empty.txt", "binary.txt", "undecodable.txt", "unknown-language.txt"):
        assert sum(name in line for line in skipped) == 1, (name, result.stderr)
    assert not any("cp1252.txt" in line for line in skipped)
    trig = (out / "reformgraph.trig").read_text(encoding="utf-8")
    for name in ("002_b251fbdae024f0e0.txt", "003_30efb3d1bb7f4172.txt", "cp1252.txt"):
        assert f'"{name}"' in trig


def test_a_failed_build_keeps_the_previous_output(tmp_path):
    out = tmp_path / "graphs"
    out.mkdir()
    (out / "reformgraph.ttl").write_text("# earlier\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "only-bad.txt").write_bytes(b"\x00\x01")
    result = run("build", str(corpus), "--out", str(out), "--quiet")
    assert result.returncode == 2
    assert (out / "reformgraph.ttl").read_text(encoding="utf-8") == "# earlier\n"
