#!/usr/bin/env python3
"""Build the archive: a thin shim over archivist.cli (same as the `archivist` command)."""
from archivist.cli import entry

if __name__ == "__main__":
    entry()
