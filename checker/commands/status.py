"""What a command ends with: an exit code, or a usage error (exit 2, one line)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # no finding at or above --fail-on (and no stale baseline entry with --fail-on-stale)
    FINDINGS = 1  # findings at or above --fail-on
    USAGE = 2  # usage error, a path that does not exist, or a broken facts, settings or baseline file


class UsageError(Exception):
    """A problem with what the user asked for; printed as it is, exit 2."""
