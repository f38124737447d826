"""Pelican plugin: person pages for the people the articles mention, and their index."""

from .plugin import register

__all__ = ["register"]
