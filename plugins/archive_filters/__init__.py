"""Pelican plugin: Jinja filters of the theme (French dates without a system locale)."""

from .filters import FILTERS, register

__all__ = ["FILTERS", "register"]
