"""Account page, seeker dashboard and admin dashboard through their states."""

import base64
import io
import json

import reflex as rx
from PIL import Image

from talentsync_app.auth.sessions import resolve_session
from talentsync_app.db.account_models import User
from talentsync_app.db.models import Analysis
from talentsync_app.pages.account.account import AccountState
from talentsync_app.pages.account.admin import AdminState
from talentsync_app.pages.account.seeker import SeekerDashboardState
from talentsync_app.services.analyses import save_analysis
from talentsync_app.services.owner import Owner
from tests.pages.account.world import PASSWORD, make_state, run
from tests.pages.state_helpers import run_coroutine


def _upload(data: bytes, name: str) -> rx.UploadFile:
    return rx.UploadFile(file=io.BytesIO(data), path=name, size=len(data))


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 500), (20, 120, 200)).save(buffer, format="JPEG")
    return buffer.getvalue()


def test_profile_and_avatar(world, tmp_path):
    state = make_state(AccountState, world.actors["seeker"])
    run(AccountState.load_account, state)
    assert (state.email, state.role_label) == ("sam@example.org", "Job seeker")

    run(AccountState.save_profile, state, {"name": " Sam  S ", "headline": "Analyst"})
    assert (state.name, state.headline, state.error) == ("Sam S", "Analyst", "")

    run_coroutine(
        AccountState.upload_avatar.fn(state, [_upload(b"GIF89a not really", "a.gif")])
    )
    assert "not a picture" in state.error
    run_coroutine(
        AccountState.upload_avatar.fn(state, [_upload(_jpeg(), "../../x.jpg")])
    )
    assert state.error == "" and state.avatar_url.startswith("data:image/png;base64,")
    with world.session() as db:
        stored = db.get(User, world.actors["seeker"].user_id).avatar_file
    assert "/" not in stored and "x.jpg" not in stored
    assert (tmp_path / "uploads" / "avatars" / stored).is_file()


def test_change_password_signs_out_other_browsers(world):
    actor = world.actors["seeker"]
    state = make_state(AccountState, actor)
    with world.session() as db:
        from datetime import timedelta

        from talentsync_app.auth.sessions import start_session

        other = start_session(db, db.get(User, actor.user_id), lifetime=timedelta(1))
        db.commit()
    form = {
        "current_password": "wrong password",
        "new_password": "brand new passphrase",
        "confirm_password": "brand new passphrase",
    }
    run(AccountState.save_password, state, form)
    assert "Wrong" in state.error
    run(AccountState.save_password, state, {**form, "current_password": PASSWORD})
    assert state.error == ""
    with world.session() as db:
        assert resolve_session(db, actor.session_token) is not None
        assert resolve_session(db, other) is None


def test_sign_out_everywhere(world):
    actor = world.actors["recruiter"]
    state = make_state(AccountState, actor)
    run(AccountState.sign_out_everywhere, state)
    assert state.session_token == "" and not state.signed_in
    with world.session() as db:
        assert resolve_session(db, actor.session_token) is None


def test_export_is_the_users_own_data(world):
    state = make_state(AccountState, world.actors["seeker"])
    download = run(AccountState.export_data, state)
    url = {str(key): value for key, value in download.args}["url"]._var_value
    data = json.loads(base64.b64decode(url.split("base64,", 1)[1]))
    assert data["profile"]["email"] == "sam@example.org"
    assert [a["result"]["name"] for a in data["analyses"]] == ["Sam Seeker"]
    text = json.dumps(data)
    assert "olga@example.org" not in text and "password_hash" not in text
    anonymous = make_state(AccountState)
    run(AccountState.export_data, anonymous)
    assert "sign in" in anonymous.error.lower()


def test_delete_account_needs_confirmation_and_removes_everything(world):
    actor = world.actors["seeker"]
    state = make_state(AccountState, actor)
    state.delete_confirm = "someone@example.org"
    run(AccountState.delete_my_account, state)
    assert "confirm" in state.error
    with world.session() as db:
        assert db.get(User, actor.user_id) is not None

    state.delete_confirm = "sam@example.org"
    run(AccountState.delete_my_account, state)
    assert not state.signed_in
    with world.session() as db:
        assert db.get(User, actor.user_id) is None
        assert db.get(Analysis, world.resume_of["seeker"]) is None
        assert db.get(Analysis, world.resume_of["other_seeker"]) is not None


def test_seeker_dashboard_counts_are_not_capped(world):
    actor = world.actors["seeker"]
    with world.session() as db:
        for i in range(60):
            save_analysis(
                db,
                Owner(user_id=actor.user_id),
                {"file": f"cv{i}.pdf", "kind": "pdf", "error": None, "skills": []},
            )
        db.commit()
    state = make_state(SeekerDashboardState, actor)
    run(SeekerDashboardState.load_dashboard, state)
    assert state.total == 61 and len(state.resumes) == 50
    assert state.activity[0]["detail"] == "Created the account"


def test_admin_dashboard_metrics_and_charts(world):
    state = make_state(AdminState, world.actors["admin"])
    run(AdminState.load_admin, state)
    counts = {row["role"]: int(row["count"]) for row in state.role_counts}
    assert counts == {"admin": 1, "recruiter": 1, "seeker": 3}
    assert state.total_users == 5 and state.total_analyses == 6
    assert sum(week["analyses"] for week in state.weekly) == 6
    top = {row["category"]: row["analyses"] for row in state.categories}
    assert top["Data Science"] == 1 and len(top) == 6
    assert json.dumps(state.weekly)  # chart data must be plain JSON

    run(AdminState.search_users, state, {"search": "rita"})
    run(AdminState.load_admin, state)
    assert [u["email"] for u in state.users] == ["rita@example.org"]

    rita = str(world.actors["recruiter"].user_id)
    run(AdminState.change_role, state, rita, "seeker")
    run(AdminState.toggle_disabled, state, rita, True)
    with world.session() as db:
        user = db.get(User, int(rita))
        assert (user.role, user.is_disabled) == ("seeker", True)
        assert resolve_session(db, world.actors["recruiter"].session_token) is None
    run(AdminState.change_role, state, str(world.actors["admin"].user_id), "seeker")
    assert "own admin role" in state.error
