"""Throughput benchmark: factcheck against a floor and a peer, measured in the same run.

    python -m benchmarks.run                 # SaudiNewsNet week + all ECB+: full pipeline vs floor
    python -m benchmarks.run --scaling       # 1/8, 1/4, 1/2, all of SaudiNewsNet: growth ratios
    python -m benchmarks.run --dask          # the week on LocalClusters of 1 and 2 workers
    python -m benchmarks.run --write         # also rewrite benchmarks/RESULTS.md
    python -m benchmarks.run --repeat 5      # median of 5 runs of ours and of the floor (3)

Every figure is a whole process, timed from outside, its peak RSS read from wait4(), so the
numbers are what a user sees from the CLI. Ratios, not absolute times, are what to compare
across machines.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpus"
CORPORA = {
    "saudinewsnet": SHARED / "saudinewsnet" / "articles",
    "ecbplus": SHARED / "ecbplus" / "clusters",
}
RESULTS = Path(__file__).with_name("RESULTS.md")

# The floor: what any tool must pay to look at every digit once.
_FLOOR = """
import json, re, sys
from pathlib import Path
digits = re.compile(r"\\d+")
found = 0
for path in sorted(Path(sys.argv[1]).rglob("*.jsonl")):
    for line in path.open(encoding="utf-8"):
        found += len(digits.findall(json.loads(line)["text"]))
print(json.dumps({"numbers": found}))
"""

# The obvious peer for dated claims, on a sample, extrapolated by bytes.
_DATEPARSER = """
import json, sys, time
from pathlib import Path
from dateparser.search import search_dates
texts = [json.loads(line)["text"]
         for path in sorted(Path(sys.argv[1]).rglob("*.jsonl"))
         for line in path.open(encoding="utf-8")]
