"""Command line of the person pages plugin: `python -m person_pages report`."""

import sys

from .report import main

sys.exit(main())
