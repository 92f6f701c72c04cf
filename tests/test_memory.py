"""Peak memory on a 50 MB text file stays under the bound the README states.

The file is the seed documents repeated: real prose as dense in mentions
as the seeds (about 300,000 mentions), the hard case. The check runs in a
child process that reports its own peak resident memory.
"""

import subprocess
import sys

import pytest

from tests.conftest import FACTS, SEEDS

BOUND_MB = 640  # README: "Memory"
SIZE = 50_000_000

# The child's own peak: VmHWM, the high-water mark of the memory it mapped after exec.
# (ru_maxrss is no good here: Linux carries the parent's peak across fork and exec, so a
# test process grown large by earlier tests would be counted as the child's.)
CHILD = """
import re, resource, sys
from checker.cli import main
code = main(sys.argv[1:])
try:
    with open("/proc/self/status") as status:
        peak_kb = int(re.search(r"VmHWM:\\s*(\\d+)", status.read()).group(1))
except (OSError, AttributeError):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(code, peak_kb // 1024)
"""


@pytest.mark.slow
def test_fifty_megabytes_of_text_stay_under_the_stated_bound(tmp_path):
    text = "".join(p.read_text(encoding="utf-8") + "\n\n" for p in sorted(SEEDS.glob("*.txt")))
    big = tmp_path / "archive.txt"
    with big.open("w", encoding="utf-8") as out:
        written = 0
        while written < SIZE:
            out.write(text)
            written += len(text.encode("utf-8"))
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-c", CHILD, "check", str(big), "--facts", str(FACTS),
                           "--format", "json", "--output", str(report)],
                          capture_output=True, text=True, timeout=1800)
    code, peak_mb = map(int, done.stdout.split()[-2:])
    assert code == 1, done.stderr  # the seeds' findings, many times over
    assert peak_mb < BOUND_MB, f"peak {peak_mb} MB"
    assert report.stat().st_size > 1_000_000
