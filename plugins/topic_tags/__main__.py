"""Command line of the topics plugin: `python -m topic_tags report`."""

import sys

from .report import main

sys.exit(main())
