"""Every output factlint gives on a corpus, captured for the golden-output tests.

A refactoring must not change a byte of what a user sees, so the tests
run every command and format on the seeds, on the seeds in each fixture
format and on the benchmark quick corpora, and compare exit code, stdout,
stderr and the files written with golden files made before the change.
Outputs over ``INLINE_LIMIT`` characters are kept as their SHA-256 (a
91 MB matrix does not belong in the repository); the others in full, so
that a failure shows the difference.

Regenerate on purpose, and review the diff:
``FACTLINT_REGENERATE=1 pytest tests/test_golden_outputs.py``.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from pathlib import Path

from checker.cli import main

INLINE_LIMIT = 50_000

# (name, argv, file the command writes or ""): run in order, in the corpus folder.
CORPUS_RUNS = [
    *((f"check --format {name}", ["check", "PATHS", "--format", name], "")
      for name in ("table", "json", "sarif", "junit", "github", "gitlab", "markdown")),
    ("check --show-unread", ["check", "PATHS", "--format", "json", "--show-unread"], ""),
    ("check --select/--ignore", ["check", "PATHS", "--format", "json", "--select", "FC001,FC004",
                                 "--ignore", "name-variant"], ""),
    ("check --fail-on warning", ["check", "PATHS", "--format", "github", "--fail-on", "warning"], ""),
    ("baseline write", ["baseline", "write", "PATHS"], "factlint-baseline.json"),
    ("check --baseline", ["check", "PATHS", "--format", "sarif", "--baseline", "factlint-baseline.json"], ""),
    ("check --baseline json", ["check", "PATHS", "--format", "json", "--baseline",
                               "factlint-baseline.json", "--fail-on-stale"], ""),
    ("baseline prune", ["baseline", "prune", "PATHS"], "factlint-baseline.json"),
    *((f"report --format {name}", ["report", "PATHS", "--format", name], "")
      for name in ("table", "json", "html")),
    ("report --output", ["report", "PATHS", "--format", "json", "--output", "matrix.json"], "matrix.json"),
    ("check --output", ["check", "PATHS", "--format", "junit", "--output", "report.xml"], "report.xml"),
]

# Commands that do not read documents: run once, on the seeds' facts file.
COMMAND_RUNS = [
    ("help", ["--help"], ""),
    ("check --help", ["check", "--help"], ""),
    ("report --help", ["report", "--help"], ""),
    ("baseline write --help", ["baseline", "write", "--help"], ""),
    ("facts show --help", ["facts", "show", "--help"], ""),
    ("no command", [], ""),
    ("rule", ["rule"], ""),
    ("rule --all", ["rule", "--all"], ""),
    ("rule FC004", ["rule", "FC004"], ""),
    ("rule name", ["rule", "wrong-title"], ""),
    ("rule typo", ["rule", "FC01"], ""),
    ("facts validate", ["facts", "validate"], ""),
    ("facts show", ["facts", "show"], ""),
    ("facts show one", ["facts", "show", "dfe-name"], ""),
    ("facts show typo", ["facts", "show", "dfe-nam"], ""),
    ("check unknown rule", ["check", "--select", "FC0"], ""),
    ("check missing path", ["check", "no-such-folder"], ""),
    ("check --jobs 0", ["check", "--jobs", "0"], ""),
    ("check --scheduler alone", ["check", "--scheduler", "tcp://127.0.0.1:1"], ""),
    ("check broken facts", ["check", "--facts", "broken.yaml"], ""),
    ("facts validate broken", ["facts", "validate", "--facts", "broken.yaml"], ""),
    ("check bad baseline", ["check", "--baseline", "broken.yaml"], ""),
    ("check --changed-since bad", ["check", "--changed-since", "no-such-ref"], ""),
]

BROKEN_FACTS = """version: 1
facts:
  - id: ofsted-inspection-month
    subjetc: [Ofsted inspection]
    type: dat
    value: 2016-13
  - id: ofsted-inspection-month
    type: rating
    subject: [rated]
"""


def _digest(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _kept(text: str) -> str:
    return text if len(text) <= INLINE_LIMIT else _digest(text)


def run_cli(argv: list[str], folder: Path, written: str = "") -> dict:
    """Exit code, stdout, stderr (and the file ``written``) of ``factlint argv`` run in ``folder``."""
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:  # argparse's --help and usage errors
                code = exit_.code
    finally:
        os.chdir(cwd)
    record = {"exit": code, "stdout": _kept(out.getvalue()), "stderr": _kept(err.getvalue())}
    if written:
        path = folder / written
        record["file"] = _kept(path.read_text(encoding="utf-8")) if path.exists() else None
    return record


# Runs that repeat another's work on a large corpus (the same matrix to a file, a
# second baseline run): left out there, where each costs a quarter of a minute.
REPEATS = ("baseline prune", "report --output")


def corpus_outputs(folder: Path, paths: list[str], extra: list[str] = (), large: bool = False) -> dict:
    """Every run of ``CORPUS_RUNS`` on ``paths`` (relative to ``folder``, which holds facts.yaml)."""
    found = {}
    for name, argv, written in CORPUS_RUNS:
        if large and name in REPEATS:
            continue
        args = [a for item in argv for a in (paths if item == "PATHS" else [item])]
        found[name] = run_cli([*args, *extra] if args[0] in ("check", "report") else args,
                              folder, written)
    return found


def command_outputs(folder: Path) -> dict:
    (folder / "broken.yaml").write_text(BROKEN_FACTS, encoding="utf-8")
    return {name: run_cli(argv, folder, written) for name, argv, written in COMMAND_RUNS}


def compare(name: str, found: dict) -> None:
    """Assert ``found`` equals the golden file ``name`` (or write it when regenerating)."""
    path = Path(__file__).parent / "outputs" / f"{name}.json"
    text = json.dumps(found, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    if os.environ.get("FACTLINT_REGENERATE"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}: regenerate with FACTLINT_REGENERATE=1"
    golden = json.loads(path.read_text(encoding="utf-8"))
    for key in golden:
        assert found.get(key) == golden[key], f"{name}: '{key}' differs from {path}"
    assert list(found) == list(golden)
