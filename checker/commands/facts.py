"""``factlint facts validate`` and ``factlint facts show [FACT]``: the facts file on its own."""

from __future__ import annotations

from checker.commands.options import Options
from checker.commands.status import ExitCode, UsageError


def validate(options: Options) -> ExitCode:
    from checker.facts.loader import load_facts

    facts = load_facts(options.facts)
    print(f"{options.facts}: {len(facts.facts)} facts, {len(facts.documents)} documents: valid")
    return ExitCode.OK


def show(options: Options) -> ExitCode:
    from difflib import get_close_matches

    from tabulate import tabulate

    from checker.facts.loader import load_facts

    facts = load_facts(options.facts)
    if options.fact:
        fact = next((f for f in facts.facts if f.id == options.fact), None)
        if fact is None:
            close = get_close_matches(options.fact, [f.id for f in facts.facts], n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise UsageError(f"factlint: no fact '{options.fact}'{hint}")
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
