"""Who can have a person page: the registry, then the detected people the registry lacks.

The build reads content/people-detected.yml and never runs the French model: a seed the
file has not scanned in its present bytes is named in a warning, and `pelican --fatal
errors` (STRICT=1) fails on it, so a published archive links every person it names.
"""

from __future__ import annotations

import logging
from pathlib import Path

from archive_core.people import PersonRecord, load_registry
from pelican.log import FatalLogger

from .detected import DetectedError, DetectedFile, load_detected, seed_hash, unverified_records

logger = logging.getLogger(__name__)

# Where the plugin looks when the settings say nothing: the registry as pelicanconf.py
# has it; no detected-people file (a build of other seeds lifts out without one).
# The plugin's DEFAULTS (plugin.py) take these.
PEOPLE_PATH = "content/people.yml"
DETECTED_PATH = None


def load_people(settings) -> tuple[tuple[PersonRecord, ...], DetectedFile | None]:
    """The registry's records then the unverified ones, and the detected file (if any)."""
    registry = load_registry(Path(settings.get("PEOPLE_PATH", PEOPLE_PATH)))
    path = settings.get("PEOPLE_DETECTED_PATH", DETECTED_PATH)
    if not path:
        return registry, None
    try:
        detected = load_detected(Path(path))
    except DetectedError as error:
        logger.error("Detected people not read: %s", error)
        return registry, None
    return registry + unverified_records(detected, registry), detected


def unscanned_seeds(sources: list[Path], detected: DetectedFile) -> list[tuple[str, str]]:
    """(seed, why) of every seed the detected file has not scanned in its present bytes."""
    missing = []
    for path in sorted(sources, key=lambda p: p.name):
        known = detected.scanned.get(path.name)
        if known is None:
            missing.append((path.name, "never scanned"))
        elif known != seed_hash(path.read_bytes()):
            missing.append((path.name, "changed since it was scanned"))
    return missing


def errors_are_fatal() -> bool:
    """True under `pelican --fatal errors` (STRICT=1), whose logger raises on an error."""
    return FatalLogger.fatal_lvl <= logging.ERROR


def check_scanned(sources: list[Path], detected: DetectedFile, path: str) -> None:
    """Warn about each seed not scanned for people; under STRICT=1, fail on them."""
    missing = unscanned_seeds(sources, detected)
    for seed, why in missing:
        logger.warning(
            "Seed %s not scanned for people (%s): people the registry lacks may go without a page "
            "until `make people` updates %s",
            seed,
            why,
            path,
        )
    if missing and errors_are_fatal():
        logger.error(
            "%d seed(s) not scanned for people (%s): run `make people` and commit %s",
            len(missing),
            ", ".join(seed for seed, _ in missing),
            path,
        )
