"""Pelican plugin: provenance, removed lines, repairs and curated notes anchored to passages."""

from .plugin import register

__all__ = ["register"]
