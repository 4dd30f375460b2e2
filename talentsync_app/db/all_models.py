"""Import every table module so SQLModel.metadata knows the whole schema."""

from talentsync_app.db import models  # noqa: F401
