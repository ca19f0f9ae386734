"""One error type for everything a user can get wrong, in one format."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class ContentError(Exception):
    """A user-facing problem: `path:line: field: message`."""

    path: str
    line: int = 0
    field: str = ""
    message: str = ""

    def __reduce__(self):
        """Return how to rebuild the error in another process (Exception's default loses the fields)."""
        return ContentError, (self.path, self.line, self.field, self.message)

    def __str__(self) -> str:
        """Return the error as `path:line: field: message`, omitting empty parts."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f"{self.field}: {self.message}" if self.field else self.message
        return " ".join(f"{where}: {what}".split("\n"))  # one line, whatever a library's message holds


class BuildFailed(Exception):
    """Raised when a build collected one or more ContentErrors."""

    def __init__(self, errors: list[ContentError]):
        super().__init__(f"{len(errors)} error(s)")
        self.errors = sorted(errors)

    def __reduce__(self):
        """Return how to pickle it whole (a background process may raise it)."""
        return BuildFailed, (self.errors,)


class UsageError(Exception):
    """A wrong command line or unusable folder choice (exit status 2)."""
