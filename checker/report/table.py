"""The findings as a table for a person at a terminal (tabulate)."""

from __future__ import annotations

from tabulate import tabulate

from checker.records import Report

HEADERS = ("Location", "Rule", "Fact", "Expected", "Found", "Excerpt")
WIDTHS = (None, 16, 20, 16, 20, 44)  # the location is never wrapped: it is copied and clicked


def summary_line(summary: dict) -> str:
    """One line a person reads first: what was checked and what was found."""
    by = summary["by_severity"]
    counts = ", ".join(f"{by[s]} {s}{'s' if s != 'info' and by[s] != 1 else ''}" for s in by)
    found = summary["findings"]
    head = f"{summary['documents']} document{'s' if summary['documents'] != 1 else ''} checked " \
           f"against {summary['facts']} fact{'s' if summary['facts'] != 1 else ''}: "
    quiet = f" {summary['silenced']} silenced (baseline or inline)." if summary.get("silenced") else ""
    mentions = summary.get("mentions")
    if mentions:
        quiet += (f" {mentions['found']} mentions found, {mentions['read']} with a value read, "
                  f"{mentions['unread']} unread" + (" (--show-unread lists them)." if mentions["unread"]
                                                    else "."))
    if not found:
        return head + "no findings." + quiet
    return head + f"{found} finding{'s' if found != 1 else ''} ({counts})." + quiet


def _stale_lines(report: Report) -> str:
    return "".join(f"stale baseline entry: {e.path} {e.code} {e.fact or '-'} ({e.fingerprint}): "
                   f"no finding matches it any more ('factlint baseline prune' removes it)\n"
                   for e in report.stale)


def render(report: Report) -> str:
    findings, summary = report.findings, report.summary
    if not findings:
        return _stale_lines(report) + summary_line(summary) + "\n"
    rows = [(f.where, f"{f.code} {f.severity}\n{f.name}", f.fact or "-", f.expected, f.found,
             f.excerpt or f.message) for f in findings]
    table = tabulate(rows, headers=HEADERS, tablefmt="simple_grid", maxcolwidths=list(WIDTHS),
                     disable_numparse=True)
    return f"{table}\n{_stale_lines(report)}{summary_line(summary)}\n"
