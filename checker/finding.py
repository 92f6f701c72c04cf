"""The one record every check produces and every reporter renders.

Flat and frozen, like flake8's ``Violation``: a finding is made once, by the
engine, and never changed; reporters only read it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from checker.pickling import positional_pickle

SEVERITIES = ("error", "warning", "info")  # worst first
SEVERITY_RANK = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}  # info 0 .. error 2


@positional_pickle
@dataclass(frozen=True, slots=True)
class Location:
    """Where something stands in the original file (1-based; end exclusive)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int  # one past the last character, as SARIF counts
    page: int | None = None


@positional_pickle
@dataclass(frozen=True, slots=True)
class Finding:
    code: str  # "FC001"
    name: str  # "value-conflict"
    fact: str  # fact id, "" when the finding is about no fact (FC006, FC900)
    severity: str  # error | warning | info
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    expected: str = ""
    found: str = ""
    excerpt: str = ""
    page: int | None = None
    fingerprint: str = ""  # stable across edits elsewhere in the file (checker.fingerprint)

    @property
    def where(self) -> str:
        """``path:line:col`` (``path:pN:line:col`` when the format has pages)."""
        page = f"p{self.page}:" if self.page is not None else ""
        return f"{self.path}:{page}{self.line}:{self.column}"

    def sort_key(self) -> tuple:
        return (self.path, self.page or 0, self.line, self.column, self.code, self.fact)

    def as_dict(self) -> dict:
        data = asdict(self)
        if data["page"] is None:
            del data["page"]
        if not data["fingerprint"]:
            del data["fingerprint"]
        return data


def at(location: Location, **fields) -> Finding:
    """A finding placed at ``location``."""
    return Finding(path=location.path, line=location.line, column=location.column,
                   end_line=location.end_line, end_column=location.end_column,
                   page=location.page, **fields)
