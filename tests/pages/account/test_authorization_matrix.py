"""Every private handler x every kind of requester, on their own and others' data.

Each case runs one handler as one requester against a target record and
reports whether the change or read really happened (from the database or the
loaded vars), so a refusal is proven by its effect, not by a hidden button.
"""

import pytest
from sqlmodel import select

from talentsync_app.db.account_models import User
from talentsync_app.db.models import Analysis
from talentsync_app.pages.account.admin import AdminState
from talentsync_app.pages.account.recruiter import RecruiterDashboardState
from talentsync_app.pages.account.seeker import SeekerDashboardState
from talentsync_app.pages.analysis import AnalysisState
from talentsync_app.pages.history import HistoryState
from tests.pages.account.world import make_state, run

REQUESTERS = [
    "anonymous",
    "intruder",
    "guest",
    "seeker",
    "other_seeker",
    "recruiter",
    "admin",
    "disabled",
]


def _analysis(world, analysis_id):
    with world.session() as db:
        return db.get(Analysis, analysis_id)


def _user(world, key):
    with world.session() as db:
        return db.get(User, world.actors[key].user_id)


def _state(cls, world, who, params=None):
    return make_state(cls, world.actors.get(who), params)


def history_delete(world, who, target):
    run(HistoryState.delete, _state(HistoryState, world, who), str(target))
    return _analysis(world, target) is None


def history_rename(world, who, target):
    state = _state(HistoryState, world, who)
    state.rename_id, state.rename_text = target, "Renamed by test"
    run(HistoryState.save_rename, state)
    return _analysis(world, target).title == "Renamed by test"


def analysis_load(world, who, target):
    state = _state(AnalysisState, world, who, {"analysis_id": str(target)})
    run(AnalysisState.load_analysis, state)
    return state.loaded and not state.not_found and state.name != ""


def seeker_delete(world, who, target):
    state = _state(SeekerDashboardState, world, who)
    run(SeekerDashboardState.delete_resume, state, str(target))
    return _analysis(world, target) is None


def seeker_rename(world, who, target):
    state = _state(SeekerDashboardState, world, who)
    state.rename_id, state.rename_text = str(target), "Renamed by test"
    run(SeekerDashboardState.save_rename, state)
    return _analysis(world, target).title == "Renamed by test"


def seeker_master(world, who, target):
    state = _state(SeekerDashboardState, world, who)
    run(SeekerDashboardState.make_master, state, str(target))
    return _analysis(world, target).is_master


def seeker_share(world, who, target):
    state = _state(SeekerDashboardState, world, who)
    run(SeekerDashboardState.toggle_share, state, str(target), True)
    return _analysis(world, target).shared_with_recruiters


def seeker_load(world, who, target):
    state = _state(SeekerDashboardState, world, who)
    run(SeekerDashboardState.load_dashboard, state)
    return str(target) in {row["id"] for row in state.resumes}


def recruiter_open(world, who, target):
    with world.session() as db:
        row = db.get(Analysis, target)
        row.shared_with_recruiters = True
        db.add(row)
        db.commit()
    state = _state(RecruiterDashboardState, world, who)
    run(RecruiterDashboardState.open_resume, state, str(target))
    return state.opened.get("id") == str(target)


def recruiter_open_unshared(world, who, target):
    state = _state(RecruiterDashboardState, world, who)
    run(RecruiterDashboardState.open_resume, state, str(target))
    return state.opened.get("id") == str(target)


def recruiter_pool(world, who, target):
    with world.session() as db:
        row = db.get(Analysis, target)
        row.shared_with_recruiters = True
        db.add(row)
        db.commit()
    state = _state(RecruiterDashboardState, world, who)
    run(RecruiterDashboardState.load_pool, state)
    return str(target) in {row["id"] for row in state.pool}


def admin_load(world, who, target):
    state = _state(AdminState, world, who)
    run(AdminState.load_admin, state)
    return state.total_users > 0 and len(state.users) > 0


