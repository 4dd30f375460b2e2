"""Landing page: what TalentSync does and where to start."""

import reflex as rx

from talentsync_app import routes
from talentsync_app.components.layout import page_frame
from talentsync_app.components.links import link_button

FEATURES = [
    (
        "scan-text",
        "Honest parsing",
        "Contact details, experience with total years, education and every "
        "other section, read from PDF, DOCX or text.",
    ),
    (
        "tags",
        "Skills with evidence",
        "Over a thousand curated skills with aliases, each shown with where it "
        "appears in your resume.",
    ),
    (
        "chart-bar",
        "Job category",
        "A model trained on 25 job categories gives its top three guesses with "
        "calibrated confidence, and says when it is unsure.",
    ),
    (
        "list-checks",
        "Quality report",
        "ATS readability, headings, dates and bullet impact, with fixes in "
        "order of priority.",
    ),
]


def feature_card(icon: str, title: str, text: str) -> rx.Component:
    """One capability with an icon and a sentence."""
    return rx.card(
        rx.vstack(
            rx.icon(icon, size=24, aria_hidden="true"),
            rx.heading(title, size="4", as_="h2"),
            rx.text(text, size="2", color_scheme="gray"),
            spacing="2",
        ),
        size="2",
    )


@rx.page(
    route=routes.HOME,
    title="TalentSync — honest resume analysis",
    description="Upload a resume and get a structured, honest analysis in a moment.",
)
def landing_page() -> rx.Component:
    """The landing page."""
    return page_frame(
        rx.vstack(
            rx.heading("Know what your resume really says", size="8", as_="h1"),
            rx.text(
                "Drop in a resume and TalentSync reads it the way an applicant "
                "tracking system does: contact details, sections, skills, likely "
                "job category and a quality report. It runs on this server, "
                "needs no account and no paid API.",
                size="4",
                color_scheme="gray",
                max_width="46rem",
            ),
            rx.hstack(
                link_button("Analyze a resume", routes.UPLOAD, size="3"),
                link_button("Past analyses", routes.HISTORY, size="3", variant="soft"),
                spacing="3",
                wrap="wrap",
            ),
            spacing="4",
            padding_y="2rem",
        ),
        rx.grid(
            *[feature_card(*feature) for feature in FEATURES],
            columns=rx.breakpoints(initial="1", sm="2", lg="4"),
            spacing="4",
            width="100%",
        ),
    )
