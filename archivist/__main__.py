"""`python -m archivist …` is the same as `python build.py …`."""

import sys

from .cli import main

sys.exit(main())
