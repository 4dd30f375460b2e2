"""scripts/backup and scripts/restore on the real PostgreSQL: back up, wipe, restore."""

import os
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from talentsync_app.db.engine import session_scope
from talentsync_app.db.migrate import upgrade_database
from talentsync_app.db.models import Analysis
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.postgres

UPLOAD_BYTES = b"%PDF-1.4 stand-in for an uploaded resume\n" * 50


def _script(name: str, *args: str, url: str, uploads: Path):
    env = {
        **os.environ,
        "TALENTSYNC_DATABASE_URL": url,
        "TALENTSYNC_UPLOAD_DIR": str(uploads),
    }
    return subprocess.run(
        [str(REPO_ROOT / "scripts" / name), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _titles(url: str) -> list[tuple[str, str | None, int]]:
    with session_scope(url) as session:
        rows = session.exec(select(Analysis).order_by(Analysis.id)).all()
        return [(r.title, r.category, r.skill_count) for r in rows]


def _seed(url: str, uploads: Path) -> None:
    upgrade_database(url)
    with session_scope(url) as session:
        for index, category in enumerate(("Data Science", "HR")):
            session.add(
                Analysis(
                    owner_token="t" * 32,
                    title=f"Resume {index}",
                    filename=f"resume-{index}.pdf",
                    file_kind="pdf",
                    category=category,
                    skill_count=10 + index,
                    result={"skills": ["Python"] * (index + 1)},
                )
            )
    (uploads / "owner").mkdir(parents=True)
    (uploads / "owner" / "resume-0.pdf").write_bytes(UPLOAD_BYTES)


def _wipe(url: str, uploads: Path) -> None:
    from talentsync_app.db.engine import get_engine

    get_engine(url).dispose()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()
    for path in sorted(uploads.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()


def test_backup_wipe_restore_finds_the_data_again(empty_postgres_url, tmp_path):
    url, uploads, backups = empty_postgres_url, tmp_path / "uploads", tmp_path / "bk"
    _seed(url, uploads)
    before = _titles(url)

    backup = _script("backup", str(backups), url=url, uploads=uploads)
    assert backup.returncode == 0, backup.stderr
    (folder,) = backups.iterdir()
    names = {p.name for p in folder.iterdir()}
    assert names == {"db.dump", "uploads.tar.gz", "SHA256SUMS"}

    _wipe(url, uploads)
    with pytest.raises(sa.exc.ProgrammingError):
        _titles(url)
    assert list(uploads.iterdir()) == []

    restore = _script("restore", str(folder), "--yes", url=url, uploads=uploads)
    assert restore.returncode == 0, restore.stderr
    assert _titles(url) == before
    assert before == [("Resume 0", "Data Science", 10), ("Resume 1", "HR", 11)]
    assert (uploads / "owner" / "resume-0.pdf").read_bytes() == UPLOAD_BYTES


def test_restore_refuses_a_damaged_backup_and_needs_consent(
    empty_postgres_url, tmp_path
):
    url, uploads, backups = empty_postgres_url, tmp_path / "uploads", tmp_path / "bk"
    _seed(url, uploads)
    assert _script("backup", str(backups), url=url, uploads=uploads).returncode == 0
    (folder,) = backups.iterdir()

    no_consent = _script("restore", str(folder), url=url, uploads=uploads)
    assert no_consent.returncode == 2
    assert "--yes" in no_consent.stderr

    dump = folder / "db.dump"
    dump.write_bytes(dump.read_bytes()[:-10] + b"0123456789")
    damaged = _script("restore", str(folder), "--yes", url=url, uploads=uploads)
    assert damaged.returncode != 0
    assert "FAILED" in damaged.stdout + damaged.stderr
    assert _titles(url)[0][0] == "Resume 0"
