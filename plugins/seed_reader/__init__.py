"""Pelican plugin: read raw news seeds (seeds/*.txt) as cleaned articles."""

from .plugin import register

__all__ = ["register"]
