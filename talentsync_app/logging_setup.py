"""Configure logging once for the app, the command line and workers."""

import json
import logging

from talentsync_app.ops.request_context import NO_REQUEST_ID, RequestIdLogFilter
from talentsync_app.settings import get_settings

_configured = False
_JSON_EXTRA_FIELDS = ("http_method", "http_path", "http_status", "duration_ms")


class JsonFormatter(logging.Formatter):
    """Format records as one JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        """Render a record as JSON with level, logger, message and extras."""
        payload = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None)
        if request_id and request_id != NO_REQUEST_ID:
            payload["request_id"] = request_id
        for key in _JSON_EXTRA_FIELDS:
            value = getattr(record, key, None)
            if value is not None:
                payload[key] = value
        if record.exc_info:
            payload["exc_info"] = self.formatException(record.exc_info)
        return json.dumps(payload)


def configure_logging() -> None:
    """Install one root handler according to the settings; later calls do nothing."""
    global _configured
    if _configured:
        return
    settings = get_settings()
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdLogFilter())
    if settings.log_json:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(
            logging.Formatter(
                "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
            )
        )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    _configured = True
