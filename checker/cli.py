"""The command line: arguments, settings, exit codes. Thin on purpose.

The CLI and the commands it calls (``checker.commands``) are the only place
that prints, reads the environment or exits.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checker import __version__
from checker.commands.settings import FAIL_ON, FORMATS
from checker.commands.status import ExitCode, UsageError
from checker.matrix import RENDERERS

__all__ = ["ExitCode", "UsageError", "main"]


def _list(value: str) -> list[str]:
    return [item for item in value.replace(",", " ").split() if item]


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders (default: the facts file's seeds/ folder, else its folder)")
    parser.add_argument("--facts", metavar="FILE", help="the facts file (default: ./facts.yaml)")
    parser.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="skip files and folders matching GLOB (repeatable)")
    parser.add_argument("--baseline", metavar="FILE",
                        help="the baseline file (default for 'baseline': factlint-baseline.json)")
    parser.add_argument("--stdin-name", metavar="PATH",
                        help="with '-' as a path: the name shown for standard input (its extension "
                             "chooses the format; default: stdin.txt)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factlint", description=(
        "Check documents against a curated facts.yaml: conflicting values, "
        "missing statements, misnamed bodies and wrong titles."))
    parser.add_argument("--version", action="version", version=f"factlint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check documents against the facts")
    _common(check)
    check.add_argument("--format", choices=FORMATS,
                       help="output format (default: auto = github under GitHub Actions, else table)")
    check.add_argument("--fail-on", choices=FAIL_ON,
                       help="lowest severity that makes the exit code 1 (default: error)")
    check.add_argument("--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--select", action="append", default=[], type=_list, metavar="RULES",
                       help="only these rules (codes or names, comma-separated; repeatable)")
    check.add_argument("--ignore", action="append", default=[], type=_list, metavar="RULES",
                       help="not these rules (codes or names, comma-separated; repeatable)")
    check.add_argument("--fail-on-stale", action="store_true", default=None,
                       help="exit 1 when a baseline entry matches no finding any more")
    check.add_argument("--changed-since", metavar="REF",
                       help="check only documents git reports changed since REF (and facts changed)")
    check.add_argument("--jobs", type=int, metavar="N",
                       help="check documents in N processes (default: the number of cores)")
    check.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the cache in .factlint_cache/")
    check.add_argument("--quiet", action="store_true", help="no progress bar")
    check.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="where documents are checked: this machine (default), or a dask.distributed "
                            "cluster (the 'dask' extra; paths may then be fsspec URLs such as s3://b/docs/)")
    check.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --executor dask: the scheduler's address (tcp://host:8786)")
    check.add_argument("--show-unread", action="store_true",
                       help="list mentions whose value-like words were not read (FC902, info)")

    report = commands.add_parser("report", help="the fact-by-document matrix (table, HTML or JSON)")
    _common(report)
    report.add_argument("--format", choices=tuple(RENDERERS), default="table",
                        help="table (terminal), html (one self-contained page) or json")
    report.add_argument("--output", metavar="FILE", help="write the report to FILE instead of stdout")
    report.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    report.add_argument("--jobs", type=int, metavar="N", help="check documents in N processes")

    rule = commands.add_parser("rule", help="what a rule does, why, and an example")
    rule.add_argument("rule", nargs="?", metavar="CODE|NAME", help="a rule code or name")
    rule.add_argument("--all", action="store_true", help="every rule")

    baseline = commands.add_parser("baseline", help="record or prune accepted findings")
    actions = baseline.add_subparsers(dest="baseline_command", metavar="ACTION")
    _common(actions.add_parser("write", help="record today's findings as accepted"))
    _common(actions.add_parser("prune", help="remove entries no finding matches (only removes)"))

    cache = commands.add_parser("cache", help="the cache of unchanged documents' results")
    cache.add_subparsers(dest="cache_command", metavar="ACTION").add_parser(
        "clear", help="remove .factlint_cache/")

    facts = commands.add_parser("facts", help="work with the facts file")
    facts_commands = facts.add_subparsers(dest="facts_command", metavar="ACTION")
    validate = facts_commands.add_parser("validate", help="check the facts file alone")
    validate.add_argument("--facts", metavar="FILE", help="the facts file (default: ./facts.yaml)")
    show = facts_commands.add_parser("show", help="the curated facts as a table, or one fact")
    show.add_argument("fact", nargs="?", metavar="FACT", help="one fact's id")
    show.add_argument("--facts", metavar="FILE", help="the facts file (default: ./facts.yaml)")
    return parser


def main(argv: list[str] | None = None) -> int:
    from checker.baseline import BaselineError
    from checker.commands.settings import SettingsError, load_settings
    from checker.facts.errors import FactsError

    parser = _parser()
    args = parser.parse_args(argv)
    from checker.commands import COMMANDS
    from checker.commands.options import Options, command_of

    command = command_of(args)
    if command not in COMMANDS:
        parser.print_help(sys.stderr)
        return int(ExitCode.USAGE)
    try:
        return int(COMMANDS[command](Options.read(args, load_settings(Path.cwd()))))
    except (FactsError, SettingsError, BaselineError, UsageError) as err:
        print(str(err), file=sys.stderr)
        return int(ExitCode.USAGE)


if __name__ == "__main__":
    sys.exit(main())
