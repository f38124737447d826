"""Pelican plugin: give each article its topics (Pelican tags) from content/topics.yml."""

from .plugin import register

__all__ = ["register"]
