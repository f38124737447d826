"""Command line of the names file: `python -m name_aliases report`."""

import sys

from .report import main

sys.exit(main())
