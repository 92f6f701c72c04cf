"""Parallel runs, the cache, the progress bar, and one scan per document (no timing)."""

import json
import os
import pty
import shutil
import subprocess
import sys

import pytest

from checker.cli import main
from tests.conftest import FACTS, SEEDS


@pytest.fixture
def project(tmp_path, monkeypatch):
    for copy in range(3):
        shutil.copytree(SEEDS, tmp_path / "seeds" / f"copy{copy}")
    shutil.copy(FACTS, tmp_path / "facts.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_json(capsys, *args):
    code = main(["check", "--format", "json", *args])
    return code, capsys.readouterr().out


def test_two_jobs_give_the_same_json_as_one(project, capsys):
    one = run_json(capsys, "--jobs", "1", "--no-cache")
    two = run_json(capsys, "--jobs", "2", "--no-cache")
    assert one == two
    assert json.loads(one[1])["summary"]["documents"] == 15


def cache_counts(project, monkeypatch):
    """Run with the cache and return (hits, misses) by wrapping Cache."""
    import checker.cache as cache_module
    counts = {}
    original = cache_module.Cache.get

    def get(self, key):
        value = original(self, key)
        counts["hit" if value is not None else "miss"] = counts.get("hit" if value is not None
                                                                    else "miss", 0) + 1
        return value
    monkeypatch.setattr(cache_module.Cache, "get", get)
    return counts


def test_cache_hit_miss_after_edit_and_after_a_facts_change(project, capsys, monkeypatch):
    counts = cache_counts(project, monkeypatch)
    first = run_json(capsys, "--jobs", "1")
    assert counts == {"miss": 15}
    assert (project / ".factlint_cache" / ".gitignore").read_text().strip().endswith("*")
    counts.clear()
    assert run_json(capsys, "--jobs", "1") == first
    assert counts == {"hit": 15}

    counts.clear()
    letter = project / "seeds" / "copy1" / "001_16ac0a247399905e.txt"
    letter.write_text(letter.read_text().replace("in April", "in May"))
    code, out = run_json(capsys, "--jobs", "1")
    assert counts == {"hit": 14, "miss": 1}
    assert any(f["fact"] == "commissioner-report-submitted" for f in json.loads(out)["findings"])

    counts.clear()
    facts = project / "facts.yaml"
    facts.write_text(facts.read_text().replace("value: £84m", "value: £85m"))
    run_json(capsys, "--jobs", "1")
    assert counts == {"miss": 15}
    counts.clear()
    facts.write_text(facts.read_text() + "\n# a comment changes nothing\n")
    run_json(capsys, "--jobs", "1")
    assert counts == {"hit": 15}


def test_corrupt_cache_files_are_ignored(project, capsys):
    first = run_json(capsys, "--jobs", "1")
    entries = list((project / ".factlint_cache").rglob("*.pickle"))
    assert len(entries) == 15
    for entry in entries[:5]:
        entry.write_bytes(b"\x80\x04 not a pickle at all")
    entries[5].write_bytes(b"")
    assert run_json(capsys, "--jobs", "1") == first
    assert main(["cache", "clear"]) == 0
    assert not (project / ".factlint_cache").exists()
    assert run_json(capsys, "--no-cache") == first


def test_scanner_is_built_once_and_called_once_per_document(project, capsys, monkeypatch):
    from checker import scan
    built, scanned = [], []
    real_init, real_scan = scan.Scanner.__init__, scan.Scanner.scan
    monkeypatch.setattr(scan.Scanner, "__init__", lambda self, f: (built.append(1), real_init(self, f))[1])
    monkeypatch.setattr(scan.Scanner, "scan", lambda self, t: (scanned.append(1), real_scan(self, t))[1])
    facts = project / "facts.yaml"
    extra = "".join(f"\n  - id: extra-{i}\n    subject: [zq phrase {i}]\n    type: statement\n"
                    for i in range(200))
    facts.write_text(facts.read_text() + extra)
    run_json(capsys, "--jobs", "1", "--no-cache")
    assert len(built) == 1
    assert len(scanned) == 15  # one scan per document, whatever the number of facts (242)


@pytest.mark.parametrize("terminal", ["neither", "stderr only", "stdout only"])
def test_no_progress_bar_unless_stdout_and_stderr_are_terminals(project, terminal):
    command = [sys.executable, "-m", "checker.cli", "check", "--jobs", "1", "--no-cache"]
    env = {**os.environ, "PYTHONPATH": str(FACTS.parent)}
    if terminal == "neither":
        done = subprocess.run(command, capture_output=True, env=env, timeout=300)
        err = done.stderr
    else:
        main_fd, child_fd = pty.openpty()
        streams = {"stderr": child_fd} if terminal == "stderr only" else {"stdout": child_fd}
        other = {"stdout": subprocess.DEVNULL} if terminal == "stderr only" else {"stderr": subprocess.PIPE}
        with subprocess.Popen(command, env=env, **streams, **other) as done:
            os.close(child_fd)
            seen = b""
            try:
                while chunk := os.read(main_fd, 65536):  # drain the terminal as the child writes
                    seen += chunk
            except OSError:  # the child closed its end
                pass
            os.close(main_fd)
            err = done.stderr.read() if terminal == "stdout only" else seen
            done.wait(timeout=300)
    assert done.returncode == 1
    assert b"factlint:" not in err and b"\r" not in err and b"\x1b[" not in err


def test_the_progress_bar_does_appear_for_a_person_at_a_terminal(project):
    """The control for the test above: both streams terminals, a run of a few seconds."""
    for copy in range(3, 200):
        shutil.copytree(SEEDS, project / "seeds" / f"copy{copy}")
    command = [sys.executable, "-m", "checker.cli", "check", "--jobs", "1", "--no-cache",
               "--format", "json", "--output", "report.json"]
    env = {**os.environ, "PYTHONPATH": str(FACTS.parent)}
    main_fd, child_fd = pty.openpty()
    with subprocess.Popen(command, env=env, stdout=child_fd, stderr=child_fd) as done:
        os.close(child_fd)
        seen = b""
        try:
            while chunk := os.read(main_fd, 65536):
                seen += chunk
        except OSError:
            pass
        os.close(main_fd)
        done.wait(timeout=300)
    assert b"factlint" in seen and b"documents" in seen
    assert json.loads((project / "report.json").read_text())["summary"]["documents"] == 1000
