"""Database tables, engine and migrations glue."""
