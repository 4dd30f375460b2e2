"""Route constants, so links and redirects never drift from page definitions."""

HOME = "/"
UPLOAD = "/analyze"
ANALYSIS = "/analysis/[analysis_id]"
HISTORY = "/history"


def analysis_url(analysis_id: int) -> str:
    """Return the page address of one saved analysis."""
    return f"/analysis/{analysis_id}"
