"""What changed since a git revision: documents, and facts of the facts file.

``factlint check --changed-since REF`` checks only the documents git reports
changed since REF (committed, staged, unstaged or new), plus, when the facts
file itself changed, every document, keeping the findings of the facts whose
definition changed. git is run as a subprocess; a revision git does not
know is a usage error.
"""

from __future__ import annotations

import dataclasses
import subprocess
from dataclasses import dataclass
from pathlib import Path

from checker.facts.loader import load_facts
from checker.facts.model import FactsFile


class ChangesError(Exception):
    """git could not answer; the message says why."""


@dataclass(frozen=True)
class Changes:
    paths: frozenset[Path]  # resolved paths of changed files
    facts: frozenset[str]  # ids of facts added or changed since REF
    facts_file_changed: bool


def _git(root: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise ChangesError("git is not installed") from None
    if done.returncode != 0:
        raise ChangesError(done.stderr.strip().splitlines()[-1] if done.stderr.strip()
                           else f"git {' '.join(args)} failed")
    return done.stdout


def _changed_facts(old: FactsFile, new: FactsFile) -> frozenset[str]:
    before = {fact.id: fact for fact in old.facts}
    changed = set()
    for fact in new.facts:
        was = before.get(fact.id)
        if was is None or dataclasses.replace(was, line=fact.line) != fact:
            changed.add(fact.id)
    return frozenset(changed)


def changes_since(ref: str, root: Path, facts_file: FactsFile, scratch: Path) -> Changes:
    """The changes in the repository at ``root`` since ``ref``."""
    _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    listed = _git(root, "diff", "--name-only", ref, "--").splitlines()
    listed += _git(root, "ls-files", "--others", "--exclude-standard").splitlines()
    paths = frozenset((root / name).resolve() for name in listed if name)
    facts_path = facts_file.path.resolve()
    if facts_path not in paths:
        return Changes(paths, frozenset(), False)
    relative = facts_path.relative_to(root.resolve()).as_posix()
    try:
        old_text = _git(root, "show", f"{ref}:{relative}")
    except ChangesError:
        return Changes(paths, frozenset(f.id for f in facts_file.facts), True)  # a new facts file
    old_path = scratch / "facts-before.yaml"
    old_path.write_text(old_text, encoding="utf-8")
    try:
        old = load_facts(old_path)
    except Exception:  # the old file was broken: every fact counts as changed
        return Changes(paths, frozenset(f.id for f in facts_file.facts), True)
    return Changes(paths, _changed_facts(old, facts_file), True)
