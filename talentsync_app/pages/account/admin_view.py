"""The cards and charts of the admin dashboard (layout only)."""

import reflex as rx

from talentsync_app.auth.roles import Role
from talentsync_app.pages.account.widgets import error_callout

CHART_HEIGHT = 260
ROLE_OPTIONS = [role.value for role in Role]


def error_banner(state) -> rx.Component:
    """The latest refusal, if any."""
    return error_callout(state.error)


def number_card(label: str, value) -> rx.Component:
    """A big number with a caption."""
    return rx.card(rx.vstack(rx.heading(value, size="7"), rx.text(label, size="2")))


def totals(state) -> rx.Component:
    """User and analysis totals, and users per role."""
    return rx.flex(
        number_card("users", state.total_users),
        number_card("analyses", state.total_analyses),
        rx.foreach(
            state.role_counts,
            lambda row: number_card(row["role"], row["count"]),
        ),
        wrap="wrap",
        spacing="3",
    )


def bar_chart(title: str, data, x_key: str, y_key: str) -> rx.Component:
    """A titled bar chart."""
    return rx.card(
        rx.vstack(
            rx.heading(title, size="4", as_="h2"),
            rx.recharts.bar_chart(
                rx.recharts.bar(data_key=y_key, fill="var(--accent-9)"),
                rx.recharts.x_axis(data_key=x_key),
                rx.recharts.y_axis(allow_decimals=False),
                rx.recharts.graphing_tooltip(),
                data=data,
                width="100%",
                height=CHART_HEIGHT,
            ),
            width="100%",
        ),
        width="100%",
    )


def charts(state) -> rx.Component:
    """Analyses per week and top predicted categories."""
    return rx.grid(
        bar_chart("Analyses per week", state.weekly, "week", "analyses"),
        bar_chart("Top predicted categories", state.categories, "category", "analyses"),
        columns=rx.breakpoints(initial="1", md="2"),
        spacing="4",
        width="100%",
    )


def signups_card(state) -> rx.Component:
    """The newest accounts."""
    return rx.card(
        rx.vstack(
            rx.heading("Recent sign-ups", size="4", as_="h2"),
            rx.foreach(
                state.signups,
                lambda u: rx.text(
                    u["created"], " · ", u["name"], " · ", u["email"], size="2"
                ),
            ),
        ),
        width="100%",
    )


def user_row(state, row) -> rx.Component:
    """One user with role select and disable switch."""
    return rx.table.row(
        rx.table.cell(row["name"]),
        rx.table.cell(row["email"]),
        rx.table.cell(
            rx.select(
                ROLE_OPTIONS,
                value=row["role"],
                on_change=lambda role: state.change_role(row["id"], role),
                size="1",
                aria_label="Role",
            )
        ),
        rx.table.cell(
            rx.switch(
                checked=row["disabled"] == "yes",
                on_change=lambda value: state.toggle_disabled(row["id"], value),
                aria_label="Disabled",
            )
        ),
        rx.table.cell(row["created"]),
    )


def users_card(state) -> rx.Component:
    """Searchable user list."""
    return rx.card(
        rx.vstack(
            rx.heading("Users", size="4", as_="h2"),
            rx.form(
                rx.hstack(
                    rx.input(
                        name="search",
                        placeholder="Name or e-mail",
                        aria_label="Search users",
                    ),
                    rx.button("Search", type="submit"),
                ),
                on_submit=state.search_users,
                reset_on_submit=False,
            ),
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        *[
                            rx.table.column_header_cell(h)
                            for h in ("Name", "E-mail", "Role", "Disabled", "Joined")
                        ]
                    )
                ),
                rx.table.body(
                    rx.foreach(state.users, lambda row: user_row(state, row))
                ),
                width="100%",
                variant="surface",
            ),
            width="100%",
        ),
        width="100%",
    )
