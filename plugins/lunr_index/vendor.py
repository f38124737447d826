"""lunr.js and lunr-languages, installed by `npm ci`, copied into the output at build time.

Nothing third-party is committed: the files come from node_modules, and their
versions must be the ones package-lock.json pins (an outdated node_modules would
silently serve another lunr.js than the one the tests ran).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

# (package, file inside the package, name in the output)
FILES = (
    ("lunr", "lunr.min.js", "lunr.min.js"),
    ("lunr-languages", "min/lunr.stemmer.support.min.js", "lunr.stemmer.support.min.js"),
    ("lunr-languages", "min/lunr.fr.min.js", "lunr.fr.min.js"),
    ("lunr", "LICENSE", "LICENSE-lunr.txt"),
    ("lunr-languages", "LICENSE", "LICENSE-lunr-languages.txt"),
)


class VendorError(RuntimeError):
    """node_modules lacks a file, or holds another version than package-lock.json pins."""


def pinned_versions(lock_path: Path) -> dict[str, str]:
    try:
        lock = json.loads(lock_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise VendorError(f"{lock_path}: {error}") from None
    packages = lock.get("packages", {})
    return {
        name: packages.get(f"node_modules/{name}", {}).get("version")
        for name in {package for package, _, _ in FILES}
    }


def installed_version(node_modules: Path, package: str) -> str | None:
    manifest = node_modules / package / "package.json"
    try:
        return json.loads(manifest.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        return None


def check_versions(node_modules: Path, lock_path: Path) -> dict[str, str]:
    """The pinned version of each package, once node_modules is known to hold it."""
    pinned = pinned_versions(lock_path)
    for package, version in sorted(pinned.items()):
        if version is None:
            raise VendorError(f"{lock_path}: {package} is not pinned")
        installed = installed_version(node_modules, package)
        if installed != version:
            found = f"version {installed}" if installed else "nothing"
            raise VendorError(
                f"{node_modules / package}: {found} installed, {lock_path.name} pins "
                f"{version}; run `npm ci` (make html runs it when the lock changes)"
            )
    return pinned


def copy_vendor_files(node_modules: Path, lock_path: Path, target: Path) -> dict[str, str]:
    """Copy the browser files of lunr.js and lunr-languages; return their versions."""
    versions = check_versions(node_modules, lock_path)
    target.mkdir(parents=True, exist_ok=True)
    for package, source, name in FILES:
        path = node_modules / package / source
        if not path.is_file():
            raise VendorError(f"{path}: missing; run `npm ci`")
        shutil.copyfile(path, target / name)
    return versions
