"""Import every table module so SQLModel.metadata knows the whole schema."""

from talentsync_app.db import account_models, models  # noqa: F401
