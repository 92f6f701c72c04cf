"""The command line: arguments, settings, exit codes. Thin on purpose.

The CLI is the only place that prints, reads the environment or exits.
"""

from __future__ import annotations

import argparse
import sys
from enum import IntEnum
from pathlib import Path

from checker import __version__
from checker.finding import SEVERITY_RANK


class ExitCode(IntEnum):
    OK = 0  # no finding at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    USAGE = 2  # usage error, a path that does not exist, or a broken facts file


def _parser() -> argparse.ArgumentParser:
    from checker.report import REPORTERS

    parser = argparse.ArgumentParser(prog="factlint", description=(
        "Check documents against a curated facts.yaml: conflicting values, "
        "missing statements, misnamed bodies and wrong titles."))
    parser.add_argument("--version", action="version", version=f"factlint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check documents against the facts")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="files or folders (default: the facts file's seeds/ folder, else its folder)")
    check.add_argument("--facts", default="facts.yaml", metavar="FILE",
                       help="the facts file (default: ./facts.yaml)")
    check.add_argument("--format", default="table", choices=sorted(REPORTERS),
                       help="output format (default: table)")
    check.add_argument("--fail-on", default="error", choices=("error", "warning", "info", "never"),
                       help="lowest severity that makes the exit code 1 (default: error)")
    check.add_argument("--output", metavar="FILE", help="write the report to FILE instead of stdout")

    facts = commands.add_parser("facts", help="work with the facts file")
    facts_commands = facts.add_subparsers(dest="facts_command", metavar="ACTION")
    validate = facts_commands.add_parser("validate", help="check the facts file alone")
    validate.add_argument("--facts", default="facts.yaml", metavar="FILE")
    return parser


def _load(path: str):
    from checker.facts.compiled import CompiledFacts
    from checker.facts.loader import load_facts

    return CompiledFacts.build(load_facts(path))


def _check(args) -> ExitCode:
    from checker.discover import MissingPath, discover
    from checker.engine import run
    from checker.fingerprint import repository_root
    from checker.outcome import build_report
    from checker.report import REPORTERS

    facts = _load(args.facts)
    try:
        sources = discover(args.paths, facts.file.path)
    except MissingPath as err:
        print(f"factlint: no such file or folder: {err}", file=sys.stderr)
        return ExitCode.USAGE
    root = repository_root(Path.cwd())
    result = run(sources, facts, root)
    report = build_report(result, facts, root)
    text = REPORTERS[args.format](report)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if args.fail_on == "never":
        return ExitCode.OK
    threshold = SEVERITY_RANK[args.fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings)
    return ExitCode.FINDINGS if failing else ExitCode.OK


def _validate(args) -> ExitCode:
    facts = _load(args.facts)
    print(f"{args.facts}: {len(facts.facts)} facts, {len(facts.documents)} documents: valid")
    return ExitCode.OK


def main(argv: list[str] | None = None) -> int:
    from checker.facts.errors import FactsError

    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return int(_check(args))
        if args.command == "facts" and args.facts_command == "validate":
            return int(_validate(args))
    except FactsError as err:
        print(str(err), file=sys.stderr)
        return int(ExitCode.USAGE)
    parser.print_help(sys.stderr)
    return int(ExitCode.USAGE)


if __name__ == "__main__":
    sys.exit(main())
