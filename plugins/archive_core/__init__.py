"""The neutral core under the plugins: the article record, text and date helpers.

A library, not a Pelican plugin (it registers nothing). Every plugin may import it; it
imports no plugin (tests/test_imports.py checks both).
"""
