#!/usr/bin/env python3
"""Build the archive: a thin shim over archivist.cli (same as the `archivist` command)."""
import sys

from archivist.cli import main

if __name__ == "__main__":
    sys.exit(main())
