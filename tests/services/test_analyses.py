import pytest
from sqlmodel import Session

from talentsync_app.db.engine import make_engine
from talentsync_app.services import analyses
from talentsync_app.services.owner import AccessDenied, Owner, new_owner_token


def _result(name: str = "Ada Lovelace", file: str = "ada.pdf") -> dict:
    return {
        "file": file,
        "kind": "pdf",
        "name": name,
        "email": "ada@example.org",
        "skills": ["Python", "SQL"],
        "category": {"label": "Data Science", "confidence": 0.91, "top": []},
        "quality": {"score": 72, "findings": [], "passed": []},
        "error": None,
    }


@pytest.fixture
def session(db_url):
    engine = make_engine(db_url)
    with Session(engine, expire_on_commit=False) as s:
        yield s
    engine.dispose()


def test_owner_sees_only_own_analyses(session):
    alice, bob = Owner(token=new_owner_token()), Owner(token=new_owner_token())
    mine = analyses.save_analysis(session, alice, _result())
    analyses.save_analysis(session, bob, _result("Bob", "bob.pdf"))
    session.commit()

    assert [a.id for a in analyses.list_analyses(session, alice)] == [mine.id]
    assert analyses.count_analyses(session, alice) == 1
    opened = analyses.get_analysis(session, alice, mine.id)
    assert opened.candidate_name == "Ada Lovelace"
    with pytest.raises(AccessDenied):
        analyses.get_analysis(session, bob, mine.id)
    with pytest.raises(AccessDenied):
        analyses.delete_analysis(session, bob, mine.id)
    with pytest.raises(AccessDenied):
        analyses.rename_analysis(session, bob, mine.id, "stolen")


def test_rename_validates_and_delete_removes(session):
    owner = Owner(token=new_owner_token())
    row = analyses.save_analysis(session, owner, _result())
    session.commit()

    with pytest.raises(ValueError, match="title"):
        analyses.rename_analysis(session, owner, row.id, "   ")
    analyses.rename_analysis(session, owner, row.id, "  My   CV  ")
    session.commit()
    assert analyses.get_analysis(session, owner, row.id).title == "My CV"

    analyses.delete_analysis(session, owner, row.id)
    session.commit()
    assert analyses.count_analyses(session, owner) == 0


def test_guest_analyses_are_claimed_by_user(session):
    token = new_owner_token()
    guest = Owner(token=token)
    analyses.save_analysis(session, guest, _result())
    analyses.save_analysis(session, guest, _result(file="second.pdf"))
    session.commit()

    assert analyses.claim_guest_analyses(session, token, user_id=7) == 2
    session.commit()
    assert analyses.count_analyses(session, guest) == 0
    assert analyses.count_analyses(session, Owner(user_id=7)) == 2
    assert analyses.claim_guest_analyses(session, "short", user_id=7) == 0


def test_refuses_requests_without_identity(session):
    with pytest.raises(AccessDenied):
        analyses.save_analysis(session, Owner(token="x"), _result())
    assert analyses.list_analyses(session, Owner()) == []
    with pytest.raises(ValueError):
        analyses.save_analysis(
            session, Owner(token=new_owner_token()), {"file": "a", "error": "bad"}
        )
