"""The command line: arguments, settings, exit codes. Thin on purpose.

The CLI is the only place that prints, reads the environment or exits.
Options override settings (``factlint.toml`` or ``[tool.factlint]`` in
pyproject.toml), which override defaults.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from enum import IntEnum
from pathlib import Path

from checker import __version__
from checker.finding import SEVERITY_RANK
from checker.settings import FAIL_ON, FORMATS


class ExitCode(IntEnum):
    OK = 0  # no finding at or above --fail-on (and no stale baseline entry with --fail-on-stale)
    FINDINGS = 1  # findings at or above --fail-on
    USAGE = 2  # usage error, a path that does not exist, or a broken facts, settings or baseline file


class UsageError(Exception):
    """A problem with what the user asked for; printed as it is, exit 2."""


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
    report.add_argument("--format", choices=("table", "html", "json"), default="table",
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


def _setting(args, settings, name: str, default):
    value = getattr(args, name.replace("-", "_"), None)
    return value if value not in (None, []) else settings.get(name, default)


def _rules(args, settings) -> set[str] | None:
    from checker.checks import BY_CODE, resolve

    select = [r for group in args.select for r in group] or settings.get("select", [])
    ignore = [r for group in args.ignore for r in group] or settings.get("ignore", [])
    if not select and not ignore:
        return None
    try:
        return (resolve(select) if select else set(BY_CODE)) - resolve(ignore)
    except ValueError as err:
        raise UsageError(f"factlint: {err}") from None


def _run(args, settings):
    """Load the facts, find the documents and check them: (result, facts, root)."""
    from checker.discover import MissingPath, discover
    from checker.engine import Source, run
    from checker.facts.compiled import CompiledFacts
    from checker.facts.loader import load_facts
    from checker.fingerprint import repository_root

    executor = _executor(args)
    facts = CompiledFacts.build(load_facts(_setting(args, settings, "facts", "facts.yaml")))
    root = repository_root(Path.cwd())
    excludes = list(settings.get("exclude", [])) + args.exclude
    paths = [p for p in args.paths if p != "-"]
    urls = [p for p in paths if executor and _is_url(p)]
    paths = [p for p in paths if p not in urls]
    try:
        sources = discover(paths, facts.file.path, excludes) if paths or len(args.paths) == 0 else []
    except MissingPath as err:
        raise UsageError(f"factlint: no such file or folder: {err}") from None
    if urls:
        sources += _url_sources(urls, excludes)
    if "-" in args.paths:
        name = args.stdin_name or "stdin.txt"
        sources.insert(0, Source(Path(name), name, sys.stdin.buffer.read()))
    changed_facts = None
    if getattr(args, "changed_since", None):
        from checker.changes import ChangesError, changes_since
        try:
            with tempfile.TemporaryDirectory() as scratch:
                changes = changes_since(args.changed_since, root, facts.file, Path(scratch))
        except ChangesError as err:
            raise UsageError(f"factlint: --changed-since {args.changed_since}: {err}") from None
        if not changes.facts_file_changed:
            sources = [s for s in sources if s.path.resolve() in changes.paths]
        else:
            changed_facts = (changes.facts, {s.shown for s in sources if s.path.resolve() in changes.paths})
    result = run(sources, facts, root, jobs=_jobs(args, sources),
                 cache=_cache(args, facts), progress=_progress(args, sources), executor=executor)
    if changed_facts:
        from checker.engine import keep_findings
        ids, paths = changed_facts
        result = keep_findings(result, lambda f: f.path in paths or f.fact in ids)
    return result, facts, root


def _executor(args):
    """With ``--executor dask``: an executor running on the cluster (its errors exit 2); else None."""
    if getattr(args, "executor", "local") != "dask":
        if getattr(args, "scheduler", None):
            raise UsageError("factlint: --scheduler needs --executor dask")
        return None
    if not args.scheduler:
        raise UsageError("factlint: --executor dask needs --scheduler ADDRESS "
                         "(a dask.distributed scheduler, such as tcp://host:8786)")
    from checker.executors.dask_executor import ExecutorError, dask_executor
    try:
        on_cluster = dask_executor(args.scheduler)
    except ExecutorError as err:
        raise UsageError(f"factlint: {err}") from None

    def checked(*arguments):
        try:
            yield from on_cluster(*arguments)
        except ExecutorError as err:
            raise UsageError(f"factlint: {err}") from None
    return checked


def _is_url(path: str) -> bool:
    from checker.executors.dask_executor import is_url
    return is_url(path)


def _url_sources(urls, excludes):
    from checker.executors.dask_executor import ExecutorError, url_sources
    try:
        return url_sources(urls, excludes)
    except ExecutorError as err:
        raise UsageError(f"factlint: {err}") from None


SMALL_CORPUS = 2_000_000  # bytes: below this a process pool costs more than it saves


def _jobs(args, sources) -> int:
    jobs = getattr(args, "jobs", None)
    if jobs is not None:
        if jobs < 1:
            raise UsageError("factlint: --jobs must be at least 1")
        return jobs
    total = 0
    for source in sources:
        try:
            total += len(source.data) if source.data is not None else source.path.stat().st_size
        except OSError:
            pass
    return 1 if total < SMALL_CORPUS else (os.cpu_count() or 1)


def _cache(args, facts):
    if getattr(args, "no_cache", True):  # --no-cache, or a command that keeps no cache
        return None
    from checker.cache import FOLDER, Cache
    return Cache(Path(FOLDER), facts.file)


def _progress(args, sources):
    """A progress bar on stderr, only for a person at a terminal (never in CI logs)."""
    if getattr(args, "quiet", True) or not (sys.stderr.isatty() and sys.stdout.isatty()):
        return None
    from checker.progress import ProgressBar
    return ProgressBar(sources)


def _baseline_path(args, settings) -> Path:
    from checker.baseline import DEFAULT_FILE
    return Path(_setting(args, settings, "baseline", DEFAULT_FILE))


def _check(args, settings) -> ExitCode:
    from checker import baseline as baselines
    from checker.outcome import build_report
    from checker.report import REPORTERS

    rules = _rules(args, settings)
    result, facts, root = _run(args, settings)
    baseline_file = _setting(args, settings, "baseline", None)
    baseline = baselines.load(Path(baseline_file)) if baseline_file else None
    report = build_report(result, facts, root, rules=rules, baseline=baseline,
                          show_unread=args.show_unread)
    name = _setting(args, settings, "format", "auto")
    if name == "auto":
        name = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "table"
    text = REPORTERS[name](report)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    fail_on = _setting(args, settings, "fail-on", "error")
    if report.stale and _setting(args, settings, "fail-on-stale", False):
        return ExitCode.FINDINGS
    if fail_on == "never":
        return ExitCode.OK
    threshold = SEVERITY_RANK[fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings)
    return ExitCode.FINDINGS if failing else ExitCode.OK


def _baseline(args, settings) -> ExitCode:
    from checker import baseline as baselines
    from checker.outcome import inline

    path = _baseline_path(args, settings)
    result, _, root = _run(args, settings)
    findings, _ = inline(result, root)
    if args.baseline_command == "write":
        previous = baselines.load(path) if path.exists() else None
        entries = baselines.written(findings, previous)
        verb = "recorded"
    else:
        entries = baselines.pruned(baselines.load(path), findings)
        verb = "kept"
    path.write_text(baselines.render(entries), encoding="utf-8")
    print(f"{path}: {verb} {len(entries)} finding{'s' if len(entries) != 1 else ''}", file=sys.stderr)
    return ExitCode.OK


def _report(args, settings) -> ExitCode:
    from importlib import import_module

    from checker.matrix import build
    from checker.outcome import build_report

    result, facts, root = _run(args, settings)
    matrix = build(result, build_report(result, facts, root), facts)
    renderer = import_module(f"checker.report.matrix_{args.format}").render
    if args.format == "table":
        colour = not args.output and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        text = renderer(matrix, colour=colour)
    else:
        text = renderer(matrix)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return ExitCode.OK


def _rule(args, settings) -> ExitCode:
    from checker.checks import BY_CODE, BY_NAME
    from checker.report.rules import RULES

    if args.all:
        chosen = RULES
    elif args.rule:
        check = BY_CODE.get(args.rule.upper()) or BY_NAME.get(args.rule.lower())
        if check is None:
            from checker.checks import resolve
            try:
                resolve([args.rule])
            except ValueError as err:
                raise UsageError(f"factlint: {err}") from None
        chosen = [r for r in RULES if r.code == check.CODE]
    else:
        chosen = RULES
        for rule in chosen:
            print(f"{rule.code}  {rule.name:20} {rule.summary}")
        return ExitCode.OK
    print("\n\n".join(f"{r.code} {r.name}: {r.summary}\n\n{r.help_text}" for r in chosen))
    return ExitCode.OK


def _show_facts(args, settings) -> ExitCode:
    from difflib import get_close_matches

    from tabulate import tabulate

    from checker.facts.loader import load_facts

    facts = load_facts(_setting(args, settings, "facts", "facts.yaml"))
    if args.fact:
        fact = next((f for f in facts.facts if f.id == args.fact), None)
        if fact is None:
            close = get_close_matches(args.fact, [f.id for f in facts.facts], n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise UsageError(f"factlint: no fact '{args.fact}'{hint}")
        rows = [("id", fact.id), ("claim", fact.claim), ("type", fact.type),
                ("value", fact.value_text or "(documents must agree)"),
                ("subject", ", ".join([*fact.subjects, *(f"re: {p}" for p in fact.patterns)])),
                ("accept", ", ".join(fact.accept)), ("reject", ", ".join(fact.reject)),
                ("choices", ", ".join(fact.choices)), ("severity", fact.severity),
                ("required in", ", ".join(fact.required_in)), ("source", fact.source),
                ("defined at", f"{facts.path}:{fact.line}")]
        print(tabulate([r for r in rows if r[1]], tablefmt="simple_grid", maxcolwidths=[None, 80]))
        return ExitCode.OK
    rows = [(f.id, f.type, f.value_text or "-", f.severity, ", ".join(f.required_in) or "-",
             f.source or "-") for f in facts.facts]
    print(tabulate(rows, headers=("id", "type", "value", "severity", "required in", "source"),
                   tablefmt="simple_grid", maxcolwidths=[30, 10, 24, 8, 20, 30], disable_numparse=True))
    return ExitCode.OK


def _clear_cache(args, settings) -> ExitCode:
    from checker.cache import FOLDER, clear

    print(f"{FOLDER}: {'removed' if clear(Path(FOLDER)) else 'no cache here'}", file=sys.stderr)
    return ExitCode.OK


def _validate(args, settings) -> ExitCode:
    from checker.facts.loader import load_facts

    path = _setting(args, settings, "facts", "facts.yaml")
    facts = load_facts(path)
    print(f"{path}: {len(facts.facts)} facts, {len(facts.documents)} documents: valid")
    return ExitCode.OK


def main(argv: list[str] | None = None) -> int:
    from checker.baseline import BaselineError
    from checker.facts.errors import FactsError
    from checker.settings import SettingsError, load_settings

    parser = _parser()
    args = parser.parse_args(argv)
    commands = {("check", None): _check, ("baseline", "write"): _baseline,
                ("baseline", "prune"): _baseline, ("facts", "validate"): _validate,
                ("cache", "clear"): _clear_cache, ("report", None): _report, ("rule", None): _rule,
                ("facts", "show"): _show_facts}
    action = commands.get((args.command, getattr(args, "baseline_command", None)
                           or getattr(args, "facts_command", None)
                           or getattr(args, "cache_command", None)))
    if action is None:
        parser.print_help(sys.stderr)
        return int(ExitCode.USAGE)
    try:
        return int(action(args, load_settings(Path.cwd())))
    except (FactsError, SettingsError, BaselineError, UsageError) as err:
        print(str(err), file=sys.stderr)
        return int(ExitCode.USAGE)


if __name__ == "__main__":
    sys.exit(main())
