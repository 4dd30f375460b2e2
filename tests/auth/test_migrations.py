import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import talentsync_app.db.all_models  # noqa: F401
from alembic import command
from talentsync_app.db.engine import make_engine
from talentsync_app.db.migrate import alembic_config

ACCOUNT_TABLES = {
    "app_user",
    "user_session",
    "account_token",
    "oauth_identity",
    "login_attempt",
    "activity_event",
}


def _schema_diff(url: str) -> list:
    engine = make_engine(url)
    with engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection), SQLModel.metadata
        )
    engine.dispose()
    return diff


def test_migrations_build_the_whole_schema(db_url):
    engine = make_engine(db_url)
    tables = set(sa.inspect(engine).get_table_names())
    columns = {c["name"] for c in sa.inspect(engine).get_columns("analysis")}
    engine.dispose()

    assert tables >= ACCOUNT_TABLES
    assert {"is_master", "shared_with_recruiters"} <= columns
    assert _schema_diff(db_url) == []


def test_accounts_migration_downgrades_and_upgrades(db_url):
    config = alembic_config(db_url)
    command.downgrade(config, "0001")
    engine = make_engine(db_url)
    assert not ACCOUNT_TABLES & set(sa.inspect(engine).get_table_names())
    engine.dispose()
    command.upgrade(config, "head")
    assert _schema_diff(db_url) == []
