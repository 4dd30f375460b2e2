"""Time the full offline pipeline against raw pdfium text extraction, side by side.

Usage: .venv/bin/python benchmarks/pipeline_speed.py [--rounds N]
Prints p50/p95 per resume for both and their ratio. Targets: pipeline p95 under
150 ms and within 3x raw extraction.
"""

import argparse
import statistics
import time
from pathlib import Path

import pypdfium2 as pdfium

from talentsync_app.core.pipeline import analyze_bytes

REALDATA = Path(__file__).resolve().parents[1].parent / "shared" / "realdata"


def resume_pdfs() -> list[Path]:
    """Every resume PDF in the shared real data."""
    return sorted(REALDATA.glob("resume-matcher/resumes_pdf/*.pdf")) + [
        REALDATA / "open-resume" / "openresume-resume.pdf"
    ]


def raw_pdfium_text(data: bytes) -> str:
    """Plain pdfium text of every page: the floor any PDF pipeline pays."""
    document = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def timed_ms(func, *args) -> float:
    """Run ``func`` once and return its wall time in milliseconds."""
    started = time.perf_counter()
    func(*args)
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    files = [(path.name, path.read_bytes()) for path in resume_pdfs()]
    for name, data in files:  # warm caches: model, taxonomy, imports
        analyze_bytes(data, name)
    raw, full = [], []
    for _ in range(args.rounds):
        for name, data in files:
            raw.append(timed_ms(raw_pdfium_text, data))
            full.append(timed_ms(analyze_bytes, data, name))
    print(f"files: {len(files)}, rounds: {args.rounds}, samples: {len(full)}")
    for label, values in (("raw pdfium text", raw), ("full pipeline", full)):
        print(
            f"{label:16s} p50 {statistics.median(values):7.2f} ms   "
            f"p95 {percentile(values, 95):7.2f} ms"
        )
    p50_ratio = statistics.median(full) / statistics.median(raw)
    p95_ratio = percentile(full, 95) / percentile(raw, 95)
    print(f"ratio pipeline/raw: p50 {p50_ratio:.2f}x   p95 {p95_ratio:.2f}x")


if __name__ == "__main__":
    main()
