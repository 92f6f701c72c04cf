"""What every facts-file notation shares: one whole value, or an error saying what to write.

The notations are the document grammar restricted to one whole value, so a
curator writes a value the way documents do and it is read the same way: a
canonical "£1.63m" or "79%" without an explicit tolerance carries its written
precision, exactly as in a document. Each type's module has its own
``parse`` (declared on its ``TYPE``); anything else raises ValueError with a
one-line message saying which notation is expected.
"""

from __future__ import annotations

from checker.values.context import Context
from checker.values.model import Value


def refused(expect: str, s: str) -> ValueError:
    """The error for a notation that is not ``expect`` ("a duration: write ...")."""
    return ValueError(f"{s!r} is not {expect}")


def whole(finder, expect: str, s: str) -> Value:
    """The one value ``finder`` reads in all of ``s``, else the notation error."""
    found = finder(s, 0, len(s), Context())
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(s):
        raise refused(expect, s)
    return found[0]
