"""Parsing never fails on messy real text and stays within its own contract."""

import csv

import pytest

from talentsync_app.core.parse import parse_resume
from talentsync_app.core.types import ParsedResume


@pytest.fixture(scope="module")
def kaggle_texts(realdata):
    folder = realdata / "kaggle-updatedresumedataset"
    with (folder / "dedup_groups.csv").open() as handle:
        firsts = {
            int(r["row"]) for r in csv.DictReader(handle) if r["first_in_group"] == "1"
        }
    with (folder / "UpdatedResumeDataSet.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [rows[index]["Resume"] for index in sorted(firsts)]


def test_every_distinct_kaggle_text_parses(kaggle_texts):
    assert len(kaggle_texts) == 166
    for text in kaggle_texts:
        parsed = parse_resume(text)
        assert isinstance(parsed, ParsedResume)
        for job in parsed.experience:
            assert job.end in (None, "present") or job.end[:4].isdigit()
        if parsed.phone:
            assert sum(c.isdigit() for c in parsed.phone.raw) >= 7


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "12345", "•\n•\n•", "a" * 5000])
def test_degenerate_inputs(text):
    parsed = parse_resume(text)
    assert parsed.name is None
    assert parsed.experience == []
