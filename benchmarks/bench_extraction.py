"""Benchmark: extraction speed (words per second) and peak memory.

Not a test: it prints figures for the README. The corpus is made by
repeating the texts of corpus/ under new file names (so every text is
analysed, extracted and resolved anew), N times over.

    python benchmarks/bench_extraction.py [--copies 200]
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(folder: Path, copies: int) -> int:
    """Write `copies` copies of every corpus text; return the number of words."""
    words = 0
    texts = sorted((ROOT / "corpus").glob("*.txt"))
    for copy in range(copies):
        for text in texts:
            data = text.read_text(encoding="utf-8")
            words += len(re.findall(r"\w+", data))
            (folder / f"{copy:05d}_{text.name}").write_text(data, encoding="utf-8")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200, help="copies of each corpus text (default 200)")
    args = parser.parse_args()

    from reformgraph.analysis import analyse
    from reformgraph.extract import extract
    from reformgraph.pipeline import collect
    from reformgraph.progress import SilentReporter
    from reformgraph.reading import discover, read_text

    folder = Path(tempfile.mkdtemp(prefix="reformgraph-bench-"))
    try:
        words = make_corpus(folder, args.copies)
        paths = discover(folder)
        # Warm up the lexicons and tokenizers once, outside the timing.
        extract(analyse(read_text(paths[0])))

        start = time.perf_counter()
        for path in paths:
            extract(analyse(read_text(path)))
        extraction = time.perf_counter() - start

        start = time.perf_counter()
        builder = collect(folder, SilentReporter())
        collected = time.perf_counter() - start
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(f"texts                         {len(paths):>10}")
    print(f"words                         {words:>10}")
    print(f"read+analyse+extract          {extraction:>9.1f} s  {words / extraction:>10,.0f} words/s")
    print(f"…+resolve+RDF into Oxigraph   {collected:>9.1f} s  {words / collected:>10,.0f} words/s")
    print(f"quads in the store            {len(builder.store):>10}")
    print(f"peak memory (max RSS)         {peak_mib:>9.0f} MiB")
    print(f"python                        {sys.version.split()[0]:>10}")


if __name__ == "__main__":
    main()
