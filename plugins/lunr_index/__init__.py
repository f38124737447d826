"""Pelican plugin: a French lunr index of the archive, for the search page (recherche.html)."""

from .plugin import register

__all__ = ["register"]
