"""--changed-since REF: documents git reports changed, and documents of changed facts."""

import json
import shutil
import subprocess

import pytest

from checker.cli import main

FACTS = """
version: 1
facts:
  - id: inspection
    subject: [Ofsted inspection]
    type: date
    value: 2016-10
  - id: term
    subject: [partnership]
    type: duration
    value: up to 3 years
"""

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
                        "HOME": str(root), "PATH": "/usr/bin:/bin:/usr/local/bin"})


@pytest.fixture
def repo(corpus, monkeypatch):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The Ofsted inspection in May 2016.\n")
    corpus.doc("b.txt", "The partnership runs for five years.\n")
    git(corpus.root, "init", "-q")
    git(corpus.root, "add", ".")
    git(corpus.root, "commit", "-qm", "start")
    monkeypatch.chdir(corpus.root)
    return corpus


def paths(capsys, *args):
    code = main(["check", ".", "--format", "json", *args])
    return code, sorted({f["path"] for f in json.loads(capsys.readouterr().out)["findings"]})


def test_only_changed_documents_are_checked(repo, capsys):
    assert paths(capsys, "--changed-since", "HEAD") == (0, [])
    repo.doc("b.txt", "The partnership runs for six years.\n")
    repo.doc("c.txt", "The Ofsted inspection in April 2016.\n")  # new, untracked
    assert paths(capsys, "--changed-since", "HEAD") == (1, ["b.txt", "c.txt"])


def test_a_changed_fact_rechecks_its_documents(repo, capsys):
    repo.facts(FACTS.replace("up to 3 years", "up to 4 years"))
    code, found = paths(capsys, "--changed-since", "HEAD")
    assert found == ["b.txt"]  # the term changed; the inspection fact did not


def test_unknown_revision_is_a_usage_error(repo, capsys):
    assert main(["check", "--changed-since", "no-such-ref"]) == 2
    assert "--changed-since no-such-ref" in capsys.readouterr().err
