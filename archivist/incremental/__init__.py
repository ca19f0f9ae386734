"""Incremental builds: what the last build left (cache, fingerprint) and the choice of what a build must redo."""