def admin_promote(world, who, target):
    state = _state(AdminState, world, who)
    run(
        AdminState.change_role,
        state,
        str(world.actors["other_seeker"].user_id),
        "admin",
    )
    return _user(world, "other_seeker").role == "admin"


def admin_disable(world, who, target):
    state = _state(AdminState, world, who)
    run(
        AdminState.toggle_disabled,
        state,
        str(world.actors["other_seeker"].user_id),
        True,
    )
    return _user(world, "other_seeker").is_disabled


# handler, whose record is targeted, who may do it.
CASES = [
    (history_delete, "seeker", {"seeker", "admin"}),
    (history_delete, "guest", {"guest", "admin"}),
    (history_rename, "seeker", {"seeker", "admin"}),
    (history_rename, "guest", {"guest", "admin"}),
    (analysis_load, "seeker", {"seeker", "admin"}),
    (analysis_load, "guest", {"guest", "admin"}),
    (seeker_delete, "seeker", {"seeker", "admin"}),
    (seeker_rename, "seeker", {"seeker", "admin"}),
    (seeker_master, "seeker", {"seeker", "admin"}),
    (seeker_share, "seeker", {"seeker", "admin"}),
    (seeker_share, "guest", {"admin"}),
    (seeker_load, "seeker", {"seeker"}),
    (recruiter_open, "seeker", {"recruiter", "admin"}),
    (recruiter_open_unshared, "seeker", set()),
    (recruiter_pool, "seeker", {"recruiter", "admin"}),
    (admin_load, "seeker", {"admin"}),
    (admin_promote, "seeker", {"admin"}),
    (admin_disable, "seeker", {"admin"}),
]


@pytest.mark.parametrize("who", REQUESTERS)
@pytest.mark.parametrize(
    ("handler", "owner", "allowed"),
    CASES,
    ids=[f"{case[0].__name__}-{case[1]}" for case in CASES],
)
def test_authorization(world, handler, owner, allowed, who):
    target = world.resume_of[owner]
    assert handler(world, who, target) is (who in allowed)


# Handlers that only change what the page shows and touch no stored data.
UI_ONLY = {
    "setvar",
    "start_rename",
    "set_rename_text",
    "cancel_rename",
    "set_rename_open",
    "set_resume_open",
    "filter_category",
    "close_resume",
    "search_users",
}
MATRIX_STATES = {
    HistoryState: {"delete", "save_rename", "load_history"},
    AnalysisState: {"load_analysis"},
    SeekerDashboardState: {
        "delete_resume",
        "save_rename",
        "make_master",
        "toggle_share",
        "load_dashboard",
    },
    RecruiterDashboardState: {"open_resume", "load_pool"},
    AdminState: {"load_admin", "change_role", "toggle_disabled"},
}


@pytest.mark.parametrize("cls", list(MATRIX_STATES), ids=lambda c: c.__name__)
def test_matrix_covers_every_private_handler(cls):
    """A new handler on these states fails here until it joins the matrix."""
    own = set(cls.event_handlers) - set(cls.get_parent_state().event_handlers)
    assert own - UI_ONLY == MATRIX_STATES[cls]


@pytest.mark.parametrize("who", REQUESTERS)
def test_history_lists_only_own_analyses(world, who):
    state = _state(HistoryState, world, who)
    run(HistoryState.load_history, state)
    actor = world.actors.get(who)
    signed_in = who in {"seeker", "other_seeker", "recruiter", "admin"}
    with world.session() as db:
        rows = db.exec(select(Analysis)).all()
    expected = {
        a.id
        for a in rows
        if actor
        and (
            (signed_in and a.user_id == actor.user_id)
            or (a.user_id is None and a.owner_token == actor.owner_token)
        )
    }
    assert {int(row["id"]) for row in state.rows} == expected
    assert state.total == len(expected)
