"""Benchmark: whole builds of a synthetic archive against plain Pelican (`make bench`).

For each size N, writes the synthetic archive of tests/bench/corpus.py into a temporary
folder (raw seeds and their Markdown twins), then, after one warm-up round, runs RUNS
rounds of three builds, in turn:

- plain:  Pelican alone on the Markdown twins (default theme, no plugins, same machine);
- cold:   this project on the raw seeds, output and cache deleted first (`make clean`);
- edit:   this project again after one sentence was appended to one seed, with the output
          and cache the previous build left.

It prints and writes to docs/bench.md the median wall time of each (with min-max), the
paired ratios against plain Pelican of the same round, the peak memory of each build
(maximum resident set of the build's processes, from wait4) and the size of the output.

    python tests/bench/bench_build.py --sizes 1000 --runs 3 --markdown-path DIR
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from corpus import generate, write_corpus  # noqa: E402

PLAIN_CONF = """\
SITENAME = "Bench"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
# Plain Pelican: the default theme and not one plugin (namespace plugins are
# loaded automatically unless PLUGINS is set).
PLUGINS = []
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""
KINDS = ("plain", "cold", "edit")
# Hand-written notes below this heading in docs/bench.md survive a new run.
HISTORY = "\n## Earlier measurements"


@dataclass
class Run:
    seconds: float
    peak_mb: float
    output_bytes: int


