"""A seeker's saved resumes (master, sharing) and the recruiters' opt-in pool."""

import logging

from sqlalchemy import update
from sqlmodel import Session, col, func, select

from talentsync_app.auth.errors import Forbidden
from talentsync_app.auth.roles import Role, require_role
from talentsync_app.db.models import Analysis, utcnow
from talentsync_app.services.analyses import get_analysis
from talentsync_app.services.owner import Owner

logger = logging.getLogger(__name__)

POOL_PAGE_SIZE = 50


def set_master(session: Session, owner: Owner, analysis_id: int) -> Analysis:
    """Mark one of the owner's resumes as the master; the others stop being it.

    Raises:
        AccessDenied: When the resume is not the owner's.
        Forbidden: For guests (a master resume needs an account).

    """
    if not owner.user_id:
        raise Forbidden("Sign in to choose a master resume.")
    analysis = get_analysis(session, owner, analysis_id)
    session.exec(
        update(Analysis)
        .where(
            col(Analysis.user_id) == analysis.user_id, col(Analysis.id) != analysis.id
        )
        .values(is_master=False)
    )
    analysis.is_master, analysis.updated_at = True, utcnow()
    session.add(analysis)
    logger.info("analysis %s is now the master resume", analysis.id)
    return analysis


def set_shared(
    session: Session, owner: Owner, analysis_id: int, shared: bool
) -> Analysis:
    """Share one of the owner's resumes with recruiters, or stop sharing it.

    Raises:
        AccessDenied: When the resume is not the owner's.
        Forbidden: For guests (sharing needs an account to answer to).

    """
    if not owner.user_id:
        raise Forbidden("Sign in to share a resume with recruiters.")
    analysis = get_analysis(session, owner, analysis_id)
    analysis.shared_with_recruiters, analysis.updated_at = shared, utcnow()
    session.add(analysis)
    logger.info("analysis %s shared with recruiters: %s", analysis.id, shared)
    return analysis


def shared_pool(
    session: Session,
    role: str | None,
    *,
    category: str = "",
    limit: int = POOL_PAGE_SIZE,
) -> list[Analysis]:
    """Resumes their owners chose to share, for recruiters (and admins) only.

    Raises:
        Forbidden: For any other role.

    """
    require_role(role, Role.RECRUITER)
    query = select(Analysis).where(
        col(Analysis.shared_with_recruiters).is_(True),
        col(Analysis.user_id).is_not(None),
    )
    if category:
        query = query.where(Analysis.category == category)
    query = query.order_by(col(Analysis.updated_at).desc(), col(Analysis.id).desc())
    return list(session.exec(query.limit(limit)))


def shared_resume(session: Session, role: str | None, analysis_id: int) -> Analysis:
    """One shared resume for a recruiter; unshared ones look like missing ones.

    Raises:
        Forbidden: For roles other than recruiter and admin, and for resumes
            that are not shared.

    """
    require_role(role, Role.RECRUITER)
    analysis = session.get(Analysis, analysis_id)
    if analysis is None or not analysis.shared_with_recruiters or not analysis.user_id:
        logger.warning("recruiter asked for unshared analysis %s", analysis_id)
        raise Forbidden(f"Resume {analysis_id} is not shared or does not exist.")
    return analysis


def count_shared(session: Session, owner: Owner) -> int:
    """How many of a signed-in owner's resumes are shared (not capped)."""
    if not owner.user_id:
        return 0
    query = (
        select(func.count())
        .select_from(Analysis)
        .where(
            Analysis.user_id == owner.user_id,
            col(Analysis.shared_with_recruiters).is_(True),
        )
    )
    return session.exec(query).one()
