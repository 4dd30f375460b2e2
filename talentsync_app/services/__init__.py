"""Application services: database-backed operations with ownership checks."""
