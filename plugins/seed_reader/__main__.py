"""Command line of the seed reader: `python -m seed_reader explain seeds/X.txt`."""

import sys

from .explain import main

sys.exit(main())
