"""``factlint rule [CODE|NAME] [--all]``: what a rule does, why it matters, and an example."""

from __future__ import annotations

from checker.commands.options import Options
from checker.commands.status import ExitCode, UsageError


def rule(options: Options) -> ExitCode:
    from checker.checks import BY_CODE, BY_NAME, resolve
    from checker.report.rules import RULES

    if options.all_rules:
        chosen = RULES
    elif options.rule:
        check = BY_CODE.get(options.rule.upper()) or BY_NAME.get(options.rule.lower())
        if check is None:
            try:
                resolve([options.rule])
            except ValueError as err:
                raise UsageError(f"factlint: {err}") from None
        chosen = [r for r in RULES if r.code == check.CODE]
    else:
        for one in RULES:
            print(f"{one.code}  {one.name:20} {one.summary}")
        return ExitCode.OK
    print("\n\n".join(f"{r.code} {r.name}: {r.summary}\n\n{r.help_text}" for r in chosen))
    return ExitCode.OK
