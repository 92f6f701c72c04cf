"""Problems found in a facts file, reported the way a compiler reports them.

A user fixes a facts file by jumping to ``path:line:column``; every error
therefore carries a position and the dotted key path of what is wrong
(``facts[dfe-name].type``), so the message makes sense even without the file
open. Loading reports every problem it can find at once (``FactsErrors``),
so a user does not fix one mistake only to be shown the next.
"""

from __future__ import annotations

from collections.abc import Iterable


class FactsError(Exception):
    """One problem at one place in a facts file (line and column are 1-based)."""

    def __init__(self, path: str, line: int, column: int, key: str,
                 message: str) -> None:
        super().__init__(path, line, column, key, message)
        self.path = str(path)
        self.line = line
        self.column = column
        self.key = key
        self.message = message

    @property
    def errors(self) -> list[FactsError]:
        """Every problem this exception stands for (here: itself)."""
        return [self]

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}: "
        return where + (f"{self.key}: " if self.key else "") + self.message


class FactsErrors(FactsError):
    """Several problems at once, sorted by position; ``str`` is one per line.

    The position and message attributes are those of the first problem, so a
    caller that only looks at one error still gets a sensible one.
    """

    def __init__(self, errors: Iterable[FactsError]) -> None:
        flat = [e for err in errors for e in err.errors]
        if not flat:
            raise ValueError("FactsErrors needs at least one error")
        flat.sort(key=lambda e: (e.line, e.column))
        first = flat[0]
        super().__init__(first.path, first.line, first.column, first.key,
                         first.message)
        self._errors = flat

    @property
    def errors(self) -> list[FactsError]:
        return list(self._errors)

    def __reduce__(self):
        return (FactsErrors, (self._errors,))

    def __str__(self) -> str:
        return "\n".join(FactsError.__str__(e) for e in self._errors)


def raise_if_any(errors: list[FactsError]) -> None:
    """Raise the one error as itself, several as ``FactsErrors``; none: return."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise FactsErrors(errors)
