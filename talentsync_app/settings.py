"""Typed settings read once from the environment (and an optional .env file)."""

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUN_PATH = PROJECT_ROOT / ".tools" / "node_modules" / ".bin" / "bun"


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
    category_confidence_threshold: float = 0.35
    environment: str = "development"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read once."""
    return Settings()
