"""Typed settings read once from the environment (and an optional .env file)."""

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUN_PATH = PROJECT_ROOT / ".tools" / "node_modules" / ".bin" / "bun"
DEFAULT_SECRET_KEY = "change-me-in-production"


class Settings(BaseSettings):
    """Every runtime setting of TalentSync, with embedded defaults.

    Attributes:
        database_url: SQLAlchemy URL; SQLite file by default, PostgreSQL in production.
        redis_url: Redis URL for shared Reflex state; empty keeps state in-process.
        upload_dir: Folder for uploaded files.
        max_upload_bytes: Largest accepted upload.
        log_level: Root log level.
        log_json: Emit JSON log lines instead of plain text.
        bun_path: Bun executable used by Reflex to build the frontend.
        frontend_port: Port of the frontend dev server.
        backend_port: Port of the backend server.
        api_url: URL the browser uses to reach the backend.
        category_confidence_threshold: Below this, a predicted category is "uncertain".
        environment: "development" or "production".
        secret_key: Key signing sessions and tokens; must be changed in production.
        admin_email: Admin account the start-up seed creates (empty: none).
        admin_password: Password for that admin account (secret).
        public_url: Public address of the site (links in e-mails, health checks).
        posthog_key: PostHog project key; empty turns analytics off.
        posthog_host: PostHog ingestion host the ``/ph`` proxy forwards to.
        posthog_ui_host: PostHog dashboard host used for links in the toolbar.
        db_wait_seconds: How long start-up waits for the database.
        smtp_host: SMTP server; empty writes e-mail links to the log instead.
        smtp_port: SMTP port (587 for STARTTLS, 465 for implicit TLS).
        smtp_tls: "starttls", "ssl" (implicit TLS) or "none".
        smtp_user: SMTP login; empty skips authentication.
        smtp_password: SMTP password (secret).
        smtp_sender: From address of account e-mails.
        session_lifetime_hours: How long a sign-in lasts before it expires.
        oauth_google_client_id: Google OAuth client id; empty hides the button.
        oauth_google_client_secret: Google OAuth client secret.
        oauth_google_metadata_url: Google's OpenID Connect discovery document.
        oauth_github_client_id: GitHub OAuth client id; empty hides the button.
        oauth_github_client_secret: GitHub OAuth client secret.
        oauth_github_url: GitHub web address (authorize and token endpoints).
        oauth_github_api_url: GitHub API address (user and e-mail endpoints).
        max_avatar_bytes: Largest accepted avatar image.

    """

    model_config = SettingsConfigDict(
        env_prefix="TALENTSYNC_", env_file=".env", extra="ignore"
    )

    database_url: str = f"sqlite:///{PROJECT_ROOT / 'talentsync.db'}"
    redis_url: str = ""
    upload_dir: Path = PROJECT_ROOT / "uploads"
    max_upload_bytes: int = 10 * 1024 * 1024
    log_level: str = "INFO"
    log_json: bool = False
    bun_path: Path = DEFAULT_BUN_PATH
    frontend_port: int = 3000
    backend_port: int = 8000
    api_url: str = "http://localhost:8000"
    category_confidence_threshold: float = 0.75
    environment: str = "development"
    secret_key: str = DEFAULT_SECRET_KEY
    admin_email: str = ""
    admin_password: str = ""
    public_url: str = "http://localhost:3000"
    posthog_key: str = ""
    posthog_host: str = "https://eu.i.posthog.com"
    posthog_ui_host: str = "https://eu.posthog.com"
    db_wait_seconds: float = 60.0
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_tls: str = "starttls"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_sender: str = "TalentSync <no-reply@localhost>"
    session_lifetime_hours: int = 14 * 24
    oauth_google_client_id: str = ""
    oauth_google_client_secret: str = ""
    oauth_google_metadata_url: str = (
        "https://accounts.google.com/.well-known/openid-configuration"
    )
    oauth_github_client_id: str = ""
    oauth_github_client_secret: str = ""
    oauth_github_url: str = "https://github.com"
    oauth_github_api_url: str = "https://api.github.com"
    max_avatar_bytes: int = 2 * 1024 * 1024


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read once."""
    return Settings()
