"""`--engine dask`: the same report as the local engine, byte for byte, even when a worker dies."""

from __future__ import annotations

import functools
import os
import signal
from pathlib import Path

import pytest

from tests.conftest import SEEDS, run_cli, shared_path

distributed = pytest.importorskip(
    "distributed", reason="the Dask engine's extra is not installed: pip install '.[dask]'"
)

JSON = ("--format", "json", "--fail-on", "never", "-q")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, as in CI; shared so the tests pay for one start-up."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        yield cluster


@functools.cache  # one local run per input set serves every comparison with it
def local_report(*paths: Path) -> str:
    result = run_cli(*paths, *JSON, "--jobs", "1")
    assert result.status == 0, result.stderr
    return result.stdout


def test_all_ecbplus_articles_give_the_local_report_on_a_local_cluster_of_two():
    clusters = shared_path("corpus", "ecbplus", "clusters")
    expected = local_report(clusters)
    result = run_cli(clusters, *JSON, "--engine", "dask", "--workers", "2")
    assert result.status == 0, result.stderr
    assert result.stdout == expected
    assert result.json["summary"]["documents"] == 982


def test_a_saudinewsnet_day_gives_the_local_report_on_a_scheduler(cluster):
    day = shared_path("corpus", "saudinewsnet", "articles", "2015-08-07.jsonl")
    expected = local_report(day)
    result = run_cli(day, *JSON, "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert result.status == 0, result.stderr
    assert result.stdout == expected
    assert result.json["summary"]["documents"] == 1454


class KillOnce(distributed.WorkerPlugin):
    """Kills its worker's process the first time any worker finishes routing a part of claims,
    so results already computed on it are lost mid-shuffle and must be recomputed."""

    name = "kill-once"

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key, start, finish, **kwargs) -> None:
        if finish != "memory" or not str(key).startswith("split_part"):
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return
        os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_killed_mid_run_loses_no_document(cluster, tmp_path: Path):
    day = shared_path("corpus", "saudinewsnet", "articles", "2015-08-07.jsonl")
    expected = local_report(day)
    marker = tmp_path / "killed"
    with distributed.Client(cluster) as client:
        client.register_plugin(KillOnce(str(marker)))
        try:
            result = run_cli(
                day, *JSON, "--engine", "dask", "--scheduler", cluster.scheduler_address
            )
        finally:
            client.unregister_worker_plugin(KillOnce.name)
    assert marker.exists(), "no worker was killed: the test proved nothing"
    assert result.status == 0, result.stderr
    assert result.stdout == expected
    ids = [document["id"] for document in result.json["documents"]]
    assert len(ids) == len(set(ids)) == 1454


@pytest.mark.parametrize("form", ["markdown", "sarif", "html"])
def test_reports_that_quote_the_text_are_the_same_through_dask(cluster, form, tmp_path: Path):
    """Every format but JSON shows or locates the article text: bodies must reach them."""
    outputs = {}
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.{form}"
        flags = ["--scheduler", cluster.scheduler_address] if engine == "dask" else []
        result = run_cli(
            SEEDS,
            "--format",
            form,
            "-o",
            out,
            "--fail-on",
            "never",
            "-q",
            "--engine",
            engine,
            *flags,
        )
        assert result.status == 0, result.stderr
        outputs[engine] = out.read_text(encoding="utf-8")
    assert outputs["dask"] == outputs["local"]


def test_seeds_through_dask_match_the_local_run():
    expected = local_report(SEEDS)
    result = run_cli(SEEDS, *JSON, "--engine", "dask", "--workers", "1")
    assert result.stdout == expected


@pytest.fixture(scope="module")
def threads():
    """Workers in this process: the memory:// filesystem is this process's memory."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as cluster:
        yield cluster


def archive_layout() -> dict[str, bytes]:
    """A story folder with articles.yaml, a cluster file, and what discovery must skip."""
    ecb = shared_path("corpus", "ecbplus", "clusters", "37ecbplus.jsonl")
    files = {f"story/{p.name}": p.read_bytes() for p in sorted(SEEDS.iterdir())}
    files["ecb/37ecbplus.jsonl"] = ecb.read_bytes()
    files["ecb/.draft.txt"] = b"The death toll rose to 12."
    files["reports/old.json"] = b'{"text": "The death toll rose to 12."}'
    files["ecb/notes.csv"] = b"toll,12"
    return files


def test_memory_urls_give_the_local_report_with_urls_for_paths(threads, tmp_path: Path):
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    for name, data in archive_layout().items():
        memory.pipe(f"/fc-archive/{name}", data)
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    reports = []
    try:
        for local, url in (
            (tmp_path, "memory://fc-archive"),
            (tmp_path / "ecb" / "37ecbplus.jsonl", "memory://fc-archive/ecb/37ecbplus.jsonl"),
        ):
            expected = local_report(local).replace(str(tmp_path), "memory://fc-archive")
            result = run_cli(
                url, *JSON, "--engine", "dask", "--scheduler", threads.scheduler_address
            )
            assert result.status == 0, result.stderr
            assert result.stdout == expected
            reports.append(result.json)
        folder, single = reports
        assert len(folder["documents"]) == 14 + 2  # hidden files, reports/ and .csv skipped
        assert [d["outlet"] for d in folder["documents"][-2:]] == ["AFP", "RT Arabic"]
        assert folder["documents"][-1]["path"] == (
            "memory://fc-archive/story/002_e9d20ef3cce80770.txt"
        )
        assert single["documents"][0]["id"] == "37ecbplus.jsonl#37_10ecbplus"
    finally:
        memory.rm("/fc-archive", recursive=True)


def test_a_missing_url_is_listed_under_errors_and_the_rest_is_read(threads):
    result = run_cli(
        SEEDS,
        "memory://fc-nowhere/story",
        *JSON,
        "--engine",
        "dask",
        "--scheduler",
        threads.scheduler_address,
    )
    assert result.status == 2
    assert result.json["errors"] == [
        {"path": "memory://fc-nowhere/story", "message": "no such file or directory", "line": None}
    ]
    assert result.json["summary"]["documents"] == 2
