"""Analysis page: every part of one saved analysis."""

import logging

import reflex as rx

from talentsync_app import routes
from talentsync_app.components.analysis_cards import (
    category_card,
    contact_card,
    education_card,
    experience_card,
    other_sections_card,
    quality_card,
    skills_card,
)
from talentsync_app.components.layout import page_frame
from talentsync_app.components.loading import spinner_until
from talentsync_app.db.engine import session_scope
from talentsync_app.services.analyses import get_analysis
from talentsync_app.services.owner import AccessDenied
from talentsync_app.state import analysis_view as view
from talentsync_app.state.auth import parse_id
from talentsync_app.state.session import SessionState

logger = logging.getLogger(__name__)


class AnalysisState(SessionState):
    """Loads one analysis the requester owns and exposes it for display."""

    loaded: bool = False
    not_found: bool = False
    title: str = ""
    file: str = ""
    kind: str = ""
    pages: int = 0
    source_line: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""
    phone_e164: str = ""
    location: str = ""
    summary: str = ""
    links: list[dict[str, str]] = []
    category_label: str = ""
    category_pct: int = 0
    category_uncertain: bool = False
    category_reason: str = ""
    category_top: list[view.CategoryView] = []
    skill_groups: list[view.SkillGroupView] = []
    skill_total: int = 0
    jobs: list[view.JobView] = []
    total_years: float = 0.0
    education: list[dict[str, str]] = []
    sections: list[view.SectionView] = []
    quality_score: int = 0
    findings: list[dict[str, str]] = []
    passed: list[str] = []
    warnings: list[str] = []
    llm_note: str = ""

    @rx.event
    def load_analysis(self):
        """Load the analysis named in the address, if this browser owns it."""
        self.loaded, self.not_found = False, False
        try:
            analysis_id = parse_id(self.router.page.params.get("analysis_id", ""))
            with session_scope() as session:
                analysis = get_analysis(session, self._owner(), analysis_id)
                self.title, result = analysis.title, dict(analysis.result)
        except (AccessDenied, ValueError):
            self.not_found, self.loaded = True, True
            return
        self._show(result)
        self.loaded = True

    def _show(self, result: dict) -> None:
        self._show_contact(result)
        category = result.get("category") or {}
        self.category_label = category.get("label") or ""
        self.category_pct = round((category.get("confidence") or 0) * 100)
        self.category_uncertain = bool(category.get("uncertain"))
        self.category_reason = view.sentence(category.get("reason"))
        self.category_top = view.category_rows(result)
        self.skill_groups = view.skill_groups(result)
        self.skill_total = len(result.get("skills") or [])
        self.jobs = view.job_views(result)
        self.total_years = float(result.get("total_experience_years") or 0)
        self.education = view.education_rows(result)
        self.sections = view.other_sections(result)
        quality = result.get("quality") or {}
        self.quality_score = int(quality.get("score") or 0)
        self.findings = view.finding_rows(result)
        self.passed = list(quality.get("passed") or [])
        self.warnings = list(result.get("warnings") or [])
        self.llm_note = result.get("llm_note") or ""

    def _show_contact(self, result: dict) -> None:
        phone = result.get("phone") or {}
        self.file, self.kind = result.get("file", ""), result.get("kind", "")
        self.pages = int(result.get("pages") or 1)
        self.source_line = " · ".join(
            [self.file, self.kind.upper(), view.pages_text(self.pages)]
        )
        self.name = result.get("name") or ""
        self.email = result.get("email") or ""
        self.phone, self.phone_e164 = phone.get("raw") or "", phone.get("e164") or ""
        self.location = result.get("location") or ""
        self.summary = result.get("summary") or ""
        self.links = [
            {"kind": link["kind"], "url": link["url"]}
            for link in result.get("links") or []
        ]


def next_steps() -> rx.Component:
    """Where to go from an analysis: the list, or another upload."""
    return rx.hstack(
        rx.link("All analyses", href=routes.HISTORY, size="2"),
        rx.link("Analyze another resume", href=routes.UPLOAD, size="2"),
        spacing="4",
        wrap="wrap",
    )


def not_found_notice() -> rx.Component:
    """Shown for a missing analysis or one that belongs to someone else."""
    return rx.vstack(
        rx.heading("Analysis not found", size="7", as_="h1"),
        rx.callout(
            "This analysis does not exist or is not yours. Analyses belong to "
            "the browser or account that made them.",
            icon="circle-alert",
            color_scheme="red",
            role="alert",
        ),
        next_steps(),
        spacing="4",
        width="100%",
    )


def analysis_body() -> rx.Component:
    """All cards of a loaded analysis."""
    return rx.vstack(
        rx.heading(AnalysisState.title, size="6", as_="h1"),
        rx.text(AnalysisState.source_line, color_scheme="gray", size="2"),
        next_steps(),
        rx.foreach(
            AnalysisState.warnings,
            lambda w: rx.callout(w, icon="info", color_scheme="amber"),
        ),
        rx.grid(
            contact_card(AnalysisState),
            category_card(AnalysisState),
            columns=rx.breakpoints(initial="1", md="2"),
            spacing="4",
            width="100%",
        ),
        skills_card(AnalysisState),
        experience_card(AnalysisState),
        education_card(AnalysisState),
        other_sections_card(AnalysisState),
        quality_card(AnalysisState),
        rx.text(AnalysisState.llm_note, size="1", color_scheme="gray"),
        spacing="4",
        width="100%",
    )


@rx.page(
    route=routes.ANALYSIS,
    title="Analysis — TalentSync",
    on_load=[SessionState.ensure_owner_token, AnalysisState.load_analysis],
)
def analysis_page() -> rx.Component:
    """The analysis page."""
    return page_frame(
        spinner_until(
            AnalysisState.loaded,
            rx.cond(AnalysisState.not_found, not_found_notice(), analysis_body()),
            "Loading the analysis",
        )
    )
