"""Saved analyses: create, list, open, rename, delete and claim, always by owner."""

import logging
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from talentsync_app.db.models import Analysis, utcnow
from talentsync_app.services.owner import (
    AccessDenied,
    Owner,
    is_valid_owner_token,
    owns,
)

logger = logging.getLogger(__name__)

MAX_TITLE_LENGTH = 200
HISTORY_PAGE_SIZE = 50


def save_analysis(session: Session, owner: Owner, result: dict[str, Any]) -> Analysis:
    """Store a successful analysis result for ``owner``.

    Raises:
        AccessDenied: When the request has no identity to own the record.
        ValueError: When the result is an error row.

    """
    if not owner.is_known:
        raise AccessDenied("no owner for this analysis")
    if result.get("error"):
        raise ValueError("error results are not saved")
    category = result.get("category") or {}
    analysis = Analysis(
        owner_token=None if owner.user_id else owner.token,
        user_id=owner.user_id,
        title=_default_title(result),
        filename=result["file"][:255],
        file_kind=result.get("kind", "")[:16],
        candidate_name=(result.get("name") or None),
        candidate_email=(result.get("email") or None),
        category=category.get("label"),
        category_confidence=category.get("confidence"),
        quality_score=(result.get("quality") or {}).get("score"),
        skill_count=len(result.get("skills") or []),
        result=result,
    )
    session.add(analysis)
    session.flush()
    logger.info("saved analysis %s (%s)", analysis.id, analysis.file_kind)
    return analysis


def get_analysis(session: Session, owner: Owner, analysis_id: int) -> Analysis:
    """Return one analysis if ``owner`` may read it.

    Raises:
        AccessDenied: When it does not exist or belongs to someone else (the
            two cases are indistinguishable on purpose).

    """
    analysis = session.get(Analysis, analysis_id)
    if analysis is None or not owns(
        owner, owner_token=analysis.owner_token, user_id=analysis.user_id
    ):
        logger.warning("denied access to analysis %s", analysis_id)
        raise AccessDenied(f"analysis {analysis_id} not found")
    return analysis


def list_analyses(
    session: Session, owner: Owner, *, limit: int = HISTORY_PAGE_SIZE, offset: int = 0
) -> list[Analysis]:
    """Return ``owner``'s analyses, newest first."""
    query = _owned_query(owner)
    if query is None:
        return []
    query = query.order_by(col(Analysis.created_at).desc(), col(Analysis.id).desc())
    return list(session.exec(query.offset(offset).limit(limit)))


def count_analyses(session: Session, owner: Owner) -> int:
    """Return how many analyses ``owner`` has (not capped)."""
    query = _owned_query(owner)
    if query is None:
        return 0
    return session.exec(select(func.count()).select_from(query.subquery())).one()


def rename_analysis(
    session: Session, owner: Owner, analysis_id: int, title: str
) -> Analysis:
    """Rename an analysis after checking ownership and the new title."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise ValueError("title: must not be empty")
    if len(cleaned) > MAX_TITLE_LENGTH:
        raise ValueError(f"title: at most {MAX_TITLE_LENGTH} characters")
    analysis = get_analysis(session, owner, analysis_id)
    analysis.title = cleaned
    analysis.updated_at = utcnow()
    session.add(analysis)
    return analysis


def delete_analysis(session: Session, owner: Owner, analysis_id: int) -> None:
    """Delete an analysis after checking ownership."""
    analysis = get_analysis(session, owner, analysis_id)
    session.delete(analysis)
    logger.info("deleted analysis %s", analysis_id)


def claim_guest_analyses(session: Session, token: str | None, user_id: int) -> int:
    """Move every analysis made with a browser token to a signed-in user."""
    if not is_valid_owner_token(token):
        return 0
    rows = session.exec(
        select(Analysis).where(
            Analysis.owner_token == token, col(Analysis.user_id).is_(None)
        )
    ).all()
    for row in rows:
        row.user_id = user_id
        row.owner_token = None
        session.add(row)
    logger.info("claimed %d guest analyses for user %s", len(rows), user_id)
    return len(rows)


def _owned_query(owner: Owner):
    if owner.user_id:
        return select(Analysis).where(Analysis.user_id == owner.user_id)
    if is_valid_owner_token(owner.token):
        return select(Analysis).where(
            Analysis.owner_token == owner.token, col(Analysis.user_id).is_(None)
        )
    return None


def _default_title(result: dict[str, Any]) -> str:
    name = result.get("name") or result["file"]
    return f"{name} — {result['file']}"[:MAX_TITLE_LENGTH]
