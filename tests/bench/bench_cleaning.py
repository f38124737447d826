"""Benchmark: cleaning time against seed size (`make bench`).

Builds synthetic seeds of growing size from the real seeds' lines, cleans each
several times, and prints the median time and the time per megabyte relative to
the smallest size (the baseline, measured in the same run). Linear cleaning keeps
that ratio near 1; quadratic work would double it with each doubling of size.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from seed_reader.pipeline import clean_seed  # noqa: E402

SIZES_MB = (0.25, 0.5, 1, 2, 4)
RUNS = 5


def synthetic_seed(size_mb: float) -> bytes:
    """Real seed lines repeated (numbered, so no two paragraphs are equal) up to the size."""
    lines = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line)
    target, parts, total, counter = int(size_mb * 1_000_000), [], 0, 0
    while total < target:
        line = f"{lines[counter % len(lines)]} ({counter})\n\n"
        parts.append(line)
        total += len(line.encode("utf-8"))
        counter += 1
    return "".join(parts).encode("utf-8")


def median_seconds(raw: bytes) -> float:
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        clean_seed(raw, "bench.txt")
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    clean_seed(synthetic_seed(0.05), "warmup.txt")  # load word lists once
    print(f"{'size':>8} {'median':>9} {'s/MB':>7} {'ratio':>6}")
    baseline = None
    for size in SIZES_MB:
        raw = synthetic_seed(size)
        seconds = median_seconds(raw)
        per_mb = seconds / (len(raw) / 1_000_000)
        baseline = baseline or per_mb
        print(f"{size:>6} MB {seconds:>8.3f}s {per_mb:>7.3f} {per_mb / baseline:>6.2f}")


if __name__ == "__main__":
    main()
