"""A first benchmark: throughput, and how cost grows with corpus and facts.

Builds corpora in a temporary folder from the seed documents (copies with
their numbers redrawn by a seeded generator, so values vary but the run is
deterministic), then times ``factlint check --format json`` in-process:

- corpus growth: the same facts on 1x and 10x the corpus (target: <= 11x time);
- facts growth: the same corpus with the shipped facts and with 10x as many
  facts (extra facts with subject phrases that occur nowhere; target: <= 1.5x).

Run: ``python benchmarks/bench.py [--mb 2]``. Results go in the README.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.engine import run  # noqa: E402
from checker.discover import discover  # noqa: E402
from checker.facts.compiled import CompiledFacts  # noqa: E402
from checker.facts.loader import load_facts  # noqa: E402


def build_corpus(folder: Path, megabytes: float, seed: int = 7) -> int:
    rng = random.Random(seed)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    folder.mkdir(parents=True, exist_ok=True)
    size, index = 0, 0
    while size < megabytes * 1_000_000:
        text = re.sub(r"\b\d{1,3}\b", lambda m: str(rng.randint(1, 200)), texts[index % len(texts)])
        path = folder / f"doc{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        index += 1
    return size


def build_facts(folder: Path, extra: int) -> Path:
    base = (ROOT / "facts.yaml").read_text(encoding="utf-8")
    base = re.sub(r"(?m)^documents:\n(?:  .*\n)+", "", base)
    base = re.sub(r"(?m)^    required_in:.*\n", "", base)
    lines = [base.rstrip(), ""]
    for i in range(extra):
        lines += [f"  - id: synthetic-{i}", f"    subject: [zq phrase {i}, other zq {i} words]",
                  "    type: count", f"    value: {i}"]
    path = folder / f"facts-{extra}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def timed(facts_path: Path, corpus: Path) -> tuple[float, int]:
    start = time.perf_counter()
    facts = CompiledFacts.build(load_facts(facts_path))
    result = run(discover([str(corpus)], facts_path), facts)
    return time.perf_counter() - start, len(result.findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the 1x corpus in MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        small = build_corpus(tmp / "small", args.mb)
        large = build_corpus(tmp / "large", args.mb * 10)
        facts = build_facts(tmp, 0)
        many = build_facts(tmp, 10 * len(load_facts(facts).facts))
        n_facts, n_many = len(load_facts(facts).facts), len(load_facts(many).facts)
        rows = []
        for label, facts_path, corpus, size, count in (
                ("1x corpus", facts, tmp / "small", small, n_facts),
                ("10x corpus", facts, tmp / "large", large, n_facts),
                ("1x corpus, 11x facts", many, tmp / "small", small, n_many)):
            seconds, findings = timed(facts_path, corpus)
            rows.append((label, size / 1e6, count, seconds, size / 1e6 / seconds, findings))
    print(f"{'run':24} {'MB':>7} {'facts':>6} {'seconds':>8} {'MB/s':>6} {'findings':>9}")
    for label, mb, count, seconds, rate, findings in rows:
        print(f"{label:24} {mb:7.1f} {count:6d} {seconds:8.2f} {rate:6.2f} {findings:9d}")
    print(f"10x corpus costs {rows[1][3] / rows[0][3]:.2f}x the time (target <= 11x); "
          f"11x facts cost {rows[2][3] / rows[0][3]:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
