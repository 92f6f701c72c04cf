"""What the command line does: one module per command, each a function of the ``Options``.

``checker.cli`` parses the arguments, reads them into one ``Options``
(``options.py``) and calls the command ``COMMANDS`` names; the command
prints and returns an ``ExitCode`` (``status.py``). Library modules never
print or exit: only these do. To add a command: its parser in
``checker/cli.py``, its module here, one line in ``COMMANDS``.
"""

from __future__ import annotations

from checker.commands import baseline, cache, check, facts, report, rule
from checker.commands.status import ExitCode, UsageError

COMMANDS = {
    "check": check.check,
    "report": report.report,
    "baseline write": baseline.baseline,
    "baseline prune": baseline.baseline,
    "rule": rule.rule,
    "facts validate": facts.validate,
    "facts show": facts.show,
    "cache clear": cache.clear,
}

__all__ = ["COMMANDS", "ExitCode", "UsageError"]
