"""Command line of the seed reader: `python -m seed_reader explain SEED` or `eval FOLDER`."""

import sys

from . import evaluate, explain

if len(sys.argv) > 1 and sys.argv[1] == "eval":
    sys.exit(evaluate.main(sys.argv[2:]))
sys.exit(explain.main())
