"""Inline suppression: a reviewer silences one finding, in the file, with a reason.

Markdown and HTML carry it in a comment, plain text on a line of its own:

    <!-- factlint: ignore FC001 ofsted-inspection-month -- the quote is verbatim -->
    factlint: ignore name-variant -- the report's own spelling, quoted

``ignore`` applies to the next non-blank line; ``off`` ... ``on`` to every
line between them (to the end of the file when ``on`` is missing). The words
after the action name rules (code or name) and facts; none means all. A
missing statement (FC002) is about the whole document, so a directive that
names FC002 or its fact silences it wherever it stands. A directive that
silences nothing is itself reported (FC901), as ruff reports an unused
``noqa``: stale suppressions hide the next real problem.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from checker.finding import Finding, Location

# The directive body, after the comment marker: "factlint: ignore A B -- reason".
BODY = re.compile(r"factlint:[ \t]*(ignore|off|on)\b([^\n]*?)(?:[ \t]--[ \t]*([^\n]*?))?[ \t]*$", re.I)


@dataclass(frozen=True)
class Directive:
    where: Location  # the directive itself, for FC901
    action: str  # ignore | off | on
    targets: tuple[str, ...]  # rule codes or names, fact ids; () = everything
    reason: str
    first_line: int  # the lines it silences, inclusive
    last_line: int


def parse_body(body: str) -> tuple[str, tuple[str, ...], str] | None:
    """(action, targets, reason) of a directive body, or None if it is not one."""
    match = BODY.match(body.strip())
    if not match:
        return None
    targets = tuple(t for t in re.split(r"[\s,]+", match.group(2)) if t)
    return match.group(1).lower(), targets, (match.group(3) or "").strip()


def next_content_line(lines: Sequence[str], after: int) -> int:
    """The 1-based number of the first non-blank line after line ``after``."""
    for number in range(after + 1, len(lines) + 1):
        if lines[number - 1].strip():
            return number
    return after + 1


def directives(found: Sequence[tuple[Location, str]], lines: Sequence[str]) -> tuple[Directive, ...]:
    """Directives from (location, body) pairs in document order; pairs off with on."""
    result: list[Directive] = []
    open_off: list[tuple[Location, tuple[str, ...], str]] = []
    for where, body in found:
        parsed = parse_body(body)
        if parsed is None:
            continue
        action, targets, reason = parsed
        if action == "ignore":
            line = next_content_line(lines, where.end_line)
            result.append(Directive(where, action, targets, reason, line, line))
        elif action == "off":
            open_off.append((where, targets, reason))
        elif open_off:
            start, targets, reason = open_off.pop()
            result.append(Directive(start, "off", targets, reason, start.end_line + 1, where.line - 1))
    for start, targets, reason in open_off:
        result.append(Directive(start, "off", targets, reason, start.end_line + 1, len(lines) + 1))
    return tuple(result)


def covers(directive: Directive, finding: Finding, whole_document: Collection[str] = ()) -> bool:
    """Whether ``directive`` silences ``finding``; ``whole_document`` are the codes of rules
    whose findings are about the whole document (``checker.checks.WHOLE_DOCUMENT``)."""
    if directive.where.path != finding.path:
        return False
    wanted = {t.lower() for t in directive.targets}
    named = not wanted or bool(wanted & {finding.code.lower(), finding.name.lower(), finding.fact.lower()})
    if finding.code in whole_document:
        return bool(wanted) and named
    return named and directive.first_line <= finding.line <= directive.last_line
