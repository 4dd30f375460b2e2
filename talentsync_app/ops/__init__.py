"""Operations: health checks, request ids, analytics, start-up and secret checks."""
