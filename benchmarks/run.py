"""The benchmark suite: one command, one table, the targets checked.

    python benchmarks/run.py            # 200 MB corpora (generated once, then reused)
    python benchmarks/run.py --quick    # 20 MB corpora: a couple of minutes

Generates (or reuses, from ``--corpora``, default /tmp/factlint-bench,
keyed by every parameter and by generate.py's own hash) a dense and a
sparse corpus of ``--mb`` MB with ``--facts`` facts, and each at a tenth
of the size, then runs, each in its own process:

a. the Python floor: read + decode + lower every file, one process;
b. ``rg -c -i -w -F -f phrases.txt`` on the facts' phrases, single-threaded
   (``-j1``, the row factlint's ratios use) and with rg's default threads,
   when ``rg`` is installed ("n/a" otherwise);
c. ``factlint check --format json --no-cache --jobs 1`` on each corpus;
d. the same with ``--jobs 2``;
e. with 10x the facts (the same facts and 9x more no document mentions);
f. on the corpus a tenth of the size (growth in corpus size);
g. with the cache: a first run, a re-run on the unchanged corpus, and a
   re-run after editing one document (dense corpus, ``--jobs 1``);
h. one seed document with the shipped facts: median wall of 11 runs.

Flags factlint does not have yet (``--jobs``, ``--no-cache``, ``--quiet``)
are detected from ``factlint check --help`` and left out; the rows that
need them say so.

Wall time is measured around the child process (interpreter start-up
included). Peak RSS is the child's own peak, from GNU ``/usr/bin/time``
when it is installed (else ``ru_maxrss`` from ``wait4``, which on Linux
starts at the runner's own size); for runs with worker processes the sum
over the process tree, sampled every 50 ms, is shown when larger.
The load average is read before each run: other people's work on the
machine skews the figures, so it is printed with them.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
# The installed command when it sits beside this interpreter (a virtualenv), else the module.
_SCRIPT = Path(sys.executable).parent / "factlint"
FACTLINT = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "checker.cli"]
MB = 1_000_000

FLOOR = r"""
import os, sys
total = 0
for root, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        with open(os.path.join(root, name), "rb") as handle:
            total += len(handle.read().decode("utf-8").lower())
print(total)
"""

# ---------------------------------------------------------------- measuring


@dataclass
class Measure:
    wall: float
    rss_mb: float  # peak RSS of the largest process (wait4)
    tree_mb: float  # peak of the sum over the process tree (sampled)
    code: int
    load: float  # 1-minute load average before the run
    stdout: Path | None = None
    error: str = ""

    @property
    def peak_mb(self) -> float:
        return max(self.rss_mb, self.tree_mb)


def _load() -> float:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except OSError:
        return float("nan")


def _tree_rss_kb(pid: int) -> int:
    """RSS of ``pid`` and its descendants, in kB (Linux; 0 elsewhere)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
                    break
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None  # GNU time, for peak RSS
RSS_LIMIT_MB = 8000.0  # a run whose process tree grows past this is stopped (--max-rss-mb)


