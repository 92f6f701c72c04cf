"""The tests need nothing outside the repository, and say which of them are slow.

The schemas the report tests validate against are copies of the published
ones, unchanged; no test reads ``../shared``; ``pytest -m "not slow"`` (the
README's quick run) relies on the ``slow`` marker being registered.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

SCHEMAS = Path(__file__).parent / "schemas"


def test_each_schema_is_the_copy_its_readme_names():
    readme = (SCHEMAS / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|", readme, re.M)
    assert {name for name, _ in listed} == {p.name for p in SCHEMAS.iterdir() if p.suffix != ".md"}
    for name, digest in listed:
        assert hashlib.sha256((SCHEMAS / name).read_bytes()).hexdigest() == digest, name


def test_no_test_reads_outside_the_repository():
    for path in Path(__file__).parent.rglob("*.py"):
        if path.name == Path(__file__).name:
            continue
        text = path.read_text(encoding="utf-8")
        assert '"shared"' not in text and "../shared" not in text, path


def test_slow_is_a_registered_marker():
    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    markers = pyproject["tool"]["pytest"]["ini_options"]["markers"]
    assert any(marker.startswith("slow:") for marker in markers)
    assert "--strict-markers" in pyproject["tool"]["pytest"]["ini_options"].get("addopts", "")