@dataclass
class Measures:
    size: int
    words: int
    runs: dict[str, list[Run]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    search_first_gzip: int = 0
    search_total_gzip: int = 0


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run command; return its wall time (s) and the peak RSS of it and its children (MB)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{output.decode(errors='replace')}")
    # On Linux ru_maxrss is in kB and covers the child's descendants it waited for.
    return seconds, usage.ru_maxrss / 1024


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


class Bench:
    """The three builds of one synthetic archive, in a work folder."""

    def __init__(self, size: int, work: Path, markdown_path: str) -> None:
        self.size = size
        self.work = work
        self.seeds, self.markdown = write_corpus(size, work / "corpus")
        self.notes = work / "notes"
        self.notes.mkdir(exist_ok=True)
        self.plain_conf = work / "plainconf.py"
        self.plain_conf.write_text(PLAIN_CONF, encoding="utf-8")
        self.edits = 0
        self.first = generate(1)[0]
        base = {k: v for k, v in os.environ.items() if k not in {"SEEDS", "NOTES", "OUTPUTDIR"}}
        self.plain_env = base | {"PYTHONPATH": markdown_path}
        self.project_env = base

    def make_args(self, target: str) -> list[str]:
        return [
            "make",
            "--no-print-directory",
            target,
            f"SEEDS={self.seeds}",
            f"NOTES={self.notes}",
            f"OUTPUTDIR={self.work / 'output'}",
            f"CACHEDIR={self.work / 'cache'}",
            # Synthetic seeds no `make people` scanned: no detected file, no warning per seed.
            "PEOPLE_DETECTED=",
        ]

    def plain(self) -> Run:
        output = self.work / "plain-output"
        shutil.rmtree(output, ignore_errors=True)
        pelican = str(ROOT / ".venv" / "bin" / "pelican")
        command = [pelican, str(self.markdown), "-o", str(output), "-s", str(self.plain_conf)]
        seconds, peak = timed(command, self.plain_env)
        if not (output / "index.html").exists():
            raise SystemExit("plain Pelican wrote no index.html: is Markdown importable?")
        return Run(seconds, peak, folder_bytes(output))

    def cold(self) -> Run:
        subprocess.run(self.make_args("clean"), cwd=ROOT, check=True, capture_output=True)
        shutil.rmtree(self.work / "cache", ignore_errors=True)
        return self.project()

    def edit(self) -> Run:
        """Append a sentence to the first paragraph of the first seed, then build."""
        self.edits += 1
        path = self.seeds / f"{self.first.name}.txt"
        paragraph = self.first.blocks[0][1]  # an article starts with a paragraph
        text = path.read_text(encoding="utf-8")
        line = next(line for line in text.splitlines() if line.startswith(paragraph))
        added = f" Une phrase ajoutée pour la mesure numéro {self.edits}."
        path.write_text(text.replace(line, line + added, 1), encoding="utf-8")
        return self.project()

    def project(self) -> Run:
        seconds, peak = timed(self.make_args("html"), self.project_env)
        return Run(seconds, peak, folder_bytes(self.work / "output"))

    def search_sizes(self) -> tuple[int, int]:
        """Gzipped bytes of the search files: the manifest (fetched first), and all of them."""
        folder = self.work / "output" / "recherche"
        first = [folder / "index.json"]
        every = sorted(folder.rglob("*.json"))

        def gz(paths):
            return sum(len(gzip.compress(p.read_bytes(), mtime=0)) for p in paths)

        return gz(first), gz(every)


def measure(size: int, runs: int, markdown_path: str, keep: Path | None) -> Measures:
    work = Path(tempfile.mkdtemp(prefix=f"bench-{size}-", dir=keep))
    try:
        bench = Bench(size, work, markdown_path)
        words = sum(article.words for article in generate(size))
        measures = Measures(size, words)
        for round_ in range(runs + 1):  # round 0 is the warm-up
            for kind in KINDS:
                run = getattr(bench, kind)()
                label = "warm-up" if round_ == 0 else f"round {round_}"
                print(f"  N={size} {label:8} {kind:5} {run.seconds:8.2f} s {run.peak_mb:7.0f} MB")
                if round_:
                    measures.runs[kind].append(run)
        measures.search_first_gzip, measures.search_total_gzip = bench.search_sizes()
        return measures
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def median_range(values: list[float], unit: str = "", digits: int = 2) -> str:
    return (
        f"{statistics.median(values):.{digits}f}{unit} "
        f"({min(values):.{digits}f}–{max(values):.{digits}f})"
    )


def report(all_measures: list[Measures], runs: int) -> str:
    cpu = os.cpu_count()
    lines = [
        "# Build benchmark",
        "",
        f"Measured by `make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {cpu} cores, "
        f"Python {platform.python_version()}, {runs} alternating rounds after a warm-up. "
        "Times are wall-clock medians with min–max; ratios are paired (each build divided "
        "by plain Pelican of the same round), then the median and min–max of those.",
        "",
        "- **plain**: Pelican alone on the same articles as Markdown (default theme, no plugins);",
        "- **cold**: this project after `make clean` and with no cache;",
        "- **edit**: this project after one sentence was appended to one seed.",
        "",
        "| articles | words | build | time (s) | ratio to plain | peak memory (MB) | output (MB) |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for m in all_measures:
        plain = [run.seconds for run in m.runs["plain"]]
        for kind in KINDS:
            runs_ = m.runs[kind]
            seconds = [run.seconds for run in runs_]
            ratios = [s / p for s, p in zip(seconds, plain, strict=True)]
            ratio = "1" if kind == "plain" else median_range(ratios, "×")
            lines.append(
                f"| {m.size} | {m.words} | {kind} | {median_range(seconds)} | {ratio} | "
                f"{max(run.peak_mb for run in runs_):.0f} | "
                f"{statistics.median(run.output_bytes for run in runs_) / 1e6:.1f} |"
            )
    lines += ["", "Search files (gzip), from the last project build of each size:", ""]
    lines += [
        "| articles | manifest, fetched first (kB) | every search file (kB) |",
        "| ---: | ---: | ---: |",
    ]
    for m in all_measures:
        lines.append(
            f"| {m.size} | {m.search_first_gzip / 1e3:.0f} | {m.search_total_gzip / 1e3:.0f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated article counts")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--markdown-path", required=True, help="where Python-Markdown is")
    parser.add_argument("--output", default=str(ROOT / "docs" / "bench.md"))
    parser.add_argument("--keep", type=Path, help="keep the work folders under this folder")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    measures = [measure(size, args.runs, args.markdown_path, args.keep) for size in sizes]
    text = report(measures, args.runs)
    print(text)
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    previous = output.read_text(encoding="utf-8") if output.exists() else ""
    if HISTORY in previous:
        text += previous[previous.index(HISTORY) :]
    output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
