"""Admin dashboard: real metrics, charts, recent sign-ups and user management."""

import reflex as rx

from talentsync_app.auth import links, metrics
from talentsync_app.auth.admin import list_users, set_user_disabled, set_user_role
from talentsync_app.auth.roles import Role
from talentsync_app.components.layout import page_frame
from talentsync_app.components.loading import spinner_until
from talentsync_app.db.account_models import User
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account import admin_view as view
from talentsync_app.state.auth import REFUSALS, AuthState, parse_id

MAX_SEARCH_LENGTH = 100


class AdminState(AuthState):
    """Everything here is for admins; each handler re-checks against the database."""

    role_counts: list[dict[str, str]] = []
    weekly: list[dict[str, int | str]] = []
    categories: list[dict[str, int | str]] = []
    signups: list[dict[str, str]] = []
    users: list[dict[str, str]] = []
    total_users: int = 0
    total_analyses: int = 0
    search: str = ""
    loaded: bool = False

    @rx.event
    def load_admin(self):
        """Compute the metrics and the user list from the database."""
        self.error = ""
        try:
            actor = self._require_user(Role.ADMIN)
            with session_scope() as db:
                self._load_metrics(db, actor)
                self.users = [
                    _user_row(u) for u in list_users(db, actor, search=self.search)
                ]
        except REFUSALS as exc:
            self.users, self.weekly, self.categories = [], [], []
            self.loaded = True
            return self._refuse_load(exc)
        self.loaded = True
        return None

    @rx.event
    def search_users(self, form_data: dict):
        """Filter the user list by name or e-mail."""
        self.search = str(form_data.get("search", ""))[:MAX_SEARCH_LENGTH]
        return AdminState.load_admin

    @rx.event
    def change_role(self, user_id: str, role: str):
        """Give a user another role."""
        return self._act(
            lambda db, actor, i: set_user_role(db, actor, i, str(role)), user_id
        )

    @rx.event
    def toggle_disabled(self, user_id: str, disabled: bool):
        """Disable (signing them out) or re-enable an account."""
        return self._act(
            lambda db, actor, i: set_user_disabled(db, actor, i, bool(disabled)),
            user_id,
        )

    def _act(self, action, user_id: str):
        self.error = ""
        try:
            actor = self._require_user(Role.ADMIN)
            with session_scope() as db:
                action(db, db.merge(actor), parse_id(user_id))
        except REFUSALS as exc:
            return self._refuse(exc)
        return [AdminState.load_admin, rx.toast.success("Saved.")]

    def _load_metrics(self, db, actor: User) -> None:
        by_role = metrics.users_by_role(db, actor)
        self.role_counts = [
            {"role": role, "count": str(count)}
            for role, count in sorted(by_role.items())
        ]
        self.total_users = sum(by_role.values())
        self.total_analyses = metrics.total_analyses(db, actor)
        self.weekly = metrics.analyses_per_week(db, actor)
        self.categories = metrics.top_categories(db, actor)
        self.signups = [_user_row(u) for u in metrics.recent_signups(db, actor)]


def _user_row(user: User) -> dict[str, str]:
    return {
        "id": str(user.id),
        "name": user.name,
        "email": user.email,
        "role": user.role or "",
        "disabled": "yes" if user.is_disabled else "",
        "created": user.created_at.strftime("%Y-%m-%d"),
    }


@rx.page(
    route=links.ADMIN_DASHBOARD,
    title="Admin — TalentSync",
    on_load=[
        AdminState.ensure_owner_token,
        AdminState.require_admin,
        AdminState.load_admin,
    ],
)
def admin_page() -> rx.Component:
    """The admin dashboard."""
    # TODO(3): add the background job queue to the metrics once the jobs
    # issue (recruiter screening) brings a queue to count.
    return page_frame(
        rx.heading("Admin", size="7", as_="h1"),
        view.error_banner(AdminState),
        spinner_until(
            AdminState.loaded,
            rx.vstack(
                view.totals(AdminState),
                view.charts(AdminState),
                view.signups_card(AdminState),
                view.users_card(AdminState),
                spacing="5",
                width="100%",
            ),
            "Loading the figures",
        ),
    )
