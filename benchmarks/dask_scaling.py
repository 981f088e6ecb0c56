"""`python -m benchmarks.run --dask`: the SaudiNewsNet week on LocalClusters of 1 and 2 workers.

Each run is a whole CLI process, the cluster's start-up included, beside the local engine with
as many processes; the reports must be byte-identical. The fixed cost (a cluster for one
article) and the per-article cost are separated, and the extrapolation to 10 million
articles is computed from the measured figures, not typed in.
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.run import REPO, Measure, corpus_bytes, factcheck, measure

ARCHIVE = 10_000_000
# Best of three: the machine is shared, and the best run is the one least disturbed.
REPEAT = 3


def dask_scaling(folder: Path) -> list[str]:
    load = os.getloadavg()[0]
    articles, size = corpus_bytes(folder)
    seed = REPO / "seeds" / "000_13c517c7ce34dff0.txt"
    runs: dict[str, Measure] = {}
    with tempfile.TemporaryDirectory() as tmp:
        reports: dict[str, str] = {}
        for workers in (1, 2):
            local = Path(tmp) / f"local-{workers}.json"
            runs[f"local {workers}"] = best(factcheck(folder, local, workers))
            remote = Path(tmp) / f"dask-{workers}.json"
            runs[f"dask {workers}"] = best(factcheck(folder, remote) + _dask(workers))
            runs[f"start {workers}"] = best(
                factcheck(seed, Path(tmp) / "seed.json") + _dask(workers)
            )
            reports[f"local {workers}"] = local.read_text(encoding="utf-8")
            reports[f"dask {workers}"] = remote.read_text(encoding="utf-8")
        if len(set(reports.values())) != 1:
            raise SystemExit("the Dask and local reports differ: the benchmark is void")
        report = json.loads(reports["dask 2"])
    stories = _stories(folder)
    shuffle = _shuffle_bytes(report, stories)
    idle, peaks = worker_memory(folder, workers=2)
    lines = [
        f"### Dask engine: SaudiNewsNet week, {articles:,} articles, {size / 1e6:.1f} MB",
        "",
        "| run | wall | peak RSS (largest process) | speed-up 1 -> 2 | over local |",
        "|---|---:|---:|---:|---:|",
    ]
    for workers in (1, 2):
        local, dask, start = (runs[f"{kind} {workers}"] for kind in ("local", "dask", "start"))
        speedup = runs["dask 1"].wall / dask.wall if workers == 2 else None
        lines += [
            f"| local engine, --jobs {workers} | {local.wall:.2f} s | "
            f"{local.peak_rss_mb:.0f} MB | - | - |",
            f"| dask, LocalCluster of {workers} | {dask.wall:.2f} s | {dask.peak_rss_mb:.0f} MB | "
            f"{'-' if speedup is None else f'{speedup:.2f}x'} | "
            f"+{dask.wall - local.wall:.2f} s ({dask.wall / local.wall:.2f}x) |",
            f"| dask, LocalCluster of {workers}, one article (fixed cost) | {start.wall:.2f} s | "
            f"{start.peak_rss_mb:.0f} MB | - | - |",
        ]
    lines += [
        "",
        f"Load average when the benchmark started: {load:.1f} on {os.cpu_count()} cores "
        "(other jobs share this machine; compare ratios taken in one run). "
        "The reports of all four runs are byte-identical. Peak RSS of each worker of a "
        f"LocalCluster of 2 over the week: {', '.join(f'{peak:.0f} MB' for peak in peaks)} "
        f"({idle:.0f} MB resident when idle, its code and lexicons loaded; sampled by the "
        "worker's own monitor).",
        "",
    ]
    lines += _extrapolation(runs, articles, size, report, shuffle, idle, max(peaks), stories)
    return lines


def worker_memory(folder: Path, workers: int) -> tuple[float, list[float]]:
    """Each worker's own peak RSS over a run (in this process: the CLI cannot ask them)."""
    from distributed import Client, LocalCluster

    from factcheck.align import load_rules
    from factcheck.engines.dask_engine import run_stages
    from factcheck.extract import warm_up
    from factcheck.settings import Settings

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        client.run(warm_up)
        idle = max(client.run(rss_mb).values())
        settings = Settings(paths=[str(folder)], engine="dask", scheduler=cluster.scheduler_address)
        run_stages(settings, load_rules([]))
        return idle, sorted(client.run(sampled_peak_mb).values())


def rss_mb() -> float:
    import psutil  # a dependency of distributed

    return psutil.Process().memory_info().rss / 2**20


