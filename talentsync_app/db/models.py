"""SQLModel tables for analyses. Schema changes go through Alembic migrations."""

from datetime import UTC, datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Return the current time in UTC, timezone-aware."""
    return datetime.now(UTC)


class Analysis(SQLModel, table=True):
    """One saved resume analysis, owned by a browser token and later by a user.

    The full result is kept as JSON; the columns beside it exist for listing,
    searching and metrics without reading the JSON.
    """

    __tablename__ = "analysis"
    __table_args__ = (
        Index("ix_analysis_owner_token_created", "owner_token", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    owner_token: str | None = Field(default=None, max_length=64, index=True)
    user_id: int | None = Field(default=None, index=True)
    title: str = Field(max_length=200)
    filename: str = Field(max_length=255)
    file_kind: str = Field(max_length=16)
    candidate_name: str | None = Field(default=None, max_length=200)
    candidate_email: str | None = Field(default=None, max_length=320)
    category: str | None = Field(default=None, max_length=64, index=True)
    category_confidence: float | None = None
    quality_score: int | None = None
    skill_count: int = 0
    is_master: bool = False
    shared_with_recruiters: bool = Field(default=False, index=True)
    result: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
