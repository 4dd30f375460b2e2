"""Production mode refuses default or weak secrets; development does not care."""

import pytest

from talentsync_app.ops.secrets_check import (
    InsecureConfiguration,
    enforce_production_secrets,
    production_secret_problems,
)
from talentsync_app.settings import Settings

STRONG_KEY = "Zq3" * 16
PG = "postgresql+psycopg2://talentsync:{password}@db:5432/talentsync"


def _settings(**values) -> Settings:
    base = {"environment": "production", "secret_key": STRONG_KEY}
    return Settings(_env_file=None, **{**base, **values})


def test_strong_configuration_passes():
    settings = _settings(
        admin_email="admin@example.net",
        admin_password="a long admin passphrase",
        database_url=PG.format(password="Xk29-vq81-pLm3"),
    )

    assert production_secret_problems(settings) == []
    enforce_production_secrets(settings)


@pytest.mark.parametrize(
    ("values", "variable"),
    [
        ({"secret_key": "change-me-in-production"}, "TALENTSYNC_SECRET_KEY"),
        ({"secret_key": "short"}, "TALENTSYNC_SECRET_KEY"),
        ({"secret_key": "change-me-to-48-random-characters" * 2}, "SECRET_KEY"),
        (
            {"admin_email": "a@b.net", "admin_password": "change-me-admin-password"},
            "TALENTSYNC_ADMIN_PASSWORD",
        ),
        ({"admin_email": "a@b.net", "admin_password": "short"}, "ADMIN_PASSWORD"),
        ({"database_url": PG.format(password="postgres")}, "DATABASE_URL"),
        ({"database_url": PG.format(password="change-me-db-password")}, "DATABASE"),
    ],
)
def test_each_weak_secret_is_named(values, variable):
    settings = _settings(**values)

    with pytest.raises(InsecureConfiguration, match=variable):
        enforce_production_secrets(settings)


def test_development_mode_accepts_defaults():
    settings = Settings(_env_file=None, environment="development")

    assert production_secret_problems(settings)  # still reported ...
    enforce_production_secrets(settings)  # ... but not enforced