def sampled_peak_mb(dask_worker) -> float:
    """The highest RSS the worker's own monitor sampled. Not ru_maxrss: a spawned process
    inherits its parent's high-water mark through exec, and this parent holds reports."""
    return max(dask_worker.monitor.quantities["memory"]) / 2**20


def best(argv: list[str]) -> Measure:
    return min((measure(argv[0], argv) for _ in range(REPEAT)), key=lambda run: run.wall)


def _dask(workers: int) -> list[str]:
    return ["--engine", "dask", "--workers", str(workers)]


@dataclass
class Stories:
    """The one step that does not spread: stories over every document, in one task."""

    seconds: float
    views_bytes: int  # every document as stories read it (metadata and lead), pickled


def _shuffle_bytes(report: dict, stories: Stories) -> int:
    """What the shuffle moves: every claim, pickled, with its document as stories read it
    (an upper bound: a document goes only with the buckets that have its claims)."""
    from factcheck.models import Claim

    claims = [Claim.model_validate(claim) for claim in report["claims"]]
    return len(pickle.dumps(claims)) + stories.views_bytes


def _stories(folder: Path) -> Stories:
    from factcheck.align import load_rules
    from factcheck.align.stories import stories_of, story_view
    from factcheck.read import read_inputs

    documents, _ = read_inputs([str(folder)], 1 << 30)
    views = [story_view(document) for document in documents]
    rules = load_rules([])
    start = time.perf_counter()
    stories_of(views, rules)
    return Stories(time.perf_counter() - start, len(pickle.dumps(views)))


def _extrapolation(
    runs: dict[str, Measure],
    articles: int,
    size: int,
    report: dict,
    shuffle: int,
    idle: float,
    peak: float,
    stories: Stories,
) -> list[str]:
    per_worker = articles / max(1e-9, runs["dask 1"].wall - runs["start 1"].wall)
    on_two = articles / max(1e-9, runs["dask 2"].wall - runs["start 2"].wall)
    efficiency = on_two / (2 * per_worker)
    scale = ARCHIVE / articles
    claims = report["summary"]["claims"]
    hours_100 = ARCHIVE / (per_worker * 100 * min(1.0, efficiency)) / 3600
    # A worker of two held about half the week; 100 workers each hold 1/100 of the archive.
    held = (peak - idle) * 2 * scale / 100
    return [
        "#### Extrapolation to 10 million articles",
        "",
        f"(Best of {REPEAT} runs each.) "
        f"One worker process checks {per_worker:,.0f} articles/s once the cluster is up "
        f"(start-up {runs['start 1'].wall:.1f} s); two reach {on_two:,.0f} articles/s, a "
        f"parallel efficiency of {efficiency:.0%} on this 2-core machine, where the client, "
        "the scheduler and both workers share the cores. Work grows linearly with articles "
        "(reading and extraction are per document, alignment compares claims within a block "
        f"only), so 10 million articles, {size * scale / 1e9:.0f} GB of text, are "
        f"{ARCHIVE / per_worker / 3600:,.1f} worker-hours: about {hours_100:.2f} h on 100 "
        "workers at this efficiency, plus the one-off start-up. On this shared 2-core machine "
        "the client, the scheduler and two workers compete for the cores, so the speed-up "
        "from one worker to two understates a cluster of real machines; the per-worker rate is "
        "the figure that carries. "
        f"Memory per worker: {idle:.0f} MB of code and lexicons when idle. What grows with "
        "the archive is what a worker holds until the report is written: the claims and "
        "documents (as stories read them) of its share, "
        f"{shuffle * scale / 100 / 2**20:,.0f} MB pickled per worker for 10 million articles "
        "on 100 workers; the partition being read and extracted is a bounded transient. The "
        f"measured peak, {peak - idle:.0f} MB above idle for half of this week, scaled "
        f"linearly as if all of it were held, gives a ceiling of {idle + held:,.0f} MB. "
        "The shuffle moves every claim once with its document as stories read it: "
        f"{shuffle / 1e6:.1f} MB for this week's {claims:,} claims, so "
        f"{shuffle * scale / 1e9:,.1f} GB for 10 million articles, of which (W-1)/W crosses "
        "the network. What does not spread: stories are told apart by one sequential task "
        f"over every document's title and lead ({stories.seconds:.2f} s and "
        f"{stories.views_bytes / 1e6:.0f} MB for this week, so about "
        f"{stories.seconds * scale / 3600:.1f} h and {stories.views_bytes * scale / 1e9:.0f} GB "
        "on one worker for 10 million articles, if it stays linear), alignment is bounded by "
        "the largest block (all claims with one blocking key go to one worker), and the client "
        "gathers every claim at the end because the report is one document: at that scale "
        "the stories task and the single report are the limits, not the engine.",
        "",
    ]
