"""Users of every role on a test database, and page states built outside the app."""

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta

import reflex as rx
from reflex.istate.data import RouterData
from sqlmodel import Session

from talentsync_app.auth.accounts import register
from talentsync_app.auth.sessions import start_session
from talentsync_app.db.engine import get_engine, make_engine
from talentsync_app.services.analyses import save_analysis
from talentsync_app.services.owner import Owner, new_owner_token
from tests.pages.state_helpers import run_coroutine

PASSWORD = "correct horse battery"


@dataclass
class Actor:
    """One requester: browser tokens plus, when signed in, the user."""

    name: str
    owner_token: str = field(default_factory=new_owner_token)
    session_token: str = ""
    user_id: int | None = None


@dataclass
class World:
    """Users of each role, each with a resume; ids to aim handlers at."""

    url: str
    actors: dict[str, Actor]
    resume_of: dict[str, int]

    def session(self) -> Session:
        return Session(make_engine(self.url), expire_on_commit=False)


def _result(name: str, category: str) -> dict:
    return {
        "file": f"{name.split()[0].lower()}.pdf",
        "kind": "pdf",
        "name": name,
        "email": f"{name.split()[0].lower()}@example.org",
        "skills": ["Python", "SQL"],
        "category": {"label": category, "confidence": 0.8, "top": []},
        "quality": {"score": 70, "findings": [], "passed": []},
        "error": None,
    }


ROLES = {
    "seeker": ("Sam Seeker", "seeker", "Data Science"),
    "other_seeker": ("Olga Other", "seeker", "Java Developer"),
    "recruiter": ("Rita Recruiter", "recruiter", "HR"),
    "admin": ("Adam Admin", "admin", "Testing"),
    "disabled": ("Dora Disabled", "seeker", "Sales"),
}


def build_world(url: str) -> World:
    """Signed-in users of every role (each with a resume), a guest and an intruder."""
    actors, resume_of = {}, {}
    with Session(get_engine(), expire_on_commit=False) as db:
        for key, (name, role, category) in ROLES.items():
            email = f"{name.split()[0].lower()}@example.org"
            user = register(db, name=name, email=email, password=PASSWORD)
            user.role = role
            actor = Actor(key, user_id=user.id)
            actor.session_token = start_session(db, user, lifetime=timedelta(hours=1))
            resume = save_analysis(db, Owner(user_id=user.id), _result(name, category))
            actors[key], resume_of[key] = actor, resume.id
            user.is_disabled = key == "disabled"
        guest = Actor("guest")
        resume_of["guest"] = save_analysis(
            db, Owner(token=guest.owner_token), _result("Gus Guest", "Arts")
        ).id
        actors["guest"] = guest
        actors["intruder"] = Actor("intruder", session_token="A" * 43)
        db.commit()
    return World(url=url, actors=actors, resume_of=resume_of)


def make_state(state_cls, actor: Actor | None = None, params: dict | None = None):
    """Instantiate ``state_cls`` under a fresh root state, as one browser tab."""
    root = rx.State(_reflex_internal_init=True)
    state = root.get_substate(state_cls.get_full_name().split(".")[1:])
    actor = actor or Actor("anonymous")
    state.owner_token = actor.owner_token
    state.session_token = actor.session_token
    state.router = RouterData.from_router_data(
        {"pathname": "/", "query": params or {}, "headers": {}}
    )
    return state


def run(handler, state, *args):
    """Run an event handler's function; return what it returned (drained)."""
    outcome = handler.fn(state, *args)
    if asyncio.iscoroutine(outcome):
        return run_coroutine(outcome)
    return outcome
