"""Pelican plugin: progress lines for long builds (seeds cleaned, pages written)."""

from .plugin import register

__all__ = ["register"]
