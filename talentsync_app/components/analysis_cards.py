"""Cards of the analysis page; each takes the state class that holds the data."""

import reflex as rx

from talentsync_app.components.layout import card_section

SEVERITY_LABELS = {"high": "High priority", "medium": "Medium", "low": "Low"}


def labelled(label: str, value: rx.Var) -> rx.Component:
    """A field label with its value, or a dash when the value is empty."""
    return rx.hstack(
        rx.text(label, weight="bold", size="2", min_width="6rem"),
        rx.cond(
            value,
            rx.text(value, size="2"),
            rx.text("not found", size="2", color_scheme="gray"),
        ),
        align="baseline",
    )


def contact_card(state) -> rx.Component:
    """Name, email, phone, location and links."""
    return card_section(
        "Contact",
        rx.heading(
            rx.cond(state.name, state.name, "Name not found"),
            size="5",
            as_="p",
            id="candidate-name",
        ),
        labelled("Email", state.email),
        labelled("Phone", state.phone),
        rx.cond(
            state.phone_e164,
            rx.text("E.164: ", state.phone_e164, size="1", color_scheme="gray"),
        ),
        labelled("Location", state.location),
        rx.hstack(
            rx.foreach(
                state.links,
                lambda link: rx.link(
                    rx.badge(link["kind"], variant="soft"),
                    href=link["url"],
                    is_external=True,
                    title=link["url"],
                ),
            ),
            wrap="wrap",
        ),
    )


def category_bar(row: rx.Var) -> rx.Component:
    """One predicted category with a confidence bar."""
    return rx.vstack(
        rx.hstack(
            rx.text(row.label, size="2"),
            rx.spacer(),
            rx.text(row.pct, "%", size="2"),
        ),
        rx.progress(value=row.pct, max=100, aria_label=row.label),
        spacing="1",
        width="100%",
    )


def category_card(state) -> rx.Component:
    """Predicted job category with confidence bars and the uncertainty note."""
    return card_section(
        "Job category",
        rx.heading(
            rx.cond(state.category_uncertain, "Uncertain", state.category_label),
            size="5",
            as_="p",
            id="category-label",
        ),
        rx.cond(
            state.category_reason,
            rx.text(state.category_reason, size="2", color_scheme="gray"),
        ),
        rx.foreach(state.category_top, category_bar),
    )


def skill_chip(skill: rx.Var) -> rx.Component:
    """A skill with its count; the evidence snippet shows on hover and focus."""
    return rx.tooltip(
        rx.badge(
            skill["name"],
            " ×",
            skill["count"],
            size="2",
            variant="surface",
            tab_index=0,
        ),
        content=skill["evidence"],
    )


def skill_group(group: rx.Var) -> rx.Component:
    """Skills of one kind."""
    return rx.vstack(
        rx.heading(group.label, size="2", as_="h3"),
        rx.flex(rx.foreach(group.skills, skill_chip), wrap="wrap", gap="2"),
        spacing="1",
    )


def skills_card(state) -> rx.Component:
    """Skill chips grouped by kind."""
    return card_section(
        "Skills",
        rx.text(state.skill_total, " skills found", size="2", color_scheme="gray"),
        rx.foreach(state.skill_groups, skill_group),
    )


def job_item(job: rx.Var) -> rx.Component:
    """One job in the timeline."""
    return rx.box(
        rx.text(job.title, weight="bold"),
        rx.text(
            job.company,
            rx.cond(job.location, rx.text.span(" · ", job.location)),
            size="2",
        ),
        rx.text(job.period, size="1", color_scheme="gray"),
        rx.el.ul(
            rx.foreach(job.bullets, lambda b: rx.el.li(rx.text(b, size="2"))),
            padding_left="1.2rem",
        ),
        border_left="3px solid var(--accent-8)",
        padding_left="1rem",
        width="100%",
    )


def experience_card(state) -> rx.Component:
    """Experience timeline with total years."""
    return card_section(
        "Experience",
        rx.text(
            "Total experience: ",
            state.total_years,
            " years (overlaps counted once)",
            size="2",
        ),
        rx.cond(
            state.jobs.length() > 0,
            rx.vstack(rx.foreach(state.jobs, job_item), spacing="4", width="100%"),
            rx.text("No jobs found.", color_scheme="gray", size="2"),
        ),
    )


def education_card(state) -> rx.Component:
    """Degrees and institutions."""
    return card_section(
        "Education",
        rx.cond(
            state.education.length() > 0,
            rx.vstack(
                rx.foreach(
                    state.education,
                    lambda e: rx.box(
                        rx.text(e["degree"], weight="bold"),
                        rx.text(e["institution"], " ", e["year"], size="2"),
                        rx.cond(
                            e["gpa"],
                            rx.text("GPA ", e["gpa"], size="1", color_scheme="gray"),
                        ),
                    ),
                ),
                spacing="3",
            ),
            rx.text("No education found.", color_scheme="gray", size="2"),
        ),
    )


def other_sections_card(state) -> rx.Component:
    """Projects, certifications, publications and the rest."""
    return rx.cond(
        state.sections.length() > 0,
        card_section(
            "Other sections",
            rx.foreach(
                state.sections,
                lambda s: rx.box(
                    rx.text(s.title, weight="bold"),
                    rx.el.ul(
                        rx.foreach(s.lines, lambda i: rx.el.li(rx.text(i, size="2"))),
                        padding_left="1.2rem",
                    ),
                ),
            ),
        ),
    )


def finding_row(finding: rx.Var) -> rx.Component:
    """One quality finding with severity and fix."""
    return rx.callout(
        rx.vstack(
            rx.hstack(
                rx.badge(
                    rx.match(
                        finding["severity"],
                        *SEVERITY_LABELS.items(),
                        finding["severity"],
                    ),
                    variant="outline",
                ),
                rx.text(finding["message"], weight="medium"),
                align="baseline",
                spacing="2",
                wrap="wrap",
            ),
            rx.text("Fix: ", finding["fix"], size="2"),
            spacing="1",
        ),
        icon="info",
        color_scheme=rx.match(
            finding["severity"], ("high", "red"), ("medium", "amber"), "gray"
        ),
        width="100%",
    )


def quality_card(state) -> rx.Component:
    """Quality score, prioritised findings and passed checks."""
    return card_section(
        "Quality report",
        rx.hstack(
            rx.heading(state.quality_score, "/100", size="6", as_="p"),
            rx.progress(
                value=state.quality_score, width="100%", aria_label="Quality score"
            ),
            align="center",
            width="100%",
        ),
        rx.foreach(state.findings, finding_row),
        rx.flex(
            rx.foreach(
                state.passed,
                lambda p: rx.badge(p, color_scheme="green", variant="soft"),
            ),
            wrap="wrap",
            gap="2",
        ),
    )
