"""Command line of the seed reader: `python -m seed_reader explain|eval|review ...`."""

import sys

from .tools import evaluate, explain, review

COMMANDS = {"eval": evaluate.main, "review": review.main}

if len(sys.argv) > 1 and sys.argv[1] in COMMANDS:
    sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
sys.exit(explain.main())
