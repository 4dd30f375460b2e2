"""Time parse_resume alone on the extracted text of every real resume PDF.

Usage: .venv/bin/python benchmarks/parse_speed.py [--rounds N]
Prints pages, characters, min/p50/p95 wall time and p50 CPU time per resume
(min and CPU time are the figures least disturbed by other processes on a
shared machine). Target: a few
milliseconds for a two-page resume.
"""

import argparse
import statistics
import time
from pathlib import Path

from talentsync_app.core.extract import extract_document
from talentsync_app.core.parse import parse_resume
from talentsync_app.core.parse.dates import find_dates
from talentsync_app.core.parse.education import education_tags

REALDATA = Path(__file__).resolve().parents[1].parent / "shared" / "realdata"


def resume_pdfs() -> list[Path]:
    """Every resume PDF in the shared real data."""
    return sorted(REALDATA.glob("resume-matcher/resumes_pdf/*.pdf")) + [
        REALDATA / "open-resume" / "openresume-resume.pdf"
    ]


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    docs = [extract_document(path.read_bytes(), path.name) for path in resume_pdfs()]
    for doc in docs:  # warm regex caches and imports
        parse_resume(doc.text, doc.links)
    print(
        f"{'resume':32} {'pages':>5} {'chars':>6} "
        f"{'min ms':>7} {'p50 ms':>7} {'p95 ms':>7} {'cpu p50':>7}"
    )
    all_times: list[float] = []
    all_cpu: list[float] = []
    for doc in docs:
        times, cpu = [], []
        for _ in range(args.rounds):
            find_dates.cache_clear()  # time a first parse, not a cached repeat
            education_tags.cache_clear()
            started, cpu_started = time.perf_counter(), time.process_time()
            parse_resume(doc.text, doc.links)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        all_times += times
        all_cpu += cpu
        print(
            f"{doc.filename:32} {doc.pages:>5} {len(doc.text):>6} {min(times):>7.2f} "
            f"{statistics.median(times):>7.2f} {percentile(times, 95):>7.2f} "
            f"{statistics.median(cpu):>7.2f}"
        )
    print(
        f"{'all':32} {'':>5} {'':>6} {min(all_times):>7.2f} "
        f"{statistics.median(all_times):>7.2f} "
        f"{percentile(all_times, 95):>7.2f} {statistics.median(all_cpu):>7.2f}"
    )


if __name__ == "__main__":
    main()
