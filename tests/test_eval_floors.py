"""tests/eval_floors.json's floors may only rise: each version against the one before it.

test_eval.py holds the cleaner to the floors; this holds the floors to their history, so
that lowering one to let a change pass fails here instead. The versions compared are the
file's along HEAD's first-parent history, oldest first, then the working tree's (an
uncommitted edit). Earlier versions of another shape (one set's flat scores, before the
file held a floor per set) are not compared. A shallow clone lacks the history: the test
is skipped there, saying so (a checkout with `fetch-depth: 0` runs it).
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess

import pytest
from conftest import ROOT

FLOORS = "tests/eval_floors.json"


def git(*args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    )
    return result.stdout


def per_set(floors: object) -> bool:
    """Whether a version has the file's shape: set -> metric -> floor."""
    return isinstance(floors, dict) and all(
        isinstance(metrics, dict)
        and all(isinstance(value, int | float) for value in metrics.values())
        for metrics in floors.values()
    )


def falls(older: dict, newer: dict) -> list[str]:
    """Each floor of `older` that `newer` lowers or drops."""
    found = []
    for name, metrics in older.items():
        for metric, floor in metrics.items():
            now = newer.get(name, {}).get(metric)
            if now is None:
                found.append(f"{name}.{metric}: {floor} dropped")
            elif now < floor:
                found.append(f"{name}.{metric}: {floor} -> {now}")
    return found


def versions() -> list[tuple[str, dict]]:
    """(where, floors) of each version of the file, oldest first, the working tree's last."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed: the floors' history cannot be read")
    try:
        if git("rev-parse", "--is-shallow-repository").strip() == "true":
            pytest.skip(
                "a shallow clone lacks the earlier versions of tests/eval_floors.json: "
                "fetch the whole history (git fetch --unshallow) to check that floors only rise"
            )
        commits = git("log", "--first-parent", "--format=%H", "--", FLOORS).split()
    except subprocess.CalledProcessError as error:
        pytest.skip(f"no git history to compare the floors with: {error.stderr.strip()}")
    found = []
    for commit in reversed(commits):
        try:
            floors = json.loads(git("show", f"{commit}:{FLOORS}"))
        except subprocess.CalledProcessError:
            continue  # the commit deleted the file: nothing to compare there
        found.append((commit[:10], floors))
    found.append(("working tree", json.loads((ROOT / FLOORS).read_text(encoding="utf-8"))))
    # From the last version of another shape on, the versions are comparable.
    while found and not all(per_set(floors) for _, floors in found):
        found.pop(0)
    return found


def test_the_comparison_sees_a_floor_lowered_or_dropped():
    older = {"project": {"kept_recall": 0.99, "title_accuracy": 1.0}}
    assert falls(older, {"project": {"kept_recall": 0.995, "title_accuracy": 1.0}}) == []
    assert falls(older, {"project": {"kept_recall": 0.98, "title_accuracy": 1.0}}) == [
        "project.kept_recall: 0.99 -> 0.98"
    ]
    assert falls(older, {"project": {"kept_recall": 0.99}}) == [
        "project.title_accuracy: 1.0 dropped"
    ]
    assert falls(older, {}) == [
        "project.kept_recall: 0.99 dropped",
        "project.title_accuracy: 1.0 dropped",
    ]
    assert per_set(older) and not per_set({"kept_recall": 0.99})


def test_floors_only_rise_from_one_version_to_the_next():
    history = versions()
    assert per_set(history[-1][1]), "tests/eval_floors.json is not set -> metric -> floor"
    lowered = [
        f"{newer_at} lowers {fall} (from {older_at})"
        for (older_at, older), (newer_at, newer) in itertools.pairwise(history)
        for fall in falls(older, newer)
    ]
    assert not lowered, "floors may only rise:\n" + "\n".join(lowered)
