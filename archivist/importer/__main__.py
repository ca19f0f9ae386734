"""`python -m archivist.importer PATH...`: the importer without the rest of the build."""

import sys

from .command import main

sys.exit(main())