def measure(cmd: list[str], cwd: Path, stdout: Path | None = None, sample: bool = True) -> Measure:
    """Run ``cmd``; wall time, peak RSS, exit code.

    With ``sample``, the process tree's RSS is read every 50 ms, and a run
    that grows past ``RSS_LIMIT_MB`` is stopped (so a benchmark cannot take
    a shared machine's memory): it is reported as an error.
    """
    load = _load()
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    err = tempfile.TemporaryFile()
    peak = [0]
    killed = []
    start = time.perf_counter()
    # The child's ru_maxrss starts at the RSS of the process it was forked from (Linux keeps the
    # high-water mark across exec): forked from this runner, a small child would show the runner's
    # size. GNU time forks it from a 2 MB process and reports its own peak.
    rss_file = tempfile.NamedTemporaryFile(prefix="factlint-bench-rss-", delete=False) if TIME else None
    if rss_file:
        rss_file.close()
        cmd = [TIME, "-f", "%M", "-o", rss_file.name] + cmd
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, start_new_session=True)
    done = threading.Event()

    def sampler():
        while not done.wait(0.05):
            rss = _tree_rss_kb(proc.pid)
            peak[0] = max(peak[0], rss)
            if rss > RSS_LIMIT_MB * 1024 and not killed:
                killed.append(rss)
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except OSError:
                    pass

    thread = threading.Thread(target=sampler, daemon=True) if sample else None
    if thread:
        thread.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    if thread:
        thread.join()
    if killed:  # workers may still be exiting
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
    proc.returncode = os.waitstatus_to_exitcode(status)
    if stdout:
        out.close()
    error = ""
    if killed:
        error = f"stopped at {killed[0] / 1024:.0f} MB RSS (limit {RSS_LIMIT_MB:.0f} MB, --max-rss-mb)"
    elif proc.returncode not in (0, 1):
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
        error = lines[-1] if lines else f"exit {proc.returncode}"
    err.close()
    rss_kb = usage.ru_maxrss
    if rss_file:
        try:
            rss_kb = int(Path(rss_file.name).read_text().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
        os.unlink(rss_file.name)
    return Measure(wall, rss_kb / 1024, peak[0] / 1024, proc.returncode, load, stdout, error)


def code_hash() -> str:
    """A hash of factlint's sources: other people editing them mid-run is worth knowing."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "checker").rglob("*.py")):
        try:
            digest.update(path.read_bytes())
        except OSError:
            pass
    return digest.hexdigest()[:12]


# ---------------------------------------------------------------- corpora


@dataclass
class Corpus:
    path: Path
    density: str
    manifest: dict

    @property
    def mb(self) -> float:
        return self.manifest["bytes"] / MB

    @property
    def docs(self) -> Path:
        return self.path / "docs"


def corpus(folder: Path, mb: float, facts: int, density: str, seed: int, also: tuple[int, ...]) -> Corpus:
    """The corpus for these parameters, generated unless a complete one is cached."""
    gen_hash = hashlib.sha256((HERE / "generate.py").read_bytes()).hexdigest()[:10]
    docs = max(1, round(mb * 50))
    also_key = "-".join(str(a) for a in also) or "none"
    key = f"{density}-{mb:g}mb-{docs}docs-{facts}facts-also{also_key}-seed{seed}-gen{gen_hash}"
    path = folder / key
    if not (path / "manifest.json").exists():
        shutil.rmtree(path, ignore_errors=True)
        tmp = folder / (key + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"generating {density} corpus, {mb:g} MB, {facts} facts -> {path}", file=sys.stderr)
        cmd = [PYTHON, str(HERE / "generate.py"), str(tmp), "--mb", str(mb), "--facts", str(facts),
               "--density", density, "--seed", str(seed)]
        for a in also:
            cmd += ["--also-facts", str(a)]
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        print(f"  generated in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        tmp.rename(path)
    manifest = json.loads((path / "manifest.json").read_text())
    return Corpus(path, density, manifest)


# ---------------------------------------------------------------- the suite


@dataclass
class Row:
    label: str
    corpus_mb: float
    documents: int
    facts: int
    phrases: int
    m: Measure | None
    floor: float | None = None  # floor wall on the same corpus
    rg: float | None = None  # rg -j1 wall on the same corpus and phrases
    findings: int | None = None
    note: str = ""

    def cells(self) -> list[str]:
        if self.m is None:
            return [self.label, f"{self.corpus_mb:.1f}", str(self.documents), str(self.facts),
                    str(self.phrases), "n/a", "", "", "", "", "", self.note]
        m = self.m
        rate = self.corpus_mb / m.wall if m.wall else 0
        ratio_floor = f"{m.wall / self.floor:.1f}x" if self.floor else ""
        ratio_rg = f"{m.wall / self.rg:.1f}x" if self.rg else ("" if self.rg is None else "n/a")
        return [self.label, f"{self.corpus_mb:.1f}", str(self.documents), str(self.facts or "-"),
                str(self.phrases or "-"), f"{m.wall:.2f}", f"{rate:.2f}", f"{m.peak_mb:.0f}", ratio_floor,
                ratio_rg, "" if self.findings is None else str(self.findings),
                (f"load {m.load:.2f}" + (f"; {self.note}" if self.note else "")
                 + (f"; ERROR: {m.error}" if m.error else ""))]


HEAD = ["run", "corpus MB", "docs", "facts", "phrases", "wall s", "MB/s", "peak RSS MB",
        "x floor", "x rg -j1", "findings", "notes"]


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    right = {i for i, h in enumerate(header) if h not in ("run", "notes", "target", "status")}

    def line(cells):
        return "| " + " | ".join(c.rjust(w) if i in right else c.ljust(w)
                                 for i, (c, w) in enumerate(zip(cells, widths))) + " |"
    sep = "|" + "|".join(("-" * (w + 1) + ":") if i in right else ("-" * (w + 2))
                         for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), sep] + [line(r) for r in rows])


def factlint_flags() -> set[str]:
    text = subprocess.run(FACTLINT + ["check", "--help"], capture_output=True,
                          text=True, cwd=ROOT).stdout
    return {flag for flag in ("--jobs", "--no-cache", "--quiet") if flag in text}


def findings_of(path: Path | None) -> int | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))["summary"]["findings"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
        mem_text = f", {mem:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        mem_text = ""
    return f"{platform.system()} {platform.release()}, {cpu or platform.machine()}, {os.cpu_count()} cores{mem_text}"


def git_state() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=ROOT).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "checker"],
                               capture_output=True, text=True, cwd=ROOT).stdout.strip()
        return head + (" + uncommitted changes in checker/" if dirty else "")
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    global RSS_LIMIT_MB
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=200.0, help="size of the large corpora in MB (default 200)")
    parser.add_argument("--quick", action="store_true", help="20 MB corpora (overrides --mb)")
    parser.add_argument("--facts", type=int, default=1000, help="facts in the facts file (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpora", type=Path, default=Path(tempfile.gettempdir()) / "factlint-bench",
                        help="where generated corpora are kept and reused (default /tmp/factlint-bench)")
    parser.add_argument("--only", choices=("dense", "sparse"), help="one density only")
    parser.add_argument("--json", type=Path, help="also write every measurement to this JSON file")
    parser.add_argument("--profile", action="store_true",
                        help="instead of the suite: profile factlint --jobs 1 on the dense corpus with "
                             "cProfile and print the top functions")
    parser.add_argument("--max-rss-mb", type=float, default=RSS_LIMIT_MB,
                        help=f"stop a run whose processes grow past this (default {RSS_LIMIT_MB:.0f})")
    args = parser.parse_args(argv)
    RSS_LIMIT_MB = args.max_rss_mb
    code_at_start = code_hash()
    mb = 20.0 if args.quick else args.mb
    many = 10 * args.facts
    args.corpora.mkdir(parents=True, exist_ok=True)
    flags = factlint_flags()
    rg = shutil.which("rg")
    started = datetime.datetime.now()
    print(f"factlint benchmark, {started:%Y-%m-%d %H:%M}; {machine()}; Python {platform.python_version()}; "
          f"factlint at {git_state()}; rg: {_rg_version(rg)}; load average {_loadavg()}", file=sys.stderr)
    missing = {"--jobs", "--no-cache", "--quiet"} - flags
    if missing:
        print(f"factlint check has no {', '.join(sorted(missing))} yet: run without", file=sys.stderr)

    def factlint_cmd(facts: str, jobs: int | None = 1, cache: bool = False) -> list[str]:
        cmd = FACTLINT + ["check", "docs", "--facts", facts, "--format", "json"]
        if not cache and "--no-cache" in flags:
            cmd.append("--no-cache")
        if jobs and "--jobs" in flags:
            cmd += ["--jobs", str(jobs)]
        if "--quiet" in flags:
            cmd.append("--quiet")
        return cmd

    rows: list[Row] = []
    targets: list[tuple[str, str, str, str]] = []
    record: dict = {"date": started.isoformat(timespec="seconds"), "machine": machine(),
                    "python": platform.python_version(), "factlint": git_state(), "flags": sorted(flags),
                    "runs": []}
    out_dir = Path(tempfile.mkdtemp(prefix="factlint-bench-out-"))

    def run(label: str, c: Corpus, cmd: list[str], facts: int, phrases: int, floor=None, rg_wall=None,
            cwd: Path | None = None, note: str = "") -> Row:
        print(f"running: {label} ...", file=sys.stderr, end="", flush=True)
        out = out_dir / (label.replace(" ", "_").replace("/", "_") + ".json")
        m = measure(cmd, cwd or c.path, stdout=out)
        row = Row(label, c.mb, c.manifest["documents"], facts, phrases, m, floor, rg_wall,
                  findings_of(out), note)
        out.unlink(missing_ok=True)
        print(f" {m.wall:.2f} s, {m.peak_mb:.0f} MB", file=sys.stderr)
        rows.append(row)
        record["runs"].append({"label": label, "corpus_mb": c.mb, "wall": m.wall, "rss_mb": m.rss_mb,
                               "tree_mb": m.tree_mb, "load": m.load, "code": m.code, "error": m.error,
                               "findings": row.findings})
        return row

    def target(name: str, goal: str, value: str, ok: bool | None) -> None:
        targets.append((name, goal, value, "n/a" if ok is None else ("PASS" if ok else "MISS")))

    if args.profile:
        return profile(corpus(args.corpora, mb, args.facts, args.only or "dense", args.seed, (many,)), flags)
    densities = [args.only] if args.only else ["dense", "sparse"]
    main_runs: dict[str, Row] = {}
    for density in densities:
        big = corpus(args.corpora, mb, args.facts, density, args.seed, (many,))
        small = corpus(args.corpora, mb / 10, args.facts, density, args.seed, ())
        n_phrases = big.manifest["phrases"]
        n_many = big.manifest["also_facts"][str(many)]["phrases"]
        refs: dict[tuple[str, str], float | None] = {}
        for c, tag in ((big, "1x"), (small, "1/10")):
            floor = run(f"{density} {tag}: Python floor", c, [PYTHON, "-c", FLOOR, "docs"], 0, 0)
            refs[(tag, "floor")] = floor.m.wall
            if rg:
                r = run(f"{density} {tag}: rg -j1", c, [rg, "-j1", "-c", "-i", "-w", "-F", "-f", "phrases.txt", "docs"],
                        args.facts, n_phrases if c is big else c.manifest["phrases"], floor=refs[(tag, "floor")])
                refs[(tag, "rg")] = r.m.wall
                if c is big:
                    run(f"{density} {tag}: rg (all threads)", c, [rg, "-c", "-i", "-w", "-F", "-f", "phrases.txt", "docs"],
                        args.facts, n_phrases, floor=refs[(tag, "floor")])
            else:
                refs[(tag, "rg")] = 0.0  # shown as n/a
                rows.append(Row(f"{density} {tag}: rg", c.mb, c.manifest["documents"], args.facts,
                                c.manifest["phrases"], None, note="rg not installed"))
        one = run(f"{density}: factlint --jobs 1", big, factlint_cmd("facts.yaml", 1), args.facts, n_phrases,
                  refs[("1x", "floor")], refs[("1x", "rg")])
        main_runs[density] = one
        if "--jobs" in flags:
            two = run(f"{density}: factlint --jobs 2", big, factlint_cmd("facts.yaml", 2), args.facts,
                      n_phrases, refs[("1x", "floor")], refs[("1x", "rg")])
        else:
            two = None
            rows.append(Row(f"{density}: factlint --jobs 2", big.mb, big.manifest["documents"], args.facts,
                            n_phrases, None, note="factlint has no --jobs"))
        # No rg figure with 10x the phrases: rg -i -w compiles 26,000 phrases into a regex for
        # about a minute and 1.5 GB before it reads a byte (measured; see README).
        ten = run(f"{density}: factlint, 10x facts", big, factlint_cmd(f"facts-{many}.yaml", 1), many, n_many,
                  refs[("1x", "floor")], None)
        tenth = run(f"{density}: factlint, 1/10 corpus", small, factlint_cmd("facts.yaml", 1), args.facts,
                    small.manifest["phrases"], refs[("1/10", "floor")], refs[("1/10", "rg")])
        rate = big.mb / one.m.wall
        goal = 10 if density == "dense" else 25
        target(f"{density}: MB/s at --jobs 1", f">= {goal}", f"{rate:.2f}", rate >= goal and not one.m.error)
        if two:
            speedup = one.m.wall / two.m.wall
            target(f"{density}: --jobs 2 speed-up", ">= 1.6x", f"{speedup:.2f}x (load {two.m.load:.2f})",
                   speedup >= 1.6 and not two.m.error)
        else:
            target(f"{density}: --jobs 2 speed-up", ">= 1.6x", "no --jobs", None)
        growth = ten.m.wall / one.m.wall
        target(f"{density}: 10x facts, time", "<= 1.5x",
               f"> {growth:.2f}x (stopped: {ten.m.error})" if ten.m.error else f"{growth:.2f}x",
               growth <= 1.5 and not ten.m.error)
        growth = one.m.wall / tenth.m.wall
        target(f"{density}: 10x corpus, time", "<= 11x", f"{growth:.2f}x", growth <= 11 and not tenth.m.error)
        target(f"{density}: peak RSS at --jobs 1 ({big.mb:.0f} MB corpus)", "<= 150 MB",
               f"{one.m.peak_mb:.0f} MB", one.m.peak_mb <= 150)

        if density == densities[0]:
            # (g) the cache: a hard-linked copy of the corpus, so editing a document leaves the
            # generated corpus as it was (the edit replaces the file, it does not write through).
            work = Path(tempfile.mkdtemp(prefix="factlint-bench-cache-", dir=args.corpora))
            try:
                subprocess.run(["cp", "-al", str(big.docs), str(work / "docs")], check=True)
                shutil.copy(big.path / "facts.yaml", work / "facts.yaml")
                view = Corpus(work, density, big.manifest)
                # factlint's cache is keyed by its own source: an edit to checker/ between the
                # first run and the re-run (other people work here) empties it. Then try again.
                for attempt in range(3):
                    before = code_hash()
                    shutil.rmtree(work / ".factlint_cache", ignore_errors=True)
                    cold = run(f"{density}: cache, first run", view, factlint_cmd("facts.yaml", 1, cache=True),
                               args.facts, n_phrases, refs[("1x", "floor")], refs[("1x", "rg")], cwd=work,
                               note="" if "--no-cache" in flags else "factlint has no cache")
                    warm = run(f"{density}: cache, unchanged re-run", view,
                               factlint_cmd("facts.yaml", 1, cache=True), args.facts, n_phrases,
                               refs[("1x", "floor")], refs[("1x", "rg")], cwd=work)
                    if code_hash() == before:
                        break
                    print("checker/ changed during the cache runs: again", file=sys.stderr)
                    rows.remove(cold)
                    rows.remove(warm)
                edited = sorted((work / "docs").rglob("*.txt"))[len(big.manifest["by_kind"])]
                text = edited.read_text(encoding="utf-8")
                tmp = edited.with_suffix(".tmp")
                tmp.write_text(text + "\nA further sentence added by the benchmark to change this document.\n",
                               encoding="utf-8")
                os.replace(tmp, edited)
                after = run(f"{density}: cache, one document edited", view, factlint_cmd("facts.yaml", 1, cache=True),
                            args.facts, n_phrases, refs[("1x", "floor")], refs[("1x", "rg")], cwd=work)
                share = warm.m.wall / cold.m.wall
                target(f"{density}: warm cache re-run / first run", "<= 10%", f"{100 * share:.1f}%",
                       (share <= 0.10) if "--no-cache" in flags else None)
                target(f"{density}: one document edited / first run", "(info)",
                       f"{100 * after.m.wall / cold.m.wall:.1f}%", None)
            finally:
                shutil.rmtree(work, ignore_errors=True)

    # (h) one seed document with the shipped facts: start-up plus one small document.
    seed_doc = sorted((ROOT / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)[-1]
    scratch = Path(tempfile.mkdtemp(prefix="factlint-bench-seed-"))
    cmd = FACTLINT + ["check", str(seed_doc), "--facts", str(ROOT / "facts.yaml"), "--format", "json"] + (["--no-cache"] if "--no-cache" in flags else [])
    if "--quiet" in flags:
        cmd.append("--quiet")
    walls = []
    for _ in range(11):
        m = measure(cmd, scratch, sample=False)
        walls.append(m.wall)
    shutil.rmtree(scratch, ignore_errors=True)
    median = statistics.median(walls)
    seed_mb = seed_doc.stat().st_size / MB
    shipped = (ROOT / "facts.yaml").read_text(encoding="utf-8").count("\n  - id: ")
    rows.append(Row(f"seed {seed_doc.name}, shipped facts (median of 11)", seed_mb, 1, shipped, 0,
                    Measure(median, m.rss_mb, 0, m.code, m.load, None, m.error),
                    note=f"min {min(walls):.3f} s, max {max(walls):.3f} s"))
    target("one seed document, median wall", "<= 0.25 s", f"{median:.3f} s", median <= 0.25 and not m.error)
    record["runs"].append({"label": "seed document", "walls": walls})

    shutil.rmtree(out_dir, ignore_errors=True)
    print()
    print(f"factlint benchmark, {started:%Y-%m-%d %H:%M}, {machine()}, Python {platform.python_version()}, "
          f"factlint {git_state()}, rg {_rg_version(rg)}; flags: {' '.join(sorted(flags)) or 'none'}")
    print(f"load average at the end: {_loadavg()}")
    if code_hash() != code_at_start:
        print("NOTE: factlint's sources (checker/) changed while the benchmark ran: rows may "
              "measure different code")
        record["code_changed"] = True
    print()
    print(table(HEAD, [r.cells() for r in rows]))
    print()
    print(table(["target", "goal", "measured", "status"], [list(t) for t in targets]))
    record["targets"] = targets
    if args.json:
        args.json.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return 0


def profile(c: Corpus, flags: set[str]) -> int:
    """cProfile one ``--jobs 1`` run; the top functions by own time and by cumulative time."""
    import pstats

    out = Path(tempfile.mkdtemp(prefix="factlint-bench-profile-"))
    cmd = [PYTHON, "-m", "cProfile", "-o", str(out / "run.prof"), "-m", "checker.cli", "check", "docs",
           "--facts", "facts.yaml", "--format", "json"]
    cmd += [f for f in ("--no-cache", "--quiet") if f in flags] + (["--jobs", "1"] if "--jobs" in flags else [])
    print(f"profiling {c.density} {c.mb:.1f} MB, load {_loadavg()} ...", file=sys.stderr)
    m = measure(cmd, c.path, stdout=out / "out.json")
    print(f"{c.density} corpus, {c.mb:.1f} MB, {c.manifest['documents']} documents, {c.manifest['facts']} facts: "
          f"{m.wall:.1f} s under cProfile, load {m.load:.2f}{'; ERROR ' + m.error if m.error else ''}")
    stats = pstats.Stats(str(out / "run.prof"))
    stats.sort_stats("tottime").print_stats(15)
    stats.sort_stats("cumulative").print_stats(30)
    shutil.rmtree(out, ignore_errors=True)
    return 0


def _rg_version(rg: str | None) -> str:
    if not rg:
        return "not installed"
    try:
        return subprocess.run([rg, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    except OSError:
        return "unknown"


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
