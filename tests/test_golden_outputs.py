"""Every output on the seeds, the fixtures and the benchmark quick corpora, byte for byte.

The golden files (``tests/golden/outputs/``) were made before the code was
restructured; a change of layout must leave every one of them as it is.
See ``tests/golden/outputs.py`` for what is run and how to regenerate.
"""

from __future__ import annotations

import re
import shutil
import sys

import pytest

from tests.conftest import FACTS, ROOT, SEEDS
from tests.golden.outputs import command_outputs, compare, corpus_outputs

FIXTURES = ROOT / "tests" / "fixtures"


def test_seeds(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(FACTS, tmp_path / "facts.yaml")
    compare("seeds", corpus_outputs(tmp_path, []))


def test_commands(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(FACTS, tmp_path / "facts.yaml")
    compare("commands", command_outputs(tmp_path))


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "odt", "pdf"])
def test_fixtures(tmp_path, fmt):
    shutil.copytree(FIXTURES / fmt, tmp_path / fmt)
    text = FACTS.read_text(encoding="utf-8")
    text, count = re.subn(r"(match:\s*)seeds/(\d{3}_)\*\.txt", rf"\g<1>{fmt}/\g<2>*", text)
    assert count == 5
    (tmp_path / "facts.yaml").write_text(text, encoding="utf-8")
    compare(f"fixtures-{fmt}", corpus_outputs(tmp_path, [fmt]))


@pytest.mark.slow
@pytest.mark.parametrize("density", ["dense", "sparse"])
def test_benchmark_quick_corpus(tmp_path, density):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    generate.main([str(tmp_path), "--mb", "20", "--facts", "1000", "--density", density, "--seed", "7"])
    compare(f"quick-{density}", corpus_outputs(tmp_path, ["docs"], ["--jobs", "2"], large=True))
