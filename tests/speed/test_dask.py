"""The dask executor (--executor dask): the same findings as a local run, on a LocalCluster.

The cluster's workers are separate processes (processes=True), started
before the test moves into its project folder: the facts, the documents
and the results cross process boundaries pickled, and the workers resolve
no path against the test's current folder.
"""

import json
import shutil
import sys

import pytest

from checker.cli import main
from tests.conftest import FACTS, SEEDS

EXTRA = "the dask executor needs the 'dask' extra: pip install 'factlint[dask]'"


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip(
        "distributed", reason="dask.distributed is not installed (pip install 'factlint[dask]')")
    pytest.importorskip("fsspec", reason="fsspec is not installed (pip install 'factlint[dask]')")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


@pytest.fixture
def project(tmp_path, monkeypatch):
    for copy in range(2):
        shutil.copytree(SEEDS, tmp_path / "seeds" / f"copy{copy}")
    shutil.copy(FACTS, tmp_path / "facts.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_json(capsys, *args):
    code = main(["check", "--format", "json", "--no-cache", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def on_dask(cluster, *args):
    return ("--executor", "dask", "--scheduler", cluster.scheduler_address, *args)


def test_dask_gives_the_same_json_as_a_local_run(cluster, project, capsys, monkeypatch):
    local = run_json(capsys, "--jobs", "1")
    # Nothing is checked in this process: every document must go to the workers.
    import checker.engine
    import checker.executors.dask_executor as executor

    def here(*args, **kwargs):
        raise AssertionError("checked in the test's process, not on a worker")
    monkeypatch.setattr(checker.engine, "check_here", here)
    monkeypatch.setattr(executor, "check_source", here)
    remote = run_json(capsys, *on_dask(cluster))
    assert remote == local
    assert json.loads(local[1])["summary"]["documents"] == 10
    assert json.loads(local[1])["findings"]


def comparable(findings):
    return [{k: v for k, v in f.items() if k not in ("path", "fingerprint")} for f in findings]


def test_a_memory_url_folder_is_listed_here_and_read_on_the_workers(cluster, tmp_path, monkeypatch, capsys):
    import distributed
    import fsspec

    shutil.copytree(SEEDS, tmp_path / "seeds")  # where facts.yaml's documents: globs expect them
    shutil.copy(FACTS, tmp_path / "facts.yaml")
    monkeypatch.chdir(tmp_path)

    documents = {f"/seeds/{p.name}": p.read_bytes() for p in sorted(SEEDS.iterdir())}

    def put(files):
        memory = fsspec.filesystem("memory")
        for path, data in files.items():
            memory.pipe(path, data)

    # The workers hold the documents; this process only placeholders, listed but never read
    # here: the findings can only come from reading on the workers.
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        client.run(put, documents)
    put({path: b"a placeholder: never read in the client" for path in documents}
        | {"/seeds/.hidden.txt": b"", "/seeds/notes.bin": b""})
    try:
        code, out, err = run_json(capsys, *on_dask(cluster, "memory://seeds/"))
        local = run_json(capsys, "--jobs", "1", "seeds")
    finally:
        fsspec.filesystem("memory").rm("/seeds", recursive=True)
    assert (code, err) == (local[0], local[2])
    remote, expected = json.loads(out), json.loads(local[1])
    assert remote["summary"] == expected["summary"]
    assert remote["summary"]["documents"] == 5  # the hidden file and the .bin are not documents
    assert comparable(remote["findings"]) == comparable(expected["findings"])
    assert [f["path"] for f in remote["findings"]] == [
        "memory:///" + f["path"] for f in expected["findings"]]


def test_url_listing(cluster):
    import fsspec

    from checker.executors.dask_executor import ExecutorError, url_sources

    memory = fsspec.filesystem("memory")
    for path in ("/corpus/a.txt", "/corpus/sub/b.md", "/corpus/.git/c.txt", "/corpus/d.exe",
                 "/corpus/drafts/e.txt", "/corpus/f.data"):
        memory.pipe(path, b"text")
    try:
        shown = [s.shown for s in url_sources(["memory://corpus/"], ["drafts"])]
        assert shown == ["memory:///corpus/a.txt", "memory:///corpus/sub/b.md"]
        assert [s.shown for s in url_sources(["memory://corpus/**/*.md", "memory://corpus/sub/b.md"])] \
            == ["memory:///corpus/sub/b.md", "memory://corpus/sub/b.md"]
        explicit = url_sources(["memory://corpus/f.data"])  # one file: whatever its extension
        assert [(s.shown, str(s.path)) for s in explicit] == [("memory://corpus/f.data", "corpus/f.data")]
        with pytest.raises(ExecutorError, match="no such file or folder: memory://corpus/nothing"):
            url_sources(["memory://corpus/nothing"])
    finally:
        memory.rm("/corpus", recursive=True)


def test_a_local_path_the_workers_cannot_see_stops_the_run(cluster, project):
    from pathlib import Path

    from checker.compiled import CompiledFacts
    from checker.engine import run
    from checker.executors.dask_executor import ExecutorError, dask_executor
    from checker.facts.loader import load_facts
    from checker.records import Source

    facts = CompiledFacts.build(load_facts("facts.yaml"))
    with pytest.raises(ExecutorError, match="cannot see .*shared storage"):
        run([Source(Path("gone/elsewhere.txt"), "gone/elsewhere.txt")], facts,
            executor=dask_executor(cluster.scheduler_address))


def test_the_scheduler_is_required_and_only_with_dask(project, capsys):
    code, out, err = run_json(capsys, "--executor", "dask")
    assert (code, out) == (2, "")
    assert "--executor dask needs --scheduler ADDRESS" in err
    code, out, err = run_json(capsys, "--scheduler", "tcp://127.0.0.1:8786")
    assert (code, out, err.strip()) == (2, "", "factlint: --scheduler needs --executor dask")


def test_without_the_extra_the_error_names_it(project, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    code, out, err = run_json(capsys, "--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786")
    assert (code, out, err.strip()) == (2, "", f"factlint: {EXTRA}")


def test_an_unreachable_scheduler_is_a_usage_error(project, capsys):
    dask = pytest.importorskip("dask", reason="dask is not installed (pip install 'factlint[dask]')")
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, out, err = run_json(capsys, "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert (code, out) == (2, "")
    assert err.startswith("factlint: cannot reach the dask scheduler at tcp://127.0.0.1:9")


def test_a_file_url_glob_gives_the_local_findings(cluster, tmp_path, monkeypatch, capsys):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(FACTS, tmp_path / "facts.yaml")
    monkeypatch.chdir(tmp_path)
    local = run_json(capsys, "--jobs", "1", "seeds")
    remote = run_json(capsys, *on_dask(cluster, (tmp_path / "seeds").as_uri() + "/*.txt"))
    assert (remote[0], remote[2]) == (local[0], local[2])
    remote, expected = json.loads(remote[1]), json.loads(local[1])
    assert remote["summary"] == expected["summary"]
    assert comparable(remote["findings"]) == comparable(expected["findings"])
    assert [f["path"] for f in remote["findings"]] == [
        (tmp_path / f["path"]).as_uri() for f in expected["findings"]]
