"""Backend routes and middleware placed in front of Reflex (``api_transformer``)."""

from starlette.applications import Starlette
from starlette.routing import Route
from starlette.types import ASGIApp

from talentsync_app.ops.forwarded import ForwardedProtoMiddleware
from talentsync_app.ops.health import health_endpoint
from talentsync_app.ops.posthog_proxy import posthog_routes
from talentsync_app.ops.request_context import RequestIdMiddleware

HEALTH_PATH = "/health"


def build_backend_api() -> Starlette:
    """Return the Starlette app serving ``/health`` and the ``/ph`` proxy.

    Reflex mounts its own ASGI app below this one, so every other path still
    reaches Reflex.
    """
    routes = [Route(HEALTH_PATH, health_endpoint, methods=["GET", "HEAD"])]
    return Starlette(routes=[*routes, *posthog_routes()])


def with_request_ids(app: ASGIApp) -> ASGIApp:
    """Wrap the whole backend so every request gets an id and an access log line."""
    return RequestIdMiddleware(app)


def with_forwarded_proto(app: ASGIApp) -> ASGIApp:
    """Use the scheme a trusted reverse proxy reports (HTTPS behind Caddy)."""
    return ForwardedProtoMiddleware(app)


def api_transformers() -> list:
    """Transformers for ``rx.App(api_transformer=...)``, applied in order."""
    return [build_backend_api(), with_request_ids, with_forwarded_proto]