total = sum(len(t.encode()) for t in texts)
step = max(1, len(texts) // int(sys.argv[2]))
sample = texts[::step]
start = time.perf_counter()
found = 0
for text in sample:
    found += len(search_dates(text, languages=[sys.argv[3]]) or [])
spent = time.perf_counter() - start
done = sum(len(t.encode()) for t in sample)
print(json.dumps({"sample": len(sample), "dates": found, "seconds": spent,
                  "extrapolated": spent * total / done}))
"""


@dataclass
class Measure:
    label: str
    wall: float
    peak_rss_mb: float
    output: str

    @property
    def row(self) -> str:
        return f"{self.wall:8.2f} s  {self.peak_rss_mb:8.0f} MB"


def measure(label: str, argv: list[str]) -> Measure:
    """Runs argv as a child, returns its wall time and its own peak RSS."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, cwd=REPO)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    if process.returncode not in (0, 1):
        raise SystemExit(f"{label}: exit {process.returncode}: {' '.join(argv)}")
    return Measure(label, wall, usage.ru_maxrss / 1024, output)


def median(runs: list[Measure]) -> Measure:
    return sorted(runs, key=lambda run: run.wall)[len(runs) // 2]


def compiled_as_installed() -> None:
    """`python -m factcheck` here runs the checkout's modules. pip compiles an installed
    package's bytecode; a checkout's is written by its first run, or never where
    PYTHONDONTWRITEBYTECODE is set, and then every run compiles ~100 modules from source
    (0.06-0.08 s of start-up). The benchmark measures the package as installed."""
    compileall.compile_dir(REPO / "factcheck", quiet=2)


def summary_of(report: Path) -> dict[str, int]:
    """The report's summary, read in a child: on Linux a child's peak RSS starts from its
    parent's at fork, so this process must never hold a whole report while it measures."""
    code = "import json, sys; print(json.dumps(json.load(open(sys.argv[1]))['summary']))"
    out = subprocess.run(
        [sys.executable, "-c", code, str(report)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def corpus_bytes(folder: Path) -> tuple[int, int]:
    articles = size = 0
    for path in sorted(folder.rglob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            articles += 1
            size += len(json.loads(line)["text"].encode())
    return articles, size


def factcheck(folder: Path, report: Path, jobs: int | None = None) -> list[str]:
    argv = [sys.executable, "-m", "factcheck", str(folder), "--format", "json", "-o", str(report)]
    argv += ["--fail-on", "never", "-q"]
    return argv + (["--jobs", str(jobs)] if jobs else [])


def throughput(name: str, folder: Path, sample: int, language: str, repeat: int = 1) -> list[str]:
    articles, size = corpus_bytes(folder)
    runs: list[Measure] = []
    floors: list[Measure] = []
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        # Ours and the floor in turns, so that a burst of load on the shared machine falls on
        # both; each reads as its median run.
        for _ in range(repeat):
            runs.append(measure("factcheck", factcheck(folder, report)))
            floors.append(measure("floor", [sys.executable, "-c", _FLOOR, str(folder)]))
        data = {"summary": summary_of(report)}
    ours, floor = median(runs), median(floors)
    peer = measure(
        "dateparser", [sys.executable, "-c", _DATEPARSER, str(folder), str(sample), language]
    )
    peer_seconds = json.loads(peer.output)["extrapolated"]
    mb = size / 1e6
    lines = [
        f"### {name}: {articles:,} articles, {mb:.1f} MB of text (median of {repeat} runs)",
        "",
        "| run | wall | articles/s | MB/s | peak RSS | claims | findings | ours / it |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        _row(
            "factcheck (full pipeline, JSON report)",
            ours.wall,
            articles,
            mb,
            ours.peak_rss_mb,
            data["summary"]["claims"],
            sum(data["summary"][k] for k in ("agreement", "conflict", "revision", "single_source")),
            None,
        ),
        _row(
            "floor: read + JSON decode + one digit regex",
            floor.wall,
            articles,
            mb,
            floor.peak_rss_mb,
            None,
            None,
            ours.wall / floor.wall,
        ),
        _row(
            f"dateparser search_dates ({sample} articles, extrapolated)",
            peer_seconds,
            articles,
            mb,
            peer.peak_rss_mb,
            None,
            None,
            ours.wall / peer_seconds,
        ),
        "",
    ]
    return lines


def _row(label, wall, articles, mb, rss, claims, findings, ratio) -> str:
    cells = [
        label,
        f"{wall:.2f} s",
        f"{articles / wall:,.0f}",
        f"{mb / wall:.2f}",
        f"{rss:.0f} MB",
        "-" if claims is None else f"{claims:,}",
        "-" if findings is None else f"{findings:,}",
        "-" if ratio is None else f"{ratio:.2f}x",
    ]
    return "| " + " | ".join(cells) + " |"


def startup(repeat: int = 5) -> list[str]:
    """What a one-article run pays before any work: interpreter, imports, lexicons."""
    seed = REPO / "seeds" / "000_13c517c7ce34dff0.txt"
    runs = {
        "python -c pass (the interpreter alone)": [sys.executable, "-c", "pass"],
        "factcheck --version": [sys.executable, "-m", "factcheck", "--version"],
        "factcheck one article, JSON": [
            sys.executable,
            "-m",
            "factcheck",
            str(seed),
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
        "factcheck one article, terminal report": [
            sys.executable,
            "-m",
            "factcheck",
            str(seed),
            "--fail-on",
            "never",
        ],
    }
    lines = [
        f"### Start-up (best of {repeat})",
        "",
        "| command | wall | peak RSS |",
        "|---|---:|---:|",
    ]
    for label, argv in runs.items():
        best = min((measure(label, argv) for _ in range(repeat)), key=lambda m: m.wall)
        lines.append(f"| {label} | {best.wall:.3f} s | {best.peak_rss_mb:.0f} MB |")
    return [*lines, ""]


def scaling(folder: Path) -> list[str]:
    """The same pipeline on growing prefixes of every day's file: time and memory growth."""
    lines = [
        "### Scaling on SaudiNewsNet",
        "",
        "| share | articles | wall | peak RSS | claims |",
        "|---|---:|---:|---:|---:|",
    ]
    days = {
        path.name: path.read_text(encoding="utf-8").splitlines(True)
        for path in sorted(folder.glob("*.jsonl"))
    }
    walls: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for share, fraction in (("1/8", 8), ("1/4", 4), ("1/2", 2), ("all", 1)):
            subset = Path(tmp) / share.replace("/", "-")
            subset.mkdir()
            # Every fraction-th record of every day, each day in its own file as in the corpus
            # (record ids repeat across days), so each share spans all five days alike.
            articles = 0
            for name, records in days.items():
                (subset / name).write_text("".join(records[::fraction]), encoding="utf-8")
                articles += len(records[::fraction])
            report = Path(tmp) / "report.json"
            run = measure(share, factcheck(subset, report))
            claims = summary_of(report)["claims"]
            walls[share] = run.wall
            lines.append(
                f"| {share} | {articles:,} | {run.wall:.2f} s | "
                f"{run.peak_rss_mb:.0f} MB | {claims:,} |"
            )
    lines += ["", f"Growth all/half: **{walls['all'] / walls['1/2']:.2f}** (linear is 2.0).", ""]
    return lines


def machine() -> list[str]:
    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        ).stdout.strip()
        or "unknown"
    )
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores ({cpu}), "
        f"Python {platform.python_version()}, commit `{commit}`.",
        "",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scaling", action="store_true", help="growth over 1/8 .. all")
    parser.add_argument("--dask", action="store_true", help="the week on Dask, 1 and 2 workers")
    parser.add_argument("--write", action="store_true", help="rewrite benchmarks/RESULTS.md")
    parser.add_argument("--sample", type=int, default=40, help="articles for the dateparser peer")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of ours and of the floor, median shown"
    )
    args = parser.parse_args()
    missing = [str(folder) for folder in CORPORA.values() if not folder.is_dir()]
    if missing:
        print(f"absent: {', '.join(missing)}; ../shared/ must be beside the checkout")
        return 2
    compiled_as_installed()
    lines = machine()
    if args.dask:
        from benchmarks.dask_scaling import dask_scaling

        lines += dask_scaling(CORPORA["saudinewsnet"])
    elif args.scaling:
        lines += scaling(CORPORA["saudinewsnet"])
    else:
        for name, corpus, language in (
            ("SaudiNewsNet week", "saudinewsnet", "ar"),
            ("ECB+ (all clusters)", "ecbplus", "en"),
        ):
            lines += throughput(name, CORPORA[corpus], args.sample, language, args.repeat)
        lines += startup()
    text = "\n".join(lines)
    print(text)
    if args.write:
        _write_section(_section(args), text)
    return 0


def _section(args: argparse.Namespace) -> str:
    return "dask" if args.dask else "scaling" if args.scaling else "throughput"


def _write_section(name: str, text: str) -> None:
    """RESULTS.md keeps hand-written notes; only the marked generated sections are replaced."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    block = f"{begin}\n{text}\n{end}"
    if begin in current:
        head, rest = current.split(begin, 1)
        current = head + block + rest.split(end, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS.write_text(current, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
