"""Benchmark: the search index against archive size (`make bench`).

Builds synthetic archives of growing size (articles of 600 words drawn from French
word frequencies, so the vocabulary grows as a real archive's does), cut into shards
of LUNR_SHARD_SIZE articles as the build does, and prints for each:

- the median build time (index and shards);
- the whole index, gzipped, and per article (the ratio against the smallest archive
  of the same run: near 1 means linear growth);
- the first download: what the browser fetches before the first result (index.json
  and shard 0), raw and gzipped, which must stop growing once there are several shards;
- in Node, the median time to load shard 0 and to answer a query over every shard.
"""

from __future__ import annotations

import gzip
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

import wordfreq  # noqa: E402
from lunr_index.documents import ARTICLE, SearchDocument  # noqa: E402
from lunr_index.index import SHARD_SIZE, build_index, search_files, to_json  # noqa: E402

SIZES = (25, 100, 400, 800)
RUNS = 3
WORDS_PER_ARTICLE = 600
QUERIES = ["nucléaire", "armée russe", "gouvernement fran", "l'otan", "sécurité européenne"]

NODE_TIMER = """
const path = require("node:path"), fs = require("node:fs");
const load = require(path.join(process.argv[1], "tests", "js", "load.js"));
const folder = process.argv[2], queries = JSON.parse(process.argv[3]);
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const read = (name) => JSON.parse(fs.readFileSync(path.join(folder, name), "utf8"));
const loads = [], searches = [];
for (let run = 0; run < 5; run++) {
  let start = process.hrtime.bigint();
  const manifest = read("index.json");
  load.pipeline.register(load.lunr, manifest.stopWords);
  const searchers = [];
  for (const name of manifest.shards) {
    searchers.push(new load.core.Searcher(load.lunr.Index.load(read(name).index), manifest.limits));
    if (searchers.length === 1) loads.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  for (const query of queries) {
    start = process.hrtime.bigint();
    load.core.merge(searchers.map((searcher) => searcher.search(query)));
    searches.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
process.stdout.write(JSON.stringify([median(loads), median(searches)]));
"""


def vocabulary() -> tuple[list[str], list[float]]:
    words = [w for w in wordfreq.top_n_list("fr", 40_000) if w.isalpha()]
    return words, [wordfreq.word_frequency(w, "fr") for w in words]


def synthetic_archive(count: int, words, weights) -> list[SearchDocument]:
    rng = random.Random(count)
    people = [f"{rng.choice(words).title()} {rng.choice(words).title()}" for _ in range(200)]
    documents = []
    for number in range(count):
        body = " ".join(rng.choices(words, weights, k=WORDS_PER_ARTICLE))
        title = " ".join(rng.choices(words, weights, k=10)).capitalize()
        documents.append(
            SearchDocument(
                url=f"articles/{number}.html",
                kind=ARTICLE,
                title=title,
                people=tuple(rng.sample(people, 3)),
                topics=("Guerre en Ukraine",),
                source="exemple.fr",
                body=body,
                card={"kind": ARTICLE, "url": f"articles/{number}.html", "title": title},
            )
        )
    return documents


def node_timings(folder: Path) -> tuple[float, float]:
    result = subprocess.run(
        ["node", "-e", NODE_TIMER, str(ROOT), str(folder), json.dumps(QUERIES)],
        capture_output=True,
        text=True,
        check=True,
    )
    return tuple(json.loads(result.stdout))


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, mtime=0))


def main() -> None:
    words, weights = vocabulary()
    print(f"shards of {SHARD_SIZE} articles; sizes in kB")
    print(
        f"{'articles':>8} {'build':>7} {'all gz':>7} {'gz/art':>7} {'ratio':>6} "
        f"{'first raw':>9} {'first gz':>8} {'load ms':>8} {'query ms':>9}"
    )
    baseline = None
    with tempfile.TemporaryDirectory() as temporary:
        for count in SIZES:
            documents = synthetic_archive(count, words, weights)
            timings = []
            for _ in range(RUNS):
                start = time.perf_counter()
                files = search_files(documents, build_index(documents))
                timings.append(time.perf_counter() - start)
            folder = Path(temporary) / str(count)
            encoded = {name: to_json(data).encode("utf-8") for name, data in files.items()}
            for name, data in encoded.items():
                (folder / name).parent.mkdir(parents=True, exist_ok=True)
                (folder / name).write_bytes(data)
            index_files = [n for n in encoded if n == "index.json" or n.startswith("shards/")]
            whole = sum(gzipped(encoded[name]) for name in index_files)
            first = [encoded["index.json"], encoded["shards/0.json"]]
            load_ms, query_ms = node_timings(folder)
            per_article = whole / count
            baseline = baseline or per_article
            print(
                f"{count:>8} {statistics.median(timings):>6.2f}s {whole / 1000:>7.0f} "
                f"{per_article / 1000:>7.2f} {per_article / baseline:>6.2f} "
                f"{sum(map(len, first)) / 1000:>9.0f} {sum(map(gzipped, first)) / 1000:>8.0f} "
                f"{load_ms:>8.1f} {query_ms:>9.2f}"
            )


if __name__ == "__main__":
    main()
