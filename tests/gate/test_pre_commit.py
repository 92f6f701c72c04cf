"""The real pre-commit framework runs factlint's hook on a repository of documents.

``pre-commit try-repo`` installs factlint from this repository (its HEAD,
plus uncommitted changes) into an environment of its own, exactly as a user's
``.pre-commit-config.yaml`` would, and runs the hook on the staged files.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import INSPECTION_FACTS, ROOT

FACTS = INSPECTION_FACTS

PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
pytestmark = [
    pytest.mark.skipif(not Path(PRE_COMMIT).exists(), reason="pre-commit is not installed"),
    pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(),
                       reason="needs git and a git checkout of factlint"),
]


def run(cwd: Path, *args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.slow
def test_hook_fails_a_conflicting_commit_and_passes_a_clean_one(tmp_path):
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    docs = tmp_path / "docs"
    docs.mkdir()
    run(docs, "git", "init", "-q", env=env)
    (docs / "facts.yaml").write_text(FACTS.lstrip())
    (docs / "clean.md").write_text("The Ofsted inspection in October 2016.\n")
    run(docs, "git", "add", "facts.yaml", "clean.md", env=env)

    clean = run(docs, PRE_COMMIT, "try-repo", str(ROOT), "factlint", env=env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout

    (docs / "draft.md").write_text("The Ofsted inspection in September 2016.\n")
    run(docs, "git", "add", "draft.md", env=env)
    conflict = run(docs, PRE_COMMIT, "try-repo", str(ROOT), "factlint", env=env)
    assert conflict.returncode == 1, conflict.stdout + conflict.stderr
    assert "Failed" in conflict.stdout and "FC001" in conflict.stdout
    assert "draft.md:1:26" in conflict.stdout
