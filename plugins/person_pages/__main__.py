"""Command line of the person pages plugin: `python -m person_pages report|detect|eval`.

`eval` is the seed reader's measure (`seed_reader.tools.evaluate`) with this plugin's people
finder: the reader knows no plugin, so the people are handed to it from here.
"""

import sys

from seed_reader.tools.evaluate import main as evaluate

from .detect import people_in_article
from .report import main

if sys.argv[1:2] == ["eval"]:
    sys.exit(evaluate(sys.argv[2:], people_in_article, prog="python -m person_pages eval"))
sys.exit(main())
