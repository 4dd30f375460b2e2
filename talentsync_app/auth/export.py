"""Everything TalentSync stores about a user, as one JSON-ready dictionary."""

import logging
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from talentsync_app.auth.activity import capture
from talentsync_app.db.account_models import (
    ActivityEvent,
    OAuthIdentity,
    User,
    UserSession,
)
from talentsync_app.db.models import Analysis, utcnow

logger = logging.getLogger(__name__)

EXPORT_FORMAT_VERSION = 1


def export_user_data(session: Session, user: User) -> dict[str, Any]:
    """Collect the user's profile, resumes with analyses, sign-ins and activity.

    Secrets (password hash, token hashes) are left out: they are not the
    user's data and would only help an attacker who got the file.
    """
    data = {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": _iso(utcnow()),
        "profile": _profile(user),
        "analyses": [_analysis(a) for a in _rows(session, Analysis, user.id)],
        "sign_in_methods": [
            {"provider": i.provider, "linked_at": _iso(i.created_at)}
            for i in _rows(session, OAuthIdentity, user.id)
        ],
        "sessions": [_session(s) for s in _rows(session, UserSession, user.id)],
        "activity": [
            {"kind": e.kind, "detail": e.detail, "at": _iso(e.created_at)}
            for e in _rows(session, ActivityEvent, user.id)
        ],
    }
    logger.info("exported data of user %s", user.id)
    capture("data_exported", user.id, {"analyses": len(data["analyses"])})
    return data


def _rows(session: Session, table: type, user_id: int) -> list:
    query = select(table).where(table.user_id == user_id).order_by(col(table.id))
    return list(session.exec(query))


def _profile(user: User) -> dict[str, Any]:
    return {
        "name": user.name,
        "email": user.email,
        "headline": user.headline,
        "role": user.role,
        "email_verified_at": _iso(user.email_verified_at),
        "has_password": bool(user.password_hash),
        "has_avatar": bool(user.avatar_file),
        "created_at": _iso(user.created_at),
        "last_login_at": _iso(user.last_login_at),
    }


def _analysis(analysis: Analysis) -> dict[str, Any]:
    return {
        "id": analysis.id,
        "title": analysis.title,
        "filename": analysis.filename,
        "is_master": analysis.is_master,
        "shared_with_recruiters": analysis.shared_with_recruiters,
        "created_at": _iso(analysis.created_at),
        "updated_at": _iso(analysis.updated_at),
        "result": analysis.result,
    }


def _session(row: UserSession) -> dict[str, Any]:
    return {
        "started_at": _iso(row.created_at),
        "last_seen_at": _iso(row.last_seen_at),
        "expires_at": _iso(row.expires_at),
        "revoked_at": _iso(row.revoked_at),
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
