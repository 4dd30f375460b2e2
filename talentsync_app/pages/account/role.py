"""Role picker shown once after sign-up: job seeker or recruiter."""

from typing import ClassVar

import reflex as rx

from talentsync_app.auth import links
from talentsync_app.auth.accounts import choose_role
from talentsync_app.auth.errors import AuthError
from talentsync_app.auth.roles import Role
from talentsync_app.components.layout import page_frame
from talentsync_app.db.engine import session_scope
from talentsync_app.pages.account.widgets import auth_card, error_callout
from talentsync_app.state.auth import AuthState

ROLE_CHOICES = [
    (
        Role.SEEKER,
        "user-search",
        "I am looking for a job",
        "Analyse your resumes, keep a master copy and share it with recruiters "
        "when you choose.",
    ),
    (
        Role.RECRUITER,
        "briefcase",
        "I am hiring",
        "Screen candidates against your jobs and browse resumes people shared.",
    ),
]


class RolePickState(AuthState):
    """Stores the role a new user picks; admin cannot be picked here."""

    toast_refusals: ClassVar[bool] = False

    @rx.event
    def open_role_pick(self):
        """Send users who already have a role to their dashboard."""
        self.error = ""
        redirect = self._guard()
        if redirect is not None:
            return redirect
        if self.user_role:
            return rx.redirect(links.home_for(self.user_role))
        return None

    @rx.event
    def pick_role(self, role: str):
        """Save the chosen role and open its dashboard."""
        self.error = ""
        try:
            user = self._require_user()
            with session_scope() as db:
                user = choose_role(db, db.merge(user), str(role))
        except AuthError as exc:
            return self._refuse(exc)
        self._show_identity(user)
        return rx.redirect(links.home_for(user.role))


def role_card(role: Role, icon: str, title: str, text: str) -> rx.Component:
    """One choice, as a large button."""
    return rx.button(
        rx.hstack(
            rx.icon(icon, size=28, aria_hidden="true"),
            rx.vstack(
                rx.text(title, weight="bold", size="3"),
                rx.text(text, size="2", white_space="normal", text_align="left"),
                align="start",
                spacing="1",
            ),
            align="center",
            spacing="3",
        ),
        on_click=RolePickState.pick_role(role.value),
        variant="surface",
        height="auto",
        padding="1rem",
        width="100%",
        id=f"pick-{role.value}",
    )


@rx.page(
    route=links.ROLE_PICK,
    title="How will you use TalentSync?",
    on_load=[RolePickState.ensure_owner_token, RolePickState.open_role_pick],
)
def role_pick_page() -> rx.Component:
    """The role picker."""
    return page_frame(
        auth_card(
            "How will you use TalentSync?",
            error_callout(RolePickState.error),
            *[role_card(*choice) for choice in ROLE_CHOICES],
            rx.text(
                "You pick once; an administrator can change it later.",
                size="1",
                color_scheme="gray",
            ),
        )
    )
