"""Pelican settings of the public site: the development ones, plus the public address."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403  (Pelican's documented publishconf pattern)

# The public address, for canonical links; URLs inside the site stay relative
# so the same output works under GitHub Pages' /<repo>/ sub-path.
SITEURL = os.environ.get("SITEURL", "")
RELATIVE_URLS = True
