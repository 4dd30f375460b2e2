"""The talentsync console script as a user runs it."""

import json
import subprocess
import sys
from pathlib import Path

CLI = str(Path(sys.executable).parent / "talentsync")


def test_analyze_json_prints_one_object_per_file(realdata, tmp_path):
    pdf = realdata / "open-resume" / "openresume-resume.pdf"
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")

    done = subprocess.run(
        [CLI, "analyze", str(pdf), str(bad), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    rows = json.loads(done.stdout)

    assert [row["file"] for row in rows] == ["openresume-resume.pdf", "empty.pdf"]
    good, broken = rows
    assert good["name"] == "John Doe" and good["error"] is None
    assert {"label", "confidence", "top"} <= good["category"].keys()
    assert isinstance(good["total_experience_years"], float)
    assert broken["error"].startswith("empty.pdf")


def test_analyze_exits_nonzero_when_every_file_fails(tmp_path):
    bad = tmp_path / "nothing.txt"
    bad.write_bytes(b"")
    done = subprocess.run([CLI, "analyze", str(bad)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "nothing.txt" in done.stdout
