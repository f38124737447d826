"""Pelican settings of the public site: the development ones, plus the public address."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403  (Pelican's documented publishconf pattern)

# The public address, for canonical links; URLs inside the site stay relative
# so the same output works under GitHub Pages' /<repo>/ sub-path.
SITEURL = os.environ.get("SITEURL", "").rstrip("/")
if not SITEURL:
    # `make publish` says so before building; this catches `pelican -s publishconf.py`.
    sys.exit(
        "publishconf.py needs SITEURL, the public address: SITEURL=https://example.org/archive"
    )
RELATIVE_URLS = True
# Absolute where it must be: canonical and OpenGraph URLs, feeds, sitemap, robots.txt.
PUBLIC_URL = SITEURL
FEED_DOMAIN = SITEURL
