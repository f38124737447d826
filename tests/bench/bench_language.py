"""Compare language detectors on the archive's texts (docs/language.md).

    .venv/bin/python tests/bench/bench_language.py [SEED_FOLDER ...]

Each detector installed in the environment is measured (a missing one is skipped):
on the cleaned articles (title + body) of the seed folders given (default: seeds/,
all French), and on the short texts of tests/fixtures/language/short_texts.yml
(titles and paragraphs in seven languages). For each: errors, median time per text,
and whether two runs give the same answers. Only counts and codes are printed,
never a seed's text.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from seed_reader.corpus import folder_facts  # noqa: E402
from seed_reader.pipeline import clean_seed  # noqa: E402

SHORT_TEXTS = ROOT / "tests" / "fixtures" / "language" / "short_texts.yml"
# The languages a seed of this archive may plausibly be in.
LANGUAGES = ("fr", "en", "es", "de", "it", "pt", "nl", "pl", "uk", "ru")

Detector = Callable[[str], tuple[str, float]]


def lingua_detector(restricted: bool, low_accuracy: bool) -> Detector | None:
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:
        return None
    if restricted:
        languages = [
            Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES
        ]
        builder = LanguageDetectorBuilder.from_languages(*languages)
    else:
        builder = LanguageDetectorBuilder.from_all_languages()
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    detector = builder.build()

    def detect(text: str) -> tuple[str, float]:
        best = detector.compute_language_confidence_values(text)[0]
        return best.language.iso_code_639_1.name.lower(), best.value

    return detect


def py3langid_detector(restricted: bool) -> Detector | None:
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if restricted:
        identifier.set_languages(list(LANGUAGES))

    def detect(text: str) -> tuple[str, float]:
        code, probability = identifier.classify(text)
        return code, float(probability)

    return detect


def langdetect_detector() -> Detector | None:
    try:
        from langdetect import DetectorFactory, detect_langs
    except ImportError:
        return None
    DetectorFactory.seed = 0  # unseeded, it may answer differently on each run

    def detect(text: str) -> tuple[str, float]:
        best = detect_langs(text)[0]
        return best.lang, best.prob

    return detect


def detectors() -> dict[str, Detector]:
    made = {
        "lingua (10 languages, high accuracy)": lingua_detector(True, False),
        "lingua (10 languages, low accuracy)": lingua_detector(True, True),
        "lingua (all 75 languages)": lingua_detector(False, False),
        "py3langid (10 languages)": py3langid_detector(True),
        "py3langid (all 97 languages)": py3langid_detector(False),
        "langdetect (seeded)": langdetect_detector(),
    }
    return {name: detect for name, detect in made.items() if detect is not None}


def article_texts(folders: list[Path]) -> list[tuple[str, str]]:
    """(expected language, title + body) of every seed's cleaned article: French."""
    texts = []
    for folder in folders:
        facts = folder_facts(folder)
        for seed in sorted(folder.glob("*.txt")):
            article = clean_seed(seed.read_bytes(), seed.name, None, facts)
            texts.append(("fr", f"{article.title}\n\n{article.text}"))
    return texts


def short_texts() -> list[tuple[str, str]]:
    data = yaml.safe_load(SHORT_TEXTS.read_text(encoding="utf-8"))
    return [(language, text) for language, items in data.items() for text in items]


def measure(detect: Detector, cases: list[tuple[str, str]]) -> tuple[int, float, bool, list]:
    """Errors, median milliseconds per text, same answers twice, and the wrong answers."""
    answers, timings = [], []
    for _, text in cases:
        started = time.perf_counter()
        answers.append(detect(text)[0])
        timings.append(time.perf_counter() - started)
    again = [detect(text)[0] for _, text in cases]
    wrong = [
        (number, expected, got)
        for number, ((expected, _), got) in enumerate(zip(cases, answers, strict=True))
        if expected != got
    ]
    return len(wrong), statistics.median(timings) * 1000, answers == again, wrong


def main(argv: list[str]) -> int:
    folders = [Path(arg) for arg in argv] or [ROOT / "seeds"]
    articles = article_texts(folders)
    short = short_texts()
    print(f"{len(articles)} articles (French), {len(short)} short texts")
    for name, detect in detectors().items():
        started = time.perf_counter()
        detect("Premier appel.")  # models load lazily: time the load apart
        load = time.perf_counter() - started
        for label, cases in (("articles", articles), ("short texts", short)):
            errors, median_ms, stable, wrong = measure(detect, cases)
            if label == "short texts":  # our own texts: show them; never a seed's
                wrong = [(exp, got, cases[number][1][:40]) for number, exp, got in wrong]
            print(
                f"{name:<38} {label:<12} errors {errors:>2}/{len(cases):<3} "
                f"median {median_ms:6.2f} ms  deterministic {stable}  "
                f"first call {load:.2f} s  wrong: {wrong}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
