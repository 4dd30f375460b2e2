"""Sign-up, sign-in, role pick, e-mail links and sign-out through the page states."""

import logging
import re

from sqlmodel import select

from talentsync_app.auth import links
from talentsync_app.auth.sessions import resolve_session
from talentsync_app.db.account_models import User
from talentsync_app.db.models import Analysis
from talentsync_app.pages.account.login import LoginState
from talentsync_app.pages.account.oauth import OAuthState
from talentsync_app.pages.account.register import RegisterState
from talentsync_app.pages.account.reset import ForgotPasswordState, ResetPasswordState
from talentsync_app.pages.account.role import RolePickState
from talentsync_app.pages.account.verify import VerifyState
from talentsync_app.pages.history import HistoryState
from talentsync_app.services.analyses import save_analysis
from talentsync_app.services.owner import Owner
from tests.pages.account.world import PASSWORD, Actor, make_state, run

LINK = re.compile(r"token=([\w-]+)")


def _register(actor: Actor, email="new@example.org", password=PASSWORD):
    state = make_state(RegisterState, actor)
    form = {"name": "New Person", "email": email, "password": password}
    return state, run(RegisterState.submit_registration, state, form)


def test_register_signs_in_claims_guest_work_and_asks_for_a_role(world, caplog):
    caplog.set_level(logging.INFO)
    guest = world.actors["guest"]
    state, _ = _register(guest)

    assert state.error == "" and state.signed_in and state.session_token
    with world.session() as db:
        user = db.exec(select(User).where(User.email == "new@example.org")).one()
        assert resolve_session(db, state.session_token).id == user.id
        claimed = db.get(Analysis, world.resume_of["guest"])
        assert claimed.user_id == user.id and claimed.owner_token is None
    assert "SMTP not configured" in caplog.text and LINK.search(caplog.text)
    assert PASSWORD not in caplog.text

    pick = make_state(
        RolePickState, Actor("same", guest.owner_token, state.session_token)
    )
    run(RolePickState.pick_role, pick, "admin")
    assert "job seeker or recruiter" in pick.error
    run(RolePickState.pick_role, pick, "seeker")
    assert pick.error == "" and pick.user_role == "seeker"
    run(RolePickState.pick_role, pick, "recruiter")
    assert "already set" in pick.error


def test_register_refusals_are_clear(world):
    for email, password, expected in [
        ("sam@example.org", PASSWORD, "already exists"),
        ("fresh@example.org", "short", "at least"),
        ("not-an-email", PASSWORD, "valid e-mail"),
    ]:
        state, _ = _register(Actor("x"), email=email, password=password)
        assert expected in state.error
        assert not state.signed_in and state.session_token == ""


def test_login_logout_and_throttle(world):
    actor = Actor("browser")
    state = make_state(LoginState, actor)
    run(LoginState.submit_login, state, {"email": "sam@example.org", "password": "no!"})
    assert state.error == "Wrong e-mail or password."

    run(
        LoginState.submit_login,
        state,
        {"email": "SAM@example.org", "password": PASSWORD},
    )
    assert state.error == "" and state.user_role == "seeker"
    token = state.session_token
    run(LoginState.logout, state)
    assert state.session_token == "" and not state.signed_in
    with world.session() as db:
        assert resolve_session(db, token) is None

    for _ in range(5):
        run(
            LoginState.submit_login,
            state,
            {"email": "sam@example.org", "password": "x"},
        )
    run(
        LoginState.submit_login,
        state,
        {"email": "sam@example.org", "password": PASSWORD},
    )
    assert "Too many failed sign-ins" in state.error and not state.signed_in


def test_disabled_user_cannot_sign_in(world):
    state = make_state(LoginState)
    run(
        LoginState.submit_login,
        state,
        {"email": "dora@example.org", "password": PASSWORD},
    )
    assert "disabled" in state.error and not state.signed_in


def test_login_claims_guest_analyses(world):
    guest = world.actors["guest"]
    state = make_state(LoginState, guest)
    run(
        LoginState.submit_login,
        state,
        {"email": "rita@example.org", "password": PASSWORD},
    )
    with world.session() as db:
        assert db.get(Analysis, world.resume_of["guest"]).user_id == (
            world.actors["recruiter"].user_id
        )


def test_tampered_session_token_is_dropped(world):
    state = make_state(HistoryState, world.actors["intruder"])
    owner = state._owner()
    assert owner.user_id is None and state.session_token == ""


def test_verify_link_once(world, caplog):
    caplog.set_level(logging.INFO)
    _register(Actor("x"))
    token = LINK.search(caplog.text).group(1)

    first = make_state(VerifyState, params={"token": token})
    run(VerifyState.verify_link, first)
    assert first.verified and first.error == ""
    again = make_state(VerifyState, params={"token": token})
    run(VerifyState.verify_link, again)
    assert not again.verified and "already used" in again.error


def test_reset_form_never_tells_whether_an_account_exists(world, caplog):
    caplog.set_level(logging.INFO)
    known = make_state(ForgotPasswordState)
    run(ForgotPasswordState.request_reset, known, {"email": "sam@example.org"})
    unknown = make_state(ForgotPasswordState)
    run(ForgotPasswordState.request_reset, unknown, {"email": "nobody@example.org"})
    assert known.notice == unknown.notice != ""
    assert known.error == unknown.error == ""


def test_reset_link_sets_password_once(world, caplog):
    caplog.set_level(logging.INFO, logger="talentsync_app.auth.mailer")
    run(
        ForgotPasswordState.request_reset,
        make_state(ForgotPasswordState),
        {"email": "sam@example.org"},
    )
    token = _wait_for_link(caplog)
    form = {"password": "a fresh long passphrase", "confirm": "a fresh long passphrase"}

    state = make_state(ResetPasswordState, params={"token": token})
    run(ResetPasswordState.submit_new_password, state, form)
    assert state.done and state.error == ""
    with world.session() as db:
        assert resolve_session(db, world.actors["seeker"].session_token) is None
    reused = make_state(ResetPasswordState, params={"token": token})
    run(ResetPasswordState.submit_new_password, reused, form)
    assert not reused.done and "already used" in reused.error

    login = make_state(LoginState)
    run(
        LoginState.submit_login,
        login,
        {"email": "sam@example.org", "password": "a fresh long passphrase"},
    )
    assert login.signed_in


def _wait_for_link(caplog, timeout=10.0):
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = LINK.search(caplog.text)
        if found:
            return found.group(1)
        time.sleep(0.05)
    raise AssertionError("no reset link was logged")


def test_oauth_is_refused_when_not_configured(world):
    state = make_state(OAuthState)
    run(OAuthState.start_oauth, state, "google")
    assert "not available" in state.error


def test_signed_in_pages_send_users_home(world):
    state = make_state(LoginState, world.actors["recruiter"])
    outcome = run(LoginState.go_home, state)
    assert links.RECRUITER_DASHBOARD in str(outcome)


def test_guest_analysis_saved_after_sign_in_belongs_to_user(world):
    actor = world.actors["seeker"]
    state = make_state(HistoryState, actor)
    with world.session() as db:
        row = save_analysis(
            db,
            state._owner(),
            {"file": "cv.pdf", "kind": "pdf", "error": None, "skills": []},
        )
        db.commit()
        assert row.user_id == actor.user_id
    assert isinstance(state._owner(), Owner)
