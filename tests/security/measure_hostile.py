"""Print how long the full pipeline takes on the worst hostile inputs.

Run from the repository root:
``.venv/bin/python tests/security/measure_hostile.py [repeats]``
(not collected by pytest; speed figures belong here, not in unit tests).
"""

import logging
import statistics
import sys
import time

import hostile_docx
import hostile_inputs
import hostile_pdf

from talentsync_app.core.pipeline import analyze_upload

MB = 1024 * 1024
RESUME = "\n".join(hostile_inputs.RESUME_LINES)
CASES = {
    "pdf: 1 GB flate bomb": lambda: (hostile_pdf.bomb_pdf(1024 * MB), "cv.pdf"),
    "pdf: 2-layer flate bomb": lambda: (
        hostile_pdf.bomb_pdf(1024 * MB, layers=2),
        "cv.pdf",
    ),
    "pdf: 12 MB content (allowed)": lambda: (hostile_pdf.bomb_pdf(12 * MB), "cv.pdf"),
    "pdf: 200k text objects": lambda: (
        hostile_pdf.tiny_text_objects_pdf(200_000),
        "cv.pdf",
    ),
    "pdf: 30 pages x 100k objects": lambda: (
        hostile_pdf.tiny_text_objects_pdf(100_000, pages=30),
        "cv.pdf",
    ),
    "pdf: 100k pages": lambda: (hostile_pdf.many_pages_pdf(100_000), "cv.pdf"),
    "docx: 200k paragraphs": lambda: (
        hostile_docx.huge_paragraphs_docx(200_000),
        "cv.docx",
    ),
    "docx: 2,000-row merge chain": lambda: (
        hostile_docx.docx_from_xml(
            hostile_docx.document_xml(
                hostile_docx.paragraphs_xml(hostile_inputs.RESUME_LINES)
                + hostile_docx.vertical_merge_table_xml(2_000)
            )
        ),
        "cv.docx",
    ),
    "docx: billion laughs": lambda: (hostile_docx.billion_laughs_docx(), "cv.docx"),
    "zip: overlapping 200 x 900 KB": lambda: (
        hostile_inputs.overlapping_zip(200),
        "batch.zip",
    ),
    "zip: 20,000 entries": lambda: (
        hostile_inputs.many_members_zip(20_000),
        "batch.zip",
    ),
    "txt: 10 MB on one line": lambda: (b"a" * (10 * MB - 1), "cv.txt"),
    "txt: 5,000-line resume": lambda: (
        "\n".join(
            [RESUME, *(f"Led project {i} in Python" for i in range(5000))]
        ).encode(),
        "cv.txt",
    ),
    "txt: 100k digits": lambda: (f"{RESUME}\n{'1' * 100_000}".encode(), "cv.txt"),
    "txt: 50k 'a.'": lambda: (f"{RESUME}\n{'a.' * 50_000}".encode(), "cv.txt"),
    "txt: 50k 'a@'": lambda: (f"{RESUME}\n{'a@' * 50_000}".encode(), "cv.txt"),
    "md: 30k '![a]('": lambda: (f"{RESUME}\n{'![a](' * 30_000}".encode(), "cv.md"),
    "md: 30k '**a '": lambda: (f"{RESUME}\n{'**a ' * 30_000}".encode(), "cv.md"),
}


def measure(repeats: int) -> None:
    """Run every case ``repeats`` times and print the median time and outcome."""
    analyze_upload(RESUME.encode(), "warm-up.txt")  # load the model once
    print(f"{'case':34} {'input':>10} {'median ms':>10}  outcome")
    for label, build in CASES.items():
        data, filename = build()
        times, rows = [], []
        for _ in range(repeats):
            started = time.perf_counter()
            rows = analyze_upload(data, filename)
            times.append((time.perf_counter() - started) * 1000)
        errors = [row["error"] for row in rows if row.get("error")]
        outcome = errors[0] if errors else f"analysed ({len(rows)} rows)"
        size = f"{len(data) / 1024:.0f} KB"
        print(f"{label:34} {size:>10} {statistics.median(times):10.0f}  {outcome[:70]}")


if __name__ == "__main__":
    logging.disable(logging.WARNING)  # refusals are logged; the table says enough
    measure(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
