"""The commands that explain: ``rule``, ``facts show``, ``facts validate``, ``cache clear``."""

from __future__ import annotations

import sys
from pathlib import Path

from checker.commands import ExitCode, UsageError
from checker.commands.options import option


def rule(args, settings) -> ExitCode:
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


def show_facts(args, settings) -> ExitCode:
    from difflib import get_close_matches

    from tabulate import tabulate

    from checker.facts.loader import load_facts

    facts = load_facts(option(args, settings, "facts", "facts.yaml"))
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


def clear_cache(args, settings) -> ExitCode:
    from checker.cache import FOLDER, clear

    print(f"{FOLDER}: {'removed' if clear(Path(FOLDER)) else 'no cache here'}", file=sys.stderr)
    return ExitCode.OK


def validate(args, settings) -> ExitCode:
    from checker.facts.loader import load_facts

    path = option(args, settings, "facts", "facts.yaml")
    facts = load_facts(path)
    print(f"{path}: {len(facts.facts)} facts, {len(facts.documents)} documents: valid")
    return ExitCode.OK
