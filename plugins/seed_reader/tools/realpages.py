"""Measure the cleaner on real pages scored by fragments (`make eval`, ../shared/realpages-dev).

A real-pages set is a folder with `seeds/<name>.txt`, `gold/<name>.yml` (fragments the
article must and must not contain, its headline, its outlet) and its own `score.py`.
The set's scorer is loaded and used as it is, so the figures here are the set's own:
each seed is cleaned in process (the seeds of the folder informing each other, as in a
build) and handed to the scorer as the open-data record a build would export.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from ..corpus import folder_facts
from ..model import CleanedArticle
from ..pipeline import clean_seed
from .scores import format_scores


def load_scorer(folder: Path) -> ModuleType:
    """The set's score.py, imported as a module."""
    path = folder / "score.py"
    spec = importlib.util.spec_from_file_location(f"realpages_score_{id(path)}", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"{path}: no scorer")
    module = importlib.util.module_from_spec(spec)
    # dataclasses resolve the module's annotations through sys.modules.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def export_record(article: CleanedArticle) -> dict[str, Any]:
    """The fields of the open-data record (data_export) that the scorer reads."""
    return {
        "seed": article.seed,
        "title": article.title,
        "headings": list(article.headings),
        "text": article.text,
        "site": article.metadata.site,
    }


@dataclass
class RealPagesReport:
    scorer: ModuleType
    pages: list[Any]  # the scorer's Page records

    def pooled(self) -> dict[str, float]:
        counts = self.scorer.Counts()
        for page in self.pages:
            counts.add(page.counts)
        titles = [page.title[2] for page in self.pages if page.title]
        sites = [page.site[2] for page in self.pages if page.site]
        return {
            "precision": counts.precision or 0.0,
            "recall": counts.recall or 0.0,
            "f1": counts.f1 or 0.0,
            "title_accuracy": sum(titles) / len(titles) if titles else 1.0,
            "site_accuracy": sum(sites) / len(sites) if sites else 1.0,
            "with_missing": sum(len(page.missing_with) for page in self.pages),
            "without_present": sum(len(page.present_without) for page in self.pages),
        }

    def format(self, differences: bool = True) -> str:
        out = [f"{'real page':34} TP FN FP TN  title site"]
        for page in self.pages:
            c = page.counts
            title = "-" if page.title is None else ("ok" if page.title[2] else "NO")
            site = "-" if page.site is None else ("ok" if page.site[2] else "NO")
            out.append(
                f"{page.name[:34]:34} {c.tp:2} {c.fn:2} {c.fp:2} {c.tn:2} {title:>6} {site:>4}"
            )
        out.append("")
        out.extend(format_scores(self.pooled()))
        if differences:
            for page in self.pages:
                for fragment in page.missing_with:
                    out.append(f"  {page.name}: missing with    {fragment!r}")
                for fragment in page.present_without:
                    out.append(f"  {page.name}: present without {fragment!r}")
                for label, value in (("title", page.title), ("site", page.site)):
                    if value and not value[2]:
                        out.append(f"  {page.name}: {label} {value[0]!r}, gold {value[1]!r}")
        return "\n".join(out)


def is_real_pages_set(folder: Path) -> bool:
    return (folder / "score.py").is_file() and (folder / "gold").is_dir()


def evaluate_real_pages(folder: Path) -> RealPagesReport:
    """Clean every seed of the set and score it with the set's own scorer."""
    scorer = load_scorer(folder)
    facts = folder_facts(folder / "seeds")
    pages = []
    for gold_path in sorted((folder / "gold").glob("*.yml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        seed = folder / "seeds" / f"{gold_path.stem}.txt"
        article = clean_seed(seed.read_bytes(), seed.name, corpus=facts)
        pages.append(scorer.score_page(gold_path.stem, gold, export_record(article), True))
    return RealPagesReport(scorer, pages)
