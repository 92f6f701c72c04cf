"""The findings as Markdown, to post as a pull-request or merge-request comment.

A heading with the counts, a table (location, rule, fact, expected, found),
then each excerpt quoted under its location, and a line on what was
silenced or is stale in the baseline. Clean runs say "No findings" so the
comment can be updated in place rather than left stale.

Text from documents is untrusted Markdown: cells escape ``|`` (which ends
a cell) and turn newlines into ``<br>``; everything escapes the characters
that would start emphasis, links, HTML or code, so a document cannot
reformat the comment it is quoted in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.finding import Finding
from checker.records import Report

HEADERS = ("#", "Location", "Rule", "Fact", "Expected", "Found")
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!])")


def escape(text: str) -> str:
    """Inline text with Markdown's active characters backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def code(text: str) -> str:
    """An inline code span holding ``text`` verbatim (fenced past any backticks in it)."""
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def cell(text: str, literal: bool = False) -> str:
    """A table cell: one line (``<br>`` for breaks), ``|`` escaped even in code, never empty.

    ``literal`` cells (locations, fact ids) are code spans, so a path reads
    and copies exactly as written; the rest is escaped text.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if literal:
        return code(text.replace("\n", " ")).replace("|", "\\|") if text else " "
    return escape(text).replace("\n", "<br>") or " "


def quote(text: str) -> str:
    """A block quote of ``text``, every line escaped and marked."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(f"> {escape(line)}".rstrip() for line in lines)


def plural(count: int, word: str, many: str = "") -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def heading(report: Report) -> str:
    summary = report.summary
    found = summary.get("findings", len(report.findings))
    if not found:
        return "## factlint: no findings"
    by = summary.get("by_severity", {})
    parts = [f"{by[s]} {s}" if s == "info" else plural(by[s], s) for s in by if by[s]]
    return f"## factlint: {plural(found, 'finding')} ({', '.join(parts)})"


def where(report: Report, finding: Finding) -> str:
    return replace(finding, path=report.repository_path(finding.path)).where


def table(report: Report) -> str:
    rows = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for number, f in enumerate(report.findings, 1):
        cells = (cell(where(report, f), literal=True), cell(f"{f.code} {f.name}"),
                 cell(f.fact, literal=True) if f.fact else "-", cell(f.expected), cell(f.found))
        rows.append(f"| {number} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def excerpts(report: Report) -> str:
    blocks = []
    for number, f in enumerate(report.findings, 1):
        body = f.excerpt or f.message
        blocks.append(f"**{number}.** {code(where(report, f))} {f.code} {escape(f.name)}\n\n"
                      f"{quote(body)}")
    return "\n\n".join(blocks)


def notes(report: Report) -> str:
    lines = []
    if report.silenced:
        kinds: dict[str, int] = {}
        for s in report.silenced:
            kinds[s.kind] = kinds.get(s.kind, 0) + 1
        detail = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        lines.append(f"{plural(len(report.silenced), 'finding')} silenced ({detail}), not counted.")
    if report.stale:
        stale = plural(len(report.stale), "baseline entry", "baseline entries")
        lines.append(f"{stale} matched no finding (stale).")
    return "\n".join(f"- {line}" for line in lines)


def render(report: Report) -> str:
    summary = report.summary
    checked = (f"{plural(summary.get('documents', len(report.documents)), 'document')} checked "
               f"against {plural(summary.get('facts', 0), 'fact')}.")
    parts = [heading(report)]
    if report.findings:
        parts += [checked, table(report), "### Excerpts", excerpts(report)]
    else:
        parts.append(f"{checked} No findings.")
    if report.stale or report.silenced:
        parts.append(notes(report))
    return "\n\n".join(parts) + "\n"
