"""Pelican plugin: write the archive as open data (data/articles.json and data/articles.csv)."""

from .plugin import register

__all__ = ["register"]
