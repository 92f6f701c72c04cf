"""Score factlint end to end on labelled sentences: does it read the subject's value, and only that?

    python tests/eval/score_cases.py tests/eval/sample-a/*.json [--failures] [--by class]

Each case (the schema of ``README.md`` here) becomes one document holding its
sentence, dated ``doc_date``, and one fact whose subject is the case's. Two
facts files are checked, as the shared scorer does: one with the right
values and one with the wrong ones. A valued case is right when the right
values raise nothing and the wrong value raises FC001; a trap (value null)
is right when neither raises anything. A valued case that raises nothing
either way is also counted as unread.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from checker import api  # noqa: E402

TYPES = ("date", "duration", "money", "count", "percent", "rating")


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML scalar


def facts_file(cases: list[dict], which: str) -> str:
    lines = ["version: 1", "", "documents:"]
    for case in cases:
        lines += [f"  - match: cases/{case['id']}.txt", f"    id: {case['id']}",
                  f"    date: {case['doc_date']}"]
    lines += ["", "facts:"]
    for case in cases:
        value = case["wrong"] if which == "wrong" or case["value"] is None else case["value"]
        lines += [f"  - id: {case['id']}", f"    subject: [{_quoted(case['subject'])}]",
                  f"    type: {case['type']}", f"    value: {_quoted(str(value))}"]
        if case["type"] == "rating":
            lines.append(f"    choices: [{', '.join(_quoted(c) for c in case['choices'])}]")
    return "\n".join(lines) + "\n"


def findings_by_case(folder: Path, facts: str) -> dict[str, list]:
    """Each case's findings for its own fact in its own document, and under the key ``(id,
    "read")`` the values read for its subject there (a trap read as exactly the collector's
    wrong value raises nothing, but was still given a value)."""
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        result = api.check(["cases"], facts, jobs=1)
    finally:
        os.chdir(cwd)
    own = defaultdict(list)
    for finding in result.findings:
        if finding.fact and Path(finding.path).stem == finding.fact:
            own[finding.fact].append(finding)
    for document in result.documents:
        for mention in document.mentions:
            if mention.reading is not None and Path(document.path).stem == mention.fact:
                own[(mention.fact, "read")].append(mention.reading)
    return own


def score(cases: list[dict]) -> tuple[list[dict], dict[str, list], dict[str, list]]:
    """(cases, right-facts findings, wrong-facts findings)."""
    with tempfile.TemporaryDirectory(prefix="factlint-cases-") as tmp:
        folder = Path(tmp)
        (folder / "cases").mkdir()
        for case in cases:
            (folder / "cases" / f"{case['id']}.txt").write_text(case["sentence"] + "\n", encoding="utf-8")
        for which in ("right", "wrong"):
            (folder / f"{which}.yaml").write_text(facts_file(cases, which), encoding="utf-8")
        return cases, findings_by_case(folder, "right.yaml"), findings_by_case(folder, "wrong.yaml")


def verdict(case: dict, right: list, wrong: list, read: list = ()) -> tuple[str, str]:
    """("ok" | "trap" | "unread" | "misread" | "no-conflict", what happened). A trap is given a
    value when anything is raised for it or any value is ``read`` for its subject."""
    if case["value"] is None:
        if right or wrong:
            f = (right or wrong)[0]
            return "trap", f"{f.code} found {f.found!r} for {case['subject']!r}"
        if read:
            return "trap", f"read {read[0].words!r} for {case['subject']!r} (the collector's wrong value)"
        return "ok", ""
    bad = [f for f in right if f.code in ("FC001", "FC006")]
    hit = [f for f in wrong if f.code == "FC001"]
    if not bad and hit:
        return "ok", ""
    if not right and not wrong:
        return "unread", f"no value read for {case['subject']!r} (expected {case['value']})"
    if bad:
        return "misread", (f"{bad[0].code} found {bad[0].found!r}, expected {case['value']} "
                           f"for {case['subject']!r}")
    return "no-conflict", f"wrong value {case['wrong']} not flagged (expected {case['value']})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--failures", action="store_true", help="list every case scored wrong")
    parser.add_argument("--by", choices=("type", "class"), default="type")
    parser.add_argument("--alone", action="store_true",
                        help="score each case in a run of its own: no other case's subject in the facts "
                             "file (slower; all cases in one run is the default, and the README's figure)")
    args = parser.parse_args(argv)
    cases = [c for path in args.files for c in json.loads(path.read_text(encoding="utf-8"))]
    if args.alone:
        right, wrong = {}, {}
        for case in cases:
            _, one_right, one_wrong = score([case])
            right.update(one_right)
            wrong.update(one_wrong)
    else:
        _, right, wrong = score(cases)
    rows: dict[str, Counter] = defaultdict(Counter)
    failures = []
    for case in cases:
        outcome, why = verdict(case, right.get(case["id"], []), wrong.get(case["id"], []),
                               right.get((case["id"], "read"), []))
        row = rows[case[args.by]] if args.by == "class" else rows[case["type"]]
        trap = case["value"] is None
        row["traps" if trap else "valued"] += 1
        if outcome == "ok":
            row["ok_traps" if trap else "ok"] += 1
        else:
            row["false" if trap else outcome] += 1
            failures.append(f"{case['id']} [{case.get('class', '')}] {outcome.upper()}: {why}")
    print(f"{args.by:<16}{'valued':>7}{'right':>7}{'acc':>8}{'unread':>8}{'traps':>7}{'false':>7}")
    order = TYPES if args.by == "type" else sorted(rows)
    for key in order:
        if key in rows:
            r = rows[key]
            acc = f"{100 * r['ok'] / r['valued']:.1f}%" if r["valued"] else "-"
            print(f"{key:<16}{r['valued']:>7}{r['ok']:>7}{acc:>8}{r['unread']:>8}{r['traps']:>7}{r['false']:>7}")
    total = sum(rows.values(), Counter())
    accuracy = 100 * total["ok"] / max(1, total["valued"])
    false_rate = 100 * total["false"] / max(1, total["traps"])
    if args.failures:
        print(f"\nfailures ({len(failures)}):")
        print("\n".join(f"  {line}" for line in failures))
    print(f"\naccuracy {accuracy:.1f}% ({total['ok']}/{total['valued']} valued), "
          f"traps given a value {false_rate:.1f}% ({total['false']}/{total['traps']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
