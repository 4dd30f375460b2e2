"""The cards and charts of the admin dashboard (layout only)."""

import reflex as rx

from talentsync_app.auth.roles import Role
from talentsync_app.components.layout import card_section
from talentsync_app.components.record_list import record_details, record_row
from talentsync_app.pages.account.widgets import error_callout, stat_card

CHART_HEIGHT = 260
ROLE_OPTIONS = [role.value for role in Role]


def error_banner(state) -> rx.Component:
    """The latest refusal, if any."""
    return error_callout(state.error)


def totals(state) -> rx.Component:
    """User and analysis totals, and users per role."""
    return rx.flex(
        stat_card("users", state.total_users),
        stat_card("analyses", state.total_analyses),
        rx.foreach(
            state.role_counts,
            lambda row: stat_card(row["role"], row["count"]),
        ),
        wrap="wrap",
        spacing="3",
    )


def bar_chart(title: str, data, x_key: str, y_key: str) -> rx.Component:
    """A titled bar chart; screen readers get the figures as a list instead."""
    return card_section(
        title,
        rx.box(
            rx.recharts.bar_chart(
                rx.recharts.bar(data_key=y_key, fill="var(--accent-9)"),
                rx.recharts.x_axis(data_key=x_key),
                rx.recharts.y_axis(allow_decimals=False),
                rx.recharts.graphing_tooltip(),
                data=data,
                width="100%",
                height=CHART_HEIGHT,
                # The list below speaks for the chart; keep the SVG out of
                # the tab order so hiding it from screen readers is valid.
                custom_attrs={"accessibilityLayer": False},
            ),
            aria_hidden="true",
            width="100%",
        ),
        rx.el.ul(
            rx.foreach(data, lambda row: rx.el.li(row[x_key], ": ", row[y_key])),
            class_name="sr-only",
        ),
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
    return card_section(
        "Recent sign-ups",
        rx.foreach(
            state.signups,
            lambda u: record_details(u["created"], u["name"], u["email"]),
        ),
    )


def role_select(state, row) -> rx.Component:
    """The role of one user, changed on selection."""
    return rx.select.root(
        rx.select.trigger(aria_label=f"Role of {row['name']}"),
        rx.select.content(*[rx.select.item(role, value=role) for role in ROLE_OPTIONS]),
        value=row["role"],
        on_change=lambda role: state.change_role(row["id"], role),
        size="1",
    )


def disabled_switch(state, row) -> rx.Component:
    """Disable or re-enable one account, with a visible label."""
    return rx.el.label(
        rx.hstack(
            rx.switch(
                checked=row["disabled"] == "yes",
                on_change=lambda value: state.toggle_disabled(row["id"], value),
                aria_label=f"Disable {row['name']}",
            ),
            rx.text("Disabled", size="2"),
            align="center",
            spacing="2",
        )
    )


def user_row(state, row) -> rx.Component:
    """One user with role select and disable switch."""
    return record_row(
        rx.text(row["name"], weight="medium"),
        record_details(row["email"], "joined " + row["created"]),
        rx.hstack(
            role_select(state, row),
            disabled_switch(state, row),
            spacing="4",
            align="center",
        ),
    )


def users_card(state) -> rx.Component:
    """Searchable user list."""
    return card_section(
        "Users",
        rx.form(
            rx.hstack(
                rx.input(
                    name="search",
                    type="search",
                    placeholder="Name or e-mail",
                    aria_label="Search users",
                ),
                rx.button("Search", type="submit"),
                wrap="wrap",
            ),
            on_submit=state.search_users,
            reset_on_submit=False,
        ),
        rx.cond(
            state.users.length() > 0,
            rx.el.ul(
                rx.foreach(state.users, lambda row: user_row(state, row)),
                aria_label="Users",
                padding="0",
                margin="0",
                width="100%",
            ),
            rx.text("No user matches.", size="2", color_scheme="gray"),
        ),
    )
