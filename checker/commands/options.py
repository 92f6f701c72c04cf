"""What the user asked for, read once from the command line and the settings.

``Options.read(args, settings)`` is the only place that looks at argparse's
namespace or the settings file: options on the command line win over
settings (``factlint.toml`` or ``[tool.factlint]`` in pyproject.toml), which
win over the defaults. A mistake the options alone show (an unknown rule,
``--jobs 0``, ``--scheduler`` without ``--executor dask``) stops the run
here, before the facts are loaded. Every command then reads one typed,
frozen ``Options``.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from checker.commands.settings import Settings
from checker.commands.status import UsageError


@dataclass(frozen=True)
class Options:
    command: str  # "check", "report", "baseline write", "rule", "facts show", "cache clear", ...
    paths: tuple[str, ...] = ()  # "-" is standard input
    facts: str = "facts.yaml"
    exclude: tuple[str, ...] = ()
    stdin_name: str = "stdin.txt"
    baseline: str | None = None  # check: the baseline applied (None: none); baseline: its file
    format: str = "table"  # check: "auto" until the command decides
    output: str | None = None
    fail_on: str = "error"
    fail_on_stale: bool = False
    rules: frozenset[str] | None = None  # the rule codes kept (None: all)
    changed_since: str | None = None
    jobs: int | None = None  # None: by the corpus's size
    cache: bool = False
    progress: bool = False  # a progress bar, if stdout and stderr are terminals
    scheduler: str | None = None  # with --executor dask: where the cluster is
    show_unread: bool = False
    rule: str | None = None  # rule: the code or name asked about
    all_rules: bool = False
    fact: str | None = None  # facts show: the fact asked about

    @classmethod
    def read(cls, args: argparse.Namespace, settings: Settings) -> Options:
        """The options of the command ``args`` names, validated."""
        command = command_of(args)
        given = vars(args)

        def option(name: str, default):
            value = given.get(name.replace("-", "_"))
            return value if value not in (None, []) else settings.get(name, default)

        checking = command == "check"
        options = cls(
            command=command,
            paths=tuple(given.get("paths") or ()),
            facts=option("facts", "facts.yaml"),
            exclude=(*settings.get("exclude", []), *given.get("exclude", [])),
            stdin_name=given.get("stdin_name") or "stdin.txt",
            baseline=option("baseline", _default_baseline() if command.startswith("baseline") else None),
            format=option("format", "auto") if checking else given.get("format") or "table",
            output=given.get("output"),
            fail_on=option("fail-on", "error"),
            fail_on_stale=bool(option("fail-on-stale", False)),
            rules=_rules(given, settings) if checking else None,
            changed_since=given.get("changed_since"),
            jobs=given.get("jobs"),
            cache=given.get("no_cache") is False,
            progress=given.get("quiet") is False,
            scheduler=_scheduler(given),
            show_unread=bool(given.get("show_unread")),
            rule=given.get("rule"),
            all_rules=bool(given.get("all")),
            fact=given.get("fact"),
        )
        if options.jobs is not None and options.jobs < 1:
            raise UsageError("factlint: --jobs must be at least 1")
        return options


def command_of(args: argparse.Namespace) -> str:
    """The command ``args`` asks for, as ``COMMANDS`` names it: "check", "baseline write", ..."""
    parts = (args.command, getattr(args, "baseline_command", None), getattr(args, "facts_command", None),
             getattr(args, "cache_command", None))
    return " ".join(part for part in parts if part)


def _default_baseline() -> str:
    from checker.baseline import DEFAULT_FILE
    return DEFAULT_FILE


def _rules(given: dict, settings: Settings) -> frozenset[str] | None:
    """``--select``/``--ignore`` (or the settings') as rule codes; None keeps every rule."""
    from checker.checks import BY_CODE, resolve

    select = [r for group in given.get("select", []) for r in group] or settings.get("select", [])
    ignore = [r for group in given.get("ignore", []) for r in group] or settings.get("ignore", [])
    if not select and not ignore:
        return None
    try:
        return frozenset((resolve(select) if select else set(BY_CODE)) - resolve(ignore))
    except ValueError as err:
        raise UsageError(f"factlint: {err}") from None


def _scheduler(given: dict) -> str | None:
    """The dask scheduler's address with ``--executor dask``; None for a local run."""
    scheduler = given.get("scheduler")
    if given.get("executor", "local") != "dask":
        if scheduler:
            raise UsageError("factlint: --scheduler needs --executor dask")
        return None
    if not scheduler:
        raise UsageError("factlint: --executor dask needs --scheduler ADDRESS "
                         "(a dask.distributed scheduler, such as tcp://host:8786)")
    return scheduler
