import io
import json
from datetime import timedelta

import pytest
from PIL import Image

from talentsync_app.auth import avatars, deletion, export, resumes, seed, sessions
from talentsync_app.auth.accounts import authenticate
from talentsync_app.auth.errors import Forbidden, InvalidInput, WeakPassword
from talentsync_app.db.account_models import User, UserSession
from talentsync_app.db.models import Analysis
from talentsync_app.services.analyses import count_analyses, save_analysis
from talentsync_app.services.owner import AccessDenied, Owner


def _result(name="Ada Lovelace", category="Data Science"):
    return {
        "file": "cv.pdf",
        "kind": "pdf",
        "name": name,
        "skills": ["Python"],
        "category": {"label": category, "confidence": 0.8, "top": []},
        "quality": {"score": 70, "findings": [], "passed": []},
        "error": None,
    }


def _png(size=(600, 400)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_export_holds_everything_but_secrets(db, make_user):
    user = make_user()
    save_analysis(db, Owner(user_id=user.id), _result())
    token = sessions.start_session(db, user, lifetime=timedelta(hours=1))
    db.commit()

    data = export.export_user_data(db, user)
    text = json.dumps(data)
    assert data["profile"]["email"] == "ada@example.org"
    assert data["analyses"][0]["result"]["name"] == "Ada Lovelace"
    assert len(data["sessions"]) == 1
    assert [a["kind"] for a in data["activity"]] == ["signed_up"]
    assert user.password_hash not in text and token not in text
    assert "token_hash" not in text


def test_delete_account_removes_everything_owned(db, make_user, tmp_path):
    user = make_user()
    other = make_user("bob@example.org", "Bob Builder")
    user.avatar_file = avatars.save_avatar(_png(), tmp_path, max_bytes=1_000_000)
    save_analysis(db, Owner(user_id=user.id), _result())
    save_analysis(db, Owner(user_id=other.id), _result("Bob Builder"))
    sessions.start_session(db, user, lifetime=timedelta(hours=1))
    db.commit()
    avatar_path = tmp_path / "avatars" / user.avatar_file

    with pytest.raises(InvalidInput):
        deletion.delete_account(db, user, confirm_email="wrong", upload_dir=tmp_path)
    removed = deletion.delete_account(
        db, user, confirm_email="ADA@example.org", upload_dir=tmp_path
    )
    db.commit()
    assert removed["analysis"] == 1 and removed["user_session"] == 1
    assert db.get(User, user.id) is None
    assert not avatar_path.exists()
    assert db.exec(UserSession.__table__.select()).all() == []
    assert count_analyses(db, Owner(user_id=other.id)) == 1


def test_last_admin_cannot_delete_themself(db, make_user, tmp_path):
    boss = make_user("boss@example.org", "Boss", role="admin")
    with pytest.raises(Forbidden):
        deletion.delete_account(db, boss, confirm_email=boss.email, upload_dir=tmp_path)


def test_avatar_checks_content_and_size(tmp_path):
    name = avatars.save_avatar(_png(), tmp_path, max_bytes=1_000_000)
    stored = Image.open(tmp_path / "avatars" / name)
    assert stored.format == "PNG" and max(stored.size) == avatars.MAX_SIDE_PIXELS
    assert avatars.avatar_data_url(name, tmp_path).startswith("data:image/png;base64,")

    with pytest.raises(InvalidInput, match="at most"):
        avatars.save_avatar(_png(), tmp_path, max_bytes=100)
    with pytest.raises(InvalidInput, match="not a picture"):
        avatars.save_avatar(b"%PDF-1.7 not an image at all", tmp_path, max_bytes=10**6)
    with pytest.raises(InvalidInput, match="not a picture"):
        avatars.save_avatar(_png()[:200], tmp_path, max_bytes=10**6)
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="BMP")
    with pytest.raises(InvalidInput, match="PNG, JPEG"):
        avatars.save_avatar(buffer.getvalue(), tmp_path, max_bytes=10**6)
    assert avatars.avatar_data_url("../../etc/passwd", tmp_path) == ""


def test_seed_creates_admin_once(db):
    assert seed.ensure_admin(db, "Root@Example.org", "a long admin passphrase")
    db.commit()
    assert not seed.ensure_admin(db, "root@example.org", "a different passphrase")
    db.commit()
    admin = authenticate(
        db, email="root@example.org", password="a long admin passphrase"
    )
    assert admin.role == "admin" and admin.email_verified_at is not None
    with pytest.raises(WeakPassword):
        seed.ensure_admin(db, "other@example.org", "short")


def test_seed_promotes_existing_user(db, make_user):
    user = make_user(role="seeker")
    assert seed.ensure_admin(db, user.email, "ignored for existing users")
    assert user.role == "admin"


def test_master_and_sharing_are_owner_only(db, make_user):
    ada = make_user()
    bob = make_user("bob@example.org", "Bob Builder")
    rita = make_user("rita@example.org", "Rita Recruiter", role="recruiter")
    ada_owner = Owner(user_id=ada.id)
    first = save_analysis(db, ada_owner, _result())
    second = save_analysis(db, ada_owner, _result(category="Java Developer"))
    db.commit()

    resumes.set_master(db, ada_owner, first.id)
    resumes.set_master(db, ada_owner, second.id)
    db.commit()
    assert [
        a.id for a in db.exec(Analysis.__table__.select()).all() if a.is_master
    ] == [second.id]
    with pytest.raises(AccessDenied):
        resumes.set_master(db, Owner(user_id=bob.id), first.id)
    with pytest.raises(AccessDenied):
        resumes.set_shared(db, Owner(user_id=bob.id), first.id, True)
    with pytest.raises(Forbidden):
        resumes.set_shared(db, Owner(token="g" * 30), first.id, True)

    assert resumes.shared_pool(db, "recruiter") == []
    resumes.set_shared(db, ada_owner, first.id, True)
    db.commit()
    assert [a.id for a in resumes.shared_pool(db, rita.role)] == [first.id]
    assert resumes.shared_resume(db, "recruiter", first.id).id == first.id
    with pytest.raises(Forbidden):
        resumes.shared_resume(db, "recruiter", second.id)
    with pytest.raises(Forbidden):
        resumes.shared_pool(db, "seeker")
    with pytest.raises(Forbidden):
        resumes.shared_pool(db, None)
